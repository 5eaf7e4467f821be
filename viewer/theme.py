"""Light, dark or the desktop's own look. Light and dark are Qt's Fusion style with a palette of
their own, so they look the same on every desktop; 'system' gives back what the desktop set."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = {
    "system": QT_TRANSLATE_NOOP("Menus", "&System"),
    "light": QT_TRANSLATE_NOOP("Menus", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Menus", "&Dark"),
}
#: The selection and the search's marks in both themes: white text on it reads at 4.9:1 and it
#: stands out 4.9:1 from the light theme's page and 3.4:1 from the dark one's (WCAG 2.1 AA; Fusion's
#: own #308cc6 gave white text 3.7:1).
HIGHLIGHT = "#2a72c4"
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#292929",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.Highlight: HIGHLIGHT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#6fb1ff",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3d3d3d",
    QPalette.ColorRole.Mid: "#5a5a5a",
    QPalette.ColorRole.Dark: "#8c8c8c",
    QPalette.ColorRole.Shadow: "#101010",
}
_system: tuple[str, QPalette] | None = None  # the desktop's style and palette, before any change


def apply_theme(name: str) -> str:
    """Give the whole application the theme ``name`` (one of THEMES); returns the one applied."""
    global _system
    app = QApplication.instance()
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    name = name if name in THEMES else "system"
    if name == "system":
        app.setStyle(QStyleFactory.create(_system[0]) or _system[0])
        app.setPalette(_system[1])
        QGuiApplication.styleHints().unsetColorScheme()
        return name
    fusion = QStyleFactory.create("Fusion")
    app.setStyle(fusion)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT))
    palette.setColor(QPalette.ColorGroup.All, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    if name == "dark":
        for role, colour in _DARK.items():
            palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    app.setPalette(palette)
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark if name == "dark" else Qt.ColorScheme.Light)
    return name
