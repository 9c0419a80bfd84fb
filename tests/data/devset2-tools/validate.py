"""Checks devset2-key.json against the texts in devset2/."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
key = json.load(open(os.path.join(ROOT, "devset2-key.json"), encoding="utf-8"))
errors = []
files = sorted(f for f in os.listdir(os.path.join(ROOT, "devset2")) if f.endswith(".txt"))
names = [d["fileName"] for d in key["documents"]]
if names != files:
    errors.append(f"file list mismatch: {names} vs {files}")
roles = collections.Counter(); kinds = collections.Counter(); cues = collections.Counter()
for d in key["documents"]:
    fn = d["fileName"]
    raw = open(os.path.join(ROOT, "devset2", fn), "rb").read()
    n = len(raw)
    if not 1500 <= n <= 4096: errors.append(f"{fn}: size {n}")
    try: text = raw.decode("ascii")
    except UnicodeDecodeError: errors.append(f"{fn}: not ASCII"); text = raw.decode("utf-8", "replace")
    if "\r" in text: errors.append(f"{fn}: CR found")
    if not text.endswith("\n") or text.endswith("\n\n"): errors.append(f"{fn}: must end with exactly one newline")
    if "\n\n\n" in text: errors.append(f"{fn}: more than one blank line")
    if "'" in re.sub(r"(?<=\w)'(?=\w)|(?<=s)'(?= )", "", text): errors.append(f"{fn}: stray single quote")
    blocks = text.rstrip("\n").split("\n\n")
    if any("\n" in b or b != b.strip() or not b for b in blocks): errors.append(f"{fn}: bad block")
    for b in blocks:
        if b.count('"') % 2 and not (b.startswith('"') and b.count('"') % 2 == 1): errors.append(f"{fn}: odd quotes in {b[:40]!r}")
    if len(blocks) != len(d["blocks"]): errors.append(f"{fn}: {len(blocks)} blocks vs {len(d['blocks'])} in key")
    for b, kb in zip(blocks, d["blocks"]):
        if kb["start"] != b[:40]: errors.append(f"{fn}: start mismatch {kb['start']!r}")
        roles[kb["role"]] += 1
    titles = [kb for kb in d["blocks"] if kb["role"] == "Title"]
    if len(titles) != 1 or d["title"] != blocks[0]: errors.append(f"{fn}: title")
    if d["published"] is not None: errors.append(f"{fn}: published should be null")
    body = "\n".join(b for b, kb in zip(blocks, d["blocks"]) if kb["role"] == "Body")
    for s in d["statements"]:
        kinds[s["kind"]] += 1; cues[s["cue"]] += 1
        if set(s) != {"speaker", "cue", "kind", "snippet"}: errors.append(f"{fn}: statement keys {s}")
        if s["kind"] not in ("Direct", "Reported"): errors.append(f"{fn}: kind {s}")
        w = len(s["snippet"].split())
        if not 6 <= w <= 12: errors.append(f"{fn}: snippet has {w} words: {s['snippet']!r}")
        if '"' in s["snippet"]: errors.append(f"{fn}: quote mark in snippet {s['snippet']!r}")
        if body.count(s["snippet"]) != 1: errors.append(f"{fn}: snippet found {body.count(s['snippet'])} times in Body: {s['snippet']!r}")
        if s["cue"] and s["cue"] not in text: errors.append(f"{fn}: cue not printed {s['cue']!r}")
        # Direct snippets must lie inside quote marks, Reported ones outside.
        for b in blocks:
            i = b.find(s["snippet"])
            if i >= 0:
                inside = b[:i].count('"') % 2 == 1 or (b.startswith('"') and b.count('"') % 2 == 1 and b[:i].count('"') % 2 == 1)
                if (s["kind"] == "Direct") != inside: errors.append(f"{fn}: kind/quote position mismatch {s['snippet']!r}")
    print(f"{fn}: {n} bytes, {len(blocks)} blocks, {len(d['statements'])} statements")
print("roles", dict(roles)); print("kinds", dict(kinds), "total", sum(kinds.values())); print("cues", dict(cues))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
