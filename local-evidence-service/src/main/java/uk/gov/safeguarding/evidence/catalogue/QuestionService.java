package uk.gov.safeguarding.evidence.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;

/** Use cases of the question catalogue: read it, and the admin's add, reword, retire, reinstate. */
@ApplicationScoped
public class QuestionService {
  @Inject QuestionRepository questions;
  @Inject QuestionVersionRepository versions;
  @Inject CatalogueChangeRepository changes;
  @Inject CatalogueSeed seed;
  @Inject Caller caller;

  @Transactional
  public CatalogueView catalogue(boolean includeRetired) {
    CatalogueFile file = seed.file();
    List<QuestionView> views = new ArrayList<>();
    for (Question q : questions.listOrdered(includeRetired)) {
      views.add(QuestionView.of(q, versions.find(q.id, q.currentVersion).orElseThrow()));
    }
    return new CatalogueView(changes.currentRevision(), file.edition(), file.source(), file.themes(), views);
  }

  @Transactional
  public QuestionView question(String id, Integer version) {
    Question q = questions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No question has this id"));
    int wanted = version == null ? q.currentVersion : version;
    QuestionVersion v =
        versions.find(id, wanted).orElseThrow(() -> ProblemException.notFound("The question has no version " + wanted));
    return QuestionView.of(q, v);
  }

  @Transactional
  public List<QuestionView> history(String id) {
    Question q = questions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No question has this id"));
    return versions.history(id).stream().map(v -> QuestionView.of(q, v)).toList();
  }

  /** The wording an evidence item is recorded against, for validation by other concepts. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Wording> currentWording(String id) {
    return questions.findByIdOptional(id).map(q -> new Wording(q, versions.find(q.id, q.currentVersion).orElseThrow()));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Wording> wording(String id, int version) {
    return questions.findByIdOptional(id).flatMap(q -> versions.find(id, version).map(v -> new Wording(q, v)));
  }

  /** A question and one of its versions. */
  public record Wording(Question question, QuestionVersion version) {
    public Set<String> clauseKeys() {
      Set<String> keys = new HashSet<>();
      version.parts.forEach(c -> keys.add(c.key()));
      version.followUps.forEach(c -> keys.add(c.key()));
      return keys;
    }
  }

  @Transactional
  public QuestionView add(QuestionCommands.NewQuestion command) {
    if (questions.findByIdOptional(command.id()).isPresent()) {
      throw ProblemException.conflict("A question with this id already exists");
    }
    List<Clause> parts = orEmpty(command.parts());
    List<Clause> followUps = orEmpty(command.followUps());
    requireUniqueKeys(parts, followUps);
    Question q = new Question();
    q.id = command.id();
    q.theme = command.theme();
    q.relatedThemes = new ArrayList<>(orEmpty(command.relatedThemes()).stream().map(Enum::name).distinct().toList());
    q.position = questions.nextPosition();
    q.status = Question.Status.ACTIVE;
    q.currentVersion = 1;
    questions.persist(q);
    QuestionVersion v = newVersion(q, 1, command.text(), parts, followUps, command.source(), command.changeNote());
    record(q, CatalogueChange.Kind.ADDED, command.changeNote());
    return QuestionView.of(q, v);
  }

  @Transactional
  public QuestionView reword(String id, QuestionCommands.Rewording command) {
    Question q = questions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No question has this id"));
    if (q.status == Question.Status.RETIRED) {
      throw ProblemException.conflict("A retired question cannot be reworded; reinstate it first");
    }
    QuestionVersion previous = versions.find(id, q.currentVersion).orElseThrow();
    List<Clause> parts = command.parts() == null ? previous.parts : command.parts();
    List<Clause> followUps = command.followUps() == null ? previous.followUps : command.followUps();
    requireUniqueKeys(parts, followUps);
    String source = command.source() == null || command.source().isBlank() ? "Amended by " + caller.name() + "; originally: " + previous.source : command.source();
    q.currentVersion = q.currentVersion + 1;
    QuestionVersion v = newVersion(q, q.currentVersion, command.text(), parts, followUps, source, command.changeNote());
    record(q, CatalogueChange.Kind.REWORDED, command.changeNote());
    return QuestionView.of(q, v);
  }

  @Transactional
  public QuestionView retire(String id, QuestionCommands.Retirement command) {
    Question q = questions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No question has this id"));
    if (q.status == Question.Status.RETIRED) {
      throw ProblemException.conflict("The question is already retired");
    }
    q.status = Question.Status.RETIRED;
    q.retiredAt = Instant.now();
    q.retiredReason = command.reason();
    record(q, CatalogueChange.Kind.RETIRED, command.reason());
    return QuestionView.of(q, versions.find(id, q.currentVersion).orElseThrow());
  }

  @Transactional
  public QuestionView reinstate(String id) {
    Question q = questions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("No question has this id"));
    if (q.status == Question.Status.ACTIVE) {
      throw ProblemException.conflict("The question is not retired");
    }
    q.status = Question.Status.ACTIVE;
    q.retiredAt = null;
    q.retiredReason = null;
    record(q, CatalogueChange.Kind.REINSTATED, null);
    return QuestionView.of(q, versions.find(id, q.currentVersion).orElseThrow());
  }

  private QuestionVersion newVersion(
      Question q, int number, String text, List<Clause> parts, List<Clause> followUps, String source, String note) {
    QuestionVersion v = new QuestionVersion();
    v.questionId = q.id;
    v.version = number;
    v.text = text;
    v.parts = new ArrayList<>(parts);
    v.followUps = new ArrayList<>(followUps);
    v.source = source;
    v.changeNote = note;
    v.createdAt = Instant.now();
    v.createdBy = caller.name();
    versions.persist(v);
    return v;
  }

  private void record(Question q, CatalogueChange.Kind kind, String note) {
    CatalogueChange change = new CatalogueChange();
    change.questionId = q.id;
    change.kind = kind;
    change.version = q.currentVersion;
    change.note = note;
    change.changedBy = caller.name();
    change.changedAt = Instant.now();
    changes.persist(change);
  }

  private static void requireUniqueKeys(List<Clause> parts, List<Clause> followUps) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      if (!seen.add(parts.get(i).key())) {
        throw ProblemException.validation("parts[" + i + "].key", "UniqueClauseKey", "Clause keys must be unique within a question");
      }
    }
    for (int i = 0; i < followUps.size(); i++) {
      if (!seen.add(followUps.get(i).key())) {
        throw ProblemException.validation("followUps[" + i + "].key", "UniqueClauseKey", "Clause keys must be unique within a question");
      }
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
