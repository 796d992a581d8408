"""Running the detectors again over issues already in the library.

Detection runs on every import; this is the "on demand" path for the whole
library (after the detectors improve, say). Review states survive: a flag
found again keeps what the proofreader decided. Text shared with other
issues ("also in …") is looked for again with the flags, BATCH issues to a
transaction, so a cancelled run leaves every issue either done or as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlite_utils import Database

from reader.db import print_runs
from reader.db.articles import issue_paragraphs
from reader.db.flags import replace_findings
from reader.db.issues import list_issues
from reader.db.reuse import BATCH, relink_issues
from reader.detect import detect_issue

Progress = Callable[[int, int, str], None]


def redetect(
    db: Database,
    issue_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Detect again in the given issues (default: every current issue); return flags stored."""
    everything = issue_ids is None
    if issue_ids is None:
        issue_ids = [issue.id for issue in list_issues(db)]
    stored, done = 0, 0
    while done < len(issue_ids) and not (cancelled and cancelled()):
        batch: list[int] = []
        with db.atomic():  # a batch's flags and links together (links are looked up per batch)
            for issue_id in issue_ids[done : done + BATCH]:
                if batch and cancelled and cancelled():
                    break
                if progress:
                    progress(done, len(issue_ids), str(issue_id))
                findings = detect_issue(issue_paragraphs(db, issue_id))
                stored += replace_findings(db, issue_id, findings)
                batch.append(issue_id)
                done += 1
            relink_issues(db, batch)
    if everything and done == len(issue_ids):
        with db.atomic():
            print_runs.compact(db)  # every issue left stale prints behind: drop them at once
    return stored
