"""What the window tells assistive technology (a screen reader through AT-SPI) beyond the
accessible names the widgets are given where they are made."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLineEdit, QToolBar, QToolButton, QWidget

from .i18n import translate


def announce(widget: QWidget, event: QAccessible.Event) -> None:
    """Tell assistive technology that ``widget`` changed (its name, or an alert to read out)."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, event))


def name_qt_parts(window: QWidget) -> None:
    """Name the buttons Qt adds by itself, which a screen reader would otherwise announce as
    "button": a search field's clear button, a toolbar's button for the tools it has no room for;
    and the toolbars' buttons shown as a symbol, which it would read as the symbol."""
    for toolbar in window.findChildren(QToolBar):
        more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(translate("Window", "More tools"))
        for action in toolbar.actions():  # a button shown as a symbol ('◀', '⟲') is named by its tooltip
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and not any(character.isalpha() for character in action.text()):
                button.setAccessibleName(re.sub(r"\s*\([^)]*\)$", "", action.toolTip()))
    for field in window.findChildren(QLineEdit):
        for button in field.findChildren(QToolButton):
            button.setAccessibleName(translate("Window", "Clear"))
