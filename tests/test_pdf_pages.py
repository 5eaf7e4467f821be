"""PDF pages as a viewer needs them: sizes, pictures and where words stand, from real PDFs."""

from __future__ import annotations

import pytest
from pypdf import PdfReader, PdfWriter

from archive.pdf_pages import PdfPages, PdfUnreadable
from resources.sample_builders import write_pdf


def test_pages_are_rendered_at_the_scale_asked(tmp_path):
    path = write_pdf(tmp_path / "two.pdf", ["First page.", "Second page."])
    with PdfPages(path) as pages:
        width, height = pages.sizes[1]
        picture = pages.render(1, 0.5)
    assert len(pages.sizes) == 2 and picture.mode == "RGB"
    assert abs(picture.width - width / 2) <= 1 and abs(picture.height - height / 2) <= 1


def test_words_and_phrases_are_found_where_they_stand_in_reading_order(tmp_path):
    path = write_pdf(
        tmp_path / "tides.pdf", ["The spring tide reached the north quay. Another spring tide came.\nQuays and a quay."]
    )
    with PdfPages(path) as pages:
        found = pages.find(0, ["quay", "spring tide"])
        picture = pages.render(0, 1.0)
    assert [word for word, _ in found] == ["spring tide", "quay", "spring tide", "quay"]  # 'Quays' is another word
    first, second = found[0][1][0], found[2][1][0]
    assert first.left < second.left and first.top == pytest.approx(second.top, abs=1)
    assert first.right - first.left > 40  # the whole phrase
    ink = picture.crop((int(first.left), int(first.top), int(first.right), int(first.bottom))).convert("L")
    assert min(ink.getextrema()) < 100  # the box holds the printed words


def test_boxes_follow_a_turned_page(tmp_path):
    plain = write_pdf(tmp_path / "plain.pdf", ["Dredging is overdue."])
    for degrees in (90, 180, 270):
        writer = PdfWriter()
        page = PdfReader(plain).pages[0]
        page.rotate(degrees)
        writer.add_page(page)
        turned = tmp_path / f"turned-{degrees}.pdf"
        writer.write(turned)
        with PdfPages(turned) as pages:
            ((word, (box,)),) = pages.find(0, ["Dredging"])
            picture = pages.render(0, 1.0)
        ink = picture.crop((int(box.left), int(box.top), int(box.right) + 1, int(box.bottom) + 1)).convert("L")
        assert min(ink.getextrema()) < 100, degrees
        assert (box.bottom - box.top > box.right - box.left) == (degrees in (90, 270)), degrees


def test_a_locked_or_damaged_pdf_says_why(tmp_path):
    locked = write_pdf(tmp_path / "locked.pdf", ["secret"], user_password="pw")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(PdfUnreadable, match="password"):
        PdfPages(locked)
    with pytest.raises(PdfUnreadable, match="damaged"):
        PdfPages(damaged)
    with pytest.raises(PdfUnreadable, match="could not be read"):
        PdfPages(tmp_path / "gone.pdf")
