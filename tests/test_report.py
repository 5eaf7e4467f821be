"""The accession report: every count the catalog's, every table a CSV, one page that fetches
nothing, and no sensitive number whole."""

from __future__ import annotations

import csv
import re
import shutil

from cli_runner import archive


def rows(path):
    with path.open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def test_the_accession_report_counts_what_the_catalog_holds(sample_copy, index_base, tmp_path):
    shutil.copy(sample_copy / "reports" / "harbour-survey-1998.pdf", sample_copy / "copy-of-survey.pdf")
    (sample_copy / "payments.txt").write_text("Paid by card 4111 1111 1111 1111 on 3 May.", encoding="utf-8")
    (sample_copy / "mystery.qqq").write_bytes(bytes([0, 255, 3, 0, 17]) * 40)
    assert archive("index", sample_copy).returncode == 0
    target = tmp_path / "report"
    run = archive("report", "-c", sample_copy, "-o", target)
    assert run.returncode == 0, run.stderr
    from archive import Collection

    with Collection.open(sample_copy, index_base) as collection:
        items = len(collection)
        unidentified = sorted(
            record.path for record in collection.records(list(collection.catalog.paths())) if not record.puid
        )
    formats = rows(target / "formats.csv")
    assert sum(int(row["count"]) for row in formats) == items
    assert sum(int(row["count"]) for row in rows(target / "years.csv")) == items
    assert sorted(row["path"] for row in rows(target / "unidentified.csv")) == unidentified
    assert "mystery.qqq" in unidentified
    duplicated = rows(target / "duplicates.csv")
    assert any(
        "copy-of-survey.pdf" in row["paths"] and "reports/harbour-survey-1998.pdf" in row["paths"] for row in duplicated
    )
    sensitive = rows(target / "sensitive.csv")
    assert {(row["path"], row["kind"], row["samples (masked)"]) for row in sensitive} >= {
        ("payments.txt", "card", "•••• 1111")
    }
    page = (target / "report.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page), "the page fetches nothing"
    for written in target.iterdir():
        assert "4111 1111 1111 1111" not in written.read_text(encoding="utf-8"), written.name
    assert "reports/" in (target / "tree.txt").read_text(encoding="utf-8")


def test_a_report_is_never_written_inside_the_collection_or_over_a_folder(sample_copy, index_base, tmp_path):
    assert archive("index", sample_copy).returncode == 0
    inside = archive("report", "-c", sample_copy, "-o", sample_copy / "report")
    assert inside.returncode != 0 and "Traceback" not in inside.stderr and not (sample_copy / "report").exists()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine", encoding="utf-8")
    over = archive("report", "-c", sample_copy, "-o", tmp_path / "full")
    assert over.returncode == 2 and "not a new or empty folder" in over.stderr
