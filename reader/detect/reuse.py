"""Text reused across issues: reprints and standing text, found without comparing all pairs.

A library of ten years holds about 500,000 articles and millions of
paragraphs, so comparing every paragraph with every other is out of the
question. `ReuseIndex` keeps an inverted index over hashed character n-grams
of normalised paragraph text (see `text.normalise`):

* **Sampled n-grams.** Only n-grams whose hash falls in one residue class
  (1 in 2**`SAMPLE_BITS`) are stored; short texts keep all of theirs. The choice depends on the text alone, so two
  copies keep the same n-grams, and a shared span of `MIN_SPAN`+ characters
  keeps several of them; the index is a quarter of a full one.
* **Sorted numpy segments.** Each `add` (one issue) becomes a sorted uint64
  array of postings (hash bits over row bits); segments of similar size are
  merged, as in a log-structured merge tree, so adding stays cheap and there
  are only about log₂(batches) segments to search. Memory is 8 bytes per
  stored n-gram plus the normalised texts.
* **Candidates, then verification.** A query looks up its sampled n-grams
  (`np.searchsorted` per segment), counts hits per stored paragraph, and only
  paragraphs with `MIN_HITS` hits are compared for real: matching blocks of
  at least `BLOCK` characters (difflib) give the shared length, which must pass
  `is_reuse`. Very
  common n-grams (standing phrases) are capped at `MAX_POSTINGS` per segment
  so a query never fans out to the whole library.

Cost grows about linearly with the library: hashing is per character, lookups
are logarithmic per n-gram, and verification is per candidate.
"""

from __future__ import annotations

from array import array
from itertools import accumulate
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from reader.detect.duplicates import MIN_SPAN
from reader.detect.grams import GRAM, hash8
from reader.detect.text import normalised_codes

SAMPLE_BITS = 2  # keep the n-grams with this many hash bits zero: 1 in 4
MIN_HITS = 2
MAX_POSTINGS = 64
# Reprints come from different scans, so OCR errors cut the shared text into
# pieces: the rule counts matching blocks of BLOCK+ characters, where the
# in-issue rule (one OCR run, identical copies) needs one unbroken span. See
# `is_reuse` for the thresholds.
BLOCK = 2
LONGEST = 12
REPRINT_SHARE = 0.7
PASSAGE = 100
# Texts shorter than this keep all their n-grams: a short reprint with two OCR
# errors may have no sampled n-gram left intact.
DENSE_BELOW = 64
BITMAP_BITS = 8
_CHUNK = 1 << 20
LIMIT = 50  # matches returned per query, longest first
NEARLY_ALL = 0.95  # share of a text that counts as all of it despite OCR noise
# A posting is one uint64: the hash's top 36 bits over the row's 28 bits
# (268 million paragraphs; a stray 36-bit collision is caught by MIN_HITS and
# verification).
ROW_BITS = 28
ROW_MASK = (1 << ROW_BITS) - 1
# Sampling looks at hash bits just below the stored ones: well mixed, and
# independent of the bits that identify the n-gram in a posting.
_SAMPLE_BITS_MASK = np.uint64(((1 << SAMPLE_BITS) - 1) << (ROW_BITS - SAMPLE_BITS))


@dataclass
class Reuse:
    """A stored paragraph that shares text with the query."""

    id: int
    group: int
    shared_chars: int  # characters in matching blocks (normalised text)
    longest: int  # the longest single matching block
    relation: str  # identical, near_identical, contains, contained, overlap (query's side)


