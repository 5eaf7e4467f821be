"""What reading one file may cost, in one place: the limits an index run applies to each file on
disk and to the items inside it (the command line's defaults are these). Imported by the command
line at start-up, so it imports nothing."""

from __future__ import annotations

from dataclasses import dataclass

#: Items read from one file on disk, at every depth together (`archive index --max-items`): an
#: ordinary mailbox of 32,000 messages with an attachment each holds 64,000.
MAX_ITEMS = 100_000
#: Bytes the items of one file on disk may inflate to, at every depth together: 2 GB, or 20 times
#: the file's size when that is more (a mailbox's messages are its own bytes, their attachments
#: a little more again; a bomb inflates a thousand times).
MAX_INFLATED, INFLATION_RATIO = 2 * 1024**3, 20


@dataclass(frozen=True)
class Limits:
    """What one file may cost a worker before it is given up: wall-clock seconds (for each item
    inside it, see workers.LIMITS_A_FILE), address space (a decompression bomb or a runaway parser
    then fails alone, with a reason), and the items read from it."""

    seconds: int = 60
    memory_mb: int = 2048
    items: int = MAX_ITEMS
