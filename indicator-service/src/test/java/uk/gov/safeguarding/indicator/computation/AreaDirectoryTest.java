package uk.gov.safeguarding.indicator.computation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaDirectoryTest {
  private final AreaDirectory areas = AreaDirectory.standard();

  @Test
  void everyLiveLaHasStatisticalNeighboursThatAreLiveLas() {
    assertThat(areas.liveAuthorities()).hasSize(153);
    assertThat(areas.liveAuthorities()).allSatisfy(la -> {
      assertThat(areas.neighbours(la.gssCode())).as(la.name()).isNotEmpty();
      assertThat(areas.neighbours(la.gssCode())).allSatisfy(n -> assertThat(n.la().isLive()).isTrue());
    });
  }

  @Test
  void cumberlandInheritsCumbriasNeighbours() {
    var cumberland = areas.la("942").orElseThrow();
    assertThat(areas.neighbours(cumberland.gssCode())).isNotEmpty();
  }

  @Test
  void northAndWestNorthamptonshireInheritNorthamptonshiresNeighboursWithoutListingEachOtherTwice() {
    var west = areas.la("941").orElseThrow();
    var list = areas.neighbours(west.gssCode());
    assertThat(list).isNotEmpty();
    assertThat(list).extracting(n -> n.la().gssCode()).doesNotHaveDuplicates().doesNotContain(west.gssCode());
  }
}
