"""Extraction on a Dask cluster (``archive index --scheduler``): a real LocalCluster of worker
processes on the loopback address reads the files, and the catalog must be what a local run
makes, whatever happens to a worker or to the indexer."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive import Collection
from archive.cluster import DaskCluster
from archive.errors import ArchiveError
from archive.limits import Limits
from archive.workers import ReadSettings
from processes import slow_or_crashing_reader

pytestmark = pytest.mark.loopback
SYNTHETIC_FILES = 2000
WORDS = (
    "tide quay harbour ledger parish census letter clipping ferry lighthouse gazette donor "
    "Hafen Brief Kirche Zeitung port lettre journal église"
).split()


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
        processes=True,
        silence_logs=logging.CRITICAL,
    ) as running:
        yield running


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, dict]:
    """2,000 short texts and web pages in boxes of 100, and what a local run catalogues of them."""
    root = tmp_path_factory.mktemp("synthetic") / "boxes"
    for number in range(SYNTHETIC_FILES):
        folder = root / f"box-{number // 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        words = " ".join(WORDS[(number * 7 + k) % len(WORDS)] for k in range(40 + number % 300))
        if number % 5 == 0:
            (folder / f"page-{number:04d}.html").write_text(
                f"<html><head><title>Page {number}</title></head><body><p>{words}</p></body></html>", encoding="utf-8"
            )
        else:
            (folder / f"note-{number:04d}.txt").write_text(f"Note {number}\n\n{words}\n", encoding="utf-8")
    local = tmp_path_factory.mktemp("local-index")
    assert index(root, local).added == SYNTHETIC_FILES
    return root, catalogued(root, local)


def index(root: Path, base: Path, **options):
    with Collection.open(root, base, create=True) as collection:
        return collection.index(jobs=2, **options)


def catalogued(root: Path, base: Path) -> dict[str, tuple[dict, list[str]]]:
    """Every item's record and text."""
    with Collection.open(root, base) as collection:
        assert collection.search("*").total == len(collection)
        return {path: (collection.catalog.record(path), collection.text(path)) for path in collection.catalog.paths()}


def test_the_sample_read_on_the_cluster_is_catalogued_as_locally(cluster, sample_copy, tmp_path):
    local = index(sample_copy, tmp_path / "local")
    assert not local.failed
    expected = catalogued(sample_copy, tmp_path / "local")
    for name, ship_files in (("shared", False), ("shipped", True)):
        report = index(sample_copy, tmp_path / name, scheduler=cluster.scheduler_address, ship_files=ship_files)
        assert (report.added, report.failed) == (local.added, []), name
        assert catalogued(sample_copy, tmp_path / name) == expected, name


def test_a_synthetic_folder_read_on_the_cluster_is_catalogued_as_locally(cluster, synthetic, tmp_path):
    root, expected = synthetic
    report = index(root, tmp_path / "cluster", scheduler=cluster.scheduler_address)
    assert (report.added, report.failed) == (SYNTHETIC_FILES, [])
    assert catalogued(root, tmp_path / "cluster") == expected
    again = index(root, tmp_path / "cluster", scheduler=cluster.scheduler_address)
    assert (again.unchanged, again.added, again.updated) == (SYNTHETIC_FILES, 0, 0)


def test_a_worker_killed_mid_run_costs_only_its_tasks(cluster, synthetic, tmp_path):
    from distributed import Client

    root, expected = synthetic
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        victim = next(iter(client.run(os.getpid).values()))
        killed = []

        def kill_one_worker(progress) -> None:
            if progress.done == SYNTHETIC_FILES // 4 and not killed:
                os.kill(victim, signal.SIGKILL)
                killed.append(progress.done)

        report = index(root, tmp_path / "cluster", scheduler=cluster.scheduler_address, progress=kill_one_worker)
        assert killed, "the run ended before the worker could be killed"
        assert (report.added, report.failed) == (SYNTHETIC_FILES, [])
        assert catalogued(root, tmp_path / "cluster") == expected
        client.wait_for_workers(2, timeout=60)  # the nanny started another
        assert victim not in client.run(os.getpid).values()


