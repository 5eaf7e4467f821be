"""The PDF preview's fit modes reach a fixed point at every size: a refit must never undo itself
(it once froze the window at 1280×800 on the sample's one-page letter, refitting forever)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from resources import SAMPLE_COLLECTION
from resources.sample_builders import write_pdf
from viewer.preview.pdf import PdfPreview

pytestmark = pytest.mark.gui
#: A resize may refit once (and once more when the page in view changes with it), never more.
MOST_REFITS = 2
BUSY_MS = 100


@pytest.fixture(params=["one page", "long"])
def pdf(request, tmp_path: Path) -> Path:
    if request.param == "one page":
        return SAMPLE_COLLECTION / "letters" / "letter-to-the-harbour-master-1952.pdf"
    return write_pdf(tmp_path / "long.pdf", [f"Page {number} of the harbour log." for number in range(1, 41)])


@pytest.mark.parametrize("fit", ["width", "page"])
def test_every_size_settles_in_a_bounded_number_of_refits(qtbot, pdf: Path, fit: str) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.show_file(pdf, 1, [], [], lambda text: [])
    qtbot.waitUntil(lambda: preview._document is not None, timeout=10000)
    preview.set_fit(fit)
    refits = []
    real_set_zoom = preview._set_zoom
    preview._set_zoom = lambda zoom: (refits.append(zoom), real_set_zoom(zoom))
    # Nothing is painted: the refits come from resize events and scroll bars, not from drawing,
    # and 43,000 paints would take minutes.
    preview.setUpdatesEnabled(False)
    for width in range(600, 1921, 7):
        for height in range(400, 1201, 7):
            refits.clear()
            preview.resize(width, height)
            started = time.perf_counter()
            QApplication.processEvents()
            busy = (time.perf_counter() - started) * 1000
            assert len(refits) <= MOST_REFITS, f"{len(refits)} refits at {width}×{height} ({fit})"
            assert busy < BUSY_MS, f"the event loop was busy {busy:.0f} ms at {width}×{height} ({fit})"
    preview.setUpdatesEnabled(True)
    preview.wait()
