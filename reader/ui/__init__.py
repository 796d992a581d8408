"""The window: everything that imports QtWidgets lives in this package.

Importing it first guards against a reference-count bug of the PySide6
build in use (see `reader.ui.compat`), before any other Qt call is made.
"""

from reader.ui.compat import guard_refcounts

guard_refcounts()
