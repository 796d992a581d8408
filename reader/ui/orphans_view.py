"""The library-wide annotation list in the window, and re-attaching orphans by hand.

An annotation whose text a new OCR version no longer holds is kept as an
orphan with its quote and note (never dropped). Here a person finds it in
the library list ("Orphans only"), selects where it belongs in the reader
and attaches it there, or deletes it. Both are undoable. Going to a placed
annotation opens its issue and article and selects its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.annotate.model import Annotation
from reader.db import annotations as store
from reader.ui.actions import ActionId as A
from reader.ui.edit_commands import push_made
from reader.ui.library_annotations import LibraryAnnotationsDialog, LibraryAnnotationsModel
from reader.ui.window_links import open_article

if TYPE_CHECKING:
    from reader.ui.annotation_actions import AnnotationFeature
    from reader.ui.main_window import MainWindow


class LibraryAnnotationsFeature(QObject):
    """Opens the library list, goes to annotations, attaches and deletes orphans."""

    def __init__(self, window: MainWindow, annotations: AnnotationFeature) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.annotations = annotations
        self.dialog: LibraryAnnotationsDialog | None = None
        for action_id, handler in (
            (A.LIBRARY_ANNOTATIONS, lambda: self.show_list(orphans=False)),
            (A.ORPHANED_ANNOTATIONS, lambda: self.show_list(orphans=True)),
            (A.ATTACH_ORPHAN, self.attach_chosen),
        ):
            action = window.action(action_id)
            action.triggered.connect(lambda _checked=False, run=handler: run())
            window.addAction(action)
        window.undo_stack.indexChanged.connect(self._library_changed)

    def show_list(self, *, orphans: bool) -> LibraryAnnotationsDialog:
        """Open (or raise) the list; the orphans action turns "Orphans only" on."""
        dialog = self.dialog or self._make_dialog()
        dialog.current_issue = self.window.issues_view.current_issue_id()
        if orphans:
            dialog.orphans.setChecked(True)
        dialog.apply_filter()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _make_dialog(self) -> LibraryAnnotationsDialog:
        model = LibraryAnnotationsModel(self.db, self.window.settings, self)
        self.dialog = LibraryAnnotationsDialog(model, self.window)
        self.dialog.open_requested.connect(self.go_to)
        self.dialog.attach_requested.connect(self.attach)
        self.dialog.delete_requested.connect(self.annotations.delete)
        return self.dialog

    def _library_changed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            chosen = self.dialog.current_id()
            self.dialog.model.reload()
            if chosen is not None:
                self.dialog.select_id(chosen)

    # -- going to and attaching ----------------------------------------------------------

    def go_to(self, annotation_id: str) -> bool:
        """Open the annotation's article and select its text in the reader."""
        found = store.get_annotation(self.db, annotation_id)
        if found is None or found.orphaned or found.article_id is None:
            self._say(self.tr("This annotation has no place in the text; attach it first."))
            return False
        if not open_article(self.window, found.article_id):
            return False
        self.annotations.panel.select_id(annotation_id, follow=False)
        return self.annotations.select_annotation(annotation_id)

    def attach_chosen(self) -> Annotation | None:
        """Attach Orphan Here: the orphan chosen in the list, to the reader's selection."""
        chosen = self.dialog.current_row() if self.dialog and self.dialog.isVisible() else None
        if chosen is None or not chosen.annotation.orphaned:
            self.show_list(orphans=True)
            self._say(self.tr("Choose the orphan in the list, then attach it again."))
            return None
        return self.attach(chosen.annotation.id)

    def attach(self, annotation_id: str) -> Annotation | None:
        """Give an orphan the reader's selection as its new place, undoably."""
        chosen = self.annotations.selection()
        if chosen is None:
            return None
        start, end, _quote = chosen
        try:
            before = store.reattach_orphan(self.db, annotation_id, start, end)
        except (ValueError, store.AnnotationError) as err:
            self._say(str(err))
            return None
        push_made(
            self.window.undo_stack, self.tr("Attach Orphan"), before,
            lambda _b: store.reattach_orphan(self.db, annotation_id, start, end),
            lambda b: store.write_back(self.db, b), self.annotations.changed,
        )  # fmt: skip
        return store.get_annotation(self.db, annotation_id)

    def _say(self, message: str) -> None:
        self.window.status.showMessage(message, 6000)
