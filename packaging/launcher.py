"""The bundle's one program, two names: started as `archive` it is the command line, as
`archive-viewer` the desktop window (the bundle holds the executable under both names)."""

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    multiprocessing.freeze_support()  # the indexer's fork server and workers start this same executable
    if Path(sys.argv[0]).name.startswith("archive-viewer"):
        from viewer.app import main as run
    else:
        from archive.command import main as run
    return run()


if __name__ == "__main__":
    sys.exit(main())
