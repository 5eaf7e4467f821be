"""The Preview tab: the right view for each kind of item, or a clear message why there is none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from archive import Collection, HEIC, Passage, Record, is_table, is_video
from archive.model import UPRIGHT_TURNS

from ..i18n import format_label, translate
from ..opening import open_in_desktop
from ..plain import plain_label
from .image import ImagePreview
from .media import MediaPreview
from .pdf import PdfPreview
from .table import TablePreview
from .text import TextPreview

#: Tables without sheet names (a CSV or TSV is one sheet).
DELIMITED = frozenset({"text/csv", "text/tab-separated-values"})
PAGE_BREAK = QT_TRANSLATE_NOOP("Preview", "page {number}")


class MessagePreview(QWidget):
    """Why an item cannot be shown, and a way to open it with another program. Signals:
    ``open_failed(reason)``."""

    open_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.label.setObjectName("preview_message")
        self.open_button = QPushButton(translate("Preview", "Open externally"))
        self.path: Path | None = None
        self.open_button.clicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_message(self, text: str, path: Path | None) -> None:
        self.label.setText(text)
        self.path = path
        self.open_button.setVisible(path is not None and path.exists())

    def _open(self) -> None:
        problem = open_in_desktop(self.path) if self.path is not None else None
        if problem:
            self.open_failed.emit(problem)


class PreviewPane(QStackedWidget):
    """Signals: ``shown(kind)`` after an item is shown: 'pdf', 'image', 'text', 'table', 'media' or 'message';
    ``open_failed(reason)`` when its Open externally found no program."""

    shown = Signal(str)
    open_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = PdfPreview(self)
        self.image = ImagePreview(self)
        self.text = TextPreview(self)
        self.table = TablePreview(self)
        self.message = MessagePreview(self)
        self.message.open_failed.connect(self.open_failed)
        self.media = MediaPreview(self)
        self.media.open_failed.connect(self.open_failed)
        for widget in (self.pdf, self.image, self.text, self.table, self.message, self.media):
            self.addWidget(widget)
        self._path: Path | None = None
        self.shown_path: str | None = None  # the item shown: a part, for an item of several files
        self.pdf.failed.connect(self._failed)
        self.image.failed.connect(self._failed)
        self.show_message(translate("Preview", "Select an item to see it here."), None)

    @property
    def kind(self) -> str:
        return {self.pdf: "pdf", self.image: "image", self.text: "text", self.table: "table", self.media: "media"}.get(
            self.currentWidget(), "message"
        )

    def show_item(self, collection: Collection, record: Record, query: str, passage: Passage | None) -> None:
        """Show an item with the query's hits marked; ``passage``: its best one (for a PDF, the
        page to open at and the pages where the words occur), if known."""
        if record.parts:  # an item of several files: the part its best hit is on (a part is a page of it)
            number = passage.page if passage and passage.page and passage.page <= len(record.parts) else 1
            record, passage = collection.record(record.parts[number - 1]), None
        self.shown_path = record.path
        path = collection.file_path(record.path)
        self._path = path
        self.pdf.clear()
        self.image.clear()
        if not path.exists():
            self.show_message(
                translate(
                    "Preview",
                    "This file is no longer in the collection folder (moved or deleted since "
                    "it was indexed). Re-index to bring the list up to date.",
                ),
                None,
            )
            return
        if collection.leads_outside(path):
            self.show_message(
                translate(
                    "Preview",
                    "This file has been replaced by a link to a file outside the collection "
                    "since it was indexed; it is not shown.",
                ),
                None,
            )
            return
        # An item inside a file (a message, an attachment, a file in a zip) is shown by its text.
        fmt = "" if collection.is_member(record.path) else record.format or ""
        if fmt == "application/pdf":
            self.pdf.show_file(
                path,
                passage.page if passage else None,
                collection.text(record.path),
                passage.pages if passage else [],
                collection.span_finder(query),
            )
            self._show(self.pdf)
            return
        if fmt.startswith("image/"):
            self.image.show_file(
                str(path),
                collection.text(record.path) if record.ocr else [],
                passage.page - 1 if passage and passage.page else 0,  # a scan opens at its hit's page
                (lambda: collection.thumbnails.picture(path, fmt)) if fmt == HEIC else None,
                (record.exif or {}).get(UPRIGHT_TURNS, []),
            )
            self._show(self.image)
            return
        if fmt.startswith(("audio/", "video/")):
            self.media.show_media(
                path, record, (lambda: collection.thumbnails.picture(path, fmt)) if is_video(fmt) else None
            )
            self._show(self.media)
            return
        pages = collection.text(record.path)
        if is_table(fmt) and any(page_text.strip() for page_text in pages):
            self.table.show_sheets(pages, named=fmt not in DELIMITED, marks=collection.span_finder(query))
            self._show(self.table)
            return
        if not any(page_text.strip() for page_text in pages):
            reason = "; ".join(record.warnings) or translate(
                "Preview", "no text could be read from this {kind}"
            ).format(kind=format_label(record.format) if record.format else translate("Preview", "file"))
            self.show_message(
                translate("Preview", "Nothing to preview: {reason}.").format(reason=reason),
                None if collection.is_member(record.path) else path,
            )
            return
        text = (
            pages[0]
            if len(pages) == 1
            else "".join(
                (
                    f"\n\n──────── {translate('Preview', PAGE_BREAK).format(number=number)} ────────\n\n"
                    if number > 1
                    else ""
                )
                + page_text
                for number, page_text in enumerate(pages, start=1)
            )
        )
        self.text.show_text(text, collection.match_spans(query, text))
        self._show(self.text)

    def show_message(self, text: str, path: Path | None) -> None:
        self.message.show_message(text, path)
        self._show(self.message)

    def _show(self, widget: QWidget) -> None:
        self.setCurrentWidget(widget)
        self.shown.emit(self.kind)

    def _failed(self, reason: str) -> None:
        self.show_message(reason, self._path)
