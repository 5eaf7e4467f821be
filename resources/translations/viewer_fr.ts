<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>Access</name>
    <message>
      <source>{access} until {date}</source>
      <translation>{access} jusqu’au {date}</translation>
    </message>
    <message>
      <source>{restriction}: {note}</source>
      <translation>{restriction} : {note}</translation>
    </message>
  </context>
  <context>
    <name>Cite</name>
    <message>
      <source>APA 7th edition</source>
      <translation>APA, 7e édition</translation>
    </message>
    <message>
      <source>Chicago author-date</source>
      <translation>Chicago auteur-date</translation>
    </message>
    <message>
      <source>Chicago notes and bibliography</source>
      <translation>Chicago notes et bibliographie</translation>
    </message>
    <message>
      <source>MLA 9th edition</source>
      <translation>MLA, 9e édition</translation>
    </message>
    <message>
      <source>Harvard (Cite Them Right)</source>
      <translation>Harvard (Cite Them Right)</translation>
    </message>
    <message>
      <source>GOST R 7.0.100-2018 (Russian)</source>
      <translation>GOST R 7.0.100-2018 (russe)</translation>
    </message>
    <message>
      <source>Citation style</source>
      <extracomment>Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'. The tab formats the citations of at most this many selected items (the exports take them all): pandoc took over two minutes on 20,000, and the window's other background work waited for it. The style suggestions' least width, in pixels.</extracomment>
      <translation>Style de citation</translation>
    </message>
    <message>
      <source>A common style, or type any words of an installed CSL style's title or name</source>
      <translation>Un style courant, ou tapez des mots du titre ou du nom d’un style CSL installé</translation>
    </message>
    <message>
      <source>Style file…</source>
      <translation>Fichier de style…</translation>
    </message>
    <message>
      <source>Use a .csl style file</source>
      <translation>Utiliser un fichier de style .csl</translation>
    </message>
    <message>
      <source>Language of the citations</source>
      <translation>Langue des citations</translation>
    </message>
    <message>
      <source>Style's language</source>
      <translation>Langue du style</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>Citations</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy the citations (Ctrl+Shift+C)</source>
      <translation>Copier les citations (Ctrl+Maj+C)</translation>
    </message>
    <message>
      <source>Style</source>
      <translation>Style</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>Exporter en</translation>
    </message>
    <message>
      <source>No such citation style: {error}</source>
      <translation>Style de citation introuvable : {error}</translation>
    </message>
    <message>
      <source>CSL styles (*.csl)</source>
      <translation>Styles CSL (*.csl)</translation>
    </message>
    <message>
      <source>The citations of the first {shown} of the {selected} items selected; the exports below take them all.</source>
      <translation>Citations des {shown} premiers des {selected} documents sélectionnés ; les exports ci-dessous les prennent tous.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln item(s) held back are not cited.</source>
      <translation>
        <numerusform>%Ln document retenu n’est pas cité.</numerusform>
        <numerusform>%Ln documents retenus ne sont pas cités.</numerusform>
      </translation>
    </message>
    <message>
      <source>Formatting…</source>
      <translation>Mise en forme…</translation>
    </message>
    <message>
      <source>Select items to cite them.</source>
      <translation>Sélectionnez des documents pour les citer.</translation>
    </message>
    <message>
      <source>The citation could not be formatted: {error}</source>
      <translation>La citation n’a pas pu être mise en forme : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln citation(s)</source>
      <translation>
        <numerusform>%Ln citation copiée</numerusform>
        <numerusform>%Ln citations copiées</numerusform>
      </translation>
    </message>
    <message>
      <source> (of {selected} selected: export them all)</source>
      <translation> (sur {selected} sélectionnés : exportez-les tous)</translation>
    </message>
    <message>
      <source>Export selection</source>
      <translation>Exporter la sélection</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>Non exporté : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln item(s) to {file}</source>
      <translation>
        <numerusform>%Ln document exporté vers {file}</numerusform>
        <numerusform>%Ln documents exportés vers {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>Export to {file} failed: {error}</source>
      <translation>L’export vers {file} a échoué : {error}</translation>
    </message>
  </context>
  <context>
    <name>CollectionRecord</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, placeholder, long text) in the order of the form.</extracomment>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Cote</translation>
    </message>
    <message>
      <source>Repository</source>
      <translation>Service d’archives</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Producteurs</translation>
    </message>
    <message>
      <source>Family, Given; Body</source>
      <translation>Nom, Prénom ; Organisme</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates extrêmes</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Langues</translation>
    </message>
    <message>
      <source>Scope and content</source>
      <translation>Présentation du contenu</translation>
    </message>
    <message>
      <source>Conditions of access</source>
      <translation>Conditions d’accès</translation>
    </message>
    <message>
      <source>Conditions of use</source>
      <translation>Conditions d’utilisation</translation>
    </message>
    <message>
      <source>Collection Record</source>
      <translation>Notice de la collection</translation>
    </message>
    <message>
      <source>What describes the whole collection: finding aids, bags, MARC and MODS records and citations take it from here. Dates and languages left empty are worked out from the items.</source>
      <translation>Ce qui décrit toute la collection : les instruments de recherche (EAD), les paquets BagIt, les notices MARC et MODS et les citations le prennent d’ici. Les dates et les langues laissées vides sont déduites des documents.</translation>
    </message>
    <message>
      <source>The collection record was not saved: {error}</source>
      <translation>La notice de la collection n’a pas été enregistrée : {error}</translation>
    </message>
    <message>
      <source>Collection record saved</source>
      <translation>Notice de la collection enregistrée</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Relevance</source>
      <translation>Pertinence</translation>
    </message>
    <message>
      <source>Title</source>
      <extracomment>How long the list must rest before the snippets of the rows on screen are worked out. (header, what the core sorts by) for each column.</extracomment>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Auteurs</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>Looking for duplicates…</source>
      <translation>Recherche des doublons…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s) of duplicates</source>
      <translation>
        <numerusform>%Ln groupe de doublons</numerusform>
        <numerusform>%Ln groupes de doublons</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not look for duplicates: {error}</source>
      <translation>Impossible de rechercher les doublons : {error}</translation>
    </message>
    <message>
      <source>Duplicates in {collection}</source>
      <translation>Doublons dans « {collection} »</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s):</source>
      <translation>
        <numerusform>%Ln groupe :</numerusform>
        <numerusform>%Ln groupes :</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</source>
      <translation>
        <numerusform>%Ln copie en plus du premier document de chaque groupe. Les fichiers identiques ont les mêmes octets ; les quasi-copies ont presque le même texte (une coupure de presse retapée et sa numérisation, par exemple). Choisissez un groupe, ou l’un de ses documents, pour comparer.</numerusform>
        <numerusform>%Ln copies en plus du premier document de chaque groupe. Les fichiers identiques ont les mêmes octets ; les quasi-copies ont presque le même texte (une coupure de presse retapée et sa numérisation, par exemple). Choisissez un groupe, ou l’un de ses documents, pour comparer.</numerusform>
      </translation>
    </message>
    <message>
      <source>No duplicates: no two files are identical, and no two texts are near copies.</source>
      <translation>Aucun doublon : aucun fichier n’est identique à un autre, aucun texte n’est une quasi-copie d’un autre.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln identical</source>
      <translation>
        <numerusform>%Ln identique</numerusform>
        <numerusform>%Ln identiques</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln near copies, {percent}% alike</source>
      <translation>
        <numerusform>%Ln quasi-copie, semblable à {percent} %</numerusform>
        <numerusform>%Ln quasi-copies, semblables à {percent} %</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag the Copies…</source>
      <translation>Étiqueter les copies…</translation>
    </message>
    <message>
      <source>Tag every item of the group but the first, to find them again (tag:duplicate)</source>
      <translation>Étiqueter chaque document du groupe sauf le premier, pour les retrouver (tag:duplicate)</translation>
    </message>
    <message>
      <source>Open All</source>
      <translation>Tout ouvrir</translation>
    </message>
    <message>
      <source>Open every item of the group with the desktop's program</source>
      <translation>Ouvrir chaque document du groupe avec le programme par défaut</translation>
    </message>
    <message>
      <source>Show in Folders</source>
      <translation>Afficher dans les dossiers</translation>
    </message>
    <message>
      <source>Show where each item of the group is</source>
      <translation>Montrer où se trouve chaque document du groupe</translation>
    </message>
    <message>
      <source>Tag the Copies</source>
      <translation>Étiqueter les copies</translation>
    </message>
    <message numerus="yes">
      <source>Tag for the %Ln copies (every item but the first):</source>
      <translation>
        <numerusform>Étiquette pour la %Ln copie (chaque document sauf le premier) :</numerusform>
        <numerusform>Étiquette pour les %Ln copies (chaque document sauf le premier) :</numerusform>
      </translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Ce document ne peut pas être affiché : {error}</translation>
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Collection</source>
      <extracomment>The facet of several collections searched as one: how many matches each holds. The core's facet names, with the heading shown for each (translated where shown).</extracomment>
      <translation>Collection</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Année</translation>
    </message>
    <message>
      <source>Publisher / source</source>
      <translation>Éditeur / source</translation>
    </message>
    <message>
      <source>Creator</source>
      <translation>Auteur</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Destinataire</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>PRONOM format</source>
      <translation>Format PRONOM</translation>
    </message>
    <message>
      <source>Sensitive data</source>
      <translation>Données sensibles</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Accès</translation>
    </message>
    <message>
      <source>{facet}: {value}</source>
      <translation>{facet} : {value}</translation>
    </message>
    <message>
      <source>(drop rows here)</source>
      <translation>(déposer ici)</translation>
    </message>
    <message>
      <source>Drop results here to start a series</source>
      <translation>Déposez des résultats ici pour créer une série</translation>
    </message>
    <message>
      <source>open</source>
      <extracomment>The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.</extracomment>
      <translation>ouvert</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>restreint</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>fermé</translation>
    </message>
    <message>
      <source>card numbers</source>
      <extracomment>The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.</extracomment>
      <translation>numéros de carte</translation>
    </message>
    <message>
      <source>IBANs</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>US social security numbers</source>
      <translation>numéros de sécurité sociale américains</translation>
    </message>
    <message>
      <source>national identifiers</source>
      <translation>identifiants nationaux</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>adresses électroniques</translation>
    </message>
    <message>
      <source>phone numbers</source>
      <translation>numéros de téléphone</translation>
    </message>
    <message>
      <source>words of the lexicon</source>
      <translation>mots du lexique</translation>
    </message>
    <message>
      <source>Facets: narrow the results</source>
      <extracomment>How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').</extracomment>
      <translation>Facettes : affiner les résultats</translation>
    </message>
    <message>
      <source>Click to clear this filter</source>
      <translation>Cliquez pour retirer ce filtre</translation>
    </message>
    <message>
      <source>Show only {facet}: {value}</source>
      <translation>N’afficher que {facet} : {value}</translation>
    </message>
  </context>
  <context>
    <name>Filters</name>
    <message>
      <source>Only:</source>
      <extracomment>What a chip for the timeline's years is keyed by (facets are keyed by their names). A chip's text is elided past this many characters (its tooltip says it whole).</extracomment>
      <translation>Seulement :</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Tout retirer</translation>
    </message>
    <message>
      <source>Let every filter go: the whole result of the words typed</source>
      <translation>Retirer tous les filtres : tout le résultat des mots saisis</translation>
    </message>
    <message>
      <source>Click to let this filter go</source>
      <translation>Cliquez pour retirer ce filtre</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>Retirer le filtre {filter}</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>AVI video</source>
      <extracomment>The format names (archive.formats) that are words, not a format's own name: marked here for translation, the others ('PDF', 'JPEG') are the same in every language.</extracomment>
      <translation>Vidéo AVI</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Journal</translation>
    </message>
    <message>
      <source>MPEG-4 audio</source>
      <translation>Audio MPEG-4</translation>
    </message>
    <message>
      <source>MPEG-4 video</source>
      <translation>Vidéo MPEG-4</translation>
    </message>
    <message>
      <source>Mailbox</source>
      <translation>Boîte aux lettres</translation>
    </message>
    <message>
      <source>Matroska video</source>
      <translation>Vidéo Matroska</translation>
    </message>
    <message>
      <source>OpenDocument presentation</source>
      <translation>Présentation OpenDocument</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet</source>
      <translation>Classeur OpenDocument</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>Texte OpenDocument</translation>
    </message>
    <message>
      <source>Outlook data file</source>
      <translation>Fichier de données Outlook</translation>
    </message>
    <message>
      <source>Outlook message</source>
      <translation>Message Outlook</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texte brut</translation>
    </message>
    <message>
      <source>QuickTime video</source>
      <translation>Vidéo QuickTime</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Code source</translation>
    </message>
    <message>
      <source>Web page</source>
      <translation>Page web</translation>
    </message>
    <message>
      <source>Windows Media audio</source>
      <translation>Audio Windows Media</translation>
    </message>
  </context>
  <context>
    <name>HandingOn</name>
    <message>
      <source>Items held back</source>
      <translation>Documents retenus</translation>
    </message>
    <message numerus="yes">
      <source>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</source>
      <translation>
        <numerusform>%Ln des documents sélectionnés est retenu : restreint, fermé ou porteur de données sensibles que personne n’a examinées.</numerusform>
        <numerusform>%Ln des documents sélectionnés sont retenus : restreints, fermés ou porteurs de données sensibles que personne n’a examinées.</numerusform>
      </translation>
    </message>
    <message>
      <source>They are left out unless you include them; included, each carries its restriction (EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with archive sensitive, or by setting the item's access.</source>
      <translation>Ils sont laissés de côté à moins que vous ne les incluiez ; inclus, chacun porte sa restriction (EAD, MODS, MARC, Dublin Core, métadonnées du paquet). Les données sensibles s’examinent avec archive sensitive ou en fixant l’accès du document.</translation>
    </message>
    <message>
      <source>&amp;Include the items held back</source>
      <translation>&amp;Inclure les documents retenus</translation>
    </message>
    <message numerus="yes">
      <source> — %Ln item(s) held back</source>
      <translation>
        <numerusform> — %Ln document retenu</numerusform>
        <numerusform> — %Ln documents retenus</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>both words, anywhere (text or metadata)</source>
      <translation>les deux mots, n’importe où (texte ou métadonnées)</translation>
    </message>
    <message>
      <source>the exact phrase</source>
      <translation>l’expression exacte</translation>
    </message>
    <message>
      <source>combine</source>
      <translation>combiner</translation>
    </message>
    <message>
      <source>one field</source>
      <translation>un champ</translation>
    </message>
    <message>
      <source>dates and ranges (an item dated only 1953 is not in &lt;code&gt;date:1953-02&lt;/code&gt;)</source>
      <translation>dates et périodes (un document daté seulement de 1953 n’est pas dans &lt;code&gt;date:1953-02&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>wildcard, fuzzy (at most &lt;code&gt;~2&lt;/code&gt;)</source>
      <translation>troncature, recherche approchée (au plus &lt;code&gt;~2&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>without a word; words in one language</source>
      <translation>sans le mot ; des mots dans une langue</translation>
    </message>
    <message>
      <source>a message and the replies to it</source>
      <translation>un message et les réponses qu’il a reçues</translation>
    </message>
    <message>
      <source>a saved search (Search ▸ Save Search…)</source>
      <translation>une recherche enregistrée (Recherche ▸ Enregistrer la recherche…)</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Syntaxe de recherche</translation>
    </message>
    <message>
      <source>Words are matched in every form (&lt;i&gt;survey&lt;/i&gt; finds &lt;i&gt;surveying&lt;/i&gt;) and without accents (&lt;i&gt;resume&lt;/i&gt; finds &lt;i&gt;résumé&lt;/i&gt;). Click a facet on the left to narrow the list; click it again to clear.</source>
      <translation>Les mots sont trouvés sous toutes leurs formes (&lt;i&gt;port&lt;/i&gt; trouve &lt;i&gt;ports&lt;/i&gt;) et sans accents (&lt;i&gt;resume&lt;/i&gt; trouve &lt;i&gt;résumé&lt;/i&gt;). Cliquez sur une facette à gauche pour affiner la liste ; cliquez de nouveau pour la retirer.</translation>
    </message>
    <message>
      <source>the search field</source>
      <translation>le champ de recherche</translation>
    </message>
    <message>
      <source>{keys} (in the search field)</source>
      <translation>{keys} (dans le champ de recherche)</translation>
    </message>
    <message>
      <source>{keys} (in the results)</source>
      <translation>{keys} (dans les résultats)</translation>
    </message>
    <message>
      <source>into the results</source>
      <translation>vers les résultats</translation>
    </message>
    <message>
      <source>herring</source>
      <extracomment>The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left out, a word begun, a word misspelt.</extracomment>
      <translation>hareng</translation>
    </message>
    <message>
      <source>quay</source>
      <translation>quai</translation>
    </message>
    <message>
      <source>north quay</source>
      <translation>quai nord</translation>
    </message>
    <message>
      <source>cod</source>
      <translation>morue</translation>
    </message>
    <message>
      <source>breakwat*</source>
      <translation>digu*</translation>
    </message>
    <message>
      <source>brekwater~</source>
      <translation>diuge~</translation>
    </message>
    <message>
      <source>open the item in its own program</source>
      <translation>ouvrir le document dans son programme</translation>
    </message>
    <message>
      <source>copy the selection's citations</source>
      <translation>copier les citations de la sélection</translation>
    </message>
    <message>
      <source>save the metadata form (of every selected item)</source>
      <translation>enregistrer le formulaire de métadonnées (de chaque document sélectionné)</translation>
    </message>
    <message>
      <source>undo the last save (in a field: its own typing first)</source>
      <translation>annuler le dernier enregistrement (dans un champ : d’abord sa propre saisie)</translation>
    </message>
    <message>
      <source>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</source>
      <translation>exporter la sélection : CSV, citations, Dublin Core, MODS, MARC, EAD</translation>
    </message>
    <message>
      <source>save the search under a name</source>
      <translation>enregistrer la recherche sous un nom</translation>
    </message>
    <message>
      <source>compact rows, rows with snippets, grid of thumbnails</source>
      <translation>lignes compactes, lignes avec extraits, grille de vignettes</translation>
    </message>
    <message>
      <source>show or hide the facets pane</source>
      <translation>afficher ou masquer le volet des facettes</translation>
    </message>
    <message>
      <source>re-index the collection</source>
      <translation>réindexer la collection</translation>
    </message>
    <message>
      <source>PDF pages and zoom</source>
      <translation>pages PDF et zoom</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>the platform's data folder</source>
      <translation>le dossier de données du système</translation>
    </message>
    <message>
      <source>Index folder</source>
      <translation>Dossier de l’index</translation>
    </message>
    <message>
      <source>Tesseract (OCR)</source>
      <translation>Tesseract (OCR)</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>non installé</translation>
    </message>
    <message>
      <source>pandoc (citations)</source>
      <translation>pandoc (citations)</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>non disponible</translation>
    </message>
    <message>
      <source>Archive viewer {version}</source>
      <translation>Visionneuse d’archives {version}</translation>
    </message>
    <message>
      <source>Search, view, correct and cite a folder of documents, offline. Nothing is ever written into the collection folder.</source>
      <translation>Rechercher, consulter, décrire et citer un dossier de documents, hors ligne. Rien n’est jamais écrit dans le dossier de la collection.</translation>
    </message>
  </context>
  <context>
    <name>Indexing</name>
    <message>
      <source>Files read</source>
      <translation>Fichiers lus</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Stop indexing; what is done so far is kept</source>
      <translation>Arrêter l’indexation ; ce qui est fait est conservé</translation>
    </message>
    <message>
      <source>Indexing stopped: {reason}. The list shows what is already indexed.</source>
      <translation>Indexation arrêtée : {reason}. La liste montre ce qui est déjà indexé.</translation>
    </message>
    <message>
      <source>Looking for new and changed files…</source>
      <translation>Recherche des fichiers nouveaux et modifiés…</translation>
    </message>
    <message>
      <source>Stopping after the files in progress…</source>
      <translation>Arrêt après les fichiers en cours…</translation>
    </message>
    <message>
      <source>Indexing cancelled: {counts} ({seconds} s)</source>
      <translation>Indexation annulée : {counts} ({seconds} s)</translation>
    </message>
    <message>
      <source>Index up to date: {counts} ({seconds} s)</source>
      <translation>Index à jour : {counts} ({seconds} s)</translation>
    </message>
    <message>
      <source>indexing, {done} of {total} files read</source>
      <translation>indexation, {done} fichiers lus sur {total}</translation>
    </message>
    <message>
      <source>indexing</source>
      <translation>indexation</translation>
    </message>
    <message>
      <source>Indexing… {done} of {total} files read. Items appear here as they are indexed.</source>
      <translation>Indexation… {done} fichiers lus sur {total}. Les documents apparaissent ici à mesure qu’ils sont indexés.</translation>
    </message>
    <message>
      <source>Indexing… looking for files. Items appear here as they are indexed.</source>
      <translation>Indexation… recherche des fichiers. Les documents apparaissent ici à mesure qu’ils sont indexés.</translation>
    </message>
    <message>
      <source>No items match.</source>
      <translation>Aucun document ne correspond.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln problème</numerusform>
        <numerusform>%Ln problèmes</numerusform>
      </translation>
    </message>
    <message>
      <source>read in part: {what}</source>
      <translation>lu en partie : {what}</translation>
    </message>
    <message>
      <source>read poorly: install {package} to read its script</source>
      <translation>mal lu : installez {package} pour lire son écriture</translation>
    </message>
    <message>
      <source>gone from the folder; your edits ({fields}) are kept until it comes back</source>
      <translation>disparu du dossier ; vos modifications ({fields}) sont conservées jusqu’à son retour</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problèmes</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</source>
      <translation>
        <numerusform>%Ln fichier demande votre attention : ceux qui n’ont pas pu être lus entièrement restent listés par leur nom ; les modifications de ceux qui ont disparu sont conservées.</numerusform>
        <numerusform>%Ln fichiers demandent votre attention : ceux qui n’ont pas pu être lus entièrement restent listés par leur nom ; les modifications de ceux qui ont disparu sont conservées.</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: every file was read, and no edits are waiting for a file that is gone.</source>
      <translation>Aucun problème : chaque fichier a été lu, et aucune modification n’attend un fichier disparu.</translation>
    </message>
    <message>
      <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
      <translation>{added} ajoutés, {updated} mis à jour, {removed} retirés, {unchanged} inchangés</translation>
    </message>
    <message>
      <source>, {count} read again</source>
      <translation>, {count} relus</translation>
    </message>
    <message>
      <source>, {count} items inside them</source>
      <translation>, {count} documents contenus</translation>
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
      <translation>stéréo</translation>
    </message>
    <message numerus="yes">
      <source>%n channels</source>
      <translation>
        <numerusform>%n canal</numerusform>
        <numerusform>%n canaux</numerusform>
      </translation>
    </message>
    <message>
      <source>Poster frame</source>
      <translation>Image d’aperçu</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Lire</translation>
    </message>
    <message>
      <source>Play it in the desktop's own player</source>
      <translation>Le lire dans le lecteur par défaut</translation>
    </message>
    <message>
      <source>Play in the desktop's player</source>
      <translation>Lire dans le lecteur par défaut</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Auteurs</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Collection</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Running time</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Son</translation>
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
      <translation>{label} :</translation>
    </message>
    <message>
      <source>Making the poster frame…</source>
      <translation>Création de l’image d’aperçu…</translation>
    </message>
    <message>
      <source>No poster frame: {reason}.</source>
      <translation>Pas d’image d’aperçu : {reason}.</translation>
    </message>
    <message>
      <source>the picture could not be read</source>
      <translation>l’image n’a pas pu être lue</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <source>Items inside this one</source>
      <extracomment>Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).</extracomment>
      <translation>Documents contenus dans celui-ci</translation>
    </message>
    <message>
      <source>… and {count} more: search for them</source>
      <translation>… et {count} autres : cherchez-les</translation>
    </message>
    <message>
      <source>Parts ({count})</source>
      <translation>Parties ({count})</translation>
    </message>
    <message>
      <source>Inside ({count})</source>
      <translation>Contenu ({count})</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Open Collection…</source>
      <translation>&amp;Ouvrir une collection…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>Collections &amp;récentes</translation>
    </message>
    <message>
      <source>A&amp;dd Collection to Search…</source>
      <translation>&amp;Ajouter une collection à la recherche…</translation>
    </message>
    <message>
      <source>Re-&amp;index</source>
      <translation>Ré&amp;indexer</translation>
    </message>
    <message>
      <source>&amp;Watch for Changes</source>
      <translation>&amp;Surveiller les changements</translation>
    </message>
    <message>
      <source>Look for new and changed files whenever the window comes back to the front</source>
      <translation>Chercher les fichiers nouveaux et modifiés chaque fois que la fenêtre revient au premier plan</translation>
    </message>
    <message>
      <source>Indexing &amp;Problems…</source>
      <translation>&amp;Problèmes d’indexation…</translation>
    </message>
    <message>
      <source>&amp;Accession Report…</source>
      <translation>Rapport d’&amp;entrée…</translation>
    </message>
    <message>
      <source>Collection Re&amp;cord…</source>
      <translation>&amp;Notice de la collection…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>&amp;Document</translation>
    </message>
    <message>
      <source>&amp;Open Externally</source>
      <translation>&amp;Ouvrir dans un autre programme</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
      <source>&amp;Copy Citation</source>
      <translation>&amp;Copier la citation</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Empaqueter la sélection en &amp;BagIt…</translation>
    </message>
    <message>
      <source>&amp;Arrange in Series…</source>
      <translation>Placer dans une &amp;série…</translation>
    </message>
    <message>
      <source>&amp;Group Selected…</source>
      <translation>&amp;Regrouper la sélection…</translation>
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation>Dé&amp;grouper</translation>
    </message>
    <message>
      <source>&amp;Save Metadata</source>
      <translation>&amp;Enregistrer les métadonnées</translation>
    </message>
    <message>
      <source>&amp;Undo Last Save</source>
      <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Compact Rows</source>
      <translation>Lignes &amp;compactes</translation>
    </message>
    <message>
      <source>Rows with &amp;Snippets</source>
      <translation>Lignes avec &amp;extraits</translation>
    </message>
    <message>
      <source>&amp;Grid of Thumbnails</source>
      <translation>&amp;Grille de vignettes</translation>
    </message>
    <message>
      <source>Sort &amp;By</source>
      <translation>&amp;Trier par</translation>
    </message>
    <message>
      <source>&amp;Descending</source>
      <translation>&amp;Décroissant</translation>
    </message>
    <message>
      <source>&amp;Facets Pane</source>
      <translation>Volet des &amp;facettes</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>T&amp;hème</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Recherche</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <source>C&amp;lear Filters</source>
      <translation>Retirer les &amp;filtres</translation>
    </message>
    <message>
      <source>Search &amp;In</source>
      <translation>&amp;Chercher dans</translation>
    </message>
    <message>
      <source>&amp;Save Search…</source>
      <translation>&amp;Enregistrer la recherche…</translation>
    </message>
    <message>
      <source>Find &amp;Duplicates…</source>
      <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
      <source>&amp;Names…</source>
      <translation>&amp;Noms…</translation>
    </message>
    <message>
      <source>Saved Searc&amp;hes</source>
      <translation>Recherches enre&amp;gistrées</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;ide</translation>
    </message>
    <message>
      <source>Search &amp;Syntax</source>
      <translation>&amp;Syntaxe de recherche</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Syntaxe de recherche</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;About Archive Viewer</source>
      <translation>À &amp;propos de la visionneuse d’archives</translation>
    </message>
    <message>
      <source>Sort by Relevance</source>
      <translation>Trier par pertinence</translation>
    </message>
    <message>
      <source>{column} (empty here)</source>
      <translation>{column} (vide ici)</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;Système</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>&amp;Clair</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>S&amp;ombre</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, kind) in the order of the form. Lists are typed with ';' between items.</extracomment>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Auteurs</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Destinataires</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Éditeur</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Sujets</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Droits</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Transcription</source>
      <translation>Transcription</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Accès</translation>
    </message>
    <message>
      <source>Access until</source>
      <translation>Fermé jusqu’au</translation>
    </message>
    <message>
      <source>Access note</source>
      <translation>Motif de la restriction</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Chemin</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
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
      <translation>Nom du format</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Version du format</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Hauteur</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <source>File modified</source>
      <translation>Fichier modifié</translation>
    </message>
    <message>
      <source>Content modified</source>
      <translation>Contenu modifié</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Généré par</translation>
    </message>
    <message>
      <source>Creator tool</source>
      <translation>Outil de création</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Chiffré</translation>
    </message>
    <message>
      <source>OCR</source>
      <translation>OCR</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <source>(several values)</source>
      <translation>(plusieurs valeurs)</translation>
    </message>
    <message>
      <source>Family, Given; Family, Given</source>
      <translation>Nom, Prénom ; Nom, Prénom</translation>
    </message>
    <message>
      <source>2021, 2021-02 or 2021-02-26</source>
      <translation>2021, 2021-02 ou 2021-02-26</translation>
    </message>
    <message>
      <source>term; term</source>
      <translation>terme ; terme</translation>
    </message>
    <message>
      <source>tag; tag</source>
      <translation>étiquette ; étiquette</translation>
    </message>
    <message>
      <source>Series 2: Administration/Memoranda</source>
      <translation>Série 2 : Administration/Notes de service</translation>
    </message>
    <message>
      <source>Box 3, Folder 2</source>
      <translation>Boîte 3, dossier 2</translation>
    </message>
    <message>
      <source>open (the default)</source>
      <translation>ouvert (par défaut)</translation>
    </message>
    <message>
      <source>the day it opens: 2060-01-01</source>
      <translation>le jour de l’ouverture : 2060-01-01</translation>
    </message>
    <message>
      <source>why: medical records, the donor's wish…</source>
      <translation>pourquoi : dossiers médicaux, volonté du donateur…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Keep these corrections (they are stored in the index, never in the file)</source>
      <translation>Garder ces corrections (elles sont conservées dans l’index, jamais dans le fichier)</translation>
    </message>
    <message>
      <source>Revert to extracted</source>
      <translation>Revenir à la valeur extraite</translation>
    </message>
    <message>
      <source>Drop every correction of this item and show what was read from the file</source>
      <translation>Abandonner toutes les corrections de ce document et montrer ce qui a été lu dans le fichier</translation>
    </message>
    <message>
      <source>Technical facts</source>
      <translation>Données techniques</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>Donnée</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>Historique des modifications</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Avant</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>&lt;b&gt;History&lt;/b&gt; — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save</source>
      <translation>&lt;b&gt;Historique&lt;/b&gt; — Document ▸ Annuler le dernier enregistrement (Ctrl+Z) reprend le dernier enregistrement</translation>
    </message>
    <message numerus="yes">
      <source>Save %Ln items</source>
      <translation>
        <numerusform>Enregistrer %Ln document</numerusform>
        <numerusform>Enregistrer %Ln documents</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln items selected: a field left as it is stays as each item has it</source>
      <translation>
        <numerusform>%Ln document sélectionné : un champ laissé tel quel reste comme chaque document l’a</numerusform>
        <numerusform>%Ln documents sélectionnés : un champ laissé tel quel reste comme chaque document l’a</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message numerus="yes">
      <source>%Ln bytes</source>
      <translation>
        <numerusform>%Ln octet</numerusform>
        <numerusform>%Ln octets</numerusform>
      </translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Reverting…</source>
      <translation>Retour en arrière…</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Names</source>
      <translation>Noms</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>As creator</source>
      <translation>Comme auteur</translation>
    </message>
    <message>
      <source>As recipient</source>
      <translation>Comme destinataire</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Notice d’autorité</translation>
    </message>
    <message>
      <source>People and organisations</source>
      <translation>Personnes et collectivités</translation>
    </message>
    <message>
      <source>Family, Given — the form every record will give</source>
      <translation>Nom, Prénom — la forme que donnera chaque notice</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Fusionner en</translation>
    </message>
    <message>
      <source>Authority record</source>
      <translation>Notice d’autorité</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Fusionner</translation>
    </message>
    <message numerus="yes">
      <source>%Ln name(s)</source>
      <translation>
        <numerusform>%Ln nom</numerusform>
        <numerusform>%Ln noms</numerusform>
      </translation>
    </message>
    <message>
      <source>Not merged: {error}</source>
      <translation>Non fusionné : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Merged into {name} in %Ln item(s)</source>
      <translation>
        <numerusform>Fusionné en {name} dans %Ln document</numerusform>
        <numerusform>Fusionné en {name} dans %Ln documents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.</source>
      <translation>{path} n’est plus là (déplacé ou supprimé depuis l’indexation) ; réindexez pour mettre la liste à jour.</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>dossier</translation>
    </message>
    <message>
      <source>'{suffix}' file</source>
      <translation>fichier « {suffix} »</translation>
    </message>
    <message>
      <source>{name} could not be opened: no program on this computer is set to open this {kind}. Set a default program for it in the desktop's settings, or use Show in Folder.</source>
      <translation>{name} n’a pas pu être ouvert : aucun programme de cet ordinateur n’est réglé pour ouvrir ce type ({kind}). Choisissez un programme par défaut dans les réglages du système, ou utilisez Afficher dans le dossier.</translation>
    </message>
    <message>
      <source>recording</source>
      <translation>enregistrement</translation>
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>page {number}</source>
      <extracomment>Tables without sheet names (a CSV or TSV is one sheet).</extracomment>
      <translation>page {number}</translation>
    </message>
    <message>
      <source>Open externally</source>
      <translation>Ouvrir dans un autre programme</translation>
    </message>
    <message>
      <source>Select an item to see it here.</source>
      <translation>Sélectionnez un document pour le voir ici.</translation>
    </message>
    <message>
      <source>This file is no longer in the collection folder (moved or deleted since it was indexed). Re-index to bring the list up to date.</source>
      <translation>Ce fichier n’est plus dans le dossier de la collection (déplacé ou supprimé depuis l’indexation). Réindexez pour mettre la liste à jour.</translation>
    </message>
    <message>
      <source>This file has been replaced by a link to a file outside the collection since it was indexed; it is not shown.</source>
      <translation>Depuis l’indexation, ce fichier a été remplacé par un lien vers un fichier hors de la collection ; il n’est pas affiché.</translation>
    </message>
    <message>
      <source>no text could be read from this {kind}</source>
      <translation>aucun texte n’a pu être lu dans ce fichier ({kind})</translation>
    </message>
    <message>
      <source>file</source>
      <translation>fichier</translation>
    </message>
    <message>
      <source>Nothing to preview: {reason}.</source>
      <translation>Rien à afficher : {reason}.</translation>
    </message>
    <message>
      <source>◀ Hit</source>
      <translation>◀ Occurrence</translation>
    </message>
    <message>
      <source>Previous hit (Shift+F3, or N)</source>
      <translation>Occurrence précédente (Maj+F3, ou N)</translation>
    </message>
    <message>
      <source>Hit ▶</source>
      <translation>Occurrence ▶</translation>
    </message>
    <message>
      <source>Next hit (F3, or n)</source>
      <translation>Occurrence suivante (F3, ou n)</translation>
    </message>
    <message>
      <source>hit {current} of {total}</source>
      <translation>occurrence {current} sur {total}</translation>
    </message>
    <message numerus="yes">
      <source>%n+ hits</source>
      <translation>
        <numerusform>%n+ occurrence</numerusform>
        <numerusform>%n+ occurrences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n occurrence</numerusform>
        <numerusform>%n occurrences</numerusform>
      </translation>
    </message>
    <message>
      <source>Image</source>
      <extracomment>Longest edge decoded for the preview; larger images are scaled while decoding.</extracomment>
      <translation>Image</translation>
    </message>
    <message>
      <source>Pages and zoom</source>
      <translation>Pages et zoom</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Ajuster</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Ajuster l’image à la fenêtre</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Taille réelle</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>Pivoter à gauche</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>Pivoter à droite</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
      <source>Text layer</source>
      <translation>Couche texte</translation>
    </message>
    <message>
      <source>Show the words recognised in this image (OCR)</source>
      <translation>Afficher les mots reconnus dans cette image (OCR)</translation>
    </message>
    <message>
      <source>Words recognised in the image</source>
      <translation>Mots reconnus dans l’image</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
      <source>This image cannot be shown: {reason}.</source>
      <translation>Cette image ne peut pas être affichée : {reason}.</translation>
    </message>
    <message>
      <source>unknown format</source>
      <translation>format inconnu</translation>
    </message>
    <message>
      <source>Pages of the PDF</source>
      <extracomment>Points between two pages, and around them. Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB). The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB). How a hit is marked: its colour's opacity, and the outline of the one shown.</extracomment>
      <translation>Pages du PDF</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Page</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+wheel)</source>
      <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+wheel)</source>
      <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Largeur</translation>
    </message>
    <message>
      <source>Fit the page width to the window</source>
      <translation>Ajuster la largeur de la page à la fenêtre</translation>
    </message>
    <message>
      <source>Show the whole page</source>
      <translation>Afficher la page entière</translation>
    </message>
    <message>
      <source>of {count}</source>
      <translation>sur {count}</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Ouverture…</translation>
    </message>
    <message>
      <source>This PDF cannot be shown: {reason}.</source>
      <translation>Ce PDF ne peut pas être affiché : {reason}.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <extracomment>Rows shown of one sheet (the index holds them all; a search finds the rest).</extracomment>
      <translation>Feuille</translation>
    </message>
    <message>
      <source>Cells of the sheet</source>
      <translation>Cellules de la feuille</translation>
    </message>
    <message>
      <source>Sheet {number}</source>
      <translation>Feuille {number}</translation>
    </message>
    <message>
      <source>the first {shown} of {count} rows</source>
      <translation>les {shown} premières lignes sur {count}</translation>
    </message>
    <message>
      <source>Text of the item</source>
      <extracomment>More text than this is cut for display (the index holds it all). Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…). A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.</extracomment>
      <translation>Texte du document</translation>
    </message>
    <message>
      <source>the rest of this text is not shown here; it is searchable</source>
      <translation>la suite de ce texte n’est pas affichée ici ; la recherche la couvre</translation>
    </message>
  </context>
  <context>
    <name>Provenance</name>
    <message>
      <source>by OCR</source>
      <translation>par OCR</translation>
    </message>
    <message>
      <source>from the file system</source>
      <translation>du système de fichiers</translation>
    </message>
    <message>
      <source>from the file</source>
      <extracomment>Each kind of source, in words.</extracomment>
      <translation>du fichier</translation>
    </message>
    <message>
      <source>by its format</source>
      <translation>d’après le format</translation>
    </message>
    <message>
      <source>from its name</source>
      <translation>d’après le nom</translation>
    </message>
    <message>
      <source>from its text</source>
      <translation>d’après le texte</translation>
    </message>
    <message>
      <source>recognised</source>
      <translation>reconnue</translation>
    </message>
    <message>
      <source>part of</source>
      <extracomment>Fields the history names that the form does not show.</extracomment>
      <translation>partie de</translation>
    </message>
    <message>
      <source>part</source>
      <translation>partie</translation>
    </message>
    <message>
      <source>findings dismissed</source>
      <translation>signalements écartés</translation>
    </message>
    <message>
      <source>format</source>
      <translation>format</translation>
    </message>
    <message>
      <source>Turned upright for OCR (degrees)</source>
      <extracomment>Facts readers add under names of their own.</extracomment>
      <translation>Redressé pour l’OCR (degrés)</translation>
    </message>
    <message>
      <source>Duration (seconds)</source>
      <translation>Durée (secondes)</translation>
    </message>
    <message>
      <source>Bit rate (kbit/s)</source>
      <translation>Débit (kbit/s)</translation>
    </message>
    <message>
      <source>Sample rate (Hz)</source>
      <translation>Fréquence d’échantillonnage (Hz)</translation>
    </message>
    <message>
      <source>Channels</source>
      <translation>Canaux</translation>
    </message>
    <message>
      <source>in the window</source>
      <translation>dans la fenêtre</translation>
    </message>
    <message>
      <source>on the command line</source>
      <translation>en ligne de commande</translation>
    </message>
    <message>
      <source>reverted</source>
      <translation>rétabli</translation>
    </message>
    <message>
      <source>names merged</source>
      <translation>noms fusionnés</translation>
    </message>
    <message>
      <source>imported from {file}</source>
      <translation>importé de {file}</translation>
    </message>
    <message>
      <source>undo of save {batch}</source>
      <translation>annulation de l’enregistrement {batch}</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Making the accession report…</source>
      <translation>Rapport d’entrée en préparation…</translation>
    </message>
    <message>
      <source>the accession report</source>
      <translation>le rapport d’entrée</translation>
    </message>
    <message>
      <source>The accession report is open in your browser: {path}</source>
      <translation>Le rapport d’entrée est ouvert dans le navigateur : {path}</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <source>p. {page}</source>
      <extracomment>The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge. A grid cell, and the square its thumbnail is fitted into. How much of the text before a snippet's first marked word stays in view.</extracomment>
      <translation>p. {page}</translation>
    </message>
    <message>
      <source>Results</source>
      <extracomment>The ways of showing the results, as the View menu and the settings name them. Width of each column after the first (which stretches); 0: as wide as it comes.</extracomment>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Results as thumbnails</source>
      <translation>Résultats en vignettes</translation>
    </message>
  </context>
  <context>
    <name>SavedSearches</name>
    <message>
      <source>Saved searches</source>
      <translation>Recherches enregistrées</translation>
    </message>
    <message>
      <source>Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)</source>
      <translation>Recherches enregistrées : cliquez sur l’une pour la lancer (Recherche ▸ Enregistrer la recherche… garde celle en cours)</translation>
    </message>
    <message>
      <source>&amp;Run</source>
      <translation>&amp;Lancer</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>&amp;Oublier</translation>
    </message>
    <message>
      <source>Save Search</source>
      <translation>Enregistrer la recherche</translation>
    </message>
    <message>
      <source>Name for the search {query}:</source>
      <translation>Nom de la recherche {query} :</translation>
    </message>
    <message>
      <source>The search was not saved: {error}</source>
      <translation>La recherche n’a pas été enregistrée : {error}</translation>
    </message>
    <message>
      <source>Saved as @{name} (also: archive search {quoted})</source>
      <translation>Enregistrée sous @{name} (aussi : archive search {quoted})</translation>
    </message>
    <message>
      <source>The saved search could not be opened: {error}</source>
      <translation>La recherche enregistrée n’a pas pu être ouverte : {error}</translation>
    </message>
    <message>
      <source>The saved search {name} was not removed: {error}</source>
      <translation>La recherche enregistrée {name} n’a pas été supprimée : {error}</translation>
    </message>
  </context>
  <context>
    <name>Searching</name>
    <message>
      <source>Search</source>
      <extracomment>From this many items a search runs off the GUI thread (see above).</extracomment>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</source>
      <translation>Recherche : mots, "une expression", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</translation>
    </message>
    <message>
      <source>Years: {first}–{last}</source>
      <translation>Années : {first}–{last}</translation>
    </message>
    <message>
      <source>Cannot search: {error}</source>
      <translation>Recherche impossible : {error}</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>La recherche a échoué : {error}</translation>
    </message>
    <message numerus="yes">
      <source>at least %Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>au moins %Ln résultat en {ms} ms</numerusform>
        <numerusform>au moins %Ln résultats en {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>%Ln résultat en {ms} ms</numerusform>
        <numerusform>%Ln résultats en {ms} ms</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> with %Ln filter(s) — {filters}</source>
      <translation>
        <numerusform> avec %Ln filtre — {filters}</numerusform>
        <numerusform> avec %Ln filtres — {filters}</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} without them</source>
      <translation> ; {count} sans eux</translation>
    </message>
    <message>
      <source>; {count} without it</source>
      <translation> ; {count} sans lui</translation>
    </message>
    <message>
      <source> so far — {indexing}</source>
      <translation> pour l’instant — {indexing}</translation>
    </message>
    <message>
      <source>Selecting all {total} results… {read} read</source>
      <translation>Sélection des {total} résultats… {read} lus</translation>
    </message>
    <message numerus="yes">
      <source>%Ln selected</source>
      <translation>
        <numerusform>%Ln sélectionné</numerusform>
        <numerusform>%Ln sélectionnés</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message>
      <source>CSV, for spreadsheets (*.csv)</source>
      <extracomment>Export formats as the save dialog offers them (translated there) → the core's format names.</extracomment>
      <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
      <source>EAD finding aid (*.xml)</source>
      <translation>Instrument de recherche EAD (*.xml)</translation>
    </message>
    <message>
      <source>Mailbox of the messages as they were (*.mbox)</source>
      <translation>Fichier mbox des messages tels qu’ils étaient (*.mbox)</translation>
    </message>
    <message>
      <source>The messages as .eml files, in a new folder (*)</source>
      <translation>Les messages en fichiers .eml, dans un nouveau dossier (*)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Aperçu</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Métadonnées</translation>
    </message>
    <message>
      <source>Cite</source>
      <translation>Citer</translation>
    </message>
    <message numerus="yes">
      <source>Reading the records of %Ln items…</source>
      <translation>
        <numerusform>Lecture de la notice de %Ln document…</numerusform>
        <numerusform>Lecture des notices de %Ln documents…</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read the selected items: {error}</source>
      <translation>Impossible de lire les documents sélectionnés : {error}</translation>
    </message>
    <message>
      <source>Shown from the list of what is inside; it is not among this search's results</source>
      <translation>Affiché depuis la liste du contenu ; il ne fait pas partie des résultats de cette recherche</translation>
    </message>
    <message>
      <source>Nothing selected.</source>
      <translation>Rien n’est sélectionné.</translation>
    </message>
    <message>
      <source>Arrange in Series</source>
      <translation>Placer dans une série</translation>
    </message>
    <message numerus="yes">
      <source>The series of the %Ln item(s), its levels parted by '/':</source>
      <translation>
        <numerusform>Série de %Ln document, niveaux séparés par « / » :</numerusform>
        <numerusform>Série des %Ln documents, niveaux séparés par « / » :</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the parts of the item, at least two, in order</source>
      <translation>Sélectionnez les parties du document, au moins deux, dans l’ordre</translation>
    </message>
    <message>
      <source>Group Selected</source>
      <translation>Regrouper la sélection</translation>
    </message>
    <message numerus="yes">
      <source>The title of the item made of these %Ln files, in the order of their names:</source>
      <translation>
        <numerusform>Titre du document formé de %Ln fichier, dans l’ordre de leurs noms :</numerusform>
        <numerusform>Titre du document formé de ces %Ln fichiers, dans l’ordre de leurs noms :</numerusform>
      </translation>
    </message>
    <message>
      <source>The item shown is not made of several files</source>
      <translation>Le document affiché n’est pas formé de plusieurs fichiers</translation>
    </message>
    <message>
      <source>The selected item</source>
      <extracomment>A selection of at least this many items has its records read for the form off the GUI thread (20,000 selected items took 0.6 s on it). Items whose preview opens at the page of the best hit.</extracomment>
      <translation>Le document sélectionné</translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Ce document ne peut pas être affiché : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln item(s)</source>
      <translation>
        <numerusform>%Ln document enregistré</numerusform>
        <numerusform>%Ln documents enregistrés</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation>Rien n’a changé</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
      <source>%Ln items</source>
      <translation>
        <numerusform>%Ln document</numerusform>
        <numerusform>%Ln documents</numerusform>
      </translation>
    </message>
    <message>
      <source>Your changes to {which} were not saved: {error}. They are still in the form; save again when the problem is solved.</source>
      <translation>Vos modifications de {which} n’ont pas été enregistrées : {error}. Elles sont toujours dans le formulaire ; enregistrez de nouveau une fois le problème résolu.</translation>
    </message>
    <message>
      <source>Could not undo: {error}</source>
      <translation>Impossible d’annuler : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Undid the last save (%Ln item(s))</source>
      <translation>
        <numerusform>Dernier enregistrement annulé (%Ln document)</numerusform>
        <numerusform>Dernier enregistrement annulé (%Ln documents)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>Rien à annuler</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
      <source>Copy &amp;Path</source>
      <translation>Copier le &amp;chemin</translation>
    </message>
    <message>
      <source>Copy &amp;Citation</source>
      <translation>Copier la c&amp;itation</translation>
    </message>
    <message>
      <source>&amp;Edit Metadata</source>
      <translation>&amp;Modifier les métadonnées</translation>
    </message>
    <message>
      <source>C&amp;ite Selection</source>
      <translation>Ci&amp;ter la sélection</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>E&amp;xporter la sélection…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Empaqueter la sélection en &amp;BagIt…</translation>
    </message>
    <message>
      <source>Find the &amp;Thread</source>
      <translation>Trouver la &amp;conversation</translation>
    </message>
    <message>
      <source>{name} could not be taken out of its file: {error}</source>
      <translation>{name} n’a pas pu être extrait de son fichier : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln path(s)</source>
      <translation>
        <numerusform>%Ln chemin copié</numerusform>
        <numerusform>%Ln chemins copiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Export %Ln item(s)</source>
      <translation>
        <numerusform>Exporter %Ln document</numerusform>
        <numerusform>Exporter %Ln documents</numerusform>
      </translation>
    </message>
    <message>
      <source>The items selected are of several collections: select those of one</source>
      <translation>Les documents sélectionnés viennent de plusieurs collections : sélectionnez ceux d’une seule</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln message(s) to {target}</source>
      <translation>
        <numerusform>%Ln message exporté vers {target}</numerusform>
        <numerusform>%Ln messages exportés vers {target}</numerusform>
      </translation>
    </message>
    <message>
      <source>No messages were exported to {target}: {error}</source>
      <translation>Aucun message exporté vers {target} : {error}</translation>
    </message>
    <message numerus="yes">
      <source>Bag %Ln item(s) into an empty folder</source>
      <translation>
        <numerusform>Empaqueter %Ln document dans un dossier vide</numerusform>
        <numerusform>Empaqueter %Ln documents dans un dossier vide</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagging %Ln item(s)…</source>
      <translation>
        <numerusform>Empaquetage de %Ln document…</numerusform>
        <numerusform>Empaquetage de %Ln documents…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagged %Ln file(s) ({size}) in {folder}</source>
      <translation>
        <numerusform>%Ln fichier ({size}) empaqueté dans {folder}</numerusform>
        <numerusform>%Ln fichiers ({size}) empaquetés dans {folder}</numerusform>
      </translation>
    </message>
    <message>
      <source>No bag was made in {folder}: {error}</source>
      <translation>Aucun paquet n’a été créé dans {folder} : {error}</translation>
    </message>
  </context>
  <context>
    <name>Size</name>
    <message numerus="yes">
      <source>%Ln byte(s)</source>
      <translation>
        <numerusform>%Ln octet</numerusform>
        <numerusform>%Ln octets</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Timeline: the results by year</source>
      <translation>Frise chronologique : les résultats par année</translation>
    </message>
    <message>
      <source>Items per year: drag across to search those years, click a year for that year alone, click the chosen years again to let every year back. Keys: ← → a year, Shift+← → more years, Esc every year</source>
      <translation>Documents par année : faites glisser pour chercher dans ces années, cliquez sur une année pour elle seule, cliquez de nouveau sur les années choisies pour les retrouver toutes. Touches : ← → une année, Maj+← → plus d’années, Échap toutes les années</translation>
    </message>
    <message>
      <source>Years {years}</source>
      <translation>Années {years}</translation>
    </message>
    <message>
      <source>Every year</source>
      <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
      <source>{year}: %Ln item(s)</source>
      <translation>
        <numerusform>{year} : %Ln document</numerusform>
        <numerusform>{year} : %Ln documents</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Types</name>
    <message>
      <source>Collection</source>
      <extracomment>The DCMI types by the names people use (queries keep the codes).</extracomment>
      <translation>Collection</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Jeu de données</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>Interactive resource</source>
      <translation>Ressource interactive</translation>
    </message>
    <message>
      <source>Moving image</source>
      <translation>Image animée</translation>
    </message>
    <message>
      <source>Physical object</source>
      <translation>Objet physique</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Logiciel</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Son</translation>
    </message>
    <message>
      <source>Still image</source>
      <translation>Image fixe</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
  </context>
  <context>
    <name>Window</name>
    <message>
      <source>More tools</source>
      <translation>Autres outils</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Archive viewer</source>
      <extracomment>The languages the viewer speaks, each named in itself. The CSL locale of each language the viewer speaks, where pandoc's citeproc has one. The translators in use (Qt keeps no reference of its own).
