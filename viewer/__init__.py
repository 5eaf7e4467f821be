"""viewer: the PySide6 desktop front end, thin over archive.Collection."""
