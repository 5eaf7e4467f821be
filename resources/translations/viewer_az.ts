<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
  <context>
    <name>Access</name>
    <message>
      <source>{access} until {date}</source>
      <translation>{date} tarixinədək {access}</translation>
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
      <translation>APA, 7-ci nəşr</translation>
    </message>
    <message>
      <source>Chicago author-date</source>
      <translation>Çikaqo, müəllif-tarix</translation>
    </message>
    <message>
      <source>Chicago notes and bibliography</source>
      <translation>Çikaqo, qeydlər və biblioqrafiya</translation>
    </message>
    <message>
      <source>MLA 9th edition</source>
      <translation>MLA, 9-cu nəşr</translation>
    </message>
    <message>
      <source>Harvard (Cite Them Right)</source>
      <translation>Harvard (Cite Them Right)</translation>
    </message>
    <message>
      <source>GOST R 7.0.100-2018 (Russian)</source>
      <translation>QOST R 7.0.100-2018 (rus)</translation>
    </message>
    <message>
      <source>Citation style</source>
      <extracomment>Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'. The tab formats the citations of at most this many selected items (the exports take them all): pandoc took over two minutes on 20,000, and the window's other background work waited for it. The style suggestions' least width, in pixels.</extracomment>
      <translation>İstinad üslubu</translation>
    </message>
    <message>
      <source>A common style, or type any words of an installed CSL style's title or name</source>
      <translation>Geniş yayılmış üslub, ya da quraşdırılmış CSL üslubunun adından istənilən sözləri yazın</translation>
    </message>
    <message>
      <source>Style file…</source>
      <translation>Üslub faylı…</translation>
    </message>
    <message>
      <source>Use a .csl style file</source>
      <translation>.csl üslub faylından istifadə et</translation>
    </message>
    <message>
      <source>Language of the citations</source>
      <translation>İstinadların dili</translation>
    </message>
    <message>
      <source>Style's language</source>
      <translation>Üslubun dili</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>İstinadlar</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Köçür</translation>
    </message>
    <message>
      <source>Copy the citations (Ctrl+Shift+C)</source>
      <translation>İstinadları köçür (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <source>Style</source>
      <translation>Üslub</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>İxrac formatı</translation>
    </message>
    <message>
      <source>No such citation style: {error}</source>
      <translation>İstinad üslubu tapılmadı: {error}</translation>
    </message>
    <message>
      <source>CSL styles (*.csl)</source>
      <translation>CSL üslubları (*.csl)</translation>
    </message>
    <message>
      <source>The citations of the first {shown} of the {selected} items selected; the exports below take them all.</source>
      <translation>Seçilmiş {selected} sənəddən ilk {shown} sənədin istinadları; aşağıdakı ixraclar hamısını əhatə edir.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln item(s) held back are not cited.</source>
      <translation>
        <numerusform>Saxlanılan %Ln sənəd istinadlara daxil edilmir.</numerusform>
        <numerusform>Saxlanılan %Ln sənəd istinadlara daxil edilmir.</numerusform>
      </translation>
    </message>
    <message>
      <source>Formatting…</source>
      <translation>Tərtib olunur…</translation>
    </message>
    <message>
      <source>Select items to cite them.</source>
      <translation>İstinad vermək üçün sənədləri seçin.</translation>
    </message>
    <message>
      <source>The citation could not be formatted: {error}</source>
      <translation>İstinad tərtib oluna bilmədi: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln citation(s)</source>
      <translation>
        <numerusform>%Ln istinad köçürüldü</numerusform>
        <numerusform>%Ln istinad köçürüldü</numerusform>
      </translation>
    </message>
    <message>
      <source> (of {selected} selected: export them all)</source>
      <translation> (seçilmiş {selected} sənəddən: hamısını ixrac edin)</translation>
    </message>
    <message>
      <source>Export selection</source>
      <translation>Seçilənləri ixrac et</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>İxrac olunmadı: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln item(s) to {file}</source>
      <translation>
        <numerusform>%Ln sənəd {file} faylına ixrac olundu</numerusform>
        <numerusform>%Ln sənəd {file} faylına ixrac olundu</numerusform>
      </translation>
    </message>
    <message>
      <source>Export to {file} failed: {error}</source>
      <translation>{file} faylına ixrac alınmadı: {error}</translation>
    </message>
  </context>
  <context>
    <name>CollectionRecord</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, placeholder, long text) in the order of the form.</extracomment>
      <translation>Başlıq</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Şifr</translation>
    </message>
    <message>
      <source>Repository</source>
      <translation>Saxlanma yeri</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Fond yaradanlar</translation>
    </message>
    <message>
      <source>Family, Given; Body</source>
      <translation>Soyad, Ad; Təşkilat</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Tarixlər</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Dillər</translation>
    </message>
    <message>
      <source>Scope and content</source>
      <translation>Məzmun</translation>
    </message>
    <message>
      <source>Conditions of access</source>
      <translation>Giriş şərtləri</translation>
    </message>
    <message>
      <source>Conditions of use</source>
      <translation>İstifadə şərtləri</translation>
    </message>
    <message>
      <source>Collection Record</source>
      <translation>Kolleksiyanın təsviri</translation>
    </message>
    <message>
      <source>What describes the whole collection: finding aids, bags, MARC and MODS records and citations take it from here. Dates and languages left empty are worked out from the items.</source>
      <translation>Bütün kolleksiyanı təsvir edən məlumat: arxiv təsvirləri (EAD), BagIt paketləri, MARC və MODS yazıları və istinadlar onu buradan götürür. Boş qalan tarixlər və dillər sənədlərdən hesablanır.</translation>
    </message>
    <message>
      <source>The collection record was not saved: {error}</source>
      <translation>Kolleksiyanın təsviri saxlanılmadı: {error}</translation>
    </message>
    <message>
      <source>Collection record saved</source>
      <translation>Kolleksiyanın təsviri saxlanıldı</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Relevance</source>
      <translation>Uyğunluq</translation>
    </message>
    <message>
      <source>Title</source>
      <extracomment>How long the list must rest before the snippets of the rows on screen are worked out. (header, what the core sorts by) for each column.</extracomment>
      <translation>Başlıq</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Müəlliflər</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Mənbə</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Səhifələr</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>Looking for duplicates…</source>
      <translation>Dublikatlar axtarılır…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s) of duplicates</source>
      <translation>
        <numerusform>%Ln dublikat qrupu</numerusform>
        <numerusform>%Ln dublikat qrupu</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not look for duplicates: {error}</source>
      <translation>Dublikatları axtarmaq mümkün olmadı: {error}</translation>
    </message>
    <message>
      <source>Duplicates in {collection}</source>
      <translation>«{collection}» kolleksiyasında dublikatlar</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s):</source>
      <translation>
        <numerusform>%Ln qrup:</numerusform>
        <numerusform>%Ln qrup:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</source>
      <translation>
        <numerusform>Hər qrupun birinci sənədindən əlavə %Ln nüsxə. Eyni fayllar bayt-bayt eynidir; oxşar nüsxələrin mətni demək olar ki, eynidir (məsələn, yenidən yazılmış qəzet kəsiyi və onun skanı). Müqayisə üçün qrupu və ya onun sənədlərindən birini seçin.</numerusform>
        <numerusform>Hər qrupun birinci sənədindən əlavə %Ln nüsxə. Eyni fayllar bayt-bayt eynidir; oxşar nüsxələrin mətni demək olar ki, eynidir (məsələn, yenidən yazılmış qəzet kəsiyi və onun skanı). Müqayisə üçün qrupu və ya onun sənədlərindən birini seçin.</numerusform>
      </translation>
    </message>
    <message>
      <source>No duplicates: no two files are identical, and no two texts are near copies.</source>
      <translation>Dublikat yoxdur: eyni fayl da, bir-birinə çox oxşar mətn də yoxdur.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln identical</source>
      <translation>
        <numerusform>%Ln eyni</numerusform>
        <numerusform>%Ln eyni</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln near copies, {percent}% alike</source>
      <translation>
        <numerusform>%Ln oxşar nüsxə, {percent}% oxşarlıq</numerusform>
        <numerusform>%Ln oxşar nüsxə, {percent}% oxşarlıq</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag the Copies…</source>
      <translation>Nüsxələrə etiket qoy…</translation>
    </message>
    <message>
      <source>Tag every item of the group but the first, to find them again (tag:duplicate)</source>
      <translation>Sonra tapmaq üçün qrupun birincidən başqa bütün sənədlərinə etiket qoy (tag:duplicate)</translation>
    </message>
    <message>
      <source>Open All</source>
      <translation>Hamısını aç</translation>
    </message>
    <message>
      <source>Open every item of the group with the desktop's program</source>
      <translation>Qrupun hər sənədini standart proqramla aç</translation>
    </message>
    <message>
      <source>Show in Folders</source>
      <translation>Qovluqlarda göstər</translation>
    </message>
    <message>
      <source>Show where each item of the group is</source>
      <translation>Qrupun hər sənədinin harada olduğunu göstər</translation>
    </message>
    <message>
      <source>Tag the Copies</source>
      <translation>Nüsxələrə etiket qoy</translation>
    </message>
    <message numerus="yes">
      <source>Tag for the %Ln copies (every item but the first):</source>
      <translation>
        <numerusform>%Ln nüsxə üçün etiket (birincidən başqa bütün sənədlər):</numerusform>
        <numerusform>%Ln nüsxə üçün etiket (birincidən başqa bütün sənədlər):</numerusform>
      </translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Bu sənədi göstərmək mümkün deyil: {error}</translation>
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Collection</source>
      <extracomment>The facet of several collections searched as one: how many matches each holds. The core's facet names, with the heading shown for each (translated where shown).</extracomment>
      <translation>Kolleksiya</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Seriya</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>İl</translation>
    </message>
    <message>
      <source>Publisher / source</source>
      <translation>Nəşriyyat / mənbə</translation>
    </message>
    <message>
      <source>Creator</source>
      <translation>Müəllif</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Alıcı</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiketlər</translation>
    </message>
    <message>
      <source>PRONOM format</source>
      <translation>PRONOM formatı</translation>
    </message>
    <message>
      <source>Sensitive data</source>
      <translation>Həssas məlumatlar</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Giriş</translation>
    </message>
    <message>
      <source>{facet}: {value}</source>
      <translation>{facet}: {value}</translation>
    </message>
    <message>
      <source>(drop rows here)</source>
      <translation>(bura sürükləyin)</translation>
    </message>
    <message>
      <source>Drop results here to start a series</source>
      <translation>Seriya yaratmaq üçün nəticələri bura sürükləyin</translation>
    </message>
    <message>
      <source>open</source>
      <extracomment>The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.</extracomment>
      <translation>açıq</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>məhdud</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>bağlı</translation>
    </message>
    <message>
      <source>card numbers</source>
      <extracomment>The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.</extracomment>
      <translation>kart nömrələri</translation>
    </message>
    <message>
      <source>IBANs</source>
      <translation>IBAN-lar</translation>
    </message>
    <message>
      <source>US social security numbers</source>
      <translation>ABŞ sosial təminat nömrələri</translation>
    </message>
    <message>
      <source>national identifiers</source>
      <translation>milli nömrələr</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>e-poçt ünvanları</translation>
    </message>
    <message>
      <source>phone numbers</source>
      <translation>telefon nömrələri</translation>
    </message>
    <message>
      <source>words of the lexicon</source>
      <translation>lüğətin sözləri</translation>
    </message>
    <message>
      <source>Facets: narrow the results</source>
      <extracomment>How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').</extracomment>
      <translation>Fasetlər: nəticələri daralt</translation>
    </message>
    <message>
      <source>Click to clear this filter</source>
      <translation>Bu filtri götürmək üçün klikləyin</translation>
    </message>
    <message>
      <source>Show only {facet}: {value}</source>
      <translation>Yalnız göstər — {facet}: {value}</translation>
    </message>
  </context>
  <context>
    <name>Filters</name>
    <message>
      <source>Only:</source>
      <extracomment>What a chip for the timeline's years is keyed by (facets are keyed by their names). A chip's text is elided past this many characters (its tooltip says it whole).</extracomment>
      <translation>Yalnız:</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Hamısını götür</translation>
    </message>
    <message>
      <source>Let every filter go: the whole result of the words typed</source>
      <translation>Bütün filtrləri götür: yazılmış sözlər üzrə bütün nəticə</translation>
    </message>
    <message>
      <source>Click to let this filter go</source>
      <translation>Bu filtri götürmək üçün klikləyin</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>{filter} filtrini götür</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>AVI video</source>
      <extracomment>The format names (archive.formats) that are words, not a format's own name: marked here for translation, the others ('PDF', 'JPEG') are the same in every language.</extracomment>
      <translation>AVI video</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Elektron məktub</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Jurnal</translation>
    </message>
    <message>
      <source>MPEG-4 audio</source>
      <translation>MPEG-4 audio</translation>
    </message>
    <message>
      <source>MPEG-4 video</source>
      <translation>MPEG-4 video</translation>
    </message>
    <message>
      <source>Mailbox</source>
      <translation>Poçt qutusu</translation>
    </message>
    <message>
      <source>Matroska video</source>
      <translation>Matroska video</translation>
    </message>
    <message>
      <source>OpenDocument presentation</source>
      <translation>OpenDocument təqdimatı</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet</source>
      <translation>OpenDocument cədvəli</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>OpenDocument mətni</translation>
    </message>
    <message>
      <source>Outlook data file</source>
      <translation>Outlook məlumat faylı</translation>
    </message>
    <message>
      <source>Outlook message</source>
      <translation>Outlook məktubu</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Sadə mətn</translation>
    </message>
    <message>
      <source>QuickTime video</source>
      <translation>QuickTime video</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Mənbə kodu</translation>
    </message>
    <message>
      <source>Web page</source>
      <translation>Veb səhifə</translation>
    </message>
    <message>
      <source>Windows Media audio</source>
      <translation>Windows Media audio</translation>
    </message>
  </context>
  <context>
    <name>HandingOn</name>
    <message>
      <source>Items held back</source>
      <translation>Saxlanılan sənədlər</translation>
    </message>
    <message numerus="yes">
      <source>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</source>
      <translation>
        <numerusform>Seçilmiş sənədlərdən %Ln saxlanılır: məhdud və ya bağlıdır, yaxud heç kimin yoxlamadığı həssas məlumat daşıyır.</numerusform>
        <numerusform>Seçilmiş sənədlərdən %Ln saxlanılır: məhdud və ya bağlıdır, yaxud heç kimin yoxlamadığı həssas məlumat daşıyır.</numerusform>
      </translation>
    </message>
    <message>
      <source>They are left out unless you include them; included, each carries its restriction (EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with archive sensitive, or by setting the item's access.</source>
      <translation>Siz daxil etməsəniz, onlar ötürülmür; daxil edilsələr, hər biri öz məhdudiyyəti ilə ötürülür (EAD, MODS, MARC, Dublin Core, paketin metaməlumatları). Həssas məlumatlar archive sensitive əmri ilə və ya sənədin girişini təyin etməklə yoxlanılır.</translation>
    </message>
    <message>
      <source>&amp;Include the items held back</source>
      <translation>Saxlanılan sənədləri &amp;daxil et</translation>
    </message>
    <message numerus="yes">
      <source> — %Ln item(s) held back</source>
      <translation>
        <numerusform> — %Ln sənəd saxlanıldı</numerusform>
        <numerusform> — %Ln sənəd saxlanıldı</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>both words, anywhere (text or metadata)</source>
      <translation>hər iki söz, istənilən yerdə (mətndə və ya metaməlumatda)</translation>
    </message>
    <message>
      <source>the exact phrase</source>
      <translation>dəqiq ifadə</translation>
    </message>
    <message>
      <source>combine</source>
      <translation>birləşdirmə</translation>
    </message>
    <message>
      <source>one field</source>
      <translation>bir sahə</translation>
    </message>
    <message>
      <source>dates and ranges (an item dated only 1953 is not in &lt;code&gt;date:1953-02&lt;/code&gt;)</source>
      <translation>tarixlər və aralıqlar (yalnız 1953 tarixli sənəd &lt;code&gt;date:1953-02&lt;/code&gt; daxilində deyil)</translation>
    </message>
    <message>
      <source>wildcard, fuzzy (at most &lt;code&gt;~2&lt;/code&gt;)</source>
      <translation>şablon, qeyri-dəqiq axtarış (ən çoxu &lt;code&gt;~2&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>without a word; words in one language</source>
      <translation>söz olmadan; bir dildə sözlər</translation>
    </message>
    <message>
      <source>a message and the replies to it</source>
      <translation>məktub və ona cavablar</translation>
    </message>
    <message>
      <source>a saved search (Search ▸ Save Search…)</source>
      <translation>saxlanmış axtarış (Axtarış ▸ Axtarışı saxla…)</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Axtarış sintaksisi</translation>
    </message>
    <message>
      <source>Words are matched in every form (&lt;i&gt;survey&lt;/i&gt; finds &lt;i&gt;surveying&lt;/i&gt;) and without accents (&lt;i&gt;resume&lt;/i&gt; finds &lt;i&gt;résumé&lt;/i&gt;). Click a facet on the left to narrow the list; click it again to clear.</source>
      <translation>Sözlər bütün formalarında tapılır (&lt;i&gt;liman&lt;/i&gt; &lt;i&gt;limanlar&lt;/i&gt; sözünü tapır) və diakritik işarələrsiz (&lt;i&gt;resume&lt;/i&gt; &lt;i&gt;résumé&lt;/i&gt; sözünü tapır). Siyahını daraltmaq üçün soldakı fasetə klikləyin; götürmək üçün yenidən klikləyin.</translation>
    </message>
    <message>
      <source>the search field</source>
      <translation>axtarış sahəsi</translation>
    </message>
    <message>
      <source>{keys} (in the search field)</source>
      <translation>{keys} (axtarış sahəsində)</translation>
    </message>
    <message>
      <source>{keys} (in the results)</source>
      <translation>{keys} (nəticələrdə)</translation>
    </message>
    <message>
      <source>into the results</source>
      <translation>nəticələrə keçid</translation>
    </message>
    <message>
      <source>herring</source>
      <extracomment>The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left out, a word begun, a word misspelt.</extracomment>
      <translation>siyənək</translation>
    </message>
    <message>
      <source>quay</source>
      <translation>körpü</translation>
    </message>
    <message>
      <source>north quay</source>
      <translation>şimal körpüsü</translation>
    </message>
    <message>
      <source>cod</source>
      <translation>nərə</translation>
    </message>
    <message>
      <source>breakwat*</source>
      <translation>dalğaqır*</translation>
    </message>
    <message>
      <source>brekwater~</source>
      <translation>dalğaqran~</translation>
    </message>
    <message>
      <source>open the item in its own program</source>
      <translation>sənədi öz proqramında aç</translation>
    </message>
    <message>
      <source>copy the selection's citations</source>
      <translation>seçilənlərin istinadlarını köçür</translation>
    </message>
    <message>
      <source>save the metadata form (of every selected item)</source>
      <translation>metaməlumat formasını saxla (hər seçilmiş sənəd üçün)</translation>
    </message>
    <message>
      <source>undo the last save (in a field: its own typing first)</source>
      <translation>son saxlamanı geri al (sahədə: əvvəlcə onun öz yazısını)</translation>
    </message>
    <message>
      <source>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</source>
      <translation>seçilənləri ixrac et: CSV, istinadlar, Dublin Core, MODS, MARC, EAD</translation>
    </message>
    <message>
      <source>save the search under a name</source>
      <translation>axtarışı adla saxla</translation>
    </message>
    <message>
      <source>compact rows, rows with snippets, grid of thumbnails</source>
      <translation>yığcam sətirlər, fraqmentli sətirlər, miniatür şəbəkəsi</translation>
    </message>
    <message>
      <source>show or hide the facets pane</source>
      <translation>fasetlər panelini göstər və ya gizlət</translation>
    </message>
    <message>
      <source>re-index the collection</source>
      <translation>kolleksiyanı yenidən indekslə</translation>
    </message>
    <message>
      <source>PDF pages and zoom</source>
      <translation>PDF səhifələri və miqyas</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
      <source>the platform's data folder</source>
      <translation>sistemin məlumat qovluğu</translation>
    </message>
    <message>
      <source>Index folder</source>
      <translation>İndeks qovluğu</translation>
    </message>
    <message>
      <source>Tesseract (OCR)</source>
      <translation>Tesseract (mətnin tanınması)</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>quraşdırılmayıb</translation>
    </message>
    <message>
      <source>pandoc (citations)</source>
      <translation>pandoc (istinadlar)</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>mövcud deyil</translation>
    </message>
    <message>
      <source>Archive viewer {version}</source>
      <translation>Arxiv görüntüləyicisi {version}</translation>
    </message>
    <message>
      <source>Search, view, correct and cite a folder of documents, offline. Nothing is ever written into the collection folder.</source>
      <translation>Sənədlər qovluğunda axtarın, baxın, təsvirləri düzəldin və istinad verin — şəbəkəsiz. Kolleksiya qovluğuna heç nə yazılmır.</translation>
    </message>
  </context>
  <context>
    <name>Indexing</name>
    <message>
      <source>Files read</source>
      <translation>Oxunmuş fayllar</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Stop indexing; what is done so far is kept</source>
      <translation>İndeksləməni dayandır; indiyədək görülən iş saxlanılır</translation>
    </message>
    <message>
      <source>Indexing stopped: {reason}. The list shows what is already indexed.</source>
      <translation>İndeksləmə dayandı: {reason}. Siyahıda artıq indekslənmiş sənədlər var.</translation>
    </message>
    <message>
      <source>Looking for new and changed files…</source>
      <translation>Yeni və dəyişmiş fayllar axtarılır…</translation>
    </message>
    <message>
      <source>Stopping after the files in progress…</source>
      <translation>İşlənən fayllardan sonra dayanılır…</translation>
    </message>
    <message>
      <source>Indexing cancelled: {counts} ({seconds} s)</source>
      <translation>İndeksləmə ləğv edildi: {counts} ({seconds} san)</translation>
    </message>
    <message>
      <source>Index up to date: {counts} ({seconds} s)</source>
      <translation>İndeks aktualdır: {counts} ({seconds} san)</translation>
    </message>
    <message>
      <source>indexing, {done} of {total} files read</source>
      <translation>indeksləmə, {total} fayldan {done} oxunub</translation>
    </message>
    <message>
      <source>indexing</source>
      <translation>indeksləmə</translation>
    </message>
    <message>
      <source>Indexing… {done} of {total} files read. Items appear here as they are indexed.</source>
      <translation>İndeksləmə… {total} fayldan {done} oxunub. Sənədlər indeksləndikcə burada görünür.</translation>
    </message>
    <message>
      <source>Indexing… looking for files. Items appear here as they are indexed.</source>
      <translation>İndeksləmə… fayllar axtarılır. Sənədlər indeksləndikcə burada görünür.</translation>
    </message>
    <message>
      <source>No items match.</source>
      <translation>Uyğun sənəd yoxdur.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln problem</numerusform>
        <numerusform>%Ln problem</numerusform>
      </translation>
    </message>
    <message>
      <source>read in part: {what}</source>
      <translation>qismən oxundu: {what}</translation>
    </message>
    <message>
      <source>read poorly: install {package} to read its script</source>
      <translation>zəif oxundu: yazısını oxumaq üçün {package} quraşdırın</translation>
    </message>
    <message>
      <source>gone from the folder; your edits ({fields}) are kept until it comes back</source>
      <translation>qovluqdan yoxa çıxıb; düzəlişləriniz ({fields}) o qayıdana qədər saxlanılır</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemlər</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Nə baş verdi</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</source>
      <translation>
        <numerusform>%Ln fayla baxmaq lazımdır: tam oxunmayanlar siyahıda adları ilə qalır; yoxa çıxanların düzəlişləri saxlanılır.</numerusform>
        <numerusform>%Ln fayla baxmaq lazımdır: tam oxunmayanlar siyahıda adları ilə qalır; yoxa çıxanların düzəlişləri saxlanılır.</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: every file was read, and no edits are waiting for a file that is gone.</source>
      <translation>Problem yoxdur: bütün fayllar oxundu və heç bir düzəliş yoxa çıxmış faylı gözləmir.</translation>
    </message>
    <message>
      <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
      <translation>{added} əlavə edildi, {updated} yeniləndi, {removed} silindi, {unchanged} dəyişməz</translation>
    </message>
    <message>
      <source>, {count} read again</source>
      <translation>, {count} yenidən oxundu</translation>
    </message>
    <message>
      <source>, {count} items inside them</source>
      <translation>, içlərində {count} sənəd</translation>
    </message>
  </context>
  <context>
    <name>Media</name>
    <message>
      <source>mono</source>
      <extracomment>The poster frame's longest edge in the pane.</extracomment>
      <translation>mono</translation>
    </message>
    <message>
      <source>stereo</source>
      <translation>stereo</translation>
    </message>
    <message numerus="yes">
      <source>%n channels</source>
      <translation>
        <numerusform>%n kanal</numerusform>
        <numerusform>%n kanal</numerusform>
      </translation>
    </message>
    <message>
      <source>Poster frame</source>
      <translation>Önizləmə kadrı</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Oxut</translation>
    </message>
    <message>
      <source>Play it in the desktop's own player</source>
      <translation>Sistemin öz pleyerində oxut</translation>
    </message>
    <message>
      <source>Play in the desktop's player</source>
      <translation>Sistemin pleyerində oxut</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Müəlliflər</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Kolleksiya</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Running time</source>
      <translation>Müddət</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>Görüntü</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Səs</translation>
    </message>
    <message>
      <source>{rate} kbit/s</source>
      <translation>{rate} kbit/s</translation>
    </message>
    <message>
      <source>{rate} kHz</source>
      <translation>{rate} kHs</translation>
    </message>
    <message>
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <source>Making the poster frame…</source>
      <translation>Önizləmə kadrı hazırlanır…</translation>
    </message>
    <message>
      <source>No poster frame: {reason}.</source>
      <translation>Önizləmə kadrı yoxdur: {reason}.</translation>
    </message>
    <message>
      <source>the picture could not be read</source>
      <translation>görüntü oxuna bilmədi</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <source>Items inside this one</source>
      <extracomment>Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).</extracomment>
      <translation>Bunun içindəki sənədlər</translation>
    </message>
    <message>
      <source>… and {count} more: search for them</source>
      <translation>… və daha {count}: onları axtarışla tapın</translation>
    </message>
    <message>
      <source>Parts ({count})</source>
      <translation>Hissələr ({count})</translation>
    </message>
    <message>
      <source>Inside ({count})</source>
      <translation>İçində ({count})</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fayl</translation>
    </message>
    <message>
      <source>&amp;Open Collection…</source>
      <translation>Kolleksiyanı &amp;aç…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
      <source>A&amp;dd Collection to Search…</source>
      <translation>Axtarışa kolleksiya &amp;əlavə et…</translation>
    </message>
    <message>
      <source>Re-&amp;index</source>
      <translation>Yenidən &amp;indekslə</translation>
    </message>
    <message>
      <source>&amp;Watch for Changes</source>
      <translation>&amp;Dəyişiklikləri izlə</translation>
    </message>
    <message>
      <source>Look for new and changed files whenever the window comes back to the front</source>
      <translation>Pəncərə yenidən önə gəldikcə yeni və dəyişmiş faylları axtar</translation>
    </message>
    <message>
      <source>Indexing &amp;Problems…</source>
      <translation>İndeksləmə &amp;problemləri…</translation>
    </message>
    <message>
      <source>&amp;Accession Report…</source>
      <translation>Qəbul &amp;hesabatı…</translation>
    </message>
    <message>
      <source>Collection Re&amp;cord…</source>
      <translation>Kolleksiyanın &amp;təsviri…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Çı&amp;x</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>&amp;Sənəd</translation>
    </message>
    <message>
      <source>&amp;Open Externally</source>
      <translation>Xarici proqramda &amp;aç</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>&amp;Qovluqda göstər</translation>
    </message>
    <message>
      <source>&amp;Copy Citation</source>
      <translation>İstinadı &amp;köçür</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>Seçilənləri i&amp;xrac et…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Seçilənləri &amp;BagIt paketinə yığ…</translation>
    </message>
    <message>
      <source>&amp;Arrange in Series…</source>
      <translation>Seriyaya &amp;yerləşdir…</translation>
    </message>
    <message>
      <source>&amp;Group Selected…</source>
      <translation>Seçilənləri bir sənədə &amp;topla…</translation>
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation>Sənədi &amp;hissələrə ayır</translation>
    </message>
    <message>
      <source>&amp;Save Metadata</source>
      <translation>Metaməlumatı &amp;saxla</translation>
    </message>
    <message>
      <source>&amp;Undo Last Save</source>
      <translation>Son saxlamanı &amp;geri al</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Görünüş</translation>
    </message>
    <message>
      <source>&amp;Compact Rows</source>
      <translation>&amp;Yığcam sətirlər</translation>
    </message>
    <message>
      <source>Rows with &amp;Snippets</source>
      <translation>&amp;Fraqmentli sətirlər</translation>
    </message>
    <message>
      <source>&amp;Grid of Thumbnails</source>
      <translation>&amp;Miniatür şəbəkəsi</translation>
    </message>
    <message>
      <source>Sort &amp;By</source>
      <translation>&amp;Sıralama</translation>
    </message>
    <message>
      <source>&amp;Descending</source>
      <translation>&amp;Azalan</translation>
    </message>
    <message>
      <source>&amp;Facets Pane</source>
      <translation>Fasetlər &amp;paneli</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Tema</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Axtarış</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Tap</translation>
    </message>
    <message>
      <source>C&amp;lear Filters</source>
      <translation>&amp;Filtrləri götür</translation>
    </message>
    <message>
      <source>Search &amp;In</source>
      <translation>Axtarış &amp;yeri</translation>
    </message>
    <message>
      <source>&amp;Save Search…</source>
      <translation>Axtarışı &amp;saxla…</translation>
    </message>
    <message>
      <source>Find &amp;Duplicates…</source>
      <translation>&amp;Dublikatları tap…</translation>
    </message>
    <message>
      <source>&amp;Names…</source>
      <translation>&amp;Adlar…</translation>
    </message>
    <message>
      <source>Saved Searc&amp;hes</source>
      <translation>Saxlanmış a&amp;xtarışlar</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Kömək</translation>
    </message>
    <message>
      <source>Search &amp;Syntax</source>
      <translation>Axtarış &amp;sintaksisi</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Axtarış sintaksisi</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
      <source>&amp;About Archive Viewer</source>
      <translation>Arxiv görüntüləyicisi &amp;haqqında</translation>
    </message>
    <message>
      <source>Sort by Relevance</source>
      <translation>Uyğunluğa görə sırala</translation>
    </message>
    <message>
      <source>{column} (empty here)</source>
      <translation>{column} (burada boşdur)</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;Sistem</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Açıq</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Tünd</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, kind) in the order of the form. Lists are typed with ';' between items.</extracomment>
      <translation>Başlıq</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Müəlliflər</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Alıcılar</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Nəşriyyat</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Mənbə</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Mövzular</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Hüquqlar</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>İdentifikator</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiketlər</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Transcription</source>
      <translation>Mətnin oxunuşu</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Seriya</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Saxlanma şifri</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Giriş</translation>
    </message>
    <message>
      <source>Access until</source>
      <translation>Açılma tarixi</translation>
    </message>
    <message>
      <source>Access note</source>
      <translation>Məhdudiyyətin səbəbi</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Yol</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
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
      <translation>Formatın adı</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Formatın versiyası</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Səhifələr</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>En</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Hündürlük</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Yaradılıb</translation>
    </message>
    <message>
      <source>File modified</source>
      <translation>Fayl dəyişdirilib</translation>
    </message>
    <message>
      <source>Content modified</source>
      <translation>Məzmun dəyişdirilib</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>İstehsalçı proqram</translation>
    </message>
    <message>
      <source>Creator tool</source>
      <translation>Yaradan proqram</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Şifrələnib</translation>
    </message>
    <message>
      <source>OCR</source>
      <translation>Mətnin tanınması</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Xəbərdarlıqlar</translation>
    </message>
    <message>
      <source>(several values)</source>
      <translation>(bir neçə dəyər)</translation>
    </message>
    <message>
      <source>Family, Given; Family, Given</source>
      <translation>Soyad, Ad; Soyad, Ad</translation>
    </message>
    <message>
      <source>2021, 2021-02 or 2021-02-26</source>
      <translation>2021, 2021-02 və ya 2021-02-26</translation>
    </message>
    <message>
      <source>term; term</source>
      <translation>termin; termin</translation>
    </message>
    <message>
      <source>tag; tag</source>
      <translation>etiket; etiket</translation>
    </message>
    <message>
      <source>Series 2: Administration/Memoranda</source>
      <translation>Seriya 2: İdarəetmə/Xidməti qeydlər</translation>
    </message>
    <message>
      <source>Box 3, Folder 2</source>
      <translation>Qutu 3, qovluq 2</translation>
    </message>
    <message>
      <source>open (the default)</source>
      <translation>açıq (susmaya görə)</translation>
    </message>
    <message>
      <source>the day it opens: 2060-01-01</source>
      <translation>açılacağı gün: 2060-01-01</translation>
    </message>
    <message>
      <source>why: medical records, the donor's wish…</source>
      <translation>səbəb: tibbi sənədlər, bağışlayanın istəyi…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Keep these corrections (they are stored in the index, never in the file)</source>
      <translation>Bu düzəlişləri saxla (onlar faylda yox, indeksdə saxlanılır)</translation>
    </message>
    <message>
      <source>Revert to extracted</source>
      <translation>Oxunmuşa qaytar</translation>
    </message>
    <message>
      <source>Drop every correction of this item and show what was read from the file</source>
      <translation>Bu sənədin bütün düzəlişlərini ləğv et və fayldan oxunanı göstər</translation>
    </message>
    <message>
      <source>Technical facts</source>
      <translation>Texniki məlumat</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>Məlumat</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Dəyər</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>Dəyişikliklər tarixçəsi</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Nə vaxt</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Sahə</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Əvvəl</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Sonra</translation>
    </message>
    <message>
      <source>&lt;b&gt;History&lt;/b&gt; — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save</source>
      <translation>&lt;b&gt;Tarixçə&lt;/b&gt; — Sənəd ▸ Son saxlamanı geri al (Ctrl+Z) son saxlamanı geri qaytarır</translation>
    </message>
    <message numerus="yes">
      <source>Save %Ln items</source>
      <translation>
        <numerusform>%Ln sənədi saxla</numerusform>
        <numerusform>%Ln sənədi saxla</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln items selected: a field left as it is stays as each item has it</source>
      <translation>
        <numerusform>%Ln sənəd seçilib: toxunulmamış sahə hər sənəddə olduğu kimi qalır</numerusform>
        <numerusform>%Ln sənəd seçilib: toxunulmamış sahə hər sənəddə olduğu kimi qalır</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>düzəldilib</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <source>no</source>
      <translation>xeyr</translation>
    </message>
    <message numerus="yes">
      <source>%Ln bytes</source>
      <translation>
        <numerusform>%Ln bayt</numerusform>
        <numerusform>%Ln bayt</numerusform>
      </translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Saxlanılır…</translation>
    </message>
    <message>
      <source>Reverting…</source>
      <translation>Geri qaytarılır…</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Names</source>
      <translation>Adlar</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>As creator</source>
      <translation>Müəllif kimi</translation>
    </message>
    <message>
      <source>As recipient</source>
      <translation>Ünvanlanan kimi</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Normativ yazı</translation>
    </message>
    <message>
      <source>People and organisations</source>
      <translation>Şəxslər və təşkilatlar</translation>
    </message>
    <message>
      <source>Family, Given — the form every record will give</source>
      <translation>Soyad, Ad — bütün yazıların verəcəyi forma</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Birləşdir</translation>
    </message>
    <message>
      <source>Authority record</source>
      <translation>Normativ yazı</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Birləşdir</translation>
    </message>
    <message numerus="yes">
      <source>%Ln name(s)</source>
      <translation>
        <numerusform>%Ln ad</numerusform>
        <numerusform>%Ln ad</numerusform>
      </translation>
    </message>
    <message>
      <source>Not merged: {error}</source>
      <translation>Birləşdirilmədi: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Merged into {name} in %Ln item(s)</source>
      <translation>
        <numerusform>%Ln sənəddə {name} adında birləşdirildi</numerusform>
        <numerusform>%Ln sənəddə {name} adında birləşdirildi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.</source>
      <translation>{path} artıq yerində deyil (indekslənmədən sonra köçürülüb və ya silinib); siyahını yeniləmək üçün yenidən indeksləyin.</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>qovluq</translation>
    </message>
    <message>
      <source>'{suffix}' file</source>
      <translation>«{suffix}» faylı</translation>
    </message>
    <message>
      <source>{name} could not be opened: no program on this computer is set to open this {kind}. Set a default program for it in the desktop's settings, or use Show in Folder.</source>
      <translation>{name} açıla bilmədi: bu kompüterdə bu növü ({kind}) açmaq üçün proqram təyin edilməyib. Sistem ayarlarında standart proqram təyin edin və ya «Qovluqda göstər» əmrindən istifadə edin.</translation>
    </message>
    <message>
      <source>recording</source>
      <translation>səs yazısı</translation>
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>page {number}</source>
      <extracomment>Tables without sheet names (a CSV or TSV is one sheet).</extracomment>
      <translation>səhifə {number}</translation>
    </message>
    <message>
      <source>Open externally</source>
      <translation>Xarici proqramda aç</translation>
    </message>
    <message>
      <source>Select an item to see it here.</source>
      <translation>Burada görmək üçün sənəd seçin.</translation>
    </message>
    <message>
      <source>This file is no longer in the collection folder (moved or deleted since it was indexed). Re-index to bring the list up to date.</source>
      <translation>Bu fayl artıq kolleksiya qovluğunda deyil (indekslənmədən sonra köçürülüb və ya silinib). Siyahını yeniləmək üçün yenidən indeksləyin.</translation>
    </message>
    <message>
      <source>This file has been replaced by a link to a file outside the collection since it was indexed; it is not shown.</source>
      <translation>Bu fayl indekslənmədən sonra kolleksiyadan kənardakı fayla keçidlə əvəz olunub; göstərilmir.</translation>
    </message>
    <message>
      <source>no text could be read from this {kind}</source>
      <translation>bu fayldan ({kind}) mətn oxuna bilmədi</translation>
    </message>
    <message>
      <source>file</source>
      <translation>fayl</translation>
    </message>
    <message>
      <source>Nothing to preview: {reason}.</source>
      <translation>Göstəriləcək bir şey yoxdur: {reason}.</translation>
    </message>
    <message>
      <source>◀ Hit</source>
      <translation>◀ Uyğunluq</translation>
    </message>
    <message>
      <source>Previous hit (Shift+F3, or N)</source>
      <translation>Əvvəlki uyğunluq (Shift+F3 və ya N)</translation>
    </message>
    <message>
      <source>Hit ▶</source>
      <translation>Uyğunluq ▶</translation>
    </message>
    <message>
      <source>Next hit (F3, or n)</source>
      <translation>Növbəti uyğunluq (F3 və ya n)</translation>
    </message>
    <message>
      <source>hit {current} of {total}</source>
      <translation>uyğunluq {current} / {total}</translation>
    </message>
    <message numerus="yes">
      <source>%n+ hits</source>
      <translation>
        <numerusform>%n+ uyğunluq</numerusform>
        <numerusform>%n+ uyğunluq</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n uyğunluq</numerusform>
        <numerusform>%n uyğunluq</numerusform>
      </translation>
    </message>
    <message>
      <source>Image</source>
      <extracomment>Longest edge decoded for the preview; larger images are scaled while decoding.</extracomment>
      <translation>Görüntü</translation>
    </message>
    <message>
      <source>Pages and zoom</source>
      <translation>Səhifələr və miqyas</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Sığdır</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Görüntünü pəncərəyə sığdır</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Həqiqi ölçü</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Kiçilt</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Böyüt</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>Sola döndər</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>Sağa döndər</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Əvvəlki səhifə (Page Up)</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Növbəti səhifə (Page Down)</translation>
    </message>
    <message>
      <source>Text layer</source>
      <translation>Mətn qatı</translation>
    </message>
    <message>
      <source>Show the words recognised in this image (OCR)</source>
      <translation>Bu görüntüdə tanınmış sözləri göstər</translation>
    </message>
    <message>
      <source>Words recognised in the image</source>
      <translation>Görüntüdə tanınmış sözlər</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Yüklənir…</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Səhifə {page} / {pages}</translation>
    </message>
    <message>
      <source>This image cannot be shown: {reason}.</source>
      <translation>Bu görüntü göstərilə bilmir: {reason}.</translation>
    </message>
    <message>
      <source>unknown format</source>
      <translation>naməlum format</translation>
    </message>
    <message>
      <source>Pages of the PDF</source>
      <extracomment>Points between two pages, and around them. Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB). The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB). How a hit is marked: its colour's opacity, and the outline of the one shown.</extracomment>
      <translation>PDF səhifələri</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Səhifə</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+wheel)</source>
      <translation>Kiçilt (Ctrl+təkər)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+wheel)</source>
      <translation>Böyüt (Ctrl+təkər)</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>En</translation>
    </message>
    <message>
      <source>Fit the page width to the window</source>
      <translation>Səhifənin enini pəncərəyə sığdır</translation>
    </message>
    <message>
      <source>Show the whole page</source>
      <translation>Bütün səhifəni göstər</translation>
    </message>
    <message>
      <source>of {count}</source>
      <translation>/ {count}</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Açılır…</translation>
    </message>
    <message>
      <source>This PDF cannot be shown: {reason}.</source>
      <translation>Bu PDF göstərilə bilmir: {reason}.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <extracomment>Rows shown of one sheet (the index holds them all; a search finds the rest).</extracomment>
      <translation>Vərəq</translation>
    </message>
    <message>
      <source>Cells of the sheet</source>
      <translation>Vərəqin xanaları</translation>
    </message>
    <message>
      <source>Sheet {number}</source>
      <translation>Vərəq {number}</translation>
    </message>
    <message>
      <source>the first {shown} of {count} rows</source>
      <translation>{count} sətirdən ilk {shown}</translation>
    </message>
    <message>
      <source>Text of the item</source>
      <extracomment>More text than this is cut for display (the index holds it all). Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…). A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.</extracomment>
      <translation>Sənədin mətni</translation>
    </message>
    <message>
      <source>the rest of this text is not shown here; it is searchable</source>
      <translation>mətnin qalanı burada göstərilmir; onda axtarış etmək olar</translation>
    </message>
  </context>
  <context>
    <name>Provenance</name>
    <message>
      <source>by OCR</source>
      <translation>OCR ilə</translation>
    </message>
    <message>
      <source>from the file system</source>
      <translation>fayl sistemindən</translation>
    </message>
    <message>
      <source>from the file</source>
      <extracomment>Each kind of source, in words.</extracomment>
      <translation>fayldan</translation>
    </message>
    <message>
      <source>by its format</source>
      <translation>formata görə</translation>
    </message>
    <message>
      <source>from its name</source>
      <translation>addan</translation>
    </message>
    <message>
      <source>from its text</source>
      <translation>mətndən</translation>
    </message>
    <message>
      <source>recognised</source>
      <translation>tanınıb</translation>
    </message>
    <message>
      <source>part of</source>
      <extracomment>Fields the history names that the form does not show.</extracomment>
      <translation>hissəsi olduğu sənəd</translation>
    </message>
    <message>
      <source>part</source>
      <translation>hissə</translation>
    </message>
    <message>
      <source>findings dismissed</source>
      <translation>rədd edilmiş aşkarlamalar</translation>
    </message>
    <message>
      <source>format</source>
      <translation>format</translation>
    </message>
    <message>
      <source>Turned upright for OCR (degrees)</source>
      <extracomment>Facts readers add under names of their own.</extracomment>
      <translation>OCR üçün düzəldilib (dərəcə)</translation>
    </message>
    <message>
      <source>Duration (seconds)</source>
      <translation>Müddət (saniyə)</translation>
    </message>
    <message>
      <source>Bit rate (kbit/s)</source>
      <translation>Bit sürəti (kbit/s)</translation>
    </message>
    <message>
      <source>Sample rate (Hz)</source>
      <translation>Diskretləşmə tezliyi (Hz)</translation>
    </message>
    <message>
      <source>Channels</source>
      <translation>Kanallar</translation>
    </message>
    <message>
      <source>in the window</source>
      <translation>pəncərədə</translation>
    </message>
    <message>
      <source>on the command line</source>
      <translation>əmr sətrində</translation>
    </message>
    <message>
      <source>reverted</source>
      <translation>geri qaytarılıb</translation>
    </message>
    <message>
      <source>names merged</source>
      <translation>adlar birləşdirilib</translation>
    </message>
    <message>
      <source>imported from {file}</source>
      <translation>{file} faylından idxal</translation>
    </message>
    <message>
      <source>undo of save {batch}</source>
      <translation>{batch} saxlamasının ləğvi</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Making the accession report…</source>
      <translation>Qəbul hesabatı hazırlanır…</translation>
    </message>
    <message>
      <source>the accession report</source>
      <translation>qəbul hesabatı</translation>
    </message>
    <message>
      <source>The accession report is open in your browser: {path}</source>
      <translation>Qəbul hesabatı brauzerdə açıqdır: {path}</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <source>p. {page}</source>
      <extracomment>The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge. A grid cell, and the square its thumbnail is fitted into. How much of the text before a snippet's first marked word stays in view.</extracomment>
      <translation>s. {page}</translation>
    </message>
    <message>
      <source>Results</source>
      <extracomment>The ways of showing the results, as the View menu and the settings name them. Width of each column after the first (which stretches); 0: as wide as it comes.</extracomment>
      <translation>Nəticələr</translation>
    </message>
    <message>
      <source>Results as thumbnails</source>
      <translation>Nəticələr miniatür kimi</translation>
    </message>
  </context>
  <context>
    <name>SavedSearches</name>
    <message>
      <source>Saved searches</source>
      <translation>Saxlanmış axtarışlar</translation>
    </message>
    <message>
      <source>Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)</source>
      <translation>Saxlanmış axtarışlar: icra etmək üçün klikləyin (Axtarış ▸ Axtarışı saxla… cari axtarışı saxlayır)</translation>
    </message>
    <message>
      <source>&amp;Run</source>
      <translation>&amp;İcra et</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>&amp;Unut</translation>
    </message>
    <message>
      <source>Save Search</source>
      <translation>Axtarışı saxla</translation>
    </message>
    <message>
      <source>Name for the search {query}:</source>
      <translation>{query} axtarışı üçün ad:</translation>
    </message>
    <message>
      <source>The search was not saved: {error}</source>
      <translation>Axtarış saxlanmadı: {error}</translation>
    </message>
    <message>
      <source>Saved as @{name} (also: archive search {quoted})</source>
      <translation>@{name} kimi saxlanıldı (həmçinin: archive search {quoted})</translation>
    </message>
    <message>
      <source>The saved search could not be opened: {error}</source>
      <translation>Saxlanmış axtarışı açmaq mümkün olmadı: {error}</translation>
    </message>
    <message>
      <source>The saved search {name} was not removed: {error}</source>
      <translation>{name} saxlanmış axtarışı silinmədi: {error}</translation>
    </message>
  </context>
  <context>
    <name>Searching</name>
    <message>
      <source>Search</source>
      <extracomment>From this many items a search runs off the GUI thread (see above).</extracomment>
      <translation>Axtarış</translation>
    </message>
    <message>
      <source>Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</source>
      <translation>Axtarış: sözlər, "ifadə", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</translation>
    </message>
    <message>
      <source>Years: {first}–{last}</source>
      <translation>İllər: {first}–{last}</translation>
    </message>
    <message>
      <source>Cannot search: {error}</source>
      <translation>Axtarış mümkün deyil: {error}</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>Axtarış alınmadı: {error}</translation>
    </message>
    <message numerus="yes">
      <source>at least %Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>ən azı %Ln nəticə, {ms} ms</numerusform>
        <numerusform>ən azı %Ln nəticə, {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>%Ln nəticə, {ms} ms</numerusform>
        <numerusform>%Ln nəticə, {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> with %Ln filter(s) — {filters}</source>
      <translation>
        <numerusform> — %Ln filtr: {filters}</numerusform>
        <numerusform> — %Ln filtr: {filters}</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} without them</source>
      <translation>; onlarsız {count}</translation>
    </message>
    <message>
      <source>; {count} without it</source>
      <translation>; onsuz {count}</translation>
    </message>
    <message>
      <source> so far — {indexing}</source>
      <translation> hələlik — {indexing}</translation>
    </message>
    <message>
      <source>Selecting all {total} results… {read} read</source>
      <translation>Bütün {total} nəticə seçilir… {read} oxunub</translation>
    </message>
    <message numerus="yes">
      <source>%Ln selected</source>
      <translation>
        <numerusform>%Ln seçildi</numerusform>
        <numerusform>%Ln seçildi</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message>
      <source>CSV, for spreadsheets (*.csv)</source>
      <extracomment>Export formats as the save dialog offers them (translated there) → the core's format names.</extracomment>
      <translation>CSV, cədvəl proqramları üçün (*.csv)</translation>
    </message>
    <message>
      <source>EAD finding aid (*.xml)</source>
      <translation>EAD arxiv təsviri (*.xml)</translation>
    </message>
    <message>
      <source>Mailbox of the messages as they were (*.mbox)</source>
      <translation>Məktublar olduğu kimi, poçt qutusu (*.mbox)</translation>
    </message>
    <message>
      <source>The messages as .eml files, in a new folder (*)</source>
      <translation>Məktublar .eml faylları kimi, yeni qovluqda (*)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Baxış</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Metaməlumat</translation>
    </message>
    <message>
      <source>Cite</source>
      <translation>İstinad</translation>
    </message>
    <message numerus="yes">
      <source>Reading the records of %Ln items…</source>
      <translation>
        <numerusform>%Ln sənədin təsviri oxunur…</numerusform>
        <numerusform>%Ln sənədin təsviri oxunur…</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read the selected items: {error}</source>
      <translation>Seçilmiş sənədləri oxumaq mümkün olmadı: {error}</translation>
    </message>
    <message>
      <source>Shown from the list of what is inside; it is not among this search's results</source>
      <translation>İçindəkilər siyahısından göstərilir; bu axtarışın nəticələri arasında yoxdur</translation>
    </message>
    <message>
      <source>Nothing selected.</source>
      <translation>Heç nə seçilməyib.</translation>
    </message>
    <message>
      <source>Arrange in Series</source>
      <translation>Seriyaya yerləşdir</translation>
    </message>
    <message numerus="yes">
      <source>The series of the %Ln item(s), its levels parted by '/':</source>
      <translation>
        <numerusform>%Ln sənədin seriyası (səviyyələr «/» ilə ayrılır):</numerusform>
        <numerusform>%Ln sənədin seriyası (səviyyələr «/» ilə ayrılır):</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the parts of the item, at least two, in order</source>
      <translation>Sənədin hissələrini seçin: ən azı ikisini, ardıcıllıqla</translation>
    </message>
    <message>
      <source>Group Selected</source>
      <translation>Bir sənədə topla</translation>
    </message>
    <message numerus="yes">
      <source>The title of the item made of these %Ln files, in the order of their names:</source>
      <translation>
        <numerusform>%Ln fayldan ibarət sənədin adı (adların sırası ilə):</numerusform>
        <numerusform>%Ln fayldan ibarət sənədin adı (adların sırası ilə):</numerusform>
      </translation>
    </message>
    <message>
      <source>The item shown is not made of several files</source>
      <translation>Göstərilən sənəd bir neçə fayldan ibarət deyil</translation>
    </message>
    <message>
      <source>The selected item</source>
      <extracomment>A selection of at least this many items has its records read for the form off the GUI thread (20,000 selected items took 0.6 s on it). Items whose preview opens at the page of the best hit.</extracomment>
      <translation>Seçilmiş sənəd</translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Bu sənədi göstərmək mümkün deyil: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln item(s)</source>
      <translation>
        <numerusform>%Ln sənəd saxlanıldı</numerusform>
        <numerusform>%Ln sənəd saxlanıldı</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation>Heç nə dəyişmədi</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Saxlanıldı</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Saxlanmadı</translation>
    </message>
    <message numerus="yes">
      <source>%Ln items</source>
      <translation>
        <numerusform>%Ln sənəd</numerusform>
        <numerusform>%Ln sənəd</numerusform>
      </translation>
    </message>
    <message>
      <source>Your changes to {which} were not saved: {error}. They are still in the form; save again when the problem is solved.</source>
      <translation>{which} üzrə dəyişiklikləriniz saxlanmadı: {error}. Onlar formada qalır; problem həll olunanda yenidən saxlayın.</translation>
    </message>
    <message>
      <source>Could not undo: {error}</source>
      <translation>Geri almaq mümkün olmadı: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Undid the last save (%Ln item(s))</source>
      <translation>
        <numerusform>Son saxlama geri alındı (%Ln sənəd)</numerusform>
        <numerusform>Son saxlama geri alındı (%Ln sənəd)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>Geri alınacaq bir şey yoxdur</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>&amp;Qovluqda göstər</translation>
    </message>
    <message>
      <source>Copy &amp;Path</source>
      <translation>&amp;Yolu köçür</translation>
    </message>
    <message>
      <source>Copy &amp;Citation</source>
      <translation>İstinadı &amp;köçür</translation>
    </message>
    <message>
      <source>&amp;Edit Metadata</source>
      <translation>Metaməlumatı &amp;düzəlt</translation>
    </message>
    <message>
      <source>C&amp;ite Selection</source>
      <translation>Seçilənlərə &amp;istinad ver</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>Seçilənləri i&amp;xrac et…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Seçilənləri &amp;BagIt paketinə yığ…</translation>
    </message>
    <message>
      <source>Find the &amp;Thread</source>
      <translation>&amp;Yazışmanı tap</translation>
    </message>
    <message>
      <source>{name} could not be taken out of its file: {error}</source>
      <translation>{name} faylından çıxarıla bilmədi: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln path(s)</source>
      <translation>
        <numerusform>%Ln yol köçürüldü</numerusform>
        <numerusform>%Ln yol köçürüldü</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Export %Ln item(s)</source>
      <translation>
        <numerusform>%Ln sənədi ixrac et</numerusform>
        <numerusform>%Ln sənədi ixrac et</numerusform>
      </translation>
    </message>
    <message>
      <source>The items selected are of several collections: select those of one</source>
      <translation>Seçilmiş sənədlər bir neçə kolleksiyadandır: bir kolleksiyanın sənədlərini seçin</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln message(s) to {target}</source>
      <translation>
        <numerusform>%Ln məktub ixrac olundu: {target}</numerusform>
        <numerusform>%Ln məktub ixrac olundu: {target}</numerusform>
      </translation>
    </message>
    <message>
      <source>No messages were exported to {target}: {error}</source>
      <translation>Məktublar ixrac olunmadı ({target}): {error}</translation>
    </message>
    <message numerus="yes">
      <source>Bag %Ln item(s) into an empty folder</source>
      <translation>
        <numerusform>%Ln sənədi boş qovluğa paketlə</numerusform>
        <numerusform>%Ln sənədi boş qovluğa paketlə</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagging %Ln item(s)…</source>
      <translation>
        <numerusform>%Ln sənəd paketlənir…</numerusform>
        <numerusform>%Ln sənəd paketlənir…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagged %Ln file(s) ({size}) in {folder}</source>
      <translation>
        <numerusform>%Ln fayl ({size}) {folder} qovluğuna paketləndi</numerusform>
        <numerusform>%Ln fayl ({size}) {folder} qovluğuna paketləndi</numerusform>
      </translation>
    </message>
    <message>
      <source>No bag was made in {folder}: {error}</source>
      <translation>{folder} qovluğunda paket yaradılmadı: {error}</translation>
    </message>
  </context>
  <context>
    <name>Size</name>
    <message numerus="yes">
      <source>%Ln byte(s)</source>
      <translation>
        <numerusform>%Ln bayt</numerusform>
        <numerusform>%Ln bayt</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Timeline: the results by year</source>
      <translation>Zaman şkalası: nəticələr illər üzrə</translation>
    </message>
    <message>
      <source>Items per year: drag across to search those years, click a year for that year alone, click the chosen years again to let every year back. Keys: ← → a year, Shift+← → more years, Esc every year</source>
      <translation>İllər üzrə sənədlər: həmin illərdə axtarmaq üçün üzərindən sürüşdürün; yalnız bir il üçün ilə klikləyin; bütün illəri qaytarmaq üçün seçilmiş illərə yenidən klikləyin. Düymələr: ← → bir il, Shift+← → daha çox il, Esc bütün illər</translation>
    </message>
    <message>
      <source>Years {years}</source>
      <translation>İllər {years}</translation>
    </message>
    <message>
      <source>Every year</source>
      <translation>Bütün illər</translation>
    </message>
    <message numerus="yes">
      <source>{year}: %Ln item(s)</source>
      <translation>
        <numerusform>{year}: %Ln sənəd</numerusform>
        <numerusform>{year}: %Ln sənəd</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Types</name>
    <message>
      <source>Collection</source>
      <extracomment>The DCMI types by the names people use (queries keep the codes).</extracomment>
      <translation>Kolleksiya</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Verilənlər toplusu</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Hadisə</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Görüntü</translation>
    </message>
    <message>
      <source>Interactive resource</source>
      <translation>İnteraktiv resurs</translation>
    </message>
    <message>
      <source>Moving image</source>
      <translation>Hərəkətli görüntü</translation>
    </message>
    <message>
      <source>Physical object</source>
      <translation>Fiziki obyekt</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Xidmət</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Proqram təminatı</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Səs</translation>
    </message>
    <message>
      <source>Still image</source>
      <translation>Hərəkətsiz görüntü</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Mətn</translation>
    </message>
  </context>
  <context>
    <name>Window</name>
    <message>
      <source>More tools</source>
      <translation>Digər alətlər</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Təmizlə</translation>
    </message>
    <message>
      <source>Archive viewer</source>
      <extracomment>The languages the viewer speaks, each named in itself. The CSL locale of each language the viewer speaks, where pandoc's citeproc has one. The translators in use (Qt keeps no reference of its own).
----------
How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more). Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.</extracomment>
      <translation>Arxiv görüntüləyicisi</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>Width of the side pane</source>
      <translation>Yan panelin eni</translation>
    </message>
    <message>
      <source>Width of the list</source>
      <translation>Siyahının eni</translation>
    </message>
    <message>
      <source>{folder} is not searched: {error}</source>
      <translation>{folder} axtarışa daxil edilmir: {error}</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Axtarış sintaksisi</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Nəticələr</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Filtrləri götür</translation>
    </message>
    <message>
      <source>Show every result of the words typed: no facet value, no years</source>
      <translation>Yazılmış sözlərin bütün nəticələrini göstər: fasetsiz və illərsiz</translation>
    </message>
    <message>
      <source>Narrow the results</source>
      <translation>Nəticələri daralt</translation>
    </message>
    <message>
      <source>Cannot open {folder}: {error}</source>
      <translation>{folder} açıla bilmir: {error}</translation>
    </message>
    <message>
      <source>{collection} — Archive viewer</source>
      <translation>{collection} — Arxiv görüntüləyicisi</translation>
    </message>
    <message>
      <source>Add a collection to the search</source>
      <translation>Axtarışa kolleksiya əlavə et</translation>
    </message>
    <message>
      <source>Open collection folder</source>
      <translation>Kolleksiya qovluğunu aç</translation>
    </message>
    <message>
      <source>The window speaks {language} from its next start</source>
      <translation>Pəncərənin dili növbəti açılışdan: {language}</translation>
    </message>
    <message>
      <source>About Archive Viewer</source>
      <translation>Arxiv görüntüləyicisi haqqında</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Bağla</translation>
    </message>
  </context>
</TS>
