package uk.gov.safeguarding.ingestion.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;

/**
 * Which LA a list request covers, the same for every list of LA data (returns, workforce returns,
 * population): a national role gets the LA it asks for, or every LA (null) when it asks for none;
 * an LA's token gets its own LA, and 403 when it asks for another.
 */
@ApplicationScoped
public class ListScope {
  @Inject Caller caller;

  /**
   * The LA to list, or null for every LA.
   *
   * @param requestedLa the {@code la} query parameter (old three-digit code), or null
   * @param notAnLa the 403 detail for a token that is neither national nor an LA's
   */
  public String of(String requestedLa, String notAnLa) {
    if (caller.isNational()) {
      return requestedLa;
    }
    if (requestedLa != null) {
      caller.requireAccessTo(requestedLa);
      return requestedLa;
    }
    return caller.laCode().orElseThrow(() -> ProblemException.forbidden(notAnLa));
  }
}
