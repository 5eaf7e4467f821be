"""Mail handed on as mail: the chosen messages as one mbox file, or as `.eml` files in a folder
keeping where each was (a mailbox's messages in a folder named after it), each message the bytes it
was in the collection — headers, encodings and attachments untouched — as ePADD and every mail
client read them back."""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import IO, Iterable

from ..errors import UsageError
from ..member_paths import SEPARATOR, member_file_name, unused_name
from ..model import Record

#: What mbox reads as the start of a message, and so is quoted inside one as mbox always has
#: (mboxo, Python's mailbox: '>From '; a line already quoted stays as it is, so a message out of
#: a mailbox is written back the bytes it was).
_FROM_LINE = re.compile(rb"^From ", re.MULTILINE)
#: The formats of messages that are the bytes of an RFC 5322 message (an Outlook .msg is not).
RFC822 = "message/rfc822"


@dataclass
class MailReport:
    messages: int = 0
    #: (path, why) of each chosen item that is not a message handed on as mail.
    not_mail: list[tuple[str, str]] = field(default_factory=list)


def message_bytes(path: Path) -> bytes:
    """The message in the file ``path``: an `.eml` as it is, Apple Mail's `.emlx` without the
    length line before the message and the property list after it."""
    data = path.read_bytes()
    if path.suffix.lower() != ".emlx":
        return data
    first, _, rest = data.partition(b"\n")
    return rest[: int(first.strip())] if first.strip().isdigit() else rest


def write_mbox(messages: Iterable[tuple[Record, bytes]], out: IO[bytes]) -> int:
    """The messages as one mbox, each after a `From ` line of its sender and date."""
    count = 0
    for _record, data in messages:
        out.write(_from_line(data) + _FROM_LINE.sub(b">From ", data).rstrip(b"\n") + b"\n\n")
        count += 1
    return count


def _from_line(data: bytes) -> bytes:
    headers = BytesHeaderParser().parsebytes(data[:65536])
    sender = parseaddr(str(headers.get("From", "")))[1] or "MAILER-DAEMON"
    try:
        sent = time.asctime(parsedate_to_datetime(str(headers.get("Date", ""))).utctimetuple())
    except (TypeError, ValueError, IndexError):
        sent = time.asctime(time.gmtime(0))
    return f"From {sender.replace(' ', '_')} {sent}\n".encode("ascii", "replace")


def eml_name(path: str) -> str:
    """Where a message goes in an `.eml` folder: a file as it is; a message inside a mailbox in a
    folder named after it ('mail/inbox.mbox#3' → 'mail/inbox.mbox/3.eml')."""
    name = member_file_name(path, ".eml").replace(SEPARATOR, "/") if SEPARATOR in path else path
    return name if name.lower().endswith(".eml") else name + ".eml"


def write_eml_folder(messages: Iterable[tuple[Record, bytes]], folder: Path) -> int:
    """Each message as an `.eml` file under ``folder``, which must be new or empty; on a failure
    it is left as it was."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{folder} is not an empty folder: name a new folder for the messages")
    existed, count = folder.exists(), 0
    taken: set[str] = set()
    try:
        for record, data in messages:
            target = folder / unused_name(eml_name(record.path), taken)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            count += 1
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        if existed:
            folder.mkdir()
        raise
    return count
