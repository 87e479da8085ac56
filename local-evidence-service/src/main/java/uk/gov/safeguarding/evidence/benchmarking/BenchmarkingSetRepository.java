package uk.gov.safeguarding.evidence.benchmarking;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BenchmarkingSetRepository implements PanacheRepositoryBase<BenchmarkingSet, UUID> {
  public List<BenchmarkingSet> ofRegion(String regionCode) {
    return list("regionCode", Sort.by("name"), regionCode);
  }

  public Optional<BenchmarkingSet> ofRegion(String regionCode, UUID id) {
    return find("id = :id and regionCode = :r", Parameters.with("id", id).and("r", regionCode)).firstResultOptional();
  }

  public boolean nameTaken(String regionCode, String name, UUID except) {
    return count("regionCode = :r and lower(name) = lower(:n) and id <> :id", Parameters.with("r", regionCode).and("n", name).and("id", except)) > 0;
  }

  /** A local measure value of one LA record, with the record facts the sharing rule needs. */
  public record MeasureRow(
      String laCode, String regionCode, String visibility, String status, UUID evidenceId, String measureId, String title, BigDecimal numerator, BigDecimal denominator, String unit) {}

  @SuppressWarnings("unchecked")
  public List<MeasureRow> measureRows(String regionCode, String period, List<String> measureIds) {
    if (measureIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select e.la_code, e.region_code, e.visibility, e.status, e.id, m.measure_id, m.title, m.numerator, m.denominator, m.unit"
                    + " from evidence_measure m join evidence_item e on e.id = m.evidence_id"
                    + " where e.region_code = :r and e.period = :p and m.measure_id in (:ids)"
                    + " order by m.measure_id, e.la_code, e.updated_at desc")
            .setParameter("r", regionCode)
            .setParameter("p", period)
            .setParameter("ids", measureIds)
            .getResultList();
    List<MeasureRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new MeasureRow(
              (String) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (String) r[9]));
    }
    return out;
  }
}
