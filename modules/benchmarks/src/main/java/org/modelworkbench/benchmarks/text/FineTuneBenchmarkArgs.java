package org.modelworkbench.benchmarks.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of {@link FineTuneBenchmark}, from {@code --name value} pairs.
 *
 * @param corpora the corpora to run (reviews, debian)
 * @param train training rows per corpus
 * @param test test rows per corpus
 * @param epochs fine-tuning epochs
 * @param bases the text encoders to fine-tune (none for the TF-IDF route alone)
 * @param work the work folder
 * @param seed the corpus and split seed
 * @param trainOptions extra options passed to every fine-tuning {@code train} (batch size, max
 *     tokens, threads)
 * @param javaOptions extra JVM options for every command-line call
 */
record FineTuneBenchmarkArgs(List<String> corpora, int train, int test, int epochs, List<String> bases, Path work,
    long seed, List<String> trainOptions, List<String> javaOptions) {
  static final String USAGE = "run-text-finetune-benchmark.sh [--corpora reviews,debian] [--train 4000]"
      + " [--test 1000] [--epochs 2] [--bases bge-small-en-v1.5,all-minilm-l6-v2|none] [--work DIR] [--seed 1000]"
      + " [--batch-size N] [--max-tokens N] [--threads N] [--java-opts '-Xmx2g ...']";

  /** Parses the arguments; unknown names are refused with the usage line. */
  static FineTuneBenchmarkArgs parse(String[] args) {
    Map<String, String> named = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --name value pairs. Usage: " + USAGE);
      }
      named.put(args[i].substring(2), args[++i]);
    }
    List<String> known = List.of("corpora", "train", "test", "epochs", "bases", "work", "seed", "batch-size",
        "max-tokens", "threads", "java-opts");
    for (String name : named.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown option --" + name + ". Usage: " + USAGE);
      }
    }
    List<String> trainOptions = new ArrayList<>();
    for (String pass : List.of("batch-size", "max-tokens", "threads")) {
      if (named.containsKey(pass)) {
        trainOptions.add("--" + pass);
        trainOptions.add(named.get(pass));
      }
    }
    String bases = named.getOrDefault("bases", "bge-small-en-v1.5");
    String javaOpts = named.getOrDefault("java-opts", "").trim();
    return new FineTuneBenchmarkArgs(List.of(named.getOrDefault("corpora", "reviews,debian").split(",")),
        Integer.parseInt(named.getOrDefault("train", "4000")), Integer.parseInt(named.getOrDefault("test", "1000")),
        Integer.parseInt(named.getOrDefault("epochs", "2")),
        "none".equals(bases) ? List.of() : List.of(bases.split(",")),
        Path.of(named.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/wb-finetune-bench")),
        Long.parseLong(named.getOrDefault("seed", "1000")), trainOptions,
        javaOpts.isEmpty() ? List.of() : List.of(javaOpts.split("\\s+")));
  }
}
