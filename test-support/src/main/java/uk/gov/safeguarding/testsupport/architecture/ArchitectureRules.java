package uk.gov.safeguarding.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The layering rules every service checks in its {@code ArchitectureTest}, written once. They
 * decide by type, not by a class's own name alone, so a nested helper of a resource or a
 * repository under another name is still seen; {@code ArchitectureRulesTest} shows each rule
 * failing on a small bad fixture.
 */
public final class ArchitectureRules {
  /** Types whose use means "this class talks to the database": JPA, Hibernate, Panache, JDBC, Agroal. */
  private static final Set<String> SQL_TYPES =
      Set.of(
          "jakarta.persistence.EntityManager",
          "jakarta.persistence.EntityManagerFactory",
          "jakarta.persistence.Query",
          "jakarta.persistence.TypedQuery",
          "jakarta.persistence.StoredProcedureQuery",
          "org.hibernate.Session",
          "org.hibernate.StatelessSession",
          "org.hibernate.SessionFactory");

  private static final List<String> SQL_PACKAGES =
      List.of("java.sql.", "javax.sql.", "io.agroal.", "io.quarkus.hibernate.orm.panache.", "io.quarkus.hibernate.reactive.panache.");

  /** HTTP resources: annotated {@code @Path}, with a JAX-RS method, or nested (at any depth) in such a class. */
  public static final DescribedPredicate<JavaClass> RESOURCES =
      DescribedPredicate.describe("HTTP resources (@Path, JAX-RS methods, and the classes nested in them)", ArchitectureRules::isOrIsInsideResource);

  /**
   * What only a service may use: Panache repositories (any name), classes named or annotated as
   * repositories (a nested {@code Foo.Repository} too), any class that itself runs SQL (through an
   * {@code EntityManager}, a Hibernate session, JDBC or an Agroal data source), the types nested
   * in any of these (a repository's row record is part of the repository), and those APIs.
   */
  public static final DataAccess DATA_ACCESS = new DataAccess();

  private ArchitectureRules() {}

  /** The feature packages below {@code rootPackage} ({@code rootPackage.(*)..}) depend on each other one way only. */
  public static ArchRule featurePackagesAreFreeOfCycles(String rootPackage) {
    return slices().matching(rootPackage + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
  }

  /** Resources translate HTTP and call services; they never reach the database layer themselves. */
  public static ArchRule resourcesDoNotReachDataAccess() {
    return noClasses().that(RESOURCES).should().dependOnClassesThat(DATA_ACCESS).because("resources only translate HTTP: data access goes through a service");
  }

  /** Nothing outside ingestion-service sees its (child-level) types. */
  public static ArchRule noDependencyOnIngestion() {
    return noClasses().should().dependOnClassesThat().resideInAPackage("uk.gov.safeguarding.ingestion..").because("child-level types never leave ingestion-service");
  }

  static boolean isOrIsInsideResource(JavaClass c) {
    return selfOrEnclosing(c, ArchitectureRules::isResource);
  }

  /** True when {@code c} or a class it is nested in (at any depth) matches. */
  static boolean selfOrEnclosing(JavaClass c, Predicate<JavaClass> test) {
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      if (test.test(k.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isResource(JavaClass c) {
    return c.isAnnotatedWith("jakarta.ws.rs.Path")
        || c.getSimpleName().endsWith("Resource")
        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("jakarta.ws.rs.Path") || m.isMetaAnnotatedWith("jakarta.ws.rs.HttpMethod"));
  }

  /** The {@link #DATA_ACCESS} predicate; {@link #runsSql} is the part that looks into a class's own code. */
  public static final class DataAccess extends DescribedPredicate<JavaClass> {
    DataAccess() {
      super("data access (Panache repositories, classes named or annotated *Repository, classes that run SQL, and the SQL APIs)");
    }

    @Override
    public boolean test(JavaClass c) {
      return selfOrEnclosing(c, DataAccess::isDataAccessItself);
    }

    private static boolean isDataAccessItself(JavaClass c) {
      return isSqlApi(c)
          || c.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
          || c.getSimpleName().endsWith("Repository")
          || c.getAnnotations().stream().anyMatch(a -> a.getRawType().getSimpleName().endsWith("Repository"))
          || runsSql(c);
    }

    /** True when the class's own code uses a SQL API (not counting what it reaches through other classes). */
    public static boolean runsSql(JavaClass c) {
      return c.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass).anyMatch(ArchitectureRules::isSqlApi);
    }
  }

  static boolean isSqlApi(JavaClass c) {
    JavaClass base = c.isArray() ? c.getBaseComponentType() : c;
    String name = base.getName();
    return SQL_TYPES.contains(name) || SQL_PACKAGES.stream().anyMatch(name::startsWith);
  }
}
