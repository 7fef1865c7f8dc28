package org.modelworkbench.ml.torchscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PickleTest {
  /** {@code Net(training=True, sub=Sub(training=True), flag=True)}, the key memoised as torch does. */
  private static byte[] module() {
    byte[] memo = {'q', 1};
    byte[] get = {'h', 1};
    return new Pickle.Writer().proto().global("__torch__", "Net").emptyTuple().newObj().emptyDict().mark()
        .string("training").raw(memo).bool(true)
        .string("sub").global("__torch__.x", "Sub").emptyTuple().newObj().emptyDict().mark()
        .raw(get).bool(true).setItems().build()
        .string("flag").bool(true)
        .setItems().build().stop().toByteArray();
  }

  @Test
  void readsTheClassAndTurnsEveryTrainingFlagOff() {
    Pickle.Pickled read = Pickle.readForEvaluation(module());
    assertThat(read.firstGlobal()).isEqualTo("__torch__.Net");
    int trues = 0;
    int falses = 0;
    for (byte b : read.body()) {
      trues += (b & 0xff) == Pickle.NEWTRUE ? 1 : 0;
      falses += (b & 0xff) == Pickle.NEWFALSE ? 1 : 0;
    }
    assertThat(trues).isEqualTo(1); // "flag" stays true
    assertThat(falses).isEqualTo(2);
    assertThat(read.body().length).isEqualTo(module().length - 3);
  }

  @Test
  void rejectsWhatIsNotAProtocolTwoPickle() {
    assertThatThrownBy(() -> Pickle.readForEvaluation(new byte[] {'x', 2, '.'}))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] unknown = {(byte) 0x80, 2, (byte) 0x95, '.'};
    assertThatThrownBy(() -> Pickle.readForEvaluation(unknown)).hasMessageContaining("opcode 0x95");
  }
}
