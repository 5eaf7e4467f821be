"""The viewer in the archivist's language: Qt's translations of every string a person sees
(resources/translations/viewer_LANG.qm, built from the .ts files beside them by tools/translations.py),
Qt's own for its standard dialogs, and the local forms of dates, numbers and language names.

The language is chosen in View ▸ Language (applied at the next start), else the system's when the
viewer speaks it, else English. Strings are marked with :func:`translate` — a context (one per
module or panel), the English text, and for a count ``n`` (``%Ln`` in the text) the plural forms
of each language (Russian three, the others two)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from resources import TRANSLATIONS

#: The languages the viewer speaks, each named in itself.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "ru": "Русский", "az": "Azərbaycan dili"}
SETTING = "language"
#: The CSL locale of each language the viewer speaks, where pandoc's citeproc has one.
CITATION_LOCALES = {"de": "de-DE", "fr": "fr-FR", "ru": "ru-RU"}


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the viewer's language (English when it has no translation). The context and
    the text must be written out, and a count ``n`` passed as a plain name (``count``, not
    ``len(paths)``): lupdate reads the calls as written and misses the others."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def chosen_language(settings: QSettings) -> str:
    """The language chosen in the settings, else the system's when the viewer speaks it, else English."""
    chosen = str(settings.value(SETTING, "") or "")
    if chosen in LANGUAGES:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


#: The translators in use (Qt keeps no reference of its own).
_installed: list[QTranslator] = []
_writing = {"iso_days": True}


def use_language(language: str) -> None:
    """Speak ``language`` from now on: the viewer's translations (English has one too, for its
    plural forms), Qt's own for its standard dialogs, and the locale of dates and numbers. Call it
    before the widgets are made: they take their texts when they are made."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()  # en_GB writes 14/02/1953 where en_US writes 2/14/1953
    regional = system.name().split("_")[0] == language
    QLocale.setDefault(system if regional else QLocale(language))
    # English chosen on a system that is not English: whose way of writing a day is not known, so
    # it is written as ISO 8601 does (1953-02-14), which no reader takes for another day.
    _writing["iso_days"] = language == "en" and not regional
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt", str(TRANSLATIONS)),  # what Qt's own lack (Azerbaijani) or miss: searched before them
        ("viewer", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if (name, language) != ("qtbase", "en") and translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication):  # Qt adds it to window titles that do not end with it
        app.setApplicationDisplayName(translate("Window", "Archive viewer"))


def language_name(code: str) -> str:
    """'ru' → 'Russian' in the viewer's language ('Русский', 'Russisch'); an unknown code stays as it is."""
    if not code:
        return code
    import langcodes

    try:
        name = langcodes.Language.get(code).display_name(QLocale().name().split("_")[0])
    except (ValueError, LookupError):
        return code
    return code if name.lower().startswith("unknown language") else QLocale().toUpper(name[:1]) + name[1:]


def lower_case(text: str) -> str:
    """``text`` in lower case by the viewer's language's rules (Azerbaijani and Turkish İ → i)."""
    return QLocale().toLower(text)


def in_sentence(text: str) -> str:
    """A heading as it stands inside a sentence ('Show only type: …'): in lower case, except in
    German, whose nouns keep their capital ('Nur Typ zeigen')."""
    return text if QLocale().language() == QLocale.Language.German else lower_case(text)


def local_date(value: str | None, short: bool = False) -> str:
    """An ISO date, whole or partial, in the viewer's language: '1953-02' → 'February 1953',
    'февраль 1953', 'Februar 1953' (``short``, for a column as wide as a whole date: 'Feb 1953',
    'февр. 1953'); '1953-02-14' → '14.02.1953', '2/14/1953' (the locale's short form, with the year
    whole; ISO in English on a system that is not); a year or anything else stays as written."""
    if not value:
        return ""
    locale = QLocale()
    parts = value.split("-")
    if len(parts) == 2 and all(part.isdigit() for part in parts) and 1 <= int(parts[1]) <= 12:
        length = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        month = locale.standaloneMonthName(int(parts[1]), length)
        return f"{month} {parts[0]}"
    if len(parts) == 3 and len(value) == 10 and not _writing["iso_days"]:
        day = QDate.fromString(value, "yyyy-MM-dd")
        if day.isValid():
            return locale.toString(day, re.sub(r"y+", "yyyy", locale.dateFormat(QLocale.FormatType.ShortFormat)))
    return value


