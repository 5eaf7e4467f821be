"""The row under the search field that shows what narrows the results: a chip for each facet value
and for the timeline's years, each with × to let it go, and "Clear all"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from .i18n import translate
from .plain import tip

#: What a chip for the timeline's years is keyed by (facets are keyed by their names).
YEARS = "years"
CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; "
    "background: palette(alternate-base); }"
)
#: A chip's text is elided past this many characters (its tooltip says it whole).
CHIP_CHARS = 40


class FilterChips(QWidget):
    """Signals: ``removed(key)`` (a facet's name, or YEARS) when a chip's × is clicked;
    ``cleared()`` for "Clear all"."""

    removed = Signal(str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_chips")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(4)
        self._layout.addWidget(QLabel(translate("Filters", "Only:")))
        self._chips: list[QToolButton] = []
        self.clear_all = QToolButton()
        self.clear_all.setObjectName("clear_all_filters")
        self.clear_all.setText(translate("Filters", "Clear all"))
        self.clear_all.setAutoRaise(True)
        self.clear_all.setToolTip(translate("Filters", "Let every filter go: the whole result of the words typed"))
        self.clear_all.clicked.connect(self.cleared)
        self._layout.addWidget(self.clear_all)
        self._layout.addStretch(1)
        self.hide()

    def show_filters(self, filters: list[tuple[str, str]]) -> None:
        """One chip per (key, 'Heading: value') pair, in order; none hides the row."""
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for position, (key, label) in enumerate(filters, start=1):
            shown = label if len(label) <= CHIP_CHARS else label[: CHIP_CHARS - 1] + "…"
            chip = QToolButton()
            chip.setObjectName(f"chip_{key}")
            chip.setText(f"{shown}  ×")  # a button's text is never rendered as markup
            chip.setStyleSheet(CHIP_STYLE)
            chip.setToolTip(tip(label + "\n" + translate("Filters", "Click to let this filter go")))
            chip.setAccessibleName(translate("Filters", "Remove filter {filter}").format(filter=label))
            chip.setAccessibleDescription(
                translate("Filters", "Click to let this filter go")
            )  # plain: not the tooltip's markup
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, k=key: self.removed.emit(k))
            self._layout.insertWidget(position, chip)
            self._chips.append(chip)
        self.setVisible(bool(filters))

    def labels(self) -> list[str]:
        return [chip.text().removesuffix("  ×") for chip in self._chips]
