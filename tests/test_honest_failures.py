"""Failures told by their cause, never advice that loses work: a full disk (a real tmpfs filled to
a few kilobytes), a catalog another program is writing, a read-only index folder. A change is
reported saved exactly when it was."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_runner import archive

from archive import catalog as catalog_module
from archive import cli

LETTER = "letters/letter-to-the-harbour-master-1952.pdf"


@pytest.fixture
def small_disk(tmp_path: Path):
    """A real 16 MB file system (tmpfs) for the index folder; skipped where mounting is not allowed."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount_point)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("mounting a small file system needs root")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave_bytes: int) -> None:
    """Fill ``disk`` to within ``leave_bytes`` of full."""
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free = shutil.disk_usage(disk).free
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, free - leave_bytes))


@pytest.mark.parametrize("leave_kb", [0, 8, 32, 128, 512])
def test_a_full_disk_says_so_and_saved_means_saved(small_disk, sample_copy, leave_kb):
    base = small_disk / "indexes"
    assert archive("index", sample_copy, "--index-dir", base, "--jobs", "1").returncode == 0
    fill(small_disk, leave_kb * 1024)
    title = f"Letter about the lamp ({leave_kb} KB left)"
    run = archive("edit", sample_copy / LETTER, "--set", f"title={title}", "--index-dir", base)
    message = run.stderr
    assert "internal error" not in message and "damaged" not in message and "backup" not in message, message
    (small_disk / "filler").unlink()
    saved = json.loads(archive("show", sample_copy / LETTER, "--index-dir", base, "--json").stdout)["title"] == title
    if run.returncode == 0:
        assert saved, "said saved, but the edit is not in the catalog"
    else:
        assert run.returncode == 3 and "is full: nothing was changed" in message and len(message.splitlines()) == 1
        assert not saved, "said not saved, but the edit is in the catalog"
    assert archive("index", sample_copy, "--index-dir", base).returncode == 0  # room again: all is well
    if saved:
        found = json.loads(archive("search", "lamp", "-c", sample_copy, "--index-dir", base, "--json").stdout)
        assert any(hit["title"] == title for hit in found["hits"])


def test_a_catalog_another_program_is_writing_is_named_busy(indexed_sample, monkeypatch, capsys):
    monkeypatch.setattr(catalog_module, "WAIT_FOR_WRITER_SECONDS", 0.5)
    holder = sqlite3.connect(indexed_sample.index_dir / "catalog.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        status = cli.main(["edit", str(indexed_sample.root / LETTER), "--set", "title=Busy"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = capsys.readouterr().err
    assert status == 3 and "is being written by another program" in message and "nothing was changed" in message
    assert "internal error" not in message and len(message.splitlines()) == 1
    assert indexed_sample.history() == []


def test_a_read_only_index_folder_is_named_read_only(small_disk, sample_copy):
    base = small_disk / "indexes"
    assert archive("index", sample_copy, "--index-dir", base).returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        run = archive("edit", sample_copy / LETTER, "--set", "title=Read only", "--index-dir", base)
        assert run.returncode == 3 and "internal error" not in run.stderr and "damaged" not in run.stderr, run.stderr
        assert "cannot be written" in run.stderr or "read-only" in run.stderr, run.stderr
        search = archive("search", "lamp", "-c", sample_copy, "--index-dir", base)
        assert search.returncode in (0, 3) and "damaged" not in search.stderr and "internal error" not in search.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
