"""The Cite tab: the selected items' citations in a chosen CSL style, copied or exported.

Formatting (pandoc) runs on a background thread; the window never waits for it. The CSL-JSON,
BibTeX and RIS come from the same core functions as `archive cite` and `archive export`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from archive import ArchiveError, Collection, find_style, format_bibliography, style_titles

from ..handing_on import ask_include_restricted, left_out_note
from ..i18n import language_name, local_number, translate
from ..plain import plain_label

COMMON_STYLES = (
    (QT_TRANSLATE_NOOP("Cite", "APA 7th edition"), "apa"),
    (QT_TRANSLATE_NOOP("Cite", "Chicago author-date"), "chicago-author-date"),
    (QT_TRANSLATE_NOOP("Cite", "Chicago notes and bibliography"), "chicago-notes-bibliography"),
    (QT_TRANSLATE_NOOP("Cite", "MLA 9th edition"), "modern-language-association"),
    (QT_TRANSLATE_NOOP("Cite", "Harvard (Cite Them Right)"), "harvard-cite-them-right"),
    ("IEEE", "ieee"),
    (QT_TRANSLATE_NOOP("Cite", "GOST R 7.0.100-2018 (Russian)"), "gost-r-7-0-100-2018"),
)
#: Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'.
NAME_MARK = " — "
LOCALES = ("", "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "ru-RU", "tr-TR", "pl-PL")
EXPORTS = (("BibTeX", "bibtex", "bib"), ("RIS", "ris", "ris"), ("CSL-JSON", "csl-json", "json"))
#: The tab formats the citations of at most this many selected items (the exports take them all):
#: pandoc took over two minutes on 20,000, and the window's other background work waited for it.
SHOWN_AT_MOST = 200
#: The style suggestions' least width, in pixels.
SUGGESTIONS_WIDTH = 560


class CitePanel(QWidget):
    """Signals: ``style_changed(style, locale)``, ``message(text)`` for the status bar, ``failed(text)``
    for what did not happen (an export refused or failed), which the window keeps in view.

    ``run_job(work, on_done, on_error)`` runs work off the GUI thread (given by the window).
    """

    style_changed = Signal(str, str)
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, run_job: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run_job = run_job
        self.collection: Collection | None = None
        self.paths: list[str] = []
        self.page: int | None = None  # the page (leaf) one item is cited at: its best hit's
        self._plain = ""
        self._generation = 0
        self._pending = False
        self._copy_requested = False

        self.style_box = QComboBox()
        self.style_box.setAccessibleName(translate("Cite", "Citation style"))
        self.style_box.setEditable(True)
        self.style_box.lineEdit().setAccessibleName(translate("Cite", "Citation style"))
        self.style_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.style_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.style_box.setMinimumContentsLength(12)  # narrower than its longest title: it stretches
        for label, name in COMMON_STYLES:
            self.style_box.addItem(translate("Cite", label), name)
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[QModelIndex].connect(self._suggestion_picked)
        # Styles of one title differ by their name, at the end: wide enough to show it, and a long
        # title loses its middle, never the name (five 'Chicago Manual of Style 16th e…' looked alike).
        completer.popup().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.style_box.setCompleter(completer)
        self.style_box.setToolTip(
            translate("Cite", "A common style, or type any words of an installed CSL style's title or name")
        )
        self._suggestions_asked = False  # the titles are read when the tab is first shown (10,000 files)
        self.style_box.activated.connect(lambda _: self._style_edited())
        self.style_box.lineEdit().editingFinished.connect(self._style_edited)
        self.csl_button = QPushButton(translate("Cite", "Style file…"))
        self.csl_button.setToolTip(translate("Cite", "Use a .csl style file"))
        self.csl_button.clicked.connect(self._choose_file)
        self.locale_box = QComboBox()
        self.locale_box.setAccessibleName(translate("Cite", "Language of the citations"))
        for locale in LOCALES:  # in words, the code in the tooltip
            self.locale_box.addItem(language_name(locale) if locale else translate("Cite", "Style's language"), locale)
            self.locale_box.setItemData(self.locale_box.count() - 1, locale, Qt.ItemDataRole.ToolTipRole)
        self.locale_box.activated.connect(lambda _: self._locale_chosen())

        self.output = QTextBrowser()
        self.output.setAccessibleName(translate("Cite", "Citations"))
        self.output.setOpenExternalLinks(False)
        self.output.setObjectName("citation_output")
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.note.hide()
        self.copy_button = QPushButton(translate("Cite", "Copy"))
        self.copy_button.setToolTip(translate("Cite", "Copy the citations (Ctrl+Shift+C)"))
        self.copy_button.clicked.connect(self.copy)
        # Two short rows rather than one long one: the tab shares the window's width with the list.
        row = QHBoxLayout()
        style_label = QLabel(translate("Cite", "Style"))
        style_label.setBuddy(self.style_box)  # its name for a screen reader on Linux (labelled-by)
        row.addWidget(style_label)
        row.addWidget(self.style_box, 1)
        row.addWidget(self.csl_button)
        language_row = QHBoxLayout()
        language_label = QLabel(translate("Cite", "Language"))
        language_label.setBuddy(self.locale_box)
        language_row.addWidget(language_label)
        language_row.addWidget(self.locale_box)
        language_row.addStretch(1)
        language_row.addWidget(self.copy_button)
        exports = QHBoxLayout()
        exports.addWidget(QLabel(translate("Cite", "Export as")))
        for label, fmt, suffix in EXPORTS:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, f=fmt, s=suffix: self.export(f, s))
            exports.addWidget(button)
        exports.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(language_row)
        layout.addWidget(self.note)
        layout.addWidget(self.output, 1)
        layout.addLayout(exports)
        self._style = "apa"

    # -- style -----------------------------------------------------------------------------

    @property
    def style(self) -> str:
        return self._style

    @property
    def locale(self) -> str:
        return self.locale_box.currentData() or ""

    def set_style(self, style: str, locale: str = "") -> None:
        index = self.style_box.findData(style)
        if index >= 0:
            self.style_box.setCurrentIndex(index)
        else:
            self.style_box.setEditText(style)
        self._style = style
        locale_index = self.locale_box.findData(locale)
        self.locale_box.setCurrentIndex(max(locale_index, 0))

    def resizeEvent(self, event) -> None:
        """The suggestions as wide as SUGGESTIONS_WIDTH, but never past the window's edge: they open
        under the style field, at the right of the window (a long language's field starts further)."""
        super().resizeEvent(event)
        room = self.width() - self.style_box.x() - 4
        self.style_box.completer().popup().setMinimumWidth(max(min(SUGGESTIONS_WIDTH, room), self.style_box.width()))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._suggestions_asked:
            self._suggestions_asked = True
            self._run_job(style_titles, self._add_suggestions, lambda _: None)

    def _add_suggestions(self, titles: dict[str, str]) -> None:
        for name, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            item = QStandardItem(f"{title}{NAME_MARK}{name}")
            item.setData(name, Qt.ItemDataRole.UserRole)
            self.suggestions.appendRow(item)

    def _suggestion_picked(self, index: QModelIndex) -> None:
        """A suggestion clicked or chosen with the keyboard is applied at once."""
        self._apply(index.data(Qt.ItemDataRole.UserRole))

    def _style_edited(self) -> None:
        index = self.style_box.findText(self.style_box.currentText())
        typed = self.style_box.currentText().strip()
        chosen = self.style_box.itemData(index) if index >= 0 else typed.rsplit(NAME_MARK, 1)[-1]
        self._apply(chosen)

    def _apply(self, chosen: str | None) -> None:
        if not chosen or chosen == self._style:  # leaving the field unchanged is no new choice
            return
        try:
            find_style(chosen)
        except ArchiveError as error:
            self.message.emit(translate("Cite", "No such citation style: {error}").format(error=error))
            return
        self._style = chosen
        self.style_changed.emit(self._style, self.locale)
        self.refresh()

    def _locale_chosen(self) -> None:
        self.style_changed.emit(self._style, self.locale)
        self.refresh()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Cite", "Citation style"), str(Path.home()), translate("Cite", "CSL styles (*.csl)")
        )
        if path:
            self.style_box.setEditText(path)
            self._style_edited()

    # -- citations -------------------------------------------------------------------------

    def show_items(self, collection: Collection | None, paths: list[str], page: int | None = None) -> None:
        """Cite ``paths``; ``page``: the page (leaf) one item is cited at."""
        self.collection, self.paths, self.page = collection, paths, page
        self.refresh()

    def refresh(self) -> None:
        """Format the current items off the GUI thread; a newer request supersedes an older one."""
        self._generation += 1
        generation = self._generation
        shown = self.paths[:SHOWN_AT_MOST]
        if self.collection is None or not self.paths:
            self.note.hide()
            self._show([], generation)
            return
        items = self.collection.csl_items(shown)
        if self.page and len(items) == 1 and (items[0]["type"] == "manuscript" or "archive_location" in items[0]):
            items[0]["page"] = str(self.page)  # an archival document is cited at its leaf; a report as a whole
        notes = []
        if len(self.paths) > len(shown):
            notes.append(
                translate(
                    "Cite",
                    "The citations of the first {shown} of the {selected} items selected; the exports below take them "
                    "all.",
                ).format(shown=local_number(len(shown)), selected=local_number(len(self.paths)))
            )
        left_out = len(shown) - len(items)
        if left_out:
            notes.append(translate("Cite", "%Ln item(s) held back are not cited.", None, left_out))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        style, locale = self._style, self.locale or None
        self._pending = True
        self.output.setPlaceholderText(translate("Cite", "Formatting…"))
        self.output.clear()
        self._run_job(
            lambda: format_bibliography(items, style, locale, html_output=True),
            lambda entries: self._show(entries, generation),
            lambda error: self._failed(error, generation),
        )

    def _show(self, entries: list[tuple[str, str]], generation: int) -> None:
        if generation != self._generation:
            return
        self._pending = False
        html = "".join(f"<p style='margin-bottom:8px'>{body}</p>" for _, body in entries)
        self.output.setHtml(html)
        self.output.setPlaceholderText(translate("Cite", "Select items to cite them."))
        self._plain = self.output.toPlainText().strip()
        self.copy_button.setEnabled(bool(entries))
        if self._copy_requested:
            self._copy_requested = False
            self.copy()

    def _failed(self, error: str, generation: int) -> None:
        if generation == self._generation:
            self._pending = self._copy_requested = False
            self.output.setPlainText(
                translate("Cite", "The citation could not be formatted: {error}").format(error=error)
            )
            self.message.emit(error)

    def request_copy(self) -> None:
        """Copy the citations now, or as soon as the formatting under way is done."""
        if self._pending:
            self._copy_requested = True
        else:
            self.copy()

    def copy(self) -> None:
        if not self._plain:
            return
        data = QMimeData()
        data.setText(self._plain)
        data.setHtml(self.output.toHtml())
        QApplication.clipboard().setMimeData(data)
        count = min(len(self.paths), SHOWN_AT_MOST)
        self.message.emit(
            translate("Cite", "Copied %Ln citation(s)", None, count)
            + (
                translate("Cite", " (of {selected} selected: export them all)").format(
                    selected=local_number(len(self.paths))
                )
                if len(self.paths) > count
                else ""
            )
        )

    def export(self, fmt: str, suffix: str) -> None:
        if self.collection is None or not self.paths:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, translate("Cite", "Export selection"), str(Path.home() / f"citations.{suffix}")
        )
        if target:
            self.export_to(self.collection, self.paths, fmt, target)

    def export_to(self, collection: Collection, paths: list[str], fmt: str, target: str) -> None:
        """Write the records of ``paths`` to ``target`` off the GUI thread, those not open only if
        the person says so; a refusal or a failure is a ``failed`` message, which the window keeps
        in view."""
        try:
            collection.refuse_inside(target)
        except ArchiveError as error:
            self.failed.emit(translate("Cite", "Not exported: {error}").format(error=error))
            return
        include = ask_include_restricted(self, collection, paths)
        if include is None:
            return
        records = list(collection.records(paths))

        def export() -> tuple[int, list[tuple[str, str]]]:  # off the GUI thread: BibTeX goes through pandoc
            count = collection.export_to(target, records, fmt, include_restricted=include)
            return count, list(collection.handoffs.left_out)

        def exported(result: tuple[int, list[tuple[str, str]]]) -> None:
            count, left_out = result
            self.message.emit(
                translate("Cite", "Exported %Ln item(s) to {file}", None, count).format(file=target)
                + left_out_note(left_out)
            )

        self._run_job(
            export,
            exported,
            lambda error: self.failed.emit(
                translate("Cite", "Export to {file} failed: {error}").format(file=target, error=error)
            ),
        )
