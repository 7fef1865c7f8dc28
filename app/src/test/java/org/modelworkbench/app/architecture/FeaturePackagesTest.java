package org.modelworkbench.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Inside a module, feature packages use each other one way. In {@code services}: datasets and
 * catalog at the bottom, then library, then scoring, then training and reports, with the
 * {@code Workbench} facade above them all; scoring never uses training. In {@code ml}: engine, then
 * the shared epoch loop (training), then one package per kind of model. In {@code store}: the
 * repositories at the top, over columnar, browse and sql.
 */
@AnalyzeClasses(packages = "org.modelworkbench",
    importOptions = {ImportOption.DoNotIncludeTests.class, LayeringTest.DoNotIncludeTestJars.class})
class FeaturePackagesTest {
  private static final String SERVICES = "org.modelworkbench.services";
  private static final String ML = "org.modelworkbench.ml";
  private static final String STORE = "org.modelworkbench.store";

  @ArchTest
  static final ArchRule servicesFeaturesPointOneWay = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Facade").definedBy(SERVICES)
      .layer("Training").definedBy(SERVICES + ".training..")
      .layer("Reports").definedBy(SERVICES + ".reports..")
      .layer("Scoring").definedBy(SERVICES + ".scoring..")
      .layer("Library").definedBy(SERVICES + ".library..")
      .layer("Datasets").definedBy(SERVICES + ".datasets..")
      .layer("Catalog").definedBy(SERVICES + ".catalog..")
      .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
      .whereLayer("Training").mayOnlyBeAccessedByLayers("Facade")
      .whereLayer("Reports").mayOnlyBeAccessedByLayers("Facade")
      .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Facade", "Training", "Reports")
      .whereLayer("Library").mayOnlyBeAccessedByLayers("Facade", "Training", "Reports", "Scoring")
      .whereLayer("Datasets").mayOnlyBeAccessedByLayers("Facade", "Training", "Reports", "Scoring", "Library")
      .whereLayer("Catalog").mayOnlyBeAccessedByLayers("Facade", "Training", "Reports", "Scoring", "Library");

  @ArchTest
  static final ArchRule scoringNeverUsesTraining = noClasses()
      .that().resideInAPackage(SERVICES + ".scoring..")
      .should().dependOnClassesThat().resideInAPackage(SERVICES + ".training..");

  @ArchTest
  static final ArchRule mlFeaturesPointOneWay = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Models").definedBy(ML + ".tabular..", ML + ".image..", ML + ".tensorflow..", ML + ".library..")
      .layer("TorchScript").definedBy(ML + ".torchscript..")
      .layer("Training").definedBy(ML + ".training..")
      .layer("Engine").definedBy(ML + ".engine..")
      .whereLayer("Models").mayNotBeAccessedByAnyLayer()
      .whereLayer("TorchScript").mayOnlyBeAccessedByLayers("Models")
      .whereLayer("Training").mayOnlyBeAccessedByLayers("Models")
      .whereLayer("Engine").mayOnlyBeAccessedByLayers("Models", "TorchScript", "Training");

  @ArchTest
  static final ArchRule mlModelPackagesAreFreeOfCycles = slices().matching(ML + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule storeSubPackagesNeverUseTheRepositories = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("Repositories").definedBy(STORE)
      .layer("Parts").definedBy(STORE + ".columnar..", STORE + ".browse..", STORE + ".sql..", STORE + ".json..")
      .whereLayer("Repositories").mayNotBeAccessedByAnyLayer();

  @ArchTest
  static final ArchRule storePartsAreFreeOfCycles = slices().matching(STORE + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule servicesFeaturesAreFreeOfCycles =
      slices().matching(SERVICES + ".(*)..").should().beFreeOfCycles();
}
