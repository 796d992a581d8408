"""Text reused across issues: what counts as reuse, and the prints that find candidates.

A library of ten years holds millions of paragraphs, so comparing every
paragraph with every other is out of the question. Each paragraph gets
*prints*: hashes of sampled 8-character n-grams of its normalised text
(`text.normalise`: no spaces or punctuation), which the library keeps in
sorted runs it can look up by value (`reader.db.print_runs`):

* **Sampled n-grams.** Only n-grams whose hash has chosen bits zero are kept:
  1 in 8 for long texts, 1 in 4 under `MIDDLE_BELOW` characters, 1 in 2
  under `DENSE_BELOW`, since a short reprint with two OCR errors may keep no
  intact n-gram at the sparse rate. The choice depends on the text alone, so
  two copies keep the same n-grams. Recall of planted OCR-damaged copies in
  `benchmarks/detect_speed.py` (20,036 paragraphs, 342 copies): 0.999 at
  1 in 4 for every length, 0.988 at 1 in 8, 0.942 at 1 in 16, 0.997 with
  these tiers. The library keeps every print, so the rate is its size.
* **Candidates, then verification.** Paragraphs sharing `MIN_HITS` prints
  with a new one are compared for real (`compare`): matching blocks of
  `BLOCK`+ characters give the shared length, which must pass `is_reuse`.

This is passim's plan (n-gram candidates, then alignment), with sampled
n-grams instead of all of them and difflib's matching blocks instead of
Smith-Waterman: enough to tell a reprint through OCR noise from the
formulaic phrases every paper repeats.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import accumulate

import numpy as np

from reader.detect.duplicates import MIN_SPAN
from reader.detect.grams import GRAM, hash8
from reader.detect.text import normalised_codes

SAMPLE_BITS = 3
MIDDLE_BELOW = 200
MIDDLE_BITS = 2
DENSE_BELOW = 64
DENSE_BITS = 1
MIN_HITS = 2
# Reprints come from different scans, so OCR errors cut the shared text into
# pieces: verification counts matching blocks of BLOCK+ characters, where the
# in-issue rule (one OCR run, exact copies) needs one unbroken span.
BLOCK = 2
LONGEST = GRAM  # at least one intact n-gram; the share does the rest
REPRINT_SHARE = 0.7
PASSAGE = 100
NEARLY_ALL = 0.9  # share of a text that counts as all of it despite OCR noise (3–5% misreads)


_SAMPLE_TOP = 28  # sampling looks at hash bits below this one; prints keep the top 32


def _sample_mask(bits: int) -> np.uint64:
    """Hash bits well below the kept ones: well mixed, and independent of the print."""
    return np.uint64(((1 << bits) - 1) << (_SAMPLE_TOP - bits))


_MASKS = np.array([_sample_mask(b) for b in (DENSE_BITS, MIDDLE_BITS, SAMPLE_BITS)])


def is_reuse(shared: int, longest: int, shorter: int) -> bool:
    """Reused text: most of the shorter paragraph, or one long passage.

    A reprint or standing text covers at least REPRINT_SHARE of the shorter
    paragraph (OCR errors take the rest) with one unbroken piece of LONGEST+
    characters; the formulaic leads of one paper (本报讯(记者…)…主持召开…
    出席会议) share about half of each other and are not reuse. An unbroken
    passage of PASSAGE+ characters is reuse whatever surrounds it.
    """
    if longest >= PASSAGE:
        return True
    return shared >= MIN_SPAN and longest >= LONGEST and shared >= REPRINT_SHARE * shorter


def compare(norm: str, other: str) -> tuple[int, int, str] | None:
    """(shared characters, longest block, relation) when two normalised texts are reuse.

    Compared for real: matching blocks of BLOCK+ characters, then `is_reuse`.
    """
    if norm == other:  # standing text, exact reprints: most pairs, and no need to align
        return (len(norm), len(norm), "identical") if len(norm) >= MIN_SPAN else None
    blocks = SequenceMatcher(None, norm, other, autojunk=False).get_matching_blocks()
    sizes = [block.size for block in blocks if block.size >= BLOCK]
    if not sizes or not is_reuse(sum(sizes), max(sizes), min(len(norm), len(other))):
        return None
    shared = sum(sizes)
    return shared, max(sizes), _relation(norm, other, shared)


class Prints:
    """Normalised texts of a batch, their sampled n-gram hashes (sorted) and text index.

    `keys[i]` is a print of text `local[i]`; texts under MIN_SPAN characters have none.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        codes, counts = normalised_codes(texts)
        joined = codes.tobytes().decode("utf-32-le")
        ends = list(accumulate(counts.tolist()))
        self.norms = [
            joined[end - count : end] for end, count in zip(ends, counts.tolist(), strict=True)
        ]
        hashes = hash8(joined)
        tier = np.searchsorted([DENSE_BELOW, MIDDLE_BELOW], counts, side="right")
        masks = np.repeat(_MASKS[tier], counts)[: len(hashes)]
        picked = np.flatnonzero((hashes & masks) == 0)
        stops = np.asarray(ends, dtype=np.int64)
        local = np.searchsorted(stops, picked, side="right")
        inside = picked + GRAM <= stops[np.minimum(local, len(stops) - 1)]
        keep = inside & (counts[np.minimum(local, len(counts) - 1)] >= MIN_SPAN)
        order = np.argsort(hashes[picked[keep]])  # sorted look-ups walk each segment once
        self.keys = hashes[picked[keep]][order]
        self.local = local[keep][order]


def _relation(norm: str, other: str, shared: int) -> str:
    """How the query stands to the stored text; OCR noise allows 5 % slack."""
    if norm == other:
        return "identical"
    covers_other = shared >= len(other) * NEARLY_ALL
    covered = shared >= len(norm) * NEARLY_ALL
    if covers_other and covered:
        return "near_identical"
    if covers_other:
        return "contains"
    return "contained" if covered else "overlap"
