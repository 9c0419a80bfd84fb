import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from texts_part1 import T as T1
from texts_part2 import T as T2
out = os.path.join(os.path.dirname(__file__), "..", "devset7")
for name, paras in list(T1.items()) + list(T2.items()):
    text = "\n\n".join(paras) + "\n"
    text.encode("ascii")
    with open(os.path.join(out, name), "w", newline="\n") as f:
        f.write(text)
    print(name, len(text.encode()), len(paras))
