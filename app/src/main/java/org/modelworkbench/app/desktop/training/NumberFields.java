package org.modelworkbench.app.desktop.training;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.converter.DefaultStringConverter;

/**
 * The fields of the train dialog's numbers, tied to a {@link NumberInput} on every keystroke. A
 * plain {@code Spinner<Integer>} takes its editor's text only when it loses focus or on Enter: the
 * click on Train then first commits the field (and coerced "0" to 1, or failed on "abc"), so the
 * click was lost. Here the text is the value: the arrows step it, nothing is coerced, and the
 * field turns red while the input names a problem.
 */
final class NumberFields {
  private NumberFields() {}

  /** A spinner whose editor is the input's text, and whose arrows step it by {@code step}. */
  static Spinner<String> spinner(NumberInput input, double step) {
    Spinner<String> spinner = new Spinner<>();
    SpinnerValueFactory<String> steps = new SpinnerValueFactory<>() {
      @Override
      public void decrement(int count) {
        input.step(-count * step);
      }

      @Override
      public void increment(int count) {
        input.step(count * step);
      }
    };
    // Text in, the same text out: committing on focus loss never changes what was typed.
    steps.setConverter(new DefaultStringConverter());
    steps.setValue(input.textProperty().get());
    spinner.setValueFactory(steps);
    spinner.setEditable(true);
    TextField editor = spinner.getEditor();
    editor.setText(input.textProperty().get());
    editor.textProperty().addListener((obs, old, text) -> {
      if (!text.equals(input.textProperty().get())) {
        input.textProperty().set(text);
      }
    });
    // The form's own changes (an arrow, another model's default) show in the editor.
    input.textProperty().addListener((obs, old, text) -> {
      if (!text.equals(editor.getText())) {
        steps.setValue(text);
        editor.setText(text);
      }
    });
    markProblem(editor, input);
    // The spinner draws the border: it turns red with its editor's text.
    spinner.pseudoClassStateChanged(Styles.STATE_DANGER, !input.isValid());
    input.problemProperty().addListener((obs, old, problem) ->
        spinner.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null));
    return spinner;
  }

  /** A text field holding the input's text (a decimal, such as a learning rate). */
  static TextField field(NumberInput input) {
    TextField field = new TextField();
    field.textProperty().bindBidirectional(input.textProperty());
    markProblem(field, input);
    return field;
  }

  private static void markProblem(TextField field, NumberInput input) {
    field.pseudoClassStateChanged(Styles.STATE_DANGER, !input.isValid());
    input.problemProperty().addListener((obs, old, problem) ->
        field.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null));
  }
}