class ReuseIndex:
    """Paragraph texts by id (and group, e.g. the issue), searchable for shared spans."""

    def __init__(self) -> None:
        self.ids = array("q")
        self.groups = array("q")
        self.texts: list[str] = []
        self.segments: list[_Segment] = []

    def __len__(self) -> int:
        return len(self.texts)

    def add(self, ids: Sequence[int], texts: Sequence[str], group: int = 0) -> None:
        """Store paragraphs; `group` is what a query may exclude (its own issue)."""
        self._store(ids, _Batch(texts), group)

    def query(self, text: str, exclude_group: int | None = None) -> list[Reuse]:
        """Stored paragraphs sharing a long span with `text`, longest first."""
        return self.query_many([text], exclude_group)[0]

    def query_many(self, texts: Sequence[str], exclude_group: int | None = None) -> list[list[Reuse]]:
        """`query` for a batch (one issue), with one index lookup for all of it."""
        return self._search(_Batch(texts), exclude_group)

    def add_issue(self, ids: Sequence[int], texts: Sequence[str], group: int) -> list[list[Reuse]]:
        """Query an issue's paragraphs against the other issues, then store them."""
        batch = _Batch(texts)
        found = self._search(batch, group)
        self._store(ids, batch, group)
        return found

    def _store(self, ids: Sequence[int], batch: _Batch, group: int) -> None:
        if len(self.texts) + len(batch.norms) > ROW_MASK:
            raise OverflowError(f"a ReuseIndex holds at most {ROW_MASK} paragraphs")
        rows = batch.local.astype(np.uint64) + np.uint64(len(self.texts))
        self.segments.append(_Segment(np.sort(batch.keys | rows)))
        self.ids.extend(ids)
        self.groups.extend([group] * len(batch.norms))
        self.texts.extend(batch.norms)
        self._compact()

    def _search(self, batch: _Batch, exclude_group: int | None) -> list[list[Reuse]]:
        found: list[list[Reuse]] = [[] for _ in batch.norms]
        for query, row in self._candidates(batch, exclude_group):
            match = self._verify(batch.norms[query], row)
            if match is not None:
                found[query].append(match)
        for matches in found:
            matches.sort(key=lambda m: (-m.shared_chars, m.id))
            del matches[LIMIT:]
        return found

    def _candidates(self, batch: _Batch, exclude_group: int | None) -> list[tuple[int, int]]:
        """(query, stored row) pairs sharing at least MIN_HITS sampled n-grams."""
        if not len(batch.keys) or not self.segments:
            return []
        pairs = [segment.lookup(batch.keys, batch.local) for segment in self.segments]
        queries = np.concatenate([p[0] for p in pairs])
        rows = np.concatenate([p[1] for p in pairs])
        keys, hits = np.unique(queries * np.int64(len(self.texts)) + rows, return_counts=True)
        keys = keys[hits >= MIN_HITS]
        queries, rows = keys // len(self.texts), keys % len(self.texts)
        if exclude_group is not None:
            keep = np.frombuffer(self.groups, dtype=np.int64)[rows] != exclude_group
            queries, rows = queries[keep], rows[keep]
        return list(zip(queries.tolist(), rows.tolist(), strict=True))

    def _verify(self, norm: str, row: int) -> Reuse | None:
        """Compare for real: matching blocks of BLOCK+ characters, the in-issue length rule."""
        other = self.texts[row]
        blocks = SequenceMatcher(None, norm, other, autojunk=False).get_matching_blocks()
        sizes = [block.size for block in blocks if block.size >= BLOCK]
        if not sizes or not is_reuse(sum(sizes), max(sizes), min(len(norm), len(other))):
            return None
        shared = sum(sizes)
        return Reuse(self.ids[row], self.groups[row], shared, max(sizes), _relation(norm, other, shared))

    def _compact(self) -> None:
        """Merge the newest segments while the older is not much bigger (binary counter)."""
        while len(self.segments) > 1 and self.segments[-2].size <= 2 * self.segments[-1].size:
            newer = self.segments.pop()
            older = self.segments.pop()
            self.segments.append(_Segment(_merge(older.postings, newer.postings)))


class _Batch:
    """Normalised texts of a batch, their sampled n-gram keys (sorted) and text index."""

    def __init__(self, texts: Sequence[str]) -> None:
        codes, counts = normalised_codes(texts)
        joined = codes.tobytes().decode("utf-32-le")
        ends = list(accumulate(counts.tolist()))
        self.norms = [joined[e - c : e] for e, c in zip(ends, counts.tolist(), strict=True)]
        hashes = hash8(joined)
        stops = np.asarray(ends, dtype=np.int64)
        short = np.repeat(counts < DENSE_BELOW, counts)[: len(hashes)]
        sampled = np.flatnonzero(short | ((hashes & _SAMPLE_BITS_MASK) == 0))
        local = np.searchsorted(stops, sampled, side="right")
        keep = (sampled + GRAM <= stops[np.minimum(local, len(stops) - 1)]) & (counts[local] >= MIN_SPAN)
        keys = _key(hashes[sampled[keep]])
        order = np.argsort(keys)  # sorted look-ups walk each segment once, cache-friendly
        self.keys, self.local = keys[order], local[keep][order]


