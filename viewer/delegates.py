"""How results are painted: the list's two-line rows — the title and the other columns, and under
them why the item matched, the best passage with the query's words in bold and its page
('p. 30 · …') across the whole row, as Recoll's result list and a mail client's preview line
show — and the grid's cells, a thumbnail over the title, as in Tropy or a photo
manager."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive import is_picture

from .i18n import translate
from .badges import LOCK_SIZE, access_lock
from .models import AccessRole, FormatRole, PassageRole, PathRole
from .thumbnails import ThumbnailLoader

PADDING = 4
#: The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge.
ROW_PICTURE_WIDTH = 48
#: A grid cell, and the square its thumbnail is fitted into.
CELL = QSize(172, 206)
THUMBNAIL_BOX = 156
#: How much of the text before a snippet's first marked word stays in view.
LEAD_CHARS = 12


def _background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, str, QIcon]:
    """Paint the cell's background (selection, focus) as the style does; return its option,
    its text and its icon, which are the delegate's to paint."""
    view_option = QStyleOptionViewItem(option)
    delegate.initStyleOption(view_option, index)
    style = view_option.widget.style() if view_option.widget else QApplication.style()
    text, icon = view_option.text, QIcon(view_option.icon)  # a copy: the option's own is cleared next
    view_option.text, view_option.icon = "", QIcon()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget)
    return view_option, text, icon


def _draw_fitted(painter: QPainter, pixmap: QPixmap, box: QRect) -> QRect:
    """Draw ``pixmap`` as large as fits in ``box``, centred; return where it went."""
    size = pixmap.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(
        box.left() + (box.width() - size.width()) // 2,
        box.top() + (box.height() - size.height()) // 2,
        size.width(),
        size.height(),
    )
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(target, pixmap)
    painter.restore()
    return target


class SnippetDelegate(QStyledItemDelegate):
    """Paints the title column's first line: a photograph's thumbnail (else the format badge) at
    the left of both lines, the title elided in its middle (two titles that differ at the end
    stay apart). The second line, the passage, runs under every column: ResultsTable has it
    painted by ``paint_passage``."""

    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view_option, title, icon = _background(self, painter, option, index)
        rect = view_option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        metrics = view_option.fontMetrics
        mime = index.data(FormatRole)
        picture = self.thumbnails.pixmap(index.data(PathRole), mime) if is_picture(mime) else None
        if picture is not None:
            _draw_fitted(painter, picture, QRect(rect.left(), rect.top(), ROW_PICTURE_WIDTH, rect.height()))
        elif not icon.isNull():
            size = view_option.decorationSize
            icon.paint(
                painter,
                QRect(rect.left(), rect.top() + (metrics.height() - size.height()) // 2, size.width(), size.height()),
            )
        access = index.data(AccessRole)
        if access:  # at the foot of the picture's place: under the badge, on a thumbnail's corner
            access_lock(access).paint(
                painter,
                QRect(rect.left() + ROW_PICTURE_WIDTH - LOCK_SIZE, rect.bottom() - LOCK_SIZE, LOCK_SIZE, LOCK_SIZE),
            )
        rect.setLeft(rect.left() + ROW_PICTURE_WIDTH + PADDING)
        painter.save()
        painter.setFont(view_option.font)
        painter.setPen(_text_colour(view_option.palette, view_option.state))
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, rect.width()),
        )
        painter.restore()

    def paint_passage(self, painter: QPainter, view: QAbstractItemView, index: QModelIndex, row: QRect) -> None:
        """The second line of ``index``'s row, from under the title to the right end of ``row``:
        the passage with the query's words in bold and its page, else where the item is."""
        option = QStyleOptionViewItem()
        option.initFrom(view)
        if view.selectionModel().isSelected(index):
            option.state |= QStyle.StateFlag.State_Selected
        left = row.left() + 2 * PADDING + ROW_PICTURE_WIDTH
        line = option.fontMetrics.height()
        box = QRect(left, row.top() + PADDING // 2 + line, row.right() - left - PADDING, line)
        document = QTextDocument()
        document.setDefaultFont(view.font())
        document.setDocumentMargin(0)
        colour = _text_colour(option.palette, option.state, muted=True)
        document.setHtml(
            f'<div style="color:{colour.name()}; white-space:nowrap">'
            f'{self._second_line(index.data(PassageRole), index.data(PathRole) or "")}</div>'
        )
        painter.save()
        painter.setClipRect(box)
        painter.translate(box.topLeft())
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    @staticmethod
    def _second_line(passage, path: str) -> str:
        """The passage with its page; an item with no text to show (a photograph, an item found by
        its metadata) shows where it is instead."""
        if passage is None:
            return "…"
        page = translate("Results", "p. {page}").format(page=passage.page) + " · " if passage.page else ""
        return page + (_from_first_mark(" ".join(passage.html.split())) or f"<i>{html.escape(path)}</i>")

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), 2 * option.fontMetrics.height() + 2 * PADDING)


