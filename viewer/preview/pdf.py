"""PDF preview: Qt's own PDF renderer (QtPdf), with page navigation, zoom, and the search words
highlighted; it opens on the page of the best hit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QSpinBox, QToolBar, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
_ERRORS = {
    QPdfDocument.Error.IncorrectPassword: "it is protected by a password",
    QPdfDocument.Error.UnsupportedSecurityScheme: "it uses an unsupported kind of encryption",
    QPdfDocument.Error.InvalidFileFormat: "it is damaged or not really a PDF",
    QPdfDocument.Error.FileNotFound: "the file is no longer there",
    QPdfDocument.Error.DataNotYetAvailable: "the file could not be read",
    QPdfDocument.Error.Unknown: "PDFium could not read it",
}


class PdfPreview(QWidget):
    """Signals: ``failed(reason)`` when the document cannot be shown."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.search = QPdfSearchModel(self)
        self.search.setDocument(self.document)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        bar = QToolBar(self)
        bar.setObjectName("pdf_toolbar")
        self.previous_action = self._action(bar, "◀ Previous", "Previous page (Page Up)", QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go_to(self.current_page() - 1))
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel(" of 0 ")
        bar.addWidget(self.page_count)
        self.next_action = self._action(bar, "Next ▶", "Next page (Page Down)", QKeySequence.StandardKey.MoveToNextPage, lambda: self.go_to(self.current_page() + 1))
        bar.addSeparator()
        self._action(bar, "−", "Zoom out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP))
        self._action(bar, "+", "Zoom in", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP))
        self._action(bar, "Fit width", "Fit the page width to the window", None, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self._action(bar, "Fit page", "Show the whole page", None, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)

    def _action(self, bar: QToolBar, text: str, tip: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        bar.addAction(action)
        return action

    def show_file(self, path: str, page: int | None, word: str | None) -> bool:
        """Open ``path`` at ``page`` (1-based) with ``word`` highlighted; False if it cannot be shown."""
        self.document.close()
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            self.failed.emit(f"This PDF cannot be shown: {_ERRORS.get(error, 'PDFium could not read it')}.")
            return False
        count = self.document.pageCount()
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.blockSignals(False)
        self.page_count.setText(f" of {count} ")
        self.search.setSearchString(word or "")
        target = max(0, min((page or 1) - 1, count - 1))
        QTimer.singleShot(0, lambda: self.go_to(target))  # after the view has laid out the pages
        return True

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.document.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(self.view.zoomFactor() * factor, 10.0)))

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < self.document.pageCount())

    def clear(self) -> None:
        self.document.close()
