"""An append-only inverted index of n-gram keys in sorted numpy arrays.

Each posting is one uint64: the n-gram hash's top 36 bits over a 28-bit row
number (268 million paragraphs). Postings live in sorted *segments*, as in a
log-structured merge tree: every batch (one issue) becomes a small segment,
and the newest segment is merged into the one before while that one is at
most `MERGE_RATIO` times bigger. Adding then costs O(log n) merge passes per
posting, all in C, and a query searches only a handful of segments.

Binary search over millions of postings costs a few cache misses per key, and
most keys of a query occur nowhere else; large segments carry a bitmap (one
byte per posting) that turns those keys away first. A key that is very common
(a standing phrase) returns at most `MAX_POSTINGS` rows per segment, so one
query never fans out to the whole library.
"""

from __future__ import annotations

import numpy as np

ROW_BITS = 28
ROW_MASK = (1 << ROW_BITS) - 1
MAX_POSTINGS = 64
MERGE_RATIO = 4
BITMAP_BITS = 8  # bits of bitmap per posting: about 1 in 8 absent keys gets through
BITMAP_FROM = 1 << 14  # tiny segments sit in the cache; a bitmap costs more than it saves
_BLOCK_SLOTS = 1 << 23
_ROW = np.uint64(ROW_MASK)
_NEXT_KEY = np.uint64(ROW_MASK + 1)


def key_of(hashes: np.ndarray) -> np.ndarray:
    """The part of a hash that a posting keeps (its top 64 - ROW_BITS bits)."""
    return hashes & ~_ROW


class Postings:
    """Keys with rows, added in batches, looked up in batches."""

    def __init__(self) -> None:
        self.segments: list[_Segment] = []

    @property
    def size(self) -> int:
        return sum(segment.size for segment in self.segments)

    def add(self, keys: np.ndarray, rows: np.ndarray) -> None:
        """Store (key, row) pairs; rows must be below 2**ROW_BITS."""
        if len(rows) and int(rows.max()) > ROW_MASK:
            raise OverflowError(f"row numbers stop at {ROW_MASK}")
        self.segments.append(_Segment(np.sort(key_of(keys) | rows.astype(np.uint64))))
        while (
            len(self.segments) > 1
            and self.segments[-2].size <= MERGE_RATIO * self.segments[-1].size
        ):
            newer = self.segments.pop()
            older = self.segments.pop()
            self.segments.append(_Segment(_merge(older.postings, newer.postings)))

    def lookup(self, keys: np.ndarray, local: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(local, row) for each stored posting of each key; `keys` sorted for speed."""
        found = [segment.lookup(key_of(keys), local) for segment in self.segments]
        if not found:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        return np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])


class _Segment:
    """Sorted postings, and for large segments a bitmap of the keys present."""

    def __init__(self, postings: np.ndarray) -> None:
        self.postings = postings
        self.size = len(postings)
        self.bits = int(np.ceil(np.log2(max(1, self.size) * BITMAP_BITS)))
        self.bitmap = _bitmap(postings, self.bits) if self.size >= BITMAP_FROM else None

    def lookup(self, keys: np.ndarray, local: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if self.bitmap is not None:
            slots = keys >> np.uint64(64 - self.bits)
            maybe = (
                self.bitmap[slots >> np.uint64(3)] >> (slots & np.uint64(7)).astype(np.uint8)
            ) & 1
            keys, local = keys[maybe == 1], local[maybe == 1]
        bounds = np.empty(2 * len(keys), dtype=np.uint64)
        bounds[0::2], bounds[1::2] = keys, keys + _NEXT_KEY  # [key, next key): one search
        places = np.searchsorted(self.postings, bounds).astype(np.int64)
        lo = places[0::2]
        counts = np.clip(places[1::2] - lo, 0, MAX_POSTINGS)
        total = int(counts.sum())
        if not total:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
        rows = self.postings[starts + np.arange(total)] & _ROW
        return np.repeat(local, counts), rows.astype(np.int64)


def _bitmap(postings: np.ndarray, bits: int) -> np.ndarray:
    """2**bits bits, set at the top `bits` bits of each sorted posting.

    Built a block of slots at a time (a bool per slot, then packed), so the
    temporary arrays stay small next to the postings themselves.
    """
    shift = np.uint64(64 - bits)
    total = 1 << bits
    block = min(total, _BLOCK_SLOTS)
    edges = np.arange(0, total + 1, block, dtype=np.uint64)
    places = np.searchsorted(postings, edges << shift).tolist()
    places[-1] = len(postings)  # the last edge wraps to zero when bits == 64
    parts: list[np.ndarray] = []
    for index, (lo, hi) in enumerate(zip(places[:-1], places[1:], strict=True)):
        present = np.zeros(block, dtype=bool)
        present[(postings[lo:hi] >> shift) - edges[index]] = True
        parts.append(np.packbits(present, bitorder="little"))
    return np.concatenate(parts)


def _merge(older: np.ndarray, newer: np.ndarray) -> np.ndarray:
    """Two sorted arrays into one: numpy's stable sort (timsort) merges two sorted runs."""
    merged = np.concatenate((older, newer))
    merged.sort(kind="stable")
    return merged
