"""Hand-written key for devset13. The key data are in build_key_part1.py (prs01-prs06) and
build_key_part2.py (prs07-prs12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). Headings are listed by their text (every headline line
after the first, i.e. the later stories in the same sample); the script turns them into block
positions and fails if one is not found.

Data only: `python3 tests/data/brown-form-tools/sets.py key devset13` writes ../devset13-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
