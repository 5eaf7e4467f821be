#!/usr/bin/env bash
# Build the Linux bundle: a self-contained folder OUT_DIR/archive-viewer/ with the programs
# `archive-viewer` and `archive`, pandoc, the CSL styles, the sample collection and the desktop
# files, and a tarball of it beside it. Needs the project installed in the current Python
# (pip install -e .) and PyInstaller (installed here if missing).
#
#   OUT_DIR=dist packaging/build.sh
#
# Windows and macOS: the same spec builds there with the same command under Git Bash / a
# terminal (PyInstaller makes archive-viewer.exe / an .app folder); what differs is named in
# the README ("A bundle"). They cannot be built or tested on this project's Linux machines.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT_DIR="${OUT_DIR:-dist}"
WORK_DIR="${WORK_DIR:-build/pyinstaller}"
python -m PyInstaller --version >/dev/null 2>&1 || pip install -q "pyinstaller>=6.10"
started=$(date +%s)
python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT_DIR" --workpath "$WORK_DIR" packaging/archive-viewer.spec
bundle="$OUT_DIR/archive-viewer"
ln -sf archive-viewer "$bundle/archive"  # the command line: the same program, by its name
tar -C "$OUT_DIR" -czf "$OUT_DIR/archive-viewer-linux-$(uname -m).tar.gz" archive-viewer
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1)), tarball $(du -sh "$OUT_DIR"/archive-viewer-linux-*.tar.gz | cut -f1);" \
  "built in $(( $(date +%s) - started )) s"
