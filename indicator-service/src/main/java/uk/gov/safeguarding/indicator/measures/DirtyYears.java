package uk.gov.safeguarding.indicator.measures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The debounce of recomputation: consumers mark a collection year dirty in their transaction; the
 * recompute job takes each dirty year with its generation and clears it only if no newer mark
 * arrived meanwhile.
 */
@ApplicationScoped
public class DirtyYears {
  @Inject EntityManager em;

  /** A dirty year and the generation of its latest mark. */
  public record Mark(int year, long generation) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void mark(int year) {
    em.createNativeQuery(
            "insert into dirty_year (collection_year, generation, marked_at) values (?1, nextval('dirty_generation'), now()) "
                + "on conflict (collection_year) do update set generation = excluded.generation, marked_at = excluded.marked_at")
        .setParameter(1, year)
        .executeUpdate();
  }

  @Transactional
  public List<Mark> pending() {
    List<Mark> marks = new ArrayList<>();
    for (Object row : em.createNativeQuery("select collection_year, generation from dirty_year order by collection_year").getResultList()) {
      Object[] r = (Object[]) row;
      marks.add(new Mark(((Number) r[0]).intValue(), ((Number) r[1]).longValue()));
    }
    return marks;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void clear(Mark mark) {
    em.createNativeQuery("delete from dirty_year where collection_year = ?1 and generation = ?2")
        .setParameter(1, mark.year())
        .setParameter(2, mark.generation())
        .executeUpdate();
  }
}