def test_a_file_past_its_limit_on_a_worker_fails_alone(cluster, tmp_path):
    names = ("a.txt", "b.txt", "hang.txt", "crash.txt", "c.txt", "d.txt")
    for name in names:
        (tmp_path / name).write_text(f"words of {name}")
    read_all = DaskCluster(cluster.scheduler_address, reader=slow_or_crashing_reader)
    started = time.perf_counter()
    results = {
        found.path: found
        for found in read_all(tmp_path, [(name, None) for name in names], 2, Limits(seconds=2), settings=ReadSettings())
    }
    assert set(results) == set(names)
    assert "longer than 2 s" in results["hang.txt"].error
    assert "crashed" in results["crash.txt"].error
    assert all(
        results[n].error is None and results[n].pages == [f"words of {n}"] for n in ("a.txt", "b.txt", "c.txt", "d.txt")
    )
    assert time.perf_counter() - started < 30


def test_kill_minus_nine_of_the_indexer_leaves_a_usable_index(cluster, synthetic, tmp_path):
    root, expected = synthetic
    base = tmp_path / "indexes"
    command = [
        sys.executable,
        "-m",
        "archive",
        "index",
        str(root),
        "--json",
        "--index-dir",
        str(base),
        "--scheduler",
        cluster.scheduler_address,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while not committed_so_far(root, base):  # the first batch is committed within seconds, the rest at the end
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    with Collection.open(root, base) as collection:
        committed = len(collection)
        assert collection.search("*").total == collection.ix.doc_count() == committed
    assert 0 < committed < SYNTHETIC_FILES
    report = index(root, base, scheduler=cluster.scheduler_address)
    assert report.added == SYNTHETIC_FILES - committed  # committed files are not sent out again
    assert catalogued(root, base) == expected


def committed_so_far(root: Path, base: Path) -> int:
    try:
        with Collection.open(root, base) as collection:
            return len(collection)
    except ArchiveError:  # not created yet
        return 0


def test_cluster_mistakes_are_one_line_messages(sample_copy, tmp_path):
    def archive(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "archive",
                "index",
                str(sample_copy),
                "--index-dir",
                str(tmp_path / "indexes"),
                *arguments,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    alone = archive("--ship-files")
    assert (
        alone.returncode == 2
        and alone.stderr == "archive: --ship-files needs --scheduler (the files are read here otherwise)\n"
    )
    nobody = archive("--scheduler", "tcp://127.0.0.1:9")  # nothing listens there
    assert nobody.returncode == 3 and nobody.stderr.count("\n") == 1, nobody.stderr
    assert nobody.stderr.startswith("archive: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert archive().returncode == 0
    touched = next(sample_copy.rglob("*.txt"))
    os.utime(
        touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9)
    )  # same content: nothing to read
    nothing_new = archive("--scheduler", "tcp://127.0.0.1:9", "--json")
    assert nothing_new.returncode == 0, nothing_new.stderr  # the cluster is reached only for files to read


def test_a_local_run_never_imports_dask(sample_copy, tmp_path):
    probe = (
        "import sys; from pathlib import Path; from archive import Collection\n"
        "with Collection.open(sys.argv[1], Path(sys.argv[2]), create=True) as c: c.index(jobs=1)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(sample_copy), str(tmp_path / "indexes")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _listener(reply: bytes | None):
    """A loopback TCP listener that accepts and then says ``reply`` (an HTTP answer, stray bytes)
    or nothing at all; yields its address."""
    import socket
    import threading

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    held = []

    def serve() -> None:
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            held.append(connection)
            if reply is not None:
                connection.sendall(reply)

    threading.Thread(target=serve, daemon=True).start()
    return server, f"tcp://127.0.0.1:{server.getsockname()[1]}"


@pytest.mark.parametrize("what", ["silent listener", "HTTP server", "stray reply", "tls without certificates"])
def test_anything_but_a_scheduler_ends_in_one_line_within_ten_seconds(sample_copy, tmp_path, what):
    replies = {
        "silent listener": None,
        "HTTP server": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi",
        "stray reply": b"\xff" * 64,
        "tls without certificates": None,
    }
    server, address = _listener(replies[what])
    if what.startswith("tls"):
        address = address.replace("tcp://", "tls://")
    started = time.monotonic()
    try:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "archive",
                "index",
                str(sample_copy),
                "--index-dir",
                str(tmp_path / "i"),
                "--scheduler",
                address,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        server.close()
    assert time.monotonic() - started < 15  # 10 s, and the interpreter's start
    assert run.returncode == 3 and run.stderr.count("\n") == 1 and address in run.stderr, run.stderr
    assert "internal error" not in run.stderr
