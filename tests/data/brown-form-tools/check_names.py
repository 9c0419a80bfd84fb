"""Collision check for a hand-written Brown-form set: every capitalised word of devsetN's texts (whole word,
case-sensitive) that also occurs in the texts of the sets before it (devset, devset2 … devsetN-1),
newswire/ca01-ca22 (the development half only; the held-out half ca23-ca44 is never opened), lore, essays,
academic, fiction and expository. Prints each such word with the number of reference files holding it and up to
three of them; the invented names among them must be renamed.

    python3 tests/data/brown-form-tools/check_names.py devset13
"""
import collections, glob, os, re, sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
WORD = re.compile(r"\b[A-Z][A-Za-z]+\b")


def reference_files(number):
    files = []
    for d in ["devset", "devset2"] + [f"devset{n}" for n in range(3, number)]:
        files += sorted(glob.glob(os.path.join(DATA, d, "*.txt")))
    files += [os.path.join(DATA, "newswire", f"ca{n:02d}.txt") for n in range(1, 23)]
    for d in ("lore", "essays", "academic", "fiction", "expository"):
        files += sorted(glob.glob(os.path.join(DATA, d, "*.txt")))
    return files


def main(name):
    number = int(name[len("devset"):])
    mine = collections.Counter()
    for f in sorted(glob.glob(os.path.join(DATA, name, "*.txt"))):
        for w in WORD.findall(open(f, encoding="ascii").read()):
            mine[w] += 1
    where = collections.defaultdict(list)
    for f in reference_files(number):
        words = set(WORD.findall(open(f, encoding="utf-8", errors="replace").read()))
        for w in mine:
            if w in words:
                where[w].append(os.path.relpath(f, DATA))
    for w in sorted(where, key=lambda w: (len(where[w]), w)):
        print(f"{w:20} {len(where[w]):4}  {' '.join(where[w][:3])}")
    print(f"{len(mine)} capitalised words, {len(where)} also in the reference texts, {len(mine) - len(where)} unique")


if __name__ == "__main__":
    if len(sys.argv) != 2 or not re.fullmatch(r"devset\d+", sys.argv[1]):
        sys.exit("usage: check_names.py devsetN")
    main(sys.argv[1])
