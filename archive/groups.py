"""Items of several files: a letter photographed page by page is one item whose parts are the
photographs, in order (Tropy's merge of photos into an item).

A group is kept as two corrections on each part — ``part_of``, the group's identifier, and
``part``, its place — so it survives re-indexing, renames and undo as every edit does, and is
taken apart by clearing them. The first part still catalogued leads: it carries the group's
description and stands for the group in the index, where its text is the parts' texts, a page a
part (Catalog.text); the other parts are not searched as themselves, so a hit in any part finds
the item once, at that part's page, and counts, facets and paging count items.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from .catalog import Catalog
from .errors import InvalidEdit, NotIndexed

#: What a plan of edits is: path → (values to set, fields to clear), as Curation saves it.
Planned = dict[str, tuple[dict[str, Any], list[str]]]


def plan_group(catalog: Catalog, paths: list[str], title: str | None) -> Planned:
    """The edits that make ``paths`` one item, in this order, titled ``title`` (when given)."""
    paths = list(dict.fromkeys(paths))
    if len(paths) < 2:
        raise InvalidEdit("a group needs at least two items: give every part, in order")
    missing = [path for path in paths if path not in catalog]
    if missing:
        raise NotIndexed(f"not in the index: {missing[0]}{' …' if len(missing) > 1 else ''}")
    grouped = catalog.groups_of(paths)
    if grouped:
        path, group = next(iter(grouped.items()))
        lead = catalog.group_parts(group)[0]
        raise InvalidEdit(f"{path} is already a part of the item {lead}: ungroup that first")
    group = f"group-{uuid.uuid4().hex[:12]}"
    planned: Planned = {path: ({"part_of": group, "part": number}, []) for number, path in enumerate(paths, 1)}
    if title and title.strip():
        planned[paths[0]][0]["title"] = title.strip()
    return planned


def plan_ungroup(catalog: Catalog, path: str) -> Planned:
    """The edits that take apart the group ``path`` is a part of: each part an item again (the
    lead keeps the description it was given)."""
    parts = catalog.group_of(path)
    if not parts:
        raise InvalidEdit(f"{path} is not part of a group")
    return {part: ({}, ["part_of", "part"]) for part in parts}


def in_name_order(paths: list[str]) -> list[str]:
    """``paths`` ordered by their names, numbers as numbers (IMG_9 before IMG_10): a camera numbers
    its photographs in the order it takes them, which is a letter's page order."""
    return sorted(paths, key=lambda path: [int(p) if p.isdigit() else p.casefold() for p in re.split(r"(\d+)", path)])
