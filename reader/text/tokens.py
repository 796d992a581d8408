"""Tokenising for search: character bigrams for the index, jieba words for suggestions.

Why bigrams and not words. Search must find every article that contains the
query string, exactly as a plain substring scan would. A word index (jieba
`cut_for_search`) misses every hit that does not fall on the segmenter's word
boundaries (recall 0.46 for 新农村 in MEASUREMENTS.md), and patching it up
with "words containing X" needs an infix scan of the vocabulary. Overlapping
character bigrams (what Lucene's CJK analyzer indexes) make substring search
exact by construction: a string of n ≥ 2 word characters occurs in a run of
text exactly when its n-1 bigrams occur at consecutive positions, which FTS5
answers as a phrase query. One-character queries go to a second, position-free
table of the distinct characters of each article. See `reader.db.search` for
the tables and `benchmarks/search_bench.py` for the measurements behind this.

What is indexed:

* Text is folded first: ASCII A-Z to a-z and nothing else, one character for
  one, so offsets stay valid and the rule matches SQLite's `LIKE`.
* A *run* is a maximal stretch of word characters (`\\w`: letters, digits,
  CJK, `_`). Punctuation, symbols and spaces end a run; bigrams never cross
  them, which keeps the index about a fifth smaller. A query that contains
  such characters is still exact: the search verifies its candidates against
  the text.
* Between runs, a SEPARATOR token is written only when the last character of
  the previous bigram equals the first of the next (`…ab，bc…`): that is the
  only case in which a phrase could match across the break, so separators
  are rare and positions stay dense.
* The title column also lists the title's characters one by one after a
  separator, so a one-character query can tell title hits from body hits.

Tokens are joined by single spaces; the FTS5 tables use the `ascii` tokenizer
with every ASCII punctuation character declared a token character, so each
space-separated token here is exactly one FTS5 token (Python's sqlite3
cannot register a custom tokenizer). Everything is deterministic: the same
text always gives the same tokens, which the contentless tables rely on to
delete a document.

Words: `words()` segments with rjieba (jieba-rs, about 13× jieba's speed and
a 0.12 s start-up instead of ~0.9 s), falling back to jieba when rjieba is not
installed; HMM is off in both, so both give the same dictionary words.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from functools import cache
from operator import add

SEPARATOR = "||"  # never a bigram (those are two word characters), never queried

_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_RUN = re.compile(r"\w+")
_LONG_RUN = re.compile(r"\w{2,}")
_WORD_ONLY = re.compile(r"\w+")


def fold(text: str) -> str:
    """ASCII case folding, one character for one (offsets stay valid)."""
    return text.translate(_FOLD)


def is_indexed_char(char: str) -> bool:
    """True for characters the FTS5 `ascii` tokenizer keeps: all but ASCII controls and space."""
    return char > " " and char != "\x7f"


def runs(text: str) -> list[str]:
    """The runs of word characters in folded `text`."""
    return _RUN.findall(fold(text))


def is_single_run(folded: str) -> bool:
    """True when `folded` is one run of word characters (the index alone decides it)."""
    return _WORD_ONLY.fullmatch(folded) is not None


def bigrams(run: str) -> list[str]:
    """The overlapping bigrams of one run (empty for a run of one character)."""
    return list(map(add, run, run[1:]))


def bigram_text(parts: Iterable[str]) -> str:
    """Space-separated bigrams of every run in `parts`, separators where a phrase could leak."""
    out: list[str] = []
    last = ""
    for part in parts:
        for run in _LONG_RUN.findall(fold(part)):
            if run[0] == last:
                out.append(SEPARATOR)
            out.append(" ".join(map(add, run, run[1:])))
            last = run[-1]
    return " ".join(out)


def title_text(title: str) -> str:
    """The title column: its bigrams, a separator, then its characters one by one."""
    chars = " ".join(c for c in fold(title) if is_indexed_char(c))
    return " ".join(part for part in (bigram_text([title]), SEPARATOR, chars) if part)


def char_text(parts: Iterable[str]) -> str:
    """The distinct indexed characters of `parts`, sorted, space-separated."""
    chars: set[str] = set()
    for part in parts:
        chars.update(fold(part))
    return " ".join(sorted(c for c in chars if is_indexed_char(c)))


def words(text: str) -> list[str]:
    """Dictionary words of `text` (rjieba, else jieba; HMM off), without blanks."""
    return [w for w in _segmenter()[1](text) if w.strip()]


def segmenter_name() -> str:
    """Which segmenter `words` uses: "rjieba" or "jieba"."""
    return _segmenter()[0]


@cache
def _segmenter() -> tuple[str, Callable[[str], list[str]]]:
    try:
        import rjieba
    except ImportError:
        import jieba

        jieba.setLogLevel(60)
        return "jieba", lambda text: jieba.lcut(text, HMM=False)
    return "rjieba", lambda text: rjieba.cut(text, False)
