"""`issue-reader tag` and `issue-reader tags`: tagging articles and managing tags from scripts.

    issue-reader tag 12 13 --add 教育 --add 地点/解放区 --remove 待定
    issue-reader tags [--json]                  name, colour, articles
    issue-reader tags --rename OLD NEW          merges into NEW if it exists
    issue-reader tags --delete NAME             also the tags below it
    issue-reader tags --color NAME '#3a7bd5'    ('' clears it)
    issue-reader tags --suggest ARTICLE         keywords to tag it with

Exit status 0 on success, 1 when an article or tag does not exist or a name
is not allowed (nothing is written then: one `tag` run is one transaction).
"""

from __future__ import annotations

import argparse
import json
import sys

from sqlite_utils import Database

from reader.db import tags as tag_db
from reader.db.connection import open_library
from reader.db.tag_views import count_under, list_tags
from reader.paths import default_library


def add_tag_commands(commands: argparse._SubParsersAction) -> None:
    tag = commands.add_parser(
        "tag",
        help="add tags to articles or remove them",
        description="Add and remove tags on articles (ids as `issue-reader articles` shows"
        " them). Names may be hierarchical: 地点/解放区.",
    )
    tag.add_argument("articles", nargs="+", type=int, metavar="ARTICLE", help="article id")
    tag.add_argument("--add", action="append", default=[], metavar="TAG", help="repeatable")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG", help="repeatable")
    tag.set_defaults(run=_run_tag)

    tags = commands.add_parser(
        "tags",
        help="list tags with their article counts; rename, merge, colour or delete one",
        description="Without an option, list every tag with its colour and article count.",
    )
    tags.add_argument("--json", action="store_true", help="print JSON")
    what = tags.add_mutually_exclusive_group()
    what.add_argument(
        "--rename", nargs=2, metavar=("OLD", "NEW"), help="onto an existing tag: merge"
    )
    what.add_argument("--delete", metavar="TAG", help="delete a tag and the tags below it")
    what.add_argument("--color", nargs=2, metavar=("TAG", "COLOR"), help="#rrggbb, '' to clear")
    what.add_argument("--suggest", type=int, metavar="ARTICLE", help="suggest tags for an article")
    tags.set_defaults(run=_run_tags)


def _library(args: argparse.Namespace) -> Database:
    return open_library(args.library or default_library())


def _fail(message: str) -> int:
    print(f"issue-reader: {message}", file=sys.stderr)
    return 1


def _run_tag(args: argparse.Namespace) -> int:
    if not (args.add or args.remove):
        return _fail("say what to do: --add TAG and/or --remove TAG")
    db = _library(args)
    missing = [a for a in args.articles if not _article_exists(db, a)]
    if missing:
        return _fail(f"no article {', '.join(map(str, missing))} in the library; nothing changed")
    try:
        with db.atomic():
            lines = [_add(db, args.articles, name) for name in args.add]
            lines += [_remove(db, args.articles, name) for name in args.remove]
    except tag_db.TagError as err:
        return _fail(f"{err}; nothing changed")
    print("\n".join(lines))
    return 0


def _article_exists(db: Database, article_id: int) -> bool:
    return bool(tag_db.existing_articles(db, [article_id]))


def _add(db: Database, articles: list[int], name: str) -> str:
    delta = tag_db.add_tag(db, articles, name)
    name = tag_db.normalize_name(name)
    new = " (a new tag)" if delta.created else ""
    return f"tagged {len(delta.added)} of {len(set(articles))} articles with {name}{new}"


def _remove(db: Database, articles: list[int], name: str) -> str:
    delta = tag_db.remove_tag(db, articles, name)
    return f"removed {tag_db.normalize_name(name)} from {len(delta.removed)} articles"


def _run_tags(args: argparse.Namespace) -> int:
    db = _library(args)
    try:
        if args.rename:
            return _rename(db, *args.rename)
        if args.delete:
            return _delete(db, args.delete)
        if args.color:
            return _color(db, *args.color)
    except tag_db.TagError as err:
        return _fail(str(err))
    if args.suggest is not None:
        return _suggest(db, args.suggest, as_json=args.json)
    return _list(db, as_json=args.json)


def _list(db: Database, *, as_json: bool) -> int:
    found = list_tags(db)
    if as_json:
        print(json.dumps([t.as_json() for t in found], ensure_ascii=False, indent=2))
        return 0
    for tag in found:
        print(f"{tag.articles:>7}  {tag.color or '-':<7}  {tag.name}")
    return 0


def _rename(db: Database, old: str, new: str) -> int:
    plan = tag_db.plan_rename(db, old, new)
    delta = tag_db.rename_tag(db, old, new)
    if plan.merges:
        print(f"merged {old} into {new}: {plan.articles} articles, {len(delta.added)} newly tagged")
    else:
        below = len(delta.updated) - 1
        print(f"renamed {old} to {new}" + (f" and {below} tags below it" if below > 0 else ""))
    return 0


def _delete(db: Database, name: str) -> int:
    articles = count_under(db, tag_db.normalize_name(name))
    delta = tag_db.delete_tag(db, name)
    print(f"deleted {len(delta.deleted)} tags from {articles} articles")
    return 0


def _color(db: Database, name: str, color: str) -> int:
    tag_db.set_color(db, name, color)
    print(f"{tag_db.normalize_name(name)}: {tag_db.normalize_color(color) or 'no colour'}")
    return 0


def _suggest(db: Database, article_id: int, *, as_json: bool) -> int:
    from reader.text import keywords  # loads the segmenter; only this option needs it

    if not _article_exists(db, article_id):
        return _fail(f"no article {article_id} in the library")
    keywords.refresh_idf(db)
    found = keywords.suggest_keywords(db, article_id)
    if as_json:
        rows = [{"term": k.term, "score": round(k.score, 6)} for k in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print("  ".join(k.term for k in found))
    return 0