----------
How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more). Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.</extracomment>
      <translation>Visionneuse d’archives</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Width of the side pane</source>
      <translation>Largeur du volet latéral</translation>
    </message>
    <message>
      <source>Width of the list</source>
      <translation>Largeur de la liste</translation>
    </message>
    <message>
      <source>{folder} is not searched: {error}</source>
      <translation>{folder} n’est pas inclus dans la recherche : {error}</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Syntaxe de recherche</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Retirer les filtres</translation>
    </message>
    <message>
      <source>Show every result of the words typed: no facet value, no years</source>
      <translation>Afficher tous les résultats des mots saisis : sans facette ni années</translation>
    </message>
    <message>
      <source>Narrow the results</source>
      <translation>Affiner les résultats</translation>
    </message>
    <message>
      <source>Cannot open {folder}: {error}</source>
      <translation>Impossible d’ouvrir {folder} : {error}</translation>
    </message>
    <message>
      <source>{collection} — Archive viewer</source>
      <translation>{collection} — Visionneuse d’archives</translation>
    </message>
    <message>
      <source>Add a collection to the search</source>
      <translation>Ajouter une collection à la recherche</translation>
    </message>
    <message>
      <source>Open collection folder</source>
      <translation>Ouvrir le dossier d’une collection</translation>
    </message>
    <message>
      <source>The window speaks {language} from its next start</source>
      <translation>L’interface sera en {language} au prochain démarrage</translation>
    </message>
    <message>
      <source>About Archive Viewer</source>
      <translation>À propos de la visionneuse d’archives</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Fermer</translation>
    </message>
  </context>
</TS>
