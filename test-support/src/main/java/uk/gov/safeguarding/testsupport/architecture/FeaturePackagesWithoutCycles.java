package uk.gov.safeguarding.testsupport.architecture;

import org.junit.jupiter.api.Test;

/** The service's feature packages depend on each other one way only. */
public interface FeaturePackagesWithoutCycles extends ServiceArchitecture {
  @Test
  default void featurePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles(rootPackage()).check(classes());
  }
}
