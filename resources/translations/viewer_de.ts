<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Access</name>
    <message>
      <source>{access} until {date}</source>
      <translation>{access} bis {date}</translation>
    </message>
    <message>
      <source>{restriction}: {note}</source>
      <translation>{restriction}: {note}</translation>
    </message>
  </context>
  <context>
    <name>Cite</name>
    <message>
      <source>APA 7th edition</source>
      <translation>APA, 7. Auflage</translation>
    </message>
    <message>
      <source>Chicago author-date</source>
      <translation>Chicago, Autor-Jahr</translation>
    </message>
    <message>
      <source>Chicago notes and bibliography</source>
      <translation>Chicago, Fußnoten und Bibliographie</translation>
    </message>
    <message>
      <source>MLA 9th edition</source>
      <translation>MLA, 9. Auflage</translation>
    </message>
    <message>
      <source>Harvard (Cite Them Right)</source>
      <translation>Harvard (Cite Them Right)</translation>
    </message>
    <message>
      <source>GOST R 7.0.100-2018 (Russian)</source>
      <translation>GOST R 7.0.100-2018 (russisch)</translation>
    </message>
    <message>
      <source>Citation style</source>
      <extracomment>Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'. The tab formats the citations of at most this many selected items (the exports take them all): pandoc took over two minutes on 20,000, and the window's other background work waited for it. The style suggestions' least width, in pixels.</extracomment>
      <translation>Zitierstil</translation>
    </message>
    <message>
      <source>A common style, or type any words of an installed CSL style's title or name</source>
      <translation>Ein gängiger Stil – oder beliebige Wörter aus Titel oder Namen eines installierten CSL-Stils eingeben</translation>
    </message>
    <message>
      <source>Style file…</source>
      <translation>Stildatei…</translation>
    </message>
    <message>
      <source>Use a .csl style file</source>
      <translation>Eine .csl-Stildatei verwenden</translation>
    </message>
    <message>
      <source>Language of the citations</source>
      <translation>Sprache der Literaturangaben</translation>
    </message>
    <message>
      <source>Style's language</source>
      <translation>Sprache des Stils</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>Literaturangaben</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Copy the citations (Ctrl+Shift+C)</source>
      <translation>Die Literaturangaben kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
      <source>Style</source>
      <translation>Stil</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>Exportieren als</translation>
    </message>
    <message>
      <source>No such citation style: {error}</source>
      <translation>Zitierstil nicht gefunden: {error}</translation>
    </message>
    <message>
      <source>CSL styles (*.csl)</source>
      <translation>CSL-Stile (*.csl)</translation>
    </message>
    <message>
      <source>The citations of the first {shown} of the {selected} items selected; the exports below take them all.</source>
      <translation>Die Literaturangaben der ersten {shown} von {selected} ausgewählten Objekten; die Exporte unten umfassen alle.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln item(s) held back are not cited.</source>
      <translation>
        <numerusform>%Ln zurückgehaltenes Objekt wird nicht zitiert.</numerusform>
        <numerusform>%Ln zurückgehaltene Objekte werden nicht zitiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Formatting…</source>
      <translation>Wird formatiert…</translation>
    </message>
    <message>
      <source>Select items to cite them.</source>
      <translation>Objekte auswählen, um sie zu zitieren.</translation>
    </message>
    <message>
      <source>The citation could not be formatted: {error}</source>
      <translation>Die Literaturangabe konnte nicht formatiert werden: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln citation(s)</source>
      <translation>
        <numerusform>%Ln Literaturangabe kopiert</numerusform>
        <numerusform>%Ln Literaturangaben kopiert</numerusform>
      </translation>
    </message>
    <message>
      <source> (of {selected} selected: export them all)</source>
      <translation> (von {selected} ausgewählten: alle exportieren)</translation>
    </message>
    <message>
      <source>Export selection</source>
      <translation>Auswahl exportieren</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>Nicht exportiert: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln item(s) to {file}</source>
      <translation>
        <numerusform>%Ln Objekt nach {file} exportiert</numerusform>
        <numerusform>%Ln Objekte nach {file} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <source>Export to {file} failed: {error}</source>
      <translation>Export nach {file} fehlgeschlagen: {error}</translation>
    </message>
  </context>
  <context>
    <name>CollectionRecord</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, placeholder, long text) in the order of the form.</extracomment>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Signatur</translation>
    </message>
    <message>
      <source>Repository</source>
      <translation>Archiv</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Provenienz</translation>
    </message>
    <message>
      <source>Family, Given; Body</source>
      <translation>Nachname, Vorname; Körperschaft</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Laufzeit</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Sprachen</translation>
    </message>
    <message>
      <source>Scope and content</source>
      <translation>Inhalt</translation>
    </message>
    <message>
      <source>Conditions of access</source>
      <translation>Zugangsbedingungen</translation>
    </message>
    <message>
      <source>Conditions of use</source>
      <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
      <source>Collection Record</source>
      <translation>Beschreibung der Sammlung</translation>
    </message>
    <message>
      <source>What describes the whole collection: finding aids, bags, MARC and MODS records and citations take it from here. Dates and languages left empty are worked out from the items.</source>
      <translation>Was die ganze Sammlung beschreibt: Findbücher (EAD), Bags, MARC- und MODS-Datensätze und Zitationen übernehmen es von hier. Leer gelassene Laufzeit und Sprachen werden aus den Objekten ermittelt.</translation>
    </message>
    <message>
      <source>The collection record was not saved: {error}</source>
      <translation>Die Beschreibung der Sammlung wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
      <source>Collection record saved</source>
      <translation>Beschreibung der Sammlung gespeichert</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Relevance</source>
      <translation>Relevanz</translation>
    </message>
    <message>
      <source>Title</source>
      <extracomment>How long the list must rest before the snippets of the rows on screen are worked out. (header, what the core sorts by) for each column.</extracomment>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Urheber</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>Looking for duplicates…</source>
      <translation>Dubletten werden gesucht…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s) of duplicates</source>
      <translation>
        <numerusform>%Ln Gruppe von Dubletten</numerusform>
        <numerusform>%Ln Gruppen von Dubletten</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not look for duplicates: {error}</source>
      <translation>Dubletten konnten nicht gesucht werden: {error}</translation>
    </message>
    <message>
      <source>Duplicates in {collection}</source>
      <translation>Dubletten in „{collection}“</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s):</source>
      <translation>
        <numerusform>%Ln Gruppe:</numerusform>
        <numerusform>%Ln Gruppen:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</source>
      <translation>
        <numerusform>%Ln Kopie neben dem ersten Objekt jeder Gruppe. Identische Dateien haben dieselben Bytes; Beinahe-Kopien fast denselben Text (etwa ein abgetippter Zeitungsausschnitt und sein Scan). Eine Gruppe oder eines ihrer Objekte wählen, um zu vergleichen.</numerusform>
        <numerusform>%Ln Kopien neben dem ersten Objekt jeder Gruppe. Identische Dateien haben dieselben Bytes; Beinahe-Kopien fast denselben Text (etwa ein abgetippter Zeitungsausschnitt und sein Scan). Eine Gruppe oder eines ihrer Objekte wählen, um zu vergleichen.</numerusform>
      </translation>
    </message>
    <message>
      <source>No duplicates: no two files are identical, and no two texts are near copies.</source>
      <translation>Keine Dubletten: keine zwei Dateien sind identisch, keine zwei Texte Beinahe-Kopien.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln identical</source>
      <translation>
        <numerusform>%Ln identisch</numerusform>
        <numerusform>%Ln identisch</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln near copies, {percent}% alike</source>
      <translation>
        <numerusform>%Ln Beinahe-Kopie, {percent} % ähnlich</numerusform>
        <numerusform>%Ln Beinahe-Kopien, {percent} % ähnlich</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag the Copies…</source>
      <translation>Kopien mit einem Tag versehen…</translation>
    </message>
    <message>
      <source>Tag every item of the group but the first, to find them again (tag:duplicate)</source>
      <translation>Jedes Objekt der Gruppe außer dem ersten mit einem Tag versehen, um sie wiederzufinden (tag:duplicate)</translation>
    </message>
    <message>
      <source>Open All</source>
      <translation>Alle öffnen</translation>
    </message>
    <message>
      <source>Open every item of the group with the desktop's program</source>
      <translation>Jedes Objekt der Gruppe mit dem Standardprogramm öffnen</translation>
    </message>
    <message>
      <source>Show in Folders</source>
      <translation>In Ordnern zeigen</translation>
    </message>
    <message>
      <source>Show where each item of the group is</source>
      <translation>Zeigen, wo jedes Objekt der Gruppe liegt</translation>
    </message>
    <message>
      <source>Tag the Copies</source>
      <translation>Kopien mit einem Tag versehen</translation>
    </message>
    <message numerus="yes">
      <source>Tag for the %Ln copies (every item but the first):</source>
      <translation>
        <numerusform>Tag für die %Ln Kopie (alle Objekte außer dem ersten):</numerusform>
        <numerusform>Tag für die %Ln Kopien (alle Objekte außer dem ersten):</numerusform>
      </translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Dieses Objekt kann nicht gezeigt werden: {error}</translation>
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Collection</source>
      <extracomment>The facet of several collections searched as one: how many matches each holds. The core's facet names, with the heading shown for each (translated where shown).</extracomment>
      <translation>Sammlung</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Jahr</translation>
    </message>
    <message>
      <source>Publisher / source</source>
      <translation>Verlag / Quelle</translation>
    </message>
    <message>
      <source>Creator</source>
      <translation>Urheber</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <source>PRONOM format</source>
      <translation>PRONOM-Format</translation>
    </message>
    <message>
      <source>Sensitive data</source>
      <translation>Sensible Daten</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Zugang</translation>
    </message>
    <message>
      <source>{facet}: {value}</source>
      <translation>{facet}: {value}</translation>
    </message>
    <message>
      <source>(drop rows here)</source>
      <translation>(hierher ziehen)</translation>
    </message>
    <message>
      <source>Drop results here to start a series</source>
      <translation>Ergebnisse hierher ziehen, um eine Serie anzulegen</translation>
    </message>
    <message>
      <source>open</source>
      <extracomment>The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.</extracomment>
      <translation>offen</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>eingeschränkt</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>gesperrt</translation>
    </message>
    <message>
      <source>card numbers</source>
      <extracomment>The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.</extracomment>
      <translation>Kartennummern</translation>
    </message>
    <message>
      <source>IBANs</source>
      <translation>IBANs</translation>
    </message>
    <message>
      <source>US social security numbers</source>
      <translation>US-Sozialversicherungsnummern</translation>
    </message>
    <message>
      <source>national identifiers</source>
      <translation>nationale Kennnummern</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>E-Mail-Adressen</translation>
    </message>
    <message>
      <source>phone numbers</source>
      <translation>Telefonnummern</translation>
    </message>
    <message>
      <source>words of the lexicon</source>
      <translation>Wörter des Lexikons</translation>
    </message>
    <message>
      <source>Facets: narrow the results</source>
      <extracomment>How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').</extracomment>
      <translation>Facetten: die Ergebnisse eingrenzen</translation>
    </message>
    <message>
      <source>Click to clear this filter</source>
      <translation>Klicken, um diesen Filter aufzuheben</translation>
    </message>
    <message>
      <source>Show only {facet}: {value}</source>
      <translation>Nur {facet} zeigen: {value}</translation>
    </message>
  </context>
  <context>
    <name>Filters</name>
    <message>
      <source>Only:</source>
      <extracomment>What a chip for the timeline's years is keyed by (facets are keyed by their names). A chip's text is elided past this many characters (its tooltip says it whole).</extracomment>
      <translation>Nur:</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Alle aufheben</translation>
    </message>
    <message>
      <source>Let every filter go: the whole result of the words typed</source>
      <translation>Alle Filter aufheben: das ganze Ergebnis der eingegebenen Wörter</translation>
    </message>
    <message>
      <source>Click to let this filter go</source>
      <translation>Klicken, um diesen Filter aufzuheben</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>Filter {filter} aufheben</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>AVI video</source>
      <extracomment>The format names (archive.formats) that are words, not a format's own name: marked here for translation, the others ('PDF', 'JPEG') are the same in every language.</extracomment>
      <translation>AVI-Video</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Protokoll</translation>
    </message>
    <message>
      <source>MPEG-4 audio</source>
      <translation>MPEG-4-Audio</translation>
    </message>
    <message>
      <source>MPEG-4 video</source>
      <translation>MPEG-4-Video</translation>
    </message>
    <message>
      <source>Mailbox</source>
      <translation>Postfach</translation>
    </message>
    <message>
      <source>Matroska video</source>
      <translation>Matroska-Video</translation>
    </message>
    <message>
      <source>OpenDocument presentation</source>
      <translation>OpenDocument-Präsentation</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet</source>
      <translation>OpenDocument-Tabelle</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>OpenDocument-Text</translation>
    </message>
    <message>
      <source>Outlook data file</source>
      <translation>Outlook-Datendatei</translation>
    </message>
    <message>
      <source>Outlook message</source>
      <translation>Outlook-Nachricht</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Reiner Text</translation>
    </message>
    <message>
      <source>QuickTime video</source>
      <translation>QuickTime-Video</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Quelltext</translation>
    </message>
    <message>
      <source>Web page</source>
      <translation>Webseite</translation>
    </message>
    <message>
      <source>Windows Media audio</source>
      <translation>Windows-Media-Audio</translation>
    </message>
  </context>
  <context>
    <name>HandingOn</name>
    <message>
      <source>Items held back</source>
      <translation>Zurückgehaltene Objekte</translation>
    </message>
    <message numerus="yes">
      <source>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</source>
      <translation>
        <numerusform>%Ln der ausgewählten Objekte wird zurückgehalten: eingeschränkt, gesperrt oder mit sensiblen Daten, die niemand geprüft hat.</numerusform>
        <numerusform>%Ln der ausgewählten Objekte werden zurückgehalten: eingeschränkt, gesperrt oder mit sensiblen Daten, die niemand geprüft hat.</numerusform>
      </translation>
    </message>
    <message>
      <source>They are left out unless you include them; included, each carries its restriction (EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with archive sensitive, or by setting the item's access.</source>
      <translation>Sie werden weggelassen, wenn Sie sie nicht einschließen; eingeschlossen trägt jedes seine Zugangsbeschränkung mit (EAD, MODS, MARC, Dublin Core, die Metadaten des Bags). Sensible Daten prüft man mit archive sensitive oder indem man den Zugang des Objekts festlegt.</translation>
    </message>
    <message>
      <source>&amp;Include the items held back</source>
      <translation>Zurückgehaltene Objekte &amp;einschließen</translation>
    </message>
    <message numerus="yes">
      <source> — %Ln item(s) held back</source>
      <translation>
        <numerusform> — %Ln Objekt zurückgehalten</numerusform>
        <numerusform> — %Ln Objekte zurückgehalten</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>both words, anywhere (text or metadata)</source>
      <translation>beide Wörter, irgendwo (Text oder Metadaten)</translation>
    </message>
    <message>
      <source>the exact phrase</source>
      <translation>die genaue Wortfolge</translation>
    </message>
    <message>
      <source>combine</source>
      <translation>verknüpfen</translation>
    </message>
    <message>
      <source>one field</source>
      <translation>ein Feld</translation>
    </message>
    <message>
      <source>dates and ranges (an item dated only 1953 is not in &lt;code&gt;date:1953-02&lt;/code&gt;)</source>
      <translation>Daten und Zeiträume (ein nur auf 1953 datiertes Objekt liegt nicht in &lt;code&gt;date:1953-02&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>wildcard, fuzzy (at most &lt;code&gt;~2&lt;/code&gt;)</source>
      <translation>Platzhalter, unscharf (höchstens &lt;code&gt;~2&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>without a word; words in one language</source>
      <translation>ohne ein Wort; Wörter in einer Sprache</translation>
    </message>
    <message>
      <source>a message and the replies to it</source>
      <translation>eine Nachricht und die Antworten darauf</translation>
    </message>
    <message>
      <source>a saved search (Search ▸ Save Search…)</source>
      <translation>eine gespeicherte Suche (Suche ▸ Suche speichern…)</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Suchsyntax</translation>
    </message>
    <message>
      <source>Words are matched in every form (&lt;i&gt;survey&lt;/i&gt; finds &lt;i&gt;surveying&lt;/i&gt;) and without accents (&lt;i&gt;resume&lt;/i&gt; finds &lt;i&gt;résumé&lt;/i&gt;). Click a facet on the left to narrow the list; click it again to clear.</source>
      <translation>Wörter werden in jeder Form gefunden (&lt;i&gt;Hafen&lt;/i&gt; findet &lt;i&gt;Häfen&lt;/i&gt;) und ohne Akzente (&lt;i&gt;resume&lt;/i&gt; findet &lt;i&gt;résumé&lt;/i&gt;). Eine Facette links anklicken, um die Liste einzugrenzen; erneut anklicken, um sie aufzuheben.</translation>
    </message>
    <message>
      <source>the search field</source>
      <translation>das Suchfeld</translation>
    </message>
    <message>
      <source>{keys} (in the search field)</source>
      <translation>{keys} (im Suchfeld)</translation>
    </message>
    <message>
      <source>{keys} (in the results)</source>
      <translation>{keys} (in den Ergebnissen)</translation>
    </message>
    <message>
      <source>into the results</source>
      <translation>in die Ergebnisse</translation>
    </message>
    <message>
      <source>herring</source>
      <extracomment>The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left out, a word begun, a word misspelt.</extracomment>
      <translation>Hering</translation>
    </message>
    <message>
      <source>quay</source>
      <translation>Kai</translation>
    </message>
    <message>
      <source>north quay</source>
      <translation>Nordkai</translation>
    </message>
    <message>
      <source>cod</source>
      <translation>Kabeljau</translation>
    </message>
    <message>
      <source>breakwat*</source>
      <translation>Wellenbrech*</translation>
    </message>
    <message>
      <source>brekwater~</source>
      <translation>Wellenbrcher~</translation>
    </message>
    <message>
      <source>open the item in its own program</source>
      <translation>das Objekt in seinem Programm öffnen</translation>
    </message>
    <message>
      <source>copy the selection's citations</source>
      <translation>die Literaturangaben der Auswahl kopieren</translation>
    </message>
    <message>
      <source>save the metadata form (of every selected item)</source>
      <translation>das Metadatenformular speichern (für jedes ausgewählte Objekt)</translation>
    </message>
    <message>
      <source>undo the last save (in a field: its own typing first)</source>
      <translation>das letzte Speichern rückgängig machen (in einem Feld: zuerst die eigene Eingabe)</translation>
    </message>
    <message>
      <source>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</source>
      <translation>die Auswahl exportieren: CSV, Literaturangaben, Dublin Core, MODS, MARC, EAD</translation>
    </message>
    <message>
      <source>save the search under a name</source>
      <translation>die Suche unter einem Namen speichern</translation>
    </message>
    <message>
      <source>compact rows, rows with snippets, grid of thumbnails</source>
      <translation>kompakte Zeilen, Zeilen mit Textausschnitten, Raster aus Vorschaubildern</translation>
    </message>
    <message>
      <source>show or hide the facets pane</source>
      <translation>die Facettenleiste zeigen oder ausblenden</translation>
    </message>
    <message>
      <source>re-index the collection</source>
      <translation>die Sammlung neu indexieren</translation>
    </message>
    <message>
      <source>PDF pages and zoom</source>
      <translation>PDF-Seiten und Zoom</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>the platform's data folder</source>
      <translation>der Datenordner des Systems</translation>
    </message>
    <message>
      <source>Index folder</source>
      <translation>Indexordner</translation>
    </message>
    <message>
      <source>Tesseract (OCR)</source>
      <translation>Tesseract (Texterkennung)</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>nicht installiert</translation>
    </message>
    <message>
      <source>pandoc (citations)</source>
      <translation>pandoc (Literaturangaben)</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>nicht verfügbar</translation>
    </message>
    <message>
      <source>Archive viewer {version}</source>
      <translation>Archivbetrachter {version}</translation>
    </message>
    <message>
      <source>Search, view, correct and cite a folder of documents, offline. Nothing is ever written into the collection folder.</source>
      <translation>Einen Ordner voller Dokumente durchsuchen, ansehen, erschließen und zitieren – offline. In den Sammlungsordner wird nie etwas geschrieben.</translation>
    </message>
  </context>
  <context>
    <name>Indexing</name>
    <message>
      <source>Files read</source>
      <translation>Gelesene Dateien</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Stop indexing; what is done so far is kept</source>
      <translation>Indexierung anhalten; das bisher Erledigte bleibt erhalten</translation>
    </message>
    <message>
      <source>Indexing stopped: {reason}. The list shows what is already indexed.</source>
      <translation>Indexierung angehalten: {reason}. Die Liste zeigt, was schon indexiert ist.</translation>
    </message>
    <message>
      <source>Looking for new and changed files…</source>
      <translation>Neue und geänderte Dateien werden gesucht…</translation>
    </message>
    <message>
      <source>Stopping after the files in progress…</source>
      <translation>Wird nach den laufenden Dateien angehalten…</translation>
    </message>
    <message>
      <source>Indexing cancelled: {counts} ({seconds} s)</source>
      <translation>Indexierung abgebrochen: {counts} ({seconds} s)</translation>
    </message>
    <message>
      <source>Index up to date: {counts} ({seconds} s)</source>
      <translation>Index aktuell: {counts} ({seconds} s)</translation>
    </message>
    <message>
      <source>indexing, {done} of {total} files read</source>
      <translation>Indexierung, {done} von {total} Dateien gelesen</translation>
    </message>
    <message>
      <source>indexing</source>
      <translation>Indexierung</translation>
    </message>
    <message>
      <source>Indexing… {done} of {total} files read. Items appear here as they are indexed.</source>
      <translation>Indexierung… {done} von {total} Dateien gelesen. Objekte erscheinen hier, sobald sie indexiert sind.</translation>
    </message>
    <message>
      <source>Indexing… looking for files. Items appear here as they are indexed.</source>
      <translation>Indexierung… Dateien werden gesucht. Objekte erscheinen hier, sobald sie indexiert sind.</translation>
    </message>
    <message>
      <source>No items match.</source>
      <translation>Keine passenden Objekte.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln Problem</numerusform>
        <numerusform>%Ln Probleme</numerusform>
      </translation>
    </message>
    <message>
      <source>read in part: {what}</source>
      <translation>teilweise gelesen: {what}</translation>
    </message>
    <message>
      <source>read poorly: install {package} to read its script</source>
      <translation>schlecht gelesen: installieren Sie {package}, um seine Schrift zu lesen</translation>
    </message>
    <message>
      <source>gone from the folder; your edits ({fields}) are kept until it comes back</source>
      <translation>aus dem Ordner verschwunden; Ihre Änderungen ({fields}) bleiben erhalten, bis sie wieder da ist</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Probleme</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Was geschah</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</source>
      <translation>
        <numerusform>%Ln Datei braucht Aufmerksamkeit: nicht vollständig gelesene bleiben mit ihrem Namen gelistet; die Änderungen verschwundener bleiben erhalten.</numerusform>
        <numerusform>%Ln Dateien brauchen Aufmerksamkeit: nicht vollständig gelesene bleiben mit ihrem Namen gelistet; die Änderungen verschwundener bleiben erhalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: every file was read, and no edits are waiting for a file that is gone.</source>
      <translation>Keine Probleme: jede Datei wurde gelesen, und keine Änderung wartet auf eine verschwundene Datei.</translation>
    </message>
    <message>
      <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
      <translation>{added} hinzugefügt, {updated} aktualisiert, {removed} entfernt, {unchanged} unverändert</translation>
    </message>
    <message>
      <source>, {count} read again</source>
      <translation>, {count} neu gelesen</translation>
    </message>
    <message>
      <source>, {count} items inside them</source>
      <translation>, {count} enthaltene Objekte</translation>
    </message>
  </context>
  <context>
    <name>Media</name>
    <message>
      <source>mono</source>
      <extracomment>The poster frame's longest edge in the pane.</extracomment>
      <translation>Mono</translation>
    </message>
    <message>
      <source>stereo</source>
      <translation>Stereo</translation>
    </message>
    <message numerus="yes">
      <source>%n channels</source>
      <translation>
        <numerusform>%n Kanal</numerusform>
        <numerusform>%n Kanäle</numerusform>
      </translation>
    </message>
    <message>
      <source>Poster frame</source>
      <translation>Vorschaubild</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Abspielen</translation>
    </message>
    <message>
      <source>Play it in the desktop's own player</source>
      <translation>Im Standard-Abspielprogramm abspielen</translation>
    </message>
    <message>
      <source>Play in the desktop's player</source>
      <translation>Im Standard-Abspielprogramm abspielen</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Urheber</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Sammlung</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Running time</source>
      <translation>Spieldauer</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Ton</translation>
    </message>
    <message>
      <source>{rate} kbit/s</source>
      <translation>{rate} kbit/s</translation>
    </message>
    <message>
      <source>{rate} kHz</source>
      <translation>{rate} kHz</translation>
    </message>
    <message>
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <source>Making the poster frame…</source>
      <translation>Vorschaubild wird erstellt…</translation>
    </message>
    <message>
      <source>No poster frame: {reason}.</source>
      <translation>Kein Vorschaubild: {reason}.</translation>
    </message>
    <message>
      <source>the picture could not be read</source>
      <translation>das Bild konnte nicht gelesen werden</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <source>Items inside this one</source>
      <extracomment>Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).</extracomment>
      <translation>Darin enthaltene Objekte</translation>
    </message>
    <message>
      <source>… and {count} more: search for them</source>
      <translation>… und {count} weitere: danach suchen</translation>
    </message>
    <message>
      <source>Parts ({count})</source>
      <translation>Teile ({count})</translation>
    </message>
    <message>
      <source>Inside ({count})</source>
      <translation>Darin ({count})</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Open Collection…</source>
      <translation>Sammlung ö&amp;ffnen…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <source>A&amp;dd Collection to Search…</source>
      <translation>Sammlung zur Suche &amp;hinzufügen…</translation>
    </message>
    <message>
      <source>Re-&amp;index</source>
      <translation>Neu &amp;indexieren</translation>
    </message>
    <message>
      <source>&amp;Watch for Changes</source>
      <translation>Auf Änderungen &amp;achten</translation>
    </message>
    <message>
      <source>Look for new and changed files whenever the window comes back to the front</source>
      <translation>Nach neuen und geänderten Dateien suchen, sobald das Fenster wieder in den Vordergrund kommt</translation>
    </message>
    <message>
      <source>Indexing &amp;Problems…</source>
      <translation>Indexierungs&amp;probleme…</translation>
    </message>
    <message>
      <source>&amp;Accession Report…</source>
      <translation>Zu&amp;gangsbericht…</translation>
    </message>
    <message>
      <source>Collection Re&amp;cord…</source>
      <translation>Beschreibung der Sa&amp;mmlung…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>&amp;Objekt</translation>
    </message>
    <message>
      <source>&amp;Open Externally</source>
      <translation>Extern ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
      <source>&amp;Copy Citation</source>
      <translation>Literaturangabe &amp;kopieren</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Auswahl als &amp;BagIt packen…</translation>
    </message>
    <message>
      <source>&amp;Arrange in Series…</source>
      <translation>&amp;In Serie einordnen…</translation>
    </message>
    <message>
      <source>&amp;Group Selected…</source>
      <translation>Zu einem Objekt &amp;zusammenfassen…</translation>
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation>Zusammenfassung &amp;aufheben</translation>
    </message>
    <message>
      <source>&amp;Save Metadata</source>
      <translation>Metadaten &amp;speichern</translation>
    </message>
    <message>
      <source>&amp;Undo Last Save</source>
      <translation>Letztes Speichern &amp;rückgängig</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Compact Rows</source>
      <translation>&amp;Kompakte Zeilen</translation>
    </message>
    <message>
      <source>Rows with &amp;Snippets</source>
      <translation>Zeilen mit &amp;Textausschnitten</translation>
    </message>
    <message>
      <source>&amp;Grid of Thumbnails</source>
      <translation>&amp;Raster aus Vorschaubildern</translation>
    </message>
    <message>
      <source>Sort &amp;By</source>
      <translation>Sortieren &amp;nach</translation>
    </message>
    <message>
      <source>&amp;Descending</source>
      <translation>&amp;Absteigend</translation>
    </message>
    <message>
      <source>&amp;Facets Pane</source>
      <translation>&amp;Facettenleiste</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Suche</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Suchen</translation>
    </message>
    <message>
      <source>C&amp;lear Filters</source>
      <translation>&amp;Filter aufheben</translation>
    </message>
    <message>
      <source>Search &amp;In</source>
      <translation>Suchen &amp;in</translation>
    </message>
    <message>
      <source>&amp;Save Search…</source>
      <translation>Suche s&amp;peichern…</translation>
    </message>
    <message>
      <source>Find &amp;Duplicates…</source>
      <translation>&amp;Dubletten finden…</translation>
    </message>
    <message>
      <source>&amp;Names…</source>
      <translation>&amp;Namen…</translation>
    </message>
    <message>
      <source>Saved Searc&amp;hes</source>
      <translation>&amp;Gespeicherte Suchen</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Search &amp;Syntax</source>
      <translation>Such&amp;syntax</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Suchsyntax</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>&amp;About Archive Viewer</source>
      <translation>Ü&amp;ber den Archivbetrachter</translation>
    </message>
    <message>
      <source>Sort by Relevance</source>
      <translation>Nach Relevanz sortieren</translation>
    </message>
    <message>
      <source>{column} (empty here)</source>
      <translation>{column} (hier leer)</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, kind) in the order of the form. Lists are typed with ';' between items.</extracomment>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Urheber</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Empfänger</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Verlag</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Schlagwörter</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Rechte</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Kennung</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Tags</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notizen</translation>
    </message>
    <message>
      <source>Transcription</source>
      <translation>Transkription</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Signatur</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Zugang</translation>
    </message>
    <message>
      <source>Access until</source>
      <translation>Gesperrt bis</translation>
    </message>
    <message>
      <source>Access note</source>
      <translation>Grund der Beschränkung</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Pfad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>PRONOM</source>
      <translation>PRONOM</translation>
    </message>
    <message>
      <source>Format name</source>
      <translation>Formatname</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Formatversion</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Seiten</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Breite</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Höhe</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Erstellt</translation>
    </message>
    <message>
      <source>File modified</source>
      <translation>Datei geändert</translation>
    </message>
    <message>
      <source>Content modified</source>
      <translation>Inhalt geändert</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Erzeugt mit</translation>
    </message>
    <message>
      <source>Creator tool</source>
      <translation>Erstellt mit</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Verschlüsselt</translation>
    </message>
    <message>
      <source>OCR</source>
      <translation>Texterkennung</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <source>(several values)</source>
      <translation>(mehrere Werte)</translation>
    </message>
    <message>
      <source>Family, Given; Family, Given</source>
      <translation>Nachname, Vorname; Nachname, Vorname</translation>
    </message>
    <message>
      <source>2021, 2021-02 or 2021-02-26</source>
      <translation>2021, 2021-02 oder 2021-02-26</translation>
    </message>
    <message>
      <source>term; term</source>
      <translation>Begriff; Begriff</translation>
    </message>
    <message>
      <source>tag; tag</source>
      <translation>Tag; Tag</translation>
    </message>
    <message>
      <source>Series 2: Administration/Memoranda</source>
      <translation>Serie 2: Verwaltung/Aktennotizen</translation>
    </message>
    <message>
      <source>Box 3, Folder 2</source>
      <translation>Karton 3, Mappe 2</translation>
    </message>
    <message>
      <source>open (the default)</source>
      <translation>frei (Voreinstellung)</translation>
    </message>
    <message>
      <source>the day it opens: 2060-01-01</source>
      <translation>der Tag der Freigabe: 2060-01-01</translation>
    </message>
    <message>
      <source>why: medical records, the donor's wish…</source>
      <translation>warum: Krankenakten, Wunsch des Schenkers…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Keep these corrections (they are stored in the index, never in the file)</source>
      <translation>Diese Korrekturen behalten (sie werden im Index gespeichert, nie in der Datei)</translation>
    </message>
    <message>
      <source>Revert to extracted</source>
      <translation>Zurück zum Gelesenen</translation>
    </message>
    <message>
      <source>Drop every correction of this item and show what was read from the file</source>
      <translation>Alle Korrekturen dieses Objekts verwerfen und zeigen, was aus der Datei gelesen wurde</translation>
    </message>
    <message>
      <source>Technical facts</source>
      <translation>Technische Angaben</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>Angabe</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>Änderungsverlauf</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Wann</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Feld</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Vorher</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Nachher</translation>
    </message>
    <message>
      <source>&lt;b&gt;History&lt;/b&gt; — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save</source>
      <translation>&lt;b&gt;Verlauf&lt;/b&gt; — Objekt ▸ Letztes Speichern rückgängig (Strg+Z) nimmt das letzte Speichern zurück</translation>
    </message>
    <message numerus="yes">
      <source>Save %Ln items</source>
      <translation>
        <numerusform>%Ln Objekt speichern</numerusform>
        <numerusform>%Ln Objekte speichern</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln items selected: a field left as it is stays as each item has it</source>
      <translation>
        <numerusform>%Ln Objekt ausgewählt: ein unverändertes Feld bleibt bei jedem Objekt, wie es ist</numerusform>
        <numerusform>%Ln Objekte ausgewählt: ein unverändertes Feld bleibt bei jedem Objekt, wie es ist</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>bearbeitet</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message numerus="yes">
      <source>%Ln bytes</source>
      <translation>
        <numerusform>%Ln Byte</numerusform>
        <numerusform>%Ln Byte</numerusform>
      </translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Wird gespeichert…</translation>
    </message>
    <message>
      <source>Reverting…</source>
      <translation>Wird zurückgesetzt…</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Names</source>
      <translation>Namen</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>As creator</source>
      <translation>Als Urheber</translation>
    </message>
    <message>
      <source>As recipient</source>
      <translation>Als Empfänger</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Normdatensatz</translation>
    </message>
    <message>
      <source>People and organisations</source>
      <translation>Personen und Körperschaften</translation>
    </message>
    <message>
      <source>Family, Given — the form every record will give</source>
      <translation>Nachname, Vorname — die Form, die jeder Datensatz nennen wird</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Zusammenführen zu</translation>
    </message>
    <message>
      <source>Authority record</source>
      <translation>Normdatensatz</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Zusammenführen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln name(s)</source>
      <translation>
        <numerusform>%Ln Name</numerusform>
        <numerusform>%Ln Namen</numerusform>
      </translation>
    </message>
    <message>
      <source>Not merged: {error}</source>
      <translation>Nicht zusammengeführt: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Merged into {name} in %Ln item(s)</source>
      <translation>
        <numerusform>In %Ln Objekt zu {name} zusammengeführt</numerusform>
        <numerusform>In %Ln Objekten zu {name} zusammengeführt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.</source>
      <translation>{path} ist nicht mehr da (seit der Indexierung verschoben oder gelöscht); neu indexieren, um die Liste zu aktualisieren.</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>'{suffix}' file</source>
      <translation>„{suffix}“-Datei</translation>
    </message>
    <message>
      <source>{name} could not be opened: no program on this computer is set to open this {kind}. Set a default program for it in the desktop's settings, or use Show in Folder.</source>
      <translation>{name} konnte nicht geöffnet werden: auf diesem Rechner ist kein Programm für diesen Typ ({kind}) eingestellt. Ein Standardprogramm in den Systemeinstellungen festlegen oder „Im Ordner zeigen“ verwenden.</translation>
    </message>
    <message>
      <source>recording</source>
      <translation>Aufnahme</translation>
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>page {number}</source>
      <extracomment>Tables without sheet names (a CSV or TSV is one sheet).</extracomment>
      <translation>Seite {number}</translation>
    </message>
    <message>
      <source>Open externally</source>
      <translation>Extern öffnen</translation>
    </message>
    <message>
      <source>Select an item to see it here.</source>
      <translation>Ein Objekt auswählen, um es hier zu sehen.</translation>
    </message>
    <message>
      <source>This file is no longer in the collection folder (moved or deleted since it was indexed). Re-index to bring the list up to date.</source>
      <translation>Diese Datei ist nicht mehr im Sammlungsordner (seit der Indexierung verschoben oder gelöscht). Neu indexieren, um die Liste zu aktualisieren.</translation>
    </message>
    <message>
      <source>This file has been replaced by a link to a file outside the collection since it was indexed; it is not shown.</source>
      <translation>Diese Datei wurde seit der Indexierung durch eine Verknüpfung auf eine Datei außerhalb der Sammlung ersetzt; sie wird nicht gezeigt.</translation>
    </message>
    <message>
      <source>no text could be read from this {kind}</source>
      <translation>aus dieser Datei ({kind}) konnte kein Text gelesen werden</translation>
    </message>
    <message>
      <source>file</source>
      <translation>Datei</translation>
    </message>
    <message>
      <source>Nothing to preview: {reason}.</source>
      <translation>Keine Vorschau: {reason}.</translation>
    </message>
    <message>
      <source>◀ Hit</source>
      <translation>◀ Treffer</translation>
    </message>
    <message>
      <source>Previous hit (Shift+F3, or N)</source>
      <translation>Vorheriger Treffer (Umschalt+F3 oder N)</translation>
    </message>
    <message>
      <source>Hit ▶</source>
      <translation>Treffer ▶</translation>
    </message>
    <message>
      <source>Next hit (F3, or n)</source>
      <translation>Nächster Treffer (F3 oder n)</translation>
    </message>
    <message>
      <source>hit {current} of {total}</source>
      <translation>Treffer {current} von {total}</translation>
    </message>
    <message numerus="yes">
      <source>%n+ hits</source>
      <translation>
        <numerusform>%n+ Treffer</numerusform>
        <numerusform>%n+ Treffer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n Treffer</numerusform>
        <numerusform>%n Treffer</numerusform>
      </translation>
    </message>
    <message>
      <source>Image</source>
      <extracomment>Longest edge decoded for the preview; larger images are scaled while decoding.</extracomment>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Pages and zoom</source>
      <translation>Seiten und Zoom</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Einpassen</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Das Bild ins Fenster einpassen</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Originalgröße</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Verkleinern</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Vergrößern</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>Nach links drehen</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>Nach rechts drehen</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
      <source>Text layer</source>
      <translation>Textebene</translation>
    </message>
    <message>
      <source>Show the words recognised in this image (OCR)</source>
      <translation>Die in diesem Bild erkannten Wörter zeigen (Texterkennung)</translation>
    </message>
    <message>
      <source>Words recognised in the image</source>
      <translation>Im Bild erkannte Wörter</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
      <source>This image cannot be shown: {reason}.</source>
      <translation>Dieses Bild kann nicht gezeigt werden: {reason}.</translation>
    </message>
    <message>
      <source>unknown format</source>
      <translation>unbekanntes Format</translation>
    </message>
    <message>
      <source>Pages of the PDF</source>
      <extracomment>Points between two pages, and around them. Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB). The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB). How a hit is marked: its colour's opacity, and the outline of the one shown.</extracomment>
      <translation>Seiten des PDF</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Seite</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+wheel)</source>
      <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+wheel)</source>
      <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Breite</translation>
    </message>
    <message>
      <source>Fit the page width to the window</source>
      <translation>Seitenbreite ins Fenster einpassen</translation>
    </message>
    <message>
      <source>Show the whole page</source>
      <translation>Die ganze Seite zeigen</translation>
    </message>
    <message>
      <source>of {count}</source>
      <translation>von {count}</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Wird geöffnet…</translation>
    </message>
    <message>
      <source>This PDF cannot be shown: {reason}.</source>
      <translation>Dieses PDF kann nicht gezeigt werden: {reason}.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <extracomment>Rows shown of one sheet (the index holds them all; a search finds the rest).</extracomment>
      <translation>Tabellenblatt</translation>
    </message>
    <message>
      <source>Cells of the sheet</source>
      <translation>Zellen des Tabellenblatts</translation>
    </message>
    <message>
      <source>Sheet {number}</source>
      <translation>Tabellenblatt {number}</translation>
    </message>
    <message>
      <source>the first {shown} of {count} rows</source>
      <translation>die ersten {shown} von {count} Zeilen</translation>
    </message>
    <message>
      <source>Text of the item</source>
      <extracomment>More text than this is cut for display (the index holds it all). Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…). A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.</extracomment>
      <translation>Text des Objekts</translation>
    </message>
    <message>
      <source>the rest of this text is not shown here; it is searchable</source>
      <translation>der Rest dieses Textes wird hier nicht gezeigt; er ist durchsuchbar</translation>
    </message>
  </context>
  <context>
    <name>Provenance</name>
    <message>
      <source>by OCR</source>
      <translation>per Texterkennung</translation>
    </message>
    <message>
      <source>from the file system</source>
      <translation>aus dem Dateisystem</translation>
    </message>
    <message>
      <source>from the file</source>
      <extracomment>Each kind of source, in words.</extracomment>
      <translation>aus der Datei</translation>
    </message>
    <message>
      <source>by its format</source>
      <translation>aus dem Format</translation>
    </message>
    <message>
      <source>from its name</source>
      <translation>aus dem Namen</translation>
    </message>
    <message>
      <source>from its text</source>
      <translation>aus dem Text</translation>
    </message>
    <message>
      <source>recognised</source>
      <translation>erkannt</translation>
    </message>
    <message>
      <source>part of</source>
      <extracomment>Fields the history names that the form does not show.</extracomment>
      <translation>Teil von</translation>
    </message>
    <message>
      <source>part</source>
      <translation>Teil</translation>
    </message>
    <message>
      <source>findings dismissed</source>
      <translation>verworfene Funde</translation>
    </message>
    <message>
      <source>format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Turned upright for OCR (degrees)</source>
      <extracomment>Facts readers add under names of their own.</extracomment>
      <translation>Für die Texterkennung aufgerichtet (Grad)</translation>
    </message>
    <message>
      <source>Duration (seconds)</source>
      <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
      <source>Bit rate (kbit/s)</source>
      <translation>Bitrate (kbit/s)</translation>
    </message>
    <message>
      <source>Sample rate (Hz)</source>
      <translation>Abtastrate (Hz)</translation>
    </message>
    <message>
      <source>Channels</source>
      <translation>Kanäle</translation>
    </message>
    <message>
      <source>in the window</source>
      <translation>im Fenster</translation>
    </message>
    <message>
      <source>on the command line</source>
      <translation>auf der Kommandozeile</translation>
    </message>
    <message>
      <source>reverted</source>
      <translation>zurückgesetzt</translation>
    </message>
    <message>
      <source>names merged</source>
      <translation>Namen zusammengeführt</translation>
    </message>
    <message>
      <source>imported from {file}</source>
      <translation>importiert aus {file}</translation>
    </message>
    <message>
      <source>undo of save {batch}</source>
      <translation>Rücknahme von Speicherung {batch}</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Making the accession report…</source>
      <translation>Der Zugangsbericht wird erstellt…</translation>
    </message>
    <message>
      <source>the accession report</source>
      <translation>den Zugangsbericht</translation>
    </message>
    <message>
      <source>The accession report is open in your browser: {path}</source>
      <translation>Der Zugangsbericht ist im Browser geöffnet: {path}</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <source>p. {page}</source>
      <extracomment>The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge. A grid cell, and the square its thumbnail is fitted into. How much of the text before a snippet's first marked word stays in view.</extracomment>
      <translation>S. {page}</translation>
    </message>
    <message>
      <source>Results</source>
      <extracomment>The ways of showing the results, as the View menu and the settings name them. Width of each column after the first (which stretches); 0: as wide as it comes.</extracomment>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Results as thumbnails</source>
      <translation>Ergebnisse als Vorschaubilder</translation>
    </message>
  </context>
  <context>
    <name>SavedSearches</name>
    <message>
      <source>Saved searches</source>
      <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
      <source>Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)</source>
      <translation>Gespeicherte Suchen: zum Ausführen anklicken (Suche ▸ Suche speichern… behält die aktuelle)</translation>
    </message>
    <message>
      <source>&amp;Run</source>
      <translation>&amp;Ausführen</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>&amp;Vergessen</translation>
    </message>
    <message>
      <source>Save Search</source>
      <translation>Suche speichern</translation>
    </message>
    <message>
      <source>Name for the search {query}:</source>
      <translation>Name für die Suche {query}:</translation>
    </message>
    <message>
      <source>The search was not saved: {error}</source>
      <translation>Die Suche wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
      <source>Saved as @{name} (also: archive search {quoted})</source>
      <translation>Gespeichert als @{name} (auch: archive search {quoted})</translation>
    </message>
    <message>
      <source>The saved search could not be opened: {error}</source>
      <translation>Die gespeicherte Suche konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <source>The saved search {name} was not removed: {error}</source>
      <translation>Die gespeicherte Suche {name} wurde nicht entfernt: {error}</translation>
    </message>
  </context>
  <context>
    <name>Searching</name>
    <message>
      <source>Search</source>
      <extracomment>From this many items a search runs off the GUI thread (see above).</extracomment>
      <translation>Suche</translation>
    </message>
    <message>
      <source>Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</source>
      <translation>Suche: Wörter, "eine Wortfolge", title:…, creator:…, date:[1950 TO 1960]   (Strg+F)</translation>
    </message>
    <message>
      <source>Years: {first}–{last}</source>
      <translation>Jahre: {first}–{last}</translation>
    </message>
    <message>
      <source>Cannot search: {error}</source>
      <translation>Suche nicht möglich: {error}</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>Suche fehlgeschlagen: {error}</translation>
    </message>
    <message numerus="yes">
      <source>at least %Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>mindestens %Ln Ergebnis in {ms} ms</numerusform>
        <numerusform>mindestens %Ln Ergebnisse in {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>%Ln Ergebnis in {ms} ms</numerusform>
        <numerusform>%Ln Ergebnisse in {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> with %Ln filter(s) — {filters}</source>
      <translation>
        <numerusform> mit %Ln Filter — {filters}</numerusform>
        <numerusform> mit %Ln Filtern — {filters}</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} without them</source>
      <translation>; {count} ohne sie</translation>
    </message>
    <message>
      <source>; {count} without it</source>
      <translation>; {count} ohne ihn</translation>
    </message>
    <message>
      <source> so far — {indexing}</source>
      <translation> bisher — {indexing}</translation>
    </message>
    <message>
      <source>Selecting all {total} results… {read} read</source>
      <translation>Alle {total} Ergebnisse werden ausgewählt… {read} gelesen</translation>
    </message>
    <message numerus="yes">
      <source>%Ln selected</source>
      <translation>
        <numerusform>%Ln ausgewählt</numerusform>
        <numerusform>%Ln ausgewählt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message>
      <source>CSV, for spreadsheets (*.csv)</source>
      <extracomment>Export formats as the save dialog offers them (translated there) → the core's format names.</extracomment>
      <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
      <source>EAD finding aid (*.xml)</source>
      <translation>EAD-Findbuch (*.xml)</translation>
    </message>
    <message>
      <source>Mailbox of the messages as they were (*.mbox)</source>
      <translation>Postfach mit den Nachrichten, wie sie waren (*.mbox)</translation>
    </message>
    <message>
      <source>The messages as .eml files, in a new folder (*)</source>
      <translation>Die Nachrichten als .eml-Dateien in einem neuen Ordner (*)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vorschau</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Metadaten</translation>
    </message>
    <message>
      <source>Cite</source>
      <translation>Zitieren</translation>
    </message>
    <message numerus="yes">
      <source>Reading the records of %Ln items…</source>
      <translation>
        <numerusform>Die Verzeichnung von %Ln Objekt wird gelesen…</numerusform>
        <numerusform>Die Verzeichnungen von %Ln Objekten werden gelesen…</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read the selected items: {error}</source>
      <translation>Die ausgewählten Objekte konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <source>Shown from the list of what is inside; it is not among this search's results</source>
      <translation>Aus der Liste des Enthaltenen gezeigt; es ist nicht unter den Ergebnissen dieser Suche</translation>
    </message>
    <message>
      <source>Nothing selected.</source>
      <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
      <source>Arrange in Series</source>
      <translation>In Serie einordnen</translation>
    </message>
    <message numerus="yes">
      <source>The series of the %Ln item(s), its levels parted by '/':</source>
      <translation>
        <numerusform>Serie für %Ln Objekt, Ebenen durch „/“ getrennt:</numerusform>
        <numerusform>Serie für %Ln Objekte, Ebenen durch „/“ getrennt:</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the parts of the item, at least two, in order</source>
      <translation>Wählen Sie die Teile des Objekts aus, mindestens zwei, in ihrer Reihenfolge</translation>
    </message>
    <message>
      <source>Group Selected</source>
      <translation>Zu einem Objekt zusammenfassen</translation>
    </message>
    <message numerus="yes">
      <source>The title of the item made of these %Ln files, in the order of their names:</source>
      <translation>
        <numerusform>Titel des Objekts aus %Ln Datei, in der Reihenfolge ihrer Namen:</numerusform>
        <numerusform>Titel des Objekts aus %Ln Dateien, in der Reihenfolge ihrer Namen:</numerusform>
      </translation>
    </message>
    <message>
      <source>The item shown is not made of several files</source>
      <translation>Das gezeigte Objekt besteht nicht aus mehreren Dateien</translation>
    </message>
    <message>
      <source>The selected item</source>
      <extracomment>A selection of at least this many items has its records read for the form off the GUI thread (20,000 selected items took 0.6 s on it). Items whose preview opens at the page of the best hit.</extracomment>
      <translation>Das ausgewählte Objekt</translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Dieses Objekt kann nicht gezeigt werden: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln item(s)</source>
      <translation>
        <numerusform>%Ln Objekt gespeichert</numerusform>
        <numerusform>%Ln Objekte gespeichert</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation>Nichts geändert</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Gespeichert</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Nicht gespeichert</translation>
    </message>
    <message numerus="yes">
      <source>%Ln items</source>
      <translation>
        <numerusform>%Ln Objekt</numerusform>
        <numerusform>%Ln Objekte</numerusform>
      </translation>
    </message>
    <message>
      <source>Your changes to {which} were not saved: {error}. They are still in the form; save again when the problem is solved.</source>
      <translation>Ihre Änderungen an {which} wurden nicht gespeichert: {error}. Sie stehen noch im Formular; erneut speichern, wenn das Problem behoben ist.</translation>
    </message>
    <message>
      <source>Could not undo: {error}</source>
      <translation>Rückgängig machen nicht möglich: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Undid the last save (%Ln item(s))</source>
      <translation>
        <numerusform>Letztes Speichern rückgängig gemacht (%Ln Objekt)</numerusform>
        <numerusform>Letztes Speichern rückgängig gemacht (%Ln Objekte)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
      <source>Copy &amp;Path</source>
      <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
      <source>Copy &amp;Citation</source>
      <translation>&amp;Literaturangabe kopieren</translation>
    </message>
    <message>
      <source>&amp;Edit Metadata</source>
      <translation>&amp;Metadaten bearbeiten</translation>
    </message>
    <message>
      <source>C&amp;ite Selection</source>
      <translation>Auswahl z&amp;itieren</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Auswahl als &amp;BagIt packen…</translation>
    </message>
    <message>
      <source>Find the &amp;Thread</source>
      <translation>&amp;Gesprächsverlauf finden</translation>
    </message>
    <message>
      <source>{name} could not be taken out of its file: {error}</source>
      <translation>{name} konnte nicht aus seiner Datei geholt werden: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln path(s)</source>
      <translation>
        <numerusform>%Ln Pfad kopiert</numerusform>
        <numerusform>%Ln Pfade kopiert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Export %Ln item(s)</source>
      <translation>
        <numerusform>%Ln Objekt exportieren</numerusform>
        <numerusform>%Ln Objekte exportieren</numerusform>
      </translation>
    </message>
    <message>
      <source>The items selected are of several collections: select those of one</source>
      <translation>Die ausgewählten Objekte stammen aus mehreren Sammlungen: Objekte einer Sammlung auswählen</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln message(s) to {target}</source>
      <translation>
        <numerusform>%Ln Nachricht nach {target} exportiert</numerusform>
        <numerusform>%Ln Nachrichten nach {target} exportiert</numerusform>
      </translation>
    </message>
    <message>
      <source>No messages were exported to {target}: {error}</source>
      <translation>Keine Nachrichten nach {target} exportiert: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Bag %Ln item(s) into an empty folder</source>
      <translation>
        <numerusform>%Ln Objekt in einen leeren Ordner packen</numerusform>
        <numerusform>%Ln Objekte in einen leeren Ordner packen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagging %Ln item(s)…</source>
      <translation>
        <numerusform>%Ln Objekt wird gepackt…</numerusform>
        <numerusform>%Ln Objekte werden gepackt…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagged %Ln file(s) ({size}) in {folder}</source>
      <translation>
        <numerusform>%Ln Datei ({size}) in {folder} gepackt</numerusform>
        <numerusform>%Ln Dateien ({size}) in {folder} gepackt</numerusform>
      </translation>
    </message>
    <message>
      <source>No bag was made in {folder}: {error}</source>
      <translation>In {folder} wurde kein Bag angelegt: {error}</translation>
    </message>
  </context>
  <context>
    <name>Size</name>
    <message numerus="yes">
      <source>%Ln byte(s)</source>
      <translation>
        <numerusform>%Ln Byte</numerusform>
        <numerusform>%Ln Byte</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Timeline: the results by year</source>
      <translation>Zeitleiste: die Ergebnisse nach Jahren</translation>
    </message>
    <message>
      <source>Items per year: drag across to search those years, click a year for that year alone, click the chosen years again to let every year back. Keys: ← → a year, Shift+← → more years, Esc every year</source>
      <translation>Objekte pro Jahr: darüberziehen, um in diesen Jahren zu suchen; ein Jahr anklicken für nur dieses Jahr; die gewählten Jahre erneut anklicken, um alle Jahre zurückzuholen. Tasten: ← → ein Jahr, Umschalt+← → mehr Jahre, Esc alle Jahre</translation>
    </message>
    <message>
      <source>Years {years}</source>
      <translation>Jahre {years}</translation>
    </message>
    <message>
      <source>Every year</source>
      <translation>Alle Jahre</translation>
    </message>
    <message numerus="yes">
      <source>{year}: %Ln item(s)</source>
      <translation>
        <numerusform>{year}: %Ln Objekt</numerusform>
        <numerusform>{year}: %Ln Objekte</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Types</name>
    <message>
      <source>Collection</source>
      <extracomment>The DCMI types by the names people use (queries keep the codes).</extracomment>
      <translation>Sammlung</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Datensatz</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ereignis</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Interactive resource</source>
      <translation>Interaktive Ressource</translation>
    </message>
    <message>
      <source>Moving image</source>
      <translation>Bewegtbild</translation>
    </message>
    <message>
      <source>Physical object</source>
      <translation>Physisches Objekt</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Dienst</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Software</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Ton</translation>
    </message>
    <message>
      <source>Still image</source>
      <translation>Unbewegtes Bild</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
  </context>
  <context>
    <name>Window</name>
    <message>
      <source>More tools</source>
      <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Leeren</translation>
    </message>
    <message>
      <source>Archive viewer</source>
      <extracomment>The languages the viewer speaks, each named in itself. The CSL locale of each language the viewer speaks, where pandoc's citeproc has one. The translators in use (Qt keeps no reference of its own).
----------
How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more). Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.</extracomment>
      <translation>Archivbetrachter</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Width of the side pane</source>
      <translation>Breite der Seitenleiste</translation>
    </message>
    <message>
      <source>Width of the list</source>
      <translation>Breite der Liste</translation>
    </message>
    <message>
      <source>{folder} is not searched: {error}</source>
      <translation>{folder} wird nicht durchsucht: {error}</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Suchsyntax</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Filter aufheben</translation>
    </message>
    <message>
      <source>Show every result of the words typed: no facet value, no years</source>
      <translation>Jedes Ergebnis der eingegebenen Wörter zeigen: ohne Facettenwert, ohne Jahre</translation>
    </message>
    <message>
      <source>Narrow the results</source>
      <translation>Ergebnisse eingrenzen</translation>
    </message>
    <message>
      <source>Cannot open {folder}: {error}</source>
      <translation>{folder} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
      <source>{collection} — Archive viewer</source>
      <translation>{collection} — Archivbetrachter</translation>
    </message>
    <message>
      <source>Add a collection to the search</source>
      <translation>Eine Sammlung zur Suche hinzufügen</translation>
    </message>
    <message>
      <source>Open collection folder</source>
      <translation>Sammlungsordner öffnen</translation>
    </message>
    <message>
      <source>The window speaks {language} from its next start</source>
      <translation>Ab dem nächsten Start erscheint das Fenster auf {language}</translation>
    </message>
    <message>
      <source>About Archive Viewer</source>
      <translation>Über den Archivbetrachter</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Schließen</translation>
    </message>
  </context>
</TS>
