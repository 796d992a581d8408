"""Snippets: a window of one paragraph around the matches, with the matches as spans.

Spans (start, end offsets into the snippet text) rather than markup let the
window highlight with its own text format and the command line use its own
markers, and they cannot collide with brackets that are part of the text.
The contentless index cannot make snippets (FTS5's `snippet()` needs the
text), and 50 articles per page are cheap to read, so this is plain Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.text.tokens import fold

WIDTH = 100  # characters of text in a snippet
LEAD = 24  # characters shown before the first match
ELLIPSIS = "…"

Span = tuple[int, int]


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[Span, ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with each span wrapped in `before` … `after`."""
        out, at = [], 0
        for start, end in self.spans:
            out += [self.text[at:start], before, self.text[start:end], after]
            at = end
        return "".join(out) + self.text[at:]


def find_spans(text: str, needles: Sequence[str]) -> tuple[Span, ...]:
    """Every occurrence of any (folded) needle in `text`, merged where they overlap."""
    folded = fold(text)
    found: list[Span] = []
    for needle in needles:
        at = folded.find(needle)
        while at >= 0 and needle:
            found.append((at, at + len(needle)))
            at = folded.find(needle, at + 1)
    return _merge(sorted(found))


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def make_snippet(paragraphs: Sequence[str], needles: Sequence[str]) -> Snippet:
    """A window of the paragraph with the most distinct needles (body before headings)."""
    best = _best_paragraph(paragraphs, needles)
    if best is None:
        lead = next((p for p in paragraphs if not p.startswith("#")), "")
        return Snippet(lead[:WIDTH] + (ELLIPSIS if len(lead) > WIDTH else ""))
    spans = find_spans(best, needles)
    start = max(0, min(spans[0][0] - LEAD, len(best) - WIDTH))
    end = min(len(best), start + WIDTH)
    prefix = ELLIPSIS if start else ""
    shift = len(prefix) - start
    inside = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    suffix = ELLIPSIS if end < len(best) else ""
    return Snippet(prefix + best[start:end] + suffix, inside)


def _best_paragraph(paragraphs: Sequence[str], needles: Sequence[str]) -> str | None:
    def score(text: str) -> tuple[int, bool]:
        folded = fold(text)
        return sum(1 for n in needles if n in folded), not text.startswith("#")

    scored = [(score(p), -i, p) for i, p in enumerate(paragraphs)]
    best = max(scored, default=None)
    return best[2] if best and best[0][0] > 0 else None
