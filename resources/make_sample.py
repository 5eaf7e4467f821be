"""Write the bundled sample collection: a small, made-up harbour-town archive.

    python -m resources.make_sample            # rewrites resources/sample/

Every word and picture here is written by this script; nothing is copied from elsewhere.
Needs the test extra (reportlab, python-docx).
"""

from __future__ import annotations

import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from resources.sample_builders import write_docx, write_epub, write_odt, write_pdf, write_photo, xmp_packet

SAMPLE = Path(__file__).resolve().parent / "sample"
CET = timezone(timedelta(hours=1))


def build(target: Path = SAMPLE) -> Path:
    if target.exists():
        shutil.rmtree(target)
    reports, photos, clippings = target / "reports", target / "photographs", target / "clippings"
    write_pdf(
        reports / "harbour-survey-1998.pdf",
        [
            "Harbour Survey 1998\nPrepared for the Port Commission of Saltmere\n\n"
            "This survey records the condition of the north and south quays, the breakwater and the "
            "lighthouse after the storms of the winter of 1997.",
            "Findings\nThe north quay shows cracking along forty metres of its face. The breakwater lost "
            "several armour stones at its seaward end. Dredging of the inner basin is overdue.",
            "Recommendations\nRepair the north quay before the autumn gales. Replace the armour stones. "
            "Survey the lighthouse foundations again in five years.",
        ],
        title="Harbour Survey 1998",
        author="Marta Kowalczyk; Jonas Lindqvist",
        subject="Condition survey of the quays, breakwater and lighthouse of Saltmere harbour",
        keywords="harbour, survey, breakwater, lighthouse",
        created=datetime(1998, 6, 12, 9, 30, tzinfo=CET),
    )
    write_pdf(
        reports / "fisheries-annual-report-2003.pdf",
        [
            "Saltmere Fisheries Cooperative\nAnnual Report 2003\n\n"
            "Landings of herring rose for the third year running, while cod landings fell. The cooperative "
            "opened a new ice house on the south quay in March.",
            "Members\nThe cooperative counted sixty-two member boats at the end of the year. Three new boats "
            "joined; two retired skippers sold their licences to younger crews.",
        ],
        title="Fisheries Annual Report 2003",
        author="Saltmere Fisheries Cooperative",
        keywords="fisheries; herring; cooperative",
        created=datetime(2004, 2, 20, 14, 0, tzinfo=CET),
        xmp=xmp_packet(
            title="Saltmere Fisheries Cooperative: Annual Report 2003",
            creators=["Saltmere Fisheries Cooperative"],
            subjects=["fisheries", "herring", "annual reports"],
            date="2004-02",
        ),
    )
    write_pdf(
        target / "letters" / "letter-to-the-harbour-master-1952.pdf",
        [
            "Saltmere, 14 October 1952\n\nDear Harbour Master,\n\nI write to ask that the lamp at the end of "
            "the east pier be repaired before the winter. Twice this month boats returning after dark have "
            "struck the pier.\n\nYours faithfully,\nElsa Brandt"
        ],
        title="Letter to the harbour master about the east pier lamp",
        author="Elsa Brandt",
        created=datetime(2021, 3, 2, 11, 15, tzinfo=CET),
    )
    write_photo(
        photos / "harbour-at-dawn.jpg",
        taken="2019:05:03 05:42:10",
        offset="+01:00",
        artist="Jonas Lindqvist",
        description="Fishing boats leaving Saltmere harbour at dawn",
        make="Nikon",
        model="D750",
        gps=(57.70887, 11.97456),
        copyright="CC BY 4.0 Jonas Lindqvist",
    )
    write_photo(
        photos / "lighthouse-1987.tif",
        taken="1987:08:21 16:05:00",
        artist="Unknown photographer",
        description="The Saltmere lighthouse seen from the breakwater, scanned from a print",
        seed=31,
    )
    write_photo(photos / "market-day.png", description="Market day on the quay", seed=57, size=(480, 320))
    (clippings).mkdir(parents=True)
    (clippings / "2019-05-03-new-ice-house.txt").write_text(
        "  date 2019-05-03 By Saltmere Gazette\n\n"
        "Ice house reopens after forty years\n\n"
        "The old ice house on the south quay opened its doors again on Friday, this time as a small "
        "museum of the herring fishery. Volunteers spent two winters restoring the building.\n",
        encoding="utf-8",
    )
    (clippings / "1953-02-02-storm-flood.txt").write_text(
        "Date: 2 February 1953\nSource: The Coastal Courier\nTitle: Storm flood breaks the south dyke\n\n"
        "The storm flood of Saturday night broke through the south dyke at two places. Water reached the "
        "market square by morning. No lives were lost in Saltmere, but the fish market is ruined.\n",
        encoding="utf-8",
    )
    (clippings / "1961-07-hafenfest.txt").write_bytes(
        "date 15.07.1961 Source: Norddeutsche Küstenzeitung\n\n"
        "Hafenfest in der Hafenstraße: Tausende Besucher kamen zum Sommerfest an die Kaimauer. "
        "Die Kapelle spielte bis Mitternacht, und die Fischer öffneten ihre Boote für Gäste.\n".encode("latin-1")
    )
    (clippings / "1974-rybaki.txt").write_bytes(
        "date 1974-09-10 By Приморская правда\n\n"
        "Рыбаки Салтмера вернулись с богатым уловом сельди. Председатель кооператива поблагодарил "
        "команды за работу и рассказал о планах строительства новых причалов.\n".encode("cp1251")
    )
    (clippings / "2001-soyqirim-xatiresi.txt").write_text(
        "date 3 March 2001 By Liman Xəbərləri\n\n"
        "Soyqırım qurbanlarının xatirəsi limanda keçirilən mərasimdə yad edildi. Şəhər sakinləri "
        "dənizçilərin abidəsinin önünə gül qoydular.\n",
        encoding="utf-8",
    )
    (target / "web").mkdir()
    (target / "web" / "harbour-festival-2022.html").write_text(
        """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour Festival 2022 | Saltmere Town Council</title>
<meta name="DC.title" content="Harbour Festival 2022 programme">
<meta name="DC.creator" content="Saltmere Town Council">
<meta name="DC.date" content="2022-07-09">
<meta name="description" content="Programme of the harbour festival: boat parade, herring market and evening concert.">
<meta name="keywords" content="festival, harbour, boats">
<meta property="og:site_name" content="Saltmere Town Council">
<meta property="og:url" content="https://saltmere.example/festival-2022">
<style>body { font-family: serif }</style><script>var tracking = "never indexed";</script>
</head><body><h1>Harbour Festival 2022</h1>
<p>Saturday 9 July: boat parade at ten, herring market on the quay from noon, evening concert by the lighthouse.</p>
<p>Résumé of last year's festival: two thousand visitors, forty boats.</p>
</body></html>
""",
        encoding="utf-8",
    )
    write_docx(
        target / "documents" / "oral-history-anna-berg.docx",
        [
            "Interview with Anna Berg, net mender, recorded in 1996.",
            "I started mending nets when I was fourteen. In those days every family on the south quay had "
            "someone at sea, and the nets came back torn after every storm.",
            "The worst winter was 1953, after the flood. We worked in the church hall because the net lofts were full of water.",  # noqa: E501
        ],
        title="Oral history: Anna Berg, net mender",
        author="Pieter de Vries",
        subject="Oral history of the herring fishery",
        keywords="oral history; net mending; flood of 1953",
        created=datetime(1996, 11, 4, 10, 0, tzinfo=timezone.utc),
        language="en-GB",
    )
    write_odt(
        target / "documents" / "council-minutes-1978-03.odt",
        [
            "Minutes of the harbour committee, 14 March 1978.",
            "Present: the harbour master, four councillors and the secretary.",
            "Resolved that the east pier lamp be replaced with an electric light before the summer season.",
        ],
        title="Harbour committee minutes, March 1978",
        creator="Saltmere Town Council",
        date="1978-03-14T18:00:00",
        keywords=["minutes", "harbour committee"],
        language="en",
    )
    write_epub(
        target / "books" / "tides-of-saltmere.epub",
        [
            "Chapter one. The town grew around the harbour, and the harbour grew around the herring.",
            "Chapter two. When the herring left the coast, the town turned to tourists and museums.",
        ],
        title="Tides of Saltmere: a short history",
        creator="Ingrid Solberg",
        date="2010-05-01",
        publisher="Saltmere Historical Society",
    )
    return target


if __name__ == "__main__":
    print(f"sample collection written to {build(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE)}")
