"""Checks devset11-key.json against the texts in devset11/.

Adapted from devset2-tools/validate.py for the converted-Brown conventions:
punctuation printed inside a closing quote is written after it ("...", he said.),
so no , . ? ! ; : may stand directly before a closing quote mark; a paragraph
whose quote is left open must be followed by a paragraph that reopens it.
Kept from devset4: in trial-transcript paragraphs "Q. ... A. ..." (no quote marks) a Direct
snippet may stand outside quote marks, but only after the paragraph's " A. ". devset11 has
no such paragraph, so everywhere Direct snippets must lie inside quote marks.
"""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
key = json.load(open(os.path.join(ROOT, "devset11-key.json"), encoding="utf-8"))
errors = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "devset11")) if f.endswith(".txt"))
names = [d["fileName"] for d in key["documents"]]
if names != files:
    errors.append(f"file list mismatch: {names} vs {files}")
roles = collections.Counter(); kinds = collections.Counter(); cues = collections.Counter()
speakers = collections.Counter()

def quote_marks(b):
    """Positions of the double quote marks in a block."""
    return [i for i, ch in enumerate(b) if ch == '"']

def inside_quote(b, i):
    """True if offset i of block b lies between an opening and its closing mark
    (or after an opening mark left open at the paragraph end)."""
    return b[:i].count('"') % 2 == 1

for d in key["documents"]:
    fn = d["fileName"]
    raw = open(os.path.join(ROOT, "devset11", fn), "rb").read()
    n = len(raw)
    if not 1500 <= n <= 2600: errors.append(f"{fn}: size {n} outside 1500-2600")
    try: text = raw.decode("ascii")
    except UnicodeDecodeError: errors.append(f"{fn}: not ASCII"); text = raw.decode("utf-8", "replace")
    if "\r" in text: errors.append(f"{fn}: CR found")
    if not text.endswith("\n") or text.endswith("\n\n"): errors.append(f"{fn}: must end with exactly one newline")
    if "\n\n\n" in text: errors.append(f"{fn}: more than one blank line")
    if "'" in re.sub(r"(?<=\w)'(?=\w)|(?<=s)'(?= )", "", text): errors.append(f"{fn}: stray single quote")
    blocks = text.rstrip("\n").split("\n\n")
    if any("\n" in b or b != b.strip() or not b for b in blocks): errors.append(f"{fn}: bad block")
    for j, b in enumerate(blocks):
        qs = quote_marks(b)
        if len(qs) % 2:
            # Only a paragraph that opens with a quote may leave it open, and the next one must reopen it.
            if not b.startswith('"'): errors.append(f"{fn}: odd quotes in {b[:40]!r}")
            elif j + 1 >= len(blocks) or not blocks[j + 1].startswith('"'):
                errors.append(f"{fn}: open quote not continued after {b[:40]!r}")
        # Closing marks (the 2nd, 4th, ... mark) must not follow punctuation: Brown puts it after the mark.
        for k in qs[1::2]:
            if k > 0 and b[k - 1] in ",.?!;:": errors.append(f"{fn}: punctuation before closing quote in {b[max(0,k-30):k+3]!r}")
        # Opening marks must not be followed by a space, closing ones not preceded by one.
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
        # Direct snippets must lie wholly inside quote marks, Reported ones wholly outside.
        for b in body_blocks:
            i = b.find(s["snippet"])
            if i >= 0:
                j = i + len(s["snippet"])
                ins = inside_quote(b, i)
                if '"' in b[i:j]: errors.append(f"{fn}: snippet crosses a quote mark {s['snippet']!r}")
                qa = b.startswith("Q. ") and " A. " in b and i > b.index(" A. ")
                if qa:
                    if s["kind"] != "Direct" or s["cue"] != "" or ins: errors.append(f"{fn}: Q&A answer must be Direct with cue '' {s['snippet']!r}")
                elif (s["kind"] == "Direct") != ins: errors.append(f"{fn}: kind/quote position mismatch {s['snippet']!r}")
    print(f"{fn}: {n} bytes, {len(blocks)} blocks, {len(d['statements'])} statements")
print("roles", dict(roles)); print("kinds", dict(kinds), "total", sum(kinds.values())); print("cues", dict(cues))
print("speakers", len(speakers))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
