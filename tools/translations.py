"""Keep the viewer's translations up to date:

    python tools/translations.py            # lupdate the .ts files from the viewer's code, then lrelease them
    python tools/translations.py --release  # only build the .qm files from the .ts files

lupdate (pyside6-lupdate) gathers every string marked with viewer.i18n.translate into
resources/translations/viewer_LANG.ts, keeping the translations already there; translate the new
ones in Qt Linguist (pyside6-linguist) or any editor; lrelease (pyside6-lrelease) builds the .qm
files the viewer loads. A message whose text counts something (``%n``, ``%Ln``) is marked as having plural
forms here: lupdate's reader of Python does not see the count argument.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from resources import TRANSLATIONS  # noqa: E402
from viewer.i18n import LANGUAGES  # noqa: E402

#: How many plural forms Qt expects for each language (as lupdate writes them). English has a file
#: too: the sources say 'Saved %n item(s)', its translation 'Saved 1 item' and 'Saved 2 items'.
PLURAL_FORMS = {"en": 2, "ru": 3, "de": 2, "fr": 2, "az": 2}


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"viewer_{language}.ts"


def update() -> None:
    sources = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "viewer").rglob("*.py"))
    for language in PLURAL_FORMS:
        path = ts_file(language)
        kept = _plural_translations(path) if path.exists() else {}
        subprocess.run(
            ["pyside6-lupdate", "-no-obsolete", "-locations", "none", *sources, "-ts", str(path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        _mark_counts(path, PLURAL_FORMS[language], kept)


def _plural_translations(path: Path) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(context, source) → (plural forms, finished) of each message counting something: lupdate
    keeps only the first form of a message it does not know counts."""
    kept = {}
    for context in ElementTree.fromstring(path.read_text(encoding="utf-8")).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                kept[(context.findtext("name"), message.findtext("source"))] = (
                    [form.text or "" for form in translation.findall("numerusform")],
                    translation.get("type") != "unfinished",
                )
    return kept


def _mark_counts(path: Path, forms: int, kept: dict[tuple[str, str], tuple[list[str], bool]]) -> None:
    """Give each message counting something (``%n``) its plural forms, as they were translated."""
    tree = ElementTree.fromstring(path.read_text(encoding="utf-8"))
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not re.search(r"%L?n", source):
                continue
            translation = message.find("translation")
            said, finished = kept.get((context.findtext("name"), source), ([translation.text or ""] * forms, False))
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for text in said:
                ElementTree.SubElement(translation, "numerusform").text = text
            message.set("numerus", "yes")
            if finished:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    ElementTree.indent(tree)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ElementTree.tostring(tree, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )


def release(folder: Path = TRANSLATIONS) -> list[Path]:
    """Build each .qm into ``folder``: the viewer's strings (viewer_LANG.ts) and Qt's own that Qt's
    translations miss (qt_LANG.ts, written by hand); the files built."""
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = folder / source.with_suffix(".qm").name
        subprocess.run(
            ["pyside6-lrelease", "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
        )
        built.append(target)
    return built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only build the .qm files")
    args = parser.parse_args()
    assert set(PLURAL_FORMS) == set(LANGUAGES), "a language without its plural forms here"
    if not args.release:
        update()
    for path in release():
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
