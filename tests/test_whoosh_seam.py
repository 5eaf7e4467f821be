"""Whoosh's insides are touched in one small package, archive/engine/whoosh_internals/: each private
name it declares is still in the installed whoosh3 (a release without one fails here, not in a search),
and no other module of the program uses one."""

from __future__ import annotations

import importlib
import inspect
import re
from pathlib import Path

from archive.engine.whoosh_internals import PRIVATE_NAMES

CORE = Path(__file__).resolve().parents[1] / "archive"
SEAM = CORE / "engine" / "whoosh_internals"


def _owner(where: str):
    module_name, _, qualname = where.partition(":")
    owner = importlib.import_module(module_name)
    for part in filter(None, qualname.split(".")):
        owner = getattr(owner, part)
    return owner


def _has(owner, name: str) -> bool:
    """A module's or class's own name, or an attribute a class's code sets on self."""
    if hasattr(owner, name):
        return True
    if inspect.isclass(owner):
        sources = [inspect.getsource(cls) for cls in owner.__mro__ if cls.__module__.startswith("whoosh")]
        return any(re.search(rf"\bself\.{name}\s*(=|:|,|\))", source) for source in sources)
    return False


def test_every_private_name_the_seam_uses_is_in_the_installed_whoosh():
    missing = [
        f"{where}.{name}" for where, names in PRIVATE_NAMES.items() for name in names if not _has(_owner(where), name)
    ]
    assert not missing


def test_the_seam_declares_what_it_uses():
    """Every private name read on something else than self, and every one read on self that the
    seam's own code does not set (a subclass's inherited attribute), is declared."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in SEAM.glob("*.py"))
    declared = {name for names in PRIVATE_NAMES.values() for name in names}
    elsewhere = set(re.findall(r"\b(?!self\b|os\b)\w+\)?\.(_[a-z][A-Za-z_0-9]*)", source))
    on_self = set(re.findall(r"\bself\.(_[a-z][A-Za-z_0-9]*)", source))
    set_here = set(re.findall(r"\bself\.(_[a-z][A-Za-z_0-9]*)\s*(?::[^=\n]+)?=(?!=)", source))
    assert (elsewhere | (on_self - set_here)) - declared == set()


def test_no_other_module_uses_a_private_name_of_whooshs():
    names = {name for names in PRIVATE_NAMES.values() for name in names}
    pattern = re.compile(r"(?<!self)\.(" + "|".join(sorted(names)) + r")\b")
    users = {
        f"{path.relative_to(CORE)}: {match.group(1)}"
        for path in CORE.rglob("*.py")
        if SEAM not in path.parents
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    }
    assert not users
