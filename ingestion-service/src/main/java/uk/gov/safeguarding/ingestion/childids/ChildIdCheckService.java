package uk.gov.safeguarding.ingestion.childids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Answers whether hashed candidates are LAchildIDs the LA has sent, for local-evidence-service's
 * screening of free text. Only a token of the LA itself may ask, and only yes/no comes back.
 */
@ApplicationScoped
public class ChildIdCheckService {
  /** Enough for the free text of one evidence item; more is a misuse of the endpoint. */
  static final int MAX_DIGESTS = 2000;
  private static final Pattern NONCE = Pattern.compile("[0-9a-fA-F]{32,128}");
  private static final Pattern DIGEST = Pattern.compile("[0-9a-fA-F]{64}");

  @Inject ChildIdRepository repository;
  @Inject Caller caller;

  @Transactional
  public ChildIdCheck.Answer check(String laParam, ChildIdCheck.Request request) {
    LocalAuthority la = AreaRegistry.standard().find(laParam)
        .orElseThrow(() -> ProblemException.notFound("No live local authority has this code"));
    caller.requireActingFor(la.oldCode());
    if (!caller.hasRole(Roles.LA_SUBMITTER) && !caller.hasRole(Roles.LA_ANALYST)) {
      throw ProblemException.forbidden("Checking child ids needs the la-submitter or la-analyst role");
    }
    byte[] nonce = nonce(request);
    List<String> digests = digests(request);
    if (digests.isEmpty()) {
      return new ChildIdCheck.Answer(List.of());
    }
    return new ChildIdCheck.Answer(ChildIdDigests.known(ChildIdDigests.digests(nonce, repository.idsOfLa(la.oldCode())), digests));
  }

  private static byte[] nonce(ChildIdCheck.Request request) {
    if (request == null || request.nonce() == null || !NONCE.matcher(request.nonce()).matches()) {
      throw ProblemException.validation("nonce", "NonceFormat", "nonce must be 32 to 128 hex digits (16 to 64 random bytes)");
    }
    return HexFormat.of().parseHex(request.nonce());
  }

  private static List<String> digests(ChildIdCheck.Request request) {
    List<String> digests = request.digests() == null ? List.of() : request.digests();
    if (digests.size() > MAX_DIGESTS) {
      throw ProblemException.validation("digests", "MaxDigests", "At most " + MAX_DIGESTS + " digests per check");
    }
    for (int i = 0; i < digests.size(); i++) {
      if (digests.get(i) == null || !DIGEST.matcher(digests.get(i)).matches()) {
        throw ProblemException.validation("digests[" + i + "]", "DigestFormat", "A digest is HMAC-SHA256 in 64 hex digits");
      }
    }
    return digests;
  }
}
