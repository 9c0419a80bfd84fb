"""Hand-written key for devset11. The key data are in build_key_part1.py (wir01-wir06) and
build_key_part2.py (wir07-wir12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Headings are listed by their text (every headline line
after the first, i.e. the later stories in the same sample); the script turns them into block
positions and fails if one is not found. Running it writes ../devset11-key.json."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
TEXTS = os.path.join(HERE, "..", "devset11")
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2


def main():
    out = []
    for name, headings, stmts, notes in DOCS:
        text = open(os.path.join(TEXTS, name), encoding="utf-8").read()
        blocks = text.rstrip("\n").split("\n\n")
        for h in headings:
            assert h in blocks, (name, h)
        roles = []
        for i, b in enumerate(blocks):
            roles.append({"start": b[:40], "role": "Title" if i == 0 else ("Heading" if b in headings else "Body")})
        out.append({
            "fileName": name,
            "title": blocks[0],
            "published": None,
            "blocks": roles,
            "statements": [{"speaker": s, "cue": c, "kind": k, "snippet": p} for s, c, k, p in stmts],
            "notes": notes,
        })
    with open(os.path.join(HERE, "..", "devset11-key.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"documents": out}, f, indent=2)
        f.write("\n")

if __name__ == "__main__":
    main()
