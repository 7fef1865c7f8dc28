"""Writes resources/text/debian_descriptions.csv: real English text with real labels for the TF-IDF tests.

Reads the English long descriptions of Debian packages from this machine's package lists (needs
`apt-get update -o Acquire::Languages=en`) and keeps, for four archive sections (games, mail,
science, sound), the first 50 packages by name, one per source package, each description cut to
its first 400 characters. Columns: text, label. Run with /usr/bin/python3 from modules/ml.

The descriptions come from the debian/control files of the packages, each under its package's
DFSG-free licence, as redistributed in Debian's package lists.
"""
import csv
import glob
import subprocess

SECTIONS = ["games", "mail", "science", "sound"]
PER_SECTION = 50
MAX_CHARS = 400


def stanzas(text):
    for block in text.split("\n\n"):
        fields, key = {}, None
        for line in block.split("\n"):
            if line.startswith((" ", "\t")) and key:
                more = line.strip()
                fields[key] += "\n" if more == "." else " " + more
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        if fields:
            yield fields


def main():
    long_text = {}
    for path in sorted(glob.glob("/var/lib/apt/lists/*Translation-en*")):
        out = subprocess.run(["/usr/lib/apt/apt-helper", "cat-file", path], capture_output=True, text=True,
                             check=True).stdout
        for s in stanzas(out):
            if "Description-md5" in s and "Description-en" in s:
                long_text.setdefault(s["Description-md5"], s["Description-en"])
    if not long_text:
        raise SystemExit("No long descriptions: run apt-get update -o Acquire::Languages=en first")
    packages = {}
    dump = subprocess.run(["apt-cache", "dumpavail"], capture_output=True, text=True, check=True).stdout
    for s in stanzas(dump):
        if "Package" in s and "Description-md5" in s:
            packages.setdefault(s["Package"], s)
    rows, sources, counts = [], set(), {}
    for name in sorted(packages):
        s = packages[name]
        section = s.get("Section", "").split("/")[-1]
        source = s.get("Source", name).split(" ")[0]
        text = long_text.get(s["Description-md5"])
        if section not in SECTIONS or text is None or source in sources or counts.get(section, 0) >= PER_SECTION:
            continue
        sources.add(source)
        counts[section] = counts.get(section, 0) + 1
        text = " ".join(text.split())
        rows.append((text[:MAX_CHARS].rsplit(" ", 1)[0] if len(text) > MAX_CHARS else text, section))
    with open("src/test/resources/text/debian_descriptions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["text", "label"])
        w.writerows(rows)
    print(len(rows), "rows", counts)


if __name__ == "__main__":
    main()
