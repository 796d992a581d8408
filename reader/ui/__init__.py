"""The window: everything that imports QtWidgets lives in this package.

The core (`reader.importer`, `reader.db`, `reader.detect`, …) never imports
from here; the window is a thin layer of Qt models, views and actions over it.
"""
