package uk.gov.safeguarding.ingestion.measures;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CinMeasuresRepository implements PanacheRepositoryBase<CinMeasures, UUID> {
  /** The measures of the latest accepted version for an LA and year. */
  public Optional<CinMeasures> latest(String laOldCode, int collectionYear) {
    return find("laCode = ?1 and collectionYear = ?2 order by version desc", laOldCode, collectionYear).firstResultOptional();
  }

  /** The measures of the latest accepted version of each collection year after {@code year}, oldest year first. */
  public List<CinMeasures> latestAfter(String laOldCode, int year) {
    return find(
            "from CinMeasures c where c.laCode = ?1 and c.collectionYear > ?2"
                + " and c.version = (select max(m.version) from CinMeasures m where m.laCode = c.laCode and m.collectionYear = c.collectionYear)"
                + " order by c.collectionYear",
            laOldCode, year)
        .list();
  }
}
