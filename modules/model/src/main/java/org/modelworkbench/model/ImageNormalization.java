package org.modelworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How an image's pixels become a network's input values. Pixels are always scaled from 0…255 to
 * 0…1; unless this is {@link #NONE}, each channel is then shifted and scaled, {@code (value -
 * mean[c]) / std[c]}, the way the network was trained. Networks trained on ImageNet (torchvision's
 * {@code resnet18}, for example) expect {@link #IMAGENET}.
 *
 * @param mean per-channel means on the 0…1 scale: none, one for every channel, or one per channel
 *     (red, green, blue)
 * @param std per-channel standard deviations, as many as {@code mean}, each above 0
 */
public record ImageNormalization(List<Double> mean, List<Double> std) {
  /** Pixels scaled to 0…1 and nothing more. */
  public static final ImageNormalization NONE = new ImageNormalization(List.of(), List.of());
  /** The ImageNet channel means and standard deviations (red, green, blue) that torchvision uses. */
  public static final ImageNormalization IMAGENET = new ImageNormalization(List.of(0.485, 0.456, 0.406),
      List.of(0.229, 0.224, 0.225));

  private static final String SYNTAX = "use none, imagenet, or MEAN/STD with one value or three "
      + "comma-separated values (red, green, blue) on the 0..1 scale each, for example 0.5/0.25 or "
      + "0.485,0.456,0.406/0.229,0.224,0.225";

  /**
   * Checks the values.
   *
   * @throws WorkbenchException when the lists differ in length, hold other than 0, 1 or 3 values,
   *     or a deviation is not above 0
   */
  public ImageNormalization {
    mean = mean == null ? List.of() : List.copyOf(mean);
    std = std == null ? List.of() : List.copyOf(std);
    if (mean.size() != std.size() || mean.size() == 2 || mean.size() > 3) {
      throw new WorkbenchException("An image normalisation needs as many standard deviations as means, one or "
          + "three of each; " + SYNTAX + ".");
    }
    for (int i = 0; i < std.size(); i++) {
      if (!(std.get(i) > 0) || !Double.isFinite(std.get(i)) || !Double.isFinite(mean.get(i))) {
        throw new WorkbenchException("An image normalisation needs finite means and standard deviations above 0.");
      }
    }
  }

  /**
   * Reads the text form: {@code none} (or nothing), {@code imagenet}, or {@code MEAN/STD} where
   * each side is one value or three comma-separated values.
   *
   * @throws WorkbenchException in one plain sentence when the text is none of these
   */
  public static ImageNormalization parse(String text) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("none")) {
      return NONE;
    }
    String value = text.strip();
    if (value.equalsIgnoreCase("imagenet")) {
      return IMAGENET;
    }
    String[] sides = value.split("/", -1);
    if (sides.length != 2) {
      throw new WorkbenchException("The normalisation '" + value + "' is not understood; " + SYNTAX + ".");
    }
    return new ImageNormalization(numbers(sides[0], value), numbers(sides[1], value));
  }

  private static List<Double> numbers(String side, String whole) {
    List<Double> out = new ArrayList<>();
    for (String part : side.split(",", -1)) {
      try {
        out.add(Double.parseDouble(part.strip()));
      } catch (NumberFormatException e) {
        throw new WorkbenchException("The normalisation '" + whole + "' is not understood; " + SYNTAX + ".", e);
      }
    }
    return out;
  }

  /** Whether pixels are only scaled to 0…1. */
  public boolean isNone() {
    return mean.isEmpty();
  }

  /** The text form {@link #parse} reads: {@code none}, {@code imagenet} or {@code MEAN/STD}. */
  public String text() {
    if (isNone()) {
      return "none";
    }
    if (equals(IMAGENET)) {
      return "imagenet";
    }
    return join(mean) + "/" + join(std);
  }

  /** In words, for people: "scaled to 0..1", "ImageNet mean/std" or "mean 0.5, std 0.25". */
  public String describe() {
    if (isNone()) {
      return "scaled to 0..1";
    }
    if (equals(IMAGENET)) {
      return "scaled to 0..1, then ImageNet mean/std per channel";
    }
    return "scaled to 0..1, then mean " + join(mean) + ", std " + join(std) + " per channel";
  }

  /**
   * Checks that the normalisation fits a network input with this many channels.
   *
   * @throws WorkbenchException when three values are given for grey images
   */
  public void requireChannels(long channels) {
    if (mean.size() == 3 && channels != 3) {
      throw new WorkbenchException("The normalisation " + text() + " has three channel values (red, green, blue), "
          + "but the model takes " + channels + "-channel images; give one mean and one standard deviation, for "
          + "example 0.5/0.25.");
    }
  }

  /**
   * Normalises one image in place.
   *
   * @param chw the image's values on the 0…1 scale, channels first
   * @param channels its number of channels
   */
  public void apply(float[] chw, int channels) {
    if (isNone()) {
      return;
    }
    requireChannels(channels);
    int plane = chw.length / channels;
    for (int c = 0; c < channels; c++) {
      float m = (float) (double) mean.get(mean.size() == 1 ? 0 : c);
      float s = (float) (double) std.get(std.size() == 1 ? 0 : c);
      for (int i = c * plane; i < (c + 1) * plane; i++) {
        chw[i] = (chw[i] - m) / s;
      }
    }
  }

  private static String join(List<Double> values) {
    List<String> parts = new ArrayList<>();
    for (double v : values) {
      parts.add(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%.1f", v)
          : Double.toString(v));
    }
    return String.join(",", parts);
  }
}
