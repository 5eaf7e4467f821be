"""Walk the viewer's accessibility tree as a screen reader sees it, on a real AT-SPI bus: run by
Debian's python3 (pyatspi is a system package) from tests/test_viewer_accessibility.py. Prints one
line per problem — a focusable control shown without a name a person can hear (none, or a symbol),
a drop-down named only by its value, or a focusable 'filler' of its own (a drawn control without a
role) — after
visiting each tab of the selected item; then 'walked N'. Exit status 2 when the application never appears on the bus."""

from __future__ import annotations

import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi

#: Roles whose items a screen reader names by their text (a row, a tab, a menu entry).
NAMED_BY_TEXT = {"table cell", "list item", "page tab", "menu item", "tree item", "table column header", "scroll bar"}


def application(name: str, seconds: float = 40.0):
    deadline = time.time() + seconds
    while time.time() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.5)
    return None


def heard(node) -> str:
    """What a screen reader says a control is called: its name, or its label's (labelled-by)."""
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY and relation.getNTargets():
            return relation.getTarget(0).name or ""
    return node.name or ""


def problems(node, found: list[str], seen: list[int]) -> None:
    try:
        role, states = node.getRoleName(), node.getState()
    except Exception:  # a control gone while walking
        return
    seen[0] += 1
    if (
        states.contains(pyatspi.STATE_FOCUSABLE)
        and states.contains(pyatspi.STATE_SHOWING)
        and role not in NAMED_BY_TEXT
    ):
        name, where = heard(node), _where(node)
        if role == "filler" and not node.childCount:  # a drawn control a person works by key, heard as nothing
            found.append(f"focusable filler {name!r} in {where}")
        if not any(character.isalpha() for character in name):
            found.append(f"{role} named {name!r} in {where}")
        elif role == "combo box" and name == (node.name or "") and name == _text(node):
            found.append(f"combo box named by its value {name!r} in {where}")
    for child in node:
        if child is not None:
            problems(child, found, seen)


def _where(node) -> str:
    """The control's place: the roles and names of the three containers around it."""
    around = []
    for _ in range(3):
        node = node.parent
        if node is None:
            break
        around.append(f"{node.getRoleName()} {node.name!r}")
    return " < ".join(around)


def _text(node) -> str:
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def tab_lists(node):
    if node.getRoleName() == "page tab list":
        yield node
    for child in node:
        if child is not None:
            yield from tab_lists(child)


def main() -> int:
    app = application(sys.argv[1])
    if app is None:
        return 2
    found: list[str] = []
    seen = [0]
    tabs = next(tab_lists(app), None)
    for index in range(tabs.childCount if tabs is not None else 1):
        if tabs is not None:
            tabs.querySelection().selectChild(index)
            time.sleep(1.0)
        problems(app, found, seen)
    print("\n".join(sorted(set(found))))
    print(f"walked {seen[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
