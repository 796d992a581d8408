"""The core never imports Qt: the command line and the tests work without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = [
    "reader.cli", "reader.cli_export", "reader.cli_search", "reader.cli_annotations",
    "reader.db.connection", "reader.db.issues", "reader.db.articles", "reader.db.annotations",
    "reader.db.article_edits", "reader.db.annotation_views", "reader.importer.run",
    "reader.importer.redetect", "reader.model", "reader.paths", "reader.annotate.anchor",
    "reader.annotate.w3c", "reader.annotate.corrected", "reader.detect", "reader.export.run",
    "reader.search", "reader.text.note_html",
]  # fmt: skip


def test_core_modules_load_without_qt():
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_qt_import_outside_ui():
    package = Path(__file__).resolve().parent.parent / "reader"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "ui" not in path.relative_to(package).parts
        and "PySide6" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
