"""Text preview: the extracted text of clippings, web pages and office documents, with the words
of the search marked, the first in view, and F3 / Shift+F3 (n / N in the text) stepping through
them ("hit 3 of 17")."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QStackedWidget, QTextEdit, QToolBar, QVBoxLayout, QWidget

from ..i18n import translate
from .hits import CURRENT_HIT, HitControls, next_hit

#: More text than this is cut for display (the index holds it all).
MAX_SHOWN_CHARS = 4_000_000
#: Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…).
RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
#: A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph
#: from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one
#: stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.
MAX_RIGHT_TO_LEFT_CHARS = 500_000


class TextPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plain, self.paragraphed = QPlainTextEdit(self), QTextEdit(self)
        self.plain.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.pages = QStackedWidget(self)
        for editor in (self.plain, self.paragraphed):
            editor.setAccessibleName(translate("Preview", "Text of the item"))
            editor.setReadOnly(True)
            self.pages.addWidget(editor)
        self.editor: QPlainTextEdit | QTextEdit = self.plain
        bar = QToolBar(self)
        bar.setObjectName("text_toolbar")
        self.hits = HitControls(self, bar, self.pages, self.step)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.pages, 1)
        self._spans: list[tuple[int, int]] = []
        self._hit = -1

    def show_text(self, text: str, spans: list[tuple[int, int]]) -> None:
        """Show ``text`` with the character ranges ``spans`` marked, the first in view."""
        if len(text) > MAX_SHOWN_CHARS:
            text = (
                text[:MAX_SHOWN_CHARS]
                + "\n\n[… "
                + translate("Preview", "the rest of this text is not shown here; it is searchable")
                + "]"
            )
            spans = [span for span in spans if span[1] <= MAX_SHOWN_CHARS]
        right_to_left = len(text) <= MAX_RIGHT_TO_LEFT_CHARS and RIGHT_TO_LEFT.search(text) is not None
        (self.plain if right_to_left else self.paragraphed).clear()
        self.editor = self.paragraphed if right_to_left else self.plain
        self.pages.setCurrentWidget(self.editor)
        self.editor.setPlainText(text)
        self._spans, self._hit = sorted(spans), -1
        if self._spans:
            self._show_hit(0)
        else:
            self._mark()
            self.editor.setTextCursor(QTextCursor(self.editor.document()))
            self.hits.show(-1, 0)

    def step(self, delta: int) -> None:
        """To the next (1) or previous (-1) mark, from the last to the first and back."""
        if self._spans:
            self._show_hit(next_hit(self._hit, delta, len(self._spans)))

    def current_hit(self) -> int:
        """The mark shown, 1-based (0: none)."""
        return self._hit + 1

    def _show_hit(self, index: int) -> None:
        self._hit = index
        self._mark()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._spans[index][0])
        self.editor.setTextCursor(cursor)
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.centerCursor()
        else:
            self.editor.ensureCursorVisible()
        self.hits.show(index, len(self._spans))

    def _mark(self) -> None:
        marked = QTextCharFormat()
        marked.setBackground(self.palette().highlight())
        marked.setForeground(self.palette().highlightedText())
        current = QTextCharFormat(marked)
        current.setBackground(CURRENT_HIT)
        current.setForeground(QColor("white"))
        selections = []
        for number, (start, end) in enumerate(self._spans):
            selection = QTextEdit.ExtraSelection()
            selection.format = current if number == self._hit else marked
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.editor.setExtraSelections(selections)
