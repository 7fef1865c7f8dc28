package org.modelworkbench.services.training;

/**
 * The column a shell proposes as the target of a new run, and why, in one plain line for the
 * analyst (for example "Suggested: named like a label, 3 values").
 *
 * @param column the column's exact name, or null when the dataset has no columns
 * @param reason why this column, in plain words
 * @param fromRun whether it is the target of an earlier run on the dataset (not a guess)
 */
public record TargetProposal(String column, String reason, boolean fromRun) {}
