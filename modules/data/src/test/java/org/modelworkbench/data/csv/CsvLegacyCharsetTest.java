package org.modelworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.modelworkbench.data.csv.CsvTestFiles.read;
import static org.modelworkbench.data.csv.CsvTestFiles.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modelworkbench.model.CancellationToken;
import org.modelworkbench.model.ColumnSchema;
import org.modelworkbench.model.DataTable;
import org.modelworkbench.model.ProgressListener;

/**
 * Legacy (non-Unicode) files are read in their own charset, detected without being named: the
 * files are written here from Java strings in that charset, and read back cell for cell.
 */
class CsvLegacyCharsetTest {
  @TempDir Path dir;

  @Test
  void cyrillicInWindows1251() {
    check("ru.csv", "windows-1251", "windows-1251", List.of("Фамилия", "Имя", "Город", "Возраст"),
        List.of("Иванов", "Иван", "Москва", 34L),
        List.of("Петрова", "Ольга", "Санкт-Петербург", 28L),
        List.of("Щукин", "Пётр", "Новосибирск", 51L));
  }

  @Test
  void greekInWindows1253() {
    // Ά is the letter windows-1253 and ISO-8859-7 place differently.
    check("el.csv", "windows-1253", "windows-1253", List.of("Επώνυμο", "Όνομα", "Πόλη", "Ηλικία"),
        List.of("Παπαδόπουλος", "Άννα", "Αθήνα", 41L),
        List.of("Νικολάου", "Ελένη", "Θεσσαλονίκη", 35L),
        List.of("Γεωργίου", "Δημήτρης", "Άργος", 29L));
  }

  @Test
  void polishInWindows1250() {
    check("pl.csv", "windows-1250", "windows-1250", List.of("Nazwisko", "Imię", "Miejscowość", "Wiek"),
        List.of("Wiśniewski", "Paweł", "Łódź", 30L),
        List.of("Wójcik", "Małgorzata", "Gdańsk", 25L),
        List.of("Zieliński", "Żaneta", "Częstochowa", 47L));
  }

  @Test
  void czechInWindows1250() {
    check("cs.csv", "windows-1250", "windows-1250", List.of("Příjmení", "Jméno", "Obec", "Věk"),
        List.of("Dvořák", "Jiří", "Plzeň", 33L),
        List.of("Nováková", "Růžena", "Brno", 29L),
        List.of("Černý", "Štěpán", "Ústí nad Labem", 52L));
  }

  @Test
  void japaneseInShiftJis() {
    // Read as windows-31j, the Windows form of Shift_JIS that Excel writes (a superset of it).
    check("ja.csv", "Shift_JIS", "windows-31j", List.of("氏名", "都市", "部署", "年齢"),
        List.of("山田太郎", "東京", "営業部", 30L),
        List.of("佐藤花子", "大阪", "経理部", 25L),
        List.of("鈴木一郎", "名古屋", "開発部", 41L));
  }

  @Test
  void chineseInGb18030() {
    check("zh.csv", "GB18030", "GB18030", List.of("姓名", "城市", "部门", "年龄"),
        List.of("张伟", "北京", "销售部", 30L),
        List.of("李娜", "上海", "财务部", 25L),
        List.of("王强", "广州", "研发部", 38L));
  }

  @Test
  void legacyBytesFarIntoAnAsciiFileAreDetectedFromThoseLines() {
    StringBuilder text = new StringBuilder("name,score\n");
    int rows = 0;
    while (text.length() < CharsetDetection.PROBE_BYTES * 2) {
      text.append("plain").append(rows).append(',').append(rows++).append('\n');
    }
    text.append("Łukasz Wiśniewski,7\nMałgorzata Kraków,8\n");
    Path file = write(dir, "late.csv", text.toString().getBytes(Charset.forName("windows-1250")));
    CsvImport result = read(file);
    assertThat(result.charset()).isEqualTo(Charset.forName("windows-1250"));
    assertThat(result.table().value(rows, 0)).isEqualTo("Łukasz Wiśniewski");
    // The one-pass route falls back the same way.
    LastRowSink sink = new LastRowSink();
    CsvLayout layout = new CsvImporter(null).streamInOnePass(file, sink, ProgressListener.NONE,
        CancellationToken.none());
    assertThat(layout.charset()).isEqualTo(Charset.forName("windows-1250"));
    assertThat(sink.last[0]).isEqualTo("Małgorzata Kraków");
  }

  @Test
  void anExplicitCharsetStillWins() {
    Path file = write(dir, "ru.csv", "Имя\nОльга\n".getBytes(Charset.forName("windows-1251")));
    CsvImport asGiven = read(file, new CsvImportOptions(false, null, null, Charset.forName("KOI8-R")));
    assertThat(asGiven.charset()).isEqualTo(Charset.forName("KOI8-R"));
    assertThat(asGiven.table().columnNames()).containsExactly(new String(
        "Имя".getBytes(Charset.forName("windows-1251")), Charset.forName("KOI8-R")));
  }

  @Test
  void theHeaderPeekDetectsTheSameCharset() {
    Path file = write(dir, "names.csv", "Имя,Город\nОльга,Казань\nИван,Москва\n".getBytes(Charset.forName("windows-1251")));
    assertThat(new CsvImporter(null).columnNames(file)).containsExactly("Имя", "Город");
  }

  /** Writes the rows in the file's charset, imports with everything detected, and compares. */
  @SafeVarargs
  private void check(String name, String written, String detected, List<String> header, List<Object>... rows) {
    StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
    for (List<Object> row : rows) {
      text.append(String.join(",", row.stream().map(String::valueOf).toList())).append('\n');
    }
    Path file = write(dir, name, text.toString().getBytes(Charset.forName(written)));

    CsvImport result = read(file);

    assertThat(result.charset()).isEqualTo(Charset.forName(detected));
    DataTable table = result.table();
    assertThat(table.columnNames()).containsExactlyElementsOf(header);
    assertThat(table.rowCount()).isEqualTo(rows.length);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < header.size(); c++) {
        assertThat(table.value(r, c)).as("row %d column %d", r, c).isEqualTo(rows[r].get(c));
      }
    }
  }

  /** Keeps the last row it is given; a restart forgets it. */
  private static final class LastRowSink implements TypedRowSink {
    Object[] last;

    @Override
    public boolean hashKnown(String sha256) {
      return true;
    }

    @Override
    public void begin(List<ColumnSchema> columns) {
      last = null;
    }

    @Override
    public void row(Object[] values) {
      last = values.clone();
    }

    @Override
    public boolean widenToDecimal(int column) {
      return true;
    }

    @Override
    public void restart() {
      last = null;
    }
  }
}
