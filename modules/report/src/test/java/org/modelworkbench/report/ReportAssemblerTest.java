package org.modelworkbench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.modelworkbench.model.EpochMetrics;

class ReportAssemblerTest {
  private final ReportAssembler assembler = new ReportAssembler(ZoneId.of("UTC"));

  @Test
  void titleAndGenerationTimeComeFirst() {
    ReportDocument doc = assembler.assemble(ReportFixtures.threeClasses());
    assertThat(doc.title()).isEqualTo("Plan model, run 42");
    assertThat(doc.generated()).isEqualTo("Generated 2025-03-14\u00A009:26\u00A0UTC");
    // What a reader came for first, the detail after it.
    assertThat(doc.sections()).extracting(Section::title)
        .containsExactly("Summary", "Test metrics", "Training", "Dataset", "Settings");
  }

  @Test
  void examplesComeAfterTheDatasetAndOnlyWhenThereAreAny() {
    assertThat(assembler.assemble(TextExamplesReportTest.withTexts()).sections()).extracting(Section::title)
        .containsExactly("Summary", "Test metrics", "Training", "Dataset", "Examples", "Settings");
    assertThat(assembler.assemble(ReportFixtures.threeClasses()).sections()).extracting(Section::id)
        .doesNotContain("examples");
  }

  @Test
  void aSmallConfusionMatrixComesBeforeThePerClassTableALargeOneAfterIt() {
    assertThat(subheadings(section(assembler.assemble(ReportFixtures.threeClasses()), "test")))
        .containsExactly("Confusion matrix", "Per-class metrics");
    assertThat(subheadings(section(assembler.assemble(ReportFixtures.manyClasses(9)), "test")))
        .containsExactly("Per-class metrics", "Confusion matrix");
  }

  @Test
  void theHeadlineNumbersAreShownOnceInTheSummary() {
    ReportDocument doc = assembler.assemble(ReportFixtures.threeClasses());
    assertThat(doc.sections()).filteredOn(s -> s.blocks().stream().anyMatch(Block.Tiles.class::isInstance))
        .extracting(Section::id).containsExactly("summary");
  }

  @Test
  void summaryNamesRunDatasetTargetTaskModelAndDevice() {
    List<Block.Fact> facts = facts(assembler.assemble(ReportFixtures.threeClasses()).sections().get(0));
    assertThat(facts).contains(
        new Block.Fact("Run", "#42"),
        new Block.Fact("Status", "Completed"),
        new Block.Fact("Dataset", "customer_plans \u00B7 version 3"),
        new Block.Fact("Target", "plan"),
        new Block.Fact("Task", "Classification"),
        new Block.Fact("Model kind", "MLP (multi-layer perceptron)"),
        new Block.Fact("Model kept", "customer_plans-mlp"),
        new Block.Fact("Device", "CPU (2 cores)"),
        new Block.Fact("Duration", "2 min 5 s"));
    Block.Tiles tiles = first(assembler.assemble(ReportFixtures.threeClasses()).sections().get(0), Block.Tiles.class);
    assertThat(tiles.tiles()).containsExactly(new Block.Fact("Accuracy", "88.6 %"),
        new Block.Fact("Macro-F1", "88.0 %"), new Block.Fact("ROC AUC", "0.9412"),
        new Block.Fact("Log-loss", "0.2871"));
  }

  @Test
  void settingsListEveryHyperparameterAndTheSeed() {
    ReportContent content = ReportFixtures.threeClasses();
    List<Block.Fact> facts = facts(section(assembler.assemble(content), "settings"));
    assertThat(facts).hasSizeGreaterThanOrEqualTo(content.run().hyperparameters().size());
    assertThat(facts).contains(new Block.Fact("Seed", "42"), new Block.Fact("Learning rate", "0.003"),
        new Block.Fact("Hidden layer widths", "[64, 32]"), new Block.Fact("Fine-tuned from", Formats.NONE),
        new Block.Fact("Used", "CPU"), new Block.Fact("DJL", "0.36.0"));
  }

  @Test
  void trainingReportsTheEpochWithTheLowestValidationLoss() {
    ReportContent content = ReportFixtures.threeClasses();
    EpochMetrics best = content.curve().stream()
        .min((a, b) -> Double.compare(a.validationLoss(), b.validationLoss())).orElseThrow();
    List<Block.Fact> facts = facts(section(assembler.assemble(content), "training"));
    assertThat(facts).contains(new Block.Fact("Best epoch", Integer.toString(best.epoch())),
        new Block.Fact("Epochs run", "24 of at most 100"));
    // The run has one duration, in the summary; the training section adds no second one.
    assertThat(facts).extracting(Block.Fact::label).doesNotContain("Training time", "Duration");
  }

  @Test
  void regressionErrorsAreSetAgainstTheTargetsAverage() {
    List<Block.Fact> facts = facts(section(assembler.assemble(ReportFixtures.regression()), "test"));
    assertThat(facts).contains(new Block.Fact("Average \u201Cprice\u201D in the dataset", "312,481"),
        new Block.Fact("MAE relative to the average", "4.9 %"));
  }

  @Test
  void missingMetricsAreExplainedInSummaryAndTestSection() {
    ReportDocument doc = assembler.assemble(ReportFixtures.cancelled());
    for (Section section : List.of(section(doc, "summary"), section(doc, "test"))) {
      Block.Paragraph notice = first(section, Block.Paragraph.class);
      assertThat(notice.tone()).isEqualTo(Block.Tone.NOTICE);
      assertThat(notice.text()).contains("cancelled");
    }
  }

  @Test
  void contentRequiresItsCoreAndTreatsNullListsAsEmpty() {
    ReportContent c = ReportFixtures.regression();
    ReportContent lenient = new ReportContent(c.title(), c.dataset(), null, c.run(), null, null, null,
        c.generatedAt());
    assertThat(lenient.classBalance()).isEmpty();
    assertThat(lenient.curve()).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> new ReportContent(null, c.dataset(), List.of(), c.run(),
        null, List.of(), null, c.generatedAt()));
    assertThatNullPointerException().isThrownBy(() -> new ReportContent("t", c.dataset(), List.of(), null,
        null, List.of(), null, c.generatedAt()));
  }

  private static List<String> subheadings(Section section) {
    return section.blocks().stream().filter(Block.Subheading.class::isInstance)
        .map(b -> ((Block.Subheading) b).text()).toList();
  }

  private static Section section(ReportDocument doc, String id) {
    return doc.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Block.Fact> facts(Section section) {
    return section.blocks().stream().filter(Block.Facts.class::isInstance).map(Block.Facts.class::cast)
        .flatMap(f -> f.facts().stream()).toList();
  }

  private static <T extends Block> T first(Section section, Class<T> type) {
    return Objects.requireNonNull(section.blocks().stream().filter(type::isInstance).map(type::cast)
        .findFirst().orElse(null));
  }
}
