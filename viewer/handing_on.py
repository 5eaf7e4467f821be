"""Items leaving the collection from the window: Export Selection (records in a standard's form,
or messages as mail) and Bag Selection, each off the GUI thread. Before, the window asks whether
the items held back — not open, or holding sensitive data no person has reviewed (archive.held_back)
— go too (they stay unless a person ticks the box; the Cite tab's exports ask the same); after, it
says how many stayed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox, QWidget

from archive import MAIL_FORMATS, Collection, held_back

from .i18n import local_size, translate

if TYPE_CHECKING:
    from archive import BagReport

    from .panels.cite import CitePanel
    from .window_services import SelectionHost

#: Export formats as the save dialog offers them (translated there) → the core's format names.
EXPORTS = {
    QT_TRANSLATE_NOOP("Selection", "CSV, for spreadsheets (*.csv)"): "csv",
    "JSON Lines (*.jsonl)": "jsonl",
    "BibTeX (*.bib)": "bibtex",
    "BibLaTeX (*.bib)": "biblatex",
    "RIS (*.ris)": "ris",
    "CSL-JSON (*.json)": "csl-json",
    "Dublin Core, OAI-PMH (*.xml)": "oai-dc",
    "MODS (*.xml)": "mods",
    "MARCXML (*.xml)": "marcxml",
    "MARC 21 (*.mrc)": "marc",
    QT_TRANSLATE_NOOP("Selection", "EAD finding aid (*.xml)"): "ead",
    QT_TRANSLATE_NOOP("Selection", "Mailbox of the messages as they were (*.mbox)"): "mbox",
    QT_TRANSLATE_NOOP("Selection", "The messages as .eml files, in a new folder (*)"): "eml",
}


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


def export_items(window: SelectionHost, cite: CitePanel, paths: list[str]) -> None:
    """Export Selection: the format and the file chosen in a save dialog; records go through the
    Cite tab (which asks about held-back items), messages as mail here."""
    chosen = of_one_collection(window, paths)
    if chosen is None:
        return
    collection, paths = chosen
    offered = {translate("Selection", label): fmt for label, fmt in EXPORTS.items()}
    count = len(paths)
    target, chosen = QFileDialog.getSaveFileName(
        window,
        translate("Selection", "Export %Ln item(s)", None, count),
        str(Path.home() / "export.csv"),
        ";;".join(offered),
    )
    fmt = offered.get(chosen, "csv")
    if target and fmt in MAIL_FORMATS:
        _export_mail(window, collection, paths, fmt, target)
    elif target:
        cite.export_to(collection, paths, fmt, target)


def of_one_collection(window: SelectionHost, rows: list[str]) -> tuple[Collection, list[str]] | None:
    """The collection of the rows and their items' paths there; None (and the person told why,
    when they are of several) when there is nothing to hand on."""
    if window.collection is None or not rows:
        return None
    chosen = window.scope.one_collection(rows)
    if chosen is None:
        window.show_status(translate("Selection", "The items selected are of several collections: select those of one"))
    return chosen


def _export_mail(window: SelectionHost, collection: Collection, paths: list[str], fmt: str, target: str) -> None:
    """The selected messages as they were, as a mailbox or .eml files (each mailbox they are in is read again)."""

    def exported(result: tuple[int, list[tuple[str, str]]]) -> None:
        count, left_out = result
        window.show_status(
            translate("Selection", "Exported %Ln message(s) to {target}", None, count).format(target=target)
            + left_out_note(left_out)
        )

    _hand_on(
        window,
        collection,
        paths,
        lambda worker, include: worker.export_mail(paths, target, fmt, include).messages,
        exported,
        lambda error: translate("Selection", "No messages were exported to {target}: {error}").format(
            target=target, error=error
        ),
    )


def bag_items(window: SelectionHost, paths: list[str]) -> None:
    """Bag Selection: the selected items copied into a new BagIt bag for a repository's ingest,
    read and checked as they are copied."""
    chosen = of_one_collection(window, paths)
    if chosen is None:
        return
    collection, paths = chosen
    count = len(paths)  # a plain name: lupdate sees the count only so
    target = QFileDialog.getExistingDirectory(
        window, translate("Selection", "Bag %Ln item(s) into an empty folder", None, count), str(Path.home())
    )
    if not target:
        return

    def bagged(result: tuple[BagReport, list[tuple[str, str]]]) -> None:
        report, left_out = result
        files = report.files
        window.show_status(
            translate("Selection", "Bagged %Ln file(s) ({size}) in {folder}", None, files).format(
                size=local_size(report.octets), folder=target
            )
            + left_out_note(left_out)
        )

    if _hand_on(
        window,
        collection,
        paths,
        lambda worker, include: worker.bag(paths, target, include_restricted=include),
        bagged,
        lambda error: translate("Selection", "No bag was made in {folder}: {error}").format(folder=target, error=error),
    ):
        window.show_status(translate("Selection", "Bagging %Ln item(s)…", None, count), 0)


def _hand_on(
    window: SelectionHost,
    collection: Collection,
    paths: list[str],
    work: Callable[[Collection, bool], Any],
    done: Callable[[tuple[Any, list[tuple[str, str]]]], None],
    failure: Callable[[str], str],
) -> bool:
    """Ask about the held-back items, then run ``work`` (with a Collection of its thread's own and
    whether they go) off the GUI thread; ``done`` is given its result and what it left out. False
    if the person cancelled."""
    include = ask_include_restricted(window, collection, paths)
    if include is None:
        return False
    root, base, jobs = collection.root, window.index_base, window.jobs

    def run() -> tuple[Any, list[tuple[str, str]]]:
        worker = jobs.collection(root, base)
        return work(worker, include), list(worker.handoffs.left_out)

    jobs.run(run, done, lambda error: window.message_bar.show_error(failure(error)))
    return True
