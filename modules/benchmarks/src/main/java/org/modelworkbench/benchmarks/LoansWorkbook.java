package org.modelworkbench.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a credit-risk workbook like the one of the first user journey: {@code loans_2025.xlsx},
 * 40,000 loans by 30 columns, seeded so every run gets the same cells.
 *
 * <p>What it holds, on purpose: a unique {@code customer_id}; dates as text in European layouts
 * ({@code dd.MM.yyyy} and {@code dd/MM/yyyy}) and one column of real Excel date cells shown as
 * {@code dd.mm.yyyy}; empty cells in several columns; a {@code closing_date} filled only for the
 * loans that defaulted (the target leaks through its missing values); and the target
 * {@code defaulted}, yes/no with exactly 9% yes. Defaults follow a noisy score of the credit
 * score, debt-to-income ratio, delinquencies and a few others, so a model can learn them.
 *
 * <pre>
 *   java -cp ... org.modelworkbench.benchmarks.LoansWorkbook OUT.xlsx [rows] [month]
 * </pre>
 *
 * <p>{@code month} (1 by default) moves the application dates on by that many months and changes
 * the seed: month 2 is "next month's file", with the same columns and different loans.
 */
public final class LoansWorkbook {
  /** The header, in sheet order. */
  public static final String[] COLUMNS = {"customer_id", "application_date", "loan_amount", "term_months",
      "interest_rate", "installment", "purpose", "annual_income", "employment_years", "age", "date_of_birth",
      "region", "branch_code", "channel", "home_ownership", "marital_status", "education", "dependents",
      "credit_score", "num_open_accounts", "debt_to_income", "delinquencies_2y", "inquiries_6m",
      "revolving_balance", "revolving_util", "months_since_last_delinq", "has_guarantor", "last_payment_date",
      "closing_date", "defaulted"};
  private static final String[] PURPOSES = {"car", "home improvement", "debt consolidation", "education",
      "holiday", "medical", "business", "other"};
  private static final String[] REGIONS = {"North", "South", "East", "West", "Centre", "Capital"};
  private static final String[] CHANNELS = {"branch", "online", "broker"};
  private static final String[] HOMES = {"rent", "mortgage", "own", "with parents"};
  private static final String[] MARITAL = {"single", "married", "divorced", "widowed"};
  private static final String[] EDUCATION = {"secondary", "vocational", "bachelor", "master", "doctorate"};
  private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter SLASHES = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Share of loans that defaulted, exactly (rounded to whole rows). */
  public static final double DEFAULT_SHARE = 0.09;

