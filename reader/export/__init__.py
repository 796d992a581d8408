"""Exports: notes (Markdown, HTML), a table (CSV), annotations (W3C JSON), the corrected text.

Plain Python, no Qt: `run.export_to_path(db, scope, fmt, path)` is what the
command line (`issue-reader export`) and the window's File → Export… call.
"""
