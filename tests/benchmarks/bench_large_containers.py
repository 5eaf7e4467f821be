"""A large mailbox read whole, and a nested bomb within the limits read as far as they go, with
flat memory.

    python tests/benchmarks/bench_large_containers.py [--messages 32000] [--only mailbox|bomb] [--keep DIR]

mailbox: an mbox of N ordinary messages of about 80 KB each (a short text body and an attachment
of 58 KB, 78 KB in base64, as most of a real mailbox's bytes are), indexed by `archive index` into a fresh index;
prints the time, the items found, a message near the end found by its word, and the peak memory
over the indexer and every process it started (PSS, sampled every 0.2 s).
bomb: a zip of 10 zips of 10 zips of 10 zips of 10 leaves of 1 MiB (8 KB on disk, 10 GB
inflated); the items of one file may inflate to 2 GB in all, so it ends there, saying so.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from processes import descendants, pss_kb  # noqa: E402

WORDS = (
    "harbour quay ferry lamp breakwater slipway timetable pilot tide gauge beacon mooring dredging warehouse "
    "customs berth lighthouse anchorage"
).split()


def build_mailbox(path: Path, count: int) -> None:
    chance = random.Random(3)
    attachment = bytes(chance.getrandbits(8) for _ in range(58 * 1024))  # 78 KB in base64
    encoded = "\n".join(
        __import__("base64").b64encode(attachment).decode()[i : i + 76] for i in range(0, len(attachment) * 4 // 3, 76)
    )
    with open(path, "w", encoding="utf-8") as box:
        for number in range(count):
            body = " ".join(chance.choice(WORDS) for _ in range(300)) + f" marker{number}"
            box.write(
                f"From s{number}@example.org Mon Feb  2 08:00:00 1953\n"
                f"From: Sender {number % 300} <s{number}@example.org>\nTo: hm@example.org\n"
                f"Subject: Harbour news {number}\nDate: Mon, 02 Feb 1953 08:00:00 +0000\n"
                f"Message-ID: <{number}@example.org>\nMIME-Version: 1.0\n"
                'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
                f"{body}\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"
                f'Content-Disposition: attachment; filename="scan{number}.dat"\n\n{encoded}\n--b--\n\n'
            )


def build_bomb(path: Path) -> None:
    leaf = b"0" * (1024 * 1024)

    def level(depth: int, inner: bytes) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for number in range(10):
                if depth == 1:
                    archive.writestr(f"leaf{number}.txt", leaf)
                else:
                    archive.writestr(f"level{depth}-{number}.zip", inner)
        return buffer.getvalue()

    inner = b""
    for depth in range(1, 5):
        inner = level(depth, inner)
    path.write_bytes(inner)


def index(root: Path, index_dir: Path) -> dict:
    """Run `archive index`; its report, wall time and peak PSS over its process tree."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "archive", "index", str(root), "--index-dir", str(index_dir), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    peak = [0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], pss_kb(process.pid) + sum(pss_kb(pid) for pid in descendants(process.pid)))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    sampler.join()
    report = json.loads(out) if out.strip() else {}
    return {
        "seconds": round(time.monotonic() - started, 1),
        "peak_pss_mb": round(peak[0] / 1024),
        "exit": process.returncode,
        "members": report.get("members"),
        "failed": len(report.get("failed", [])),
        "partly_read": [entry["error"] for entry in report.get("partly_read", [])][:3],
        "stderr_lines": len(err.splitlines()),
    }


def found(root: Path, index_dir: Path, word: str) -> int:
    run = subprocess.run(
        [sys.executable, "-m", "archive", "search", word, "-c", str(root), "--index-dir", str(index_dir), "--json"],
        capture_output=True,
        text=True,
    )
    return json.loads(run.stdout)["total"] if run.returncode == 0 else -1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=32_000)
    parser.add_argument("--only", choices=("mailbox", "bomb"))
    parser.add_argument("--keep", type=Path, help="build into (and reuse) this folder")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-containers-"))
    try:
        if args.only in (None, "mailbox"):
            root = work / "mailbox"
            root.mkdir(parents=True, exist_ok=True)
            box = root / "inbox.mbox"
            if not box.exists():
                build_mailbox(box, args.messages)
            shutil.rmtree(work / "index-mailbox", ignore_errors=True)
            result = index(root, work / "index-mailbox")
            result["mbox_mb"] = round(box.stat().st_size / 2**20)
            result["last_message_found"] = found(root, work / "index-mailbox", f"marker{args.messages - 1}")
            print("mailbox", json.dumps(result))
        if args.only in (None, "bomb"):
            root = work / "bomb"
            root.mkdir(parents=True, exist_ok=True)
            build_bomb(root / "bomb.zip")
            shutil.rmtree(work / "index-bomb", ignore_errors=True)
            print("bomb", json.dumps(index(root, work / "index-bomb")))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
