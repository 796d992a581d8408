"""Searching the library by word and by substring: query syntax, ranking, snippets.

No SQL here: the index and its queries live in `reader.db.search`, the
tokenising in `reader.text.tokens`.
"""

from __future__ import annotations

from reader.search.engine import SearchHit, SearchResult, iter_hits, search, search_ids
from reader.search.query import SearchSyntaxError, parse
from reader.search.snippet import Snippet

__all__ = [
    "SearchHit",
    "SearchResult",
    "SearchSyntaxError",
    "Snippet",
    "iter_hits",
    "parse",
    "search",
    "search_ids",
]
