"""Hostile and broken files, workers that hang or die, kill -9 in the middle of a run, two
indexers at once: every file is accounted for, nothing is touched, nothing is lost."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

from PIL import Image

from archive import ArchiveError, Collection
from archive.limits import Limits
from archive.workers import extract_all
from processes import descendants, slow_or_crashing_reader, survivors
from resources.sample_builders import draw_picture, write_docx, write_epub, write_odt, write_pdf

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def deflate_bomb_pdf(inflated_bytes: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (1 << 16)
    data = b"".join(packer.compress(chunk) for _ in range(inflated_bytes // len(chunk))) + packer.flush()
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            stream,
        ]
    )


def nested_pdf(depth: int) -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + b"[" * depth + b"]" * depth + b" >>",
        ]
    )


def xmp_bomb_pdf(tmp: Path) -> Path:
    packet = (
        BILLION_LAUGHS.replace("<!DOCTYPE", "<!DOCTYPE x:xmpmeta", 1).replace("lolz [", "[", 1)
        + "<x:xmpmeta xmlns:x='adobe:ns:meta/'>&lol4;</x:xmpmeta>"
    )
    return write_pdf(tmp / "xmp-bomb.pdf", ["Words beside an entity bomb in the metadata."], xmp=packet)


def zip_bomb(path: Path, member: str) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(member, b"<a>" + b" " * (300 * 1024 * 1024) + b"</a>")


def build_hostile_folder(root: Path) -> dict[str, str]:
    """Write every kind of bad input beside good files; return {name: what it is}."""
    root.mkdir()
    kinds: dict[str, str] = {}

    def add(name: str, kind: str, data: bytes | None = None) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if data is not None:
            path.write_bytes(data)
        kinds[name] = kind
        return path

    add("good/clipping.txt", "good", b"date 2001-02-03 By Gazette\n\nThe pelican returned to the harbour.\n")
    write_pdf(add("good/report.pdf", "good"), ["A report about cormorants."], title="Cormorants")
    draw_picture((120, 80)).save(add("good/photo.jpg", "good"))
    add("empty.pdf", "zero-byte", b"")
    add("empty.txt", "zero-byte", b"")
    add("empty.jpg", "zero-byte", b"")
    whole = write_pdf(root / "whole.tmp", ["Truncated words."] * 3).read_bytes()
    (root / "whole.tmp").unlink()
    add("truncated.pdf", "truncated", whole[: len(whole) // 2])
    add("not-a-pdf.pdf", "wrong type", b"GIF89a pretending")
    bomb = add("pixel-bomb.png", "decompression bomb (pixels)")
    Image.new("1", (40000, 40000)).save(bomb)
    add("deflate-bomb.pdf", "decompression bomb (PDF stream)", deflate_bomb_pdf(1200 * 1024 * 1024))
    zip_bomb(add("zip-bomb.odt", "zip bomb"), "content.xml")
    docx = write_docx(add("laughs.docx", "XML entity bomb"), ["x"])
    with zipfile.ZipFile(docx) as source:
        members = {i.filename: source.read(i) for i in source.infolist()}
    members["word/document.xml"] = (
        BILLION_LAUGHS + '<w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    ).encode()
    with zipfile.ZipFile(docx, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
    epub = write_epub(add("external-entity.epub", "XML external entity"), ["x"], title="t")
    with zipfile.ZipFile(epub) as source:
        members = {i.filename: source.read(i) for i in source.infolist() if i.filename != "META-INF/container.xml"}
    with zipfile.ZipFile(epub, "w") as target:
        for name, data in members.items():
            target.writestr(name, data)
        target.writestr(
            "META-INF/container.xml",
            '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY e SYSTEM '
            '"file:///etc/passwd">]><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
            "&e;</container>",
        )
    write_odt(add("plain.odt", "good"), ["An ordinary minutes book."])
    add(
        "hostile.html",
        "HTML with entities and scripts",
        (BILLION_LAUGHS + "<html><body>&lol4; seabird<script>while(1){}</script></body></html>").encode(),
    )
    xmp_bomb_pdf(root)
    kinds["xmp-bomb.pdf"] = "XMP entity bomb"
    add("nested.pdf", "deeply nested PDF objects", nested_pdf(200_000))
    long_dir = "/".join(["a-rather-long-folder-name-to-make-the-path-long-" + str(i) for i in range(6)])
    add(f"{long_dir}/deep-file.txt", "path longer than 255 bytes", b"A deep heron.")
    os.close(os.open(os.fsencode(root) + b"/bad-\xff-name.txt", os.O_CREAT | os.O_WRONLY))
    kinds["bad-ÿ-name.txt"] = "a name that is not UTF-8 (indexed under its cp1252 decoding)"
    os.mkfifo(root / "pipe")
    kinds["pipe"] = "FIFO"
    os.symlink(root, root / "good" / "loop")
    return kinds


def snapshot(root: Path) -> dict:
    found = {}
    for directory, folders, files in os.walk(os.fsencode(root)):
        for name in files:
            path = os.path.join(directory, name)
            info = os.lstat(path)
            found[path] = (
                info.st_size,
                info.st_mtime_ns,
                open(path, "rb").read()
                if os.path.isfile(path) and not os.path.islink(path) and info.st_size < 5_000_000
                else None,
            )
    return found


def test_hostile_folder_is_indexed_with_every_file_accounted_for(tmp_path):
    root = tmp_path / "hostile"
    kinds = build_hostile_folder(root)
    before = snapshot(root)
    started = time.perf_counter()
    # A fresh interpreter runs the indexer, so its peak memory is measured alone.
    probe = (
        "import resource, subprocess, sys; run = subprocess.run(sys.argv[1:]);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(run.returncode)"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            probe,
            sys.executable,
            "-m",
            "archive",
            "index",
            str(root),
            "--json",
            "--jobs",
            "2",
            "--timeout",
            "30",
            "--memory-mb",
            "900",
            "--index-dir",
            str(tmp_path / "indexes"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    seconds = time.perf_counter() - started
    peak_kb = int(run.stderr.strip().splitlines()[-1])
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    failed = {entry["path"]: entry["error"] for entry in report["failed"]}
    with Collection.open(root, tmp_path / "indexes") as collection:
        catalogued = set(collection.catalog.paths())
        for name, kind in kinds.items():
            assert name in catalogued or name in failed, f"{kind} ({name}) is not accounted for"
        assert all(reason and "\n" not in reason for reason in failed.values())
        for word in ("pelican", "cormorants", "heron", "minutes"):
            assert collection.search(word).total == 1, word
        assert collection.search("path:photo").total == 1
    assert "bad-ÿ-name.txt" in catalogued
    for name in ("pixel-bomb.png", "zip-bomb.odt", "laughs.docx", "external-entity.epub", "pipe"):
        assert name in failed, f"{kinds[name]} was not reported"
    assert "too large" in failed["pixel-bomb.png"]
    assert "zip bomb" in failed["zip-bomb.odt"]
    assert "refused" in failed["laughs.docx"] and "refused" in failed["external-entity.epub"]
    assert snapshot(root) == before
    assert peak_kb < 1024 * 1024  # under 1 GB
    print(f"\nhostile folder: {len(kinds)} files in {seconds:.1f} s, peak {peak_kb // 1024} MB; reasons given:")
    for name in sorted(failed):
        print(f"  {kinds.get(name, '?'):35} {name}: {failed[name]}")


def test_a_file_that_hangs_or_crashes_its_worker_fails_alone(tmp_path):
    for name in ("a.txt", "b.txt", "hang.txt", "crash.txt", "c.txt", "d.txt"):
        (tmp_path / name).write_text(f"words of {name}")
    started = time.perf_counter()
    results = {
        r.path: r
        for r in extract_all(
            tmp_path,
            [(n, None) for n in sorted(os.listdir(tmp_path))],
            2,
            Limits(seconds=2),
            reader=slow_or_crashing_reader,
        )
    }
    elapsed = time.perf_counter() - started
    assert set(results) == {"a.txt", "b.txt", "c.txt", "d.txt", "hang.txt", "crash.txt"}
    assert "longer than 2 s" in results["hang.txt"].error
    assert "crashed" in results["crash.txt"].error and "MB" in results["crash.txt"].error
    assert all(
        results[n].error is None and results[n].pages == [f"words of {n}"] for n in ("a.txt", "b.txt", "c.txt", "d.txt")
    )
    assert elapsed < 20


def test_a_mailbox_has_the_time_limit_for_each_message(tmp_path):
    from format_builders import message, write_mbox

    write_mbox(
        tmp_path / "inbox.mbox",
        [
            message("Elsa Brandt <elsa@example.org>", f"Note {number}", f"The tide table, note {number}.")
            for number in range(600)
        ],
    )
    started = time.perf_counter()
    (read,) = extract_all(tmp_path, [("inbox.mbox", None)], 1, Limits(seconds=1))
    assert time.perf_counter() - started > 1  # longer than the limit in all, well within it for each message
    assert read.error is None and len(read.members) == 600


def _many_files(root: Path, count: int) -> None:
    root.mkdir()
    for number in range(count):
        (root / f"note-{number:05d}.txt").write_text(f"Note {number} about the tides and the quay " * 40)


def _committed_any(root: Path, base: Path) -> bool:
    """Whether an index run has committed a batch yet (read as another process would)."""
    try:
        with Collection.open(root, base) as collection:
            return len(collection) > 0
    except (ArchiveError, sqlite3.Error):  # not created yet, or busy being created
        return False


def test_kill_minus_nine_at_any_moment_leaves_a_usable_index(tmp_path):
    root, base = tmp_path / "notes", tmp_path / "indexes"
    _many_files(root, 6000)
    command = [sys.executable, "-m", "archive", "index", str(root), "--json", "--jobs", "2", "--index-dir", str(base)]
    for delay in (0.3, 2.5, None):  # None: once a batch has been committed (seconds, by the machine's speed)
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if delay is None:
            deadline = time.monotonic() + 120
            while not _committed_any(root, base) and time.monotonic() < deadline:
                time.sleep(0.2)
        else:
            time.sleep(delay)
        helpers = descendants(process.pid)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert not survivors(helpers), "workers outlived the indexer"
        if (base).exists() and any(base.iterdir()):
            with Collection.open(root, base) as collection:
                committed = len(collection)
                assert collection.search("tides").total == collection.ix.doc_count() == committed
    with Collection.open(root, base) as collection:
        committed = len(collection)
        report = collection.index(jobs=2)
        assert report.added == 6000 - committed  # committed files are not extracted again
        assert len(collection) == 6000 and collection.search("tides").total == 6000
    assert committed > 0


VIEWER_LIKE = """
import sys
from pathlib import Path
from archive import Collection
if __name__ == "__main__":
    process = Collection.index_process(Path(sys.argv[1]), Path(sys.argv[2]))
    process.run(lambda done, total: print("progress", flush=True))
