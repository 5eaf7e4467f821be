"""Every word findable: OCR of images and scanned PDFs (Tesseract), and search that understands
the collection's languages. Tesseract is installed by .ci/run, so these run for real."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from archive import Collection
from archive.extract import ExtractOptions, extract
from archive.model import UPRIGHT_TURNS
from archive.workers import ReadSettings, read_file


def text_image(lines: list[str], size: int = 48, angle: float = 0) -> Image.Image:
    font = ImageFont.load_default(size=size)
    width = max(int(font.getlength(line)) for line in lines) + 80
    image = Image.new("RGB", (width, (size + 30) * len(lines) + 80), "white")
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((40, 40 + number * (size + 30)), line, fill="black", font=font)
    return image.rotate(angle, expand=True, fillcolor="white") if angle else image


@pytest.mark.parametrize(("size", "angle"), [(28, 0), (48, 3), (72, -4)])
def test_images_are_read_at_several_sizes_and_angles(tmp_path, size, angle):
    path = tmp_path / "scan.png"
    text_image(["Harbour records of 1953", "The breakwater was repaired"], size, angle).save(path)
    result = extract(path, ExtractOptions("eng"))
    words = result.text.lower()
    assert "harbour" in words and "breakwater" in words and "1953" in words
    assert result.fields["ocr"] is True and result.fields["ocr_confidence"] > 60


def test_image_only_pdf_pages_are_read_and_found_with_their_page(tmp_path, index_base):
    root = tmp_path / "scans"
    root.mkdir()
    first = text_image(["Minutes of the lighthouse committee"])
    second = text_image(["The keeper asked for new lamps"])
    first.save(root / "minutes.pdf", save_all=True, append_images=[second], resolution=150)
    with Collection.open(root, index_base, create=True) as collection:
        assert collection.index(jobs=1).failed == []
        record = collection.record("minutes.pdf")
        assert record.ocr is True and record.pages == 2 and record.ocr_confidence > 60
        hit = collection.search("keeper").hits[0]
        assert hit.path == "minutes.pdf" and hit.page == 2 and "<b>keeper</b>" in hit.snippet
        assert collection.search("lighthouse committee").hits[0].page == 1


def test_ocr_is_not_repeated_for_content_already_read(tmp_path, index_base, monkeypatch):
    root = tmp_path / "photos"
    root.mkdir()
    text_image(["Fish market prices"]).save(root / "board.png")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        catalog_path = str(collection.catalog.path)
    (root / "board.png").rename(root / "market-board.png")

    def no_ocr(*args, **kwargs):
        raise AssertionError("OCR ran again for content already read")

    monkeypatch.setattr("archive.extract.image.recognise", no_ocr)
    result = read_file(str(root), "market-board.png", None, ReadSettings(ExtractOptions("eng"), catalog_path))
    assert "market" in result.pages[0].lower() and result.record["ocr"] is True
    assert result.record["title"] == "market board"  # the name-derived title follows the new name


def test_without_tesseract_indexing_says_so_once_and_goes_on(tmp_path):
    root = tmp_path / "photos"
    root.mkdir()
    text_image(["Unreadable without OCR"]).save(root / "note.png")
    (root / "other.png").write_bytes((root / "note.png").read_bytes()[:-10] + b"0123456789")
    environment = dict(
        os.environ,
        PATH=os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if not Path(p, "tesseract").exists()),
    )
    run = subprocess.run(
        [sys.executable, "-m", "archive", "index", str(root), "--json", "--index-dir", str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        env=environment,
    )
    assert run.returncode == 0
    assert run.stderr.count("OCR is off: Tesseract is not installed") == 1
    assert '"added": 2' in run.stdout


def test_ocr_can_be_turned_off_and_its_languages_chosen(tmp_path, index_base):
    root = tmp_path / "photos"
    root.mkdir()
    text_image(["Quiet harbour"]).save(root / "a.png")
    with Collection.open(root, index_base, create=True) as collection:
        collection.set_ocr(False)
        collection.index(jobs=1)
        assert collection.search("quiet").total == 0
        collection.set_ocr(True, "eng+rus")
        assert collection.ocr_settings() == (True, "eng+rus")


#: A face with every letter the scans below need (Cyrillic, ə, ß): Debian's fonts-dejavu-core.
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
#: A scan of each language: its lines, a word of it (in a form the others are not), its model.
SCANS = {
    "ru": (
        ["ПРОТОКОЛ № 4", "заседания экспертной комиссии", "городского архива от 12 марта 1993 года"],
        "экспертная",
        "rus",
    ),
    "az": (
        ["Bakı şəhər arxivinin ekspert komissiyası", "Azərbaycan xalqının tarixi sənədləri"],
        "sənəd",
        "aze",
    ),
    "de": (["Protokoll der Sitzung des Stadtarchivs", "Die Straße am Hafen wurde verbreitert"], "Straße", "deu"),
}


def scan_of(lines: list[str], size: int = 40) -> Image.Image:
    if not DEJAVU.exists():
        pytest.skip("the DejaVu fonts (fonts-dejavu-core) are not installed")
    font = ImageFont.truetype(str(DEJAVU), size)
    image = Image.new(
        "RGB", (max(int(font.getlength(line)) for line in lines) + 80, (size + 24) * len(lines) + 80), "white"
    )
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((40, 40 + number * (size + 24)), line, fill="black", font=font)
    return image


@pytest.mark.parametrize("language", sorted(SCANS))
def test_a_scan_is_read_in_its_own_script_and_language_with_no_option(tmp_path, index_base, language):
    """No --ocr-lang: the page's script is told by Tesseract, its language by its words."""
    from archive.extract.ocr import installed_languages

    lines, word, model = SCANS[language]
    if model not in installed_languages():
        pytest.skip(f"tesseract-ocr-{model} is not installed")
    root = tmp_path / "scans"
    root.mkdir()
    scan_of(lines).save(root / "scan.png")
    if language == "ru":  # a scanned PDF page too
        scan_of(lines).save(root / "scan.pdf", resolution=150)
    with Collection.open(root, index_base, create=True) as collection:
        assert collection.index(jobs=1).failed == []
        scans = sorted(path.name for path in root.iterdir())
        assert [collection.record(path).language for path in scans] == [language] * len(scans)
        assert sorted(hit.path for hit in collection.search(word).hits) == scans


