package uk.gov.safeguarding.evidence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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

  @Test
  void regionReachesTheRegionsOtherLasOnly() {
    assertThat(barnet.canSee("301", LONDON, Visibility.REGION, false)).isTrue();
    assertThat(luton.canSee("301", LONDON, Visibility.REGION, false)).isFalse();
    assertThat(dfe.canSee("301", LONDON, Visibility.REGION, false)).isFalse();
  }

  @Test
  void statisticalNeighboursReachTheOwnersNeighbourGroupOnly() {
    assertThat(luton.neighbourOf()).contains("301");
    assertThat(luton.canSee("301", LONDON, Visibility.STATISTICAL_NEIGHBOURS, false)).isTrue();
    assertThat(barnet.canSee("301", LONDON, Visibility.STATISTICAL_NEIGHBOURS, false)).isFalse();
    assertThat(dfe.canSee("301", LONDON, Visibility.STATISTICAL_NEIGHBOURS, false)).isFalse();
  }

  @Test
  void nationalReachesNationalBodiesOnlyAndPublicReachesEveryone() {
    assertThat(dfe.canSee("301", LONDON, Visibility.NATIONAL, false)).isTrue();
    assertThat(barnet.canSee("301", LONDON, Visibility.NATIONAL, false)).isFalse();
    assertThat(bathNes.canSee("301", LONDON, Visibility.PUBLIC, false)).isTrue();
    assertThat(bathNes.canSee("301", LONDON, Visibility.PRIVATE, false)).isFalse();
    assertThat(dfe.canSee("301", LONDON, Visibility.PRIVATE, false)).isFalse();
  }

  @Test
  void periodsAreFinancialYears() {
    assertThat(Periods.isValid("2025-26")).isTrue();
    assertThat(Periods.isValid("1999-00")).isTrue();
    assertThat(Periods.isValid("2025-27")).isFalse();
    assertThat(Periods.isValid("2025/26")).isFalse();
    assertThat(Periods.isValid(null)).isFalse();
    // the pattern's own range: start years 1900-2099 only, though any year has a label
    assertThat(Periods.isValid("1899-00")).isFalse();
    assertThat(Periods.isValid("2100-01")).isFalse();
    assertThat(Periods.isValid("2099-00")).isTrue();
    assertThat(Periods.isValid("1900-01")).isTrue();
  }
}
