"""A library survives a killed import, a second writer, and any bytes thrown at it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.db.connection import open_library
from reader.db.issues import issue_text, list_issues
from reader.db.maintenance import check_library
from reader.importer.decode import NotText, decode
from reader.importer.run import FAILED, IMPORTED, import_file, import_paths


def _write_issues(folder: Path, sample_texts: dict[str, str], count: int) -> dict[str, str]:
    folder.mkdir(parents=True)
    texts = list(sample_texts.values())
    written = {}
    for n in range(count):
        name = f"第{n:04d}期 样例.txt"  # spaces and Chinese in file names
        text = f"# 合成第{n}期\n\n本报讯 第{n}号。\n\n" + texts[n % len(texts)]
        (folder / name).write_text(text, encoding="utf-8")
        written[name] = text
    return written


def _issue_count(path: Path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM issues").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _import_process(library: Path, folder: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "reader", "--library", str(library), "import", str(folder)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_killed_import_leaves_no_half_issue_and_resumes(tmp_path, sample_texts):
    folder = tmp_path / "issues"
    written = _write_issues(folder, sample_texts, 400)
    library = tmp_path / "library.sqlite"
    process = _import_process(library, folder)
    deadline = time.monotonic() + 120
    while _issue_count(library) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    db = open_library(library)
    assert check_library(db, full=True).ok
    imported = list_issues(db)
    assert 20 <= len(imported) < 400  # killed part-way
    for issue in imported:  # each one whole: its text rebuilds exactly
        assert issue_text(db, issue.id) == written[issue.source_name]
    summary = import_paths(db, [folder])
    assert not summary.failed and summary.count(IMPORTED) == 400 - len(imported)
    assert len(list_issues(db)) == 400


def test_two_writers_at_once(tmp_path, sample_texts):
    library = tmp_path / "library.sqlite"
    open_library(library).close()
    _write_issues(tmp_path / "a", sample_texts, 40)
    other = tmp_path / "b"
    other.mkdir()
    for n, text in enumerate(sample_texts.values()):
        for m in range(20):
            (other / f"b{n}_{m}.txt").write_text(f"# 另一份{n}-{m}\n\n{text}", encoding="utf-8")
    first, second = _import_process(library, tmp_path / "a"), _import_process(library, other)
    for process in (first, second):
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
    db = open_library(library)
    assert len(list_issues(db)) == 80 and check_library(db).ok


_HEADINGS = st.lists(
    st.one_of(
        st.text(min_size=1, max_size=40).map(lambda t: "# " + t),
        st.text(min_size=1, max_size=40).map(lambda t: "## " + t),
        st.text(min_size=0, max_size=300),
        st.sampled_from(["", "\n", "   ", "---", "本报讯(记者张三)", "扫一扫 关注我们", "□号 角"]),
    ),
    max_size=30,
).map("\n\n".join)


def _check_one(library, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    result = import_file(library, path)
    if result.status == FAILED:
        assert result.message  # refused, with a reason
        return
    expected = decode(data).text
    assert issue_text(library, result.issue_id) == expected


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4000))
def test_arbitrary_bytes_import_or_are_refused(library, tmp_path, data):
    _check_one(library, tmp_path / "any.txt", data)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_HEADINGS, encoding=st.sampled_from(["utf-8", "utf-16", "gb18030"]))
def test_arbitrary_text_with_headings_keeps_its_text(library, tmp_path, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    path = tmp_path / "text.md"
    _check_one(library, path, data)
    try:
        decoded = decode(data).text
    except NotText:
        return
    if decoded.strip() and encoding != "gb18030":
        # UTF text is refused only for control characters or for holding nothing but front matter
        result = import_file(library, path)
        reasons = ("control", "blank", "no text after the front matter")
        assert result.status != FAILED or any(r in result.message for r in reasons)
