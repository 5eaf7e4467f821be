<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the viewer shows (file dialog, message boxes, context menus, scroll bars) that Qt's shipped translations miss (Qt 6.11 changed their sources: "&amp;Look in:") or lack (Azerbaijani). Loaded after Qt's, so these win; edited by hand. -->
<TS version="2.1" language="fr">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Choisir</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Renommer</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Afficher les fichiers &amp;cachés</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Précédent</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Revenir en arrière</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Aller en avant</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Dossier parent</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Aller au dossier parent</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Créer un dossier</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Liste</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Afficher en liste</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Afficher les détails</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Panneau latéral</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Emplacements et signets</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fichiers</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Enregistrer sous</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Choisir un dossier</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Dossier :</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Nouveau dossier</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Dossiers</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Lecteur</translation>
    </message>
    <message>
      <source>File</source>
      <comment>All other platforms</comment>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>%1 File</source>
      <comment>%1 is a file name suffix, for example txt</comment>
      <translation>Fichier %1</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Type</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Modifié le</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Ordinateur</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Saisissez une valeur :</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Afficher les détails…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Masquer les détails</translation>
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
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ne pas enregistrer</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Aide</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Interrompre</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Défiler jusqu’ici</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Bord gauche</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Bord droit</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>En haut</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>En bas</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Page à gauche</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Page à droite</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Page précédente</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Page suivante</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Défiler à gauche</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Défiler à droite</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Défiler vers le haut</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Défiler vers le bas</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Co&amp;uper</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>C&amp;oller</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Tout sélectionner</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Copier l’adresse du &amp;lien</translation>
    </message>
  </context>
</TS>
