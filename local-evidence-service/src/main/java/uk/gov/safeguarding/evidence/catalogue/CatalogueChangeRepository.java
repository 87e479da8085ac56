package uk.gov.safeguarding.evidence.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CatalogueChangeRepository implements PanacheRepositoryBase<CatalogueChange, Long> {
  /** The catalogue's version: the number of its latest change. */
  public long currentRevision() {
    Long max = getEntityManager().createQuery("select max(c.revision) from CatalogueChange c", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }
}
