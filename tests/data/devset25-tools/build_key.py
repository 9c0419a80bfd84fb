"""Hand-written key for devset25. The key data are in build_key_part1.py (dis01-dis06) and
build_key_part2.py (dis07-dis12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Every file is one wire story under one headline (no
Headings); the dateline is joined to the first paragraph, a Body block.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset25` writes ../devset25-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
