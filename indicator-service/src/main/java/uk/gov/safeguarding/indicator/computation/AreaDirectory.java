package uk.gov.safeguarding.indicator.computation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.StatisticalNeighbour;

/**
 * Live LAs, their regions and their statistical neighbours, with DfE's 2025 neighbour list mapped
 * explicitly onto reorganised LAs: an LA created from a predecessor that still has a list (e.g.
 * Cumberland and Westmorland and Furness from Cumbria, North and West Northamptonshire from
 * Northamptonshire) takes its predecessor's neighbours; a neighbour that no longer exists (e.g.
 * pre-2019 Dorset, Poole, Bournemouth) is replaced by its successor. Duplicates and the LA itself
 * are dropped.
 */
public final class AreaDirectory {
  /** Successor (old code) to the predecessor whose neighbour list it inherits. */
  static final Map<String, String> INHERITS_NEIGHBOURS_OF =
      Map.of("942", "909", "943", "909", "940", "928", "941", "928");

  /** Terminated LA (old code) to its live successor, for neighbour references. */
  static final Map<String, String> SUCCESSOR =
      Map.of("835", "838", "836", "839", "837", "839", "909", "942", "928", "940");

  /** One resolved neighbour. */
  public record Neighbour(LocalAuthority la, int rank, String closeness, String listedAs) {}

  private static final AreaDirectory STANDARD = new AreaDirectory(AreaRegistry.standard());

  private final AreaRegistry registry;
  private final List<LocalAuthority> live;
  private final Map<String, List<Neighbour>> neighboursByGss = new LinkedHashMap<>();

  public AreaDirectory(AreaRegistry registry) {
    this.registry = registry;
    this.live = registry.liveAuthorities();
    for (LocalAuthority la : live) {
      neighboursByGss.put(la.gssCode(), resolveNeighbours(la));
    }
  }

  public static AreaDirectory standard() {
    return STANDARD;
  }

  public AreaRegistry registry() {
    return registry;
  }

  public List<LocalAuthority> liveAuthorities() {
    return live;
  }

  public Optional<LocalAuthority> la(String code) {
    return registry.find(code);
  }

  public List<Neighbour> neighbours(String gssCode) {
    return neighboursByGss.getOrDefault(gssCode, List.of());
  }

  private List<Neighbour> resolveNeighbours(LocalAuthority la) {
    List<StatisticalNeighbour> listed = registry.neighbours(la.oldCode());
    if (listed.isEmpty() && INHERITS_NEIGHBOURS_OF.containsKey(la.oldCode())) {
      listed = registry.neighbours(INHERITS_NEIGHBOURS_OF.get(la.oldCode()));
    }
    List<Neighbour> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add(la.gssCode());
    for (StatisticalNeighbour n : listed) {
      String code = registry.byOldCode(n.oldCode()).isPresent() ? n.oldCode() : SUCCESSOR.get(n.oldCode());
      if (code == null) {
        continue;
      }
      Optional<LocalAuthority> target = registry.byOldCode(code);
      if (target.isPresent() && seen.add(target.get().gssCode())) {
        result.add(new Neighbour(target.get(), n.rank(), n.closeness(), n.oldCode()));
      }
    }
    return List.copyOf(result);
  }
}
