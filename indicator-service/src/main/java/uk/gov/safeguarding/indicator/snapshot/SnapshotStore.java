package uk.gov.safeguarding.indicator.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.platform.json.JsonColumns;

/**
 * Read side: the latest computed result per year, parsed once and cached until its content hash
 * or computation time changes (a cheap check per read).
 */
@ApplicationScoped
public class SnapshotStore {
  @Inject YearSnapshotRepository repository;
  @Inject ObjectMapper json;

  private record Cached(String hash, YearResult result) {}

  private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

  @Transactional
  public Optional<YearResult> year(int year) {
    Optional<String> hash = repository.stampOf(year);
    if (hash.isEmpty()) {
      cache.remove(year);
      return Optional.empty();
    }
    Cached cached = cache.get(year);
    if (cached != null && cached.hash().equals(hash.get())) {
      return Optional.of(cached.result());
    }
    YearSnapshot snapshot = repository.findById(year);
    if (snapshot == null) {
      return Optional.empty();
    }
    YearResult result = read(snapshot);
    cache.put(year, new Cached(snapshot.contentHash + "@" + snapshot.computedAt, result));
    return Optional.of(result);
  }

  /** The stored result: the compact form, or the JSON of rows stored before it. */
  private YearResult read(YearSnapshot snapshot) {
    if (snapshot.resultBinary != null) {
      return YearResultCodec.decode(snapshot.resultBinary);
    }
    return new JsonColumns(json).read(snapshot.result, YearResult.class);
  }

  @Transactional
  public List<Integer> years() {
    return repository.years();
  }
}
