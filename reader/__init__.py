"""报刊校读 Issue Reader: read, proofread and annotate OCR'd newspaper issues.

The package is split so that everything except `reader.ui` works without Qt:
the command line and the tests drive the same core the window does.
"""

__version__ = "0.1.0"
