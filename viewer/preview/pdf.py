"""PDF preview: pages rendered by the core (archive.pdf_pages, PDFium) off the GUI thread — only
those in view, sharp at every zoom — with every word and phrase of the query marked where it
stands. It opens at the first hit on the page of the best passage; F3 / Shift+F3 (n / N in the
page view) step through every hit, page after page ("hit 3 of 17")."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRectF, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from archive import Box, PdfPages, PdfUnreadable

from ..i18n import translate
from ..plain import plain_label
from .hits import CURRENT_HIT, HitControls, next_hit
from .page_view import ZOOM_STEP, PageView
from ..timers import timer

#: Points between two pages, and around them.
GAP = 10.0
#: Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB).
KEPT_PAGES = 10
#: The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB).
MAX_PIXELS = 20_000_000
RENDER_AFTER_MS = 40
#: How a hit is marked: its colour's opacity, and the outline of the one shown.
MARK_ALPHA = 110


class _Signals(QObject):
    opened = Signal(int, object)  # token, PdfPages
    failed = Signal(int, str)
    rendered = Signal(int, int, float, QImage)  # token, page, scale, picture
    found = Signal(int, int, list)  # token, page, [(word, [Box])]
    done_finding = Signal(int)


class PdfPreview(QWidget):
    """Signals: ``failed(reason)`` when the document cannot be shown."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.view = PageView(self.scene, self)
        self.view.setAccessibleName(translate("Preview", "Pages of the PDF"))
        self.view.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform)
        self.view.setBackgroundBrush(self.palette().mid())
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.view.resized.connect(self._refit)
        self.view.zoom_asked.connect(self.zoom)
        self.view.verticalScrollBar().valueChanged.connect(self._moved)
        self.view.horizontalScrollBar().valueChanged.connect(lambda _: self._render_timer.start())

        bar = QToolBar(self)
        bar.setObjectName("pdf_toolbar")
        bar.setAccessibleName(translate("Preview", "Pages and zoom"))
        self.previous_action = self._action(
            bar,
            "◀",
            translate("Preview", "Previous page (Page Up)"),
            QKeySequence.StandardKey.MoveToPreviousPage,
            lambda: self.go_to(self.current_page() - 1),
        )
        self.page_box = QSpinBox(self)
        self.page_box.setAccessibleName(translate("Preview", "Page"))
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda number: self.go_to(number - 1))
        bar.addWidget(self.page_box)
        self.page_count = QLabel(self._of(0))
        bar.addWidget(self.page_count)
        self.next_action = self._action(
            bar,
            "▶",
            translate("Preview", "Next page (Page Down)"),
            QKeySequence.StandardKey.MoveToNextPage,
            lambda: self.go_to(self.current_page() + 1),
        )
        # The hits before the zoom: a narrow pane (a longer language) overflows the last actions first.
        bar.addSeparator()
        self.hits = HitControls(self, bar, self.view, self.step)
        self.hit_label = self.hits.label
        bar.addSeparator()
        self._action(
            bar,
            "−",
            translate("Preview", "Zoom out (Ctrl+wheel)"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.zoom(1 / ZOOM_STEP),
        )
        self._action(
            bar,
            "+",
            translate("Preview", "Zoom in (Ctrl+wheel)"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self.zoom(ZOOM_STEP),
        )
        self._action(
            bar,
            translate("Preview", "Width"),
            translate("Preview", "Fit the page width to the window"),
            None,
            lambda: self.set_fit("width"),
        )
        self._action(
            bar,
            translate("Preview", "Page"),
            translate("Preview", "Show the whole page"),
            None,
            lambda: self.set_fit("page"),
        )
        bar.addSeparator()
        self.status = plain_label()
        bar.addWidget(self.status)

        self._signals = _Signals(self)
        self._signals.opened.connect(self._opened)
        self._signals.failed.connect(self._failed)
        self._signals.rendered.connect(self._rendered)
        self._signals.found.connect(self._found)
        self._signals.done_finding.connect(self._done_finding)
        self._pool = QThreadPool(self)  # one worker: PDFium does one thing at a time anyway
        self._pool.setMaxThreadCount(1)
        self._render_timer = timer(self, RENDER_AFTER_MS)
        self._render_timer.timeout.connect(self._render_visible)
        self._token = 0  # of the document shown: work done for an earlier one is dropped
        self._document: PdfPages | None = None
        self._sizes: list[tuple[float, float]] = []
        self._tops: list[float] = []  # each page's top in the scene
        self._pages: list[QGraphicsRectItem] = []
        self._pictures: dict[int, tuple[float, QGraphicsPixmapItem]] = {}  # page → (scale, its picture)
        self._asked: dict[int, float] = {}  # page → scale of a render under way
        self._hits: list[tuple[int, str, list[Box]]] = []  # (page, word, boxes), in page order
        self._marks: list[list[QGraphicsRectItem]] = []
        self._hit = -1
        self._finding = False
        self._target_page = 0  # the first hit shown is the first on this page (the best passage's)
        self._fit = "width"
        self._zoom = 1.0  # pixels per point

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)

    @staticmethod
    def _of(count: int) -> str:
        """' of 12 ', after the page number box."""
        return " " + translate("Preview", "of {count}").format(count=count) + " "

    def _action(self, bar: QToolBar, text: str, tip: str, shortcut, slot):
        action = bar.addAction(text)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- opening ---------------------------------------------------------------------------

    def show_file(
        self,
        path: Path,
        page: int | None,
        texts: list[str],
        hit_pages: list[int],
        spans: Callable[[str], list[tuple[int, int]]],
    ) -> None:
        """Open ``path`` at ``page`` (1-based), marking where ``spans`` finds the query in the
        page ``texts`` (the catalog's), on ``hit_pages`` (1-based; all when empty). Opening and
        finding run off the GUI thread; ``failed`` says if the document cannot be shown."""
        self.clear()
        token = self._token
        signals = self._signals

        def open_and_find() -> None:
            try:
                document = PdfPages(path)
            except PdfUnreadable as error:
                signals.failed.emit(token, str(error))
                return
            signals.opened.emit(token, document)
            numbers = [number - 1 for number in hit_pages] if hit_pages else range(len(texts))
            for number in numbers:
                if number >= min(len(texts), len(document.sizes)) or token != self._token:
                    continue
                text = texts[number]
                words = list(dict.fromkeys(" ".join(text[start:end].split()) for start, end in spans(text)))
                if words:
                    signals.found.emit(token, number, document.find(number, words))
            signals.done_finding.emit(token)

        self._target_page = max(0, (page or 1) - 1)
        self._finding = True
        self.status.setText("  " + translate("Preview", "Opening…"))
        self._pool.start(open_and_find)

    def _opened(self, token: int, document: PdfPages) -> None:
        if token != self._token:
            self._pool.start(document.close)
            return
        self._document = document
        self.status.setText("")
        self._sizes = document.sizes
        widest = max((width for width, _ in self._sizes), default=1.0)
        top = GAP
        for width, height in self._sizes:
            item = QGraphicsRectItem(0, 0, width, height)
            item.setPos((widest - width) / 2, top)
            item.setBrush(QBrush(Qt.GlobalColor.white))
            item.setPen(QPen(Qt.PenStyle.NoPen))
            self.scene.addItem(item)
            self._pages.append(item)
            self._tops.append(top)
            top += height + GAP
        self.scene.setSceneRect(QRectF(-GAP, 0, widest + 2 * GAP, top))
        count = len(self._sizes)
        self.page_box.blockSignals(True)
        self.page_box.setMaximum(max(count, 1))
        self.page_box.blockSignals(False)
        self.page_count.setText(self._of(count))
        self._refit()
        self.go_to(min(self._target_page, count - 1))

    def _failed(self, token: int, reason: str) -> None:
        if token == self._token:
            self.status.setText("")
            self.failed.emit(translate("Preview", "This PDF cannot be shown: {reason}.").format(reason=reason))

    # -- hits ------------------------------------------------------------------------------

    def _found(self, token: int, page: int, found: list) -> None:
        if token != self._token or page >= len(self._pages):
            return
        colour = QColor(self.palette().highlight().color())
        colour.setAlpha(MARK_ALPHA)
        for word, boxes in found:
            marks = []
            for box in boxes:
                mark = QGraphicsRectItem(
                    box.left - 1, box.top - 1, box.right - box.left + 2, box.bottom - box.top + 2, self._pages[page]
                )
                mark.setBrush(QBrush(colour))
                mark.setPen(QPen(Qt.PenStyle.NoPen))
                mark.setZValue(2)
                marks.append(mark)
            self._hits.append((page, word, boxes))
            self._marks.append(marks)
        if self._hit < 0 and found and page >= self._target_page:
            self._show_hit(len(self._hits) - len(found))  # the first hit on (or after) the best page
        self._show_hit_count()

    def _done_finding(self, token: int) -> None:
        if token == self._token:
            self._finding = False
            self._show_hit_count()

    def _show_hit_count(self) -> None:
        self.hits.show(self._hit, len(self._hits), more_coming=self._finding)

    def marked_words(self) -> set[str]:
        """The words and phrases marked, as they stand in the document."""
        return {word for _, word, _ in self._hits}

    def hit_count(self) -> int:
        return len(self._hits)

    def step(self, delta: int) -> None:
        """To the next (1) or previous (-1) hit, from the last to the first and back."""
        if self._hits:
            self._show_hit(next_hit(self._hit, delta, len(self._hits)))

    def _show_hit(self, index: int) -> None:
        if 0 <= self._hit < len(self._marks):
            for mark in self._marks[self._hit]:
                mark.setPen(QPen(Qt.PenStyle.NoPen))
        self._hit = index
        for mark in self._marks[index]:
            mark.setPen(QPen(CURRENT_HIT, 2))
        page, _, boxes = self._hits[index]
        first = boxes[0] if boxes else Box(0, 0, 0, 0)
        where = self._pages[page].mapToScene((first.left + first.right) / 2, (first.top + first.bottom) / 2)
        self.view.centerOn(where)
        self._show_hit_count()

    def current_hit(self) -> tuple[int, int]:
        """(the hit shown, 1-based, or 0; the page it is on, 0-based, or -1)."""
        return (self._hit + 1, self._hits[self._hit][0]) if self._hit >= 0 else (0, -1)

    # -- pages and zoom --------------------------------------------------------------------

    def current_page(self) -> int:
        """The page in the middle of the view (0-based)."""
        if not self._tops:
            return 0
        middle = self.view.mapToScene(self.view.viewport().rect().center()).y()
        return max(0, sum(1 for top in self._tops if top <= middle) - 1)

    def go_to(self, page: int) -> None:
        if 0 <= page < len(self._pages):
            scroll = self.view.verticalScrollBar()
            scroll.setValue(round(self.view.mapFromScene(0, self._tops[page] - GAP / 2).y() + scroll.value()))
            self._moved()

    def set_fit(self, fit: str) -> None:
        self._fit = fit
        # A fitted page is never wider than the view, so no horizontal scroll bar: its coming and
        # going would change the height a "page" fit is computed from.
        self.view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if fit == "custom" else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self._refit()

    def zoom(self, factor: float) -> None:
        self.set_fit("custom")
        self._set_zoom(max(0.1, min(self._zoom * factor, 10.0)))

    def fit_area(self) -> tuple[int, int]:
        """The room a fitted page has: the view's size less a vertical scroll bar whether one is
        shown or not. A fit computed from the viewport itself never settled where the page only
        just needed the scroll bar: the bar narrowed the page, which then fitted without it, which
        widened the page again — a refit loop that froze the window (1280×800, the sample's letter)."""
        room = self.view.maximumViewportSize()
        bar = self.view.verticalScrollBar().sizeHint().width()
        return room.width() - bar, room.height()

    def _refit(self) -> None:
        if not self._sizes or self._fit == "custom":
            return
        room_width, room_height = self.fit_area()
        width, height = self._sizes[min(self.current_page(), len(self._sizes) - 1)]
        widest = max(size[0] for size in self._sizes)
        by_width = (room_width - 4) / (widest + 2 * GAP)
        zoom = by_width if self._fit == "width" else min(by_width, (room_height - 4) / (height + 2 * GAP))
        if abs(zoom - self._zoom) > 1e-6:
            self._set_zoom(zoom)

    def _set_zoom(self, zoom: float) -> None:
        page = self.current_page()
        self._zoom = zoom
        self.view.resetTransform()
        self.view.scale(zoom, zoom)
        if self._fit != "custom":
            self.go_to(page)
        self._render_timer.start()

    def _moved(self, *_) -> None:
        page = self.current_page()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page + 1 < len(self._pages))
        self._render_timer.start()

    # -- rendering -------------------------------------------------------------------------

    def _render_visible(self) -> None:
        """Render the pages in view (and the next one) at the zoom shown; forget far ones."""
        if self._document is None:
            return
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        shown = [number for number, item in enumerate(self._pages) if item.sceneBoundingRect().intersects(seen)]
        if not shown:
            return
        wanted = sorted(set(shown) | {min(shown[-1] + 1, len(self._pages) - 1)})
        ratio = self.devicePixelRatioF()
        token, document, signals = self._token, self._document, self._signals
        for number in wanted:
            width, height = self._sizes[number]
            scale = min(self._zoom * ratio, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
            if (
                abs(self._pictures.get(number, (0.0, None))[0] - scale) < 0.01
                or abs(self._asked.get(number, 0.0) - scale) < 0.01
            ):
                continue
            self._asked[number] = scale

            def render(number=number, scale=scale) -> None:
                if token == self._token:
                    picture = document.render(number, scale)
                    pixels = picture.tobytes()  # held until the image owns a copy
                    image = QImage(
                        pixels, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888
                    ).copy()
                    signals.rendered.emit(token, number, scale, image)

            self._pool.start(render)
        for number in [n for n in self._pictures if n not in wanted][: max(0, len(self._pictures) - KEPT_PAGES)]:
            _, item = self._pictures.pop(number)
            self.scene.removeItem(item)

    def _rendered(self, token: int, number: int, scale: float, image: QImage) -> None:
        if token != self._token or number >= len(self._pages):
            return
        self._asked.pop(number, None)
        old = self._pictures.pop(number, None)
        if old is not None:
            self.scene.removeItem(old[1])
        item = QGraphicsPixmapItem(QPixmap.fromImage(image), self._pages[number])
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setScale(1 / scale)
        item.setZValue(1)
        self._pictures[number] = (scale, item)

    # -- closing ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the document shown (closed on the worker, after what it is doing)."""
        self._token += 1
        self._pool.clear()
        if self._document is not None:
            self._pool.start(self._document.close)
        self._document = None
        self.scene.clear()
        self._sizes, self._tops, self._pages, self._pictures, self._asked = [], [], [], {}, {}
        self._hits, self._marks, self._hit, self._finding = [], [], -1, False
        self.page_count.setText(self._of(0))
        self.status.setText("")
        self._show_hit_count()

    def wait(self, milliseconds: int = 30000) -> bool:
        self.clear()
        return self._pool.waitForDone(milliseconds)
