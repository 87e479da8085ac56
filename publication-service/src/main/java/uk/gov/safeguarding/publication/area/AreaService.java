package uk.gov.safeguarding.publication.area;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.StatisticalNeighbour;

/**
 * England's areas from reference-data, with predecessor and successor links: an authority
 * succeeds a terminated one when it kept its old DfE code (a GSS code change, e.g. Sheffield 2025)
 * or when it started the day after the terminated one ended in the same region (a
 * reorganisation, e.g. Northamptonshire 2021).
 */
@ApplicationScoped
public class AreaService {

  public record AreaView(
      String code, String name, String level, String oldLaCode, String regionCode, String regionName,
      LocalDate validFrom, LocalDate validTo, boolean live, List<String> predecessors, List<String> successors, List<String> statisticalNeighbours) {}

  public record AreasView(AreaView england, List<AreaView> regions, List<AreaView> localAuthorities, List<AreaView> terminatedAuthorities) {}

  private final AreasView areas = build(AreaRegistry.standard());

  public AreasView all() {
    return areas;
  }

  static AreasView build(AreaRegistry registry) {
    AreaView england = new AreaView(AreaRegistry.ENGLAND_CODE, AreaRegistry.ENGLAND_NAME, "National", null, null, null, null, null, true, List.of(), List.of(), List.of());
    List<AreaView> regions = registry.regions().stream().map(r -> new AreaView(r.gssCode(), r.name(), "Regional", null, null, null, null, null, true, List.of(), List.of(), List.of())).toList();
    List<LocalAuthority> all = registry.allAuthorities();
    List<AreaView> live = registry.liveAuthorities().stream().map(la -> view(la, all, registry)).toList();
    List<AreaView> terminated = all.stream().filter(la -> !la.isLive()).map(la -> view(la, all, registry)).toList();
    return new AreasView(england, regions, live, terminated);
  }

  static boolean succeeds(LocalAuthority successor, LocalAuthority predecessor) {
    if (predecessor.isLive() || successor == predecessor || successor.gssCode().equals(predecessor.gssCode())) {
      return false;
    }
    LocalDate end = predecessor.validTo().orElseThrow();
    boolean startsAfter = successor.validFrom().equals(end.plusDays(1));
    boolean sameCode = !"x".equals(predecessor.oldCode()) && predecessor.oldCode().equals(successor.oldCode()) && !successor.validFrom().isBefore(end);
    boolean reorganised = startsAfter && predecessor.regionCode().equals(successor.regionCode());
    return sameCode || reorganised;
  }

  private static AreaView view(LocalAuthority la, List<LocalAuthority> all, AreaRegistry registry) {
    List<String> predecessors = all.stream().filter(p -> succeeds(la, p)).map(LocalAuthority::gssCode).toList();
    List<String> successors = all.stream().filter(s -> succeeds(s, la)).map(LocalAuthority::gssCode).toList();
    List<String> neighbours = la.isLive() ? registry.neighbours(la.oldCode()).stream().map(StatisticalNeighbour::oldCode).toList() : List.of();
    return new AreaView(la.gssCode(), la.name(), "Local authority", la.oldCode(), la.regionCode(), la.regionName(), la.validFrom(), la.validTo().orElse(null), la.isLive(), predecessors, successors, neighbours);
  }
}
