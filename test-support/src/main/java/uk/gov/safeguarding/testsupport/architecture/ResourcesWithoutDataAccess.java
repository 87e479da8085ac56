package uk.gov.safeguarding.testsupport.architecture;

import org.junit.jupiter.api.Test;

/** The service's resources only translate HTTP: see {@link ArchitectureRules#resourcesDoNotReachDataAccess()}. */
public interface ResourcesWithoutDataAccess extends ServiceArchitecture {
  @Test
  default void resourcesDoNotReachDataAccess() {
    ArchitectureRules.resourcesDoNotReachDataAccess().check(classes());
  }
}
