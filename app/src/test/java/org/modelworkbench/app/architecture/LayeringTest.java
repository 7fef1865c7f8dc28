package org.modelworkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point one way: app → services → (data, ml, store, report) → (model, imaging). The
 * window and the command line never touch JDBC or DJL, and the domain never touches a toolkit.
 * Picture decoding (imaging) sits beside the domain, so data, ml and report share it without
 * depending on each other.
 */
@AnalyzeClasses(packages = "org.modelworkbench",
    importOptions = {ImportOption.DoNotIncludeTests.class, LayeringTest.DoNotIncludeTestJars.class})
class LayeringTest {
  @ArchTest
  static final ArchRule appUsesOnlyServicesAndModel = noClasses()
      .that().resideInAPackage("org.modelworkbench.app..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.modelworkbench.store..", "org.modelworkbench.data..", "org.modelworkbench.ml..",
          "org.modelworkbench.report..", "org.modelworkbench.imaging..", "java.sql..", "javax.sql..", "ai.djl..",
          "org.h2..", "org.flywaydb..");

  @ArchTest
  static final ArchRule modelDependsOnTheJdkOnly = noClasses()
      .that().resideInAPackage("org.modelworkbench.model..")
      .should().dependOnClassesThat().resideOutsideOfPackages("org.modelworkbench.model..", "java..");

  @ArchTest
  static final ArchRule imagingDependsOnTheJdkAndItsDecodersOnly = noClasses()
      .that().resideInAPackage("org.modelworkbench.imaging..")
      .should().dependOnClassesThat().resideOutsideOfPackages("org.modelworkbench.imaging..", "java..",
          "javax.imageio..", "com.twelvemonkeys..");

  @ArchTest
  static final ArchRule servicesKnowNoShell = noClasses()
      .that().resideInAPackage("org.modelworkbench.services..")
      .should().dependOnClassesThat().resideInAnyPackage("org.modelworkbench.app..", "javafx..",
          "picocli..", "java.sql..", "ai.djl..");

  @ArchTest
  static final ArchRule lowerModulesKnowNoUpperOnes = noClasses()
      .that().resideInAnyPackage("org.modelworkbench.store..", "org.modelworkbench.data..",
          "org.modelworkbench.ml..", "org.modelworkbench.report..", "org.modelworkbench.model..",
          "org.modelworkbench.imaging..")
      .should().dependOnClassesThat().resideInAnyPackage("org.modelworkbench.services..",
          "org.modelworkbench.app..", "javafx..");

  @ArchTest
  static final ArchRule concernModulesAreIndependent = noClasses()
      .that().resideInAnyPackage("org.modelworkbench.data..", "org.modelworkbench.report..",
          "org.modelworkbench.ml..")
      .should().dependOnClassesThat().resideInAnyPackage("org.modelworkbench.store..");

  @ArchTest
  static final ArchRule onlyTheStoreTouchesJdbc = noClasses()
      .that().resideOutsideOfPackage("org.modelworkbench.store..")
      .and().resideInAPackage("org.modelworkbench..")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

  @ArchTest
  static final ArchRule onlyMlTouchesDjl = noClasses()
      .that().resideOutsideOfPackage("org.modelworkbench.ml..")
      .and().resideInAPackage("org.modelworkbench..")
      .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "org.tensorflow..");

  /** Leaves out the other modules' test jars (test helpers shared between modules), which DoNotIncludeTests misses. */
  static final class DoNotIncludeTestJars implements ImportOption {
    @Override
    public boolean includes(com.tngtech.archunit.core.importer.Location location) {
      return !location.contains("-tests.jar");
    }
  }
}
