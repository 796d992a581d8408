"""Proofreading status per article, the next article to proofread, progress per issue."""

from __future__ import annotations

import pytest

from reader.annotate.articles import NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED
from reader.db.article_edits import (
    ArticleEditError,
    issue_progress,
    next_unproofread_article,
    progress_by_issue,
    set_status,
)
from reader.db.articles import article_ids, get_article
from reader.db.issues import list_issues


def _issues_and_articles(db):
    issues = list_issues(db)  # the order of the issue list
    return [(i.id, article_ids(db, i.id)) for i in issues]


def test_set_status_returns_the_previous_one(sample_library):
    (_, articles), _ = _issues_and_articles(sample_library)
    assert set_status(sample_library, articles[0], PROOFREAD) == NOT_PROOFREAD
    assert get_article(sample_library, articles[0]).status == PROOFREAD
    assert set_status(sample_library, articles[0], NOT_PROOFREAD) == PROOFREAD  # undo
    assert get_article(sample_library, articles[0]).status == NOT_PROOFREAD
    with pytest.raises(ArticleEditError):
        set_status(sample_library, articles[0], "done")
    with pytest.raises(ArticleEditError):
        set_status(sample_library, 10**6, PROOFREAD)


def test_next_unproofread_same_issue_then_the_following_ones(sample_library):
    db = sample_library
    (first_issue, a), (_, b) = _issues_and_articles(db)
    set_status(db, a[1], PROOFREAD)
    set_status(db, a[2], VALIDATED)
    set_status(db, a[3], PROBLEMATIC)
    assert next_unproofread_article(db, a[0]) == a[4]
    for done in a[4:]:
        set_status(db, done, PROOFREAD)
    assert next_unproofread_article(db, a[0]) == b[0]
    assert next_unproofread_article(db, a[-1]) == b[0]
    set_status(db, b[0], PROOFREAD)
    assert next_unproofread_article(db, b[0]) == b[1]
    assert next_unproofread_article(db, b[-1]) is None  # nothing after the last issue
    assert next_unproofread_article(db, 10**6) is None


def test_progress_counts_proofread_and_validated(sample_library):
    db = sample_library
    (first, a), (second, b) = _issues_and_articles(db)
    assert issue_progress(db, first).done == 0 and issue_progress(db, first).total == len(a)
    set_status(db, a[0], PROOFREAD)
    set_status(db, a[1], VALIDATED)
    set_status(db, a[2], PROBLEMATIC)
    progress = issue_progress(db, first)
    assert (progress.done, progress.total) == (2, len(a))
    assert progress.fraction == pytest.approx(2 / len(a))
    every = progress_by_issue(db)
    assert every[first] == progress and every[second].done == 0 and every[second].total == len(b)
    assert progress_by_issue(db, [second, 10**6])[10**6].total == 0
