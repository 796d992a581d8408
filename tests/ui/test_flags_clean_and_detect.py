"""The clean view (derived from confirmed flags) and "Detect again" in the background."""

from __future__ import annotations

from reader.db.articles import get_article
from reader.db.flag_views import flag_state
from reader.db.flags import list_flags, set_state
from reader.ui.actions import ActionId
from reader.ui.clean_view import CleanPositionMap
from tests.ui.test_flags_panel import EDUCATION, open_article

COPY = "元实施的解放区教育信息化2.0提升工程顺利完成"


def _shown(window) -> str:
    return window.reader.document().toPlainText()


def _confirm(window, *numbers: int) -> None:
    """Confirm the current article's flags on these ¶ through the panel, as a person would."""
    review = window.flag_review
    for number in numbers:
        row = next(
            r for r in range(review.model.rowCount()) if review.model.flag(r).place.number == number
        )
        review.panel.table.selectRow(row)
        window.action(ActionId.CONFIRM_FLAG).trigger()


def test_clean_view_hides_a_confirmed_duplicate_and_joins_a_confirmed_break(window, sample_library):
    article_id = open_article(window, EDUCATION)
    stored = [p.text for p in get_article(sample_library, article_id).paragraphs]
    assert _shown(window).count(COPY) == 6
    _confirm(window, 5, 7)  # the break ¶5 → ¶6, and ¶7, a copy of ¶6
    assert _shown(window).count(COPY) == 6  # the clean view is off: the text as printed
    clean = window.action(ActionId.CLEAN_VIEW)
    assert clean.isCheckable()
    clean.trigger()
    text = _shown(window)
    assert text.count(COPY) == 5  # ¶7 is hidden; ¶8–¶11 stay (their flags are still open)
    assert "投资8000余万元实施的解放区教育信息化2.0提升工程" in text  # ¶5 and ¶6 joined
    assert [p.text for p in get_article(sample_library, article_id).paragraphs] == stored
    _confirm(window, 8)  # a review redraws the clean view at once
    assert _shown(window).count(COPY) == 4
    window.action(ActionId.UNDO).trigger()
    assert _shown(window).count(COPY) == 5
    clean.trigger()
    assert _shown(window).count(COPY) == 6


def test_the_clean_view_keeps_positions_mapped_to_the_stored_text(window, sample_library):
    article_id = open_article(window, EDUCATION)
    paragraphs = {p.id: p.text for p in get_article(sample_library, article_id).paragraphs}
    _confirm(window, 5, 6, 7)
    window.action(ActionId.CLEAN_VIEW).trigger()
    reader = window.reader
    assert isinstance(reader.map, CleanPositionMap)
    text = reader.document().toPlainText()
    checked = 0
    for span in reader.map.spans:
        for position in range(span.start, span.start + span.length):
            paragraph_id, offset = reader.map.locate(position)
            assert text[position] == paragraphs[paragraph_id][offset]
            assert reader.map.position_of(paragraph_id, offset) == position
            checked += 1
    assert checked > 1000
    fifth, sixth = (_paragraph_id(reader, n) for n in (5, 6))
    joined = reader.document().findBlock(reader.map.position_of(fifth, 0))
    shown_in_block = {
        reader.map.locate(p)[0]
        for p in range(joined.position(), joined.position() + joined.length() - 1)
    }
    assert shown_in_block == {fifth, sixth}  # one block, two stored paragraphs, both mapped


def _paragraph_id(reader, number: int) -> int:
    return next(span.paragraph_id for span in reader.map.spans if span.number == number)


def test_detect_again_runs_in_the_background_and_keeps_review_states(window, sample_library, qtbot):
    open_article(window, EDUCATION)
    issue_id = window.reader.article.issue_id
    flags = list_flags(sample_library, issue_id)
    confirmed, dismissed = flags[1], flags[2]
    set_state(sample_library, confirmed.id, "confirmed")
    set_state(sample_library, dismissed.id, "dismissed")
    sample_library.execute("DELETE FROM flags WHERE id = ?", [flags[5].id])  # lost: found again
    review = window.flag_review
    with qtbot.waitSignal(review.detect.panes_refreshed, timeout=30000) as finished:
        op = review.detect.start([issue_id])
        assert op is not None and op.running
        assert not window.action(ActionId.DETECT_ISSUE).isEnabled()
    assert finished.args == [len(flags)]
    again = list_flags(sample_library, issue_id)
    assert len(again) == len(flags)
    states = {(f.kind, f.paragraph_id): f.state for f in again}
    assert states[(confirmed.kind, confirmed.paragraph_id)] == "confirmed"
    assert states[(dismissed.kind, dismissed.paragraph_id)] == "dismissed"
    assert review.model.rowCount() == 7  # the panel read the new flags
    assert {review.model.flag(r).id for r in range(7)} <= {f.id for f in again}
    assert review.panel.summary.text() == "5 open of 7"
    assert window.action(ActionId.DETECT_ISSUE).isEnabled()


def test_undo_finds_a_flag_again_after_detection_gave_it_a_new_id(window, sample_library, qtbot):
    open_article(window, EDUCATION)
    review = window.flag_review
    review.panel.table.selectRow(1)
    old = review.current
    window.action(ActionId.CONFIRM_FLAG).trigger()
    sample_library.execute("UPDATE flags SET id = id + 1000 WHERE id = ?", [old])  # stored anew
    window.action(ActionId.UNDO).trigger()
    assert flag_state(sample_library, old + 1000) == "open"
    window.action(ActionId.REDO).trigger()
    assert flag_state(sample_library, old + 1000) == "confirmed"
