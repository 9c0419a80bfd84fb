"""Hand-written key for devset16. The key data are in build_key_part1.py (spk01-spk06) and
build_key_part2.py (spk07-spk12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Each sample is one story under one headline, so no
block is a Heading.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset16` writes ../devset16-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
