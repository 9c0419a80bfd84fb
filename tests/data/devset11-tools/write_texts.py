"""Writes the devset11 texts (texts_part1.py, texts_part2.py) to ../devset11/."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts_part1 import T as T1
from texts_part2 import T as T2
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "devset11")
os.makedirs(out, exist_ok=True)
for name, raw in list(T1.items()) + list(T2.items()):
    paras = [p.strip() for p in raw.strip().split("\n\n")]
    text = "\n\n".join(paras) + "\n"
    text.encode("ascii")
    with open(os.path.join(out, name), "w", newline="\n") as f:
        f.write(text)
    print(name, len(text.encode()), len(paras))
