"""Running the detectors again over issues already in the library.

Detection runs on every import; this is the "on demand" path for the whole
library (after the detectors improve, say). Review states survive: a flag
found again keeps what the proofreader decided. Text shared with other
issues ("also in …") is looked for again with the flags, in the same
transaction, so a cancelled run leaves every issue either done or as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlite_utils import Database

from reader.db.articles import issue_paragraphs
from reader.db.flags import replace_findings
from reader.db.issues import list_issues
from reader.db.reuse import relink_issue
from reader.detect import detect_issue

Progress = Callable[[int, int, str], None]


def redetect(
    db: Database,
    issue_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Detect again in the given issues (default: every current issue); return flags stored."""
    if issue_ids is None:
        issue_ids = [issue.id for issue in list_issues(db)]
    stored = 0
    for done, issue_id in enumerate(issue_ids):
        if cancelled and cancelled():
            break
        if progress:
            progress(done, len(issue_ids), str(issue_id))
        findings = detect_issue(issue_paragraphs(db, issue_id))
        with db.atomic():
            stored += replace_findings(db, issue_id, findings)
            relink_issue(db, issue_id)
    return stored
