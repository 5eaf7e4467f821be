"""Data shipped with the program: the sample collection, the desktop entry, icons."""

from pathlib import Path

#: The bundled sample collection, opened by the viewer when no collection is given.
SAMPLE_COLLECTION = Path(__file__).resolve().parent / "sample"
