package org.modelworkbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Examples of the model's answers on test rows: a grid of pictures it got wrong, or for text a few
 * texts per class it got right and wrong. They are detail, so the report shows them after the test
 * metrics, the training curves and the dataset; a run without examples has no such section.
 */
final class ExamplesSection {
  /** The most characters of an example text a report shows. */
  static final int SNIPPET_CHARACTERS = 220;

  private ExamplesSection() {}

  /** Builds the section, or empty when the run has no examples to show. */
  static Optional<Section> build(ReportContent content) {
    List<Block> blocks = new ArrayList<>();
    blocks.addAll(mistakes(content.misclassified()));
    blocks.addAll(textExamples(content.textExamples()));
    return blocks.isEmpty() ? Optional.empty()
        : Optional.of(new Section("examples", "Examples", blocks));
  }

  /** A grid of a few test pictures the model got wrong, when the dataset holds pictures. */
  private static List<Block> mistakes(List<Thumbnail> thumbnails) {
    if (thumbnails.isEmpty()) {
      return List.of();
    }
    int width = MistakesGrid.width(thumbnails.size());
    int height = MistakesGrid.height(thumbnails.size());
    return List.of(
        new Block.Subheading("Pictures the model got wrong"),
        new Block.Paragraph("A few test pictures with their true class (\u201Cis\u201D) and the class the "
            + "model gave them (\u201Cseen as\u201D). Mistakes that a person would make too are less worrying "
            + "than ones on clear pictures.", Block.Tone.MUTED),
        new Block.Chart(MistakesGrid.render(thumbnails), width, height,
            "Grid of " + thumbnails.size() + " misclassified test pictures"));
  }

  /**
   * A few test texts per class, right and wrong, each cut to one line of at most
   * {@value #SNIPPET_CHARACTERS} characters, so a manager sees what the model reads well and what it
   * confuses.
   */
  private static List<Block> textExamples(List<TextExample> examples) {
    if (examples.isEmpty()) {
      return List.of();
    }
    List<List<String>> rows = new ArrayList<>();
    for (TextExample example : examples) {
      rows.add(List.of(example.actual(), example.correct() ? "right" : "wrong: " + example.predicted(),
          Formats.percent(example.probability()), example.text().isBlank() ? "(no text)"
              : Snippets.cut(example.text(), SNIPPET_CHARACTERS)));
    }
    return List.of(
        new Block.Subheading("Examples per class"),
        new Block.Paragraph("A few test texts of each class: first ones the model got right, then ones it got "
            + "wrong, the most confident first, with the probability it gave its answer. Long texts are cut "
            + "with “…”.", Block.Tone.MUTED),
        new Block.Table(List.of(
            new Block.Column("Class", false),
            new Block.Column("Model", false),
            new Block.Column("Probability", true),
            new Block.Column("Text", false, true)), rows, true));
  }
}
