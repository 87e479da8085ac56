package uk.gov.safeguarding.evidence.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import org.jboss.logging.Logger;

/**
 * Loads the published 2011 catalogue at start-up: every question of the resource file that the
 * database does not hold yet is inserted as version 1. Idempotent, and safe with several
 * instances (a transaction-scoped advisory lock serialises them). Questions already present are
 * never touched, so admin rewordings and retirements survive restarts.
 */
@ApplicationScoped
public class CatalogueSeed {
  static final String RESOURCE = "/catalogue/local-questions-2011.json";
  private static final Logger LOG = Logger.getLogger(CatalogueSeed.class);
  private static final long LOCK_KEY = 7_2011_0001L;

  @Inject ObjectMapper json;
  @Inject QuestionRepository questions;
  @Inject QuestionVersionRepository versions;
  @Inject CatalogueChangeRepository changes;

  void onStart(@Observes StartupEvent event) {
    seed();
  }

  public static CatalogueFile read(ObjectMapper json) {
    try (InputStream in = CatalogueSeed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      return json.readValue(in, CatalogueFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private volatile CatalogueFile file;

  /** The resource file, read once (it is part of the build, so it cannot change at run time). */
  public CatalogueFile file() {
    CatalogueFile f = file;
    if (f == null) {
      f = read(json);
      file = f;
    }
    return f;
  }

  @Transactional
  int seed() {
    questions.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
    CatalogueFile file = read(json);
    Instant now = Instant.now();
    int position = 0;
    int added = 0;
    for (CatalogueFile.Entry entry : file.questions()) {
      position++;
      if (questions.findByIdOptional(entry.id()).isPresent()) {
        continue;
      }
      Question q = new Question();
      q.id = entry.id();
      q.theme = entry.theme();
      q.relatedThemes = new ArrayList<>(entry.relatedThemes() == null ? java.util.List.of() : entry.relatedThemes().stream().map(Enum::name).toList());
      q.sourceSection = entry.sourceSection();
      q.position = position * 10;
      q.status = Question.Status.ACTIVE;
      q.currentVersion = 1;
      questions.persist(q);
      QuestionVersion v = new QuestionVersion();
      v.questionId = q.id;
      v.version = 1;
      v.text = entry.text();
      v.parts = new ArrayList<>(entry.parts());
      v.followUps = new ArrayList<>(entry.followUps());
      v.source = file.source().attribution();
      v.changeNote = "As published in the " + file.edition() + " edition";
      v.createdAt = now;
      v.createdBy = "catalogue-seed";
      versions.persist(v);
      CatalogueChange change = new CatalogueChange();
      change.questionId = q.id;
      change.kind = CatalogueChange.Kind.SEEDED;
      change.version = 1;
      change.note = "Seeded from " + RESOURCE;
      change.changedBy = "catalogue-seed";
      change.changedAt = now;
      changes.persist(change);
      added++;
    }
    if (added > 0) {
      LOG.infof("Question catalogue: seeded %d question(s) from %s", added, RESOURCE);
    }
    return added;
  }
}
