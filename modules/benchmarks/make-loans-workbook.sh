#!/usr/bin/env bash
# Writes loans_2025.xlsx, the credit-risk workbook of the first user journey (see LoansWorkbook):
# 40,000 loans x 30 columns, European dates, empty cells, an ID column, a column that leaks the
# target through its missing values, and the target `defaulted` with 9% yes.
#
#   modules/benchmarks/make-loans-workbook.sh OUT.xlsx [rows] [month]
#
# Month 2 writes next month's file: the same columns, other loans.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
shift
cd "$root"
./mvnw -B -q ${MVN_OFFLINE:+-o} -pl modules/benchmarks -am package -DskipTests
cp="$here/target/workbench-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$here/target/classpath.txt")"
exec java -cp "$cp" org.modelworkbench.benchmarks.LoansWorkbook "$out" "$@"
