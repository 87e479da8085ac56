package uk.gov.safeguarding.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaRegistryTest {
  private final AreaRegistry registry = AreaRegistry.standard();

  @Test
  void knowsEngland153LiveLocalAuthoritiesInNineRegions() {
    assertThat(registry.liveAuthorities()).hasSize(153);
    assertThat(registry.regions()).hasSize(9);
    assertThat(registry.liveAuthorities()).allSatisfy(la -> assertThat(la.regionName()).isNotBlank());
  }

  @Test
  void findsAnAuthorityByOldOrGssCode() {
    assertThat(registry.find("301")).get().extracting(LocalAuthority::gssCode).isEqualTo("E09000002");
    assertThat(registry.find("E09000002")).get().extracting(LocalAuthority::oldCode).isEqualTo("301");
    assertThat(registry.find("999")).isEmpty();
  }

  @Test
  void sheffieldKeepsItsOldCodeAfterItsGssCodeChanged() {
    LocalAuthority sheffield = registry.byOldCode("373").orElseThrow();
    assertThat(sheffield.gssCode()).isNotEqualTo("E08000019");
    assertThat(registry.byGssCode("E08000019")).get().extracting(LocalAuthority::isLive).isEqualTo(false);
  }

  @Test
  void listsTenStatisticalNeighboursClosestFirst() {
    assertThat(registry.neighbours("301")).hasSize(10);
    assertThat(registry.neighbours("301").get(0).rank()).isEqualTo(1);
    assertThat(registry.neighbours("301").get(0).oldCode()).isEqualTo("308");
  }
}
