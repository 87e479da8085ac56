package uk.gov.safeguarding.evidence.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.safeguarding.evidence.common.LocalAuthorities;
import uk.gov.safeguarding.evidence.common.Periods;
import uk.gov.safeguarding.evidence.common.Theme;
import uk.gov.safeguarding.evidence.common.Viewer;
import uk.gov.safeguarding.evidence.common.Viewers;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Periodic self-assessments per LA and theme, kept as history. Each view carries the change
 * against the LA's previous self-assessment of that theme, computed over the full history (not
 * only what the caller may see), so a reader sees the direction of travel.
 */
@ApplicationScoped
public class SelfAssessmentService {
  @Inject SelfAssessmentRepository repository;
  @Inject Caller caller;
  @Inject Viewers viewers;

  @Transactional
  public SelfAssessmentDtos.View add(String laParam, SelfAssessmentDtos.NewSelfAssessment request) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    caller.requireActingFor(la.oldCode());
    if (!caller.hasRole(Roles.LA_SUBMITTER)) {
      throw ProblemException.forbidden("Recording a self-assessment needs the " + Roles.LA_SUBMITTER + " role");
    }
    Periods.require("period", request.period());
    List<SelfAssessment> history = repository.history(la.oldCode(), request.theme());
    SelfAssessment s = new SelfAssessment();
    s.id = UUID.randomUUID();
    s.laCode = la.oldCode();
    s.laGssCode = la.gssCode();
    s.regionCode = la.regionCode();
    s.theme = request.theme();
    s.period = request.period();
    s.rating = request.rating();
    s.narrative = request.narrative().strip();
    s.visibility = request.visibility();
    s.synthetic = Boolean.TRUE.equals(request.synthetic());
    s.createdAt = Instant.now();
    s.createdBy = caller.name();
    repository.persist(s);
    return SelfAssessmentDtos.View.of(s, history.isEmpty() ? null : history.get(history.size() - 1));
  }

  /** Newest first, only what the caller may see. */
  @Transactional
  public List<SelfAssessmentDtos.View> history(String laParam, Theme theme) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    Viewer viewer = viewers.current();
    Map<Theme, SelfAssessment> previous = new EnumMap<>(Theme.class);
    List<SelfAssessmentDtos.View> out = new ArrayList<>();
    for (SelfAssessment s : repository.history(la.oldCode(), theme)) {
      SelfAssessment before = previous.put(s.theme, s);
      if (viewer.canSee(s.laCode, s.regionCode, s.visibility, false)) {
        out.add(SelfAssessmentDtos.View.of(s, before));
      }
    }
    java.util.Collections.reverse(out);
    return out;
  }

  @Transactional
  public SelfAssessmentDtos.View get(String laParam, UUID id) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    Map<Theme, SelfAssessment> previous = new EnumMap<>(Theme.class);
    for (SelfAssessment s : repository.history(la.oldCode(), null)) {
      SelfAssessment before = previous.put(s.theme, s);
      if (s.id.equals(id) && viewers.current().canSee(s.laCode, s.regionCode, s.visibility, false)) {
        return SelfAssessmentDtos.View.of(s, before);
      }
    }
    throw ProblemException.notFound("No self-assessment with this id is visible to the caller");
  }
}
