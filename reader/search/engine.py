"""Searching the library: parse, ask the index, order the matches, cut snippets.

The set of matches is exact (see `reader.search.plan`); the order is the
part that has to give way to speed at 500,000 articles:

* up to RANK_LIMIT matches: articles whose title contains a term come first,
  then best bm25 first (title weighted 5×). This is the usual case.
* more matches than that: bm25 over all of them would cost about 2-3 µs per
  match (over a second for a word in most articles), and for such a common
  term bm25's idf is close to zero anyway, so its order says little. Then
  the title hits come first, best bm25 first (when there are at most
  RANK_LIMIT of them), followed by the rest, most recently imported first,
  which FTS5 reads in rowid order without sorting. `SearchResult.ranked`
  says which of the two orders a result has.

The count is always exact. Terms the index cannot decide alone are checked
against the text of every candidate before counting.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from reader.db import search as sql
from reader.search.plan import Plan, compile_query
from reader.search.query import parse
from reader.search.snippet import Snippet, find_spans, make_snippet
from reader.text.tokens import fold, is_single_run, words

RANK_LIMIT = 5_000  # matches ranked by bm25 in full: at most about 15 ms at 500,000 articles
PAGE = 50
ALL = -1  # SQLite's LIMIT for "no limit"
_BATCH = 500  # articles read at a time to check text or make snippets


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    issue_id: int
    title: str
    publication: str | None
    date: str | None
    page: str | None
    snippet: Snippet
    title_spans: tuple[tuple[int, int], ...]  # matches inside `title`
    score: float | None  # bm25 (lower is better); None where matches are not ranked


@dataclass
class SearchResult:
    query: str
    total: int
    offset: int
    limit: int
    hits: list[SearchHit] = field(default_factory=list)
    ranked: bool = True  # False: title hits first, then newest first (see module docstring)
    suggestion: str | None = None  # words to try when nothing was found


Row = tuple[int, float | None]  # article id, bm25 score


def search(
    db: Database,
    query: str,
    *,
    limit: int = PAGE,
    offset: int = 0,
    publication: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    tag: str | None = None,
    status: str | None = None,
    has_open_flags: bool | None = None,
    has_annotations: bool | None = None,
) -> SearchResult:
    """One page of matches for `query`; SearchSyntaxError when it cannot be searched.

    Every filter is optional: dates are ISO dates or prefixes of one (2023,
    2023-01), both ends inclusive; `tag` covers the tags under it too
    (地点 covers 地点/解放区); the flag and annotation filters take True or False.
    """
    if limit < 1 or offset < 0:
        raise ValueError("limit must be at least 1 and offset at least 0")
    filters = sql.Filters(
        publication, date_from, date_to, tag, status, has_open_flags, has_annotations
    )
    plan = compile_query(parse(query))
    total, rows, ranked = _matches(db, plan, filters, limit, offset)
    result = SearchResult(query, total, offset, limit, _hits(db, plan, rows), ranked)
    if total == 0:
        result.suggestion = suggest(query)
    return result


def search_ids(db: Database, query: str, **filters: Any) -> list[int]:
    """Every matching article id, in the order `search` pages through them.

    Takes the same filters as `search`; no snippets, so it is cheap enough for
    "select all results" or stepping from one match to the next.
    """
    return [i for i, _ in _all_rows(db, compile_query(parse(query)), sql.Filters(**filters))]


def iter_hits(db: Database, query: str, **filters: Any) -> Iterator[SearchHit]:
    """Every match in order, read in batches (for the command line and exports).

    Takes the same filters as `search`.
    """
    plan = compile_query(parse(query))
    rows = _all_rows(db, plan, sql.Filters(**filters))
    for start in range(0, len(rows), _BATCH):
        yield from _hits(db, plan, rows[start : start + _BATCH])


def _all_rows(db: Database, plan: Plan, filters: sql.Filters) -> list[Row]:
    return _matches(db, plan, filters, ALL, 0)[1]


def suggest(query: str) -> str | None:
    """For one long Chinese string that was not found, its words as an AND search."""
    terms = query.split()
    if len(terms) != 1 or not is_single_run(terms[0]) or len(terms[0]) < 3:
        return None
    parts = words(terms[0])
    return " ".join(parts) if len(parts) > 1 else None


def _matches(
    db: Database, plan: Plan, filters: sql.Filters, limit: int, offset: int
) -> tuple[int, list[Row], bool]:
    """(total, rows of the page, ranked?)"""
    if not plan.exact:
        rows, ranked = _checked(db, plan, filters)
        end = None if limit == ALL else offset + limit
        return len(rows), rows[offset:end], ranked
    spec = plan.spec()
    total = sql.count_matches(db, spec, filters)
    if total <= RANK_LIMIT:
        return total, sql.ranked(db, spec, filters, limit, offset), True
    return total, _broad(db, plan, filters, limit, offset), False


def _broad(db: Database, plan: Plan, filters: sql.Filters, limit: int, offset: int) -> list[Row]:
    """Title hits by bm25, then the rest newest first (or all newest first)."""
    spec = plan.spec()
    count = sql.title_tier_count(db, spec, filters)
    if count is None or count > RANK_LIMIT:
        return [(i, None) for i in sql.latest(db, spec, filters, limit, offset)]
    tier: list[Row] = list(sql.title_tier(db, spec, filters)) if count else []
    rows = tier[offset:] if limit == ALL else tier[offset : offset + limit]
    rest = ALL if limit == ALL else limit - len(rows)
    if rest:
        skip = [i for i, _ in tier]
        ids = sql.latest(db, spec, filters, rest, max(0, offset - len(tier)), skip=skip)
        rows += [(i, None) for i in ids]
    return rows


def _checked(db: Database, plan: Plan, filters: sql.Filters) -> tuple[list[Row], bool]:
    """Every candidate in order, kept when its text passes the plan's check."""
    spec = plan.spec()
    ranked = sql.count_matches(db, spec, filters) <= RANK_LIMIT
    if ranked:
        candidates: list[Row] = list(sql.ranked(db, spec, filters, ALL))
    else:
        candidates = [(i, None) for i in sql.latest(db, spec, filters, ALL)]
    kept: list[Row] = []
    for start in range(0, len(candidates), _BATCH):
        batch = candidates[start : start + _BATCH]
        parts = sql.article_parts(db, [i for i, _ in batch])
        kept += [r for r in batch if plan.accepts(fold("\n".join(parts.get(r[0], []))))]
    return kept, ranked


def _hits(db: Database, plan: Plan, rows: Sequence[Row]) -> list[SearchHit]:
    ids = [i for i, _ in rows]
    meta = sql.hit_rows(db, ids)
    parts = sql.article_parts(db, ids)
    hits = []
    for article_id, score in rows:
        row = meta.get(article_id)
        if row is None:  # edited away since it was indexed
            continue
        texts = parts.get(article_id, [row.title])
        hits.append(
            SearchHit(
                article_id, row.issue_id, row.title, row.publication, row.date, row.page,
                make_snippet(texts[1:], plan.needles), find_spans(row.title, plan.needles),
                score,
            )
        )  # fmt: skip
    return hits
