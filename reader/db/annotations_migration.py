"""The one schema change annotations ask for: an index to find those waiting for an issue.

Annotations imported from another library before their issue file was
imported here are kept with `issue_id` NULL and the file's hash. Every import
then looks for annotations waiting for its hash (`attach_waiting`); without
an index that is a scan of the whole annotations table per imported file,
which at 30,000 issues is far too slow. The partial index holds only the
waiting rows, so it costs nothing for the placed ones.

To be registered by the lead in `reader/db/schema.py`, after `0002_search`:

    @migrations(name="0003_annotation_lookups")
    def _annotation_lookups(db: Database) -> None:
        annotation_lookups(db)
"""

from __future__ import annotations

from sqlite_utils import Database

SQL = (
    "CREATE INDEX IF NOT EXISTS annotations_waiting ON annotations(source_hash)"
    " WHERE issue_id IS NULL"
)


def annotation_lookups(db: Database) -> None:
    db.execute(SQL)
