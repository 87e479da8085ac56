package uk.gov.safeguarding.evidence.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.evidence.common.Viewer;

/**
 * PostgreSQL full-text search (websearch syntax, English stemming) over evidence and
 * self-assessments, restricted in SQL to what the viewer may see: the same rule as
 * {@link Viewer#canSee}.
 */
@ApplicationScoped
public class SearchRepository {
  private static final String VISIBLE =
      " (x.la_code = :own or (%s and (x.visibility = 'PUBLIC'"
          + " or (x.visibility = 'NATIONAL' and :national = true)"
          + " or (x.visibility = 'REGION' and x.region_code = :region)"
          + " or (x.visibility = 'STATISTICAL_NEIGHBOURS' and x.la_code in (:neighbourOf))))) ";
  private static final String HEADLINE = "'StartSel=«, StopSel=», MaxFragments=2, MaxWords=35, MinWords=12, FragmentDelimiter=\" … \"'";

  @Inject EntityManager em;

  public record Filters(String questionId, String theme, String period) {}

  @SuppressWarnings("unchecked")
  public List<SearchHit> evidence(String text, Viewer viewer, Filters f, int limit) {
    String sql =
        "select x.id, x.la_code, x.question_id, q.theme, x.period,"
            + " ts_headline('english', x.findings || ' ' || coalesce(x.actions_taken, ''), query, " + HEADLINE + "),"
            + " ts_rank(x.search, query) as rank"
            + " from evidence_item x join question q on q.id = x.question_id, websearch_to_tsquery('english', :q) query"
            + " where x.search @@ query and" + VISIBLE.formatted("x.status <> 'DRAFT'")
            + " and (:questionId = '' or x.question_id = :questionId)"
            + " and (:theme = '' or q.theme = :theme or :theme = any(q.related_themes))"
            + " and (:period = '' or x.period = :period)"
            + " order by rank desc, x.updated_at desc, x.id limit :limit";
    List<Object[]> rows = bind(em.createNativeQuery(sql), text, viewer, f, limit).getResultList();
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] r : rows) {
      hits.add(hit("evidence", r));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  public List<SearchHit> selfAssessments(String text, Viewer viewer, Filters f, int limit) {
    if (!f.questionId().isEmpty()) {
      return List.of();
    }
    String sql =
        "select x.id, x.la_code, cast(null as text), x.theme, x.period,"
            + " ts_headline('english', x.narrative, query, " + HEADLINE + "),"
            + " ts_rank(x.search, query) as rank"
            + " from self_assessment x, websearch_to_tsquery('english', :q) query"
            + " where x.search @@ query and" + VISIBLE.formatted("true")
            + " and (:questionId = '' or true)"
            + " and (:theme = '' or x.theme = :theme)"
            + " and (:period = '' or x.period = :period)"
            + " order by rank desc, x.created_at desc, x.id limit :limit";
    List<Object[]> rows = bind(em.createNativeQuery(sql), text, viewer, f, limit).getResultList();
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] r : rows) {
      hits.add(hit("self-assessment", r));
    }
    return hits;
  }

  private static Query bind(Query q, String text, Viewer viewer, Filters f, int limit) {
    List<String> neighbourOf = new ArrayList<>(viewer.neighbourOf());
    if (neighbourOf.isEmpty()) {
      neighbourOf.add("-");
    }
    return q.setParameter("q", text)
        .setParameter("own", viewer.laCode().orElse(""))
        .setParameter("national", viewer.national())
        .setParameter("region", viewer.laCode().isPresent() ? viewer.regionCode().orElse("") : "")
        .setParameter("neighbourOf", viewer.laCode().isPresent() ? neighbourOf : List.of("-"))
        .setParameter("questionId", f.questionId())
        .setParameter("theme", f.theme())
        .setParameter("period", f.period())
        .setParameter("limit", limit);
  }

  private static SearchHit hit(String kind, Object[] r) {
    String la = (String) r[1];
    String name = uk.gov.safeguarding.reference.AreaRegistry.standard().byOldCode(la).map(l -> l.name()).orElse(la);
    UUID id = (UUID) r[0];
    String href =
        "evidence".equals(kind) ? "/v1/local-authorities/" + la + "/evidence/" + id : "/v1/local-authorities/" + la + "/self-assessments/" + id;
    return new SearchHit(kind, id, la, name, (String) r[2], (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).doubleValue(), href);
  }
}
