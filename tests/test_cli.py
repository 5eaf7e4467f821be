"""The `archive` command as scripts use it: real processes, JSON shapes, exit codes, messages."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import archive

HIT_KEYS = {"collection", "path", "title", "creators", "date", "type", "format", "score", "snippet", "page", "pages"}


@pytest.fixture
def indexed(sample_copy, index_base):
    run = archive("index", sample_copy, "--json", "--jobs", "2")
    assert run.returncode == 0, run.stderr
    return sample_copy, json.loads(run.stdout)


def test_index_json_shape_and_quiet_stderr(indexed):
    root, report = indexed
    assert set(report) >= {"collection", "added", "updated", "removed", "unchanged", "failed", "seconds"}
    assert report["collection"] == str(root) and report["added"] == 15 and report["failed"] == []
    again = archive("index", root, "--json")
    assert again.returncode == 0 and again.stderr == ""
    assert json.loads(again.stdout)["unchanged"] == 15


def test_search_json_shape(indexed):
    root, _ = indexed
    run = archive("search", "harbour", "-c", root, "--json", "--limit", "3")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(result) == {"query", "total", "took_ms", "hits", "facets", "partial", "notices", "timeline"}
    assert (
        list(result["timeline"]) == sorted(result["timeline"]) and sum(result["timeline"].values()) <= result["total"]
    )
    assert result["total"] > 3 and len(result["hits"]) == 3
    assert all(set(hit) == HIT_KEYS for hit in result["hits"])
    assert set(result["facets"]) == {
        "type",
        "year",
        "publisher",
        "creator",
        "recipient",
        "language",
        "tag",
        "format",
        "puid",
        "sensitive",
        "access",
        "series",
    }


def test_search_options(indexed):
    root, _ = indexed
    run = archive(
        "search", "*", "-c", root, "--json", "--type", "StillImage", "--sort", "date", "--from", "1980", "--to", "2020"
    )
    hits = json.loads(run.stdout)["hits"]
    assert [h["path"] for h in hits] == ["photographs/lighthouse-1987.tif", "photographs/harbour-at-dawn.jpg"]
    page = archive("search", "*", "-c", root, "--json", "--limit", "2", "--offset", "14")
    assert len(json.loads(page.stdout)["hits"]) == 1


def test_search_finds_the_collection_from_the_current_folder(indexed):
    root, _ = indexed
    run = archive("search", "dredging", cwd=root / "reports")
    assert run.returncode == 0, run.stderr
    assert "harbour-survey-1998.pdf" in run.stdout and "p. 2" in run.stdout


def test_show_indexed_and_unindexed_files(indexed, tmp_path):
    root, _ = indexed
    run = archive("show", "photographs/harbour-at-dawn.jpg", "--json", cwd=root)
    record = json.loads(run.stdout)
    assert record["path"] == "photographs/harbour-at-dawn.jpg"
    assert record["created"] == "2019-05-03T05:42:10+01:00" and record["exif"]["Model"] == "D750"
    assert {"overrides", "sources", "sha256", "size", "modified"} <= set(record)
    loose = tmp_path / "loose-note.txt"
    loose.write_text("date 2001-02-03 By Evening Star\n\nA loose note.")
    record = json.loads(archive("show", loose, "--json").stdout)
    assert (record["date"], record["publisher"]) == ("2001-02-03", "Evening Star")


def test_a_path_as_searches_print_it_is_taken_with_the_collection_from_anywhere(indexed, tmp_path):
    root, _ = indexed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    listed = json.loads(archive("search", "dredging", "-c", root, "--json").stdout)["hits"][0]["path"]
    run = archive("show", listed, "-c", root, "--json", cwd=elsewhere)
    assert run.returncode == 0 and json.loads(run.stdout)["path"] == listed == "reports/harbour-survey-1998.pdf"
    run = archive("edit", listed, "-c", root, "--add", "tags=surveyed", cwd=elsewhere)
    assert run.returncode == 0, run.stderr
    assert archive("cite", listed, "-c", root, cwd=elsewhere).stdout.startswith("Kowalczyk")
    (elsewhere / "reports").mkdir()
    (elsewhere / "reports" / "harbour-survey-1998.pdf").write_bytes(b"a file of the same name here")
    run = archive("edit", listed, "-c", root, "--add", "tags=twice", cwd=elsewhere)  # the file typed is this one
    assert run.returncode == 3 and "is not inside the collection" in run.stderr
    run = archive("show", "../" + root.name + "/../outside.txt", "-c", root, "--json", cwd=root)
    assert run.returncode != 0 and "is not inside the collection" in run.stderr


def test_edit_then_search_and_show(indexed):
    root, _ = indexed
    run = archive(
        "edit",
        root / "letters/letter-to-the-harbour-master-1952.pdf",
        "-c",
        root,
        "--set",
        "date=1952-10-14",
        "--set",
        "subjects=piers; lamps",
        "--json",
    )
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    assert record["date"] == "1952-10-14" and record["overrides"] == ["date", "subjects"]
    hits = json.loads(archive("search", "subject:lamps", "-c", root, "--json").stdout)["hits"]
    assert hits[0]["date"] == "1952-10-14"
    unset = archive("edit", root / "letters/letter-to-the-harbour-master-1952.pdf", "--unset", "date", "--json")
    assert json.loads(unset.stdout)["date"] == "2021-03-02"


def test_verify_exit_codes(indexed):
    root, _ = indexed
    ok = archive("verify", "-c", root, "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["intact"] is True
    (root / "clippings" / "1974-rybaki.txt").write_bytes(b"tampered")
    (root / "web" / "harbour-festival-2022.html").unlink()
    (root / "new.txt").write_text("new")
    bad = archive("verify", "-c", root, "--json")
    report = json.loads(bad.stdout)
    assert bad.returncode == 1
    assert report["changed"] == ["clippings/1974-rybaki.txt"]
    assert report["missing"] == ["web/harbour-festival-2022.html"]
    assert report["new"] == ["new.txt"]


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (("search", "x", "-c", "/no/such/folder"), 3, "collection folder not found"),
        (("search", "x", "--limit", "zero"), 2, "not a whole number"),
        (("search", "x", "--sort", "colour"), 2, "invalid choice"),
        (("frobnicate",), 2, "invalid choice"),
        (("show", "/no/such/file.pdf"), 3, "no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(index_base, args, status, message):
    run = archive(*args)
    assert run.returncode == status
    assert message in run.stderr and "Traceback" not in run.stderr


def test_unindexed_collection_and_bad_edit(indexed, tmp_path):
    root, _ = indexed
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    run = archive("search", "x", "-c", fresh)
    assert run.returncode == 3 and "not been indexed" in run.stderr
    run = archive("edit", root / "new-nowhere.txt", "-c", root, "--set", "title=x")
    assert run.returncode == 3 and "not in the index" in run.stderr and "Traceback" not in run.stderr
    run = archive("edit", root / "clippings/1974-rybaki.txt", "--set", "colour=red")
    assert run.returncode == 2 and "cannot be edited" in run.stderr
    run = archive("edit", root / "clippings/1974-rybaki.txt", "--set", "title")
    assert run.returncode == 2
    run = archive("search", "date:[x TO y]", "-c", root)
    assert run.returncode == 2 and "'x' is not a date at column 1" in run.stderr


def test_search_does_not_load_qt_pdfium_or_pillow(indexed):
    root, _ = indexed
    code = (
        "import sys; from archive.cli import main; main(['search', 'harbour', '-c', %r, '--json']);"
        "loaded = [m for m in ('PySide6', 'pypdfium2', 'PIL', 'pypdf') if m in sys.modules];"
        "print(loaded, file=sys.stderr)" % str(root)
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stderr.strip() == "[]"


def test_the_core_never_imports_qt():
    code = "import sys, archive, archive.cli, archive.pipeline, archive.extract.pdf, archive.extract.image; print('PySide6' in sys.modules)"  # noqa: E501
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_cite_and_export_commands(indexed, tmp_path):
    root, _ = indexed
    run = archive("cite", root / "reports/harbour-survey-1998.pdf", root / "clippings/2019-05-03-new-ice-house.txt")
    assert run.returncode == 0, run.stderr
    assert (
        run.stdout.splitlines()[0]
        == "Ice house reopens after forty years. (2019, May 3). Saltmere Gazette. sample (clippings/2019-05-03-new-ice-house.txt)."  # noqa: E501
    )
    assert "Kowalczyk, M., & Lindqvist, J. (1998). Harbour Survey 1998." in run.stdout
    run = archive("cite", root / "photographs/harbour-at-dawn.jpg", "--style", "mla", "--json")
    assert json.loads(run.stdout)["citations"][0]["citation"].startswith(
        "Lindqvist, Jonas. Harbour at Dawn. 3 May 2019, sample"
    )
    run = archive("cite", root / "photographs/harbour-at-dawn.jpg", "--style", "chicgo-author-date")
    assert run.returncode == 2 and "did you mean" in run.stderr and "chicago-author-date" in run.stderr
    run = archive("cite", root / "reports/harbour-survey-1998.pdf", "--format", "bibtex")
    assert run.stdout.startswith("@techreport{kowalczyk-1998-harbour,")

    out = tmp_path / "all.csv"
    run = archive("export", "*", "-c", root, "--format", "csv", "-o", out)
    assert run.returncode == 0, run.stderr
    import csv

    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 15 and rows[0].keys() >= {"path", "title", "creators", "date", "sha256"}
    run = archive("export", "type:stillimage", "-c", root, "--format", "csl-json")
    assert [item["type"] for item in json.loads(run.stdout)] == ["graphic"] * 3
    run = archive("export", "herring", "-c", root, "--format", "jsonl")
    assert all(json.loads(line)["path"] for line in run.stdout.splitlines())
    run = archive("export", "*", "-c", root, "--format", "ris")
    assert run.stdout.count("ER  -") == 15
    run = archive("export", "*", "-c", root, "-o", root / "inside.csv")
    assert run.returncode == 2 and "inside the collection" in run.stderr and not (root / "inside.csv").exists()
    manifest = tmp_path / "manifest-sha256.txt"
    run = archive("export", "-c", root, "--manifest", manifest)
    lines = manifest.read_text().splitlines()
    assert len(lines) == 15 and all(len(line.split("  ", 1)[0]) == 64 for line in lines)
    assert "  reports/harbour-survey-1998.pdf" in manifest.read_text()


def test_small_contract_fixes(indexed):
    root, _ = indexed
    survey = root / "reports/harbour-survey-1998.pdf"
    run = archive("cite", survey, "--style", "chicagoo")
    assert run.returncode == 2 and "did you mean: chicago, chicago-notes, " in run.stderr
    assert run.stderr.count("chicago-notes") == 1
    run = archive("cite", survey, "--locale", "xx-YY")
    assert (
        run.returncode == 2 and "unknown locale 'xx-YY'; known locales: af-ZA, " in run.stderr and "de-DE" in run.stderr
    )
    assert archive("cite", survey, "--locale", "de").returncode == 0
    run = archive("edit", survey, "--set", "date=01/02/2020")
    assert run.returncode == 2 and "ambiguous" in run.stderr and "2020-02-01 or 2020-01-02" in run.stderr
    assert "date: 2020-02-13" in archive("edit", survey, "--set", "date=13/02/2020").stdout
    run = archive("index", survey)
    assert (
        run.returncode == 3
        and run.stderr.strip() == f"archive: {survey} is a file, not a folder: index its folder, {survey.parent}"
    )


def test_show_reads_only_files_and_follows_no_link_out_of_the_collection(indexed):
    root, _ = indexed
    os.mkfifo(root / "pipe")
    (root / "passwd").symlink_to("/etc/passwd")
    try:
        for target, message in [
            (root / "pipe", "is a named pipe (FIFO); only files are shown"),
            ("/dev/zero", "/dev/zero is a device; only files are shown"),
            (root / "reports", "is a folder; only files are shown"),
            (root / "passwd", "is a link to /etc/passwd, outside the collection; links out of it are not followed"),
        ]:
            run = archive("show", target, timeout=20)
            assert run.returncode == 3 and message in run.stderr and run.stderr.count("\n") == 1, run.stderr
    finally:
        (root / "pipe").unlink()
        (root / "passwd").unlink()


def test_json_is_valid_utf8_and_an_unknown_type_is_refused(indexed):
    root, _ = indexed
    query = b"harb\xffour"
    run = subprocess.run(
        [sys.executable, "-m", "archive", "search", query, "-c", str(root), "--json"], capture_output=True
    )
    assert run.returncode == 0
    document = json.loads(run.stdout.decode("utf-8"))  # strict UTF-8
    assert document["query"].encode("utf-8", "surrogateescape") == query
    clipping = root / "clippings/1974-rybaki.txt"
    run = archive("edit", clipping, "--set", "type=NoSuchType")
    assert (
        run.returncode == 2
        and "unknown type 'NoSuchType'; types: Collection, " in run.stderr
        and "letter" in run.stderr
    )
    assert "type: Letter" in archive("edit", clipping, "--set", "type=Letter").stdout


def test_search_answers_a_batch_of_queries_from_stdin_one_json_line_each(indexed):
    root, _ = indexed
    queries = ["harbour", "lamp AND", "", '"storm flood"', "@no-such-search"]
    run = subprocess.run(
        [sys.executable, "-m", "archive", "search", "--stdin", "-c", str(root), "--limit", "3"],
        input="\n".join(queries) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert [answer["query"] for answer in answers] == ["harbour", "lamp AND", '"storm flood"', "@no-such-search"]
    single = json.loads(archive("search", "harbour", "-c", root, "--json").stdout)
    assert answers[0]["total"] == single["total"] and len(answers[0]["hits"]) == 3
    assert "nothing after it" in answers[1]["error"] and "error" in answers[3]  # the batch goes on
    assert [hit["path"] for hit in answers[2]["hits"]] == ["clippings/1953-02-02-storm-flood.txt"]
    assert archive("search", "--stdin", "harbour", "-c", root).returncode == 2


def test_collections_lists_every_indexed_folder_and_which_are_offline(tmp_path):
    index = tmp_path / "indexes"
    for name in ("accession-1", "drive-b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "note.txt").write_text(f"A note of {name}.", encoding="utf-8")
        assert archive("index", tmp_path / name, "--index-dir", index).returncode == 0
    (tmp_path / "drive-b").rename(tmp_path / "unplugged")  # a drive taken away: its index stays
    listed = archive("collections", "--index-dir", index, "--json")
    assert listed.returncode == 0, listed.stderr
    found = {Path(known["root"]).name: known for known in json.loads(listed.stdout)["collections"]}
    assert {name: (known["items"], known["reachable"]) for name, known in found.items()} == {
        "accession-1": (1, True),
        "drive-b": (1, False),
    }
    assert found["accession-1"]["last_indexed"] and found["accession-1"]["index_octets"] > 0
    said = archive("collections", "--index-dir", index).stdout.splitlines()
    assert [line.endswith("offline (folder not reachable)") for line in said] == [False, True]
    empty = archive("collections", "--index-dir", tmp_path / "none")
    assert empty.returncode == 0 and empty.stderr.startswith("archive: no collection is indexed in")
