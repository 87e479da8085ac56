package uk.gov.safeguarding.evidence.publication;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PublishedLocalMeasuresRepository implements PanacheRepositoryBase<PublishedLocalMeasures, PublishedLocalMeasures.Key> {

  public Optional<PublishedLocalMeasures> find(String laCode, String period) {
    return findByIdOptional(new PublishedLocalMeasures.Key(laCode, period));
  }

  /** Serialises concurrent recomputations for one LA and period until the transaction ends. */
  public void lock(String laCode, String period) {
    getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(hashtext(:k))")
        .setParameter("k", "local-measures:" + laCode + ":" + period)
        .getSingleResult();
  }

  /** Every measure row of the LA's records for the period, with the facts the publication rule needs. */
  @SuppressWarnings("unchecked")
  public List<PublicMeasureSet.Candidate> candidates(String laCode, String period) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select m.measure_id, m.title, e.question_id, q.theme, e.method, m.numerator, m.denominator, m.unit,"
                    + " m.is_public, e.visibility, e.status"
                    + " from evidence_measure m join evidence_item e on e.id = m.evidence_id"
                    + " join question q on q.id = e.question_id"
                    + " where e.la_code = :la and e.period = :p order by m.measure_id, e.id")
            .setParameter("la", laCode)
            .setParameter("p", period)
            .getResultList();
    List<PublicMeasureSet.Candidate> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new PublicMeasureSet.Candidate(
              (String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
              (BigDecimal) r[5], (BigDecimal) r[6], (String) r[7], (Boolean) r[8], (String) r[9], (String) r[10]));
    }
    return out;
  }
}
