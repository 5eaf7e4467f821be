"""Timers made with their setters, never with Qt properties passed by keyword: PySide looks a
keyword property up by name through the C library's case mapping, which under a Turkish or
Azerbaijani locale (LC_CTYPE tr_TR, az_AZ) turns 'interval' into 'İnterval' and fails, so the
window did not start on those desktops."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer


def timer(parent: QObject, interval_ms: int, single_shot: bool = True) -> QTimer:
    made = QTimer(parent)
    made.setInterval(interval_ms)
    made.setSingleShot(single_shot)
    return made
