"""Hand-written key for devset27. The key data are in build_key_part1.py (eco01-eco06) and
build_key_part2.py (eco07-eco12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). No file of this set holds a second headline; a second
report inside a story is printed in its own paragraph, not under a headline.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset27` writes ../devset27-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
