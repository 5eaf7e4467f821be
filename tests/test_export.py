"""Exports stream: many records go out in chunks, keys stay unique across chunks."""

import io
import json

import rispy

from archive import export
from archive.export import citations
from archive.collection_record import CollectionRecord
from archive.model import Record


def many(count):
    for number in range(count):
        yield Record(
            path=f"items/{number}.txt",
            title=f"Harbour note {number % 7}",
            creators=["Anna Smith"],
            date="1990",
            format="text/plain",
        )


def test_csl_json_and_ris_stream_with_unique_keys(monkeypatch):
    monkeypatch.setattr(citations, "CHUNK", 40)
    out = io.StringIO()
    assert export.write_records(many(1000), "csl-json", out, CollectionRecord("notes")) == 1000
    ids = [item["id"] for item in json.loads(out.getvalue())]
    assert len(set(ids)) == 1000
    ris = io.StringIO()
    assert export.write_records(many(100), "ris", ris, CollectionRecord("notes")) == 100
    assert len({entry["id"] for entry in rispy.loads(ris.getvalue())}) == 100


def test_bibtex_is_written_chunk_by_chunk(monkeypatch):
    monkeypatch.setattr(citations, "CHUNK", 30)
    written = []

    class Recorder(io.StringIO):
        def write(self, text):
            written.append(text)
            return super().write(text)

    export.write_records(many(75), "bibtex", Recorder(), CollectionRecord("notes"))
    assert len(written) == 3  # 30 + 30 + 15
    assert sum(chunk.count("@") for chunk in written) == 75
