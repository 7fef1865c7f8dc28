package org.modelworkbench.app.desktop.training;

/**
 * What each training setting means, in plain words for analysts who know their data but not the
 * vocabulary of machine learning; shown as the tooltip of the setting's label and field.
 */
final class SettingHelp {
  static final String TARGET = "The column the model learns to predict, for example whether a loan was repaid."
      + " The other columns, except those left out, are the clues it learns from.";
  static final String TASK = "Classification predicts a category (yes or no, a product, a ticket type);"
      + " regression predicts an amount (a price, a duration). \"Decide from the target\" picks classification"
      + " for text or a few distinct values, and regression for numbers with many values.";
  static final String MODEL = "The kind of model to train. A neural network (MLP) finds complex patterns in a"
      + " table; a linear model is simpler, faster and easier to explain. For text, TF-IDF + linear is a fast"
      + " baseline that counts words; a language model understands the wording better but trains much slower.";
  static final String BASE = "Start from a model that has already learned something (fine-tuning), so it needs"
      + " less data and time. \"None\" trains a new model from nothing.";
  static final String EPOCHS = "An epoch is one pass of the model over all training rows. More epochs give it"
      + " more chances to learn, and take longer. This is the most it will do: training stops early when the"
      + " score on the validation rows has not improved for a few epochs (early stopping), and keeps the best"
      + " epoch's model.";
  static final String BATCH_SIZE = "How many rows the model looks at before each small correction of itself."
      + " Larger batches make each epoch faster but learn in fewer, coarser steps; smaller batches learn in"
      + " more, noisier steps. The default is a good start.";
  static final String LEARNING_RATE = "How big a correction the model makes after each batch. Too high and it"
      + " overshoots and never settles (the curve jumps about); too low and it learns very slowly. The default"
      + " suits the chosen model; if the curve jumps about, try a value 3 to 10 times smaller.";
  static final String SEED = "A number that fixes the random choices: how rows are split into training,"
      + " validation and test, their order, and the model's starting point. The same seed on the same data and"
      + " settings gives the same numbers, so a run can be repeated and two runs compared fairly.";
  static final String DEVICE = "Where the computing happens: the processor (CPU) or a graphics card (GPU),"
      + " which is much faster for pictures and language models. Auto uses a graphics card when one is found,"
      + " else the processor.";
  static final String THREADS = "How many processor cores the model may use at once. 0 uses the measured"
      + " default: on small machines one is often fastest, because more get in each other's way.";
  static final String LEAVE_OUT = "Columns the model must not use as clues: IDs, or columns known only after the"
      + " outcome, which would make the model look better than it will be on new rows.";
  static final String FREEZE_EPOCHS = "When fine-tuning: the first epochs train only the model's new last"
      + " layer, so it fits your classes before the whole network learns at a tenth of the rate. This protects"
      + " what the model already knows.";
  static final String AUGMENT = "Shows the model slightly flipped and shifted copies of the training pictures, so"
      + " it learns what matters rather than exact positions. Leave it off where a flip changes the meaning,"
      + " as with digits or written text.";
  static final String STRATEGY = "New head: keep the model as it is and train only a small new part on its"
      + " outputs (fast, needs less data and memory). Whole model: adjust all of it to your data (usually"
      + " better, slower).";
  static final String MAX_TOKENS = "A token is a word or a piece of a word. Longer texts are cut to this many"
      + " tokens before the model reads them: more reads more of each text but trains slower. The model reads"
      + " at most its own limit (512 for the built-in ones).";
  static final String HEAD = "The small part trained on the frozen language model's output: linear (a logistic"
      + " regression: fast and steady) or a small neural network (can find more, but may over-fit a few"
      + " hundred rows).";
  static final String SIGNATURE = "The part of the TensorFlow model whose output the new head learns from. The"
      + " default takes its \"features\" output, else its main one.";
  static final String NOT_ITERATIVE = "TF-IDF fits once, so epochs, batch size and learning rate do not apply.";

  private SettingHelp() {}
}
