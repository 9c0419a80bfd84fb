"""Hand-written key for devset26. The key data are in build_key_part1.py (awd01-awd06) and
build_key_part2.py (awd07-awd12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Every file holds one story under one headline, so no
block is marked Heading.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset26` writes ../devset26-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