def test_a_script_without_its_model_is_read_and_the_model_to_install_named_once(tmp_path):
    """Tesseract with English only (its models' folder made so): a Russian scan is still indexed,
    its record says what to install, and the run says it once."""
    from archive.extract.ocr import installed_languages

    if "rus" not in installed_languages():
        pytest.skip("tesseract-ocr-rus is not installed")
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True).stdout
    models = Path(listed.split('"')[1])
    only_english = tmp_path / "tessdata"
    only_english.mkdir()
    for name in ("eng.traineddata", "osd.traineddata"):
        (only_english / name).symlink_to(models / name)
    root = tmp_path / "scans"
    root.mkdir()
    for name in ("one.png", "two.png"):
        scan_of(SCANS["ru"][0] + [name]).save(root / name)
    run = subprocess.run(
        [sys.executable, "-m", "archive", "index", str(root), "--json", "--index-dir", str(tmp_path / "ix")],
        capture_output=True,
        text=True,
        env=dict(os.environ, TESSDATA_PREFIX=str(only_english)),
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("tesseract-ocr-rus") == 1 and "2 items" in run.stderr
    assert sorted(json.loads(run.stdout)["to_install"]["tesseract-ocr-rus"]) == ["one.png", "two.png"]
    shown = subprocess.run(
        [sys.executable, "-m", "archive", "show", str(root / "one.png"), "--index-dir", str(tmp_path / "ix")],
        capture_output=True,
        text=True,
    )
    assert "install tesseract-ocr-rus" in shown.stdout


RUSSIAN = (
    "Архив хранит много документов о рыбаках Салтмера. Среди документов есть письма, "
    "протоколы собраний и фотографии причалов."
)
GERMAN = (
    "Die Fischer wohnten in einer engen Straße am Hafen, in der Hafenstraße neben dem alten Leuchtturm "
    "und den Netzböden der Genossenschaft."
)
AZERBAIJANI = "Soyqırım qurbanlarının xatirəsi limanda keçirilən mərasimdə yad edildi. Şəhər sakinləri gül qoydular."
FRENCH = "Les pêcheurs réparaient leurs filets sur le quai pendant que les bateaux rentraient au port."


@pytest.fixture
def languages(tmp_path, index_base):
    root = tmp_path / "languages"
    root.mkdir()
    for name, text in (("ru.txt", RUSSIAN), ("de.txt", GERMAN), ("az.txt", AZERBAIJANI), ("fr.txt", FRENCH)):
        (root / name).write_text(text, encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        yield collection


def test_languages_are_detected(languages):
    assert {path: languages.record(path).language for path in ("ru.txt", "de.txt", "az.txt", "fr.txt")} == {
        "ru.txt": "ru",
        "de.txt": "de",
        "az.txt": "az",
        "fr.txt": "fr",
    }
    assert languages.record("ru.txt").sources["language"] == "detected"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("документы", "ru.txt"),  # another inflection of документов
        ("документ", "ru.txt"),
        ("документов", "ru.txt"),  # the exact form
        ("Strasse", "de.txt"),
        ("hafenstrasse", "de.txt"),
        ("Leuchttürme", "de.txt"),
        ("soyqirim", "az.txt"),
        ("soyqırım", "az.txt"),
        ("SOYQIRIM", "az.txt"),
        ("pecheur", "fr.txt"),  # accents folded, French plural stemmed
        ("réparait", "fr.txt"),
    ],
)
def test_words_in_any_form(languages, query, expected):
    assert [hit.path for hit in languages.search(query).hits] == [expected]


def test_snippets_mark_inflected_forms(languages):
    assert "<b>документов</b>" in languages.search("документы").hits[0].snippet


