"""Order, paging, snippets: title hits first, bm25 next, and the bounded order for huge results."""

from __future__ import annotations

from reader.search import engine, search, search_ids
from reader.search.snippet import ELLIPSIS, make_snippet
from reader.text.tokens import fold, words


def _pages(db, query, size):
    first = search(db, query, limit=size)
    ids = [h.article_id for h in first.hits]
    for offset in range(size, first.total, size):
        ids += [h.article_id for h in search(db, query, limit=size, offset=offset).hits]
    return first, ids


def test_title_match_comes_first(indexed):
    result = search(indexed, "消费")
    in_title = [bool(h.title_spans) for h in result.hits]
    assert result.ranked and True in in_title and False in in_title
    assert in_title == sorted(in_title, reverse=True)
    assert "消费" in result.hits[0].title


def test_one_character_query_puts_title_hits_first(indexed):
    in_title = [bool(h.title_spans) for h in search(indexed, "焦").hits]
    assert in_title[0] and in_title == sorted(in_title, reverse=True)


def test_bm25_orders_within_the_tiers(indexed):
    hits = search(indexed, "示范区").hits
    for tier in (True, False):
        scores = [h.score for h in hits if bool(h.title_spans) is tier]
        assert scores == sorted(scores)


def test_more_occurrences_rank_higher(indexed):
    hits = [h for h in search(indexed, "会议").hits if not h.title_spans]
    counts = [len(h.snippet.spans) for h in hits]
    assert hits[0].score <= hits[-1].score and counts[0] >= 1


def test_pages_add_up_to_all_ids(indexed):
    first, paged = _pages(indexed, "会", 3)
    assert first.total == len(paged) > 6
    assert paged == search_ids(indexed, "会")


def test_snippet_spans_mark_the_matches(indexed):
    for hit in search(indexed, "解放区 消费").hits:
        assert hit.snippet.spans
        for start, end in hit.snippet.spans:
            assert fold(hit.snippet.text[start:end]) in ("解放区", "消费")
        for start, end in hit.title_spans:
            assert hit.title[start:end] in ("解放区", "消费")
    hit = search(indexed, "JGJT").hits[0]
    assert "[JGJT]" in hit.snippet.marked() and "JGJT" in hit.snippet.text


def test_snippet_window_and_ellipses():
    paragraph = "甲" * 300 + "解放区" + "乙" * 300
    snippet = make_snippet(["# 标题", paragraph], ["解放区"])
    assert snippet.text.startswith(ELLIPSIS) and snippet.text.endswith(ELLIPSIS)
    ((start, end),) = snippet.spans
    assert snippet.text[start:end] == "解放区"
    assert make_snippet(["# 标题", "正文"], ["无"]).text == "正文"


def test_huge_results_list_title_hits_then_newest(indexed, monkeypatch):
    monkeypatch.setattr(engine, "RANK_LIMIT", 3)
    first, paged = _pages(indexed, "解放区", 2)
    assert not first.ranked and first.total == len(paged) == 6
    hits = search(indexed, "解放区", limit=50).hits
    tier = [h.article_id for h in hits if h.title_spans]
    rest = [h.article_id for h in hits if not h.title_spans]
    assert [h.article_id for h in hits] == tier + rest and len(tier) == 2
    assert rest == sorted(rest, reverse=True)
    assert paged == tier + rest


def test_too_many_title_hits_lists_newest_first(indexed, monkeypatch):
    monkeypatch.setattr(engine, "RANK_LIMIT", 1)
    for query in ["示范区", "焦", "解放区 焦", '"上午,"']:
        ids = search_ids(indexed, query)
        assert len(ids) > 1 and ids == sorted(ids, reverse=True), query
        assert search(indexed, query).total == len(ids)


def test_nothing_found_suggests_words(indexed):
    result = search(indexed, "解放区发放消费券")
    assert result.total == 0 and result.hits == []
    assert result.suggestion == " ".join(words("解放区发放消费券"))
    assert result.suggestion.split()[:2] == ["解放区", "发放"]
    assert search(indexed, result.suggestion).total >= 1
    assert search(indexed, "解放区").suggestion is None
