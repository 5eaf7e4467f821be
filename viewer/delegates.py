"""The result list's two-line rows: the title, and under it why the item matched — the best
passage with the query's words in bold and its page ('p. 30 · …'), as Recoll's result list shows."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QIcon, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import PassageRole, PathRole

PADDING = 4
#: How much of the text before a snippet's first marked word stays in view.
LEAD_CHARS = 12


class SnippetDelegate(QStyledItemDelegate):
    """Paints the title column as two lines; other columns are painted as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        style = view_option.widget.style() if view_option.widget else QApplication.style()
        title, icon = view_option.text, QIcon(view_option.icon)  # a copy: the option's own is cleared next
        view_option.text, view_option.icon = "", QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, view_option.widget)
        rect = view_option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        line = view_option.fontMetrics.height()
        if not icon.isNull():
            size = view_option.decorationSize
            icon.paint(painter, QRect(rect.left(), rect.top() + (line - size.height()) // 2, size.width(), size.height()))
            rect.setLeft(rect.left() + size.width() + PADDING)
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
