"""Hand-written key for devset24. The key data are in build_key_part1.py (clb01-clb06) and
build_key_part2.py (clb07-clb12). Only the block 'start' strings are computed (first 40 chars of
each block) and the title (the first line). A file holding a second story gives that story's
headline as a later headline line, which the key marks Heading (clb02).

Data only: `python3 tests/data/brown-form-tools/sets.py key devset24` writes ../devset24-key.json from it.
"""
from build_key_part1 import DOCS as DOCS1
from build_key_part2 import DOCS as DOCS2
DOCS = DOCS1 + DOCS2
