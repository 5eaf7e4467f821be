"""What the window tells assistive technology (a screen reader through AT-SPI) beyond the
accessible names the widgets are given where they are made."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit, QToolBar, QToolButton, QWidget

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


#: Widgets drawn by the viewer that a screen reader should hear as a standard control (by object
#: name → its role): the timeline is chosen from with ← → like a slider, not an empty filler.
ROLES = {"timeline": QAccessible.Role.Slider}
_made: list[QAccessibleInterface] = []  # Qt keeps the interfaces by pointer: kept alive here


def _interface(key: str, made_for: QObject) -> QAccessibleInterface | None:
    role = ROLES.get(made_for.objectName()) if isinstance(made_for, QWidget) else None
    if role is None:
        return None
    _made.append(QAccessibleWidget(made_for, role))
    return _made[-1]


def install_roles() -> None:
    """Give the widgets of ROLES their role on the accessibility tree (once per process)."""
    if not _factory_installed:
        QAccessible.installFactory(_interface)
        _factory_installed.append(True)


_factory_installed: list[bool] = []
