"""Tags in the window (issue #6), attached with one call from the main window.

What it adds: the tag bar above the reader (`tags_bar`: the selected
articles' tags, the tag field, suggested tags), the tags pane as a dock
(`tags_pane` over `tags_model`), filtering the articles across the library
(`tags_filter`), chips in the articles list's Tags column (`tag_chips`),
suggestions and word counts in the background (`tags_suggest`), and the
Tags menu's actions (the pane's rename, colour and delete ask through
`tags_dialogs`).

Every edit (add, remove, rename or merge, colour, delete) is made at once
through `reader.db.tags`, which returns the `TagDelta` undo needs, and goes
on the window's undo stack; a refusal (an empty name, a tag that is gone)
is shown in the status bar and nothing is pushed. After each edit, undo or
redo, `changed` re-reads what shows tags: the list rows, the pane, the bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox, QVBoxLayout, QWidget

from reader.db import tags as tag_db
from reader.db.tag_views import count_under, tag_colors, tag_names, tags_on
from reader.ui import tags_dialogs
from reader.ui.actions import ActionId as A
from reader.ui.articles_model import Column, TagsRole
from reader.ui.edit_commands import push_made
from reader.ui.tag_chips import TagChipsDelegate, chip_width
from reader.ui.tags_bar import TagBar
from reader.ui.tags_filter import TagFilter
from reader.ui.tags_model import TagsModel
from reader.ui.tags_pane import TagsPane
from reader.ui.tags_suggest import Suggestions
from reader.ui.wiring import panel_action, run_on_trigger, show_dock

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

SHARES_SIDE_WITH = ("annotations_dock", "flags_dock")


def install(window: MainWindow) -> TagsFeature:
    """Attach tags to a main window (before its state is restored: the dock's place is)."""
    return TagsFeature(window)


def wrap_reader(window: MainWindow, bar: QWidget) -> QWidget:
    """Put `bar` above the reader, in the reader's place in the splitter (same stretch).

    The box goes in first and then takes the reader from the splitter, so the reader
    always has a parent (QSplitter.replaceWidget would hand it to Python, which deletes it).
    """
    splitter, reader = window.splitter, window.reader
    index, policy, sizes = splitter.indexOf(reader), reader.sizePolicy(), splitter.sizes()
    box = QWidget()
    box.setObjectName("reader_box")
    box.setSizePolicy(policy)
    splitter.insertWidget(index, box)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    layout.addWidget(reader, 1)
    splitter.setSizes(sizes)
    return box


class TagsFeature(QObject):
    """The tags feature of one main window; `window.tags`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.colors: dict[str, str] = tag_colors(self.db)
        self.suggested: list[str] = []
        self.suggested_for: int | None = None  # the article `suggested` is for
        self._renamed: dict[str, str] = {}
        self.bar = TagBar()
        wrap_reader(window, self.bar)
        self.model = TagsModel(self.db, self)
        pane_actions = (A.RENAME_TAG, A.TAG_COLOR, A.DELETE_TAG, None, A.CLEAR_TAG_FILTER)
        self.pane = TagsPane(self.model, [window.action(a) if a else None for a in pane_actions])
        self.dock = self._dock()
        self.filter = TagFilter(window)
        self.suggestions = Suggestions(window)
        self.delegate = TagChipsDelegate(TagsRole, self.colors.get, window.articles_view)
        window.articles_view.setItemDelegateForColumn(Column.TAGS, self.delegate)
        window.articles_view.horizontalHeader().resizeSection(Column.TAGS, self._tags_width())
        self._connect_actions()
        self._connect_views()
        self.bar.field.set_names(tag_names(self.db))

    def _dock(self) -> QDockWidget:
        dock = QDockWidget(self.tr("Tags"), self.window)
        dock.setObjectName("tags_dock")
        dock.setWidget(self.pane)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self._tabify(dock)
        return dock

    def _tabify(self, dock: QDockWidget) -> None:
        """A tab beside the annotations and flags: stacked below them, the right side
        would need more height than a small screen has."""
        for name in SHARES_SIDE_WITH:
            other = self.window.findChild(QDockWidget, name)
            if other is not None and other is not dock:
                self.window.tabifyDockWidget(other, dock)
                return

    def _tags_width(self) -> int:
        """Room for one short chip and "…", so the titles keep theirs (the first time)."""
        metrics = self.window.articles_view.fontMetrics()
        return chip_width(metrics, "国" * 3) + metrics.horizontalAdvance(" …") + 8

    def _connect_actions(self) -> None:
        handlers: dict[A, Callable[[], object]] = {
            A.TAG_ARTICLES: self.focus_field,
            A.REMOVE_TAG: self.remove_tag_menu,
            A.RENAME_TAG: lambda: tags_dialogs.rename_current(self),
            A.TAG_COLOR: lambda: tags_dialogs.color_current(self),
            A.DELETE_TAG: lambda: tags_dialogs.delete_current(self),
            A.CLEAR_TAG_FILTER: self.pane.tree.clearSelection,
        }
        run_on_trigger(self.window, handlers)
        panel_action(self.window, A.TAGS_PANEL, self.dock)
        match_all = self.window.action(A.TAG_FILTER_ALL)
        match_all.setCheckable(True)
        match_all.toggled.connect(self.pane.set_match_all)
        self.pane.match.currentIndexChanged.connect(
            lambda _i: match_all.setChecked(self.pane.match_all)
        )
        self.window.addAction(match_all)

    def _connect_views(self) -> None:
        selection = self.window.articles_view.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.show_selection_tags())
        self.window.reader.article_changed.connect(self._article_changed)
        self.bar.add_requested.connect(self._typed)
        self.bar.field.escaped.connect(lambda: self.window.articles_view.setFocus())
        self.bar.remove_requested.connect(lambda name: self.remove_tag(name))
        self.bar.show_requested.connect(self.show_tag)
        self.bar.suggestion_chosen.connect(self.add_suggested)
        self.suggestions.ready.connect(self._suggested)
        self.pane.filter_changed.connect(self.filter.apply)
        self.filter.left.connect(lambda: self.pane.select_names([], quiet=True))
        self.window.import_finished.connect(lambda _summary: self.changed())

    # -- what is selected ----------------------------------------------------------------

    def selected_article_ids(self) -> list[int]:
        """The selected articles in list order; the current one when none is selected."""
        view = self.window.articles_view
        rows = sorted(index.row() for index in view.selectionModel().selectedRows())
        model = view.articles_model()
        found = [i for i in (model.article_id(row) for row in rows) if i is not None]
        current = view.current_article_id()
        return found or ([current] if current is not None else [])

    def current_article_id(self) -> int | None:
        article = self.window.reader.article
        return article.id if article is not None else None

    def show_selection_tags(self) -> None:
        ids = self.selected_article_ids()
        self.bar.show_tags(tags_on(self.db, ids) if ids else [], len(ids))

    def _article_changed(self, article_id: int) -> None:
        """Another article (or the same one drawn again: then its suggestions stay)."""
        self.show_selection_tags()
        if article_id >= 0 and article_id == self.suggested_for:
            return
        self.suggested, self.suggested_for = [], None
        self.bar.show_suggestions([], self.colors.get)
        self.suggestions.request(article_id if article_id >= 0 else None)

    def _suggested(self, article_id: int, names: list[str]) -> None:
        if article_id == self.current_article_id():
            self.suggested, self.suggested_for = names, article_id
            self._show_suggestions()

    def _show_suggestions(self) -> None:
        article = self.current_article_id()
        have = {tag.name for tag, _n in tags_on(self.db, [article])} if article else set()
        shown = [name for name in self.suggested if name not in have]
        self.bar.show_suggestions(shown, self.colors.get)

    # -- editing -------------------------------------------------------------------------

    def focus_field(self) -> None:
        if not self.selected_article_ids():
            self.say(self.tr("Choose an article first."))
            return
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()

    def _typed(self, name: str) -> None:
        if self.add_tag(name) is not None:
            self.bar.field.clear()

    def add_tag(self, name: str, article_ids: list[int] | None = None) -> tag_db.TagDelta | None:
        """Tag the selected articles (or `article_ids`), undoably."""
        ids = article_ids if article_ids is not None else self.selected_article_ids()
        done = self._push(
            self.tr("Tag {name}").format(name=_shown(name)),
            lambda: tag_db.add_tag(self.db, ids, name),
        )
        if done is not None:
            self.say(self.tr("Tagged {count} articles with {name}.").format(
                count=len(done.added), name=_shown(name)))  # fmt: skip
        return done

    def add_suggested(self, name: str) -> tag_db.TagDelta | None:
        article = self.current_article_id()
        return self.add_tag(name, [article]) if article is not None else None

    def remove_tag(self, name: str, article_ids: list[int] | None = None) -> tag_db.TagDelta | None:
        ids = article_ids if article_ids is not None else self.selected_article_ids()
        return self._push(
            self.tr("Remove Tag {name}").format(name=_shown(name)),
            lambda: tag_db.remove_tag(self.db, ids, name),
        )

    def remove_tag_menu(self) -> QMenu | None:
        """A menu of the selected articles' tags, at the tag bar: choose one to take it off."""
        found = tags_on(self.db, self.selected_article_ids())
        if not found:
            self.say(self.tr("The selected articles have no tags."))
            return None
        menu = QMenu(self.bar)
        for tag, count in found:
            entry = menu.addAction(self.tr("{name} ({count})").format(name=tag.name, count=count))
            entry.triggered.connect(lambda _c=False, n=tag.name: self.remove_tag(n))
        menu.popup(self.bar.mapToGlobal(self.bar.field.geometry().bottomLeft()))
        return menu

    def show_tag(self, name: str) -> None:
        """List every article with this tag (the tags filter), from a chip."""
        show_dock(self.dock)
        self.pane.select_names([name])

    def rename_tag(self, old: str, new: str, *, ask: bool = True) -> tag_db.TagDelta | None:
        """Rename (and what is below it); onto an existing tag, merge after asking."""
        try:
            plan = tag_db.plan_rename(self.db, old, new)
        except tag_db.TagError as err:
            return self.say(str(err))
        if not (plan.moves or plan.merges):
            return None
        if plan.merges and ask and not self._confirm_merge(old, new, plan.articles):
            return None
        mapping = {old: tag_db.normalize_name(new)}
        text = self.tr("Rename Tag {old} to {new}").format(old=old, new=mapping[old])
        return self._push(text, lambda: tag_db.rename_tag(self.db, old, new), mapping)

    def _confirm_merge(self, old: str, new: str, articles: int) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Merge Tags"),
            self.tr("There is already a tag {new}. Merge {old} into it? This changes the"
                    " tags of {count} articles.").format(new=new, old=old, count=articles),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def set_color(self, name: str, color: str | None) -> tag_db.TagDelta | None:
        return self._push(
            self.tr("Colour Tag {name}").format(name=name),
            lambda: tag_db.set_color(self.db, name, color),
        )

    def delete_tag(self, name: str, *, ask: bool = True) -> tag_db.TagDelta | None:
        count = count_under(self.db, name)
        question = self.tr(
            "Delete the tag {name} and any tags below it? It is on {count} articles;"
            " Undo brings it back."
        ).format(name=name, count=count)
        if ask and QMessageBox.question(self.window, self.tr("Delete Tag"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return None
        return self._push(
            self.tr("Delete Tag {name}").format(name=name),
            lambda: tag_db.delete_tag(self.db, name),
        )

    # -- undo and re-reading -----------------------------------------------------------------

    def _push(
        self, text: str, make: Callable[[], tag_db.TagDelta], renamed: dict[str, str] | None = None
    ) -> tag_db.TagDelta | None:
        try:
            delta = make()
        except tag_db.TagError as err:
            return self.say(str(err))
        if delta.empty:
            return None
        forward, back = renamed or {}, {new: old for old, new in (renamed or {}).items()}
        self._renamed = forward
        push_made(
            self.window.undo_stack, text, delta,
            lambda d: self._write(tag_db.redo_delta, d, forward),
            lambda d: self._write(tag_db.undo_delta, d, back),
            lambda: self.changed(delta),
        )  # fmt: skip
        return delta

    def _write(self, write: Callable, delta: tag_db.TagDelta, renamed: dict[str, str]) -> None:
        write(self.db, delta)
        self._renamed = renamed

    def changed(self, delta: tag_db.TagDelta | None = None) -> None:
        """Tags changed (an edit, undo, redo or import): re-read whatever shows them.

        An edit that only tagged or untagged articles re-reads just the counts of its tag
        and the names above it; one that made, renamed or deleted tags re-reads the tree."""
        renamed, self._renamed = self._renamed, {}
        self.colors.clear()
        self.colors.update(tag_colors(self.db))
        self.window.articles_model.refresh_rows()
        self.window.articles_view.viewport().update()
        if delta is not None and not (delta.created or delta.deleted or delta.updated):
            tag_ids = {tag for _article, tag in (*delta.added, *delta.removed)}
            self.model.update_counts(tag_db.names_of(self.db, tag_ids))
        else:
            self.bar.field.set_names(tag_names(self.db))
            self.pane.reload(renamed)
        chosen = self.pane.selected_names()
        if self.filter.active and chosen != self.filter.names:
            self.filter.apply(chosen, self.pane.match_all)
        self.show_selection_tags()
        self._show_suggestions()

    def say(self, message: str) -> None:
        self.window.status.showMessage(message, 6000)
        return None


def _shown(name: str) -> str:
    """A typed name as it will be stored, for messages (as typed if it cannot be one)."""
    try:
        return tag_db.normalize_name(name)
    except tag_db.TagError:
        return name.strip()
