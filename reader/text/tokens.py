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
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from operator import add

import numpy as np

SEPARATOR = "||"  # never a bigram (those are two word characters), never queried

_RUN = re.compile(r"\w+")
_NOT_INDEXED = frozenset(map(chr, [*range(0x21), 0x7F]))  # what the tokenizer splits on


def fold(text: str) -> str:
    """ASCII case folding, one character for one (offsets stay valid).

    `bytes.lower` touches only A-Z and runs in C, about 7× faster than
    `str.translate` on Chinese text; surrogates pass through unchanged.
    """
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def is_indexed_char(char: str) -> bool:
    """True for characters the FTS5 `ascii` tokenizer keeps: all but ASCII controls and space."""
    return char not in _NOT_INDEXED


def runs(text: str) -> list[str]:
    """The runs of word characters in folded `text`."""
    return _RUN.findall(fold(text))


def is_single_run(folded: str) -> bool:
    """True when `folded` is one run of word characters (the index alone decides it)."""
    return _RUN.fullmatch(folded) is not None


def bigrams(run: str) -> list[str]:
    """The overlapping bigrams of one run (empty for a run of one character)."""
    return list(map(add, run, run[1:]))


def bigram_text(parts: Iterable[str]) -> str:
    """Space-separated bigrams of every run in `parts`, separators where a phrase could leak."""
    return _bigram_text(fold("\n".join(parts)))


def _bigram_text(folded: str) -> str:
    return _bigram_codes(_codes(folded))


def _codes(folded: str) -> np.ndarray:
    """The code points of `folded` (lone surrogates pass through)."""
    return np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _bigram_codes(codes: np.ndarray) -> str:
    """`_bigram_text` in numpy: every token is two characters and a space, so the
    tokens are the rows of a (tokens × 3) array of code points.

    A bigram starts at each position where this and the next character are word
    characters; a new run begins wherever two bigrams are not adjacent, and gets a
    separator before it when its first character is the last of the bigram before.
    About 3× the speed of joining the bigrams in Python, the same text.
    """
    if codes.size < 2:
        return ""
    word = _is_word(codes)
    at = np.flatnonzero(word[:-1] & word[1:])
    if not at.size:
        return ""
    first, second = codes[at], codes[at + 1]
    separated = (at[1:] != at[:-1] + 1) & (second[:-1] == first[1:])
    if separated.any():
        rows = np.arange(at.size)
        rows[1:] += np.cumsum(separated)
        out = np.full((at.size + int(separated.sum()), 3), _BAR, dtype=np.uint32)
        out[rows, 0], out[rows, 1] = first, second
    else:
        out = np.empty((at.size, 3), dtype=np.uint32)
        out[:, 0], out[:, 1] = first, second
    out[:, 2] = _SPACE
    return _text(out.reshape(-1)[:-1])


_SPACE, _BAR = ord(" "), ord(SEPARATOR[0])
_BMP = 0x10000


@cache
def _bmp_words() -> np.ndarray:
    """Which characters of the Basic Multilingual Plane `\\w` matches (built once, ~30 ms)."""
    table = np.zeros(_BMP, dtype=bool)
    for run in _RUN.finditer("".join(map(chr, range(_BMP)))):
        table[run.start() : run.end()] = True
    return table


def _is_word(codes: np.ndarray) -> np.ndarray:
    """`\\w` for each code point, exactly as the regular expressions decide it."""
    word = _bmp_words()[np.minimum(codes, _BMP - 1)]
    astral = np.flatnonzero(codes >= _BMP)
    if astral.size:  # rare: CJK extension B and beyond, emoji
        word[astral] = [_RUN.fullmatch(chr(c)) is not None for c in codes[astral].tolist()]
    return word


def title_text(title: str) -> str:
    """The title column: its bigrams, a separator, then its characters one by one."""
    folded = fold(title)
    chars = " ".join(c for c in folded if c not in _NOT_INDEXED)
    return " ".join(part for part in (_bigram_text(folded), SEPARATOR, chars) if part)


def char_text(parts: Iterable[str]) -> str:
    """The distinct indexed characters of `parts`, sorted, space-separated."""
    return _char_text(fold("\n".join(parts)))


def _char_text(folded: str) -> str:
    return _char_codes(_codes(folded))


def _char_codes(codes: np.ndarray) -> str:
    """`_char_text` in numpy: the distinct code points, in order, but spaces and controls."""
    found = np.unique(codes)
    found = found[(found > 0x20) & (found != 0x7F)]  # _NOT_INDEXED
    out = np.empty((found.size, 2), dtype=np.uint32)
    out[:, 0], out[:, 1] = found, _SPACE
    return _text(out.reshape(-1)[:-1])


def document(title: str, paragraphs: Sequence[str], notes: str) -> tuple[str, str, str, str]:
    """The token strings of one article: (title, body, notes, characters), folding once."""
    body = _codes(fold("\n".join(paragraphs)))
    title_codes, notes_codes = _codes(fold(title)), _codes(fold(notes))
    return (
        title_text(title),
        _bigram_codes(body),
        _bigram_codes(notes_codes),
        _char_codes(np.concatenate((title_codes, body, notes_codes))),
    )


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
