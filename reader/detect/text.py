"""Text shape helpers shared by the detectors: normalised text and sentence edges.

Every detector compares *normalised* text: letters, digits and Chinese
characters only, full-width forms folded to their plain shape and Latin letters
lower-cased. OCR spreads punctuation and spaces unreliably (`,` for `，`, a
space inside a word), so two copies of one paragraph agree only once those are
gone. The fold is one character to one character, so an offset in the
normalised text maps back to exactly one character of the source text. It
runs as array look-ups over whole issues (a table per BMP code point, built
once), because a regular expression costs about 10 µs per paragraph and a
library has millions of them.

The sentence-edge helpers say whether a paragraph ends like a finished
sentence and whether it reads like running text (prose) rather than a label
(`扫一扫 关注我们`, `□号 角`), which is what the break, fragment and column
rules need.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_CHAR = re.compile(f"[{CJK}]")

# A paragraph that ends with one of these (after closing quotes and brackets)
# ends a sentence; a colon introduces what follows, which is not a break either.
TERMINAL = frozenset("。．.！!？?；;：:…")
CLOSERS = "”’」』)）》】〕〗]\"'"
# Clause punctuation: running text carries it, labels and slogans do not.
CLAUSE_MARKS = frozenset("，,、；;：:。！!？?")
_CLAUSE_MARK = re.compile("[，,、；;：:。！!？?]")
# A photo credit closes a caption without a full stop: `… 本报通讯员 马强 摄`.
_CREDIT = re.compile(r"\s\S{0,16}(?:摄|供图|制图|绘)\s*[)）]?$")
_WORDY = re.compile(f"[{CJK}A-Za-z]")
# Spaces between two Chinese characters: the mark of a label or slogan.
_INNER_SPACE = re.compile(f"[{CJK}]\\s+[{CJK}]")
# Longer than this without clause marks or inner spaces still reads as text.
PROSE_WITHOUT_MARKS = 25


# Ideograph and Hangul blocks: all kept, none folded (checked once per block, not per char).
_PLAIN_BLOCKS = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xAC00, 0xD7A4))


@cache
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """For every BMP code point: is it kept, and its one-character fold (NFKC, lower)."""
    keep = np.zeros(0x10000, dtype=bool)
    fold = np.arange(0x10000, dtype=np.uint32)
    plain = np.zeros(0x10000, dtype=bool)
    for lo, hi in _PLAIN_BLOCKS:
        plain[lo:hi] = keep[lo:hi] = True
    for code in np.flatnonzero(~plain).tolist():
        char = chr(code)
        if char.isalnum():  # what a regex word character is, less the underscore
            keep[code] = True
            folded = unicodedata.normalize("NFKC", char).lower()
            if len(folded) == 1 and folded.isalnum():
                fold[code] = ord(folded)
    return keep, fold


def _keep_and_fold(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep_table, fold_table = _tables()
    low = codes < 0x10000
    if low.all():
        return keep_table[codes], fold_table[codes]
    clipped = np.where(low, codes, 0)
    keep, fold = keep_table[clipped], np.where(low, fold_table[clipped], codes)
    astral = np.flatnonzero(~low)
    keep[astral] = [chr(code).isalnum() for code in codes[astral].tolist()]
    return keep, fold


def normalised_codes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Kept, folded code points of all `texts` back to back, and how many per text."""
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    keep, fold = _keep_and_fold(codes)
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)))
    kept_before = np.concatenate(([0], np.cumsum(keep)))
    counts = np.diff(np.concatenate(([0], kept_before[ends])))
    return fold[keep], counts


def normalise_all(texts: Sequence[str]) -> list[str]:
    """`normalise` for many texts at once (one pass of array operations)."""
    codes, counts = normalised_codes(texts)
    joined = codes.tobytes().decode("utf-32-le")
    ends = np.cumsum(counts).tolist()
    return [joined[end - count : end] for end, count in zip(ends, counts.tolist(), strict=True)]


def normalise(text: str) -> str:
    """Letters, digits and ideographs of `text`, folded; one char per kept char."""
    return normalise_all([text])[0]


def kept_offsets(text: str) -> list[int]:
    """Offset in `text` of each character of `normalise(text)`, in order."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return np.flatnonzero(_keep_and_fold(codes)[0]).tolist()


def is_cjk(char: str) -> bool:
    return bool(CJK_CHAR.fullmatch(char))


def ends_sentence(text: str) -> bool:
    """True when the paragraph ends like a finished sentence (or a caption credit)."""
    stripped = text.rstrip()
    if not stripped:
        return True
    if stripped[-1] in CLOSERS:
        return True  # a closing quote or bracket ends the paragraph on purpose
    return stripped[-1] in TERMINAL or bool(_CREDIT.search(stripped))


def is_prose(text: str) -> bool:
    """Running text rather than a label: words with clause marks, or long without spaces."""
    body = text.strip()
    if not _WORDY.search(body):
        return False  # rules, dashes, dots: no text at all
    if _CLAUSE_MARK.search(body):
        return True
    return len(body) >= PROSE_WITHOUT_MARKS and not _INNER_SPACE.search(body)


def has_inner_space(text: str) -> bool:
    """Whitespace between two Chinese characters (labels, slogans, bylines)."""
    return bool(_INNER_SPACE.search(text.strip()))


def first_char(text: str) -> str:
    stripped = text.lstrip()
    return stripped[0] if stripped else ""
