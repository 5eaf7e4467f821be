"""Sensitive data found by checksum, each kind beside its twin that fails the check (never a
finding); masked wherever it is shown; a finding a person dismisses stays dismissed when the file
is read again; the collection's lexicon."""

from __future__ import annotations


import pytest

from archive import Collection
from cli_runner import archive

#: (file, what it holds that is sensitive, its twin that fails the check, the kind).
CASES = (
    ("card.txt", "Visa 4111 1111 1111 1111 expires 09/27", "Visa 4111 1111 1111 1112 expires 09/27", "card"),
    (
        "iban.txt",
        "Pay to DE89 3704 0044 0532 0130 00 by Friday",
        "Pay to DE89 3704 0044 0532 0130 01 by Friday",
        "iban",
    ),
    ("ssn.txt", "Social Security number 536-22-1234 on file", "Social Security number 666-22-1234 on file", "ssn"),
    ("inn.txt", "Поставщик: ООО «Рыбак», ИНН 7707083893", "Поставщик: ООО «Рыбак», ИНН 7707083894", "national-id"),
    ("kimlik.txt", "Başvuran T.C. Kimlik No: 17291716060", "Başvuran T.C. Kimlik No: 17291716061", "national-id"),
)


@pytest.fixture(scope="module")
def drive(tmp_path_factory):
    root = tmp_path_factory.mktemp("sensitive") / "drive"
    root.mkdir()
    for name, holding, twin, _ in CASES:
        (root / name).write_text(f"A note of the harbour office. {holding}.", encoding="utf-8")
        (root / f"twin-{name}").write_text(f"A note of the harbour office. {twin}.", encoding="utf-8")
    (root / "clinic.txt").write_text("Карта пациента. Диагноз: бронхит. Врач: Петрова.", encoding="utf-8")
    index = tmp_path_factory.mktemp("index")
    lexicon = root.parent / "lexicon.txt"
    lexicon.write_text("# the clinic's words\nдиагноз\nconfidential\n", encoding="utf-8")
    assert archive("index", root, "--index-dir", index).returncode == 0
    assert archive("sensitive", "-c", root, "--lexicon", lexicon, "--index-dir", index).returncode == 0
    assert archive("index", root, "--reextract", "--index-dir", index).returncode == 0
    with Collection.open(root, index) as collection:
        yield root, index, collection


def test_every_valid_number_is_found_and_no_twin_that_fails_its_check(drive):
    _, _, collection = drive
    for name, _, _, kind in CASES:
        assert list(collection.record(name).sensitive) == [kind], name
        assert collection.record(f"twin-{name}").sensitive == {}, f"twin-{name}"
    assert collection.record("card.txt").sensitive["card"] == {"count": 1, "samples": ["•••• 1111"]}


def test_findings_are_searched_by_kind_and_listed_masked(drive):
    root, index, collection = drive
    assert [hit.path for hit in collection.search("sensitive:card").hits] == ["card.txt"]
    anything = {hit.path for hit in collection.search("sensitive:any").hits}
    assert anything == {name for name, *_ in CASES} | {"clinic.txt"}
    assert collection.search("*").facets["sensitive"]["national-id"] == 2
    listed = archive("sensitive", "-c", root, "--index-dir", index)
    shown = archive("show", root / "card.txt", "--json", "--index-dir", index)
    for output in (listed.stdout, shown.stdout):  # masked wherever it is shown: never the whole number
        assert "•••• 1111" in output
        assert "4111 1111 1111 1111" not in output and "4111111111111111" not in output
    assert "card.txt: card 1 (•••• 1111)" in listed.stdout


def test_the_lexicon_finds_the_collections_own_words(drive):
    _, _, collection = drive
    assert collection.record("clinic.txt").sensitive["lexicon"] == {"count": 1, "samples": ["диагноз"]}


def test_a_dismissed_finding_stays_dismissed_when_read_again(drive):
    root, index, _ = drive
    assert (
        archive("sensitive", "-c", root, "--dismiss", "iban", root / "iban.txt", "--index-dir", index).returncode == 0
    )
    assert archive("index", root, "--reextract", "--index-dir", index).returncode == 0
    with Collection.open(root, index) as collection:
        assert collection.record("iban.txt").sensitive == {}
        assert collection.search("sensitive:iban").total == 0
        assert collection.record("iban.txt").sensitive_dismissed == ["iban"]
        assert collection.history("iban.txt")[-1].field == "sensitive_dismissed"


def test_nothing_sensitive_leaves_until_a_person_has_decided(drive, tmp_path):
    root, index, _ = drive

    def exported() -> tuple[str, str]:
        target = tmp_path / "out.csv"
        run = archive("export", "*", "-c", root, "--format", "csv", "-o", target, "--index-dir", index)
        assert run.returncode == 0, run.stderr
        return target.read_text(encoding="utf-8"), run.stderr

    written, said = exported()
    assert "twin-card.txt" in written and "\ncard.txt," not in written  # the twin holds nothing: it goes
    assert "left out: card.txt: it holds sensitive data no person has reviewed (card;" in said
    assert "left out: clinic.txt" in said  # the lexicon's words hold it back too
    assert archive("edit", "-c", root, root / "card.txt", "--set", "access=open", "--index-dir", index).returncode == 0
    assert (
        archive("sensitive", "-c", root, "--dismiss", "lexicon", root / "clinic.txt", "--index-dir", index).returncode
        == 0
    )
    written, said = exported()
    assert "\ncard.txt," in written and "clinic.txt" in written  # decided: open, and dismissed
    assert "card.txt" not in said and "clinic.txt" not in said
