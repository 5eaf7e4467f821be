"""A recording or a film: its poster frame (a video, when ffmpeg is installed), what its tags say,
how long it runs, and a button that plays it in the desktop's own player."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLocale, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from archive import PictureError, Record

from ..i18n import language_name, local_date, translate
from ..opening import open_in_desktop
from ..plain import plain_label

#: The poster frame's longest edge in the pane.
POSTER_EDGE = 360


def running_time(seconds: float) -> str:
    """3725.4 → '1:02:05'; 65 → '1:05'."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def _channels(count: int | None) -> str:
    """1 → 'mono', 2 → 'stereo', 6 → '6 channels'."""
    if not count:
        return ""
    return {1: translate("Media", "mono"), 2: translate("Media", "stereo")}.get(count) or translate(
        "Media", "%n channels", None, count
    )


class _PosterSignals(QObject):
    done = Signal(int, str, str)  # token, the picture's path, why there is none


class _Poster(QRunnable):
    def __init__(self, token: int, picture: Callable[[], Path], signals: _PosterSignals) -> None:
        super().__init__()
        self.token, self.picture, self.signals = token, picture, signals

    def run(self) -> None:
        try:
            self.signals.done.emit(self.token, str(self.picture()), "")
        except PictureError as error:
            self.signals.done.emit(self.token, "", str(error))


class MediaPreview(QWidget):
    """Signals: ``open_failed(reason)`` when no program plays it."""

    open_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster = plain_label()
        self.poster.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.poster.setAccessibleName(translate("Media", "Poster frame"))
        self.heading = plain_label()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.facts = QFormLayout()
        self.play_button = QPushButton("▶  " + translate("Media", "Play"))
        self.play_button.setToolTip(translate("Media", "Play it in the desktop's own player"))
        self.play_button.setAccessibleName(translate("Media", "Play in the desktop's player"))
        self.play_button.clicked.connect(self._play)
        layout = QVBoxLayout(self)
        layout.addWidget(self.poster)
        layout.addWidget(self.heading)
        layout.addLayout(self.facts)
        layout.addWidget(self.play_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.path: Path | None = None
        self._token = 0
        self._signals = _PosterSignals(self)
        self._signals.done.connect(self._poster_made)

    def show_media(self, path: Path, record: Record, picture: Callable[[], Path] | None) -> None:
        """``picture``: makes the poster frame (off the GUI thread), for a video."""
        self.path = path
        self.heading.setText(record.title or path.name)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        technical = record.exif or {}
        duration = technical.get("duration_seconds")
        for label, value in (
            (translate("Media", "Creators"), "; ".join(record.creators)),
            (translate("Media", "Date"), local_date(record.date)),
            (translate("Media", "Collection"), record.source or ""),
            (translate("Media", "Description"), record.description or ""),
            (translate("Media", "Language"), language_name(record.language or "")),
            (translate("Media", "Running time"), running_time(duration) if duration else ""),
            (
                translate("Media", "Picture"),
                ", ".join(
                    part
                    for part in (
                        f"{record.width} × {record.height} px" if record.width and record.height else "",
                        technical.get("video_codec") or "",
                    )
                    if part
                ),
            ),
            (
                translate("Media", "Sound"),
                ", ".join(
                    part
                    for part in (
                        translate("Media", "{rate} kbit/s").format(rate=round(technical["bitrate_kbps"]))
                        if technical.get("bitrate_kbps")
                        else "",
                        translate("Media", "{rate} kHz").format(
                            rate=QLocale().toString(technical["samplerate"] / 1000, "g")
                        )
                        if technical.get("samplerate")
                        else "",
                        _channels(technical.get("channels")),
                    )
                    if part
                ),
            ),
        ):
            if value:
                shown = plain_label(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(translate("Media", "{label}:").format(label=label), shown)
        self._token += 1
        self.poster.clear()
        self.poster.setVisible(picture is not None)
        if picture is not None:
            self.poster.setText(translate("Media", "Making the poster frame…"))
            QThreadPool.globalInstance().start(_Poster(self._token, picture, self._signals))

    def _poster_made(self, token: int, picture: str, reason: str) -> None:
        if token != self._token:  # another item was shown meanwhile
            return
        pixmap = QPixmap(picture) if picture else QPixmap()
        if pixmap.isNull():
            self.poster.setText(
                translate("Media", "No poster frame: {reason}.").format(
                    reason=reason or translate("Media", "the picture could not be read")
                )
            )
            return
        self.poster.setPixmap(
            pixmap.scaled(
                POSTER_EDGE, POSTER_EDGE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _play(self) -> None:
        problem = open_in_desktop(self.path, translate("Opening", "recording")) if self.path is not None else None
        if problem:
            self.open_failed.emit(problem)
