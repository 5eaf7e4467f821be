"""Copies on a donated drive: identical files by checksum, and near copies — a clipping typed and
the same clipping OCR'd from a scan (3 % of its characters wrong, lines broken elsewhere) — by
their texts, while different letters of one office stay apart."""

from __future__ import annotations

import json
import random
import textwrap

from cli_runner import archive

from archive import Collection

WORDS = (
    "harbour quay herring boat storm tide lamp pier dyke market council survey net winter north south "
    "breakwater lighthouse fishermen catch weather flood repair stone timber crane warehouse ice"
).split()


def prose(seed: int, words: int = 260) -> str:
    chance = random.Random(seed)
    sentences, sentence = [], []
    for _ in range(words):
        sentence.append(chance.choice(WORDS))
        if len(sentence) > chance.randint(6, 14):
            sentences.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    return " ".join(sentences)


def ocr_noise(text: str, share: float = 0.03, seed: int = 7) -> str:
    """What OCR makes of a typed text: a share of the characters wrong, lines broken elsewhere,
    some words hyphenated across lines."""
    chance = random.Random(seed)
    swaps = {"e": "c", "l": "1", "o": "0", "m": "rn", "i": "l", "a": "o", "h": "b", "r": "n"}
    noisy = "".join(swaps.get(char, char) if char.isalpha() and chance.random() < share else char for char in text)
    return "\n".join(textwrap.wrap(noisy, width=chance.randint(48, 64), break_on_hyphens=False))


def test_identical_and_near_copies_are_grouped_and_different_letters_are_not(tmp_path, index_base):
    root = tmp_path / "drive"
    (root / "typed").mkdir(parents=True)
    (root / "scans").mkdir()
    (root / "copies").mkdir()
    clipping = prose(1)
    (root / "typed" / "storm-1953.txt").write_text(textwrap.fill(clipping, 72), encoding="utf-8")
    (root / "scans" / "storm-1953-ocr.txt").write_text(ocr_noise(clipping), encoding="utf-8")
    (root / "copies" / "storm-1953.txt").write_text(textwrap.fill(clipping, 72), encoding="utf-8")  # the same bytes
    for number in range(2, 12):  # letters of the same office, on the same matters, in the same words
        (root / "typed" / f"letter-{number}.txt").write_text(
            "Dear Sir,\n" + prose(number) + "\nYours faithfully,\nThe Harbour Master\n", encoding="utf-8"
        )
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        identical_only = collection.duplicates()
        assert [group.to_dict() for group in identical_only] == [
            {"kind": "identical", "similarity": 1.0, "paths": ["copies/storm-1953.txt", "typed/storm-1953.txt"]}
        ]
        groups = collection.duplicates(near=True)
    near = [group for group in groups if group.kind == "near"]
    assert len(near) == 1, [group.to_dict() for group in groups]
    assert near[0].paths == ["copies/storm-1953.txt", "scans/storm-1953-ocr.txt", "typed/storm-1953.txt"]
    assert 0.6 <= near[0].similarity < 1.0
    run = archive("duplicates", "-c", root, "--near", "--json")
    assert run.returncode == 0, run.stderr
    assert [group["kind"] for group in json.loads(run.stdout)["groups"]] == ["identical", "near"]
    assert "2 groups" in archive("duplicates", "-c", root, "--near").stderr
