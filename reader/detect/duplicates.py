"""Repeated text inside one issue: which paragraph repeats which, and where.

OCR of a newspaper page sometimes reads a column block twice, glues a copy of
one paragraph's tail onto another, or returns a narrow column both as flowing
text and line by line. All of these leave the same trace: a long span of
normalised text (no spaces, no punctuation) that occurs twice.

How the search works. Paragraphs are grouped into *units* that read as one
text: a paragraph with the paragraphs it was broken from (a break cuts a
sentence, so a copy may run across it) and a column run joined into one line.
Later exact copies of a unit's text are set aside first. The remaining units
form one stream; 8-character n-grams that occur more than once seed matches,
and matches are grown along their diagonal (see `grams`). A match is kept when
it is long for its context (`is_repeat`): the span must be at least
`MIN_SPAN` characters, and the shorter the span the larger the share of the
shorter paragraph it must cover, because short common strings are how news is
written (`本报讯(记者付凯明)`, `示范区(高新区)党委副书记、管委会主任宫卫红主持召开`)
while OCR copies repeat a paragraph or a column block wholesale:

    span ≥ 16 chars and ≥ 80 % of the shorter paragraph   (a stray copy, a short repeat)
    span ≥ 40 chars and ≥ 50 %                            (a block inside a longer text)
    span ≥ 100 chars, any share                           (no phrase is that long by habit)

Each kept match is attributed to the paragraph pairs it covers; the later copy
is the one flagged, the earlier one is what it repeats.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from reader.detect.grams import GRAM, hash8

MIN_SPAN = 16
# (span length, share of the shorter paragraph needed at that length), longest first.
SHARE_NEEDED = ((100, 0.0), (40, 0.5), (MIN_SPAN, 0.8))
# A seed n-gram occurring more often than this pairs each copy with the first few only;
# one occurring MAX_GROUP times or more is a pattern and seeds nothing.
MAX_PARTNERS = 16
MAX_GROUP = 64
_SEP = "\x00"
# Sorting packs a place (< 16 M characters per issue) under the top 40 hash bits.
_PLACE_BITS = 24
_PLACE_MASK = (1 << _PLACE_BITS) - 1


@dataclass
class Match:
    """One paragraph (the later copy) repeating another; offsets in normalised text.

    `start`/`end` are (paragraph position, offset) pairs, end exclusive, so a
    span may run over several lines of a column run.
    """

    of: int
    shared: int
    text: str
    start: tuple[int, int]
    end: tuple[int, int]
    of_start: tuple[int, int]
    of_end: tuple[int, int]


@dataclass
class Repeats:
    """Matches by flagged owner and by the owner repeated; coverage by paragraph.

    `coverage` is the share of a paragraph's normalised text found earlier in
    the issue; `texts` the normalised text of each owner (a run joined).
    """

    matches: dict[int, dict[int, Match]] = field(default_factory=dict)
    coverage: dict[int, float] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)

    def relation(self, key: int, match: Match) -> str:
        """identical, contains (the other is inside this one), contained, or overlap."""
        mine, theirs = self.texts[key], self.texts[match.of]
        if mine == theirs:
            return "identical"
        if match.shared >= len(theirs):
            return "contains"
        if match.shared >= len(mine):
            return "contained"
        return "overlap"


def is_repeat(span: int, shorter: int) -> bool:
    """The length rule above: is a shared span of `span` chars a copy?"""
    share = span / shorter if shorter else 0.0
    return any(span >= size and share >= needed for size, needed in SHARE_NEEDED)


def find_repeats(norms: dict[int, str], units: list[list[int]], owner: dict[int, int]) -> Repeats:
    """Repeated spans among `units` (lists of positions whose texts read as one).

    `norms` holds the normalised text of every position in a unit, in reading
    order; `owner` maps a position to the paragraph a finding is reported on
    (a column run's lines all map to the run's first line).
    """
    search = _Search(norms, owner)
    search.build_stream(search.set_aside_copies(units))
    for p1, p2, span in search.seed_matches():
        search.consider(p1, p2, span)
    return search.result


class _Search:
    def __init__(self, norms: dict[int, str], owner: dict[int, int]) -> None:
        self.norms = norms
        self.owner = owner
        self.result = Repeats()
        self.covered: dict[int, np.ndarray] = {}
        texts: dict[int, str] = {}
        self._lines: dict[int, list[int]] = {}  # owner → its positions, in reading order
        for position, text in norms.items():
            key = owner[position]
            texts[key] = texts[key] + text if key in texts else text
            self._lines.setdefault(key, []).append(position)
        self.result.texts = texts

    def lines(self, key: int) -> list[int]:
        """An owner's positions; looked up, not scanned (an issue of repeated copies has
        as many owners as paragraphs, and a scan per copy made it quadratic)."""
        return self._lines.get(key, [])

    def set_aside_copies(self, units: list[list[int]]) -> list[list[int]]:
        """Flag later exact copies of an owner's text and drop them from the stream."""
        first: dict[str, int] = {}
        copies: set[int] = set()
        for key, text in sorted(self.result.texts.items()):
            if len(text) < MIN_SPAN:
                continue
            if text in first:
                self._record_identical(key, first[text], text)
                copies.add(key)
            else:
                first[text] = key
        if not copies:
            return units
        kept: list[list[int]] = []
        for unit in units:
            piece: list[int] = []
            for position in unit:
                if self.owner[position] in copies:
                    kept.append(piece)
                    piece = []
                else:
                    piece.append(position)
            kept.append(piece)
        return [piece for piece in kept if piece]

    def _record_identical(self, key: int, of: int, text: str) -> None:
        lines, of_lines = self.lines(key), self.lines(of)
        match = Match(
            of=of,
            shared=len(text),
            text=text,
            start=(lines[0], 0),
            end=(lines[-1], len(self.norms[lines[-1]])),
            of_start=(of_lines[0], 0),
            of_end=(of_lines[-1], len(self.norms[of_lines[-1]])),
        )
        self.result.matches.setdefault(key, {})[of] = match
        for line in lines:
            self.result.coverage[line] = 1.0

    def build_stream(self, units: list[list[int]]) -> None:
        """All units in one string, a separator after each; where each member starts."""
        self.members = [p for unit in units for p in unit]
        starts: list[int] = []
        separators: list[int] = []
        pieces: list[str] = []
        at = 0
        for unit in units:
            for position in unit:
                starts.append(at)
                pieces.append(self.norms[position])
                at += len(self.norms[position])
            separators.append(at)
            pieces.append(_SEP)
            at += 1
        self.stream = "".join(pieces)
        self.starts = np.asarray(starts, dtype=np.int64)
        self.member_array = np.asarray(self.members, dtype=np.int64)
        self.separators = np.asarray(separators or [0], dtype=np.int64)

    def seed_matches(self) -> list[tuple[int, int, int]]:
        """(earlier start, later start, length) of maximal runs of shared n-grams."""
        first, second = _repeated_pairs(hash8(self.stream))
        if len(first):
            keep = ~self._across_units(first) & ~self._across_units(second)
            first, second = first[keep], second[keep]
        if not len(first):
            return []
        diagonal = second - first
        order = np.lexsort((first, diagonal))
        first, diagonal = first[order], diagonal[order]
        new_run = np.ones(len(first), dtype=bool)
        new_run[1:] = (diagonal[1:] != diagonal[:-1]) | (first[1:] != first[:-1] + 1)
        starts = np.flatnonzero(new_run)
        lengths = np.diff(np.append(starts, len(first))) + GRAM - 1
        return [
            (int(first[s]), int(first[s] + diagonal[s]), int(n))
            for s, n in zip(starts, lengths, strict=True)
            if n >= MIN_SPAN
        ]

    def _across_units(self, places: np.ndarray) -> np.ndarray:
        """Which n-grams starting at `places` contain a unit separator."""
        after = np.searchsorted(self.separators, places)
        return self.separators[np.minimum(after, len(self.separators) - 1)] < places + GRAM

    def _locate(self, start: int, span: int) -> tuple[np.ndarray, np.ndarray]:
        """Paragraph position and offset in its normalised text of each char of a span."""
        places = np.arange(start, start + span)
        member = np.searchsorted(self.starts, places, side="right") - 1
        return self.member_array[member], places - self.starts[member]

    def consider(self, p1: int, p2: int, span: int) -> None:
        span = min(span, p2 - p1)  # copies that overlap themselves (periodic text)
        if span < MIN_SPAN or self.stream[p1 : p1 + span] != self.stream[p2 : p2 + span]:
            return
        later, later_off = self._locate(p2, span)
        earlier, earlier_off = self._locate(p1, span)
        if not is_repeat(span, min(self._touched_len(later), self._touched_len(earlier))):
            return
        keys = later * (int(later.max()) + int(earlier.max()) + 2) + earlier
        _, firsts, counts = np.unique(keys, return_index=True, return_counts=True)
        pieces: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for index, count in zip(firsts.tolist(), counts.tolist(), strict=True):
            q, p = int(later[index]), int(earlier[index])
            self._cover(q, int(later_off[index]), count)
            pair = (self.owner[q], self.owner[p])
            if pair[0] != pair[1]:
                pieces.setdefault(pair, []).append((index, count))
        where = (later, later_off, earlier, earlier_off)
        for (key, of), parts in pieces.items():
            self._keep(key, self._match(of, p2, where, parts))

    def _touched_len(self, positions: np.ndarray) -> int:
        """Length of the paragraphs (whole runs) a span lies in."""
        keys = {self.owner[p] for p in np.unique(positions).tolist()}
        return sum(len(self.result.texts[key]) for key in keys)

    def _match(self, of: int, p2: int, where: tuple, parts: list[tuple[int, int]]) -> Match:
        later, later_off, earlier, earlier_off = where
        lo = min(index for index, _ in parts)
        hi = max(index + count for index, count in parts) - 1
        return Match(
            of=of,
            shared=sum(count for _, count in parts),
            text=self.stream[p2 + lo : p2 + hi + 1],
            start=(int(later[lo]), int(later_off[lo])),
            end=(int(later[hi]), int(later_off[hi]) + 1),
            of_start=(int(earlier[lo]), int(earlier_off[lo])),
            of_end=(int(earlier[hi]), int(earlier_off[hi]) + 1),
        )

    def _keep(self, key: int, match: Match) -> None:
        found = self.result.matches.setdefault(key, {})
        if match.of not in found or found[match.of].shared < match.shared:
            found[match.of] = match

    def _cover(self, position: int, offset: int, count: int) -> None:
        if position not in self.covered:
            self.covered[position] = np.zeros(len(self.norms[position]), dtype=bool)
        mask = self.covered[position]
        mask[offset : offset + count] = True
        self.result.coverage[position] = float(mask.mean())


