"""Tag fixtures: article ids of the samples by title, for tests that read like the task."""

from __future__ import annotations

import pytest

from reader.db.articles import list_articles
from reader.db.issues import list_issues


@pytest.fixture
def titles(sample_library) -> dict[str, int]:
    """Every sample article's id by the start of its title (first 6 characters)."""
    found: dict[str, int] = {}
    for issue in list_issues(sample_library):
        for article in list_articles(sample_library, issue.id):
            found[article.title[:6]] = article.id
    return found


@pytest.fixture
def by_issue(sample_library) -> list[list[int]]:
    """Article ids per sample issue, in issue-list order and reading order."""
    return [
        [a.id for a in list_articles(sample_library, issue.id)]
        for issue in list_issues(sample_library)
    ]
