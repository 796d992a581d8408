"""Guard against a PySide6 build that loses a reference to None on every void call.

With PySide6 6.12 on Python 3.11, each call of a C++ method returning void
(`widget.update()`, `app.processEvents()`, …) hands back None without
taking a reference to it, and some calls do the same with True/False. From
Python 3.12 those objects are immortal and nothing happens; on 3.11 their
reference count falls by one per call until Python aborts with
"none_dealloc: deallocating None" — after a few hundred clicks in the window.

The guard measures the leak with one harmless void call and, only if it is
there, raises the reference counts of None, True and False by 2**40, which
is what Python 3.12 does for every immortal object. The singletons are never
freed in any case, so nothing else changes. Remove this module once the
project requires Python 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QTimer

PIN = 1 << 40
_pinned = False


def void_calls_leak_none() -> bool:
    """True if calling a void Qt method lowers None's reference count."""
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(8):
        timer.stop()
    return sys.getrefcount(None) < before


def guard_refcounts() -> bool:
    """Pin None, True and False when this PySide6 leaks them; True if pinned."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _pinned
    if void_calls_leak_none():
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += PIN
        _pinned = True
    return _pinned
