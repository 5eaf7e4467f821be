#!/usr/bin/env bash
# Run the bundle itself (not the source tree): its version, indexing the bundled sample into a
# temporary index, a search, a citation, and the window started offscreen until it lists the
# sample. Exits non-zero at the first thing that fails.
#
#   packaging/smoke_test.sh [BUNDLE_DIR]      (default: dist/archive-viewer)
set -euo pipefail
bundle="$(cd "${1:-dist/archive-viewer}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"  # nothing from the source tree can be picked up
export ARCHIVE_INDEX_DIR="$work/indexes" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
step() { echo "smoke: $*"; }

step "version: $("$bundle/archive" --version)"
"$bundle/archive" --version | grep -Eq '^archive [0-9]+\.[0-9]+' || { echo "smoke: no version" >&2; exit 1; }
cp -r "$bundle/_internal/resources/sample" "$work/sample"
# Files inside files, and a binary only puremagic's table knows (an ELF program): the bundle must
# carry what identifies and reads them.
python3 - "$work/sample" <<'PYTHON'
import sys, zipfile
from email.message import EmailMessage
from pathlib import Path
root = Path(sys.argv[1])
with zipfile.ZipFile(root / "laptop.zip", "w") as laptop:
    laptop.writestr("letters/1995.txt", "A letter about the ferry timetable.")
mail = EmailMessage()
mail["From"], mail["Subject"] = "Elsa Brandt <elsa@example.org>", "The slipway"
mail.set_content("The slipway needs new timber.")
(root / "slipway.eml").write_bytes(mail.as_bytes())
(root / "tool").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(120))
PYTHON
step "$("$bundle/archive" index "$work/sample" 2>&1 | tail -1)"
step "merge: $("$bundle/archive" merge "$work/sample")"
total=$("$bundle/archive" search harbour -c "$work/sample" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["total"])')
step "search harbour: $total results"
[ "$total" -ge 5 ] || { echo "smoke: the search found $total items, expected 5 or more" >&2; exit 1; }
for word in ferry timber; do
  found=$("$bundle/archive" search "$word" -c "$work/sample" --json | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["hits"]))')
  step "search $word (inside a zip, in a message): $found"
  [ "$found" -ge 1 ] || { echo "smoke: nothing found for $word" >&2; exit 1; }
done
# Appraisal: Siegfried's PRONOM identification and the checksums of sensitive data run in the bundle.
puid=$("$bundle/archive" show "$work/sample/reports/harbour-survey-1998.pdf" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["puid"])')
step "PRONOM: $puid"
case "$puid" in fmt/*) ;; *) echo "smoke: no PRONOM identifier" >&2; exit 1 ;; esac
printf 'Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00.\n' > "$work/sample/card.txt"
"$bundle/archive" index "$work/sample" >/dev/null 2>&1
kinds=$("$bundle/archive" sensitive -c "$work/sample" --json | python3 -c 'import json, sys; print(sorted(next(item["sensitive"] for item in json.load(sys.stdin)["items"] if item["path"] == "card.txt")))')
step "sensitive: $kinds"
[ "$kinds" = "['card', 'iban']" ] || { echo "smoke: sensitive data not found" >&2; exit 1; }
citation=$("$bundle/archive" cite "$work/sample/reports/harbour-survey-1998.pdf" --style apa)
step "citation: $citation"
case "$citation" in *"Kowalczyk"*"1998"*) ;; *) echo "smoke: unexpected citation" >&2; exit 1 ;; esac
# Handing on: the formats institutions ingest, with what the bundle must carry for them (pymarc,
# language names, iiif-prezi3), and a bag.
"$bundle/archive" export '*' -c "$work/sample" --format ead -o "$work/ead.xml" 2>/dev/null
grep -q 'langcode="rus">Russian<' "$work/ead.xml" || { echo "smoke: the finding aid has no language names" >&2; exit 1; }
"$bundle/archive" export '*' -c "$work/sample" --format marc -o "$work/records.mrc" 2>/dev/null
"$bundle/archive" export 'format:pdf' -c "$work/sample" --format iiif -o "$work/iiif" 2>/dev/null
"$bundle/archive" bag 'path:photographs' -c "$work/sample" -o "$work/bag" 2>/dev/null
[ -s "$work/records.mrc" ] && [ -f "$work/iiif/collection.json" ] && [ -f "$work/bag/manifest-sha512.txt" ] \
  || { echo "smoke: an export for institutions is missing" >&2; exit 1; }
step "exported EAD, MARC, IIIF and a bag"
started=$(date +%s%N)
QT_QPA_PLATFORM=offscreen "$bundle/archive-viewer" "$work/sample" --check 2>/dev/null
step "the window opened, listed the sample and quit in $(( ($(date +%s%N) - started) / 1000000 )) ms"
step "passed"
