"""PDF preview: Qt's own PDF renderer (QtPdf), with page navigation, zoom, and the search term
highlighted; it opens on the page of the best hit, and F3 / Shift+F3 (n / N in the page view) step
through every hit, page after page ("hit 3 of 17")."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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
        self.previous_action = self._action(bar, "◀", "Previous page (Page Up)", QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.go_to(self.current_page() - 1))
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel(" of 0 ")
        bar.addWidget(self.page_count)
        self.next_action = self._action(bar, "▶", "Next page (Page Down)", QKeySequence.StandardKey.MoveToNextPage, lambda: self.go_to(self.current_page() + 1))
        bar.addSeparator()
        self._action(bar, "−", "Zoom out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP))
        self._action(bar, "+", "Zoom in", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP))
        self._action(bar, "Width", "Fit the page width to the window", None, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self._action(bar, "Page", "Show the whole page", None, lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar.addSeparator()
        self.previous_hit_action = self._action(bar, "◀ Hit", "Previous hit (Shift+F3, or N)", QKeySequence("Shift+F3"), lambda: self.step(-1))
        self.hit_label = QLabel("")
        self.hit_label.setObjectName("hit_label")
        bar.addWidget(self.hit_label)
        self.next_hit_action = self._action(bar, "Hit ▶", "Next hit (F3, or n)", QKeySequence("F3"), lambda: self.step(1))
        for keys, delta in (("N", 1), ("Shift+N", -1)):
            QShortcut(QKeySequence(keys), self.view, context=Qt.ShortcutContext.WidgetWithChildrenShortcut).activated.connect(
                lambda d=delta: self.step(d))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.search.countChanged.connect(self._hits_changed)
        self._hit = -1  # the hit shown, an index into the search model's results
        self._target_page = 0  # where the first hit to show is (the page of the best passage)
        self._scanned: int | None = 0  # the results looked through for it so far; None: done

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
        """Open ``path`` at ``page`` (1-based) with ``word`` (a word or a phrase) highlighted
        everywhere; False if it cannot be shown."""
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
        self._hit, self._target_page, self._scanned = -1, max(0, min((page or 1) - 1, count - 1)), 0
        self.search.setSearchString(word or "")
        self._hits_changed()
        QTimer.singleShot(0, lambda: self.go_to(self._target_page))  # after the view has laid out the pages
        return True

    def _hits_changed(self) -> None:
        """The search finds hits as it reads the pages (in page order): once the target page's
        first hit is known, it is the current one. Each hit is looked at once."""
        count = self.search.count()
        while self._scanned is not None and self._scanned < count:
            hit_page = self.search.resultAtIndex(self._scanned).page()
            if hit_page == self._target_page:
                self._show_hit(self._scanned)
            elif hit_page > self._target_page:  # none on that page
                self._scanned = None
            else:
                self._scanned += 1
        self._show_hit_count()

    def _show_hit_count(self) -> None:
        count = self.search.count()
        current = f"hit {self._hit + 1} of {count}" if self._hit >= 0 else f"{count} hit{'s' if count != 1 else ''}"
        self.hit_label.setText(f" {current} " if count else "")
        self.next_hit_action.setEnabled(count > 0)
        self.previous_hit_action.setEnabled(count > 0)

    def step(self, delta: int) -> None:
        """To the next (1) or previous (-1) hit, from the last to the first and back."""
        count = self.search.count()
        if count:
            self._show_hit((self._hit + delta) % count if self._hit >= 0 else (0 if delta > 0 else count - 1))

    def _show_hit(self, index: int) -> None:
        self._hit, self._scanned = index, None  # a hit shown, by the search or by a person: no other is sought
        self.view.setCurrentSearchResultIndex(index)
        link = self.search.resultAtIndex(index)
        self.view.pageNavigator().jump(link.page(), link.location(), self.view.zoomFactor())
        self._show_hit_count()

    def current_hit(self) -> tuple[int, int]:
        """(the hit shown, 1-based, or 0; the page it is on, 0-based, or -1)."""
        return (self._hit + 1, self.search.resultAtIndex(self._hit).page()) if self._hit >= 0 else (0, -1)

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
