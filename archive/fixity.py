"""Fixity: every catalogued file hashed again and compared with the checksum taken when it was
indexed (changed, missing, new files), the date of the last check kept for the intact ones."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .catalog import Catalog
from .model import FixityReport
from .scan import FileStat, sha256_of, walk


def verify(root: Path, catalog: Catalog, jobs: int | None = None) -> FixityReport:
    """Re-hash every catalogued file; report changed, missing and new files."""
    report = FixityReport(collection=str(root))
    known = {path: found for path, found in catalog.fingerprints().items() if found.container is None}
    on_disk = {item.path: item.os_path or item.path for item in walk(root) if isinstance(item, FileStat)}
    report.new = sorted(on_disk.keys() - known.keys())
    report.missing = sorted(known.keys() - on_disk.keys())
    to_check = sorted(on_disk.keys() & known.keys())

    def digest(path: str) -> tuple[str, str | None]:
        try:
            return path, sha256_of(root / on_disk[path])
        except OSError:
            return path, None

    intact = []
    with ThreadPoolExecutor(jobs or os.cpu_count() or 1) as pool:
        for path, sha256 in pool.map(digest, to_check):
            if sha256 is None:
                report.missing.append(path)
            elif sha256 != known[path].sha256:
                report.changed.append(path)
            else:
                intact.append(path)
    report.checked = len(to_check)
    try:
        catalog.mark_verified(intact)
    except (OSError, sqlite3.OperationalError):  # a full or read-only disk: the check stands, its date is not kept
        pass
    return report
