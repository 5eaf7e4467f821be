"""File ▸ Accession Report: the collection's accession report (archive.accession_report), made
off the GUI thread into the index folder (never the collection) and opened in the desktop's browser."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

from archive import accession_report, write_report

from .i18n import translate
from .opening import open_in_desktop

if TYPE_CHECKING:
    from .window_services import Services


def show_accession_report(window: Services) -> None:
    collection = window.collection
    if collection is None:
        return
    root, base, folder = collection.root, window.index_base, collection.index_dir / "accession-report"
    window.show_status(translate("Report", "Making the accession report…"))

    def work():
        shutil.rmtree(folder, ignore_errors=True)
        write_report(accession_report(window.jobs.collection(root, base)), folder)
        return folder / "report.html"

    def made(page) -> None:
        problem = open_in_desktop(page, translate("Report", "the accession report"))
        if problem:
            window.message_bar.show_error(problem)
        else:
            window.show_status(
                translate("Report", "The accession report is open in your browser: {path}").format(path=page)
            )

    window.jobs.run(work, made, window.message_bar.show_error)
