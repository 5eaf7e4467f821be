"""The Metadata tab: the effective record as a form a person corrects, the technical facts and
the history of every change.

Each field says where its value came from; a field a person set says so. With several items
selected, a field they share shows its value and one that differs says "(several values)" and
is left as each item has it unless something is typed there; one Save changes them all. Nothing
typed here is lost: the window saves pending edits before it shows another item or closes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from archive import Record
from archive.model import ACCESS_VALUES, DCMI_TYPES, Change

from ..i18n import access_word, translate, type_name
from ..plain import plain_label, tip
from ..provenance import FIELD_WORDS, change_source, fact_name, source_words

#: (field, label, kind) in the order of the form. Lists are typed with ';' between items.
FORM_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("Metadata", "Title"), "line"),
    ("creators", QT_TRANSLATE_NOOP("Metadata", "Creators"), "list"),
    ("recipients", QT_TRANSLATE_NOOP("Metadata", "Recipients"), "list"),
    ("date", QT_TRANSLATE_NOOP("Metadata", "Date"), "line"),
    ("publisher", QT_TRANSLATE_NOOP("Metadata", "Publisher"), "line"),
    ("source", QT_TRANSLATE_NOOP("Metadata", "Source"), "line"),
    ("type", QT_TRANSLATE_NOOP("Metadata", "Type"), "type"),
    ("language", QT_TRANSLATE_NOOP("Metadata", "Language"), "line"),
    ("subjects", QT_TRANSLATE_NOOP("Metadata", "Subjects"), "list"),
    ("description", QT_TRANSLATE_NOOP("Metadata", "Description"), "text"),
    ("rights", QT_TRANSLATE_NOOP("Metadata", "Rights"), "line"),
    ("identifier", QT_TRANSLATE_NOOP("Metadata", "Identifier"), "line"),
    ("tags", QT_TRANSLATE_NOOP("Metadata", "Tags"), "list"),
    ("notes", QT_TRANSLATE_NOOP("Metadata", "Notes"), "text"),
    ("transcription", QT_TRANSLATE_NOOP("Metadata", "Transcription"), "text"),
    ("series", QT_TRANSLATE_NOOP("Metadata", "Series"), "line"),
    ("location", QT_TRANSLATE_NOOP("Metadata", "Location"), "line"),
    ("access", QT_TRANSLATE_NOOP("Metadata", "Access"), "access"),
    ("access_until", QT_TRANSLATE_NOOP("Metadata", "Access until"), "line"),
    ("access_note", QT_TRANSLATE_NOOP("Metadata", "Access note"), "line"),
)
FORM_LABELS = {field: text for field, text, _ in FORM_FIELDS}
TECHNICAL_ROWS = (
    ("path", QT_TRANSLATE_NOOP("Metadata", "Path")),
    ("size", QT_TRANSLATE_NOOP("Metadata", "Size")),
    ("sha256", QT_TRANSLATE_NOOP("Metadata", "SHA-256")),
    ("format", QT_TRANSLATE_NOOP("Metadata", "Format")),
    ("puid", QT_TRANSLATE_NOOP("Metadata", "PRONOM")),
    ("format_name", QT_TRANSLATE_NOOP("Metadata", "Format name")),
    ("format_version", QT_TRANSLATE_NOOP("Metadata", "Format version")),
    ("pages", QT_TRANSLATE_NOOP("Metadata", "Pages")),
    ("width", QT_TRANSLATE_NOOP("Metadata", "Width")),
    ("height", QT_TRANSLATE_NOOP("Metadata", "Height")),
    ("created", QT_TRANSLATE_NOOP("Metadata", "Created")),
    ("modified", QT_TRANSLATE_NOOP("Metadata", "File modified")),
    ("content_modified", QT_TRANSLATE_NOOP("Metadata", "Content modified")),
    ("producer", QT_TRANSLATE_NOOP("Metadata", "Producer")),
    ("creator_tool", QT_TRANSLATE_NOOP("Metadata", "Creator tool")),
    ("encrypted", QT_TRANSLATE_NOOP("Metadata", "Encrypted")),
    ("ocr", QT_TRANSLATE_NOOP("Metadata", "OCR")),
    ("warnings", QT_TRANSLATE_NOOP("Metadata", "Warnings")),
)
SEVERAL = QT_TRANSLATE_NOOP("Metadata", "(several values)")
PLACEHOLDERS = {
    "creators": QT_TRANSLATE_NOOP("Metadata", "Family, Given; Family, Given"),
    "recipients": QT_TRANSLATE_NOOP("Metadata", "Family, Given; Family, Given"),
    "date": QT_TRANSLATE_NOOP("Metadata", "2021, 2021-02 or 2021-02-26"),
    "subjects": QT_TRANSLATE_NOOP("Metadata", "term; term"),
    "tags": QT_TRANSLATE_NOOP("Metadata", "tag; tag"),
    "language": "en, de, ru…",
    "series": QT_TRANSLATE_NOOP("Metadata", "Series 2: Administration/Memoranda"),
    "location": QT_TRANSLATE_NOOP("Metadata", "Box 3, Folder 2"),
    "access": QT_TRANSLATE_NOOP("Metadata", "open (the default)"),
    "access_until": QT_TRANSLATE_NOOP("Metadata", "the day it opens: 2060-01-01"),
    "access_note": QT_TRANSLATE_NOOP("Metadata", "why: medical records, the donor's wish…"),
}


class MetadataPanel(QScrollArea):
    """Signals: ``save_requested(paths, changes, unset)`` when a person saves or leaves the items;
    ``undo_past_save()`` for Ctrl+Z in a field with nothing of its own left to undo."""

    save_requested = Signal(list, dict, list)
    undo_past_save = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.records: list[Record] = []
        self._shared: dict[str, str | None] = {}  # field → the text all items share; None: they differ
        self._editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, kind in FORM_FIELDS:
            editor = self._make_editor(kind)
            editor.setObjectName(f"field_{name}")
            editor.setAccessibleName(translate("Metadata", label))
            if isinstance(editor, QComboBox) and editor.lineEdit() is not None:  # a typed value's field too
                editor.lineEdit().setAccessibleName(translate("Metadata", label))
            (editor.lineEdit() if isinstance(editor, QComboBox) else editor).installEventFilter(self)
            title = QLabel(translate("Metadata", label))
            title.setTextFormat(Qt.TextFormat.RichText)
            title.setBuddy(editor)  # a drop-down's name on Linux: AT-SPI's labelled-by, not its value
            self._editors[name], self._labels[name] = editor, title
            form.addRow(title, editor)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.status = plain_label()
        self.status.setWordWrap(True)  # a long note wraps rather than widen the form past the pane
        self.save_button = QPushButton(translate("Metadata", "Save"))
        self.save_button.setToolTip(
            translate("Metadata", "Keep these corrections (they are stored in the index, never in the file)")
        )
        self.revert_button = QPushButton(translate("Metadata", "Revert to extracted"))
        self.revert_button.setToolTip(
            translate("Metadata", "Drop every correction of this item and show what was read from the file")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.technical = QTableWidget(0, 2)
        self.technical.setAccessibleName(translate("Metadata", "Technical facts"))
        self.technical.setTabKeyNavigation(False)
        self.technical.setHorizontalHeaderLabels([translate("Metadata", "Technical"), translate("Metadata", "Value")])
        self.technical.verticalHeader().hide()
        self.technical.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.technical.horizontalHeader().setStretchLastSection(True)
        self.technical.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.technical.setWordWrap(True)
        self.technical.setMinimumHeight(180)
        self.history = QTableWidget(0, 4)
        self.history.setAccessibleName(translate("Metadata", "History of changes"))
        self.history.setTabKeyNavigation(False)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels(
            [
                translate("Metadata", "When"),
                translate("Metadata", "Field"),
                translate("Metadata", "Before"),
                translate("Metadata", "After"),
            ]
        )
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setMinimumHeight(120)
        self.history_label = QLabel(
            translate("Metadata", "<b>History</b> — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save")
        )
        self.history_label.setWordWrap(True)  # never wider than the pane (the Save button stays in view)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history)
        layout.addWidget(self.technical, 1)
        self.setWidget(body)
        self.show_records([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z right after a save undoes the save: the save showed the record again, which
        emptied the field's own undo, and the field still took the key (the menu's Undo Last Save
        never heard it)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Undo)
            and not _can_undo(watched)
        ):
            self.undo_past_save.emit()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _make_editor(kind: str) -> QWidget:
        if kind == "text":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(64)
            return editor
        if kind in ("type", "access"):  # values by their names in the viewer's language; the record keeps the code
            editor = QComboBox()
            editor.setEditable(True)
            # As narrow as a line: its longest choice ('Неподвижное изображение') would widen the form past the pane.
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(8)
            editor.addItem("", "")
            choices = sorted(DCMI_TYPES.values(), key=type_name) if kind == "type" else ACCESS_VALUES
            for code in choices:
                editor.addItem((type_name if kind == "type" else access_word)(code), code)
            return editor
        return QLineEdit()

    # -- showing ---------------------------------------------------------------------------

    @property
    def paths(self) -> list[str]:
        """The paths of the items shown."""
        return [record.path for record in self.records]

    @property
    def record(self) -> Record | None:
        """The item shown, when there is one (not several)."""
        return self.records[0] if len(self.records) == 1 else None

    def show_record(self, record: Record | None) -> None:
        self.show_records([record] if record is not None else [])

    def show_records(self, records: list[Record], history: list[Change] = ()) -> None:
        """Show one item's record, or what several share; ``history``: the changes made to them."""
        self.records = records
        record = self.record
        for name, _, kind in FORM_FIELDS:
            texts = {_as_text(getattr(item, name)) for item in records}
            self._shared[name] = texts.pop() if len(texts) == 1 else None
            editor = self._editors[name]
            self._set_text(editor, self._shared[name] or "")
            typed_in = editor.lineEdit() if isinstance(editor, QComboBox) else editor  # the type's combo: its line
            typed_in.setPlaceholderText(
                translate("Metadata", SEVERAL)
                if self._shared[name] is None and records
                else translate("Metadata", PLACEHOLDERS[name])
                if name in PLACEHOLDERS
                else ""
            )
            editor.setEnabled(bool(records))
            self._labels[name].setText(self._label_text(name, record))
            self._labels[name].setToolTip(record.sources.get(name, "") if record else "")  # the reader, by its code
        self.save_button.setEnabled(bool(records))
        count = len(records)
        self.save_button.setText(
            translate("Metadata", "Save %Ln items", None, count) if count > 1 else translate("Metadata", "Save")
        )
        self.revert_button.setEnabled(bool(record and record.overrides))
        self.status.setText(
            translate("Metadata", "%Ln items selected: a field left as it is stays as each item has it", None, count)
            if count > 1
            else ""
        )
        self._show_technical(record)
        self.technical.setVisible(len(records) < 2)  # the facts of one file; of several, none to show
        self._show_history(list(history))

    def _label_text(self, name: str, record: Record | None) -> str:
        label = field_label(name)
        if record is None:
            return label
        if name in record.overrides:
            edited = translate("Metadata", "edited")
            return f"{label} <span style='color:palette(highlight)'>● {edited}</span>"
        source = record.sources.get(name)
        return f"{label} <small style='color:palette(mid)'>{source_words(source)}</small>" if source else label

    def _show_technical(self, record: Record | None) -> None:
        rows: list[tuple[str, str]] = []
        if record is not None:
            for name, label in TECHNICAL_ROWS:
                value = getattr(record, name)
                if value is None or value == "" or value == [] or (value is False and name == "ocr"):
                    continue
                if isinstance(value, bool):
                    value = translate("Metadata", "yes") if value else translate("Metadata", "no")
                elif isinstance(value, list):
                    value = "\n".join(value)
                elif name == "size":
                    value = translate("Metadata", "%Ln bytes", None, value)
                rows.append((translate("Metadata", label), str(value)))
            rows.extend((fact_name(key), str(value)) for key, value in record.exif.items())
        self.technical.setRowCount(len(rows))
        for row, (label, value) in enumerate(rows):
            self.technical.setItem(row, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(value)
            item.setToolTip(tip(value))
            self.technical.setItem(row, 1, item)
        self.technical.resizeRowsToContents()

    # -- editing ---------------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        """Fields whose text differs from what is shown: what saving would store (a field whose
        items differ, only when something was typed in it)."""
        changed = {}
        for name, _, _ in FORM_FIELDS if self.records else ():
            shared = self._shared[name]
            typed = self._text(self._editors[name]).strip()
            if (typed != shared) if shared is not None else bool(typed):
                changed[name] = typed
        return changed

    def save(self) -> None:
        changes = self.changes()
        if changes:
            self.status.setText(translate("Metadata", "Saving…"))
            self.save_requested.emit(self.paths, changes, [])

    def revert(self) -> None:
        if self.record is not None and self.record.overrides:
            self.status.setText(translate("Metadata", "Reverting…"))
            self.save_requested.emit([self.record.path], {}, list(self.record.overrides))

    def _show_history(self, changes: list[Change]) -> None:
        """The changes, newest first; with several items, each row names its item."""
        several = len(self.records) > 1
        self.history.setRowCount(len(changes))
        for row, change in enumerate(reversed(changes)):
            when = f"{change.at.replace('T', ' ')[:16]} · {change_source(change.source)}"
            field = f"{change.path}: {field_label(change.field)}" if several else field_label(change.field)
            for column, text in enumerate((when, field, _as_text(change.shown_old), _as_text(change.shown_new))):
                item = QTableWidgetItem(text)
                item.setToolTip(tip(text))
                self.history.setItem(row, column, item)
        self.history.resizeColumnsToContents()
        self.history.setVisible(bool(changes))
        self.history_label.setVisible(bool(changes))

    @staticmethod
    def _text(editor: QWidget) -> str:
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):  # a type's name chosen or typed stands for its code
            found = editor.findText(editor.currentText())
            return editor.itemData(found) if found > 0 else editor.currentText()
        return editor.text()

    @staticmethod
    def _set_text(editor: QWidget, text: str) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QComboBox):
            editor.setCurrentText(editor.itemText(editor.findData(text)) if editor.findData(text) > 0 else text)
        else:
            editor.setText(text)
            editor.setCursorPosition(0)


def _can_undo(editor: QObject) -> bool:
    if isinstance(editor, QPlainTextEdit):
        return editor.document().isUndoAvailable()
    return isinstance(editor, QLineEdit) and editor.isUndoAvailable()


def _as_text(value) -> str:
    """A field's value as the form shows it: lists with '; ' between items."""
    return "; ".join(value) if isinstance(value, list) else ("" if value is None else str(value))


def field_label(name: str) -> str:
    """A field's name as the form and the history show it."""
    if name in FORM_LABELS:
        return translate("Metadata", FORM_LABELS[name])
    return translate("Provenance", FIELD_WORDS[name]) if name in FIELD_WORDS else name
