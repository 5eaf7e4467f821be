"""Text preview: the extracted text of clippings, web pages and office documents, with the words
of the search marked and the first one in view."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

#: More text than this is cut for display (the index holds it all).
MAX_SHOWN_CHARS = 4_000_000


class TextPreview(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

    def show_text(self, text: str, spans: list[tuple[int, int]]) -> None:
        """Show ``text`` with the character ranges ``spans`` highlighted."""
        if len(text) > MAX_SHOWN_CHARS:
            text = text[:MAX_SHOWN_CHARS] + "\n\n[… the rest of this text is not shown here; it is searchable]"
            spans = [span for span in spans if span[1] <= MAX_SHOWN_CHARS]
        self.setPlainText(text)
        marked = QTextCharFormat()
        marked.setBackground(self.palette().highlight())
        marked.setForeground(self.palette().highlightedText())
        selections = []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            selection.format = marked
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)
        cursor = QTextCursor(self.document())
        if spans:
            cursor.setPosition(spans[0][0])
        self.setTextCursor(cursor)
        self.centerCursor()
