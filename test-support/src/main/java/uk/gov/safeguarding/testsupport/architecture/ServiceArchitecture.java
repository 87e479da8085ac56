package uk.gov.safeguarding.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's {@code ArchitectureTest}: it names its root package and implements the rule
 * interfaces that hold for it ({@link FeaturePackagesWithoutCycles},
 * {@link ResourcesWithoutDataAccess}, {@link NoIngestionTypes}), whose {@code @Test} methods
 * JUnit runs on it. Its own rules use {@link #classes()}.
 */
public interface ServiceArchitecture {
  /** e.g. {@code uk.gov.safeguarding.publication}. */
  String rootPackage();

  /** The service's main classes (not its tests), imported once per run. */
  default JavaClasses classes() {
    return Imported.CLASSES.computeIfAbsent(
        rootPackage(), p -> new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(p));
  }

  /** The imports shared by the test instances of one run (JUnit makes one per test method). */
  final class Imported {
    static final Map<String, JavaClasses> CLASSES = new ConcurrentHashMap<>();

    private Imported() {}
  }
}
