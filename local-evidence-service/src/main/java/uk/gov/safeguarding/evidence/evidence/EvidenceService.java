package uk.gov.safeguarding.evidence.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.gov.safeguarding.evidence.catalogue.Question;
import uk.gov.safeguarding.evidence.catalogue.QuestionService;
import uk.gov.safeguarding.evidence.common.LocalAuthorities;
import uk.gov.safeguarding.evidence.common.Viewer;
import uk.gov.safeguarding.evidence.common.Viewers;
import uk.gov.safeguarding.evidence.common.Visibility;
import uk.gov.safeguarding.evidence.screening.FreeTextScreening;
import uk.gov.safeguarding.evidence.screening.ScreenedText;
import uk.gov.safeguarding.evidence.publication.LocalMeasuresPublisher;
import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Evidence use cases. An LA's token writes only its own LA's records; readers see what the
 * sharing rules ({@link Viewer}) allow. Every change that can alter the LA's public local measures
 * recomputes them in the same transaction, so a rejected request changes nothing and publishes
 * nothing.
 */
@ApplicationScoped
public class EvidenceService {
  @Inject EvidenceRepository evidence;
  @Inject StatusChangeRepository statusChanges;
  @Inject QuestionService questions;
  @Inject LocalMeasuresPublisher publisher;
  @Inject Caller caller;
  @Inject Viewers viewers;
  @Inject AuditLog audit;
  @Inject FreeTextScreening screening;

