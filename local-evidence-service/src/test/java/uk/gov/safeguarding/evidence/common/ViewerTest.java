package uk.gov.safeguarding.evidence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewerTest {
  private static final String LONDON = "E12000007";
  // Barking and Dagenham (301) lists Luton (821) among its statistical neighbours.
  private final Viewer barnet = Viewers.of(Optional.of("302"), false);
  private final Viewer luton = Viewers.of(Optional.of("821"), false);
  private final Viewer bathNes = Viewers.of(Optional.of("800"), false);
  private final Viewer dfe = Viewers.of(Optional.empty(), true);
  private final Viewer owner = Viewers.of(Optional.of("301"), false);

  @Test
  void theOwnerSeesEverythingIncludingDrafts() {
    for (Visibility v : Visibility.values()) {
      assertThat(owner.canSee("301", LONDON, v, true)).isTrue();
    }
  }

  @Test
  void nobodyElseSeesADraft() {
    for (Viewer other : new Viewer[] {barnet, luton, bathNes, dfe}) {
      assertThat(other.canSee("301", LONDON, Visibility.PUBLIC, true)).isFalse();
    }
  }

  @ParameterizedTest(name = "{0} sees a published {1} item of 301: {2}")
  @CsvSource({
    // region reaches the region's other LAs only
    "barnet, REGION, true",
    "luton, REGION, false",
    "dfe, REGION, false",
    // statistical neighbours reach the owner's neighbour group only
    "luton, STATISTICAL_NEIGHBOURS, true",
    "barnet, STATISTICAL_NEIGHBOURS, false",
    "dfe, STATISTICAL_NEIGHBOURS, false",
    // national reaches national bodies only, public reaches everyone, private nobody but the owner
    "dfe, NATIONAL, true",
    "barnet, NATIONAL, false",
    "bathNes, PUBLIC, true",
    "bathNes, PRIVATE, false",
    "dfe, PRIVATE, false",
  })
  void aPublishedItemReachesWhomItsVisibilityNames(String viewer, Visibility visibility, boolean sees) {
    Viewer who = Map.of("barnet", barnet, "luton", luton, "bathNes", bathNes, "dfe", dfe).get(viewer);

    assertThat(who.canSee("301", LONDON, visibility, false)).isEqualTo(sees);
  }

  @Test
  void lutonIsAStatisticalNeighbourOfTheOwner() {
    assertThat(luton.neighbourOf()).contains("301");
  }

  @Test
  void periodsAreFinancialYears() {
    assertThat(List.of("2025-26", "1999-00")).allMatch(Periods::isValid);
    assertThat(Arrays.asList("2025-27", "2025/26", null)).noneMatch(Periods::isValid);
    // the pattern's own range: start years 1900-2099 only, though any year has a label
    assertThat(List.of("1900-01", "2099-00")).allMatch(Periods::isValid);
    assertThat(List.of("1899-00", "2100-01")).noneMatch(Periods::isValid);
  }
}
