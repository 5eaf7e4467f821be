"""The facet sidebar: counts per type, format, year, publisher, creator, language and tag.

Clicking a value keeps only the items that have it; clicking it again lets them all back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ..i18n import access_word, format_label, language_name, local_number, in_sentence, translate, type_name
from ..models import PATHS_MIME
from ..plain import tip

#: The facet of several collections searched as one: how many matches each holds.
COLLECTION = "collection"
#: The core's facet names, with the heading shown for each (translated where shown).
HEADINGS = {
    COLLECTION: QT_TRANSLATE_NOOP("Facets", "Collection"),
    "series": QT_TRANSLATE_NOOP("Facets", "Series"),
    "type": QT_TRANSLATE_NOOP("Facets", "Type"),
    "format": QT_TRANSLATE_NOOP("Facets", "Format"),
    "year": QT_TRANSLATE_NOOP("Facets", "Year"),
    "publisher": QT_TRANSLATE_NOOP("Facets", "Publisher / source"),
    "creator": QT_TRANSLATE_NOOP("Facets", "Creator"),
    "recipient": QT_TRANSLATE_NOOP("Facets", "Recipient"),
    "language": QT_TRANSLATE_NOOP("Facets", "Language"),
    "tag": QT_TRANSLATE_NOOP("Facets", "Tags"),
    "puid": QT_TRANSLATE_NOOP("Facets", "PRONOM format"),
    "sensitive": QT_TRANSLATE_NOOP("Facets", "Sensitive data"),
    "access": QT_TRANSLATE_NOOP("Facets", "Access"),
}

#: The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.
SENSITIVE_WORDS = {
    "card": QT_TRANSLATE_NOOP("Facets", "card numbers"),
    "iban": QT_TRANSLATE_NOOP("Facets", "IBANs"),
    "ssn": QT_TRANSLATE_NOOP("Facets", "US social security numbers"),
    "national-id": QT_TRANSLATE_NOOP("Facets", "national identifiers"),
    "email": QT_TRANSLATE_NOOP("Facets", "e-mail addresses"),
    "phone": QT_TRANSLATE_NOOP("Facets", "phone numbers"),
    "lexicon": QT_TRANSLATE_NOOP("Facets", "words of the lexicon"),
}


def _shown_by(words: dict[str, str]):
    return lambda value: translate("Facets", words[value]) if value in words else value


#: How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').
SHOWN_AS = {
    "format": format_label,
    "language": language_name,
    "type": type_name,
    "access": access_word,
    "series": lambda value: value.replace("/", " › "),
    COLLECTION: lambda value: Path(value).name or value,
    "sensitive": _shown_by(SENSITIVE_WORDS),
}


def heading(name: str) -> str:
    """A facet's heading in the viewer's language."""
    return translate("Facets", HEADINGS[name])


SHOWN_PER_FACET = 12
_FACET, _VALUE = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2


class FacetPanel(QTreeWidget):
    """Emits ``filters_changed(dict)`` with the chosen {facet: value} pairs, ``shown()`` after
    the values are shown, and
    ``arranged(paths, series)`` when result rows are dropped on a series (to be placed in it; ''
    when dropped on the heading, to be placed in a new one)."""

    filters_changed = Signal(dict)
    arranged = Signal(list, str)
    shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # cut at the end, never inside the middle of a word
        self.setMinimumWidth(170)
        self.setAccessibleName(translate("Facets", "Facets: narrow the results"))
        self.filters: dict[str, str] = {}
        self._rows: dict[str, list[str]] = {}  # the values shown in each facet, in order
        self._collapsed: set[str] = set()
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.itemClicked.connect(self._toggle)
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, _FACET)))
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, _FACET)))

    def described(self) -> list[tuple[str, str]]:
        """(facet, 'Heading: value') for each value chosen: ('type', 'Type: Still image')."""
        return [
            (
                name,
                translate("Facets", "{facet}: {value}").format(
                    facet=heading(name), value=SHOWN_AS.get(name, str)(value)
                ),
            )
            for name, value in self.filters.items()
        ]

    def show_counts(self, facets: dict[str, dict[str, int]], keep_rows: bool = False) -> None:
        """Show each facet's most frequent values. ``keep_rows``: the same rows where they are, with
        their new counts (a value none of the results has shows (0), greyed), so that a click
        that narrowed the results leaves the next value under the pointer where it was."""
        rows = self._rows if keep_rows and self._rows else self._top_values(facets)
        self._rows = rows
        current = self.currentItem()
        at = (current.data(0, _FACET), current.data(0, _VALUE)) if current is not None else None
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for name, values in rows.items():
            chosen = self.filters.get(name)
            group = QTreeWidgetItem([heading(name)])
            group.setData(0, _FACET, name)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFont(0, bold)
            self.addTopLevelItem(group)
            if chosen is not None and chosen not in values:
                values.insert(0, chosen)
            counts = facets.get(name, {})
            for value in values:
                shown = SHOWN_AS.get(name, str)(value)
                label = _series_row(value) if name == "series" else shown
                count = counts.get(value, 0)
                item = QTreeWidgetItem([f"{label}  ({local_number(count)})"])
                item.setData(0, _FACET, name)
                item.setData(0, _VALUE, value)
                item.setToolTip(
                    0,
                    tip(
                        translate("Facets", "Click to clear this filter")
                        if value == chosen
                        else translate("Facets", "Show only {facet}: {value}").format(
                            facet=in_sentence(heading(name)), value=shown
                        )
                    ),
                )
                if value == chosen:
                    item.setFont(0, bold)
                    item.setCheckState(0, Qt.CheckState.Checked)
                elif not count:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)  # greyed: nothing to narrow to
                group.addChild(item)
                if at == (name, value):
                    self.setCurrentItem(item)  # the keyboard's place stays where it was
            if name == "series" and not values:
                hint = QTreeWidgetItem([translate("Facets", "(drop rows here)")])
                hint.setToolTip(0, tip(translate("Facets", "Drop results here to start a series")))
                hint.setData(0, _FACET, name)
                hint.setFlags(Qt.ItemFlag.ItemIsEnabled)
                hint.setForeground(0, self.palette().placeholderText())
                group.addChild(hint)
            group.setExpanded(name not in self._collapsed)
        self.shown.emit()

    def wanted_width(self) -> int:
        """The width that shows every value whole, with its count."""
        return (
            self.sizeHintForColumn(0)
            + self.indentation()
            + 2 * self.frameWidth()
            + self.verticalScrollBar().sizeHint().width()
        )

    def _top_values(self, facets: dict[str, dict[str, int]]) -> dict[str, list[str]]:
        """Each facet's values to show, most frequent first, the chosen one always among them."""
        rows = {}
        for name in HEADINGS:
            values = list(facets.get(name, {}))[:SHOWN_PER_FACET]
            if name == "series":  # as a tree: each sub-series under its series
                values.sort(key=lambda value: value.split("/"))
            if values or name in self.filters or (name == "series" and any(facets.values())):  # a place to start one
                rows[name] = values
        if rows.get("series") == []:  # no series yet: the place to start one comes last
            rows["series"] = rows.pop("series")
        return rows

    def _series_at(self, event) -> str | None:
        """The series under a drag of result rows ('' on the heading: a new one, asked for), or
        None (elsewhere, or not rows)."""
        item = self.itemAt(event.position().toPoint())
        if item is None or item.data(0, _FACET) != "series" or not event.mimeData().hasFormat(PATHS_MIME):
            return None
        return item.data(0, _VALUE) or ""

    def dragEnterEvent(self, event) -> None:
        event.setAccepted(event.mimeData().hasFormat(PATHS_MIME))

    def dragMoveEvent(self, event) -> None:
        event.setAccepted(self._series_at(event) is not None)

    def dropEvent(self, event) -> None:
        series = self._series_at(event)
        if series is None:
            event.ignore()
            return
        event.acceptProposedAction()
        paths = bytes(event.mimeData().data(PATHS_MIME)).decode("utf-8").split("\n")
        self.arranged.emit([path for path in paths if path], series)

    def drop(self, facet: str) -> None:
        """Let the value chosen in ``facet`` go."""
        if self.filters.pop(facet, None) is not None:
            self.filters_changed.emit(dict(self.filters))

    def keyPressEvent(self, event) -> None:
        """Space or Enter on a value narrows to it (or lets it go), as a click does."""
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and item is not None
            and item.data(0, _VALUE) is not None
        ):
            self._toggle(item)
            return
        super().keyPressEvent(event)

    def clear_filters(self) -> None:
        self.filters = {}
        self.filters_changed.emit({})

    def _toggle(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, _VALUE)
        if value is None:
            return
        facet = item.data(0, _FACET)
        if self.filters.get(facet) == value:
            del self.filters[facet]
        else:
            self.filters[facet] = value
        self.filters_changed.emit(dict(self.filters))


def _series_row(value: str) -> str:
    """A series as a row of the facet's tree: its own name, indented under the series above it."""
    levels = value.split("/")
    return "    " * (len(levels) - 1) + ("› " if len(levels) > 1 else "") + levels[-1]
