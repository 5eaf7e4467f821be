"""File ▸ Collection Record: the collection's own description (title, identifier, repository,
creators, dates, languages, scope, conditions of access and use — archive's collection_record),
which every hand-off carries, as a form. What is typed is saved in the collection's index folder
when the person presses Save; Cancel keeps nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from archive import ArchiveError

from .i18n import translate

if TYPE_CHECKING:
    from .window_services import Services

#: (field, label, placeholder, long text) in the order of the form.
FIELDS = (
    ("title", QT_TRANSLATE_NOOP("CollectionRecord", "Title"), "", False),
    ("identifier", QT_TRANSLATE_NOOP("CollectionRecord", "Identifier"), "MS 42", False),
    ("repository", QT_TRANSLATE_NOOP("CollectionRecord", "Repository"), "", False),
    (
        "creators",
        QT_TRANSLATE_NOOP("CollectionRecord", "Creators"),
        QT_TRANSLATE_NOOP("CollectionRecord", "Family, Given; Body"),
        False,
    ),
    ("date", QT_TRANSLATE_NOOP("CollectionRecord", "Dates"), "1920/1991", False),
    ("language", QT_TRANSLATE_NOOP("CollectionRecord", "Languages"), "ru; az", False),
    ("scope", QT_TRANSLATE_NOOP("CollectionRecord", "Scope and content"), "", True),
    ("access", QT_TRANSLATE_NOOP("CollectionRecord", "Conditions of access"), "", True),
    ("rights", QT_TRANSLATE_NOOP("CollectionRecord", "Conditions of use"), "", True),
)


class CollectionRecordDialog(QDialog):
    def __init__(self, window: Services) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("CollectionRecord", "Collection Record"))
        self.setMinimumWidth(520)
        collection = window.collection
        assert collection is not None
        self.collection, self.record = collection, collection.collection_record
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "CollectionRecord",
                "What describes the whole collection: finding aids, bags, MARC and MODS records and citations take "
                "it from here. Dates and languages left empty are worked out from the items.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label, placeholder, long_text in FIELDS:
            value = getattr(self.record, name)
            text = "; ".join(value) if isinstance(value, list) else value or ""
            editor: QLineEdit | QPlainTextEdit
            if long_text:
                editor = QPlainTextEdit(text)
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(56)
            else:
                editor = QLineEdit(text)
                editor.setPlaceholderText(
                    translate("CollectionRecord", placeholder)
                    if placeholder
                    else self.record.name
                    if name == "title"
                    else ""
                )
            editor.setAccessibleName(translate("CollectionRecord", label))
            editor.setObjectName(f"collection_{name}")
            self.editors[name] = editor
            form.addRow(translate("CollectionRecord", label), editor)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.window_ = window

    def changes(self) -> dict[str, str]:
        """The fields whose text differs from the record's."""
        changed = {}
        for name, editor in self.editors.items():
            typed = (editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()).strip()
            value = getattr(self.record, name)
            if typed != ("; ".join(value) if isinstance(value, list) else value or ""):
                changed[name] = typed
        return changed

    def accept(self) -> None:
        changes = self.changes()
        if changes:
            try:
                self.collection.set_collection_record(changes)
            except (ArchiveError, OSError) as error:  # the form stays open: nothing typed is lost
                self.window_.message_bar.show_error(
                    translate("CollectionRecord", "The collection record was not saved: {error}").format(error=error)
                )
                return
            self.window_.show_status(translate("CollectionRecord", "Collection record saved"))
        super().accept()


def edit_collection_record(window: Services) -> None:
    if window.collection is not None:
        CollectionRecordDialog(window).open()
