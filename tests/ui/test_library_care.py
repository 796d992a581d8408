"""The window checks the library after opening, backs it up daily, and restores backups."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reader.db.issues import list_issues
from reader.db.maintenance import CheckResult, list_backups, make_backup
from reader.ui import app as app_module
from reader.ui import library_care
from reader.ui.actions import ActionId
from reader.ui.worker import wait_for_all


def test_opening_checks_in_the_background_and_makes_the_daily_backup(window, library_path, qtbot):
    qtbot.waitUntil(lambda: window.care.last_check is not None, timeout=10000)
    assert window.care.last_check.ok
    assert len(list_backups(library_path)) == 1


def test_the_whole_file_is_checked_once_a_day_with_the_backup(
    sample_library, library_path, make_window, qtbot, monkeypatch
):
    make_backup(sample_library, library_path, "daily")  # today's is made: nothing is due
    checked = []
    monkeypatch.setattr(library_care, "check_library", lambda db: checked.append(db))
    window = make_window(library_path)  # its check starts at once, on a worker thread
    window.care.check_in_background()  # and a second one, as after a restore
    assert wait_for_all()
    qtbot.wait(50)  # the results reach the window through queued signals
    assert checked == [] and window.care.last_check is None
    assert len(list_backups(library_path)) == 1


def test_a_failed_check_offers_a_restore_and_closes_for_it(window, tmp_path, monkeypatch):
    backup = tmp_path / "chosen.sqlite"
    offered = []
    monkeypatch.setattr(
        library_care, "offer_restore", lambda parent, path, reason: offered.append(reason) or backup
    )
    window.care._checked(CheckResult(False, ["*** in database main ***", "page 7 is never used"]))
    assert offered and "page 7" in offered[0]
    assert window.care.restore_from == backup and not window.isVisible()


def test_restore_from_backup_asks_then_closes(window, tmp_path, monkeypatch):
    backup = tmp_path / "chosen.sqlite"
    monkeypatch.setattr(library_care, "choose_backup", lambda parent, library: backup)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    window.action(ActionId.RESTORE_BACKUP).trigger()
    assert window.care.restore_from is None and window.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    window.action(ActionId.RESTORE_BACKUP).trigger()
    assert window.care.restore_from == backup and not window.isVisible()


def test_a_damaged_library_with_backups_is_restored_when_opening(
    sample_library, library_path, monkeypatch, qapp
):
    backup = make_backup(sample_library, library_path)
    sample_library.close()
    for extra in ("-wal", "-shm"):
        library_path.with_name(library_path.name + extra).unlink(missing_ok=True)
    library_path.write_bytes(b"this is no longer a database" * 500)
    monkeypatch.setattr(app_module, "offer_restore", lambda parent, path, reason: backup)
    db = app_module.open_or_explain(library_path)
    assert db is not None and len(list_issues(db)) == 2
    assert any(library_path.parent.glob("library.replaced-*.sqlite"))
    db.close()


def test_a_damaged_library_without_backups_is_explained(tmp_path, monkeypatch, qapp):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"garbage" * 1000)
    shown = []
    monkeypatch.setattr(app_module, "show_library_error", lambda path, reason: shown.append(reason))
    assert app_module.open_or_explain(junk) is None
    assert shown and "not a library" in shown[0]
