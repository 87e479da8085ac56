package uk.gov.safeguarding.evidence.common;

import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Resolves the {la} path segment (old three-digit code or GSS code) to a live LA, or 404. */
public final class LocalAuthorities {
  private LocalAuthorities() {}

  public static LocalAuthority resolve(String code) {
    return AreaRegistry.standard()
        .find(code)
        .orElseThrow(() -> ProblemException.notFound("No live local authority has this code"));
  }
}
