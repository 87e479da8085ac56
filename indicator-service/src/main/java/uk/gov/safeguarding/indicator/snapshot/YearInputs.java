package uk.gov.safeguarding.indicator.snapshot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.safeguarding.indicator.computation.LaMeasures;
import uk.gov.safeguarding.platform.json.JsonColumns;

/**
 * The latest measures of a collection year, as the calculator takes them. Every load reads which
 * measure sets the year holds (LA, source and what identifies their content: event id, version,
 * revision, content hash) and parses only the sets that changed since the last load; an LA whose
 * sets are all unchanged keeps the same {@link LaMeasures} object, which is what lets
 * {@code YearCalculator.update} skip it cheaply. The cache is only an optimisation: what is returned
 * always reflects the rows read in the caller's transaction.
 */
@ApplicationScoped
public class YearInputs {
  private static final TypeReference<Map<String, BigDecimal>> COUNTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, Map<Integer, Long>>> DISTRIBUTIONS = new TypeReference<>() {};

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  /** One parsed measure set and the fingerprint of its content. */
  private record Parsed(String fingerprint, Map<String, Double> counts, Map<String, Map<Integer, Long>> distributions) {}

  /** What the last load of a year produced: parsed sets by "la|source", and the LAs' merged measures. */
  private record Loaded(Map<String, Parsed> sets, Map<String, String> laFingerprints, Map<String, LaMeasures> measures) {}

  private final Map<Integer, Loaded> cache = new ConcurrentHashMap<>();

  /** The year's measures by LA GSS code. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Map<String, LaMeasures> load(int year) {
    Loaded before = cache.getOrDefault(year, new Loaded(Map.of(), Map.of(), Map.of()));
    List<Object[]> rows = rows(
        em.createNativeQuery("select id, la_code, source, event_id::text || ':' || source_version || '.' || source_revision || ':' || coalesce(content_hash, '') "
                + "from measure_set where collection_year = ?1")
            .setParameter(1, year)
            .getResultList());
    Map<String, Parsed> sets = new HashMap<>();
    Map<Long, String> toParse = new HashMap<>();
    Map<String, String> fingerprints = new HashMap<>();
    for (Object[] r : rows) {
      String key = r[1] + "|" + r[2];
      String fingerprint = (String) r[3];
      Parsed known = before.sets().get(key);
      if (known != null && known.fingerprint().equals(fingerprint)) {
        sets.put(key, known);
      } else {
        toParse.put(((Number) r[0]).longValue(), key);
      }
      fingerprints.put(key, fingerprint);
    }
    if (!toParse.isEmpty()) {
      for (Object[] r : rows(em.createNativeQuery("select id, counts, distributions from measure_set where id in (:ids)")
          .setParameter("ids", new ArrayList<>(toParse.keySet()))
          .getResultList())) {
        String key = toParse.get(((Number) r[0]).longValue());
        sets.put(key, new Parsed(fingerprints.get(key), counts((String) r[1]), read((String) r[2], DISTRIBUTIONS)));
      }
    }
    Map<String, Set<String>> sourcesByLa = new HashMap<>();
    Map<String, StringBuilder> laPrints = new HashMap<>();
    for (String key : new TreeMap<>(sets).keySet()) {
      String la = key.substring(0, key.indexOf('|'));
      sourcesByLa.computeIfAbsent(la, k -> new HashSet<>()).add(key.substring(key.indexOf('|') + 1));
      laPrints.computeIfAbsent(la, k -> new StringBuilder()).append(key).append('=').append(sets.get(key).fingerprint()).append(';');
    }
    Map<String, LaMeasures> measures = new HashMap<>();
    Map<String, String> laFingerprints = new HashMap<>();
    sourcesByLa.forEach((la, sources) -> {
      String fingerprint = laPrints.get(la).toString();
      laFingerprints.put(la, fingerprint);
      LaMeasures known = before.measures().get(la);
      if (known != null && fingerprint.equals(before.laFingerprints().get(la))) {
        measures.put(la, known);
        return;
      }
      Map<String, Double> counts = new HashMap<>();
      Map<String, Map<Integer, Long>> distributions = new HashMap<>();
      for (String source : sources) {
        Parsed p = sets.get(la + "|" + source);
        counts.putAll(p.counts());
        distributions.putAll(p.distributions());
      }
      measures.put(la, new LaMeasures(la, sources, counts, distributions));
    });
    Map<String, LaMeasures> result = Map.copyOf(measures);
    cache.put(year, new Loaded(sets, laFingerprints, result));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> resultList) {
    return (List<Object[]>) resultList;
  }

  private Map<String, Double> counts(String text) {
    Map<String, Double> counts = new HashMap<>();
    read(text, COUNTS).forEach((k, v) -> counts.put(k, v == null ? 0 : v.doubleValue()));
    return counts;
  }

  private <T> T read(String text, TypeReference<T> type) {
    return new JsonColumns(json).read(text, type);
  }
}
