package uk.gov.safeguarding.publication.it;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.IndicatorMeta;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository;
import uk.gov.safeguarding.publication.version.VersionService;

/**
 * A data set of one test only, holding one draft with one computed referral-rate row, under an id
 * no other test uses; {@link #remove()} deletes it and its versions again (call it in @AfterEach).
 */
final class ThrowAwayDataSet {
  private static final IndicatorMeta RATE =
      new IndicatorMeta("referral-rate", "Referral rate", "Referrals", "rate per 10,000 children", 1, "NO_JUDGEMENT", "test");

  private final String id;
  private final VersionService versions;
  private final DataSetVersionRepository repository;
  private final EntityManager em;

  ThrowAwayDataSet(String idPrefix, VersionService versions, DataSetVersionRepository repository, EntityManager em) {
    this.id = idPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.versions = versions;
    this.repository = repository;
    this.em = em;
  }

  String id() {
    return id;
  }

  /** Creates the data set under {@code title} and proposes its first draft; returns that draft's version. */
  String createWithADraft(String title) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "insert into data_set (id, publication_id, title, summary) values (?1, 'childrens-safeguarding-performance', ?2, 'A data set of this test only')")
        .setParameter(1, id).setParameter(2, title).executeUpdate());
    versions.proposeDraft(id, working -> new DataSetContent(List.of(RATE), List.of(
        new DataRow("2023-24", "Local authority", "E09000002", "301", "LA", "E12000007", "referral-rate", new BigDecimal("500.1"), null, null, null, null, null, null, null, null, null, null, "computed"))));
    return QuarkusTransaction.requiringNew().call(() -> repository.draft(id).orElseThrow().version);
  }

  /** Runs {@code statement}, with ?1 bound to this data set's id, in a transaction of its own. */
  void sql(String statement) {
    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, id).executeUpdate());
  }

  /** The single number {@code query} (?1 bound to this data set's id) selects. */
  long count(String query) {
    return QuarkusTransaction.requiringNew().call(() ->
        ((Number) em.createNativeQuery(query).setParameter(1, id).getSingleResult()).longValue());
  }

  void remove() {
    sql("delete from data_set_version where data_set_id = ?1");
    sql("delete from data_set where id = ?1");
  }
}
