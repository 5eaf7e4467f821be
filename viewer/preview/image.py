"""Image preview: zoomable, pannable, rotatable; EXIF orientation respected; a multi-page scan
(TIFF) a page at a time, each with the words OCR found on it; decoded off the GUI thread so a huge
scan never freezes the window."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QImage, QImageReader, QKeySequence, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QPlainTextEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from archive import PictureError

from ..i18n import translate
from ..plain import plain_label

#: Longest edge decoded for the preview; larger images are scaled while decoding.
MAX_EDGE = 8192
ZOOM_STEP = 1.25


class _Signals(QObject):
    loaded = Signal(int, QImage, int)  # token, the page, how many pages the file has
    failed = Signal(int, str)


class _Decode(QRunnable):
    def __init__(self, token: int, path: str, page: int, signals: _Signals, picture: Callable[[], Path] | None) -> None:
        super().__init__()
        self.token, self.path, self.page, self.signals, self.picture = token, path, page, signals, picture

    def run(self) -> None:
        path = self.path
        if self.picture is not None:  # a picture Qt cannot read, made into one it can
            try:
                path = str(self.picture())
            except PictureError as error:
                self.signals.failed.emit(self.token, str(error))
                return
        reader = QImageReader(path)
        reader.setAutoTransform(True)  # EXIF orientation
        count = max(reader.imageCount(), 1)
        if self.page:
            reader.jumpToImage(self.page)
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > MAX_EDGE:
            reader.setScaledSize(size.scaled(QSize(MAX_EDGE, MAX_EDGE), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.signals.failed.emit(self.token, reader.errorString())
        else:
            self.signals.loaded.emit(self.token, image, count)


class _ZoomingView(QGraphicsView):
    """The mouse wheel zooms around the pointer, as in every image viewer. Signals: ``zoomed()``,
    ``resized()`` (the pane, a splitter beside it or the text layer under it changed its size)."""

    zoomed = Signal()
    resized = Signal()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
        self.scale(factor, factor)
        self.zoomed.emit()
        event.accept()


class ImagePreview(QWidget):
    """Signals: ``failed(reason)`` when the image cannot be decoded."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = QGraphicsScene(self)
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene.addItem(self.item)
        self.view = _ZoomingView(self.scene, self)
        self.view.setAccessibleName(translate("Preview", "Image"))
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setRenderHints(QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setBackgroundBrush(self.palette().mid())
        self.fitting = True
        self.view.zoomed.connect(lambda: setattr(self, "fitting", False))
        self.view.resized.connect(lambda: self.fit() if self.fitting else None)
        self.status = plain_label()
        bar = QToolBar(self)
        bar.setObjectName("image_toolbar")
        bar.setAccessibleName(translate("Preview", "Pages and zoom"))
        for text, tip, slot in (
            (translate("Preview", "Fit"), translate("Preview", "Fit the image to the window"), self.fit),
            ("100%", translate("Preview", "Actual size"), self.actual_size),
            ("−", translate("Preview", "Zoom out"), lambda: self.zoom(1 / ZOOM_STEP)),
            ("+", translate("Preview", "Zoom in"), lambda: self.zoom(ZOOM_STEP)),
            ("⟲", translate("Preview", "Rotate left"), lambda: self.rotate(-90)),
            ("⟳", translate("Preview", "Rotate right"), lambda: self.rotate(90)),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slot)
            bar.addAction(action)
        self.page_actions = []
        for text, tip, keys, delta in (
            ("◀", translate("Preview", "Previous page (Page Up)"), "PgUp", -1),
            ("▶", translate("Preview", "Next page (Page Down)"), "PgDown", 1),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, d=delta: self.turn(d))
            self.page_actions.append(action)
        self.page_label = plain_label()
        self.page_label.setObjectName("image_page")
        bar.addAction(self.page_actions[0])
        self.page_label_action = bar.addWidget(self.page_label)
        bar.addAction(self.page_actions[1])
        self.addActions(self.page_actions)
        self.text_action = QAction(translate("Preview", "Text layer"), self)
        self.text_action.setCheckable(True)
        self.text_action.setToolTip(translate("Preview", "Show the words recognised in this image (OCR)"))
        bar.addAction(self.text_action)
        bar.addWidget(self.status)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("ocr_text")
        self.text.setAccessibleName(translate("Preview", "Words recognised in the image"))
        self.text.hide()
        self.text_action.toggled.connect(lambda on: self.text.setVisible(on and bool(self.text.toPlainText().strip())))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.text)
        splitter.setSizes([600, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._loaded)
        self._signals.failed.connect(self._failed)
        self._token = 0
        self._path, self._recognised, self.page, self.pages = "", [], 0, 1
        self._picture: Callable[[], Path] | None = None
        self._turns: list[int] = []
        for action in (*self.page_actions, self.page_label_action):
            action.setVisible(False)

    def show_file(
        self,
        path: str,
        recognised: list[str] = (),
        page: int = 0,
        picture: Callable[[], Path] | None = None,
        turns: list[int] = (),
    ) -> None:
        """Show the image's ``page`` (0: the first; decoded off the GUI thread) and, on request,
        the text OCR found on each page (``recognised``, a page's text each). ``picture``: makes,
        off the GUI thread, a file Qt can read of one it cannot (a HEIC photograph). ``turns``:
        degrees clockwise each page was turned to be read upright (a scan fed upside down is
        shown upright)."""
        self._path, self._recognised, self.pages = path, list(recognised), max(page + 1, 1)
        self._picture, self._turns = picture, list(turns)
        self._show_page(max(page, 0))

    def turn(self, delta: int) -> None:
        """To the next (1) or the previous (-1) page of a multi-page scan."""
        if 0 <= self.page + delta < self.pages:
            self._show_page(self.page + delta)

    def _show_page(self, page: int) -> None:
        self.page = page
        self.item.setRotation(self._turns[page] if page < len(self._turns) else 0)
        recognised = self._recognised[page] if page < len(self._recognised) else ""
        self.text.setPlainText(recognised)
        self.text_action.setEnabled(bool(recognised.strip()))
        self.text.setVisible(self.text_action.isChecked() and bool(recognised.strip()))
        self._token += 1
        self.item.setPixmap(QPixmap())
        self.status.setText("  " + translate("Preview", "Loading…"))
        QThreadPool.globalInstance().start(_Decode(self._token, self._path, page, self._signals, self._picture))

    def _loaded(self, token: int, image: QImage, pages: int) -> None:
        if token != self._token:  # a newer image was asked for meanwhile
            return
        self.pages = pages
        self.page_label.setText(f" {self.page + 1} / {pages} ")
        self.page_label.setToolTip(
            translate("Preview", "Page {page} of {pages}").format(page=self.page + 1, pages=pages)
        )
        for action in (*self.page_actions, self.page_label_action):
            action.setVisible(pages > 1)
        self.page_actions[0].setEnabled(self.page > 0)
        self.page_actions[1].setEnabled(self.page < pages - 1)
        self.item.setPixmap(QPixmap.fromImage(image))
        self.item.setTransformOriginPoint(self.item.boundingRect().center())
        self.scene.setSceneRect(self.item.sceneBoundingRect())
        self.status.setText(f"  {image.width()} × {image.height()} px")
        self.fit()

    def _failed(self, token: int, reason: str) -> None:
        if token == self._token:
            self.status.setText("")
            self.failed.emit(
                translate("Preview", "This image cannot be shown: {reason}.").format(
                    reason=reason or translate("Preview", "unknown format")
                )
            )

    def fit(self) -> None:
        self.fitting = True
        self.view.resetTransform()
        if not self.item.pixmap().isNull():
            self.view.fitInView(self.item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fitting = False
        self.view.resetTransform()

    def zoom(self, factor: float) -> None:
        self.fitting = False
        self.view.scale(factor, factor)

    def rotate(self, degrees: int) -> None:
        self.item.setRotation((self.item.rotation() + degrees) % 360)
        self.scene.setSceneRect(self.item.sceneBoundingRect())
        if self.fitting:
            self.fit()

    def clear(self) -> None:
        self._token += 1
        self.item.setPixmap(QPixmap())