#: The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.
ACCESS_WORDS = {
    "open": QT_TRANSLATE_NOOP("Facets", "open"),
    "restricted": QT_TRANSLATE_NOOP("Facets", "restricted"),
    "closed": QT_TRANSLATE_NOOP("Facets", "closed"),
}


def access_word(value: str) -> str:
    """'closed' → 'закрыт', 'geschlossen'; a value outside the list as it is."""
    return translate("Facets", ACCESS_WORDS[value]) if value in ACCESS_WORDS else value


def access_summary(access: str, until: str | None, note: str | None) -> str:
    """A restriction as the window says it: 'closed until 01.01.2060: medical records'."""
    words = access_word(access)
    if until:
        words = translate("Access", "{access} until {date}").format(access=words, date=local_date(until))
    return translate("Access", "{restriction}: {note}").format(restriction=words, note=note) if note else words


#: The DCMI types by the names people use (queries keep the codes).
TYPE_NAMES = {
    "Collection": QT_TRANSLATE_NOOP("Types", "Collection"),
    "Dataset": QT_TRANSLATE_NOOP("Types", "Dataset"),
    "Event": QT_TRANSLATE_NOOP("Types", "Event"),
    "Image": QT_TRANSLATE_NOOP("Types", "Image"),
    "InteractiveResource": QT_TRANSLATE_NOOP("Types", "Interactive resource"),
    "MovingImage": QT_TRANSLATE_NOOP("Types", "Moving image"),
    "PhysicalObject": QT_TRANSLATE_NOOP("Types", "Physical object"),
    "Service": QT_TRANSLATE_NOOP("Types", "Service"),
    "Software": QT_TRANSLATE_NOOP("Types", "Software"),
    "Sound": QT_TRANSLATE_NOOP("Types", "Sound"),
    "StillImage": QT_TRANSLATE_NOOP("Types", "Still image"),
    "Text": QT_TRANSLATE_NOOP("Types", "Text"),
}


def type_name(dcmi_type: str) -> str:
    """'StillImage' → 'Still image', 'Неподвижное изображение'; a type outside the vocabulary as it is."""
    return translate("Types", TYPE_NAMES[dcmi_type]) if dcmi_type in TYPE_NAMES else dcmi_type


#: The format names (archive.formats) that are words, not a format's own name: marked here for
#: translation, the others ('PDF', 'JPEG') are the same in every language.
FORMAT_WORDS = (
    QT_TRANSLATE_NOOP("Formats", "AVI video"),
    QT_TRANSLATE_NOOP("Formats", "E-mail"),
    QT_TRANSLATE_NOOP("Formats", "Log"),
    QT_TRANSLATE_NOOP("Formats", "MPEG-4 audio"),
    QT_TRANSLATE_NOOP("Formats", "MPEG-4 video"),
    QT_TRANSLATE_NOOP("Formats", "Mailbox"),
    QT_TRANSLATE_NOOP("Formats", "Matroska video"),
    QT_TRANSLATE_NOOP("Formats", "OpenDocument presentation"),
    QT_TRANSLATE_NOOP("Formats", "OpenDocument spreadsheet"),
    QT_TRANSLATE_NOOP("Formats", "OpenDocument text"),
    QT_TRANSLATE_NOOP("Formats", "Outlook data file"),
    QT_TRANSLATE_NOOP("Formats", "Outlook message"),
    QT_TRANSLATE_NOOP("Formats", "Plain text"),
    QT_TRANSLATE_NOOP("Formats", "QuickTime video"),
    QT_TRANSLATE_NOOP("Formats", "Source code"),
    QT_TRANSLATE_NOOP("Formats", "Web page"),
    QT_TRANSLATE_NOOP("Formats", "Windows Media audio"),
)


def format_label(mime: str) -> str:
    """'application/pdf' → 'PDF'; 'message/rfc822' → 'E-mail', 'Электронное письмо'."""
    from archive import format_name

    return translate("Formats", format_name(mime))


def local_number(number: int) -> str:
    """1234567 → '1,234,567', '1 234 567', '1.234.567' as the viewer's language writes it."""
    return QLocale().toString(number)


def local_size(octets: int) -> str:
    """512 → '512 bytes', 1363 → '1.3 KB', '1,3 КБ': a size as the viewer's language writes it."""
    if octets < 1024:  # Qt's own word is wrong in some languages ('100 байты')
        return translate("Size", "%Ln byte(s)", None, octets)
    return QLocale().formattedDataSize(octets, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
