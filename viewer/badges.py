"""Format badges for the result list: a small coloured label ('PDF', 'JPG', 'WEB') that tells the
kind of each item at a glance, drawn here so that it looks the same under every desktop theme."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

#: MIME type → (label, colour). Families share a colour: documents blue, images green, text grey.
BADGES = {
    "application/pdf": ("PDF", "#c62828"),
    "text/html": ("WEB", "#6a1b9a"), "application/xhtml+xml": ("WEB", "#6a1b9a"),
    "text/plain": ("TXT", "#546e7a"), "text/markdown": ("MD", "#546e7a"), "text/x-rst": ("RST", "#546e7a"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("DOC", "#1565c0"),
    "application/vnd.oasis.opendocument.text": ("ODT", "#1565c0"),
    "application/epub+zip": ("EPUB", "#ef6c00"),
    "image/jpeg": ("JPG", "#2e7d32"), "image/png": ("PNG", "#2e7d32"), "image/tiff": ("TIFF", "#2e7d32"),
    "image/gif": ("GIF", "#2e7d32"), "image/webp": ("WEBP", "#2e7d32"), "image/bmp": ("BMP", "#2e7d32"),
}
WIDTH, HEIGHT = 34, 16


@lru_cache(maxsize=None)
def format_badge(mime: str | None) -> QIcon:
    label, colour = BADGES.get(mime or "", ("FILE", "#757575"))
    ratio = 2  # drawn at twice the size: sharp on high-density screens too
    pixmap = QPixmap(WIDTH * ratio, HEIGHT * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRect(0, 1, WIDTH, HEIGHT - 2), 3, 3)
    font = QFont()
    font.setPixelSize(9 if len(label) > 3 else 10)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, WIDTH, HEIGHT), Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)
