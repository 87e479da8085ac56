package uk.gov.safeguarding.evidence.benchmarking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.gov.safeguarding.evidence.common.Periods;
import uk.gov.safeguarding.evidence.common.Viewer;
import uk.gov.safeguarding.evidence.common.Viewers;
import uk.gov.safeguarding.evidence.common.Visibility;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.Region;

/**
 * Regional benchmarking sets, as regional data networks keep them: the LAs of a region define
 * and edit their set (la-analyst of an LA in that region, or admin); the region's LAs and
 * national bodies read it. Values of local measures come only from records the caller may see.
 */
@ApplicationScoped
public class BenchmarkingService {
  @Inject BenchmarkingSetRepository sets;
  @Inject Caller caller;
  @Inject Viewers viewers;

  @Transactional
  public List<BenchmarkingDtos.View> list(String regionCode) {
    Region region = readable(regionCode);
    return sets.ofRegion(region.gssCode()).stream().map(BenchmarkingDtos.View::of).toList();
  }

  @Transactional
  public BenchmarkingDtos.View get(String regionCode, UUID id) {
    Region region = readable(regionCode);
    return BenchmarkingDtos.View.of(sets.ofRegion(region.gssCode(), id).orElseThrow(BenchmarkingService::notFound));
  }

  @Transactional
  public BenchmarkingDtos.View create(String regionCode, BenchmarkingDtos.Request request) {
    Region region = writable(regionCode);
    UUID id = UUID.randomUUID();
    if (sets.nameTaken(region.gssCode(), request.name().strip(), id)) {
      throw ProblemException.conflict("The region already has a benchmarking set with this name");
    }
    BenchmarkingSet s = new BenchmarkingSet();
    s.id = id;
    s.regionCode = region.gssCode();
    s.createdBy = caller.name();
    s.createdByLa = caller.laCode().orElse(null);
    s.createdAt = Instant.now();
    apply(s, request);
    sets.persist(s);
    return BenchmarkingDtos.View.of(s);
  }

  @Transactional
  public BenchmarkingDtos.View update(String regionCode, UUID id, BenchmarkingDtos.Request request) {
    Region region = writable(regionCode);
    BenchmarkingSet s = sets.ofRegion(region.gssCode(), id).orElseThrow(BenchmarkingService::notFound);
    if (sets.nameTaken(region.gssCode(), request.name().strip(), id)) {
      throw ProblemException.conflict("The region already has a benchmarking set with this name");
    }
    apply(s, request);
    return BenchmarkingDtos.View.of(s);
  }

  /** The set's local-measure values for a period across the region's LAs, from records the caller may see. */
  @Transactional
  public List<BenchmarkingDtos.Value> values(String regionCode, UUID id, String period) {
    Region region = readable(regionCode);
    Periods.require("period", period);
    BenchmarkingSet s = sets.ofRegion(region.gssCode(), id).orElseThrow(BenchmarkingService::notFound);
    Viewer viewer = viewers.current();
    AreaRegistry areas = AreaRegistry.standard();
    Set<String> seen = new HashSet<>();
    List<BenchmarkingDtos.Value> out = new ArrayList<>();
    for (BenchmarkingSetRepository.MeasureRow r : sets.measureRows(region.gssCode(), period, s.localMeasures)) {
      boolean draft = "DRAFT".equals(r.status());
      if (draft || !viewer.canSee(r.laCode(), r.regionCode(), Visibility.valueOf(r.visibility()), false) || !seen.add(r.laCode() + "/" + r.measureId())) {
        continue; // drafts never count in a benchmark, even the caller's own; one value per LA and measure (latest)
      }
      BigDecimal ratio = r.numerator().divide(r.denominator(), 6, RoundingMode.HALF_UP);
      BigDecimal value = "percent".equals(r.unit()) ? ratio.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) : ratio;
      String name = areas.byOldCode(r.laCode()).map(l -> l.name()).orElse(r.laCode());
      out.add(new BenchmarkingDtos.Value(r.laCode(), name, r.measureId(), r.title(), r.numerator(), r.denominator(), r.unit(), value, r.evidenceId()));
    }
    return out;
  }

  private static void apply(BenchmarkingSet s, BenchmarkingDtos.Request r) {
    s.name = r.name().strip();
    s.description = r.description();
    s.indicators = new ArrayList<>(r.indicators() == null ? List.of() : r.indicators().stream().distinct().toList());
    s.localMeasures = new ArrayList<>(r.localMeasures() == null ? List.of() : r.localMeasures().stream().distinct().toList());
    s.updatedAt = Instant.now();
  }

  private Region region(String code) {
    return AreaRegistry.standard()
        .region(code == null ? "" : code.trim().toUpperCase())
        .filter(r -> r.gssCode().startsWith("E12"))
        .orElseThrow(() -> ProblemException.notFound("No English region has this code"));
  }

  private Region readable(String code) {
    Region region = region(code);
    if (caller.isNational() || inRegion(region)) {
      return region;
    }
    throw ProblemException.forbidden("Only the region's LAs and national bodies see its benchmarking sets");
  }

  private Region writable(String code) {
    Region region = region(code);
    if (caller.hasRole(Roles.ADMIN) || (inRegion(region) && caller.hasRole(Roles.LA_ANALYST))) {
      return region;
    }
    throw ProblemException.forbidden("Only an analyst of one of the region's LAs (or an admin) edits its benchmarking sets");
  }

  private boolean inRegion(Region region) {
    return caller.laCode().flatMap(AreaRegistry.standard()::byOldCode).map(la -> region.gssCode().equals(la.regionCode())).orElse(false);
  }

  private static ProblemException notFound() {
    return ProblemException.notFound("The region has no benchmarking set with this id");
  }
}
