"""A recording or a film: its poster frame (a video, when ffmpeg is installed), what its tags say,
how long it runs, and a button that plays it in the desktop's own player."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QPushButton, QVBoxLayout, QWidget

from archive import Record
from archive.pictures import PictureError

from ..opening import open_in_desktop
from ..panels.facets import language_name
from ..plain import plain_label

#: The poster frame's longest edge in the pane.
POSTER_EDGE = 360


def running_time(seconds: float) -> str:
    """3725.4 → '1:02:05'; 65 → '1:05'."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


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
        self.poster.setAccessibleName("Poster frame")
        self.heading = plain_label()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.facts = QFormLayout()
        self.play_button = QPushButton("▶  Play")
        self.play_button.setToolTip("Play it in the desktop's own player")
        self.play_button.setAccessibleName("Play in the desktop's player")
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
            ("Creators", "; ".join(record.creators)), ("Date", record.date or ""), ("Collection", record.source or ""),
            ("Description", record.description or ""), ("Language", language_name(record.language or "")),
            ("Running time", running_time(duration) if duration else ""),
            ("Picture", ", ".join(part for part in (
                f"{record.width} × {record.height} px" if record.width and record.height else "",
                technical.get("video_codec") or "") if part)),
            ("Sound", ", ".join(part for part in (
                f"{technical['bitrate_kbps']:.0f} kbit/s" if technical.get("bitrate_kbps") else "",
                f"{technical['samplerate'] / 1000:g} kHz" if technical.get("samplerate") else "",
                {1: "mono", 2: "stereo"}.get(technical.get("channels"), f"{technical['channels']} channels"
                                             if technical.get("channels") else "")) if part)),
        ):
            if value:
                shown = plain_label(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(f"{label}:", shown)
        self._token += 1
        self.poster.clear()
        self.poster.setVisible(picture is not None)
        if picture is not None:
            self.poster.setText("Making the poster frame…")
            QThreadPool.globalInstance().start(_Poster(self._token, picture, self._signals))

    def _poster_made(self, token: int, picture: str, reason: str) -> None:
        if token != self._token:  # another item was shown meanwhile
            return
        pixmap = QPixmap(picture) if picture else QPixmap()
        if pixmap.isNull():
            self.poster.setText(f"No poster frame: {reason or 'the picture could not be read'}.")
            return
        self.poster.setPixmap(pixmap.scaled(POSTER_EDGE, POSTER_EDGE, Qt.AspectRatioMode.KeepAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation))

    def _play(self) -> None:
        problem = open_in_desktop(self.path, "recording") if self.path is not None else None
        if problem:
            self.open_failed.emit(problem)
