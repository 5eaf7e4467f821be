<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>Access</name>
    <message>
      <source>{access} until {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{restriction}: {note}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cite</name>
    <message>
      <source>APA 7th edition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chicago author-date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chicago notes and bibliography</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MLA 9th edition</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Harvard (Cite Them Right)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>GOST R 7.0.100-2018 (Russian)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Citation style</source>
      <extracomment>Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'. The tab formats the citations of at most this many selected items (the exports take them all): pandoc took over two minutes on 20,000, and the window's other background work waited for it. The style suggestions' least width, in pixels.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A common style, or type any words of an installed CSL style's title or name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Style file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use a .csl style file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language of the citations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Style's language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Citations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the citations (Ctrl+Shift+C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export as</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No such citation style: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSL styles (*.csl)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The citations of the first {shown} of the {selected} items selected; the exports below take them all.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln item(s) held back are not cited.</source>
      <translation>
        <numerusform>%Ln item held back is not cited.</numerusform>
        <numerusform>%Ln items held back are not cited.</numerusform>
      </translation>
    </message>
    <message>
      <source>Formatting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select items to cite them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The citation could not be formatted: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Copied %Ln citation(s)</source>
      <translation>
        <numerusform>Copied %Ln citation</numerusform>
        <numerusform>Copied %Ln citations</numerusform>
      </translation>
    </message>
    <message>
      <source> (of {selected} selected: export them all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Exported %Ln item(s) to {file}</source>
      <translation>
        <numerusform>Exported %Ln item to {file}</numerusform>
        <numerusform>Exported %Ln items to {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>Export to {file} failed: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CollectionRecord</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, placeholder, long text) in the order of the form.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Repository</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family, Given; Body</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Languages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope and content</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conditions of access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conditions of use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collection Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What describes the whole collection: finding aids, bags, MARC and MODS records and citations take it from here. Dates and languages left empty are worked out from the items.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The collection record was not saved: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collection record saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title</source>
      <extracomment>How long the list must rest before the snippets of the rows on screen are worked out. (header, what the core sorts by) for each column.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>Looking for duplicates…</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln group(s) of duplicates</source>
      <translation>
        <numerusform>%Ln group of duplicates</numerusform>
        <numerusform>%Ln groups of duplicates</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not look for duplicates: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duplicates in {collection}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln group(s):</source>
      <translation>
        <numerusform>%Ln group:</numerusform>
        <numerusform>%Ln groups:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</source>
      <translation>
        <numerusform>%Ln copy beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</numerusform>
        <numerusform>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</numerusform>
      </translation>
    </message>
    <message>
      <source>No duplicates: no two files are identical, and no two texts are near copies.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln identical</source>
      <translation>
        <numerusform>%Ln identical</numerusform>
        <numerusform>%Ln identical</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln near copies, {percent}% alike</source>
      <translation>
        <numerusform>%Ln near copy, {percent}% alike</numerusform>
        <numerusform>%Ln near copies, {percent}% alike</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag the Copies…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag every item of the group but the first, to find them again (tag:duplicate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open every item of the group with the desktop's program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show in Folders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show where each item of the group is</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tag the Copies</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Tag for the %Ln copies (every item but the first):</source>
      <translation>
        <numerusform>Tag for the %Ln copy (every item but the first):</numerusform>
        <numerusform>Tag for the %Ln copies (every item but the first):</numerusform>
      </translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Collection</source>
      <extracomment>The facet of several collections searched as one: how many matches each holds. The core's facet names, with the heading shown for each (translated where shown).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publisher / source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PRONOM format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sensitive data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{facet}: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(drop rows here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop results here to start a series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open</source>
      <extracomment>The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>restricted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>card numbers</source>
      <extracomment>The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>IBANs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>US social security numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>national identifiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>phone numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words of the lexicon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Facets: narrow the results</source>
      <extracomment>How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click to clear this filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show only {facet}: {value}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Filters</name>
    <message>
      <source>Only:</source>
      <extracomment>What a chip for the timeline's years is keyed by (facets are keyed by their names). A chip's text is elided past this many characters (its tooltip says it whole).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let every filter go: the whole result of the words typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click to let this filter go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>AVI video</source>
      <extracomment>The format names (archive.formats) that are words, not a format's own name: marked here for translation, the others ('PDF', 'JPEG') are the same in every language.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MPEG-4 audio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>MPEG-4 video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mailbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Matroska video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OpenDocument presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OpenDocument spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outlook data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outlook message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plain text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>QuickTime video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Windows Media audio</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HandingOn</name>
    <message>
      <source>Items held back</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</source>
      <translation>
        <numerusform>%Ln of the selected items is held back: restricted, closed, or holding sensitive data no one has reviewed.</numerusform>
        <numerusform>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</numerusform>
      </translation>
    </message>
    <message>
      <source>They are left out unless you include them; included, each carries its restriction (EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with archive sensitive, or by setting the item's access.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Include the items held back</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source> — %Ln item(s) held back</source>
      <translation>
        <numerusform> — %Ln item held back</numerusform>
        <numerusform> — %Ln items held back</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>both words, anywhere (text or metadata)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the exact phrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>combine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>one field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>dates and ranges (an item dated only 1953 is not in &lt;code&gt;date:1953-02&lt;/code&gt;)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>wildcard, fuzzy (at most &lt;code&gt;~2&lt;/code&gt;)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>without a word; words in one language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a message and the replies to it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a saved search (Search ▸ Save Search…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words are matched in every form (&lt;i&gt;survey&lt;/i&gt; finds &lt;i&gt;surveying&lt;/i&gt;) and without accents (&lt;i&gt;resume&lt;/i&gt; finds &lt;i&gt;résumé&lt;/i&gt;). Click a facet on the left to narrow the list; click it again to clear.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the search field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{keys} (in the search field)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{keys} (in the results)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>into the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>herring</source>
      <extracomment>The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left out, a word begun, a word misspelt.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>quay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>north quay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cod</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>breakwat*</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>brekwater~</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open the item in its own program</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>copy the selection's citations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>save the metadata form (of every selected item)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>undo the last save (in a field: its own typing first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>save the search under a name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>compact rows, rows with snippets, grid of thumbnails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show or hide the facets pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>re-index the collection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF pages and zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the platform's data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Index folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tesseract (OCR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not installed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pandoc (citations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not available</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive viewer {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search, view, correct and cite a folder of documents, offline. Nothing is ever written into the collection folder.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Indexing</name>
    <message>
      <source>Files read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop indexing; what is done so far is kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing stopped: {reason}. The list shows what is already indexed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Looking for new and changed files…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopping after the files in progress…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing cancelled: {counts} ({seconds} s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Index up to date: {counts} ({seconds} s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indexing, {done} of {total} files read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>indexing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing… {done} of {total} files read. Items appear here as they are indexed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing… looking for files. Items appear here as they are indexed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No items match.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln problem</numerusform>
        <numerusform>%Ln problems</numerusform>
      </translation>
    </message>
    <message>
      <source>read in part: {what}</source>
      <translation>read in part: {what}</translation>
    </message>
    <message>
      <source>read poorly: install {package} to read its script</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gone from the folder; your edits ({fields}) are kept until it comes back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln file(s) need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</source>
      <translation>
        <numerusform>%Ln file needs a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</numerusform>
        <numerusform>%Ln files need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: every file was read, and no edits are waiting for a file that is gone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, {count} read again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, {count} items inside them</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Media</name>
    <message>
      <source>mono</source>
      <extracomment>The poster frame's longest edge in the pane.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stereo</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n channels</source>
      <translation>
        <numerusform>%n channel</numerusform>
        <numerusform>%n channels</numerusform>
      </translation>
    </message>
    <message>
      <source>Poster frame</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play it in the desktop's own player</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play in the desktop's player</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Running time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rate} kbit/s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{rate} kHz</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{label}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Making the poster frame…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No poster frame: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the picture could not be read</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <source>Items inside this one</source>
      <extracomment>Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>… and {count} more: search for them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parts ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Inside ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open Collection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A&amp;dd Collection to Search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-&amp;index</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Watch for Changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look for new and changed files whenever the window comes back to the front</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Indexing &amp;Problems…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Accession Report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Collection Re&amp;cord…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open Externally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Copy Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Arrange in Series…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Group Selected…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save Metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo Last Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Compact Rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rows with &amp;Snippets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Grid of Thumbnails</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sort &amp;By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Descending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Facets Pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;lear Filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search &amp;In</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save Search…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find &amp;Duplicates…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Names…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved Searc&amp;hes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search &amp;Syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Archive Viewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sort by Relevance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{column} (empty here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, kind) in the order of the form. Lists are typed with ';' between items.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Publisher</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Subjects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Identifier</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Transcription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Access note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PRONOM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Height</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File modified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Content modified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Creator tool</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OCR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(several values)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family, Given; Family, Given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>2021, 2021-02 or 2021-02-26</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>term; term</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>tag; tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Series 2: Administration/Memoranda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Box 3, Folder 2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open (the default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the day it opens: 2060-01-01</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>why: medical records, the donor's wish…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep these corrections (they are stored in the index, never in the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revert to extracted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drop every correction of this item and show what was read from the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technical facts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Technical</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History of changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;History&lt;/b&gt; — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Save %Ln items</source>
      <translation>
        <numerusform>Save %Ln item</numerusform>
        <numerusform>Save %Ln items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln items selected: a field left as it is stays as each item has it</source>
      <translation>
        <numerusform>%Ln item selected: a field left as it is stays as each item has it</numerusform>
        <numerusform>%Ln items selected: a field left as it is stays as each item has it</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln bytes</source>
      <translation>
        <numerusform>%Ln byte</numerusform>
        <numerusform>%Ln bytes</numerusform>
      </translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reverting…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As creator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People and organisations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Family, Given — the form every record will give</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge into</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authority record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln name(s)</source>
      <translation>
        <numerusform>%Ln name</numerusform>
        <numerusform>%Ln names</numerusform>
      </translation>
    </message>
    <message>
      <source>Not merged: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Merged into {name} in %Ln item(s)</source>
      <translation>
        <numerusform>Merged into {name} in %Ln item</numerusform>
        <numerusform>Merged into {name} in %Ln items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>'{suffix}' file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} could not be opened: no program on this computer is set to open this {kind}. Set a default program for it in the desktop's settings, or use Show in Folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recording</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>page {number}</source>
      <extracomment>Tables without sheet names (a CSV or TSV is one sheet).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open externally</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an item to see it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file is no longer in the collection folder (moved or deleted since it was indexed). Re-index to bring the list up to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file has been replaced by a link to a file outside the collection since it was indexed; it is not shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no text could be read from this {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to preview: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>◀ Hit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous hit (Shift+F3, or N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hit ▶</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next hit (F3, or n)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hit {current} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n+ hits</source>
      <translation>
        <numerusform>%n+ hit</numerusform>
        <numerusform>%n+ hits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n hit</numerusform>
        <numerusform>%n hits</numerusform>
      </translation>
    </message>
    <message>
      <source>Image</source>
      <extracomment>Longest edge decoded for the preview; larger images are scaled while decoding.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages and zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rotate left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rotate right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the words recognised in this image (OCR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words recognised in the image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This image cannot be shown: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unknown format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages of the PDF</source>
      <extracomment>Points between two pages, and around them. Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB). The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB). How a hit is marked: its colour's opacity, and the outline of the one shown.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom out (Ctrl+wheel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Zoom in (Ctrl+wheel)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fit the page width to the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the whole page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>of {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This PDF cannot be shown: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheet</source>
      <extracomment>Rows shown of one sheet (the index holds them all; a search finds the rest).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cells of the sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sheet {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the first {shown} of {count} rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text of the item</source>
      <extracomment>More text than this is cut for display (the index holds it all). Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…). A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the rest of this text is not shown here; it is searchable</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Provenance</name>
    <message>
      <source>by OCR</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from the file system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from the file</source>
      <extracomment>Each kind of source, in words.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>by its format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from its name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from its text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>recognised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part of</source>
      <extracomment>Fields the history names that the form does not show.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>findings dismissed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turned upright for OCR (degrees)</source>
      <extracomment>Facts readers add under names of their own.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Duration (seconds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bit rate (kbit/s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sample rate (Hz)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on the command line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>reverted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>names merged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>imported from {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>undo of save {batch}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Making the accession report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the accession report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The accession report is open in your browser: {path}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <source>p. {page}</source>
      <extracomment>The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge. A grid cell, and the square its thumbnail is fitted into. How much of the text before a snippet's first marked word stays in view.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results</source>
      <extracomment>The ways of showing the results, as the View menu and the settings name them. Width of each column after the first (which stretches); 0: as wide as it comes.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results as thumbnails</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SavedSearches</name>
    <message>
      <source>Saved searches</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Run</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name for the search {query}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The search was not saved: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved as @{name} (also: archive search {quoted})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved search could not be opened: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The saved search {name} was not removed: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Searching</name>
    <message>
      <source>Search</source>
      <extracomment>From this many items a search runs off the GUI thread (see above).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Years: {first}–{last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot search: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>at least %Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>at least %Ln result in {ms} ms</numerusform>
        <numerusform>at least %Ln results in {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>%Ln result in {ms} ms</numerusform>
        <numerusform>%Ln results in {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> with %Ln filter(s) — {filters}</source>
      <translation>
        <numerusform> with %Ln filter — {filters}</numerusform>
        <numerusform> with %Ln filters — {filters}</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} without them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>; {count} without it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> so far — {indexing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selecting all {total} results… {read} read</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln selected</source>
      <translation>
        <numerusform>%Ln selected</numerusform>
        <numerusform>%Ln selected</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message>
      <source>CSV, for spreadsheets (*.csv)</source>
      <extracomment>Export formats as the save dialog offers them (translated there) → the core's format names.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>EAD finding aid (*.xml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mailbox of the messages as they were (*.mbox)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The messages as .eml files, in a new folder (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cite</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Reading the records of %Ln items…</source>
      <translation>
        <numerusform>Reading the record of %Ln item…</numerusform>
        <numerusform>Reading the records of %Ln items…</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read the selected items: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shown from the list of what is inside; it is not among this search's results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing selected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arrange in Series</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>The series of the %Ln item(s), its levels parted by '/':</source>
      <translation>
        <numerusform>The series of the %Ln item, its levels parted by '/':</numerusform>
        <numerusform>The series of the %Ln items, its levels parted by '/':</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the parts of the item, at least two, in order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group Selected</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>The title of the item made of these %Ln files, in the order of their names:</source>
      <translation>
        <numerusform>The title of the item made of this %Ln file, in the order of their names:</numerusform>
        <numerusform>The title of the item made of these %Ln files, in the order of their names:</numerusform>
      </translation>
    </message>
    <message>
      <source>The item shown is not made of several files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The selected item</source>
      <extracomment>A selection of at least this many items has its records read for the form off the GUI thread (20,000 selected items took 0.6 s on it). Items whose preview opens at the page of the best hit.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Saved %Ln item(s)</source>
      <translation>
        <numerusform>Saved %Ln item</numerusform>
        <numerusform>Saved %Ln items</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%Ln items</source>
      <translation>
        <numerusform>%Ln item</numerusform>
        <numerusform>%Ln items</numerusform>
      </translation>
    </message>
    <message>
      <source>Your changes to {which} were not saved: {error}. They are still in the form; save again when the problem is solved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not undo: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Undid the last save (%Ln item(s))</source>
      <translation>
        <numerusform>Undid the last save (%Ln item)</numerusform>
        <numerusform>Undid the last save (%Ln items)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy &amp;Path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy &amp;Citation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit Metadata</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ite Selection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find the &amp;Thread</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} could not be taken out of its file: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Copied %Ln path(s)</source>
      <translation>
        <numerusform>Copied %Ln path</numerusform>
        <numerusform>Copied %Ln paths</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Export %Ln item(s)</source>
      <translation>
        <numerusform>Export %Ln item</numerusform>
        <numerusform>Export %Ln items</numerusform>
      </translation>
    </message>
    <message>
      <source>The items selected are of several collections: select those of one</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Exported %Ln message(s) to {target}</source>
      <translation>
        <numerusform>Exported %Ln message to {target}</numerusform>
        <numerusform>Exported %Ln messages to {target}</numerusform>
      </translation>
    </message>
    <message>
      <source>No messages were exported to {target}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Bag %Ln item(s) into an empty folder</source>
      <translation>
        <numerusform>Bag %Ln item into an empty folder</numerusform>
        <numerusform>Bag %Ln items into an empty folder</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagging %Ln item(s)…</source>
      <translation>
        <numerusform>Bagging %Ln item…</numerusform>
        <numerusform>Bagging %Ln items…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagged %Ln file(s) ({size}) in {folder}</source>
      <translation>
        <numerusform>Bagged %Ln file ({size}) in {folder}</numerusform>
        <numerusform>Bagged %Ln files ({size}) in {folder}</numerusform>
      </translation>
    </message>
    <message>
      <source>No bag was made in {folder}: {error}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Size</name>
    <message numerus="yes">
      <source>%Ln byte(s)</source>
      <translation>
        <numerusform>%Ln byte</numerusform>
        <numerusform>%Ln bytes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Timeline: the results by year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items per year: drag across to search those years, click a year for that year alone, click the chosen years again to let every year back. Keys: ← → a year, Shift+← → more years, Esc every year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Years {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every year</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>{year}: %Ln item(s)</source>
      <translation>
        <numerusform>{year}: %Ln item</numerusform>
        <numerusform>{year}: %Ln items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Types</name>
    <message>
      <source>Collection</source>
      <extracomment>The DCMI types by the names people use (queries keep the codes).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dataset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Interactive resource</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moving image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Physical object</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Software</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Window</name>
    <message>
      <source>More tools</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Archive viewer</source>
      <extracomment>The languages the viewer speaks, each named in itself. The CSL locale of each language the viewer speaks, where pandoc's citeproc has one. The translators in use (Qt keeps no reference of its own).
----------
How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more). Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width of the side pane</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Width of the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{folder} is not searched: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search syntax</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Clear filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show every result of the words typed: no facet value, no years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Narrow the results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open {folder}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{collection} — Archive viewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a collection to the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open collection folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The window speaks {language} from its next start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About Archive Viewer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dismiss</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
