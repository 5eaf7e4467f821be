<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the viewer shows (file dialog, message boxes, context menus, scroll bars) that Qt's shipped translations miss (Qt 6.11 changed their sources: "&amp;Look in:") or lack (Azerbaijani). Loaded after Qt's, so these win; edited by hand. -->
<TS version="2.1" language="de">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Suchen in:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Datei&amp;typ:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Datei&amp;name:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Auswählen</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Speichern</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Löschen</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Umbenennen</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Neuer Ordner</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Versteckte Dateien anzeigen</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Vor</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Vorwärts</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Übergeordneter Ordner</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Zum übergeordneten Ordner</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Neuen Ordner erstellen</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Einen neuen Ordner erstellen</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Liste</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Als Liste anzeigen</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Mit Details anzeigen</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Seitenleiste</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Orte und Lesezeichen</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Dateien</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Speichern unter</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Ordner wählen</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Ordner:</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Neuer Ordner</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Ordner</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Ordner</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Laufwerk</translation>
    </message>
    <message>
      <source>File</source>
      <comment>All other platforms</comment>
      <translation>Datei</translation>
    </message>
    <message>
      <source>%1 File</source>
      <comment>%1 is a file name suffix, for example txt</comment>
      <translation>%1-Datei</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Geändert</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Computer</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Wert eingeben:</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Details einblenden …</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Details ausblenden</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Ja</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Nein</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Anwenden</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Hilfe</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorieren</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Hierher scrollen</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Linker Rand</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Rechter Rand</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Anfang</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Ende</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Eine Seite nach links</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Eine Seite nach rechts</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Eine Seite nach oben</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Eine Seite nach unten</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Nach links scrollen</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Nach rechts scrollen</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Nach oben scrollen</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Nach unten scrollen</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>E&amp;infügen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Alles auswählen</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Kopieren</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>E&amp;infügen</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Alles auswählen</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Link-Adresse kopieren</translation>
    </message>
  </context>
</TS>
