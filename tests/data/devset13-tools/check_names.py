"""Collision check for devset13: every capitalised word of the devset13 texts (whole word, case-sensitive)
that also occurs in the texts of devset..devset12, newswire/ca01-ca22 (the development half only; the held-out
half ca23-ca44 is never opened), lore, essays, academic, fiction and expository. Prints each such word with
the number of reference files holding it and up to three of them; the invented names among them must be renamed.

    python3 tests/data/devset13-tools/check_names.py
"""
import collections, glob, os, re

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


def reference_files():
    files = []
    for d in ["devset", "devset2"] + [f"devset{n}" for n in range(3, 13)]:
        files += sorted(glob.glob(os.path.join(DATA, d, "*.txt")))
    files += [os.path.join(DATA, "newswire", f"ca{n:02d}.txt") for n in range(1, 23)]
    for d in ("lore", "essays", "academic", "fiction", "expository"):
        files += sorted(glob.glob(os.path.join(DATA, d, "*.txt")))
    return files


def main():
    mine = collections.Counter()
    for f in sorted(glob.glob(os.path.join(DATA, "devset13", "*.txt"))):
        for w in WORD.findall(open(f, encoding="ascii").read()):
            mine[w] += 1
    where = collections.defaultdict(list)
    for f in reference_files():
        words = set(WORD.findall(open(f, encoding="utf-8", errors="replace").read()))
        for w in mine:
            if w in words:
                where[w].append(os.path.relpath(f, DATA))
    for w in sorted(where, key=lambda w: (len(where[w]), w)):
        print(f"{w:20} {len(where[w]):4}  {' '.join(where[w][:3])}")
    print(f"{len(mine)} capitalised words, {len(where)} also in the reference texts, {len(mine) - len(where)} unique")


if __name__ == "__main__":
    main()
