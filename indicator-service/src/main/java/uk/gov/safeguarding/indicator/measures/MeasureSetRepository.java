package uk.gov.safeguarding.indicator.measures;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MeasureSetRepository implements PanacheRepository<MeasureSet> {
  public Optional<MeasureSet> findLatest(String laCode, int year, String source) {
    return find("laCode = ?1 and collectionYear = ?2 and source = ?3", laCode, year, source).firstResultOptional();
  }

  public List<MeasureSet> forYear(int year) {
    return list("collectionYear", year);
  }
}