  @Transactional
  public List<EvidenceView> list(String laParam, String questionId, String period, EvidenceStatus status) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    Viewer viewer = viewers.current();
    return evidence.listOfLa(la.oldCode(), questionId, period, status).stream()
        .filter(e -> viewer.canSee(e.laCode, e.regionCode, e.visibility, e.status == EvidenceStatus.DRAFT))
        .map(EvidenceView::of)
        .toList();
  }

  @Transactional
  public EvidenceView get(String laParam, UUID id) {
    return EvidenceView.of(visible(laParam, id));
  }

  /** The item if the caller may see it; 404 otherwise (not 403, so hidden records stay hidden). */
  @Transactional(Transactional.TxType.MANDATORY)
  public EvidenceItem visible(String laParam, UUID id) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    EvidenceItem e = evidence.findOfLa(la.oldCode(), id).orElseThrow(EvidenceService::notFound);
    if (!viewers.current().canSee(e.laCode, e.regionCode, e.visibility, e.status == EvidenceStatus.DRAFT)) {
      throw notFound();
    }
    return e;
  }

  @Transactional
  public List<Transition.View> history(String laParam, UUID id) {
    EvidenceItem e = visible(laParam, id);
    return statusChanges.history(e.id).stream().map(Transition.View::of).toList();
  }

  @Transactional
  public EvidenceView create(String laParam, EvidenceRequest request) {
    LocalAuthority la = actingFor(laParam, Roles.LA_SUBMITTER);
    QuestionService.Wording wording =
        questions
            .currentWording(request.questionId())
            .orElseThrow(() -> ProblemException.validation("questionId", "KnownQuestion", "No question has this id"));
    if (wording.question().status == Question.Status.RETIRED) {
      throw ProblemException.validation("questionId", "ActiveQuestion", "The question is retired; new evidence cannot be recorded against it");
    }
    validate(request, wording);
    screening.screen(la.oldCode(), texts(request));
    Instant now = Instant.now();
    EvidenceItem e = new EvidenceItem();
    e.id = UUID.randomUUID();
    e.laCode = la.oldCode();
    e.laGssCode = la.gssCode();
    e.regionCode = la.regionCode();
    e.questionId = wording.question().id;
    e.questionVersion = wording.version().version;
    e.status = EvidenceStatus.DRAFT;
    e.createdAt = now;
    e.createdBy = caller.name();
    apply(e, request, now);
    evidence.persist(e);
    logStatus(e, null, EvidenceStatus.DRAFT, "Created");
    publisher.refresh(la, e.period);
    audit.record(caller.name(), AuditActions.EVIDENCE_CREATED, "evidence-item", e.id.toString(), auditDetail(e));
    return EvidenceView.of(e);
  }

  /**
   * Replaces an item's content. The question it answers and the wording it was recorded against
   * stay; editing a submitted or reviewed item returns it to draft for review again.
   */
  @Transactional
  public EvidenceView update(String laParam, UUID id, EvidenceRequest request) {
    LocalAuthority la = actingFor(laParam, Roles.LA_SUBMITTER);
    EvidenceItem e = evidence.findOfLaForUpdate(la.oldCode(), id).orElseThrow(EvidenceService::notFound);
    if (!e.questionId.equals(request.questionId())) {
      throw ProblemException.validation("questionId", "QuestionUnchanged", "An evidence item keeps its question; record new evidence for another question");
    }
    QuestionService.Wording wording = questions.wording(e.questionId, e.questionVersion).orElseThrow();
    validate(request, wording);
    screening.screen(la.oldCode(), texts(request));
    String oldPeriod = e.period;
    apply(e, request, Instant.now());
    if (e.status != EvidenceStatus.DRAFT) {
      logStatus(e, e.status, EvidenceStatus.DRAFT, "Edited; returned to draft for review");
      e.status = EvidenceStatus.DRAFT;
    }
    refresh(la, oldPeriod, e.period);
    audit.record(caller.name(), AuditActions.EVIDENCE_UPDATED, "evidence-item", e.id.toString(), auditDetail(e));
    return EvidenceView.of(e);
  }

  @Transactional
  public void delete(String laParam, UUID id) {
    LocalAuthority la = actingFor(laParam, Roles.LA_SUBMITTER);
    EvidenceItem e = evidence.findOfLaForUpdate(la.oldCode(), id).orElseThrow(EvidenceService::notFound);
    String period = e.period;
    String detail = auditDetail(e);
    evidence.delete(e);
    publisher.refresh(la, period);
    audit.record(caller.name(), AuditActions.EVIDENCE_DELETED, "evidence-item", id.toString(), detail);
  }

  /**
   * The review workflow: DRAFT → SUBMITTED (la-submitter); SUBMITTED → REVIEWED (la-analyst);
   * SUBMITTED → DRAFT (returned, with a note) and REVIEWED → DRAFT (reopened), both by the LA.
   */
  @Transactional
  public EvidenceView transition(String laParam, UUID id, Transition request) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    caller.requireActingFor(la.oldCode());
    EvidenceItem e = evidence.findOfLaForUpdate(la.oldCode(), id).orElseThrow(EvidenceService::notFound);
    EvidenceStatus from = e.status;
    EvidenceStatus to = request.status();
    String requiredRole =
        switch (from) {
          case DRAFT -> to == EvidenceStatus.SUBMITTED ? Roles.LA_SUBMITTER : null;
          case SUBMITTED -> to == EvidenceStatus.REVIEWED ? Roles.LA_ANALYST : to == EvidenceStatus.DRAFT ? Roles.LA_SUBMITTER : null;
          case REVIEWED -> to == EvidenceStatus.DRAFT ? Roles.LA_SUBMITTER : null;
        };
    if (requiredRole == null) {
      throw new ProblemException(
          uk.gov.safeguarding.platform.problem.ProblemType.CONFLICT,
          409,
          "An item in status " + from + " cannot move to " + to,
          List.of(new uk.gov.safeguarding.platform.problem.Problem.FieldError("status", "InvalidTransition", "Allowed: DRAFT→SUBMITTED, SUBMITTED→REVIEWED or DRAFT, REVIEWED→DRAFT")));
    }
    if (!caller.hasRole(requiredRole)) {
      throw ProblemException.forbidden("Moving an item from " + from + " to " + to + " needs the " + requiredRole + " role");
    }
    if (from == EvidenceStatus.SUBMITTED && to == EvidenceStatus.DRAFT && (request.note() == null || request.note().isBlank())) {
      throw ProblemException.validation("note", "NoteRequired", "Returning an item to draft needs a note saying why");
    }
    if (to != EvidenceStatus.DRAFT && sharedBeyondLa(e)) {
      // screened again: the LA may have sent more children since the text was written
      screening.screen(la.oldCode(), texts(e));
    }
    e.status = to;
    e.updatedAt = Instant.now();
    e.updatedBy = caller.name();
    logStatus(e, from, to, request.note());
    publisher.refresh(la, e.period);
    audit.record(caller.name(), AuditActions.EVIDENCE_STATUS_CHANGED, "evidence-item", e.id.toString(), auditDetail(e) + " " + from + "->" + to);
    return EvidenceView.of(e);
  }

  private LocalAuthority actingFor(String laParam, String role) {
    LocalAuthority la = LocalAuthorities.resolve(laParam);
    caller.requireActingFor(la.oldCode());
    if (!caller.hasRole(role)) {
      throw ProblemException.forbidden("This operation needs the " + role + " role");
    }
    return la;
  }

  private void refresh(LocalAuthority la, String... periods) {
    for (String p : new LinkedHashSet<>(List.of(periods))) {
      publisher.refresh(la, p);
    }
  }

  private void logStatus(EvidenceItem e, EvidenceStatus from, EvidenceStatus to, String note) {
    StatusChange c = new StatusChange();
    c.evidenceId = e.id;
    c.fromStatus = from;
    c.toStatus = to;
    c.note = note;
    c.changedBy = caller.name();
    c.changedAt = Instant.now();
    statusChanges.persist(c);
  }

  /** Rules beyond bean validation; each names the field and a rule code. */
  static void validate(EvidenceRequest r, QuestionService.Wording wording) {
    if (!uk.gov.safeguarding.evidence.common.Periods.isValid(r.period())) {
      throw ProblemException.validation("period", "Period", "A period is a financial year such as 2025-26");
    }
    if (r.coveredFrom().isAfter(r.coveredTo())) {
      throw ProblemException.validation("coveredTo", "CoveredRange", "coveredTo must not be before coveredFrom");
    }
    Set<String> keys = wording.clauseKeys();
    List<String> parts = r.parts() == null ? List.of() : r.parts();
    Set<String> seenParts = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (!keys.contains(parts.get(i))) {
        throw ProblemException.validation(
            "parts[" + i + "]", "KnownClause", "Question " + wording.question().id + " version " + wording.version().version + " has no part or follow-up with this key");
      }
      if (!seenParts.add(parts.get(i))) {
        throw ProblemException.validation("parts[" + i + "]", "UniquePart", "A part is listed twice");
      }
    }
    List<EvidenceRequest.MeasureInput> measures = r.measures() == null ? List.of() : r.measures();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < measures.size(); i++) {
      EvidenceRequest.MeasureInput m = measures.get(i);
      String path = "measures[" + i + "]";
      if (!ids.add(m.measureId())) {
        throw ProblemException.validation(path + ".measureId", "UniqueMeasure", "A measure id appears twice in this item");
      }
      if (m.numerator().compareTo(m.denominator()) > 0) {
        throw ProblemException.validation(path + ".numerator", "NumeratorNotAboveDenominator", "The numerator cannot exceed the denominator");
      }
      if (r.respondents() != null && m.denominator().compareTo(BigDecimal.valueOf(r.respondents())) > 0 && "percent".equals(unit(m))) {
        throw ProblemException.validation(path + ".denominator", "DenominatorWithinRespondents", "A percentage's denominator cannot exceed the number of respondents");
      }
      if (Boolean.TRUE.equals(m.isPublic()) && r.visibility() != Visibility.PUBLIC) {
        throw ProblemException.validation(path + ".isPublic", "PublicMeasureNeedsPublicRecord", "Only a PUBLIC record can publish a measure");
      }
    }
  }

  /** Leaving draft shares the record with others (visibility) or publishes its public measures. */
  private static boolean sharedBeyondLa(EvidenceItem e) {
    return e.visibility != Visibility.PRIVATE || e.measures.stream().anyMatch(m -> m.isPublic);
  }

  private static List<ScreenedText> texts(EvidenceRequest r) {
    return FreeTextScreening.texts(r.method(), r.findings(), r.actionsTaken(), r.serviceDevelopment(), r.owner(),
        r.measures() == null ? List.of() : r.measures().stream().map(EvidenceRequest.MeasureInput::title).toList(),
        r.linesOfEnquiry() == null ? List.of() : r.linesOfEnquiry());
  }

  private static List<ScreenedText> texts(EvidenceItem e) {
    return FreeTextScreening.texts(e.method, e.findings, e.actionsTaken, e.serviceDevelopment, e.owner,
        e.measures.stream().map(m -> m.title).toList(), e.linesOfEnquiry);
  }

  private static String unit(EvidenceRequest.MeasureInput m) {
    return m.unit() == null || m.unit().isBlank() ? "percent" : m.unit().trim();
  }

  private void apply(EvidenceItem e, EvidenceRequest r, Instant now) {
    e.parts = new ArrayList<>(r.parts() == null ? List.of() : r.parts());
    e.period = r.period();
    e.coveredFrom = r.coveredFrom();
    e.coveredTo = r.coveredTo();
    e.sourceType = r.sourceType();
    e.method = r.method().trim();
    e.respondents = r.respondents();
    e.findings = r.findings();
    e.actionsTaken = r.actionsTaken();
    e.serviceDevelopment = r.serviceDevelopment();
    e.owner = r.owner().trim();
    e.visibility = r.visibility();
    e.nationalIndicators = new ArrayList<>(r.nationalIndicators() == null ? List.of() : r.nationalIndicators());
    e.linesOfEnquiry = new ArrayList<>(r.linesOfEnquiry() == null ? List.of() : r.linesOfEnquiry());
    e.synthetic = Boolean.TRUE.equals(r.synthetic());
    e.measures.clear();
    for (EvidenceRequest.MeasureInput m : r.measures() == null ? List.<EvidenceRequest.MeasureInput>of() : r.measures()) {
      EvidenceMeasure em = new EvidenceMeasure();
      em.measureId = m.measureId();
      em.title = m.title().trim();
      em.numerator = m.numerator();
      em.denominator = m.denominator();
      em.unit = unit(m);
      em.isPublic = Boolean.TRUE.equals(m.isPublic());
      e.measures.add(em);
    }
    e.updatedAt = now;
    e.updatedBy = caller.name();
  }

  /** Ids and codes only: free text (findings, notes) is never copied into the audit log. */
  private static String auditDetail(EvidenceItem e) {
    return "la=" + e.laCode + " question=" + e.questionId + "/v" + e.questionVersion + " period=" + e.period + " visibility=" + e.visibility;
  }

  static ProblemException notFound() {
    return ProblemException.notFound("No evidence item with this id is visible to the caller");
  }
}
