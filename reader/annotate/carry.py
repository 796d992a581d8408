"""Re-applying people's article edits to a new version of an issue.

A re-import segments the new text afresh, so the boundaries, titles,
statuses and tags people gave the old version would be lost. Paragraphs are
matched by text (`align.map_paragraphs`); then, for each article a person
edited, its start becomes a boundary in the new version and boundaries inside
its range go (that is what their splits and merges did), and its fields are
copied over. Every article's status and tags follow its first paragraph. A
status of proofread or validated is only carried when the article's text is
unchanged: changed OCR text has not been checked yet.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from reader.annotate.align import map_paragraphs, mapped_range, same_texts
from reader.annotate.articles import (
    DONE,
    FIELDS,
    NOT_PROOFREAD,
    ArticleState,
    merge_states,
    split_states,
    title_from,
)


@dataclass
class CarryReport:
    splits: int = 0
    merges: int = 0
    fields: list[int] = field(default_factory=list)  # new article ids given old fields
    statuses: list[int] = field(default_factory=list)  # new article ids given old status
    statuses_reset: list[int] = field(default_factory=list)  # text changed: back to not proofread
    tags: list[int] = field(default_factory=list)  # new article ids given old tags
    lost: list[int] = field(default_factory=list)  # old edited articles with no counterpart

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class _Plan:
    states: list[ArticleState]
    new_texts: Sequence[str]
    fresh_ids: Iterator[int]
    stamp: str
    report: CarryReport

    def index_of(self, position: int) -> int | None:
        return next((i for i, s in enumerate(self.states) if s.holds(position)), None)

    def starting_at(self, position: int) -> int | None:
        return next((i for i, s in enumerate(self.states) if s.first_paragraph == position), None)

    def counterpart(self, old: ArticleState, first: int) -> int | None:
        """The new article that begins where `old` begins (the first one holds the top)."""
        return self.index_of(first) if old.position == 0 else self.starting_at(first)


def plan_carry(
    old: Sequence[ArticleState],
    new: Sequence[ArticleState],
    old_texts: Sequence[str],
    new_texts: Sequence[str],
    fresh_ids: Iterator[int],
    stamp: str,
) -> tuple[list[ArticleState], CarryReport]:
    """The new version's articles with the old version's edits applied, and what was done."""
    plan = _Plan(list(new), new_texts, fresh_ids, stamp, CarryReport())
    mapping = map_paragraphs(old_texts, new_texts)
    for article in old:
        span = mapped_range(mapping, article.first_paragraph, article.last_paragraph)
        if article.edited and span is None:
            plan.report.lost.append(article.id)
        elif article.edited and span is not None:
            _bounds(plan, *span, keep_start=article.position > 0)
            _fields(plan, article, span[0])
    for article in old:
        span = mapped_range(mapping, article.first_paragraph, article.last_paragraph)
        index = plan.counterpart(article, span[0]) if span else None
        if index is not None:
            same = same_texts(old_texts, new_texts, _range(article), _range(plan.states[index]))
            _status_and_tags(plan, article, index, same)
    return plan.states, plan.report


def _range(state: ArticleState) -> tuple[int, int]:
    return state.first_paragraph, state.last_paragraph


def _bounds(plan: _Plan, first: int, last: int, *, keep_start: bool) -> None:
    """A boundary before `first` (unless it began the issue), none inside `first..last`."""
    index = plan.index_of(first)
    if keep_start and index is not None and plan.states[index].first_paragraph != first:
        title = title_from(plan.new_texts[first])
        plan.states = split_states(
            plan.states, index, first, title, next(plan.fresh_ids), plan.stamp
        )
        plan.report.splits += 1
    while True:
        inner = next(
            (i for i, s in enumerate(plan.states) if first < s.first_paragraph <= last), None
        )
        if inner is None:
            return
        plan.states = merge_states(plan.states, inner, plan.stamp)
        plan.report.merges += 1


def _fields(plan: _Plan, article: ArticleState, first: int) -> None:
    index = plan.counterpart(article, first)
    if index is None:
        plan.report.lost.append(article.id)
        return
    values = {name: getattr(article, name) for name in FIELDS}
    plan.states[index] = replace(plan.states[index], **values, edited=1)
    plan.report.fields.append(plan.states[index].id)


def _status_and_tags(plan: _Plan, article: ArticleState, index: int, same_text: bool) -> None:
    state = plan.states[index]
    status = article.status
    if status in DONE and not same_text:
        plan.report.statuses_reset.append(state.id)
        status = NOT_PROOFREAD
    elif status != NOT_PROOFREAD and status != state.status:
        plan.report.statuses.append(state.id)
    tags = tuple(sorted(set(state.tags) | set(article.tags)))
    if tags != state.tags:
        plan.report.tags.append(state.id)
    plan.states[index] = replace(state, status=status, tags=tags)
