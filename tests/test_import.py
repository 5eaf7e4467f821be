"""The spreadsheet round trip: export the records, edit them as a spreadsheet would save them
(CSV with a BOM, ';' separators, quoted newlines, CRLF; .xlsx), import, and get exactly the
intended edits — no more, with what could not be taken reported by row and column."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from cli_runner import archive
from openpyxl import Workbook

from archive import Collection

SURVEY = "reports/harbour-survey-1998.pdf"
STORM = "clippings/1953-02-02-storm-flood.txt"
MARKET = "photographs/market-day.png"


def exported_rows(collection) -> tuple[list[str], list[dict[str, str]]]:
    run = archive("export", "*", "-c", collection.root, "--format", "csv")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("\ufeff")  # UTF-8 said so, for Excel and LibreOffice
    reader = csv.DictReader(io.StringIO(run.stdout.removeprefix("\ufeff")))
    return reader.fieldnames, list(reader)


def edited(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """What a person changed: a title, a description over two lines, a tag added, a field
    cleared; every other cell as exported."""
    for row in rows:
        if row["path"] == SURVEY:
            row["title"] = "Harbour survey, 1998: condition of the quays"
            row["description"] = "Survey of the quays.\nSecond line: the breakwater."
        elif row["path"] == STORM:
            row["tags"] = "flood; 1953"
            row["publisher"] = "(clear)"
        elif row["path"] == MARKET:
            row["date"] = "yesterday-ish"  # not a date: reported, the rest applied
    return rows


def check_applied(collection, report: dict) -> None:
    assert report["changed"] == 2 and report["matched"] == 15 and report["unmatched"] == []
    assert [cell["column"] for cell in report["rejected"]] == ["date"] and report["rejected"][0]["row"] > 1
    survey, storm, market = (collection.record(path) for path in (SURVEY, STORM, MARKET))
    assert survey.title == "Harbour survey, 1998: condition of the quays"
    assert survey.description == "Survey of the quays.\nSecond line: the breakwater."
    assert storm.tags == ["flood", "1953"] and storm.publisher == ""
    assert market.overrides == []  # its date was not a date: left as it was
    changed = {(change.path, change.field) for change in collection.history()}
    assert changed == {(SURVEY, "title"), (SURVEY, "description"), (STORM, "tags"), (STORM, "publisher")}
    assert {change.source for change in collection.history()} == {report["source"]}


@pytest.mark.parametrize("form", ["csv-german-locale", "xlsx"])
def test_a_spreadsheet_edited_and_imported_gives_exactly_the_intended_edits(indexed_sample, tmp_path, form):
    header, rows = exported_rows(indexed_sample)
    rows = edited(rows)
    if form == "xlsx":
        target = tmp_path / "records.xlsx"
        book = Workbook()
        sheet = book.active
        sheet.append(header)
        for row in rows:  # as a spreadsheet keeps them: numbers as numbers
            sheet.append(
                [
                    int(row[name]) if name in ("size", "pages", "width", "height") and row[name] else row[name]
                    for name in header
                ]
            )
        book.save(target)
    else:
        target = tmp_path / "records.csv"
        with open(target, "w", encoding="utf-8-sig", newline="") as out:  # BOM, CRLF, ';' as LibreOffice in de_DE
            writer = csv.DictWriter(out, fieldnames=header, delimiter=";", lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
    dry = archive("import", target, "-c", indexed_sample.root, "--dry-run", "--json")
    assert dry.returncode == 1 and json.loads(dry.stdout)["changed"] == 2  # 1: a cell was not taken
    assert indexed_sample.history() == []
    run = archive("import", target, "-c", indexed_sample.root, "--json")
    report = json.loads(run.stdout)
    report["source"] = f"import {target.name}"
    check_applied(indexed_sample, report)
    assert "row" in run.stderr and "date" in run.stderr and "is not a date" in run.stderr
    again = json.loads(archive("import", target, "-c", indexed_sample.root, "--json").stdout)
    assert again["changed"] == 0 and again["unchanged"] == 15  # importing twice changes nothing more


def test_rows_of_moved_files_are_found_by_checksum_and_unknown_ones_reported(sample_copy, index_base, tmp_path):
    with Collection.open(sample_copy, index_base, create=True) as collection:
        collection.index(jobs=1)
        header, rows = exported_rows(collection)
        shutil.move(sample_copy / "photographs" / "market-day.png", sample_copy / "market-day-moved.png")
        collection.index(jobs=1)
        market = next(row for row in rows if row["path"] == MARKET)
        market["title"] = "Market day on the quay"
        market["shelfmark"] = "B-12"  # a column that is no field
        rows.append({**market, "path": "gone/nowhere.txt", "sha256": "0" * 64})
        target = tmp_path / "records.csv"
        with open(target, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=[*header, "shelfmark"])
            writer.writeheader()
            writer.writerows(rows)
        report = collection.import_file(target).to_dict()
        assert collection.record("market-day-moved.png").title == "Market day on the quay"
        assert report["unmatched"] == [{"row": 17, "path": "gone/nowhere.txt", "sha256": "0" * 64}]
        assert {(cell["row"], cell["column"]) for cell in report["rejected"]} == {(1, "shelfmark")}


def test_a_file_without_a_key_column_is_refused_in_one_line(indexed_sample, tmp_path):
    target = tmp_path / "notes.csv"
    target.write_text("title,date\nSomething,2001\n", encoding="utf-8")
    run = archive("import", target, "-c", indexed_sample.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "'path'" in run.stderr
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    run = archive("import", broken, "-c", indexed_sample.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "cannot be read as a spreadsheet" in run.stderr


def write_rows(target, header, rows) -> None:
    with open(target, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def test_cells_a_spreadsheet_would_run_as_formulas_are_exported_as_text_and_come_back_exact(tmp_path, index_base):
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "page.html").write_text(
        '<html><head><title>Notice</title><meta name="author" content="=cmd|\' /C calc\'!A0">'
        "</head><body><p>The harbour notice.</p></body></html>",
        encoding="utf-8",
    )
    (root / "link.txt").write_text(
        '=HYPERLINK("http://127.0.0.1/x","click")\nThe rest of the clipping.\n', encoding="utf-8"
    )
    (root / "minus.txt").write_text("-1 degrees at the pier\nCold.\n", encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        collection.edit("minus.txt", {"description": "'=already quoted by a person"})
        header, rows = exported_rows(collection)
        cells = [cell for row in rows for cell in row.values()]
        assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
        assert "'=cmd|' /C calc'!A0" in cells and "''=already quoted by a person" in cells
        target = tmp_path / "records.csv"
        write_rows(target, header, rows)
        report = collection.import_file(target)
        assert report.rejected == [] and report.edits.changed == 0  # the round trip is exact
        assert collection.record("page.html").creators == ["=cmd|' /C calc'!A0"]


def test_utf8_read_as_latin1_and_saved_again_is_refused_by_row_and_column(indexed_sample, tmp_path):
    header, rows = exported_rows(indexed_sample)
    intended = {
        "clippings/1974-rybaki.txt": "Дорогая бабушка!",
        "clippings/1961-07-hafenfest.txt": "Grüße vom Hafenfest",
    }
    for row in rows:
        if row["path"] in intended:  # opened as cp1252 (an undefined byte lost), saved as UTF-8
            row["title"] = (
                intended[row["path"]].encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", " ")
            )
    target = tmp_path / "records.csv"
    write_rows(target, header, rows)
    run = archive("import", target, "-c", indexed_sample.root, "--json")
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    assert report["changed"] == 0 and {cell["column"] for cell in report["rejected"]} == {"title"}
    assert len(report["rejected"]) == 2 and all("Latin-1" in cell["reason"] for cell in report["rejected"])
    assert "'Grüße vom Hafenfest'" in run.stderr
    assert indexed_sample.history() == []
    accepted = json.loads(archive("import", target, "-c", indexed_sample.root, "--json", "--accept-mojibake").stdout)
    assert accepted["changed"] == 2


def _workbook_with_shared_strings(target, shared_strings_writer) -> None:
    """An .xlsx whose sharedStrings.xml is written by ``shared_strings_writer(stream)``."""
    import zipfile

    source = target.with_suffix(".source.xlsx")
    book = Workbook()
    book.active.append(["path", "title"])
    book.active.append(["letters/a.pdf", "A title"])
    book.save(source)
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for member in original.infolist():
            if member.filename != "xl/sharedStrings.xml":
                out.writestr(member, original.read(member))
        with out.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            shared_strings_writer(stream)


def test_workbooks_and_cells_past_the_limits_are_refused_in_one_line_at_once(indexed_sample, tmp_path):
    import time

    bomb = tmp_path / "bomb.xlsx"

    def one_gigabyte_string(stream) -> None:
        stream.write(
            b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
        )
        chunk = b"A" * (1 << 24)
        for _ in range(64):
            stream.write(chunk)
        stream.write(b"</t></si></sst>")

    _workbook_with_shared_strings(bomb, one_gigabyte_string)
    assert bomb.stat().st_size < 8 * 2**20
    started = time.monotonic()
    with pytest.raises(Exception, match="would inflate to 1,024 MB"):
        indexed_sample.import_file(bomb)
    assert time.monotonic() - started < 1.0
    run = archive("import", bomb, "-c", indexed_sample.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1

    entities = tmp_path / "entities.xlsx"
    _workbook_with_shared_strings(
        entities,
        lambda stream: stream.write(
            b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'  # noqa: E501
            b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&b;</t></si></sst>'
        ),
    )
    run = archive("import", entities, "-c", indexed_sample.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "cannot be read as a spreadsheet" in run.stderr

    huge_cell = tmp_path / "huge.csv"
    huge_cell.write_text("path,description\n" + f"{LETTER_PATH},{'x' * 10_000_001}\n", encoding="utf-8")
    run = archive("import", huge_cell, "-c", indexed_sample.root)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "line 2" in run.stderr and "10,000,000" in run.stderr
    fine_cell = tmp_path / "fine.csv"
    fine_cell.write_text("path,description\n" + f"{LETTER_PATH},{'word ' * 100_000}\n", encoding="utf-8")
    assert archive("import", fine_cell, "-c", indexed_sample.root).returncode == 0


LETTER_PATH = "letters/letter-to-the-harbour-master-1952.pdf"


def test_an_xlsx_export_stores_every_cell_as_text_and_comes_back_exact(tmp_path, index_base):
    from openpyxl import load_workbook

    root = tmp_path / "hostile"
    root.mkdir()
    (root / "page.html").write_text(
        '<html><head><title>Дорогая бабушка</title><meta name="author" content="=cmd|\' /C calc\'!A0">'
        "</head><body><p>The harbour notice.</p></body></html>",
        encoding="utf-8",
    )
    target = tmp_path / "records.xlsx"
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        to_stdout = archive("export", "*", "-c", root, "--format", "xlsx")
        assert to_stdout.returncode == 2 and "-o FILE.xlsx" in to_stdout.stderr
        assert archive("export", "*", "-c", root, "--format", "xlsx", "-o", target).returncode == 0
        sheet = load_workbook(target).active
        header = [cell.value for cell in sheet[1]]
        row = {name: cell for name, cell in zip(header, sheet[2])}
        assert row["creators"].value == "=cmd|' /C calc'!A0" and row["creators"].data_type == "s"  # text, not a formula
        assert row["title"].value == "Дорогая бабушка"
        report = collection.import_file(target)
        assert report.rejected == [] and report.edits.changed == 0
