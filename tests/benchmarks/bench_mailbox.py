"""How fast a mailbox is read, per message, beside the public corpus per file.

    python tests/benchmarks/bench_mailbox.py [--messages 2000] [--short] [--keep DIR]

Builds an mbox of N messages — plain text, HTML, quoted-printable and base64 bodies in UTF-8,
koi8-r and iso-8859-9, one in twenty with a PDF and a DOCX attached — indexes it into a fresh
index (two workers), then again unchanged, and prints the times per message and per item (the
attachments are items too) and the peak memory of the indexing process. When Recoll is installed
(see bench_index.py) it indexes the same mailbox the same two ways, and both say how many items
they find for a word of the bodies and one of the attachments. With --short, every message is
plain UTF-8 text of one line, without attachments: the cost of a message itself.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_index import Recoll

BODIES = [
    ("utf-8", "The harbour master writes about the east pier lamp, the breakwater and the ferry timetable."),
    ("koi8-r", "Рыбаки вернулись в порт; сторож маяка ушёл на пенсию в марте."),
    ("iso-8859-9", "Liman şenliği çok güzeldi; balıkçılar akşam limana döndü."),
]


#: A word of a third of the bodies, one of each attachment, and one of every short message.
WORDS = ("вернулись", "slipway", "breakwater")


def build(root: Path, count: int, short: bool = False) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
    from format_builders import message, write_mbox
    from resources.sample_builders import write_docx, write_pdf

    chance = random.Random(7)
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="bench-mailbox-"))
    pdf = write_pdf(scratch / "survey.pdf", ["Survey of the quays and the slipway."], title="Survey").read_bytes()
    docx = write_docx(scratch / "minutes.docx", ["Minutes of the harbour committee."], title="Minutes").read_bytes()
    messages = []
    for number in range(count):
        charset, body = BODIES[number % len(BODIES)]
        if short:
            messages.append(message(f"s{number}@example.org", f"Note {number}", f"{BODIES[0][1]} {number}."))
            continue
        attachments = (
            (
                ("survey.pdf", pdf, "application/pdf"),
                ("minutes.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            )
            if number % 20 == 0
            else ()
        )
        messages.append(
            message(
                f"Sender {chance.randrange(300)} <s{number}@example.org>",
                f"Message {number}: harbour news",
                f"{body}\n\nNumber {number}.",
                charset=charset,
                html=number % 7 == 0,
                date=f"Mon, {1 + number % 28:02d} Feb 1953 08:00:00 +0000",
                attachments=attachments,
            )
        )
    return write_mbox(root / "inbox.mbox", messages)


def index(root: Path, base: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "archive", "index", str(root), "--index-dir", str(base), "--json", "--jobs", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, json.loads(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--short", action="store_true", help="one-line plain messages, no attachments")
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-mailbox-"))
    root = work / "mail"
    if not (root / "inbox.mbox").exists():
        build(root, args.messages, args.short)
    base = Path(tempfile.mkdtemp(prefix="bench-mailbox-index-"))
    first, report = index(root, base)
    again, _ = index(root, base)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = (root / "inbox.mbox").stat().st_size / 2**20
    print(
        f"{args.messages:,} messages ({size:.1f} MB), {report['members']:,} items inside: first index {first:.1f} s "
        f"({first / args.messages * 1000:.2f} ms a message, {first / report['members'] * 1000:.2f} ms an item), "
        f"unchanged {again:.2f} s; peak RSS of a process {peak:.0f} MB"
    )
    found = {
        word: json.loads(
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "archive",
                    "search",
                    word,
                    "-c",
                    str(root),
                    "--index-dir",
                    str(base),
                    "--json",
                    "--limit",
                    "1",
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )["total"]
        for word in WORDS
    }
    print(f"  found: {found}")
    if Recoll.available():
        recoll = Recoll(root, work)
        theirs = recoll.index()
        counts = {}
        for word in WORDS:
            listed = subprocess.run(
                ["recollq", "-c", str(recoll.config), "-n", "1", word], capture_output=True, text=True, env=recoll.env
            ).stdout
            counts[word] = (
                int(re.search(r"(\d+) results", listed).group(1)) if re.search(r"(\d+) results", listed) else 0
            )
        print(
            f"Recoll: first index {theirs['index_s']:.1f} s ({theirs['index_s'] / args.messages * 1000:.2f} ms a message), "  # noqa: E501
            f"unchanged {theirs['reindex_nochange_s']:.2f} s, peak RSS {theirs['peak_rss_mb']} MB; found: {counts}"
        )


if __name__ == "__main__":
    main()
