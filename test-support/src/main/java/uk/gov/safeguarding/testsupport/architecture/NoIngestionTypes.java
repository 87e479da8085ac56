package uk.gov.safeguarding.testsupport.architecture;

import org.junit.jupiter.api.Test;

/** A service other than ingestion-service: it depends on none of ingestion-service's types. */
public interface NoIngestionTypes extends ServiceArchitecture {
  @Test
  default void nothingDependsOnIngestionTypes() {
    ArchitectureRules.noDependencyOnIngestion().check(classes());
  }
}
