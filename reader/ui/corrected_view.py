"""The corrected view: the article as it reads with the proofreaders' OCR corrections made.

A checkable View action. The text is derived when the reader draws
(`reader.annotate.corrected`, the same function the export uses); the
stored text never changes. The view plugs into the reader as a view filter
that returns the article with corrected paragraph texts, so copying from
the reader copies the corrected text. Highlights are not drawn in this
view, because its characters are no longer the stored ones.

Another view may run before this one (the clean view joins and cuts
paragraphs); a paragraph whose text it changed is left as that view made it,
and corrections go only where the stored text is still shown.
"""

from __future__ import annotations

from dataclasses import replace

from sqlite_utils import Database

from reader.annotate.corrected import apply_corrections, corrections_of
from reader.db.annotations import list_annotations
from reader.db.articles import ArticleRow
from reader.ui.reader_view import ReaderView

NAME = "corrected"  # the reader's view-filter key; the annotation feature looks for it


class CorrectedView:
    """Turns the corrected view on and off in one reader."""

    def __init__(self, db: Database, reader: ReaderView) -> None:
        self._db = db
        self._reader = reader
        self.skipped = 0  # corrections of the shown article that could not be applied

    @property
    def enabled(self) -> bool:
        return NAME in self._reader.view_filters

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        if enabled:
            self._reader.view_filters[NAME] = self.filter
        else:
            self._reader.view_filters.pop(NAME, None)
        if self._reader.article is not None:
            self._reader.redraw()

    def filter(self, article: ArticleRow) -> ArticleRow:
        """The article with its corrections made where the stored text is shown."""
        source = self._reader.article or article
        stored = {p.id: p.text for p in source.paragraphs}
        eligible = [(p.id, p.text) for p in article.paragraphs if stored.get(p.id) == p.text]
        corrections = corrections_of(list_annotations(self._db, issue_id=article.issue_id))
        result = apply_corrections(eligible, corrections)
        self.skipped = len([c for c in result.skipped if c.start_paragraph_id in stored])
        corrected = dict(result.paragraphs)
        shown = []
        for paragraph in article.paragraphs:
            if stored.get(paragraph.id) != paragraph.text:
                shown.append(paragraph)  # another view's block: left as it is
            elif paragraph.id in corrected:
                shown.append(replace(paragraph, text=corrected[paragraph.id]))
        return replace(article, paragraphs=shown)
