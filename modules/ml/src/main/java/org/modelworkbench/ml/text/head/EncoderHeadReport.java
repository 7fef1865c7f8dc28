package org.modelworkbench.ml.text.head;

import java.util.List;
import org.modelworkbench.ml.text.tfidf.CandidateScore;

/**
 * What a fit did and measured, for the run's record.
 *
 * @param encoder the encoder's name
 * @param encoderIdentity the encoder's identity line ({@link EncoderReference#identity()})
 * @param trainingTexts training texts
 * @param textsEncoded distinct texts the encoder ran on (0 when all came from the cache)
 * @param textsCached distinct texts whose vectors came from the cache
 * @param encodeSeconds wall time of getting the vectors
 * @param headSeconds wall time of training the head
 * @param chosenC the linear head's regularisation strength (0 for an MLP)
 * @param candidates the linear head's cross-validation scores (empty for an MLP)
 * @param epochs the MLP head's best epoch (0 for a linear head)
 * @param validationLoss the MLP head's best validation loss (NaN when none or linear)
 */
public record EncoderHeadReport(String encoder, String encoderIdentity, int trainingTexts, int textsEncoded,
    int textsCached, double encodeSeconds, double headSeconds, double chosenC, List<CandidateScore> candidates,
    int epochs, double validationLoss) {
  /** Copies the list. */
  public EncoderHeadReport {
    candidates = List.copyOf(candidates);
  }
}