def _key(hashes: np.ndarray) -> np.ndarray:
    """The hash bits of a posting: the top 64 - ROW_BITS bits."""
    return hashes & ~np.uint64(ROW_MASK)


def is_reuse(shared: int, longest: int, shorter: int) -> bool:
    """Reused text: most of the shorter paragraph, or one long passage.

    A reprint or standing text covers at least REPRINT_SHARE of the shorter
    paragraph (OCR errors take the rest) with one unbroken piece of LONGEST+
    characters; formulaic leads of one paper (本报讯(记者…)…主持召开…出席会议)
    share about half and are not reuse. A passage of PASSAGE+ unbroken
    characters is reuse whatever surrounds it.
    """
    if longest >= PASSAGE:
        return True
    return shared >= MIN_SPAN and longest >= LONGEST and shared >= REPRINT_SHARE * shorter


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


class _Segment:
    """Sorted postings, with a bitmap of the keys present to skip most look-ups.

    Binary search over millions of postings costs a few cache misses per key,
    and most keys of a query occur nowhere else; a bitmap with about
    BITMAP_BITS bits per posting (one byte) rejects nearly all of those first.
    """

    def __init__(self, postings: np.ndarray) -> None:
        self.postings = postings
        self.size = len(postings)
        self.bits = max(10, int(np.ceil(np.log2(max(1, self.size) * BITMAP_BITS))))
        self.bitmap = _bitmap(postings, self.bits)

    def lookup(self, keys: np.ndarray, local: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(query index, stored row) for every posting of the (sorted) keys, capped per key."""
        slots = keys >> np.uint64(64 - self.bits)
        maybe = (self.bitmap[slots >> np.uint64(3)] >> (slots & np.uint64(7)).astype(np.uint8)) & 1
        keys, local = keys[maybe == 1], local[maybe == 1]
        bounds = np.empty(2 * len(keys), dtype=np.uint64)
        bounds[0::2], bounds[1::2] = keys, keys + np.uint64(ROW_MASK + 1)  # [key, next key)
        places = np.searchsorted(self.postings, bounds).astype(np.int64)
        lo = places[0::2]
        counts = np.clip(places[1::2] - lo, 0, MAX_POSTINGS)
        total = int(counts.sum())
        if not total:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
        rows = self.postings[starts + np.arange(total)] & np.uint64(ROW_MASK)
        return np.repeat(local, counts), rows.astype(np.int64)


def _bitmap(postings: np.ndarray, bits: int) -> np.ndarray:
    """A bitmap of 2**bits bits, set at the top `bits` bits of the sorted postings.

    Built a chunk at a time, so the temporary arrays stay small next to the
    postings themselves.
    """
    bitmap = np.zeros(1 << max(0, bits - 3), dtype=np.uint8)
    for start in range(0, len(postings), _CHUNK):
        slots = postings[start : start + _CHUNK] >> np.uint64(64 - bits)
        byte = slots >> np.uint64(3)
        masks = np.left_shift(np.uint8(1), (slots & np.uint64(7)).astype(np.uint8))
        starts = np.flatnonzero(np.concatenate(([True], byte[1:] != byte[:-1])))
        bitmap[byte[starts]] |= np.bitwise_or.reduceat(masks, starts)
    return bitmap


def _merge(older: np.ndarray, newer: np.ndarray) -> np.ndarray:
    """Two sorted arrays into one, in linear time and one output array."""
    places = np.searchsorted(older, newer, side="right") + np.arange(len(newer))
    merged = np.empty(len(older) + len(newer), dtype=older.dtype)
    merged[places] = newer
    from_older = np.ones(len(merged), dtype=bool)
    from_older[places] = False
    del places
    merged[from_older] = older
    return merged
