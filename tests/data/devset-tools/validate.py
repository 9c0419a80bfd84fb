"""Checks devset-key.json against the text files in devset/."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
ROLES = {"Title", "Dateline", "Caption", "Heading", "Body", "Boilerplate", "Related", "Duplicate"}
KINDS = {"Direct", "Reported"}
errors = []
def err(m): errors.append(m)

key = json.load(open(os.path.join(ROOT, "devset-key.json"), encoding="utf-8"))
assert set(key) == {"documents"}
files = sorted(f for f in os.listdir(os.path.join(ROOT, "devset")) if f.endswith(".txt"))
names = [d["fileName"] for d in key["documents"]]
if names != files: err(f"file list mismatch: {names} vs {files}")

role_count, kind_count = collections.Counter(), collections.Counter()
for d in key["documents"]:
    fn = d["fileName"]
    if set(d) != {"fileName", "title", "published", "blocks", "statements", "notes"}: err(f"{fn}: keys {set(d)}")
    raw = open(os.path.join(ROOT, "devset", fn), "rb").read()
    text = raw.decode("utf-8")
    if "\r" in text: err(f"{fn}: CR found")
    if not text.endswith("\n") or text.endswith("\n\n"): err(f"{fn}: must end with exactly one newline")
    if "\n\n\n" in text: err(f"{fn}: more than one blank line between blocks")
    if not 2000 <= len(raw) <= 5120: err(f"{fn}: size {len(raw)} bytes")
    blocks = text.rstrip("\n").split("\n\n")
    if len(blocks) != len(d["blocks"]): err(f"{fn}: {len(blocks)} blocks in file, {len(d['blocks'])} in key")
    for i, (b, k) in enumerate(zip(blocks, d["blocks"])):
        if "\n" in b or b != b.strip() or not b: err(f"{fn}: block {i} malformed")
        if not b.startswith(k["start"]) or len(k["start"]) != min(40, len(b)): err(f"{fn}: block {i} start {k['start']!r} vs {b[:40]!r}")
        if k["role"] not in ROLES: err(f"{fn}: block {i} role {k['role']}")
        role_count[k["role"]] += 1
    titles = [i for i, k in enumerate(d["blocks"]) if k["role"] == "Title"]
    if len(titles) != 1: err(f"{fn}: {len(titles)} Title blocks")
    elif blocks[titles[0]] != d["title"]: err(f"{fn}: title differs from Title block")
    p = d["published"]
    if p is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", p): err(f"{fn}: published {p}")
    for s in d["statements"]:
        if set(s) != {"speaker", "cue", "kind", "snippet"}: err(f"{fn}: statement keys {set(s)}")
        if s["kind"] not in KINDS: err(f"{fn}: kind {s['kind']}")
        kind_count[s["kind"]] += 1
        if s["snippet"] not in text: err(f"{fn}: snippet not found: {s['snippet']!r}")
        n = len(s["snippet"].split())
        if not 6 <= n <= 12: print(f"  note {fn}: snippet has {n} words: {s['snippet']!r}")
        if s["cue"] and s["cue"].lower() not in text.lower(): err(f"{fn}: cue not in text: {s['cue']!r}")
        if s["speaker"] not in text: err(f"{fn}: speaker not in text: {s['speaker']!r}")
    print(f"{fn}: {len(raw)} bytes, {len(blocks)} blocks, {len(d['statements'])} statements, published={p}")

print("roles:", dict(role_count))
print("kinds:", dict(kind_count), "total", sum(kind_count.values()))
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
