package uk.gov.safeguarding.publication.localmeasure;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import uk.gov.safeguarding.events.LocalMeasuresPublished;
import uk.gov.safeguarding.events.LocalMeasuresPublished.LocalMeasure;
import uk.gov.safeguarding.platform.json.JsonColumns;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.dataset.DataSetIds;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * Keeps the latest revision of each LA's public local measures per period and rebuilds the
 * {@code local-measures} data set's Draft from all of them.
 */
@ApplicationScoped
public class LocalMeasuresService {
  private static final TypeReference<List<LocalMeasure>> MEASURES = new TypeReference<>() {};
  private static final JsonColumns COLUMNS = new JsonColumns(ContentCodec.json());

  @Inject LocalMeasureSubmissionRepository submissions;
  @Inject VersionService versions;

  @Transactional(Transactional.TxType.MANDATORY)
  public VersionService.DraftOutcome accept(LocalMeasuresPublished event) {
    var existing = submissions.find(event.laCode(), event.period());
    if (existing.isPresent() && existing.get().revision >= event.revision()) {
      return VersionService.DraftOutcome.UNCHANGED; // an older or repeated revision
    }
    if (event.measures() == null || event.measures().isEmpty()) {
      existing.ifPresent(submissions::delete);
    } else {
      LocalMeasureSubmission s = existing.orElseGet(LocalMeasureSubmission::new);
      s.id = new LocalMeasureSubmission.Key(event.laCode(), event.period());
      s.oldLaCode = event.oldLaCode();
      s.revision = event.revision();
      s.measures = COLUMNS.write(event.measures());
      s.receivedAt = Instant.now();
      submissions.persist(s);
    }
    submissions.flush();
    List<LocalMeasuresPublished> latest =
        submissions.all().stream()
            .map(s -> new LocalMeasuresPublished(LocalMeasuresPublished.SCHEMA_VERSION, null, s.receivedAt, s.id.laCode(), s.oldLaCode, s.id.period(), s.revision, COLUMNS.read(s.measures, MEASURES)))
            .toList();
    var content = LocalMeasuresMapping.content(latest, AreaRegistry.standard());
    return versions.proposeDraft(DataSetIds.LOCAL_MEASURES, working -> content);
  }

}
