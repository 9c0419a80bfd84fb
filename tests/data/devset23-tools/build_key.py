"""Hand-written key for devset23. The key data are in build_key_part1.py (vis01-vis06) and
build_key_part2.py (vis07-vis12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Every file holds one story under one headline, so no
block is marked Heading.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset23` writes ../devset23-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
