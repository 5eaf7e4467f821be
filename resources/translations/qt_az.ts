<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the viewer shows (file dialog, message boxes, context menus, scroll bars) that Qt's shipped translations miss (Qt 6.11 changed their sources: "&amp;Look in:") or lack (Azerbaijani). Loaded after Qt's, so these win; edited by hand. -->
<TS version="2.1" language="az">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Qovluq:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fayl &amp;növü:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fayl &amp;adı:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Saxla</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Geri qayıt</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>İrəli get</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Üst qovluq</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Üst qovluğa keç</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Siyahı</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Siyahı kimi göstər</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ətraflı</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ətraflı göstər</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Yan panel</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Yerlər və əlfəcinlər</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fayllar</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Fərqli saxla</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Qovluq seç</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Qovluqlar</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File</source>
      <comment>All other platforms</comment>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>%1 File</source>
      <comment>%1 is a file name suffix, for example txt</comment>
      <translation>%1 faylı</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dəyişdirilib</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompüter</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Dəyəri daxil edin:</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Ətraflı…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Ətraflını gizlət</translation>
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
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İmtina</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Saxlama</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömək</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Təkrarla</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Keç</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dayandır</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Bura sürüşdür</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>Sol kənar</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>Sağ kənar</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>Yuxarı</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>Aşağı</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>Bir səhifə sola</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>Bir səhifə sağa</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>Bir səhifə yuxarı</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>Bir səhifə aşağı</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Sola sürüşdür</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Sağa sürüşdür</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Yuxarı sürüşdür</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Aşağı sürüşdür</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Keçidin &amp;ünvanını köçür</translation>
    </message>
  </context>
</TS>
