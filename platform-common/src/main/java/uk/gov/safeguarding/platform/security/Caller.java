package uk.gov.safeguarding.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.safeguarding.platform.problem.ProblemException;

/**
 * Who is calling: their roles and, for a local authority's token, which LA they act for. An LA's
 * token can act only for its own LA; DfE roles act nationally.
 */
@RequestScoped
public class Caller {
  @Inject SecurityIdentity identity;

  public boolean isAnonymous() {
    return identity.isAnonymous();
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /** True for DfE-side roles that see every LA. */
  public boolean isNational() {
    return hasRole(Roles.DFE_ANALYST) || hasRole(Roles.PUBLISHER) || hasRole(Roles.DATA_STEWARD) || hasRole(Roles.ADMIN);
  }

  /** The old three-digit LA code in the caller's token, if it is an LA's token. */
  public Optional<String> laCode() {
    return claim(Roles.LA_CODE_CLAIM);
  }

  /** The GSS code in the caller's token, if it is an LA's token. */
  public Optional<String> laGssCode() {
    return claim(Roles.LA_GSS_CODE_CLAIM);
  }

  /** True when the caller may read or act on the given LA (its own LA, or a national role). */
  public boolean mayAccess(String oldLaCode) {
    return isNational() || laCode().map(own -> own.equals(oldLaCode)).orElse(false);
  }

  /** Throws 403 unless the caller's token is for exactly this LA. */
  public void requireActingFor(String oldLaCode) {
    if (laCode().map(own -> own.equals(oldLaCode)).orElse(false)) {
      return;
    }
    throw ProblemException.forbidden("This token cannot act for local authority " + sanitize(oldLaCode));
  }

  /** Throws 403 unless the caller may read this LA's data. */
  public void requireAccessTo(String oldLaCode) {
    if (!mayAccess(oldLaCode)) {
      throw ProblemException.forbidden("This token cannot read data of local authority " + sanitize(oldLaCode));
    }
  }

  private Optional<String> claim(String name) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      Object attribute = identity.isAnonymous() ? null : identity.getAttribute(name);
      return Optional.ofNullable(attribute).map(Object::toString);
    }
    Object value = jwt.getClaim(name);
    return Optional.ofNullable(value).map(Object::toString).map(s -> s.replace("\"", ""));
  }

  private static String sanitize(String code) {
    if (code == null) {
      return "(none)";
    }
    return code.length() > 12 || !code.matches("[A-Za-z0-9]*") ? "(invalid code)" : code;
  }
}