def test_a_corrected_language_changes_the_stemming(languages):
    languages.edit("fr.txt", {"language": "en"})
    assert languages.search("réparait").total == 0  # no longer stemmed as French
    assert languages.search("réparaient").total == 1  # the exact word still matches


def test_lang_prefix_chooses_the_language_of_the_query(languages):
    assert [hit.path for hit in languages.search("lang:ru документы").hits] == ["ru.txt"]
    assert languages.search("lang:en документы").total == 0  # not stemmed as Russian: the exact word only
    assert languages.search("lang:en документов").total == 1


def test_armenian_text_is_tokenised_and_searchable(tmp_path, index_base):
    root = tmp_path / "hy"
    root.mkdir()
    (root / "hy.txt").write_text(
        "Նավահանգստի ձկնորսները վերադարձան առատ որսով։ Քաղաքի բնակիչները ուրախացան։", encoding="utf-8"
    )
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert collection.search("ձկնորսները").total == 1
        assert collection.search("ՁԿՆՈՐՍՆԵՐԸ").total == 1  # Armenian capitals folded


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("liman", True),
        ("merasim", True),
        ("soyqirim", True),  # limanda, mərasimdə, soyqırım
        ("qurban", False),
        ("xatire", False),  # the Turkish stemmer cuts these differently: not found by stem
    ],
)
def test_azerbaijani_is_stemmed_as_turkish(languages, query, found):
    assert (languages.search(query).total == 1) is found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ծովափնյա քաղաք", "hy"),
        ("Λιμάνι της πόλης", "el"),
        ("港が閉鎖された", "ja"),
        ("항구 폐쇄", "ko"),
        ("Soyqırım qurbanlarının xatirəsi limanda keçirilən mərasimdə yad edildi.", "az"),
        ("The harbour is closed for the winter.", "en"),
        ("Hafen geschlossen", "de"),
    ],
)
def test_short_texts_get_a_language_from_their_script_or_a_sure_guess(tmp_path, text, language):
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    assert extract(path).fields["language"] == language


def test_short_texts_of_an_unsure_guess_take_the_collections_language_of_their_script(languages):
    root = languages.root
    (root / "opis.txt").write_text("Опись документов городского архива за 1925 год.", encoding="utf-8")
    (root / "port.txt").write_text("Le port est fermé.", encoding="utf-8")  # French is a main language here
    (root / "note.txt").write_text("Hafen zu.", encoding="utf-8")
    languages.index(jobs=1)
    assert (
        languages.record("opis.txt").language == "ru"
        and languages.record("opis.txt").sources["language"] == "collection"
    )
    assert languages.record("port.txt").language == "fr"
    assert languages.record("note.txt").language == "de"
    assert {hit.path for hit in languages.search("архив").hits} == {"ru.txt", "opis.txt"}  # архива in opis.txt
    assert {hit.path for hit in languages.search("документы").hits} == {"ru.txt", "opis.txt"}  # документов


def test_detection_answers_only_plausible_languages():
    from archive.language import PLAUSIBLE, detect_language

    texts = [  # what the public corpus's short, technical texts look like; the model alone said gcf, lb, wa
        "Hafen geschlossen",
        "Le port est fermé.",
        "mkmanifest - Listen von Dateinamen erstellen",
        "\\documentclass{article} \\usepackage{xcolor} \\begin{document} Farben \\end{document}",
        "Option -n, --dry-run: nichts tun",
        "Voir aussi: bash(1), sh(1)",
        "x = 1; y = 2; print(x + y)",
    ]
    assert {detect_language(text) for text in texts} <= PLAUSIBLE | {None}


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_page_scanned_sideways_or_upside_down_is_read_turned_upright(tmp_path, angle):
    from archive.extract import extract
    from archive.extract.base import ExtractOptions

    page = text_image(
        [
            "Dear Harbour Master, the lamp at the end",
            "of the east pier must be repaired before",
            "the winter storms come again this year.",
        ],
        size=40,
    )
    page.rotate(angle, expand=True).save(tmp_path / "scan.png")
    result = extract(tmp_path / "scan.png", ExtractOptions(ocr_languages="eng"))
    assert "Harbour Master" in result.pages[0] and "winter storms" in result.pages[0]
    assert result.fields["ocr_confidence"] > 80
    turned = result.fields.get("exif", {}).get(UPRIGHT_TURNS)
    assert turned == [angle] or (angle == 270 and turned is None)  # Tesseract reads that one sideways as it is


def test_a_scan_fed_upside_down_is_shown_upright(qtbot, tmp_path, index_base):
    from test_viewer import select, window_on

    root = tmp_path / "scans"
    root.mkdir()
    page = text_image(["Dear Harbour Master, the lamp at the end", "of the east pier must be repaired before"], size=40)
    page.rotate(180, expand=True).save(root / "letter.png")
    main = window_on(qtbot, tmp_path, index_base, root)
    select(main, "letter.png")
    qtbot.waitUntil(lambda: "px" in main.preview.image.status.text(), timeout=20000)
    assert main.preview.image.item.rotation() == 180