def _repeated_pairs(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (earlier, later) pair of places whose n-grams hash alike."""
    keys, places = _sorted_with_places(hashes)
    same = np.flatnonzero(keys[1:] == keys[:-1])
    first: list[int] = []
    second: list[int] = []
    for group in _groups(same.tolist()):
        if len(group) >= MAX_GROUP:
            continue  # a pattern (——, 长长长…), not a copy
        members = places[group[0] : group[-1] + 2].tolist()
        for j in range(1, len(members)):
            for i in range(min(j, MAX_PARTNERS)):
                first.append(members[i])
                second.append(members[j])
    return np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)


def _sorted_with_places(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Hashes sorted, with their places (ascending among equal hashes).

    Hash and place packed in one word (top 40 bits, bottom 24) sort in one plain
    sort, four times faster than an argsort; longer texts take the argsort.
    """
    if len(hashes) >= _PLACE_MASK:
        order = np.argsort(hashes, kind="stable")
        return hashes[order], order
    packed = (hashes & ~np.uint64(_PLACE_MASK)) | np.arange(len(hashes), dtype=np.uint64)
    packed.sort()
    return packed >> np.uint64(_PLACE_BITS), (packed & np.uint64(_PLACE_MASK)).astype(np.int64)


def _groups(same: list[int]) -> list[list[int]]:
    """Runs of consecutive indices: each run is one group of equal hashes."""
    groups: list[list[int]] = []
    for index in same:
        if groups and groups[-1][-1] == index - 1:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups
