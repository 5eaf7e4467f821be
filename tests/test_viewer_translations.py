"""The viewer in Russian, Azerbaijani, German and French: every string marked and translated, the
translations built, nothing left in English on screen, plural forms and local dates right."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QLineEdit, QMenu, QTabWidget, QWidget

from resources import TRANSLATIONS
from viewer.i18n import LANGUAGES, language_name, local_date, translate, use_language

VIEWER = Path(__file__).resolve().parent.parent / "viewer"
TRANSLATED = [code for code in LANGUAGES if code != "en"]


def marked_strings() -> set[tuple[str, str]]:
    """(context, text) of every translate() and QT_TRANSLATE_NOOP() in the viewer's code with its
    text written out (the others translate a text marked with QT_TRANSLATE_NOOP)."""
    marked = set()
    for path in VIEWER.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("translate", "QT_TRANSLATE_NOOP")
                and all(isinstance(argument, ast.Constant) for argument in node.args[:2])
            ):
                marked.add((node.args[0].value, node.args[1].value))
    assert len(marked) > 300
    return marked


def translations(language: str) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) → the translation's forms (None when unfinished) in the .ts file."""
    found = {}
    for context in ElementTree.parse(TRANSLATIONS / f"viewer_{language}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            found[(context.findtext("name"), message.findtext("source"))] = (
                None if translation.get("type") == "unfinished" else forms
            )
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_marked_string_is_translated(language):
    table = translations(language)
    missing = [marked for marked in marked_strings() if not (table.get(marked) and all(table[marked]))]
    assert not missing, f"{language}: not translated (run python tools/translations.py, then translate): {missing[:10]}"
    for (_, source), forms in table.items():  # the placeholders survive translation
        for form in forms:
            assert sorted(_placeholders(form)) == sorted(_placeholders(source)), (language, source, form)


def _placeholders(text: str) -> list[str]:
    import re

    return re.findall(r"\{\w*\}|%L?n", text)


def test_the_built_translations_are_those_of_the_sources(tmp_path):
    """The .qm files the viewer loads are built from the .ts files as they are (its own strings,
    and Qt's that Qt's translations miss)."""
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    assert {path.stem for path in sources} >= {f"viewer_{code}" for code in LANGUAGES} | {
        f"qt_{code}" for code in TRANSLATED
    }
    for source in sources:
        built = tmp_path / source.with_suffix(".qm").name
        subprocess.run(["pyside6-lrelease", "-silent", str(source), "-qm", str(built)], check=True, capture_output=True)
        assert built.read_bytes() == (TRANSLATIONS / built.name).read_bytes(), (
            f"{built.name} is stale: run python tools/translations.py --release"
        )


