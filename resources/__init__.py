"""Data shipped with the program: the sample collection, the desktop entry, icons."""

from pathlib import Path

#: The bundled sample collection, opened by the viewer when no collection is given.
SAMPLE_COLLECTION = Path(__file__).resolve().parent / "sample"

#: The desktop entry, AppStream metainfo and icon, named by the application's id.
DESKTOP_FILES = Path(__file__).resolve().parent / "desktop"
APP_ID = "org.archiveviewer.ArchiveViewer"
ICON = DESKTOP_FILES / f"{APP_ID}.svg"

#: The CSL styles, compressed, and their index (see csl/build_styles.py).
CSL_FILES = Path(__file__).resolve().parent / "csl"

#: The viewer's translations: .ts sources and the .qm files built from them (tools/translations.py).
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
