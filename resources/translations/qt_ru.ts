<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the viewer shows (file dialog, message boxes, context menus, scroll bars) that Qt's shipped translations miss (Qt 6.11 changed their sources: "&amp;Look in:") or lack (Azerbaijani). Loaded after Qt's, so these win; edited by hand. -->
<TS version="2.1" language="ru">
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>&amp;Тип файлов:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Имя файла:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Выбрать</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Переименовать</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Новая папка</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Показать &amp;скрытые файлы</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Вперёд</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Папка выше</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Перейти в папку выше</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Создать папку</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Создать новую папку</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Список</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Показать списком</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Показать таблицей</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Боковая панель</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Места и закладки</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Сохранить как</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Выбор папки</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Новая папка</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Папки</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <source>Folder</source>
      <comment>All other platforms</comment>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Диск</translation>
    </message>
    <message>
      <source>File</source>
      <comment>All other platforms</comment>
      <translation>Файл</translation>
    </message>
    <message>
      <source>%1 File</source>
      <comment>%1 is a file name suffix, for example txt</comment>
      <translation>Файл %1</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Type</source>
      <comment>All other platforms</comment>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Изменён</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Компьютер</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Введите значение:</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Подробнее…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Скрыть подробности</translation>
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
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Не сохранять</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Пропустить</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Прервать</translation>
    </message>
  </context>
  <context>
    <name>QScrollBar</name>
    <message>
      <source>Scroll here</source>
      <translation>Прокрутить сюда</translation>
    </message>
    <message>
      <source>Left edge</source>
      <translation>К левому краю</translation>
    </message>
    <message>
      <source>Right edge</source>
      <translation>К правому краю</translation>
    </message>
    <message>
      <source>Top</source>
      <translation>В начало</translation>
    </message>
    <message>
      <source>Bottom</source>
      <translation>В конец</translation>
    </message>
    <message>
      <source>Page left</source>
      <translation>На страницу влево</translation>
    </message>
    <message>
      <source>Page right</source>
      <translation>На страницу вправо</translation>
    </message>
    <message>
      <source>Page up</source>
      <translation>На страницу вверх</translation>
    </message>
    <message>
      <source>Page down</source>
      <translation>На страницу вниз</translation>
    </message>
    <message>
      <source>Scroll left</source>
      <translation>Прокрутить влево</translation>
    </message>
    <message>
      <source>Scroll right</source>
      <translation>Прокрутить вправо</translation>
    </message>
    <message>
      <source>Scroll up</source>
      <translation>Прокрутить вверх</translation>
    </message>
    <message>
      <source>Scroll down</source>
      <translation>Прокрутить вниз</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>В&amp;ставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Копировать &amp;адрес ссылки</translation>
    </message>
  </context>
</TS>
