"""The timeline: how many items each year holds, as a small histogram above the facets. Dragging
across it searches that range of years (the same as date:[A TO B]); a click picks one year; a
click on the chosen range lets every year back. Its bars follow the query, and are counted
without the range, so the range is always seen against the whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..i18n import translate

HEIGHT = 76
LABEL_HEIGHT = 16
MARGIN = 4
MIN_YEARS = 10


class Timeline(QWidget):
    """Signals: ``range_changed(range)``: the (first, last) years chosen, or None for all."""

    range_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Timeline", "Timeline: the results by year"))
        self.setObjectName("timeline")
        self.setFixedHeight(HEIGHT)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(
            translate(
                "Timeline",
                "Items per year: drag across to search those years, click a year for that "
                "year alone, click the chosen years again to let every year back. Keys: "
                "← → a year, Shift+← → more years, Esc every year",
            )
        )
        self.counts: dict[int, int] = {}
        self.chosen: tuple[int, int] | None = None
        self._dragged_from: int | None = None
        self._dragged_to: int | None = None

    # -- what it shows -----------------------------------------------------------------------

    def show_counts(self, timeline: dict[str, int]) -> None:
        """Draw a search's timeline (year → items; see SearchResult.timeline)."""
        self.counts = {int(year): count for year, count in timeline.items() if year.isdigit()}
        self.setVisible(bool(self.counts) or self.chosen is not None)
        self.update()

    def set_range(self, chosen: tuple[int, int] | None, *, announce: bool = True) -> None:
        if chosen is not None:
            chosen = (min(chosen), max(chosen))
        if chosen != self.chosen:
            self.chosen = chosen
            self.setAccessibleDescription(
                translate("Timeline", "Years {years}").format(years=_years(chosen))
                if chosen
                else translate("Timeline", "Every year")
            )
            self.update()
            if announce:
                self.range_changed.emit(chosen)

    def span(self) -> tuple[int, int]:
        """The first and last year drawn: those with items and the chosen range, widened to
        MIN_YEARS (one year alone would fill the whole width)."""
        years = list(self.counts) + (list(self.chosen) if self.chosen else [])
        if not years:
            return (0, 0)
        first, last = min(years), max(years)
        missing = max(0, MIN_YEARS - (last - first + 1))
        return first - missing // 2, last + missing - missing // 2

    # -- geometry ----------------------------------------------------------------------------

    def _bars(self) -> QRectF:
        return QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN - LABEL_HEIGHT)

    def year_at(self, x: float) -> int:
        first, last = self.span()
        bars = self._bars()
        share = min(max((x - bars.left()) / max(bars.width(), 1), 0.0), 0.999999)
        return first + int(share * (last - first + 1))

    def _x_of(self, year: int) -> float:
        first, last = self.span()
        bars = self._bars()
        return bars.left() + (year - first) * bars.width() / (last - first + 1)

    # -- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        # Focus always shows: the frame takes the selection's colour, twice as thick.
        painter.setPen(
            QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            if self.hasFocus()
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1) if self.hasFocus() else self.rect().adjusted(0, 0, -1, -1))
        if not self.counts and self.chosen is None:
            return
        bars = self._bars()
        first, last = self.span()
        width = bars.width() / (last - first + 1)
        shown = self._dragging() or self.chosen
        if shown:
            lit = QColor(palette.color(QPalette.ColorRole.Highlight))
            lit.setAlpha(50)
            painter.fillRect(
                QRectF(self._x_of(shown[0]), bars.top(), (shown[1] - shown[0] + 1) * width, bars.height()), lit
            )
        tallest = max(self.counts.values(), default=1)
        for year, count in self.counts.items():
            inside = shown is None or shown[0] <= year <= shown[1]
            colour = palette.color(
                QPalette.ColorRole.Highlight
                if inside and shown
                else QPalette.ColorRole.Mid
                if shown
                else QPalette.ColorRole.Dark
            )
            height = max(2.0, bars.height() * count / tallest)
            painter.fillRect(
                QRectF(
                    self._x_of(year) + (0.5 if width > 3 else 0),
                    bars.bottom() - height,
                    max(1.0, width - (1 if width > 3 else 0)),
                    height,
                ),
                colour,
            )
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        labels = QRectF(MARGIN, bars.bottom() + 2, bars.width(), LABEL_HEIGHT)
        if shown:
            painter.drawText(labels, Qt.AlignmentFlag.AlignCenter, _years(shown))
        else:
            painter.drawText(labels, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(first))
            painter.drawText(labels, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(last))

    # -- choosing years ----------------------------------------------------------------------

    def _dragging(self) -> tuple[int, int] | None:
        if self._dragged_from is None or self._dragged_to is None:
            return None
        return (min(self._dragged_from, self._dragged_to), max(self._dragged_from, self._dragged_to))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and (self.counts or self.chosen):
            self._dragged_from = self._dragged_to = self.year_at(event.position().x())
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        year = self.year_at(event.position().x())
        if self._dragged_from is not None:
            self._dragged_to = year
            self.update()
        elif self.counts:
            count = self.counts.get(year, 0)
            QToolTip.showText(
                event.globalPosition().toPoint() + QPoint(8, 8),
                translate("Timeline", "{year}: %Ln item(s)", None, count).format(year=year),
                self,
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, self._dragged_from, self._dragged_to = self._dragging(), None, None
        if dragged is None:
            return
        single = dragged[0] == dragged[1]
        if single and self.chosen is not None and self.chosen[0] <= dragged[0] <= self.chosen[1]:
            self.set_range(None)  # a click on the chosen years lets them all back
        else:
            self.set_range(dragged)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """← → choose the year before or after (from the last or the first with items); with Shift
        the range grows or shrinks at its end; Esc lets every year back."""
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if event.key() == Qt.Key.Key_Escape and self.chosen is not None:
            self.set_range(None)
        elif step is not None and self.counts:
            if self.chosen is None:
                year = max(self.counts) if step < 0 else min(self.counts)
                self.set_range((year, year))
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.set_range((self.chosen[0], max(self.chosen[0], self.chosen[1] + step)))
            else:
                year = self.chosen[0] + step
                self.set_range((year, year))
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


def _years(chosen: tuple[int, int]) -> str:
    return str(chosen[0]) if chosen[0] == chosen[1] else f"{chosen[0]} – {chosen[1]}"
