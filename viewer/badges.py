"""Badges for the result list, drawn here so that they look the same under every desktop theme: a
small coloured label ('PDF', 'JPG', 'WEB') that tells the kind of each item at a glance, and a
padlock on an item that is not open (orange: restricted, red: closed)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLineF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from archive import SOURCE_CODE

_OOXML, _ODF = "application/vnd.openxmlformats-officedocument.", "application/vnd.oasis.opendocument."
_SHEET, _SLIDES, _SOUND, _DATA = "#00796b", "#d84315", "#ad1457", "#455a64"
_MAIL, _ARCHIVE, _TEXT, _IMAGE = "#0277bd", "#6d4c41", "#546e7a", "#2e7d32"
#: MIME type → (label, colour). Families share a colour: documents blue, images green, text grey,
#: spreadsheets teal, presentations orange, sound and video pink.
BADGES = {
    _OOXML + "spreadsheetml.sheet": ("XLS", _SHEET),
    "application/vnd.ms-excel": ("XLS", _SHEET),
    _ODF + "spreadsheet": ("ODS", _SHEET),
    "text/csv": ("CSV", _SHEET),
    "text/tab-separated-values": ("TSV", _SHEET),
    _OOXML + "presentationml.presentation": ("PPT", _SLIDES),
    "application/vnd.ms-powerpoint": ("PPT", _SLIDES),
    _ODF + "presentation": ("ODP", _SLIDES),
    "application/msword": ("DOC", "#1565c0"),
    "application/rtf": ("RTF", "#1565c0"),
    "audio/mpeg": ("MP3", _SOUND),
    "audio/flac": ("FLAC", _SOUND),
    "audio/ogg": ("OGG", _SOUND),
    "audio/mp4": ("M4A", _SOUND),
    "audio/x-wav": ("WAV", _SOUND),
    "audio/x-ms-wma": ("WMA", _SOUND),
    "audio/aiff": ("AIFF", _SOUND),
    "video/mp4": ("MP4", _SOUND),
    "application/xml": ("XML", _DATA),
    "application/tei+xml": ("TEI", _DATA),
    "application/json": ("JSON", _DATA),
    "text/vcard": ("VCF", _DATA),
    "text/calendar": ("ICS", _DATA),
    "text/x-tex": ("TEX", _TEXT),
    **{mime: ("CODE", _TEXT) for mime in SOURCE_CODE},
    "text/x-log": ("LOG", _TEXT),
    "image/svg+xml": ("SVG", _IMAGE),
    "image/vnd.djvu": ("DJVU", _IMAGE),
    "application/postscript": ("PS", "#c62828"),
    "message/rfc822": ("EML", _MAIL),
    "application/vnd.ms-outlook": ("MSG", _MAIL),
    "application/mbox": ("MBOX", _MAIL),
    "application/zip": ("ZIP", _ARCHIVE),
    "application/x-tar": ("TAR", _ARCHIVE),
    "application/gzip": ("GZ", _ARCHIVE),
    "application/x-bzip2": ("BZ2", _ARCHIVE),
    "application/x-xz": ("XZ", _ARCHIVE),
    "application/x-7z-compressed": ("7Z", _ARCHIVE),
    "application/pdf": ("PDF", "#c62828"),
    "text/html": ("WEB", "#6a1b9a"),
    "application/xhtml+xml": ("WEB", "#6a1b9a"),
    "text/plain": ("TXT", "#546e7a"),
    "text/markdown": ("MD", "#546e7a"),
    "text/x-rst": ("RST", "#546e7a"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ("DOC", "#1565c0"),
    "application/vnd.oasis.opendocument.text": ("ODT", "#1565c0"),
    "application/epub+zip": ("EPUB", "#ef6c00"),
    "image/jpeg": ("JPG", "#2e7d32"),
    "image/png": ("PNG", "#2e7d32"),
    "image/tiff": ("TIFF", "#2e7d32"),
    "image/gif": ("GIF", "#2e7d32"),
    "image/webp": ("WEBP", "#2e7d32"),
    "image/bmp": ("BMP", "#2e7d32"),
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


#: The padlock's colour for each access that is not open.
LOCK_COLOURS = {"restricted": "#ef6c00", "closed": "#c62828"}
LOCK_SIZE = 14


@lru_cache(maxsize=None)
def access_lock(access: str) -> QIcon:
    """A padlock in the colour of ``access`` ('restricted', 'closed'), outlined in white so that it
    shows on a thumbnail too."""
    ratio = 2
    pixmap = QPixmap(LOCK_SIZE * ratio, LOCK_SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LOCK_COLOURS.get(access, LOCK_COLOURS["closed"]))
    shackle = QRectF(3.5, 1.5, 7, 8)
    for pen in (QPen(QColor("white"), 4), QPen(colour, 2)):  # the outline first, then the lock
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(shackle, 0, 180 * 16)
        for x in (shackle.left(), shackle.right()):
            painter.drawLine(QLineF(x, shackle.center().y(), x, 7))
    painter.setPen(QPen(QColor("white"), 1))
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(1.5, 6.5, 11, 7), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)