def shown_texts(window: QWidget) -> list[str]:
    """The texts a person sees in the window: menus (all of them), labels, buttons, tabs, column
    headings, placeholders."""
    texts = []
    for menu in window.findChildren(QMenu):
        texts += [action.text() for action in menu.actions()]
    texts += [action.text() for action in window.menuBar().actions()]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    texts += [button.text() for button in window.findChildren(QAbstractButton) if button.isVisible()]
    texts += [field.placeholderText() for field in window.findChildren(QLineEdit)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            texts += [str(model.headerData(section, header.orientation()) or "") for section in range(header.count())]
    return [text.replace("&", "") for text in texts if text]


@pytest.mark.parametrize("language", TRANSLATED)
def test_nothing_is_left_in_english_on_screen(qtbot, tmp_path, index_base, sample_copy, language):
    from test_viewer import search, select, window_on

    english = {
        source.replace("&", "")
        for (_, source), forms in translations(language).items()
        if forms and forms[0].replace("&", "") != source.replace("&", "")
    }
    window = window_on(qtbot, tmp_path, index_base, sample_copy, language)
    try:
        search(qtbot, window, "harbour")
        select(window, window.model.hit(0).path)
        left = sorted(text for text in shown_texts(window) if text in english)
        assert not left, f"{language}: still in English: {left}"
        shown = shown_texts(window)
        assert translate("Selection", "Preview") in shown and "Preview" not in shown and "File" not in shown
    finally:
        window.close()
        use_language("en")


def test_russian_counts_take_their_three_forms(qtbot, tmp_path, index_base):
    use_language("ru")
    try:
        said = [
            translate("Searching", "%Ln result(s) in {ms} ms", None, count).format(ms=5)
            for count in (1, 3, 5, 21, 1000)
        ]
        assert said == [
            "1 результат за 5 мс",
            "3 результата за 5 мс",
            "5 результатов за 5 мс",
            "21 результат за 5 мс",
            "1\xa0000 результатов за 5 мс",
        ]
        assert translate("Selection", "Saved %Ln item(s)", None, 2) == "Сохранены 2 документа"
    finally:
        use_language("en")
    assert translate("Selection", "Saved %Ln item(s)", None, 1) == "Saved 1 item"  # English has its forms too
    assert translate("Selection", "Saved %Ln item(s)", None, 2) == "Saved 2 items"


@pytest.mark.parametrize(
    "language, month, day, named",
    [
        ("ru", "февраль 1953", "14.02.1953", "Азербайджанский"),
        ("de", "Februar 1953", "14.02.1953", "Aserbaidschanisch"),
        ("fr", "février 1953", "14/02/1953", "Azerbaïdjanais"),
        ("az", "fevral 1953", "14.02.1953", "Azərbaycan"),
    ],
)
def test_dates_and_language_names_are_written_the_local_way(qapp, language, month, day, named):
    use_language(language)
    try:
        assert (local_date("1953-02"), local_date("1953-02-14"), local_date("1953")) == (month, day, "1953")
        assert language_name("az").startswith(named)
        assert QLocale().toString(1234567) != "1234567"  # grouped as the language groups digits
    finally:
        use_language("en")


def test_right_to_left_text_is_set_from_the_right(qtbot, tmp_path, index_base):
    from PySide6.QtCore import Qt

    from test_viewer import search, select, window_on

    root = tmp_path / "letters"
    root.mkdir()
    (root / "letter-ar.txt").write_text(
        "رسالة إلى مدير الميناء\n\nأكتب إليكم بخصوص مصباح الرصيف الشرقي.\n", encoding="utf-8"
    )
    (root / "letter-en.txt").write_text("A letter to the harbour master about the east pier lamp.\n", encoding="utf-8")
    window = window_on(qtbot, tmp_path, index_base, root)
    search(qtbot, window, "*")
    select(window, "letter-ar.txt")
    preview = window.preview.text
    qtbot.waitUntil(lambda: "الميناء" in preview.editor.toPlainText())
    assert preview.editor is preview.paragraphed  # each paragraph from the side its text starts
    assert preview.editor.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    select(window, "letter-en.txt")
    qtbot.waitUntil(lambda: "harbour" in preview.editor.toPlainText())
    assert preview.editor is preview.plain
    window.close()


def test_the_form_names_a_type_in_the_viewers_language_and_keeps_its_code(qapp):
    from archive import Record
    from viewer.panels.metadata import MetadataPanel

    use_language("de")
    try:
        form = MetadataPanel()
        form.show_records([Record(path="quay.jpg", title="Quay", type="StillImage")])
        kind = form._editors["type"]
        assert kind.currentText() == "Unbewegtes Bild" and form.changes() == {}
        kind.setCurrentText("Ton")  # chosen by its name
        assert form.changes() == {"type": "Sound"}
        kind.setCurrentText("Flugblatt")  # a word outside the vocabulary stays as typed
        assert form.changes() == {"type": "Flugblatt"}
    finally:
        use_language("en")


def access_key(text: str) -> str | None:
    """The letter after a lone '&' of an entry's text ('&&' is an ampersand), in lower case."""
    found = re.search(r"(?<!&)&([^&])", text.replace("&&", ""))
    return found[1].casefold() if found else None


def access_key_problems(menu_name: str, actions) -> list[str]:
    """Entries of one menu without an access key, or sharing one."""
    problems, taken = [], {}
    for action in actions:
        if action.isSeparator() or not action.text():
            continue
        key = access_key(action.text())
        if key is None:
            problems.append(f"{menu_name}: no access key in {action.text()!r}")
        elif key in taken:
            problems.append(f"{menu_name}: {taken[key]!r} and {action.text()!r} share &{key}")
        else:
            taken[key] = action.text()
    return problems


def walked(name: str, actions, skipped) -> list[str]:
    """The access-key problems of a menu and of the menus inside it (those of ``skipped``, which list
    what a person named — recent folders, saved searches — aside)."""
    problems = access_key_problems(name, actions)
    for action in actions:
        if action.menu() is not None and action.menu() not in skipped:
            problems += walked(f"{name} ▸ {action.text()}", action.menu().actions(), skipped)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_menu_gives_each_entry_an_access_key_of_its_own(qtbot, tmp_path, index_base, sample_copy, language):
    from test_viewer import search, select, window_on

    window = window_on(qtbot, tmp_path, index_base, sample_copy, language)
    try:
        search(qtbot, window, "harbour")
        select(window, window.model.hit(0).path)
        skipped = {window.menus.recent_menu, window.menus.saved_menu}
        problems = walked("menu bar", window.menuBar().actions(), skipped)
        problems += walked("context menu", window.selection.context_menu().actions(), skipped)
        assert not problems, f"{language}: " + "; ".join(problems)
    finally:
        window.close()
        use_language("en")


def test_french_puts_a_no_break_space_before_double_punctuation_and_inside_guillemets():
    """French typography: a no-break space (U+00A0, or the narrow U+202F) before : ; ! ? % and »
    and after «, never an ordinary one, which would let a line break there."""
    wrong = re.compile(r" [:;!?»]| %(?![Ln\d])|« |[\w)}»][:;!?](?=\s|$)")
    faults = [
        form
        for forms in translations("fr").values()
        for form in forms or []
        if wrong.search(re.sub(r"https?:|[a-z_]+:[^\s]", "", form))  # a query's field:value is not French
    ]
    assert not faults, faults[:5]


#: The readers' source codes and the history's, and field names as the core spells them.
CODES = re.compile(r"\b(pdf-info|detected|filename|format|image|xmp|siegfried|viewer|cli|undo|import|subjects|notes)\b")
#: Latin words a translated form may show: names of standards and programs.
NAMES = {"OCR", "PRONOM", "SHA", "EXIF", "PDF", "IIIF", "BagIt", "CSV"}


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_metadata_form_and_its_history_speak_the_language(qtbot, tmp_path, index_base, sample_copy, language):
    """Where a value came from beside each label and who changed it in the History: words, not the
    readers' codes ('pdf-info', 'detected') or the history's ('viewer', 'cli', 'undo #1')."""
    from test_viewer import WAIT, search, select, window_on

    window = window_on(qtbot, tmp_path, index_base, sample_copy, language)
    try:
        search(qtbot, window, "harbour")
        path = next(
            window.model.hit(row).path for row in range(window.model.rowCount()) if "pdf" in window.model.hit(row).path
        )
        window.collection.edit(path, {"subjects": ["harbour"]}, source="cli")
        select(window, path)
        metadata = window.metadata
        window.tabs.setCurrentWidget(metadata)
        metadata._editors["notes"].setPlainText("checked")
        metadata.save()
        qtbot.waitUntil(lambda: metadata.history.rowCount() == 2, timeout=WAIT)
        labels = [re.sub(r"<[^>]+>", " ", label.text()) for label in metadata._labels.values()]
        history = [metadata.history.item(row, column).text() for row in range(2) for column in (0, 1)]
        codes = [text for text in labels + history if CODES.search(text)]
        assert not codes, f"{language}: {codes}"
        if language == "ru":  # a Cyrillic screen: any Latin word left is English
            latin = {word for text in labels + history for word in re.findall(r"[A-Za-z]{3,}", text)} - NAMES
            assert not latin, f"{sorted(latin)} in {labels + history}"
    finally:
        window.close()
        use_language("en")


@pytest.mark.parametrize("language", TRANSLATED)
def test_qts_own_dialogs_speak_the_language(qapp, language):
    """Qt's file dialog, message boxes and text fields' menus: Qt 6.11's sources ('&Look in:')
    are missing from its shipped translations, and it ships none in Azerbaijani (qt_LANG.ts)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    use_language(language)
    try:
        dialog = QFileDialog(None, "", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] != "&Look in:" and labels["fileTypeLabel"] != "Files of &type:", labels
        box = QMessageBox(
            QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel
        )
        assert {button.text() for button in box.buttons()}.isdisjoint({"Close", "Cancel"})
        field = QLineEdit()  # kept: the menu is its child
        menu = field.createStandardContextMenu()
        assert "Select All" not in [action.text() for action in menu.actions()]
    finally:
        use_language("en")
