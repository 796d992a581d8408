"""`issue-reader search QUERY`: the library's search from the command line.

Registered by `reader.cli` through `add_search_command`. It prints every
match unless `--limit` is given, best first, with a snippet; `--json` prints
a list of {"article", "issue", "title", "snippet", "spans"} for scripts, with
ids as `articles --json` and `issues --json` print them and `spans` the
[start, end) offsets of the matches in the snippet. A query that cannot be
searched is reported on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from reader.db.connection import open_library
from reader.paths import default_library
from reader.search import SearchHit, SearchSyntaxError, iter_hits, search
from reader.search.engine import suggest

_BOLD, _PLAIN = "\x1b[1;4m", "\x1b[0m"

SYNTAX = (
    'Words separated by spaces must all occur; "quoted text" is one phrase, spaces'
    " included; -word leaves out articles that contain it. Chinese is matched as a"
    " substring, so any part of a word is found; ASCII letters match either case."
    " Put options before the query words, or quote the whole query."
)


def add_search_command(subparsers: argparse._SubParsersAction) -> None:
    cmd = subparsers.add_parser(
        "search", help="search the articles of the library", description=SYNTAX
    )
    cmd.add_argument("query", nargs="+", metavar="QUERY", help="what to look for")
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.add_argument("--limit", type=_positive, metavar="N", help="print only the first N")
    cmd.add_argument("--publication", help="only this publication")
    cmd.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (2023-01)")
    cmd.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")
    cmd.add_argument("--tag", help="only articles with this tag (or a tag under it)")
    cmd.add_argument("--status", help="only articles with this proofreading status")
    cmd.add_argument("--flagged", action="store_const", const=True, dest="has_open_flags",
                     help="only articles with open flags")  # fmt: skip
    cmd.add_argument("--annotated", action="store_const", const=True, dest="has_annotations",
                     help="only articles with annotations")  # fmt: skip
    cmd.set_defaults(run=run_search)
    cmd.__class__ = _QueryParser  # so that `search 解放区 -疫情` works unquoted


class _QueryParser(argparse.ArgumentParser):
    """Reads `-word` as a query word (an exclusion), not as an unknown option."""

    def _parse_optional(self, arg_string: str) -> Any:
        if (
            len(arg_string) > 1
            and arg_string[0] == "-"
            and arg_string[1] != "-"
            and arg_string not in self._option_string_actions
        ):
            return None  # a positional
        return super()._parse_optional(arg_string)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def run_search(args: argparse.Namespace) -> int:
    db = open_library(args.library or default_library())
    query = " ".join(args.query)
    filters = {
        name: getattr(args, name)
        for name in ("publication", "date_from", "date_to", "tag", "status")
        + ("has_open_flags", "has_annotations")
    }
    try:
        if args.limit:
            result = search(db, query, limit=args.limit, **filters)
            hits: Iterable[SearchHit] = result.hits
            total, suggestion = result.total, result.suggestion
        else:
            hits = list(iter_hits(db, query, **filters))
            total, suggestion = len(hits), suggest(query) if not hits else None
    except SearchSyntaxError as err:
        print(f"issue-reader: search: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([_as_json(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        _print_hits(hits, total)
    if suggestion:
        print(f"nothing found; try: {suggestion}", file=sys.stderr)
    return 0


def _as_json(hit: SearchHit) -> dict:
    return {
        "article": hit.article_id,
        "issue": hit.issue_id,
        "title": hit.title,
        "snippet": hit.snippet.text,
        "spans": [list(span) for span in hit.snippet.spans],
    }


def _print_hits(hits: Iterable[SearchHit], total: int) -> None:
    marks = (_BOLD, _PLAIN) if sys.stdout.isatty() else ("[", "]")
    shown = 0
    for hit in hits:
        where = " ".join(x for x in (hit.publication, hit.date, hit.page) if x) or "-"
        print(f"{hit.article_id:>7}  {where}  {hit.title}")
        print(f"         {hit.snippet.marked(*marks)}")
        shown += 1
    print(f"{shown} of {total} articles" if shown < total else f"{total} articles")
