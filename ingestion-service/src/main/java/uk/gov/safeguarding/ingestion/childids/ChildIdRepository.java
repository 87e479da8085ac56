package uk.gov.safeguarding.ingestion.childids;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The LAchildIDs an LA has sent in its accepted CIN returns (read only; never leaves the service). */
@ApplicationScoped
public class ChildIdRepository {
  @Inject EntityManager em;

  @SuppressWarnings("unchecked")
  public List<String> idsOfLa(String laOldCode) {
    return em.createNativeQuery(
            "select distinct c.la_child_id from cin_child c join cin_return r on r.id = c.return_id"
                + " where r.la_code = ?1 and r.status = 'ACCEPTED' and c.la_child_id is not null")
        .setParameter(1, laOldCode)
        .getResultList();
  }
}
