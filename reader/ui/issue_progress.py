"""Proofreading progress per issue ("5/16") for the issues tree, read only for rows drawn.

The tree asks for an issue's progress while painting it. The first miss
reads the progress of that issue and of the loaded issues beside it (the
same month's page, which is what is on screen) in one batch through
`progress_by_issue`, so scrolling a month costs one round, and nothing is
read for issues nobody has opened. A status change or an article edit
forgets the issue it touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from reader.db.article_edits import Progress, progress_by_issue

BATCH = 120  # issues read together: about two screens of a month


class ProgressCache:
    """Progress of the issues seen so far, by issue id."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._known: dict[int, Progress] = {}

    def get(self, issue_id: int, neighbours: Sequence[int] = ()) -> Progress:
        """An issue's progress, reading it with up to BATCH unknown neighbours on a miss."""
        if issue_id not in self._known:
            wanted = [issue_id]
            for other in neighbours:
                if len(wanted) >= BATCH:
                    break
                if other not in self._known and other != issue_id:
                    wanted.append(other)
            self._known.update(progress_by_issue(self._db, wanted))
        return self._known[issue_id]

    def forget(self, issue_id: int | None = None) -> None:
        """Forget one issue (it changed) or all of them (the tree was re-read)."""
        if issue_id is None:
            self._known.clear()
        else:
            self._known.pop(issue_id, None)


def progress_text(progress: Progress) -> str:
    return f"{progress.done}/{progress.total}" if progress.total else ""
