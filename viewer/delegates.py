"""How results are painted: the list's two-line rows — the title, and under it why the item
matched, the best passage with the query's words in bold and its page ('p. 30 · …'), as Recoll's
result list shows — and the grid's cells, a thumbnail over the title, as in Tropy or a photo
manager."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QIcon, QPainter, QPalette, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from archive.thumbnails import IMAGE_FORMATS

from .models import FormatRole, PassageRole, PathRole
from .thumbnails import ThumbnailLoader

PADDING = 4
#: The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge.
ROW_PICTURE_WIDTH = 48
#: A grid cell, and the square its thumbnail is fitted into.
CELL = QSize(172, 206)
THUMBNAIL_BOX = 156
#: How much of the text before a snippet's first marked word stays in view.
LEAD_CHARS = 12


def _background(delegate: QStyledItemDelegate, painter: QPainter, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> tuple[QStyleOptionViewItem, str, QIcon]:
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
    target = QRect(box.left() + (box.width() - size.width()) // 2, box.top() + (box.height() - size.height()) // 2,
                   size.width(), size.height())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(target, pixmap)
    painter.restore()
    return target


class SnippetDelegate(QStyledItemDelegate):
    """Paints the title column as two lines, a photograph's thumbnail (else the format badge)
    left of them; other columns are painted as usual."""

    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        view_option, title, icon = _background(self, painter, option, index)
        rect = view_option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        line = view_option.fontMetrics.height()
        mime = index.data(FormatRole)
        picture = self.thumbnails.pixmap(index.data(PathRole), mime) if mime in IMAGE_FORMATS else None
        if picture is not None:
            _draw_fitted(painter, picture, QRect(rect.left(), rect.top(), ROW_PICTURE_WIDTH, rect.height()))
        elif not icon.isNull():
            size = view_option.decorationSize
            icon.paint(painter, QRect(rect.left(), rect.top() + (line - size.height()) // 2, size.width(), size.height()))
        rect.setLeft(rect.left() + ROW_PICTURE_WIDTH + PADDING)
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if view_option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = view_option.palette.color(group, text_role).name()
        muted = colour if selected else view_option.palette.color(group, QPalette.ColorRole.PlaceholderText).name()
        document = QTextDocument()
        document.setDefaultFont(view_option.font)
        document.setDocumentMargin(0)
        document.setHtml(self._markup(title, index.data(PassageRole), colour, muted, index.data(PathRole) or ""))
        painter.save()
        painter.setClipRect(rect)
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, view_option.palette.color(group, text_role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    @staticmethod
    def _markup(title: str, passage, colour: str, muted: str, path: str = "") -> str:
        """The title, and under it the passage with its page; an item with no text to show (a
        photograph, an item found by its metadata) shows where it is instead."""
        first = f'<div style="color:{colour}; white-space:pre">{html.escape(title)}</div>'
        if passage is None:
            second = "…"
        else:
            page = f"p. {passage.page} · " if passage.page else ""
            second = page + (_from_first_mark(" ".join(passage.html.split())) or f"<i>{html.escape(path)}</i>")
        return first + f'<div style="color:{muted}; white-space:nowrap">{second}</div>'

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), 2 * option.fontMetrics.height() + 2 * PADDING)


def _from_first_mark(snippet: str) -> str:
    """The snippet begun a few words before its first marked word, so that the mark is in view
    in a narrow column (the cut falls on a space: never inside a tag or an entity)."""
    first = snippet.find("<b>")
    if first <= LEAD_CHARS:
        return snippet
    cut = snippet.find(" ", first - LEAD_CHARS)
    return "… " + snippet[cut + 1:] if 0 <= cut < first else snippet


class GridDelegate(QStyledItemDelegate):
    """A grid cell: the item's thumbnail (a photograph, a PDF's first page) or, for items
    without one, its format badge drawn large; the title in two lines under it."""

    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        view_option, title, icon = _background(self, painter, option, index)
        rect = view_option.rect
        box = QRect(rect.left() + (rect.width() - THUMBNAIL_BOX) // 2, rect.top() + PADDING, THUMBNAIL_BOX, THUMBNAIL_BOX)
        picture = self.thumbnails.pixmap(index.data(PathRole), index.data(FormatRole))
        palette = view_option.palette
        if picture is not None:
            painter.save()
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(_draw_fitted(painter, picture, box).adjusted(0, 0, -1, -1))
            painter.restore()
        elif not icon.isNull():
            size = view_option.decorationSize * 2
            icon.paint(painter, QRect(box.center().x() - size.width() // 2, box.center().y() - size.height() // 2,
                                      size.width(), size.height()))
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(view_option.font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        text_box = QRect(rect.left() + PADDING, box.bottom() + PADDING, rect.width() - 2 * PADDING,
                         rect.bottom() - box.bottom() - PADDING)
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         "\n".join(two_lines(view_option.fontMetrics, title, text_box.width())))
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
