"""The scrolling view of a PDF's pages: Ctrl+wheel zooms, a change of size is announced."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QGraphicsView

#: What one step of the wheel, or of Zoom In / Out, multiplies the zoom by.
ZOOM_STEP = 1.25


class PageView(QGraphicsView):
    """Ctrl+wheel zooms; a change of size is announced (to fit the page again)."""

    resized = Signal()
    zoom_asked = Signal(float)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_asked.emit(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)
