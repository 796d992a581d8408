"""The Qt binding in use must not lose references on void calls.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
void C++ method, and Python aborts after a few thousand clicks; pyproject
pins PySide6 below 6.12 for that reason. This test fails if a build with the
bug comes back.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
before = sys.getrefcount(None)
for _ in range(50_000):
    widget.update()
print(before - sys.getrefcount(None))
"""


def test_void_calls_keep_none_alive():
    run = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-500:]
    assert abs(int(run.stdout.strip())) < 100
