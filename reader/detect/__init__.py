"""What OCR did to an issue: machine findings a proofreader confirms or dismisses.

`detect_issue(paragraphs)` reads one issue's paragraphs (as split by the
importer, with roles if the segmenter ran) and returns findings of these kinds:

* ``duplicate`` — the paragraph repeats text found earlier in the issue
  (`duplicates`); `related` names what it repeats.
* ``column_run`` — a narrow column returned one line per paragraph (`runs`);
  `paragraph` is its first line, `related` the others.
* ``broken`` — the paragraph stops mid-sentence and the next goes on (`breaks`).
* ``truncated`` — the paragraph starts mid-sentence with nothing to join.
* ``fragment`` — a short stray piece: unfinished, or a copy of other text.
* ``doubled`` — a character read twice (`doubled`).
* ``furniture`` / ``caption`` — what the segmenter marked as such, listed so
  it can be reviewed like the rest.

Detection works from `Paragraph.text` and `is_heading`; a role other than body
only narrows what is checked (a headline or a slogan is never broken). The
module imports no Qt and touches no database; findings are plain data whose
`detail` is JSON-serialisable. Positions in `paragraph`, `related` and
offsets are `Paragraph.position`; offsets index `Paragraph.text`.

`detail` by kind:

* duplicate — the longest match's `of`, `relation` (identical, contains: the
  other is inside this one, contained, overlap), `shared_chars` (as printed),
  `shared_normalised`, `text` (normalised), `start`/`end` and
  `of_start`/`of_end` as [position, offset] (end exclusive; a run's span may
  start and end on different lines); `matches` holds the same for every `related`.
* column_run — `lines`, `width` (median characters per line), `text` (joined).
* broken — `join_at` (offset in the first part where the next joins), `word`
  (a dictionary word running across the cut, or null), `preview`.
* truncated, fragment — `reason`; a fragment also `found_in` (where its text recurs).
* doubled — `offset` of the pair, `context`, `suggest` (the context fixed), `fix`.
* furniture, caption — the `role` the segmenter gave.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from reader.detect.breaks import find_breaks, find_fragments, find_truncated
from reader.detect.doubled import find_doubled
from reader.detect.duplicates import Match, Repeats, find_repeats
from reader.detect.runs import ColumnRun, find_column_runs
from reader.detect.text import kept_offsets, normalise_all
from reader.model import (
    CAPTION,
    COLUMN,
    FURNITURE,
    KICKER,
    SECTION,
    SUBTITLE,
    TITLE,
    Paragraph,
)

DUPLICATE = "duplicate"
COLUMN_RUN = "column_run"
BROKEN = "broken"
FRAGMENT = "fragment"
TRUNCATED = "truncated"
DOUBLED = "doubled"
KINDS = (DUPLICATE, COLUMN_RUN, BROKEN, FRAGMENT, TRUNCATED, DOUBLED, FURNITURE, CAPTION)

# Roles that are labels, not running text: never broken, duplicated or doubled.
LABEL_ROLES = frozenset({TITLE, KICKER, SUBTITLE, SECTION, COLUMN, FURNITURE})
# A later copy covering this share of a paragraph makes the paragraph redundant:
# it is flagged as a duplicate only, not also as broken or truncated.
REDUNDANT = 0.9
# How many paragraphs either side a fragment's text is looked for.
FRAGMENT_REACH = 200

__all__ = ["KINDS", "Finding", "detect_issue"]


@dataclass
class Finding:
    """One machine finding: its kind, the paragraph (position), related positions, evidence."""

    kind: str
    paragraph: int
    related: list[int] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)


def detect_issue(paragraphs: list[Paragraph]) -> list[Finding]:
    """All findings for one issue, ordered by paragraph and kind."""
    issue = _Issue(paragraphs)
    findings = issue.findings()
    order = {kind: index for index, kind in enumerate(KINDS)}
    findings.sort(key=lambda f: (f.paragraph, order.get(f.kind, len(order))))
    return findings


class _Issue:
    """The paragraphs of one issue seen as the detectors need them."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.texts = [p.text for p in paragraphs]
        self.headings = [p.is_heading for p in paragraphs]
        self.roles = [p.role for p in paragraphs]
        self.readable = [
            not heading and role not in LABEL_ROLES
            for heading, role in zip(self.headings, self.roles, strict=True)
        ]
        self.norms = normalise_all(
            [t if ok else "" for t, ok in zip(self.texts, self.readable, strict=True)]
        )
        self.runs = find_column_runs(self.texts, self._column_candidates())
        self.run_of = {line: run.lines[0] for run in self.runs for line in run.lines}
        self.text_ok = [
            ok and role != CAPTION and i not in self.run_of
            for i, (ok, role) in enumerate(zip(self.readable, self.roles, strict=True))
        ]
        self.breaks = find_breaks(self.texts, self.text_ok)
        self.repeats = find_repeats(*self._units())
        self._sorted_owners: list[int] | None = None

    def _column_candidates(self) -> list[bool]:
        return [ok and role != CAPTION for ok, role in zip(self.readable, self.roles, strict=True)]

    def _units(self) -> tuple[dict[int, str], list[list[int]], dict[int, int]]:
        """Texts that read as one: a run joined, a paragraph with those it broke from."""
        linked = {b.first: b.next for b in self.breaks}
        units: list[list[int]] = [run.lines for run in self.runs]
        position = 0
        while position < len(self.texts):
            if self.readable[position] and position not in self.run_of:
                chain = [position]
                while chain[-1] in linked:
                    chain.append(linked[chain[-1]])
                units.append(chain)
                position = chain[-1]
            position += 1
        units.sort(key=lambda unit: unit[0])
        members = [p for unit in units for p in unit]
        owner = {p: self.run_of.get(p, p) for p in members}
        return {p: self.norms[p] for p in members}, units, owner

    def position(self, index: int) -> int:
        return self.paragraphs[index].position

    def findings(self) -> list[Finding]:
        redundant = {p for p, share in self.repeats.coverage.items() if share >= REDUNDANT}
        return [
            *self._column_runs(),
            *self._duplicates(),
            *self._broken(redundant),
            *self._edges(redundant),
            *self._doubled(),
            *self._labels(),
        ]

    def _column_runs(self) -> list[Finding]:
        return [self._column_run(run) for run in self.runs]

    def _column_run(self, run: ColumnRun) -> Finding:
        detail = {"lines": len(run.lines), "width": run.width, "text": run.text}
        related = [self.position(p) for p in run.lines[1:]]
        return Finding(COLUMN_RUN, self.position(run.lines[0]), related, detail)

    def _duplicates(self) -> list[Finding]:
        found: list[Finding] = []
        for key, matches in sorted(self.repeats.matches.items()):
            evidence = [self._match_detail(self.repeats, key, m) for m in matches.values()]
            evidence.sort(key=lambda d: (-d["shared_chars"], d["of"]))
            detail = dict(evidence[0])
            detail["matches"] = sorted(evidence, key=lambda d: d["of"])
            related = sorted(self.position(of) for of in matches)
            found.append(Finding(DUPLICATE, self.position(key), related, detail))
        return found

    def _match_detail(self, repeats: Repeats, key: int, match: Match) -> dict[str, Any]:
        """Evidence for one repeat; `shared_chars` counts the span as printed."""
        start, end = self._locate(match.start), self._locate(match.end, end=True)
        return {
            "of": self.position(match.of),
            "relation": repeats.relation(key, match),
            "shared_chars": self._span_length(match.start[0], start[1], match.end[0], end[1]),
            "shared_normalised": match.shared,
            "text": match.text,
            "start": [self.position(match.start[0]), start[1]],
            "end": [self.position(match.end[0]), end[1]],
            "of_start": [self.position(match.of_start[0]), self._locate(match.of_start)[1]],
            "of_end": [self.position(match.of_end[0]), self._locate(match.of_end, end=True)[1]],
        }

    def _locate(self, where: tuple[int, int], end: bool = False) -> tuple[int, int]:
        """(index, normalised offset) → (index, offset in the paragraph's text)."""
        index, offset = where
        offsets = kept_offsets(self.texts[index])
        if end:
            return index, offsets[offset - 1] + 1 if offset else 0
        return index, offsets[offset] if offset < len(offsets) else 0

    def _span_length(self, first: int, start: int, last: int, end: int) -> int:
        """Characters from (first, start) to (last, end), across a run's lines."""
        if first == last:
            return end - start
        middle = sum(len(self.texts[i]) for i in range(first + 1, last))
        return len(self.texts[first]) - start + middle + end

    def _broken(self, redundant: set[int]) -> list[Finding]:
        found: list[Finding] = []
        for cut in self.breaks:
            if cut.first in redundant:
                continue  # a copy is to be deleted, not joined
            detail = {"join_at": cut.join_at, "word": cut.word, "preview": cut.preview}
            found.append(
                Finding(BROKEN, self.position(cut.first), [self.position(cut.next)], detail)
            )
        return found

    def _edges(self, redundant: set[int]) -> list[Finding]:
        joined = {cut.next for cut in self.breaks}
        linked = joined | {cut.first for cut in self.breaks}
        truncated = find_truncated(self.texts, self.text_ok, self.headings, joined)
        fragments = find_fragments(self.texts, self.norms, self.text_ok, linked, redundant)
        found = [
            Finding(TRUNCATED, self.position(e.position), [], {"reason": e.reason})
            for e in truncated
            if e.position not in redundant
        ]
        found += [self._fragment(e.position, e.reason) for e in fragments]
        return found

    def _fragment(self, index: int, reason: str) -> Finding:
        """Where else the piece's text stands, among the paragraphs around it.

        Only `FRAGMENT_REACH` owners either side are searched: a stray piece sits near
        what it was torn from, and searching every paragraph for every fragment made an
        issue of many repeated pages quadratic.
        """
        norm = self.norms[index]
        owners = self._owners()
        at = bisect.bisect_left(owners, index)
        nearby = owners[max(0, at - FRAGMENT_REACH) : at + FRAGMENT_REACH]
        elsewhere = [
            self.position(owner)
            for owner in nearby
            if owner != index and norm in self.repeats.texts[owner]
        ]
        detail = {"reason": reason, "found_in": elsewhere}
        return Finding(FRAGMENT, self.position(index), elsewhere[:1], detail)

    def _owners(self) -> list[int]:
        if self._sorted_owners is None:
            self._sorted_owners = sorted(self.repeats.texts)
        return self._sorted_owners

    def _doubled(self) -> list[Finding]:
        found: list[Finding] = []
        for index, hits in find_doubled(self.texts, self.readable).items():
            for hit in hits:
                detail = {
                    "offset": hit.offset,
                    "context": hit.context,
                    "suggest": hit.suggest,
                    "fix": hit.fix,
                }
                found.append(Finding(DOUBLED, self.position(index), [], detail))
        return found

    def _labels(self) -> list[Finding]:
        found: list[Finding] = []
        for index, role in enumerate(self.roles):
            if role == CAPTION:
                found.append(Finding(CAPTION, self.position(index), [], {"role": role}))
            elif role == FURNITURE or (role == COLUMN and not self.headings[index]):
                found.append(Finding(FURNITURE, self.position(index), [], {"role": role}))
        return found
