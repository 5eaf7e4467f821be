"""Ctrl+C, SIGTERM and a full disk end an index run cleanly: within two seconds, in one line, with
every process of the run gone; what was committed stays, and the next run finishes the work."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import descendants, survivors

WORDS = [f"w{number}" for number in range(5000)] + ["harbour", "quay", "ledger", "herring"]


def notes(root: Path, count: int, words: int = 1500, seed: int = 1) -> Path:
    chance = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (root / f"note-{number:04d}.txt").write_text(" ".join(chance.choices(WORDS, k=words)), encoding="utf-8")
    return root


def index_command(root: Path, base: Path) -> list[str]:
    return [sys.executable, "-m", "archive", "index", str(root), "--index-dir", str(base), "--jobs", "2", "--json"]


def total(root: Path, base: Path) -> int:
    run = subprocess.run(
        [sys.executable, "-m", "archive", "search", "*", "-c", str(root), "--index-dir", str(base), "--json"],
        capture_output=True,
        text=True,
    )
    return json.loads(run.stdout)["total"]


@pytest.mark.parametrize(
    "files, moments",
    [(150, 8), (400, 6)],  # 400 files (over PARALLEL_WRITER_FROM) are written by writer processes
    ids=["one writer", "writer processes"],
)
def test_an_interrupt_at_random_moments_ends_the_run_cleanly_and_the_next_finishes(tmp_path, files, moments):
    root = notes(tmp_path / "notes", files, words=800)
    started = time.monotonic()
    subprocess.run(index_command(root, tmp_path / "timing"), check=True, capture_output=True)
    whole_run = time.monotonic() - started
    chance = random.Random(files)
    for attempt in range(moments):
        base = tmp_path / f"index-{attempt}"
        chosen = signal.SIGINT if attempt % 2 == 0 else signal.SIGTERM
        run = subprocess.Popen(
            index_command(root, base), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        time.sleep(chance.uniform(0.6, whole_run * 0.9))  # past start-up: an interrupt during imports is Python's
        processes = [run.pid, *descendants(run.pid)]
        os.killpg(run.pid, chosen)  # as Ctrl+C does: to every process of the group
        signalled = time.monotonic()
        try:
            out, err = run.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            pytest.fail(f"attempt {attempt}: the run did not end within 10 s of {chosen.name}")
        assert time.monotonic() - signalled < 2.5, attempt
        assert survivors([pid for pid in processes if pid != run.pid], seconds=2) == [], attempt
        if run.returncode in (0, -chosen):  # the signal came as the run finished (or as Python shut down)
            assert total(root, base) == files
            continue
        assert run.returncode == 128 + chosen, (attempt, run.returncode, err)
        assert err.count("\n") == 1 and err.startswith("archive: interrupted; "), (attempt, err)
        committed = int(err.split("; ")[1].split()[0])
        again = subprocess.run(index_command(root, base), capture_output=True, text=True, timeout=120)
        report = json.loads(again.stdout)
        assert (report["unchanged"], report["added"], report["failed"]) == (committed, files - committed, []), attempt
        assert total(root, base) == files


def mount_small_disk(folder: Path, megabytes: int) -> None:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {mounted.stderr.strip()}")


def test_a_full_disk_is_a_message_and_the_next_run_after_space_returns_finishes(tmp_path):
    root = notes(tmp_path / "notes", 40, words=500)
    disk = tmp_path / "small"
    mount_small_disk(disk, 24)
    try:
        base = disk / "indexes"
        first = subprocess.run(index_command(root, base), capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        edit = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive",
                "edit",
                str(root / "note-0003.txt"),
                "--index-dir",
                str(base),
                "--set",
                "title=Ledger of the harbour master",
            ],
            capture_output=True,
            text=True,
        )
        assert edit.returncode == 0, edit.stderr
        notes(root, 600, words=1500, seed=2)  # far more than the disk holds
        filler = disk / "filler"
        filler.write_bytes(b"\0" * (int(shutil.disk_usage(disk).free * 0.6)))
        full = subprocess.run(index_command(root, base), capture_output=True, text=True, timeout=120)
        assert full.returncode == 3 and full.stderr.count("\n") == 1, full.stderr
        assert full.stderr.startswith(f"archive: the disk holding the index folder {base}") and "is full" in full.stderr
        search = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive",
                "search",
                "title:ledger",
                "-c",
                str(root),
                "--index-dir",
                str(base),
                "--json",
            ],
            capture_output=True,
            text=True,
        )
        assert json.loads(search.stdout)["hits"][0]["path"] == "note-0003.txt"  # what was there still answers
        filler.write_bytes(b"\0" * (shutil.disk_usage(disk).free + filler.stat().st_size - 4096))  # every byte
        edit = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive",
                "edit",
                str(root / "note-0001.txt"),
                "--index-dir",
                str(base),
                "--set",
                "notes=typed on a full disk",
                "--json",
            ],
            capture_output=True,
            text=True,
        )
        saved = edit.returncode == 0  # said saved only if it was, and not saved only if it was not
        assert saved or (edit.returncode == 3 and "full" in edit.stderr and edit.stderr.count("\n") == 1), edit.stderr
        filler.unlink()
        subprocess.run(["mount", "-o", "remount,size=200m", str(disk)], check=True)
        again = subprocess.run(index_command(root, base), capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr
        assert total(root, base) == 600
        show = subprocess.run(
            [sys.executable, "-m", "archive", "show", str(root / "note-0003.txt"), "--index-dir", str(base), "--json"],
            capture_output=True,
            text=True,
        )
        assert json.loads(show.stdout)["title"] == "Ledger of the harbour master"
        show = subprocess.run(
            [sys.executable, "-m", "archive", "show", str(root / "note-0001.txt"), "--index-dir", str(base), "--json"],
            capture_output=True,
            text=True,
        )
        assert (json.loads(show.stdout)["notes"] == "typed on a full disk") == saved
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_an_interrupt_while_the_program_loads_is_the_same_one_line(indexed_sample):
    """Ctrl+C in the first fraction of a second, while Python imports the program. (While the
    interpreter itself starts, before any of the program runs, Python has its own say.)"""
    command = [sys.executable, "-m", "archive", "search", "harbour", "-c", str(indexed_sample.root)]
    interpreter = _seconds([sys.executable, "-c", "pass"])
    whole_run = _seconds(command)
    interrupted = 0
    # From a little after the interpreter's own start-up (the signal at its very end landed, with the
    # jitter of one start to the next, inside Python's site setup: its own say) to the end.
    for moment in [interpreter + (whole_run - interpreter) * step / 13 for step in range(1, 13)]:
        run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(moment)
        run.send_signal(signal.SIGINT)
        out, err = run.communicate(timeout=10)
        # It finished (0), was interrupted (130), or Python took the signal itself as it shut down,
        # once its handlers were gone (-SIGINT): in no case a traceback.
        assert run.returncode in (0, 130, -signal.SIGINT), (moment, run.returncode, err)
        assert err in ("", "archive: interrupted\n"), (moment, err)
        interrupted += run.returncode == 130
    assert interrupted >= 3  # the moments chosen fell while the program was loading and working


def _seconds(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True)
    return time.monotonic() - started
