/**
 * The data-quality check run before training: missing values, constant and ID-like columns, mixed
 * types, outliers and duplicate rows of a dataset; class balance, missing labels, conflicting
 * labels and target leakage for a chosen target; and rows shared by the train and test parts of a
 * split. Each finding carries a severity and a plain-language explanation for the analyst.
 *
 * <p>{@link org.modelworkbench.data.quality.QualityChecker} is the entry point; the other classes
 * each compute one kind of finding. Everything is cheap enough for a million rows: rows and values
 * are compared by 64-bit hashes rather than by keeping their text, and target checks that only
 * need an estimate work on a fixed-seed sample of large tables and say so in their message.
 */
package org.modelworkbench.data.quality;
