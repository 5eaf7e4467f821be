"""The selection and its editing: the Preview, Metadata and Cite tabs for the chosen items,
saving and undoing what a person types, and what can be done with the items (open, show in the
folder, copy, export).

Nothing typed is ever lost: the form is saved before it shows other items, and a save that fails
leaves the typing in the form.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QMenu, QSplitter, QTabWidget

from archive import ArchiveError, Collection, EditPlan, Record, member_name
from archive.model import Change, EditReport

from .arranging import Arranging
from .handing_on import bag_items, export_items
from .i18n import translate
from .models import PathRole
from .opening import open_in_desktop
from .panels.cite import CitePanel
from .panels.metadata import MetadataPanel
from .preview import PreviewPane
from .preview.members import MemberList
from .tasks import BackgroundJobs
from .timers import timer

if TYPE_CHECKING:
    from .window_services import SelectionHost

#: A selection of at least this many items has its records read for the form off the GUI thread
#: (20,000 selected items took 0.6 s on it).
FORM_IN_BACKGROUND_FROM = 1000
CITE_DELAY_MS = 300
#: Items whose preview opens at the page of the best hit.
PAGED_FORMATS = frozenset({"application/pdf", "image/tiff"})


class Selection(QObject):
    """Signals: ``records_changed()`` after a save or an undo changed records (the results are
    searched again)."""

    records_changed = Signal()

    def __init__(self, window: SelectionHost) -> None:
        super().__init__(window)
        self.window = window
        self.shown_path: str | None = None
        self._form_paths: list[str] = []  # the items the form shows, or is reading the records of
        self._shown_query = ""  # the query whose hits the preview marks
        self._shown_root = Path()  # the collection of the item shown
        self._last_saved_root: Path | None = None  # the collection of the last save (undone first)
        self.formatter = BackgroundJobs(self)  # pandoc, never in the GUI thread
        self.preview = PreviewPane()
        self.preview.open_failed.connect(window.message_bar.show_error)
        self.metadata = MetadataPanel()
        self.metadata.save_requested.connect(self.save_edits)
        self.metadata.undo_past_save.connect(self.undo)
        self.cite = CitePanel(self.formatter.run)
        self.cite.message.connect(window.show_status)
        self.cite.failed.connect(window.message_bar.show_error)
        self.cite_timer = timer(self, CITE_DELAY_MS)
        self.cite_timer.timeout.connect(self._cite)
        self.arranging = Arranging(self)
        self.members = MemberList()
        self.members.chosen.connect(self.show_member)
        # The preview over the list of what is inside the item (a mailbox's messages, a zip's files).
        self.preview_page = QSplitter(Qt.Orientation.Vertical)
        self.preview_page.addWidget(self.preview)
        self.preview_page.addWidget(self.members)
        self.preview_page.setStretchFactor(0, 3)
        self.preview_page.setStretchFactor(1, 1)
        self._copies: tempfile.TemporaryDirectory | None = None  # members opened by other programs
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Selection", "The selected item"))
        for page, title in (
            (self.preview_page, translate("Selection", "Preview")),
            (self.metadata, translate("Selection", "Metadata")),
            (self.cite, translate("Selection", "Cite")),
        ):
            page.setAccessibleName(title)
            self.tabs.addTab(page, title)

    def paths(self) -> list[str]:
        return self.window.searching.selected_paths()

    def has_changes(self) -> bool:
        return bool(self.metadata.changes())

    # -- following the selection ----------------------------------------------------------

    def changed(self) -> None:
        """The selection or the results changed: show the current item, the form for them all."""
        model = self.window.searching.model
        if not model.rowCount():
            self.flush_edits()
            self._show_item(None)
            return
        current = self.window.searching.table.currentIndex()
        path = model.data(model.index(current.row(), 0), PathRole) if current.isValid() else None
        selected = self.paths()
        if path not in selected:
            path = selected[0] if selected else None
        if path != self.shown_path:
            self.flush_edits()
            self._show_item(path)
        elif path is not None and model.query.text != self._shown_query:
            self._show_item(path, form=False)  # the same item for another query: its hits, not its form, change
        if path is not None and set(selected) != set(self._form_paths):
            self.flush_edits()
            self._show_form(selected)  # more or fewer items selected: the form edits them all
        self.cite_timer.start()

    def show_empty(self) -> None:
        """An empty list says why: nothing matches, or nothing is indexed yet."""
        if not self.window.searching.model.rowCount():
            self.preview.show_message(self.window.indexing.empty_list_text(), None)

    def _show_form(self, paths: list[str]) -> None:
        """The form for the items ``paths``, with the history of their changes; for many items
        read off the GUI thread, the form empty (nothing to type into) until they are read."""
        if self.window.collection is None:
            return
        self._form_paths = paths
        scope = self.window.scope
        if len(paths) < FORM_IN_BACKGROUND_FROM:
            self.metadata.show_records(*_form_records(scope.grouped(paths), scope.row_name))
            return
        self.metadata.show_records([])
        count = len(paths)
        self.metadata.status.setText(translate("Selection", "Reading the records of %Ln items…", None, count))
        base, jobs = self.window.index_base, self.window.jobs
        groups = [(collection.root, relatives) for collection, relatives in scope.grouped(paths)]

        def show(loaded: tuple[list, list]) -> None:
            if self._form_paths is paths:  # still the selection
                self.metadata.show_records(*loaded)

        jobs.run(
            lambda: _form_records(
                [(jobs.collection(root, base), relatives) for root, relatives in groups], scope.row_name
            ),
            show,
            lambda error: self.window.message_bar.show_error(
                translate("Selection", "Could not read the selected items: {error}").format(error=error)
            ),
        )

    def show_member(self, path: str) -> None:
        """An item from the list of what is inside the one shown: selected among the results when
        it is one of them, else shown as it is (the results stay those of the search)."""
        path = self.window.scope.row_name(self._shown_root, path)  # a member of the item shown, in its collection
        row = self.window.searching.model.row_of(path)
        if row is not None:
            self.window.searching.results.select_row(row)
            self.window.searching.results.scroll_to_row(row)
            return
        self.flush_edits()
        self._show_item(path, chosen=[path])
        self.window.show_status(
            translate("Selection", "Shown from the list of what is inside; it is not among this search's results")
        )

    def _show_item(self, path: str | None, form: bool = True, chosen: list[str] | None = None) -> None:
        model = self.window.searching.model
        collection, relative = self.window.scope.owner_of(path) if path and self.window.collection else (None, None)
        self.shown_path, self._shown_query = path, model.query.text
        self._shown_root = collection.root if collection is not None else Path()
        self.members.show_members(collection, relative)
        if path is None or relative is None or collection is None:
            self._form_paths = []
            self.metadata.show_record(None)
            self.preview.show_message(
                translate("Selection", "Nothing selected.")
                if model.rowCount()
                else self.window.indexing.empty_list_text(),
                None,
            )
            return
        try:
            record = collection.record(relative)
        except ArchiveError as error:
            self.window.show_status(translate("Selection", "This item cannot be shown: {error}").format(error=error))
            return
        chosen = chosen or self.paths() or [path]
        if form and set(chosen) != set(self._form_paths):
            self._show_form(chosen)
        passage = model.passage(path) if record.format in PAGED_FORMATS or record.parts else None
        self.preview.show_item(collection, record, model.query.text, passage)
        self.members.mark(self.preview.shown_path)

    # -- saving ---------------------------------------------------------------------------

    def flush_edits(self) -> None:
        """Save what a person typed before the form shows something else: nothing is lost."""
        if self.metadata.changes():
            self.metadata.save()

    def save_edits(self, paths: list[str], values: dict, unset: list) -> None:
        """Save the form's changes to ``paths`` (one Save, one transaction, one Undo)."""
        self.apply_edit(paths, EditPlan.of(values, unset))

    def add_tag(self, paths: list[str], tag: str) -> None:
        """Add ``tag`` to the items ``paths`` (each keeps its other tags)."""
        self.apply_edit(paths, EditPlan.of({}, [], [("tags", tag)]))

    def apply_edit(self, paths: list[str], plan: EditPlan | Callable[[Collection], EditReport]) -> None:
        """Save ``plan`` for the items ``paths``, or an edit of its own (a group, of one collection's
        items), off the GUI thread: each collection's items in one batch of that collection."""
        if self.window.collection is None:
            return
        base, jobs = self.window.index_base, self.window.jobs
        for collection, relatives in self.window.scope.grouped(paths):
            root = self._last_saved_root = collection.root

            def edit(edited: Collection, relatives: list[str] = relatives) -> EditReport:
                return plan(edited) if callable(plan) else edited.edit_many(relatives, plan, source="viewer")

            jobs.run(
                lambda root=root, edit=edit: edit(jobs.collection(root, base)),
                lambda report: self._saved(paths, report),
                lambda error: self._save_failed(paths, error),
            )

    def _saved(self, paths: list[str], report: EditReport) -> None:
        changed = report.changed
        self.window.show_status(
            translate("Selection", "Saved %Ln item(s)", None, changed)
            if changed
            else translate("Selection", "Nothing changed")
        )
        if report.warning:
            self.window.message_bar.show_error(report.warning[0].upper() + report.warning[1:] + ".")
        if set(paths) == set(self.metadata.paths):
            self._show_form(paths)
            self.metadata.status.setText(translate("Selection", "Saved"))
        self.records_changed.emit()

    def _save_failed(self, paths: list[str], error: str) -> None:
        # The form keeps what was typed; nothing is lost.
        self.metadata.status.setText(translate("Selection", "Not saved"))
        count = len(paths)
        which = paths[0] if count == 1 else translate("Selection", "%Ln items", None, count)
        self.window.message_bar.show_error(
            translate(
                "Selection",
                "Your changes to {which} were not saved: {error}. They are still in the form; save again when "
                "the problem is solved.",
            ).format(which=which, error=error)
        )

    def undo(self) -> None:
        """Take back the last save made in the viewer (all its items), kept in the history, in the
        collection it was made in."""
        if self.window.collection is None:
            return
        self.flush_edits()
        root, base, jobs = (
            self._last_saved_root or self.window.collection.root,
            self.window.index_base,
            self.window.jobs,
        )
        jobs.run(
            lambda: jobs.collection(root, base).undo("viewer"),
            self._undone,
            lambda error: self.window.message_bar.show_error(
                translate("Selection", "Could not undo: {error}").format(error=error)
            ),
        )

    def _undone(self, paths: list[str]) -> None:
        count = len(paths)
        self.window.show_status(
            translate("Selection", "Undid the last save (%Ln item(s))", None, count)
            if paths
            else translate("Selection", "Nothing to undo")
        )
        if paths:
            self._show_form(self.metadata.paths)
            self.records_changed.emit()

    # -- acting on the items --------------------------------------------------------------

    def menu(self, position: QPoint) -> None:
        """Right-click on a result: what can be done with it (or with the selection)."""
        if self.paths():
            self.context_menu().exec(position)

    def context_menu(self) -> QMenu:
        menu = QMenu(self.window)
        for text, slot in (
            (translate("Selection", "&Open"), self.open_externally),
            (translate("Selection", "Show in &Folder"), self.show_in_folder),
            (translate("Selection", "Copy &Path"), self.copy_paths),
            (translate("Selection", "Copy &Citation"), self.copy_citation),
            (None, None),
            (translate("Selection", "&Edit Metadata"), self.edit_metadata),
            (translate("Selection", "C&ite Selection"), lambda: self.tabs.setCurrentWidget(self.cite)),
            (translate("Selection", "E&xport Selection…"), self.export_selection),
            (translate("Selection", "&Bag Selection…"), self.bag_selection),
        ):
            if text is None:
                menu.addSeparator()
            else:
                menu.addAction(text).triggered.connect(slot)
        thread = self._thread_query()
        if thread:
            menu.addSeparator()
            menu.addAction(translate("Selection", "Find the &Thread")).triggered.connect(
                lambda: self.window.searching.search_for(thread)
            )
        return menu

    def _thread_query(self) -> str | None:
        """For one message shown: the query finding its thread, from the first message it refers to."""
        if self.window.collection is None or not self.shown_path or len(self.paths()) != 1:
            return None
        collection, path = self.window.scope.owner_of(self.shown_path)
        thread = collection.record(path).thread
        return f"thread:<{thread[1] if len(thread) > 1 else thread[0]}>" if thread else None

    def open_externally(self) -> None:
        if self.shown_path:
            self.open_item(self.shown_path)

    def show_in_folder(self) -> None:
        if self.shown_path:
            self.open_item(self.shown_path, folder=True)

    def open_item(self, path: str, folder: bool = False) -> None:
        """Hand the item's file (or, ``folder``, its folder) to the desktop; say why not. An item
        inside a file is copied out first, into a temporary folder outside the collection that
        is deleted when the window closes."""
        if self.window.collection is None:
            return
        collection, path = self.window.scope.owner_of(path)
        file = collection.file_path(path)
        if collection.is_member(path) and not folder:
            try:
                if self._copies is None:
                    self._copies = tempfile.TemporaryDirectory(prefix="archive-viewer-opened-")
                place = Path(tempfile.mkdtemp(dir=self._copies.name))  # two members may share a name
                file = collection.copy_member(path, place)
            except (ArchiveError, OSError) as error:
                self.window.message_bar.show_error(
                    translate("Selection", "{name} could not be taken out of its file: {error}").format(
                        name=member_name(path), error=error
                    )
                )
                return
        problem = open_in_desktop(file.parent, translate("Opening", "folder")) if folder else open_in_desktop(file)
        if problem:
            self.window.message_bar.show_error(problem)

    def copy_paths(self) -> None:
        if self.window.collection is not None:
            owners = map(self.window.scope.owner_of, self.paths())
            paths = [str(collection.file_path(path)) for collection, path in owners]
            QApplication.clipboard().setText("\n".join(paths))
            count = len(paths)
            self.window.show_status(translate("Selection", "Copied %Ln path(s)", None, count))

    def edit_metadata(self) -> None:
        self.tabs.setCurrentWidget(self.metadata)
        self.metadata.setFocus()
        self.metadata.focusNextChild()

    def export_selection(self) -> None:
        export_items(self.window, self.cite, self.paths())

    def bag_selection(self) -> None:
        bag_items(self.window, self.paths())

    def copy_citation(self) -> None:
        if self.cite_timer.isActive() or self.cite.paths != self.paths():
            self.cite_timer.stop()
            self._cite()
        self.cite.request_copy()

    def _cite(self) -> None:
        """The Cite tab for the selection: one item of several pages cited at the page (the leaf)
        of its best hit, as an archival reference gives it ('Л. 3')."""
        rows = self.paths()
        # Items of several collections: those of the first (the Cite tab cites one collection's).
        collection, paths = self.window.scope.grouped(rows)[0] if rows and self.window.collection else (None, [])
        page = None
        if collection is not None and len(paths) == 1 and self.window.searching.model.query.text.strip():
            record = collection.record(paths[0])
            if (record.pages or 0) > 1 or record.parts:
                page = self.window.searching.model.passage(rows[0]).page
        self.cite.show_items(collection, paths, page)

    def close(self) -> None:
        """Save what is typed, let background work end, let go of the items."""
        self.flush_edits()
        self.formatter.wait()
        self.preview.pdf.wait()
        self.cite.show_items(None, [])
        if self._copies is not None:
            self._copies.cleanup()


def _form_records(
    groups: list[tuple[Collection, list[str]]], row_name: Callable[[Path, str], str]
) -> tuple[list[Record], list[Change]]:
    """The records of the items (collection by collection, in their order), each named as its
    row is, and the history of their changes, oldest first."""
    records: list[Record] = []
    history: list[Change] = []
    for collection, paths in groups:
        found = collection.catalog.records(paths)
        records += [replace(found[path], path=row_name(collection.root, path)) for path in paths if path in found]
        history += [
            replace(change, path=row_name(collection.root, change.path))
            for change in collection.catalog.history(paths=paths)
        ]
    return records, sorted(history, key=lambda change: (change.at, change.batch))
