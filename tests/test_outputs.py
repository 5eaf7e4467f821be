"""Nothing is written into a collection by any route, an output is written whole or not at all,
and what the system refuses is one line naming the file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from cli_runner import archive

from archive.outputs import replacing


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_export_onto_a_hard_link_to_a_collection_file_leaves_the_file_alone(indexed_sample, tmp_path):
    original = indexed_sample.root / "reports/harbour-survey-1998.pdf"
    before = digest(original)
    link = tmp_path / "report-link.pdf"
    os.link(original, link)
    run = archive(
        "export",
        "*",
        "-c",
        indexed_sample.root,
        "--index-dir",
        indexed_sample.index_dir.parent,
        "--format",
        "csv",
        "-o",
        link,
    )
    assert run.returncode == 0, run.stderr
    assert digest(original) == before and original.stat().st_nlink == 1
    assert link.read_text(encoding="utf-8").startswith("\ufeffpath,title,")


def test_an_index_folder_inside_the_collection_is_refused(sample_copy):
    for inside in (sample_copy / "idx", sample_copy / ".idx"):
        run = archive("index", sample_copy, "--index-dir", inside)
        assert run.returncode == 2 and "will not write" in run.stderr and "inside the collection" in run.stderr
        assert not inside.exists()


@pytest.mark.parametrize(
    ("target", "status", "message"),
    [
        ("/no/such/folder/out.csv", 2, "cannot write /no/such/folder/out.csv: there is no folder /no/such/folder"),
        ("/tmp", 2, "/tmp is a folder; name a file to write"),
        (
            "/dev/full",
            3,
            "/dev/full: No space left on device: the disk is full; free some space and run the command again",
        ),
    ],
)
def test_what_the_system_refuses_is_one_line_naming_the_file(indexed_sample, target, status, message):
    run = archive(
        "export", "*", "-c", indexed_sample.root, "--index-dir", indexed_sample.index_dir.parent, "-o", target
    )
    assert run.returncode == status
    assert run.stderr == f"archive: {message}\n"


def test_an_output_is_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "citations.bib"
    target.write_text("what was there before\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with replacing(target) as out:
            out.write("half of it")
            raise RuntimeError("the export failed half way")
    assert target.read_text(encoding="utf-8") == "what was there before\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["citations.bib"]  # no temporary file left
    with replacing(target) as out:
        out.write("all of it\n")
    assert target.read_text(encoding="utf-8") == "all of it\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def test_a_lost_search_index_is_named_not_answered_with_nothing(indexed_sample):
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    (indexed_sample.index_dir / "whoosh" / "SCHEMA_VERSION").write_text("1")  # as an upgrade finds it
    run = archive("search", "harbour", "-c", root, "--index-dir", base)
    assert run.returncode == 3 and run.stdout == ""
    assert run.stderr.strip().endswith(f"rebuild it: archive index {root}")
    assert archive("index", root, "--index-dir", base).returncode == 0
    run = archive("search", "harbour", "-c", root, "--index-dir", base)
    assert run.returncode == 0 and "results" in run.stdout and not run.stdout.startswith("0 results")
