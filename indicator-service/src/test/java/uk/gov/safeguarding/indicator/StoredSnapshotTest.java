package uk.gov.safeguarding.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.SyntheticMeasures;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.snapshot.SnapshotStore;

/** A year stored as JSON before the compact form (migration V3) still reads back exactly. */
@QuarkusTest
class StoredSnapshotTest {
  @Inject SnapshotStore store;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  @Test
  void aYearStoredAsJsonBeforeTheCompactFormStillReadsBackExactly() throws Exception {
    int year = MeasuresProducer.randomYear();
    YearResult result = YearCalculator.standard().compute(year, SyntheticMeasures.allLas(AreaDirectory.standard().liveAuthorities(), year));
    String stored = json.writeValueAsString(result);
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "insert into year_snapshot (collection_year, content_hash, event_id, computed_at, result) values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, year)
        .setParameter(2, "json-era-" + year)
        .setParameter(3, UUID.randomUUID())
        .setParameter(4, Instant.now())
        .setParameter(5, stored)
        .executeUpdate());

    assertThat(store.year(year)).contains(result);
  }
}
