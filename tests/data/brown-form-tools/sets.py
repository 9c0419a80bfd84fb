"""The tools of the hand-written sets in the converted Brown form (tests/data/devset3 ... devset27).

Each set keeps only its data in tests/data/<set>-tools/: texts_part1.py and texts_part2.py (dicts T of file
name -> paragraphs, as a list or as one string with blank lines between paragraphs) and build_key.py (DOCS:
(file name, headings, [(speaker, cue, kind, snippet)], notes), headings given by block index or by text).
This script does the rest, the same way for every set:

    python3 tests/data/brown-form-tools/sets.py validate [SET ...]   # check keys against texts (all sets by default)
    python3 tests/data/brown-form-tools/sets.py texts SET ...         # write <set>/*.txt from texts_part*.py
    python3 tests/data/brown-form-tools/sets.py key SET ...           # write <set>-key.json from build_key.py

The key computes only the block 'start' strings (the first 40 characters) and the title (the first line).
The checks (validate) follow the converted-Brown conventions: punctuation printed inside a closing quote is
written after it ("...", he said.), so no , . ? ! ; : stands directly before a closing mark; a paragraph left
inside a quote must be followed by one that reopens it; in a trial-transcript paragraph "Q. ... A. ..." a
Direct snippet may stand outside quote marks after the " A. ", with cue "".
"""
import collections, importlib, json, os, re, sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SETS = [f"devset{n}" for n in range(3, 28)]
# devset13 runs two or three stories a file, as the Brown samples do, devset14 one long story with many
# speakers, devset15 one feature story a file, devset16 one speech or meeting a file, devset17 spot news and devset18
# society and business pages, devset19 the arts and schools pages, devset20 the financial, labor and farm
# pages, devset21 wire briefs, foreign news and obituaries, devset22 police and courts, devset23 visiting performers and
# critics, devset24 clubs, announcements and the bank letters, devset25 disasters and wire spot news, devset26 arts news
# and awards, devset27 economic reports: their files are longer.
SIZES = {"devset13": (3000, 4600), "devset14": (3000, 4400), "devset15": (3000, 4400), "devset16": (3000, 4400), "devset17": (3000, 4400), "devset18": (3000, 4400),
         "devset19": (3000, 4400), "devset20": (3000, 4400), "devset21": (3000, 4400),
         "devset22": (3000, 4400), "devset23": (3000, 4400), "devset24": (3000, 4400),
         "devset25": (3000, 4400), "devset26": (3000, 4400), "devset27": (3000, 4400)}
DATA_MODULES = ("texts_part1", "texts_part2", "build_key", "build_key_part1", "build_key_part2")


def load(name, module):
    """A data module of a set's tools folder (they import each other by bare name)."""
    for m in DATA_MODULES:
        sys.modules.pop(m, None)
    sys.path.insert(0, os.path.join(DATA, name + "-tools"))
    try:
        return importlib.import_module(module)
    finally:
        sys.path.pop(0)


def write_texts(name):
    out = os.path.join(DATA, name)
    os.makedirs(out, exist_ok=True)
    texts = list(load(name, "texts_part1").T.items()) + list(load(name, "texts_part2").T.items())
    for fn, raw in texts:
        paras = [p.strip() for p in raw.strip().split("\n\n")] if isinstance(raw, str) else raw
        text = "\n\n".join(paras) + "\n"
        text.encode("ascii")
        with open(os.path.join(out, fn), "w", newline="\n") as f:
            f.write(text)
        print(fn, len(text.encode()), len(paras))


