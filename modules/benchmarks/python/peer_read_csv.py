"""Peer of the import comparison: pandas.read_csv of the million-row mixed CSV, on request.

Imports pandas, then reads the file once for every line that arrives on stdin and answers each
with "<rows> <seconds>" on stdout, so the benchmark can alternate it with the workbench's import
(A B A B) while the first read stays the cold one of a new interpreter and the later ones run
warm, as in one analyst's session. Only read_csv itself is timed: the interpreter start and
`import pandas` are not, as the workbench's side does not count opening its project.

Needs the Debian package python3-pandas.

    /usr/bin/python3 peer_read_csv.py FILE.csv
"""
import sys, time

import pandas

print("ready", flush=True)
for _ in sys.stdin:
    started = time.perf_counter()
    frame = pandas.read_csv(sys.argv[1])
    took = time.perf_counter() - started
    rows = len(frame)
    del frame
    print(rows, took, flush=True)
