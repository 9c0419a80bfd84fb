"""Hand-written key for devset21. The key data are in build_key_part1.py (wir01-wir06) and
build_key_part2.py (wir07-wir12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). The "news in brief" columns (wir07, wir08, wir09) hold
six items each; the headline of every item after the first is given by its text and marked Heading.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset21` writes ../devset21-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