  private LoansWorkbook() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: LoansWorkbook OUT.xlsx [rows] [month]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
    int month = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    long start = System.nanoTime();
    write(out, rows, month);
    System.out.printf("%s: %,d rows x %d columns, %,d bytes, %.1f s%n", out, rows, COLUMNS.length,
        Files.size(out), (System.nanoTime() - start) / 1e9);
  }

  /**
   * Writes the workbook.
   *
   * @param file where to write it
   * @param rows how many loans
   * @param month 1 for the first month's file, 2 for the next one, and so on
   */
  public static void write(Path file, int rows, int month) throws IOException {
    SplittableRandom random = new SplittableRandom(2025L * 100 + month);
    LocalDate firstDay = LocalDate.of(2025, 1, 1).plusMonths(month - 1L);
    Loan[] loans = new Loan[rows];
    for (int r = 0; r < rows; r++) {
      loans[r] = Loan.random(random, firstDay, 100_000 * month + r + 1);
    }
    // Exactly the riskiest DEFAULT_SHARE defaulted (the risk is already noisy).
    double[] risks = Arrays.stream(loans).mapToDouble(l -> l.risk).sorted().toArray();
    int defaults = (int) Math.round(rows * DEFAULT_SHARE);
    double threshold = defaults == 0 ? Double.POSITIVE_INFINITY : risks[rows - defaults];
    int marked = 0;
    for (Loan loan : loans) {
      if (loan.risk >= threshold && marked < defaults) {
        loan.defaulted = true;
        marked++;
      }
    }
    try (OutputStream stream = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(stream, "ModelWorkbench", "1.0");
      Worksheet sheet = workbook.newWorksheet("loans");
      for (int c = 0; c < COLUMNS.length; c++) {
        sheet.value(0, c, COLUMNS[c]);
      }
      for (int r = 0; r < rows; r++) {
        loans[r].writeTo(sheet, r + 1, random);
        if (r % 5_000 == 4_999) {
          sheet.flush();
        }
      }
      workbook.finish();
    }
  }

  /** One loan's values before they become cells. */
  private static final class Loan {
    String customerId;
    LocalDate applied;
    double amount;
    int term;
    double rate;
    String purpose;
    Double income;
    Integer employmentYears;
    int age;
    LocalDate born;
    String region;
    String branch;
    String channel;
    String home;
    String marital;
    String education;
    int dependents;
    int creditScore;
    int openAccounts;
    double debtToIncome;
    int delinquencies;
    int inquiries;
    double revolvingBalance;
    Double revolvingUtil;
    Integer monthsSinceDelinq;
    boolean guarantor;
    double risk;
    boolean defaulted;

    static Loan random(SplittableRandom random, LocalDate firstDay, int serial) {
      Loan l = new Loan();
      l.customerId = "CU-" + (7_300_000 + serial * 7L % 9_999_991);
      l.applied = firstDay.plusDays(random.nextInt(31));
      l.term = new int[] {12, 24, 36, 48, 60, 72}[random.nextInt(6)];
      l.purpose = PURPOSES[random.nextInt(PURPOSES.length)];
      l.age = 19 + (int) Math.min(60, Math.abs(random.nextGaussian() * 14 + 22));
      l.born = l.applied.minusYears(l.age).minusDays(random.nextInt(365));
      l.income = random.nextInt(12) == 0 ? null : (double) Math.round(Math.exp(10.4 + random.nextGaussian() * 0.45));
      l.employmentYears = random.nextInt(15) == 0 ? null : Math.max(0, Math.min(l.age - 18,
          (int) Math.round(Math.abs(random.nextGaussian() * 7))));
      l.region = REGIONS[random.nextInt(REGIONS.length)];
      l.branch = "BR" + (100 + random.nextInt(140));
      l.channel = CHANNELS[random.nextInt(CHANNELS.length)];
      l.home = HOMES[random.nextInt(HOMES.length)];
      l.marital = MARITAL[random.nextInt(MARITAL.length)];
      l.education = random.nextInt(25) == 0 ? null : EDUCATION[random.nextInt(EDUCATION.length)];
      l.dependents = (int) Math.min(6, Math.abs(random.nextGaussian() * 1.3));
      l.creditScore = (int) Math.max(300, Math.min(850, 680 + random.nextGaussian() * 75));
      l.openAccounts = (int) Math.abs(random.nextGaussian() * 4) + 1;
      l.debtToIncome = Math.max(0, Math.min(0.95, 0.28 + random.nextGaussian() * 0.12));
      l.delinquencies = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(4);
      l.inquiries = (int) Math.abs(random.nextGaussian() * 1.5);
      double income = l.income == null ? 33_000 : l.income;
      l.amount = Math.round(Math.max(1_000, Math.min(income * 0.9, 2_000 + Math.abs(random.nextGaussian()) * 18_000))
          / 50.0) * 50.0;
      l.rate = Math.round((0.03 + (850 - l.creditScore) / 550.0 * 0.14 + random.nextGaussian() * 0.01) * 10_000)
          / 100.0;
      l.revolvingBalance = Math.round(Math.abs(random.nextGaussian()) * 9_000 * 100) / 100.0;
      l.revolvingUtil = random.nextInt(20) == 0 ? null
          : Math.round(Math.max(0, Math.min(1.2, 0.35 + random.nextGaussian() * 0.25)) * 1000) / 10.0;
      l.monthsSinceDelinq = l.delinquencies == 0 ? null : 1 + random.nextInt(24);
      l.guarantor = random.nextInt(7) == 0;
      double loanToIncome = l.amount / income;
      l.risk = -0.018 * (l.creditScore - 680) + 4.5 * (l.debtToIncome - 0.28) + 0.55 * l.delinquencies
          + 0.25 * l.inquiries + 1.2 * loanToIncome + 0.008 * (l.revolvingUtil == null ? 35 : l.revolvingUtil)
          + (l.guarantor ? -0.6 : 0) + (l.employmentYears == null ? 0.3 : -0.04 * l.employmentYears)
          + (l.term >= 60 ? 0.3 : 0) + ("broker".equals(l.channel) ? 0.25 : 0) + random.nextGaussian() * 1.1;
      return l;
    }

    void writeTo(Worksheet sheet, int row, SplittableRandom random) {
      int c = 0;
      sheet.value(row, c++, customerId);
      sheet.value(row, c, applied);
      sheet.style(row, c++).format("dd.mm.yyyy").set();
      sheet.value(row, c++, amount);
      sheet.value(row, c++, term);
      sheet.value(row, c++, rate);
      double monthly = rate / 1200;
      sheet.value(row, c++, Math.round(amount * monthly / (1 - Math.pow(1 + monthly, -term)) * 100) / 100.0);
      sheet.value(row, c++, purpose);
      number(sheet, row, c++, income);
      number(sheet, row, c++, employmentYears);
      sheet.value(row, c++, age);
      sheet.value(row, c++, born.format(DOTS));
      sheet.value(row, c++, region);
      sheet.value(row, c++, branch);
      sheet.value(row, c++, channel);
      sheet.value(row, c++, home);
      sheet.value(row, c++, marital);
      if (education != null) {
        sheet.value(row, c, education);
      }
      c++;
      sheet.value(row, c++, dependents);
      sheet.value(row, c++, creditScore);
      sheet.value(row, c++, openAccounts);
      sheet.value(row, c++, Math.round(debtToIncome * 1000) / 1000.0);
      sheet.value(row, c++, delinquencies);
      sheet.value(row, c++, inquiries);
      sheet.value(row, c++, revolvingBalance);
      number(sheet, row, c++, revolvingUtil);
      number(sheet, row, c++, monthsSinceDelinq);
      sheet.value(row, c++, guarantor ? "yes" : "no");
      LocalDate lastPayment = applied.plusMonths(1 + random.nextInt(3));
      sheet.value(row, c++, random.nextInt(30) == 0 ? null : lastPayment.format(SLASHES));
      if (defaulted) {
        sheet.value(row, c, applied.plusMonths(2 + random.nextInt(10)).format(DOTS));
      }
      c++;
      sheet.value(row, c, defaulted ? "yes" : "no");
    }

    private static void number(Worksheet sheet, int row, int column, Number value) {
      if (value != null) {
        sheet.value(row, column, value);
      }
    }
  }
}