class FirstLineDelegate(QStyledItemDelegate):
    """The other columns of a two-line row: their value on the first line, beside the title."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignTop


def _text_colour(palette: QPalette, state: QStyle.StateFlag, muted: bool = False) -> QColor:
    """The colour of a row's text: the selection's, the text's, or (``muted``) the placeholders'."""
    group = QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
    if state & QStyle.StateFlag.State_Selected:
        return palette.color(group, QPalette.ColorRole.HighlightedText)
    return palette.color(group, QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text)


def _from_first_mark(snippet: str) -> str:
    """The snippet begun a few words before its first marked word, so that the mark is in view
    in a narrow column (the cut falls on a space: never inside a tag or an entity)."""
    first = snippet.find("<b>")
    if first <= LEAD_CHARS:
        return snippet
    cut = snippet.find(" ", first - LEAD_CHARS)
    return "… " + snippet[cut + 1 :] if 0 <= cut < first else snippet


class GridDelegate(QStyledItemDelegate):
    """A grid cell: the item's thumbnail (a photograph, a PDF's first page) or, for items
    without one, its format badge drawn large; the title in two lines under it."""

    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CELL

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        view_option, title, icon = _background(self, painter, option, index)
        rect = view_option.rect
        box = QRect(
            rect.left() + (rect.width() - THUMBNAIL_BOX) // 2, rect.top() + PADDING, THUMBNAIL_BOX, THUMBNAIL_BOX
        )
        picture = self.thumbnails.pixmap(index.data(PathRole), index.data(FormatRole))
        palette = view_option.palette
        if picture is not None:
            painter.save()
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(_draw_fitted(painter, picture, box).adjusted(0, 0, -1, -1))
            painter.restore()
        elif not icon.isNull():
            size = view_option.decorationSize * 2
            icon.paint(
                painter,
                QRect(
                    box.center().x() - size.width() // 2,
                    box.center().y() - size.height() // 2,
                    size.width(),
                    size.height(),
                ),
            )
        access = index.data(AccessRole)
        if access:
            size = 2 * LOCK_SIZE
            access_lock(access).paint(
                painter, QRect(box.right() - size - PADDING, box.bottom() - size - PADDING, size, size)
            )
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(view_option.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        text_box = QRect(
            rect.left() + PADDING,
            box.bottom() + PADDING,
            rect.width() - 2 * PADDING,
            rect.bottom() - box.bottom() - PADDING,
        )
        painter.drawText(
            text_box,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            "\n".join(two_lines(view_option.fontMetrics, title, text_box.width())),
        )
        painter.restore()


def two_lines(metrics: QFontMetrics, text: str, width: int) -> list[str]:
    """``text`` broken into at most two lines of ``width`` pixels, the second elided ('…')."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first:  # one word wider than the cell
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]
