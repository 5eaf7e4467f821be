"""What the window asks before items leave the collection (Export Selection, Bag Selection, the
Cite tab's exports) and says after: the items held back — not open, or holding sensitive data no
person has reviewed (archive.held_back) — stay behind unless a person ticks the box that sends them
too, each then carrying its restriction; the message says how many stayed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from archive import Collection, held_back

from .i18n import translate


def held_back_count(collection: Collection, paths: list[str]) -> int:
    """How many of the items ``paths`` would be held back now."""
    return sum(1 for record in collection.records(paths) if held_back(record))


def ask_include_restricted(parent: QWidget, collection: Collection, paths: list[str]) -> bool | None:
    """Whether the items held back among ``paths`` go too: False at once when there are none, else
    what the person chose (the box is unticked to begin with); None if they cancelled."""
    count = held_back_count(collection, paths)
    if not count:
        return False
    question = QMessageBox(
        QMessageBox.Icon.Question,
        translate("HandingOn", "Items held back"),
        translate(
            "HandingOn",
            "%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has "
            "reviewed.",
            None,
            count,
        ),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        parent,
    )
    question.setInformativeText(
        translate(
            "HandingOn",
            "They are left out unless you include them; included, each carries its restriction "
            "(EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with "
            "archive sensitive, or by setting the item's access.",
        )
    )
    include = QCheckBox(translate("HandingOn", "&Include the items held back"))
    question.setCheckBox(include)
    if question.exec() != QMessageBox.StandardButton.Ok:
        return None
    return include.isChecked()


def left_out_note(left_out: list[tuple[str, str]]) -> str:
    """' — 2 items held back' (what the core's hand-off left out), or ''."""
    count = len(left_out)
    return translate("HandingOn", " — %Ln item(s) held back", None, count) if count else ""
