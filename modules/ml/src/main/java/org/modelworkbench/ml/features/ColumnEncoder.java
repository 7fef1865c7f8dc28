package org.modelworkbench.ml.features;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** The fitted encoding of one feature column into one or more network inputs. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "encoding")
@JsonSubTypes({
  @JsonSubTypes.Type(value = NumericEncoder.class, name = "numeric"),
  @JsonSubTypes.Type(value = FlagEncoder.class, name = "boolean"),
  @JsonSubTypes.Type(value = CategoricalEncoder.class, name = "categorical")
})
sealed interface ColumnEncoder permits NumericEncoder, FlagEncoder, CategoricalEncoder {
  /** The source column's name. */
  String column();

  /** Number of inputs this column becomes. */
  @JsonIgnore
  int width();

  /** A readable name per input, for example {@code island=Biscoe}. */
  @JsonIgnore
  List<String> outputNames();

  /**
   * Writes the encoding of one cell.
   *
   * @param value the cell, of any type (null when missing)
   * @param out the row being filled
   * @param offset where this column's inputs start in {@code out}
   */
  void encode(Object value, float[] out, int offset);
}
