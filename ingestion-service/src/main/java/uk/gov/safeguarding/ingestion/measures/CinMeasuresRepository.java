package uk.gov.safeguarding.ingestion.measures;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CinMeasuresRepository implements PanacheRepositoryBase<CinMeasures, UUID> {
  /** The measures of the latest accepted version for an LA and year. */
  public Optional<CinMeasures> latest(String laOldCode, int collectionYear) {
    return find("laCode = ?1 and collectionYear = ?2 order by version desc", laOldCode, collectionYear).firstResultOptional();
  }
}
