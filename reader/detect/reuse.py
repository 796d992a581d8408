"""Text reused across issues: reprints and standing text, found without comparing all pairs.

A library of ten years holds millions of paragraphs, so comparing every
paragraph with every other is out of the question. `ReuseIndex` keeps an
inverted index (`postings.Postings`) over hashed 8-character n-grams of
normalised paragraph text (`text.normalise`: no spaces or punctuation):

* **Sampled n-grams.** Only n-grams whose hash has chosen bits zero are
  stored and looked up: 1 in 8 for long texts, 1 in 4 under `MIDDLE_BELOW`
  characters, 1 in 2 under `DENSE_BELOW`, since a short reprint with two
  OCR errors may keep no intact n-gram at the sparse rate (recall on the
  synthetic library of `benchmarks/detect_speed.py`: 0.999 at 1 in 4 for
  every length, 0.988 at 1 in 8, 0.942 at 1 in 16). The library keeps one
  row per print (`reader.db.reuse`), so the rate is its size. The choice depends on the text alone,
  so two copies keep the same n-grams; the index is a fraction of a full one.
* **Candidates, then verification.** A query (a batch: one issue) looks up its
  sampled n-grams once, counts hits per stored paragraph, and only paragraphs
  with `MIN_HITS` hits are compared for real with difflib: matching blocks of
  `BLOCK`+ characters give the shared length, which must pass `is_reuse`.

Cost is per character for hashing, per n-gram (times a logarithm: the number
of segments and the binary search) for look-ups, and per candidate for
verification, so it grows about linearly with the library. `add_issue` is the
import-time call: it reports what an issue's paragraphs share with earlier
issues ("also in …") and then stores them.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

import numpy as np

from reader.detect.duplicates import MIN_SPAN
from reader.detect.grams import GRAM, hash8
from reader.detect.postings import ROW_BITS, Postings
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
NEARLY_ALL = 0.95  # share of a text that counts as all of it despite OCR noise
LIMIT = 50  # matches returned per query paragraph, most shared first


def _sample_mask(bits: int) -> np.uint64:
    """Hash bits just below the stored key bits: well mixed, independent of the key."""
    return np.uint64(((1 << bits) - 1) << (ROW_BITS - bits))


_MASKS = np.array([_sample_mask(b) for b in (DENSE_BITS, MIDDLE_BITS, SAMPLE_BITS)])


@dataclass
class Reuse:
    """A stored paragraph that shares text with the query."""

    id: int
    group: int
    shared_chars: int  # characters in matching blocks (normalised text)
    longest: int  # the longest single matching block
    relation: str  # identical, near_identical, contains, contained, overlap (query's side)


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


class ReuseIndex:
    """Paragraph texts by id (and group, e.g. the issue), searchable for shared spans."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.groups = array("q")
        self.texts: list[str] = []
        self.postings = Postings()

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, ids: Sequence[int], texts: Sequence[str], group: int = 0) -> None:
        """Store paragraphs; `group` is what a query may exclude (their issue)."""
        self._store(ids, Prints(texts), group)

    def query(self, text: str, exclude_group: int | None = None) -> list[Reuse]:
        """Stored paragraphs sharing a long span with `text`, most shared first."""
        return self.query_many([text], exclude_group)[0]

    def query_many(
        self, texts: Sequence[str], exclude_group: int | None = None
    ) -> list[list[Reuse]]:
        """`query` for a batch (one issue), with one index look-up for all of it."""
        return self._search(Prints(texts), exclude_group)

    def add_issue(self, ids: Sequence[int], texts: Sequence[str], group: int) -> list[list[Reuse]]:
        """Query an issue's paragraphs against the other issues, then store them."""
        batch = Prints(texts)
        found = self._search(batch, group)
        self._store(ids, batch, group)
        return found

    def _store(self, ids: Sequence[int], batch: Prints, group: int) -> None:
        if len(ids) != len(batch.norms):
            raise ValueError("one id per text")
        self.postings.add(batch.keys, batch.local + len(self.texts))
        self.ids.extend(ids)
        self.groups.extend([group] * len(batch.norms))
        self.texts.extend(batch.norms)

    def _search(self, batch: Prints, exclude_group: int | None) -> list[list[Reuse]]:
        found: list[list[Reuse]] = [[] for _ in batch.norms]
        for query, row in self._candidates(batch, exclude_group):
            match = self._verify(batch.norms[query], row)
            if match is not None:
                found[query].append(match)
        for matches in found:
            matches.sort(key=lambda m: (-m.shared_chars, m.id))
            del matches[LIMIT:]
        return found

    def _candidates(self, batch: Prints, exclude_group: int | None) -> list[tuple[int, int]]:
        """(query, stored row) pairs sharing at least MIN_HITS sampled n-grams."""
        if not len(batch.keys) or not self.texts:
            return []
        queries, rows = self.postings.lookup(batch.keys, batch.local)
        stored = np.int64(len(self.texts))
        pairs, hits = np.unique(queries * stored + rows, return_counts=True)
        pairs = pairs[hits >= MIN_HITS]
        queries, rows = pairs // stored, pairs % stored
        if exclude_group is not None:
            keep = np.frombuffer(self.groups, dtype=np.int64)[rows] != exclude_group
            queries, rows = queries[keep], rows[keep]
        return list(zip(queries.tolist(), rows.tolist(), strict=True))

    def _verify(self, norm: str, row: int) -> Reuse | None:
        shared = compare(norm, self.texts[row])
        if shared is None:
            return None
        return Reuse(self.ids[row], self.groups[row], *shared)


def compare(norm: str, other: str) -> tuple[int, int, str] | None:
    """(shared characters, longest block, relation) when two normalised texts are reuse.

    Compared for real: matching blocks of BLOCK+ characters, then `is_reuse`.
    Shared by the in-memory index and the library's (`reader.db.reuse`).
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