"""


def test_the_viewers_indexer_ends_with_the_viewer(tmp_path):
    """The viewer indexes in a child process (viewer/tasks.py); if the viewer dies, that child and
    its workers must not go on, or wait for each other forever (seen after a crash)."""
    root = tmp_path / "notes"
    _many_files(root, 3000)
    viewer = subprocess.Popen(
        [sys.executable, "-c", VIEWER_LIKE, str(root), str(tmp_path / "indexes")], stdout=subprocess.PIPE, text=True
    )
    assert viewer.stdout.readline().strip() == "progress"
    helpers = descendants(viewer.pid)
    viewer.kill()
    viewer.wait()
    assert not survivors(helpers), "the indexer outlived the viewer"


def test_a_second_indexer_is_told_who_holds_the_collection_and_searches_still_work(tmp_path):
    root, base = tmp_path / "notes", tmp_path / "indexes"
    _many_files(root, 4000)
    command = [sys.executable, "-m", "archive", "index", str(root), "--index-dir", str(base)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not (base.exists() and list(base.glob("*/indexer.lock"))) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        second = subprocess.run(command, capture_output=True, text=True)
        assert second.returncode == 3
        assert f"already being indexed by PID {first.pid}" in second.stderr
        search = subprocess.run(
            [sys.executable, "-m", "archive", "search", "tides", "-c", str(root), "--index-dir", str(base), "--json"],
            capture_output=True,
            text=True,
        )
        assert search.returncode == 0, search.stderr
    finally:
        first.wait(timeout=120)
    assert first.returncode == 0
