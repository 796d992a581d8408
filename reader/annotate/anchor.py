"""Placing a quote in a new version of a text, the way Hypothesis re-anchors.

A new OCR version of an issue shifts, edits or drops text, so stored offsets
go stale. We try, in order:

1. the old position, if the quote is still there with the same context;
2. every exact occurrence of the quote, scored by how well its prefix and
   suffix agree and how near it is to the old position;
3. approximate occurrences of the quote (found by voting q-grams, then
   aligned with difflib), kept only when at least MIN_QUOTE_SIMILARITY of the
   quote matches, and scored by quote, context and position.

Scores weigh the quote 50, the prefix 20, the suffix 20 and the position 2,
as Hypothesis' `match-quote` does, so a fuzzy match with its context intact
beats an exact quote found somewhere with a foreign context. A short quote (a
couple of characters is common for OCR errors) occurs all over a page by
chance, so it is placed only where its context agrees too. Whatever cannot be
placed returns None: the caller keeps it as an orphan.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from reader.annotate.model import Quote

POSITION = "position"  # found where it was, unchanged
QUOTE = "quote"  # the exact quote, found elsewhere
FUZZY = "fuzzy"  # an approximate match of the quote

MIN_QUOTE_SIMILARITY = 0.75  # of the quote, for a fuzzy match
SHORT_QUOTE = 8  # quotes shorter than this must bring their context along
MIN_CONTEXT = 0.5  # mean prefix/suffix similarity that counts as "context agrees"
MAX_CANDIDATES = 8  # approximate places aligned in full
MAX_GRAM_HITS = 2000  # a q-gram found more often than this casts no votes
W_QUOTE, W_PREFIX, W_SUFFIX, W_POSITION = 50, 20, 20, 2


@dataclass(frozen=True)
class Placement:
    """Where a quote landed in the new text, how it was found, and how well it fits."""

    start: int
    end: int
    method: str
    score: float
    quote_similarity: float = 1.0
    context_similarity: float = 1.0

    @property
    def exact(self) -> bool:
        return self.method != FUZZY


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    similarity: float
    method: str


def place(quote: Quote, text: str) -> Placement | None:
    """The best place for `quote` in `text`, or None when it has none (an orphan)."""
    if not quote.exact:
        return None
    if _unchanged(quote, text):
        assert quote.start is not None and quote.end is not None
        return Placement(quote.start, quote.end, POSITION, 1.0)
    best = _best(_exact_candidates(quote, text), quote, text)
    if best is None or best.context_similarity < MIN_CONTEXT:
        fuzzy = _best(_fuzzy_candidates(quote, text), quote, text)
        if fuzzy is not None and (best is None or fuzzy.score > best.score):
            best = fuzzy
    return best


def _unchanged(quote: Quote, text: str) -> bool:
    start, end = quote.start, quote.end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return False
    return (
        text[start:end] == quote.exact
        and text[max(0, start - len(quote.prefix)) : start] == quote.prefix
        and text[end : end + len(quote.suffix)] == quote.suffix
    )


def _best(candidates: Iterator[_Candidate], quote: Quote, text: str) -> Placement | None:
    best: Placement | None = None
    for candidate in candidates:
        placement = _score(candidate, quote, text)
        if _acceptable(placement, quote) and (best is None or placement.score > best.score):
            best = placement
    return best


def _acceptable(placement: Placement, quote: Quote) -> bool:
    if placement.quote_similarity < MIN_QUOTE_SIMILARITY:
        return False
    return len(quote.exact) >= SHORT_QUOTE or placement.context_similarity >= MIN_CONTEXT


def _score(candidate: _Candidate, quote: Quote, text: str) -> Placement:
    start, end = candidate.start, candidate.end
    before = _similarity(quote.prefix, text[max(0, start - len(quote.prefix)) : start])
    after = _similarity(quote.suffix, text[end : end + len(quote.suffix)])
    nearness = 1.0
    if quote.start is not None:
        nearness = 1.0 - min(abs(start - quote.start), len(text)) / max(len(text), 1)
    total = (
        W_QUOTE * candidate.similarity + W_PREFIX * before + W_SUFFIX * after
        + W_POSITION * nearness
    ) / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION)  # fmt: skip
    return Placement(
        start, end, candidate.method, total, candidate.similarity, (before + after) / 2
    )


def _similarity(wanted: str, found: str) -> float:
    """How alike two short strings are (1.0 when nothing was wanted)."""
    if not wanted:
        return 1.0
    if wanted == found:
        return 1.0
    return SequenceMatcher(None, wanted, found, autojunk=False).ratio()


def _find_all(text: str, needle: str, limit: int | None = None) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        if limit is not None and len(found) > limit:
            break
        at = text.find(needle, at + 1)
    return found


def _exact_candidates(quote: Quote, text: str) -> Iterator[_Candidate]:
    for at in _find_all(text, quote.exact):
        yield _Candidate(at, at + len(quote.exact), 1.0, QUOTE)


def _fuzzy_candidates(quote: Quote, text: str) -> Iterator[_Candidate]:
    exact = quote.exact
    slack = len(exact) // 4 + 2
    seen: set[tuple[int, int]] = set()
    for diagonal in _likely_diagonals(exact, text, slack):
        lo, hi = max(0, diagonal - slack), min(len(text), diagonal + len(exact) + slack)
        span = _align(exact, text, lo, hi)
        if span is None or span in seen:
            continue
        seen.add(span)
        similarity = _similarity(exact, text[span[0] : span[1]])
        yield _Candidate(span[0], span[1], similarity, FUZZY)


def _gram_size(length: int) -> int:
    return 1 if length <= 4 else 2 if length < 64 else 3


def _likely_diagonals(exact: str, text: str, slack: int) -> list[int]:
    """Where the quote probably starts: offsets that many of its q-grams agree on."""
    q = _gram_size(len(exact))
    step = max(1, len(exact) // 64)  # at most ~64 grams vote, however long the quote
    votes: Counter[int] = Counter()
    for i in range(0, len(exact) - q + 1, step):
        hits = _find_all(text, exact[i : i + q], MAX_GRAM_HITS)
        if len(hits) <= MAX_GRAM_HITS:
            votes.update(at - i for at in hits)
    chosen: list[int] = []
    for diagonal, _count in votes.most_common():
        if all(abs(diagonal - other) > slack for other in chosen):
            chosen.append(diagonal)
            if len(chosen) == MAX_CANDIDATES:
                break
    return chosen


def _align(exact: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of `text[lo:hi]` that lines up with `exact`, widened over edited ends."""
    window = text[lo:hi]
    matcher = SequenceMatcher(None, exact, window, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    start = max(0, first.b - first.a)  # a replaced first word still belongs to the span
    tail = len(exact) - (last.a + last.size)
    end = min(len(window), last.b + last.size + tail)
    return (lo + start, lo + end) if start < end else None


def snap_to_spans(
    spans: Sequence[tuple[int, int]], start: int, end: int
) -> tuple[int, int, int, int] | None:
    """Map text offsets to (first index, offset in it, last index, offset in it).

    `spans` are the sorted (start, end) offsets of the paragraphs. A start
    that falls in the blank gap between paragraphs moves to the next one, an
    end in a gap to the previous one; None when nothing of a paragraph is left.
    """
    starts = [s for s, _ in spans]
    first = bisect_right(starts, start) - 1
    if first < 0 or start >= spans[first][1]:
        first += 1
        if first >= len(spans):
            return None
        start = max(start, spans[first][0])
    last = bisect_right(starts, end - 1) - 1
    if last < 0:
        return None
    end = min(end, spans[last][1])
    if (first, start) >= (last, end) or last < first:
        return None
    return first, start - spans[first][0], last, end - spans[last][0]
