"""A large mailbox or archive is read by every worker: the worker that reads the file hands its
items past the first few on in batches (members.HandOn), any worker reads a batch, and the
indexer records them in the file's order, under the same keys, with the same provenance, as one
worker reading them all would."""

from __future__ import annotations

import zipfile
from functools import partial
from pathlib import Path

from format_builders import message, write_mbox

from archive import Collection
from archive.extract import extract
from archive.extracted import Extracted
from archive.limits import Limits
from archive.members import HAND_ON_ITEMS, HANDED, READ_HERE, Budget, HandOn, handed_on, read_batch_items, read_members
from archive.workers import ReadSettings, _read_here, extract_all

MESSAGES = READ_HERE + 3 * HAND_ON_ITEMS + 5  # items read where the file is, then four batches


def build(root: Path) -> None:
    root.mkdir()
    write_mbox(
        root / "inbox.mbox",
        [
            message(
                f"Sender {number} <s{number}@example.org>",
                f"Message {number}",
                f"Body of message {number}: word{number} and the harbour.",
                attachments=((f"note{number}.txt", f"Attached to {number}: slipway.".encode(), "text/plain"),)
                if number % 50 == 0
                else (),
            )
            for number in range(1, MESSAGES + 1)
        ],
    )
    with zipfile.ZipFile(root / "laptop.zip", "w") as laptop:
        for number in range(1, 101):
            laptop.writestr(f"letters/{number:03d}.txt", f"Letter {number} about the ferry, letterword{number}.")


def catalogued(collection: Collection) -> dict[str, tuple[str | None, str | None]]:
    """Every item's (title, source) by its key."""
    records = collection.catalog.records(list(collection.catalog.paths()))
    return {path: (record.title, record.source) for path, record in records.items()}


def test_a_large_mailbox_and_zip_are_read_by_every_worker_as_one_would_read_them(tmp_path, index_base):
    root = tmp_path / "papers"
    build(root)
    with Collection.open(root, index_base / "two", create=True) as spread:
        report = spread.index(jobs=2)
        by_two = catalogued(spread)
        for number in (1, READ_HERE + 1, MESSAGES):  # read where the file was, in the first batch, in the last
            assert [hit.path for hit in spread.search(f"word{number}").hits] == [f"inbox.mbox#{number}"]
        assert spread.search("letterword77").hits[0].path == "laptop.zip#letters/077.txt"
        assert spread.search("slipway", limit=50).total == MESSAGES // 50
    assert not report.failed and report.members == MESSAGES + MESSAGES // 50 + 100
    # An attachment of a message read in a batch names the message it came in.
    assert by_two["inbox.mbox#150#note150.txt"] == ("Attached to 150: slipway", "Message 150")
    with Collection.open(root, index_base / "one", create=True) as alone:
        alone.index(jobs=1)  # one worker: nothing handed on
        assert catalogued(alone) == by_two


def test_the_batches_come_after_their_file_in_its_order(tmp_path):
    """The worker reading the mailbox reads its first READ_HERE messages and hands the rest on in
    batches; each batch's reading follows the mailbox, in the mailbox's order."""
    root = tmp_path / "papers"
    build(root)
    spool = tmp_path / "spool"
    spool.mkdir()
    settings = ReadSettings(spool=str(spool), spread=True)
    results = list(extract_all(root, [("inbox.mbox", None)], 2, Limits(), settings=settings))
    mailbox, *batches = results
    assert mailbox.path == "inbox.mbox" and len(mailbox.handed_on) == len(batches) == 4
    assert all(batch.continues == "inbox.mbox" and not batch.error for batch in batches)
    messages = [item.path for item in mailbox.items_inside() if item.path.count("#") == 1]
    messages += [item.path for batch in batches for item in batch.items_inside() if item.path.count("#") == 1]
    assert messages == [f"inbox.mbox#{number}" for number in range(1, MESSAGES + 1)]
    assert not list(spool.iterdir())  # every batch and spool file read and removed


def test_the_cap_of_items_of_one_file_holds_for_items_handed_on(tmp_path, index_base):
    root = tmp_path / "papers"
    build(root)
    (root / "laptop.zip").unlink()
    with Collection.open(root, index_base, create=True) as collection:
        report = collection.index(jobs=2, limits=Limits(items=READ_HERE + HAND_ON_ITEMS + 10))
        assert len(list(collection.catalog.members("inbox.mbox"))) == READ_HERE + HAND_ON_ITEMS + 10
        assert any("cap of items" in failure.error for failure in report.partly_read)


def test_a_run_stopped_before_a_files_last_batch_reads_the_file_again_next_time(tmp_path, index_base):
    root = tmp_path / "papers"
    build(root)
    (root / "laptop.zip").unlink()
    seen = []

    def stop_at_the_second_batch() -> bool:
        seen.append(1)
        return len(seen) >= 2  # the mailbox, then its first batch: stop before the others

    with Collection.open(root, index_base, create=True) as collection:
        first = collection.index(jobs=2, cancelled=stop_at_the_second_batch)
        assert first.cancelled
        assert "inbox.mbox" not in collection.catalog  # catalogued only after its last batch
        again = collection.index(jobs=2)
        assert again.added == 1 and again.members == MESSAGES + MESSAGES // 50
        assert collection.search(f"word{MESSAGES}").total == 1


def test_while_too_many_batches_wait_the_reader_reads_the_next_itself_in_its_turn(tmp_path):
    """A big zip or mailbox is not copied whole into the spool: past MAX_WAITING_BYTES of batches
    waiting, the worker reading the file reads each next batch itself, and the order stays."""
    root = tmp_path / "papers"
    build(root)
    spool = tmp_path / "spool"
    spool.mkdir()
    settings = ReadSettings(spool=str(spool), spread=True)
    mailbox = root / "inbox.mbox"
    extraction = extract(mailbox)
    mtime, budget = mailbox.stat().st_mtime_ns, Budget()
    hand_on = HandOn(str(spool), mtime, settings.options, partial(_read_here, settings), most_waiting=1)
    reading = read_members("inbox.mbox", extraction, mtime, settings.options, budget, hand_on=hand_on)
    here = [item.path for item in reading]
    hand_on.close(budget)
    first, *rest = hand_on.files
    assert first.endswith(HANDED) and rest and not any(name.endswith(HANDED) for name in rest)
    later = [item.path for item in read_batch_items(handed_on(first))]
    later += [item.path for readings in rest for item in Extracted(readings, spooled=readings).items_inside()]
    messages = [path for path in here + later if path.count("#") == 1]
    assert messages == [f"inbox.mbox#{number}" for number in range(1, MESSAGES + 1)]
    assert not list(spool.iterdir())