def write_key(name):
    out = []
    for fn, headings, stmts, notes in load(name, "build_key").DOCS:
        blocks = open(os.path.join(DATA, name, fn), encoding="utf-8").read().rstrip("\n").split("\n\n")
        for h in headings:
            assert isinstance(h, int) or h in blocks, (fn, h)
        out.append({
            "fileName": fn,
            "title": blocks[0],
            "published": None,
            "blocks": [{"start": b[:40], "role": "Title" if i == 0 else ("Heading" if i in headings or b in headings else "Body")}
                       for i, b in enumerate(blocks)],
            "statements": [{"speaker": s, "cue": c, "kind": k, "snippet": p} for s, c, k, p in stmts],
            "notes": notes,
        })
    with open(os.path.join(DATA, name + "-key.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"documents": out}, f, indent=2)
        f.write("\n")


def inside_quote(b, i):
    """True if offset i of block b lies between an opening mark and its closing one (or one left open)."""
    return b[:i].count('"') % 2 == 1


def validate(name):
    """The errors of one set's key against its texts (empty when all checks pass)."""
    key = json.load(open(os.path.join(DATA, name + "-key.json"), encoding="utf-8"))
    errors = []
    files = sorted(f for f in os.listdir(os.path.join(DATA, name)) if f.endswith(".txt"))
    names = [d["fileName"] for d in key["documents"]]
    if names != files:
        errors.append(f"file list mismatch: {names} vs {files}")
    roles = collections.Counter(); kinds = collections.Counter(); cues = collections.Counter(); speakers = collections.Counter()
    for d in key["documents"]:
        fn = d["fileName"]
        raw = open(os.path.join(DATA, name, fn), "rb").read()
        n = len(raw)
        lo, hi = SIZES.get(name, (1500, 2600))
        if not lo <= n <= hi: errors.append(f"{fn}: size {n} outside {lo}-{hi}")
        try: text = raw.decode("ascii")
        except UnicodeDecodeError: errors.append(f"{fn}: not ASCII"); text = raw.decode("utf-8", "replace")
        if "\r" in text: errors.append(f"{fn}: CR found")
        if not text.endswith("\n") or text.endswith("\n\n"): errors.append(f"{fn}: must end with exactly one newline")
        if "\n\n\n" in text: errors.append(f"{fn}: more than one blank line")
        if "'" in re.sub(r"(?<=\w)'(?=\w)|(?<=s)'(?= )", "", text): errors.append(f"{fn}: stray single quote")
        blocks = text.rstrip("\n").split("\n\n")
        if any("\n" in b or b != b.strip() or not b for b in blocks): errors.append(f"{fn}: bad block")
        for j, b in enumerate(blocks):
            qs = [i for i, ch in enumerate(b) if ch == '"']
            if len(qs) % 2:
                # Only a paragraph that opens with a quote may leave it open, and the next one must reopen it.
                if not b.startswith('"'): errors.append(f"{fn}: odd quotes in {b[:40]!r}")
                elif j + 1 >= len(blocks) or not blocks[j + 1].startswith('"'):
                    errors.append(f"{fn}: open quote not continued after {b[:40]!r}")
            # Closing marks (the 2nd, 4th, ... mark) must not follow punctuation: Brown puts it after the mark.
            for k in qs[1::2]:
                if k > 0 and b[k - 1] in ",.?!;:": errors.append(f"{fn}: punctuation before closing quote in {b[max(0,k-30):k+3]!r}")
            for k in qs[0::2]:
                if k + 1 < len(b) and b[k + 1] == " ": errors.append(f"{fn}: space after opening quote in {b[:40]!r}")
        if len(blocks) != len(d["blocks"]): errors.append(f"{fn}: {len(blocks)} blocks vs {len(d['blocks'])} in key")
        for b, kb in zip(blocks, d["blocks"]):
            if kb["start"] != b[:40]: errors.append(f"{fn}: start mismatch {kb['start']!r}")
            roles[kb["role"]] += 1
            if kb["role"] in ("Title", "Heading"):
                # Headline lines: short, no sentence-final period, no quote marks.
                if len(b) > 60 or b.endswith(".") or '"' in b: errors.append(f"{fn}: {kb['role']} does not look like a headline: {b!r}")
            elif kb["role"] == "Body":
                if len(b) <= 60 and not b.endswith((".", ":", '"', "\".")): errors.append(f"{fn}: short Body block without end punctuation: {b!r}")
            else:
                errors.append(f"{fn}: unexpected role {kb['role']}")
        titles = [kb for kb in d["blocks"] if kb["role"] == "Title"]
        if len(titles) != 1 or d["title"] != blocks[0] or d["blocks"][0]["role"] != "Title": errors.append(f"{fn}: title")
        if d["published"] is not None: errors.append(f"{fn}: published should be null")
        body_blocks = [b for b, kb in zip(blocks, d["blocks"]) if kb["role"] == "Body"]
        body = "\n".join(body_blocks)
        for s in d["statements"]:
            kinds[s["kind"]] += 1; cues[s["cue"]] += 1; speakers[s["speaker"]] += 1
            if set(s) != {"speaker", "cue", "kind", "snippet"}: errors.append(f"{fn}: statement keys {s}")
            if s["kind"] not in ("Direct", "Reported"): errors.append(f"{fn}: kind {s}")
            w = len(s["snippet"].split())
            if not 6 <= w <= 12: errors.append(f"{fn}: snippet has {w} words: {s['snippet']!r}")
            if '"' in s["snippet"]: errors.append(f"{fn}: quote mark in snippet {s['snippet']!r}")
            if body.count(s["snippet"]) != 1: errors.append(f"{fn}: snippet found {body.count(s['snippet'])} times in Body: {s['snippet']!r}")
            if s["cue"] and not re.search(r"\b" + re.escape(s["cue"]) + r"\b", text): errors.append(f"{fn}: cue not printed {s['cue']!r}")
            if re.search(r"^(Mr|Miss|Dr|Sen|Gov|Rep|Coach)\.? ", s["speaker"]): errors.append(f"{fn}: title in speaker {s['speaker']!r}")
            if s["speaker"].startswith("Mrs. ") and s["speaker"] not in text: errors.append(f"{fn}: speaker not printed {s['speaker']!r}")
            # Direct snippets lie wholly inside quote marks, Reported ones wholly outside (transcript answers aside).
            for b in body_blocks:
                i = b.find(s["snippet"])
                if i >= 0:
                    ins = inside_quote(b, i)
                    if '"' in b[i:i + len(s["snippet"])]: errors.append(f"{fn}: snippet crosses a quote mark {s['snippet']!r}")
                    if b.startswith("Q. ") and " A. " in b and i > b.index(" A. "):
                        if s["kind"] != "Direct" or s["cue"] != "" or ins: errors.append(f"{fn}: Q&A answer must be Direct with cue '' {s['snippet']!r}")
                    elif (s["kind"] == "Direct") != ins: errors.append(f"{fn}: kind/quote position mismatch {s['snippet']!r}")
    print(f"{name}: {len(key['documents'])} documents, roles {dict(roles)}, kinds {dict(kinds)}, "
          f"{sum(kinds.values())} statements, {len(speakers)} speakers, {len(cues)} cues")
    return [f"{name}/{e}" for e in errors]


def main(args):
    command, names = (args[0], args[1:]) if args else ("validate", [])
    if command not in ("validate", "texts", "key") or (command != "validate" and not names):
        sys.exit(__doc__)
    for name in names or SETS:
        if command == "texts": write_texts(name)
        elif command == "key": write_key(name)
        else:
            errors = validate(name)
            if errors:
                sys.exit("\n".join(errors))
    print("OK")


if __name__ == "__main__":
    main(sys.argv[1:])
