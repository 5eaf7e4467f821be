<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Access</name>
    <message>
      <source>{access} until {date}</source>
      <translation>{access} до {date}</translation>
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
      <translation>APA, 7-е издание</translation>
    </message>
    <message>
      <source>Chicago author-date</source>
      <translation>Чикагский, автор — дата</translation>
    </message>
    <message>
      <source>Chicago notes and bibliography</source>
      <translation>Чикагский, примечания и библиография</translation>
    </message>
    <message>
      <source>MLA 9th edition</source>
      <translation>MLA, 9-е издание</translation>
    </message>
    <message>
      <source>Harvard (Cite Them Right)</source>
      <translation>Гарвардский (Cite Them Right)</translation>
    </message>
    <message>
      <source>GOST R 7.0.100-2018 (Russian)</source>
      <translation>ГОСТ Р 7.0.100–2018</translation>
    </message>
    <message>
      <source>Citation style</source>
      <extracomment>Between a style's title and its name in the suggestions: 'APA Style 7th edition — apa'. The tab formats the citations of at most this many selected items (the exports take them all): pandoc took over two minutes on 20,000, and the window's other background work waited for it. The style suggestions' least width, in pixels.</extracomment>
      <translation>Стиль ссылок</translation>
    </message>
    <message>
      <source>A common style, or type any words of an installed CSL style's title or name</source>
      <translation>Распространённый стиль — или введите любые слова из названия установленного стиля CSL</translation>
    </message>
    <message>
      <source>Style file…</source>
      <translation>Файл стиля…</translation>
    </message>
    <message>
      <source>Use a .csl style file</source>
      <translation>Использовать файл стиля .csl</translation>
    </message>
    <message>
      <source>Language of the citations</source>
      <translation>Язык ссылок</translation>
    </message>
    <message>
      <source>Style's language</source>
      <translation>Язык стиля</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>Ссылки</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Copy the citations (Ctrl+Shift+C)</source>
      <translation>Скопировать ссылки (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <source>Style</source>
      <translation>Стиль</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Export as</source>
      <translation>Экспорт в</translation>
    </message>
    <message>
      <source>No such citation style: {error}</source>
      <translation>Стиль ссылок не найден: {error}</translation>
    </message>
    <message>
      <source>CSL styles (*.csl)</source>
      <translation>Стили CSL (*.csl)</translation>
    </message>
    <message>
      <source>The citations of the first {shown} of the {selected} items selected; the exports below take them all.</source>
      <translation>Ссылки на первые {shown} из {selected} выбранных документов; экспорт ниже включает все.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln item(s) held back are not cited.</source>
      <translation>
        <numerusform>%Ln документ не подлежит передаче и не включён в ссылки.</numerusform>
        <numerusform>%Ln документа не подлежат передаче и не включены в ссылки.</numerusform>
        <numerusform>%Ln документов не подлежат передаче и не включены в ссылки.</numerusform>
      </translation>
    </message>
    <message>
      <source>Formatting…</source>
      <translation>Оформление…</translation>
    </message>
    <message>
      <source>Select items to cite them.</source>
      <translation>Выберите документы, чтобы сослаться на них.</translation>
    </message>
    <message>
      <source>The citation could not be formatted: {error}</source>
      <translation>Не удалось оформить ссылку: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln citation(s)</source>
      <translation>
        <numerusform>Скопирована %Ln ссылка</numerusform>
        <numerusform>Скопированы %Ln ссылки</numerusform>
        <numerusform>Скопировано %Ln ссылок</numerusform>
      </translation>
    </message>
    <message>
      <source> (of {selected} selected: export them all)</source>
      <translation> (из {selected} выбранных: экспортируйте все)</translation>
    </message>
    <message>
      <source>Export selection</source>
      <translation>Экспорт выбранного</translation>
    </message>
    <message>
      <source>Not exported: {error}</source>
      <translation>Не экспортировано: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln item(s) to {file}</source>
      <translation>
        <numerusform>Экспортирован %Ln документ в {file}</numerusform>
        <numerusform>Экспортированы %Ln документа в {file}</numerusform>
        <numerusform>Экспортировано %Ln документов в {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>Export to {file} failed: {error}</source>
      <translation>Экспорт в {file} не удался: {error}</translation>
    </message>
  </context>
  <context>
    <name>CollectionRecord</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, placeholder, long text) in the order of the form.</extracomment>
      <translation>Заглавие</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Шифр</translation>
    </message>
    <message>
      <source>Repository</source>
      <translation>Архив (место хранения)</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Фондообразователи</translation>
    </message>
    <message>
      <source>Family, Given; Body</source>
      <translation>Фамилия, Имя; Организация</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Крайние даты</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Языки</translation>
    </message>
    <message>
      <source>Scope and content</source>
      <translation>Содержание</translation>
    </message>
    <message>
      <source>Conditions of access</source>
      <translation>Условия доступа</translation>
    </message>
    <message>
      <source>Conditions of use</source>
      <translation>Условия использования</translation>
    </message>
    <message>
      <source>Collection Record</source>
      <translation>Описание коллекции</translation>
    </message>
    <message>
      <source>What describes the whole collection: finding aids, bags, MARC and MODS records and citations take it from here. Dates and languages left empty are worked out from the items.</source>
      <translation>То, что описывает всю коллекцию: отсюда это берут описи (EAD), пакеты BagIt, записи MARC и MODS и библиографические ссылки. Пустые даты и языки вычисляются по документам.</translation>
    </message>
    <message>
      <source>The collection record was not saved: {error}</source>
      <translation>Описание коллекции не сохранено: {error}</translation>
    </message>
    <message>
      <source>Collection record saved</source>
      <translation>Описание коллекции сохранено</translation>
    </message>
  </context>
  <context>
    <name>Columns</name>
    <message>
      <source>Relevance</source>
      <translation>Релевантность</translation>
    </message>
    <message>
      <source>Title</source>
      <extracomment>How long the list must rest before the snippets of the rows on screen are worked out. (header, what the core sorts by) for each column.</extracomment>
      <translation>Заглавие</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Авторы</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Страницы</translation>
    </message>
  </context>
  <context>
    <name>Duplicates</name>
    <message>
      <source>Looking for duplicates…</source>
      <translation>Поиск дубликатов…</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s) of duplicates</source>
      <translation>
        <numerusform>%Ln группа дубликатов</numerusform>
        <numerusform>%Ln группы дубликатов</numerusform>
        <numerusform>%Ln групп дубликатов</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not look for duplicates: {error}</source>
      <translation>Не удалось найти дубликаты: {error}</translation>
    </message>
    <message>
      <source>Duplicates in {collection}</source>
      <translation>Дубликаты в «{collection}»</translation>
    </message>
    <message numerus="yes">
      <source>%Ln group(s):</source>
      <translation>
        <numerusform>%Ln группа:</numerusform>
        <numerusform>%Ln группы:</numerusform>
        <numerusform>%Ln групп:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln copies beside the first of each. Identical files have the same bytes; near copies have nearly the same text (a typed clipping and its scan, say). Choose a group, or one of its items, to compare.</source>
      <translation>
        <numerusform>%Ln копия помимо первого документа каждой группы. Одинаковые файлы совпадают побайтно; близкие копии имеют почти тот же текст (например, перепечатанная вырезка и её скан). Выберите группу или документ в ней, чтобы сравнить.</numerusform>
        <numerusform>%Ln копии помимо первого документа каждой группы. Одинаковые файлы совпадают побайтно; близкие копии имеют почти тот же текст (например, перепечатанная вырезка и её скан). Выберите группу или документ в ней, чтобы сравнить.</numerusform>
        <numerusform>%Ln копий помимо первого документа каждой группы. Одинаковые файлы совпадают побайтно; близкие копии имеют почти тот же текст (например, перепечатанная вырезка и её скан). Выберите группу или документ в ней, чтобы сравнить.</numerusform>
      </translation>
    </message>
    <message>
      <source>No duplicates: no two files are identical, and no two texts are near copies.</source>
      <translation>Дубликатов нет: нет ни одинаковых файлов, ни почти совпадающих текстов.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln identical</source>
      <translation>
        <numerusform>%Ln одинаковый</numerusform>
        <numerusform>%Ln одинаковых</numerusform>
        <numerusform>%Ln одинаковых</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln near copies, {percent}% alike</source>
      <translation>
        <numerusform>%Ln близкая копия, сходство {percent}%</numerusform>
        <numerusform>%Ln близкие копии, сходство {percent}%</numerusform>
        <numerusform>%Ln близких копий, сходство {percent}%</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag the Copies…</source>
      <translation>Пометить копии…</translation>
    </message>
    <message>
      <source>Tag every item of the group but the first, to find them again (tag:duplicate)</source>
      <translation>Пометить тегом все документы группы, кроме первого, чтобы потом найти их (tag:duplicate)</translation>
    </message>
    <message>
      <source>Open All</source>
      <translation>Открыть все</translation>
    </message>
    <message>
      <source>Open every item of the group with the desktop's program</source>
      <translation>Открыть каждый документ группы в программе по умолчанию</translation>
    </message>
    <message>
      <source>Show in Folders</source>
      <translation>Показать в папках</translation>
    </message>
    <message>
      <source>Show where each item of the group is</source>
      <translation>Показать, где лежит каждый документ группы</translation>
    </message>
    <message>
      <source>Tag the Copies</source>
      <translation>Пометить копии</translation>
    </message>
    <message numerus="yes">
      <source>Tag for the %Ln copies (every item but the first):</source>
      <translation>
        <numerusform>Тег для %Ln копии (все документы, кроме первого):</numerusform>
        <numerusform>Тег для %Ln копий (все документы, кроме первого):</numerusform>
        <numerusform>Тег для %Ln копий (все документы, кроме первого):</numerusform>
      </translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Документ нельзя показать: {error}</translation>
    </message>
  </context>
  <context>
    <name>Facets</name>
    <message>
      <source>Collection</source>
      <extracomment>The facet of several collections searched as one: how many matches each holds. The core's facet names, with the heading shown for each (translated where shown).</extracomment>
      <translation>Коллекция</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Год</translation>
    </message>
    <message>
      <source>Publisher / source</source>
      <translation>Издатель / источник</translation>
    </message>
    <message>
      <source>Creator</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Теги</translation>
    </message>
    <message>
      <source>PRONOM format</source>
      <translation>Формат PRONOM</translation>
    </message>
    <message>
      <source>Sensitive data</source>
      <translation>Конфиденциальные данные</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Доступ</translation>
    </message>
    <message>
      <source>{facet}: {value}</source>
      <translation>{facet}: {value}</translation>
    </message>
    <message>
      <source>(drop rows here)</source>
      <translation>(перетащите сюда)</translation>
    </message>
    <message>
      <source>Drop results here to start a series</source>
      <translation>Перетащите сюда результаты, чтобы начать серию</translation>
    </message>
    <message>
      <source>open</source>
      <extracomment>The values of ``access`` (archive.model.ACCESS_VALUES), as a person reads them.</extracomment>
      <translation>открыт</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>ограничен</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>закрыт</translation>
    </message>
    <message>
      <source>card numbers</source>
      <extracomment>The kinds of sensitive data found (archive.sensitive.KINDS), as a person reads them.</extracomment>
      <translation>номера карт</translation>
    </message>
    <message>
      <source>IBANs</source>
      <translation>IBAN</translation>
    </message>
    <message>
      <source>US social security numbers</source>
      <translation>номера соцстрахования США</translation>
    </message>
    <message>
      <source>national identifiers</source>
      <translation>личные номера</translation>
    </message>
    <message>
      <source>e-mail addresses</source>
      <translation>адреса эл. почты</translation>
    </message>
    <message>
      <source>phone numbers</source>
      <translation>номера телефонов</translation>
    </message>
    <message>
      <source>words of the lexicon</source>
      <translation>слова из словаря</translation>
    </message>
    <message>
      <source>Facets: narrow the results</source>
      <extracomment>How a facet's values are shown, where not as the index holds them ('application/pdf' → 'PDF').</extracomment>
      <translation>Фасеты: сузить результаты</translation>
    </message>
    <message>
      <source>Click to clear this filter</source>
      <translation>Щёлкните, чтобы снять этот фильтр</translation>
    </message>
    <message>
      <source>Show only {facet}: {value}</source>
      <translation>Показать только {facet}: {value}</translation>
    </message>
  </context>
  <context>
    <name>Filters</name>
    <message>
      <source>Only:</source>
      <extracomment>What a chip for the timeline's years is keyed by (facets are keyed by their names). A chip's text is elided past this many characters (its tooltip says it whole).</extracomment>
      <translation>Только:</translation>
    </message>
    <message>
      <source>Clear all</source>
      <translation>Снять все</translation>
    </message>
    <message>
      <source>Let every filter go: the whole result of the words typed</source>
      <translation>Снять все фильтры: весь результат по введённым словам</translation>
    </message>
    <message>
      <source>Click to let this filter go</source>
      <translation>Щёлкните, чтобы снять этот фильтр</translation>
    </message>
    <message>
      <source>Remove filter {filter}</source>
      <translation>Снять фильтр {filter}</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <source>AVI video</source>
      <extracomment>The format names (archive.formats) that are words, not a format's own name: marked here for translation, the others ('PDF', 'JPEG') are the same in every language.</extracomment>
      <translation>Видео AVI</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Электронное письмо</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Журнал</translation>
    </message>
    <message>
      <source>MPEG-4 audio</source>
      <translation>Аудио MPEG-4</translation>
    </message>
    <message>
      <source>MPEG-4 video</source>
      <translation>Видео MPEG-4</translation>
    </message>
    <message>
      <source>Mailbox</source>
      <translation>Почтовый ящик</translation>
    </message>
    <message>
      <source>Matroska video</source>
      <translation>Видео Matroska</translation>
    </message>
    <message>
      <source>OpenDocument presentation</source>
      <translation>Презентация OpenDocument</translation>
    </message>
    <message>
      <source>OpenDocument spreadsheet</source>
      <translation>Таблица OpenDocument</translation>
    </message>
    <message>
      <source>OpenDocument text</source>
      <translation>Текст OpenDocument</translation>
    </message>
    <message>
      <source>Outlook data file</source>
      <translation>Файл данных Outlook</translation>
    </message>
    <message>
      <source>Outlook message</source>
      <translation>Письмо Outlook</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Простой текст</translation>
    </message>
    <message>
      <source>QuickTime video</source>
      <translation>Видео QuickTime</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Исходный код</translation>
    </message>
    <message>
      <source>Web page</source>
      <translation>Веб-страница</translation>
    </message>
    <message>
      <source>Windows Media audio</source>
      <translation>Аудио Windows Media</translation>
    </message>
  </context>
  <context>
    <name>HandingOn</name>
    <message>
      <source>Items held back</source>
      <translation>Документы, не подлежащие передаче</translation>
    </message>
    <message numerus="yes">
      <source>%Ln of the selected items are held back: restricted, closed, or holding sensitive data no one has reviewed.</source>
      <translation>
        <numerusform>%Ln из выбранных документов не подлежит передаче: доступ к нему ограничен или закрыт, или в нём есть личные данные, которые никто не проверил.</numerusform>
        <numerusform>%Ln из выбранных документов не подлежат передаче: доступ к ним ограничен или закрыт, или в них есть личные данные, которые никто не проверил.</numerusform>
        <numerusform>%Ln из выбранных документов не подлежат передаче: доступ к ним ограничен или закрыт, или в них есть личные данные, которые никто не проверил.</numerusform>
      </translation>
    </message>
    <message>
      <source>They are left out unless you include them; included, each carries its restriction (EAD, MODS, MARC, Dublin Core, the bag's metadata). Sensitive data is reviewed with archive sensitive, or by setting the item's access.</source>
      <translation>Они не передаются, если вы их не включите; включённые передаются вместе со своим ограничением доступа (EAD, MODS, MARC, Dublin Core, метаданные пакета). Личные данные проверяют командой archive sensitive или задав документу доступ.</translation>
    </message>
    <message>
      <source>&amp;Include the items held back</source>
      <translation>&amp;Включить и эти документы</translation>
    </message>
    <message numerus="yes">
      <source> — %Ln item(s) held back</source>
      <translation>
        <numerusform> — %Ln документ не передан</numerusform>
        <numerusform> — %Ln документа не переданы</numerusform>
        <numerusform> — %Ln документов не переданы</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>both words, anywhere (text or metadata)</source>
      <translation>оба слова, где угодно (в тексте или метаданных)</translation>
    </message>
    <message>
      <source>the exact phrase</source>
      <translation>точная фраза</translation>
    </message>
    <message>
      <source>combine</source>
      <translation>сочетание условий</translation>
    </message>
    <message>
      <source>one field</source>
      <translation>одно поле</translation>
    </message>
    <message>
      <source>dates and ranges (an item dated only 1953 is not in &lt;code&gt;date:1953-02&lt;/code&gt;)</source>
      <translation>даты и интервалы (документ с датой «1953» не входит в &lt;code&gt;date:1953-02&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>wildcard, fuzzy (at most &lt;code&gt;~2&lt;/code&gt;)</source>
      <translation>маска, нечёткий поиск (не больше &lt;code&gt;~2&lt;/code&gt;)</translation>
    </message>
    <message>
      <source>without a word; words in one language</source>
      <translation>без слова; слова на одном языке</translation>
    </message>
    <message>
      <source>a message and the replies to it</source>
      <translation>письмо и ответы на него</translation>
    </message>
    <message>
      <source>a saved search (Search ▸ Save Search…)</source>
      <translation>сохранённый поиск (Поиск ▸ Сохранить поиск…)</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Синтаксис поиска</translation>
    </message>
    <message>
      <source>Words are matched in every form (&lt;i&gt;survey&lt;/i&gt; finds &lt;i&gt;surveying&lt;/i&gt;) and without accents (&lt;i&gt;resume&lt;/i&gt; finds &lt;i&gt;résumé&lt;/i&gt;). Click a facet on the left to narrow the list; click it again to clear.</source>
      <translation>Слова находятся во всех формах (&lt;i&gt;опись&lt;/i&gt; находит &lt;i&gt;описи&lt;/i&gt;) и без учёта диакритики (&lt;i&gt;ежик&lt;/i&gt; находит &lt;i&gt;ёжик&lt;/i&gt;). Щёлкните фасет слева, чтобы сузить список; щёлкните ещё раз, чтобы снять.</translation>
    </message>
    <message>
      <source>the search field</source>
      <translation>поле поиска</translation>
    </message>
    <message>
      <source>{keys} (in the search field)</source>
      <translation>{keys} (в поле поиска)</translation>
    </message>
    <message>
      <source>{keys} (in the results)</source>
      <translation>{keys} (в списке результатов)</translation>
    </message>
    <message>
      <source>into the results</source>
      <translation>к результатам</translation>
    </message>
    <message>
      <source>herring</source>
      <extracomment>The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left out, a word begun, a word misspelt.</extracomment>
      <translation>сельдь</translation>
    </message>
    <message>
      <source>quay</source>
      <translation>причал</translation>
    </message>
    <message>
      <source>north quay</source>
      <translation>северный причал</translation>
    </message>
    <message>
      <source>cod</source>
      <translation>треска</translation>
    </message>
    <message>
      <source>breakwat*</source>
      <translation>волнолом*</translation>
    </message>
    <message>
      <source>brekwater~</source>
      <translation>волнолм~</translation>
    </message>
    <message>
      <source>open the item in its own program</source>
      <translation>открыть документ в его программе</translation>
    </message>
    <message>
      <source>copy the selection's citations</source>
      <translation>скопировать ссылки на выбранное</translation>
    </message>
    <message>
      <source>save the metadata form (of every selected item)</source>
      <translation>сохранить форму метаданных (всех выбранных документов)</translation>
    </message>
    <message>
      <source>undo the last save (in a field: its own typing first)</source>
      <translation>отменить последнее сохранение (в поле — сначала его собственный ввод)</translation>
    </message>
    <message>
      <source>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</source>
      <translation>экспорт выбранного: CSV, ссылки, Dublin Core, MODS, MARC, EAD</translation>
    </message>
    <message>
      <source>save the search under a name</source>
      <translation>сохранить поиск под именем</translation>
    </message>
    <message>
      <source>compact rows, rows with snippets, grid of thumbnails</source>
      <translation>компактные строки, строки с фрагментами, сетка миниатюр</translation>
    </message>
    <message>
      <source>show or hide the facets pane</source>
      <translation>показать или скрыть панель фасетов</translation>
    </message>
    <message>
      <source>re-index the collection</source>
      <translation>переиндексировать коллекцию</translation>
    </message>
    <message>
      <source>PDF pages and zoom</source>
      <translation>страницы PDF и масштаб</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>the platform's data folder</source>
      <translation>папка данных системы</translation>
    </message>
    <message>
      <source>Index folder</source>
      <translation>Папка индекса</translation>
    </message>
    <message>
      <source>Tesseract (OCR)</source>
      <translation>Tesseract (распознавание текста)</translation>
    </message>
    <message>
      <source>not installed</source>
      <translation>не установлен</translation>
    </message>
    <message>
      <source>pandoc (citations)</source>
      <translation>pandoc (ссылки)</translation>
    </message>
    <message>
      <source>not available</source>
      <translation>недоступен</translation>
    </message>
    <message>
      <source>Archive viewer {version}</source>
      <translation>Программа просмотра архива {version}</translation>
    </message>
    <message>
      <source>Search, view, correct and cite a folder of documents, offline. Nothing is ever written into the collection folder.</source>
      <translation>Поиск, просмотр, правка описаний папки документов и ссылки на них — без сети. В папку коллекции ничего не записывается.</translation>
    </message>
  </context>
  <context>
    <name>Indexing</name>
    <message>
      <source>Files read</source>
      <translation>Прочитано файлов</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Stop indexing; what is done so far is kept</source>
      <translation>Остановить индексирование; уже сделанное сохранится</translation>
    </message>
    <message>
      <source>Indexing stopped: {reason}. The list shows what is already indexed.</source>
      <translation>Индексирование остановлено: {reason}. В списке — то, что уже проиндексировано.</translation>
    </message>
    <message>
      <source>Looking for new and changed files…</source>
      <translation>Поиск новых и изменённых файлов…</translation>
    </message>
    <message>
      <source>Stopping after the files in progress…</source>
      <translation>Остановка после обрабатываемых файлов…</translation>
    </message>
    <message>
      <source>Indexing cancelled: {counts} ({seconds} s)</source>
      <translation>Индексирование прервано: {counts} ({seconds} с)</translation>
    </message>
    <message>
      <source>Index up to date: {counts} ({seconds} s)</source>
      <translation>Индекс актуален: {counts} ({seconds} с)</translation>
    </message>
    <message>
      <source>indexing, {done} of {total} files read</source>
      <translation>индексирование, прочитано файлов: {done} из {total}</translation>
    </message>
    <message>
      <source>indexing</source>
      <translation>индексирование</translation>
    </message>
    <message>
      <source>Indexing… {done} of {total} files read. Items appear here as they are indexed.</source>
      <translation>Индексирование… прочитано файлов: {done} из {total}. Документы появляются здесь по мере индексирования.</translation>
    </message>
    <message>
      <source>Indexing… looking for files. Items appear here as they are indexed.</source>
      <translation>Индексирование… поиск файлов. Документы появляются здесь по мере индексирования.</translation>
    </message>
    <message>
      <source>No items match.</source>
      <translation>Подходящих документов нет.</translation>
    </message>
    <message numerus="yes">
      <source>%Ln problem(s)</source>
      <translation>
        <numerusform>%Ln проблема</numerusform>
        <numerusform>%Ln проблемы</numerusform>
        <numerusform>%Ln проблем</numerusform>
      </translation>
    </message>
    <message>
      <source>read in part: {what}</source>
      <translation>прочитан частично: {what}</translation>
    </message>
    <message>
      <source>read poorly: install {package} to read its script</source>
      <translation>прочитан плохо: установите {package}, чтобы читать его письменность</translation>
    </message>
    <message>
      <source>gone from the folder; your edits ({fields}) are kept until it comes back</source>
      <translation>исчез из папки; ваши правки ({fields}) хранятся, пока он не вернётся</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что случилось</translation>
    </message>
    <message numerus="yes">
      <source>%Ln file(s) need a look: those that could not be read completely are still listed by name; the edits of those that are gone are kept.</source>
      <translation>
        <numerusform>%Ln файл требует внимания: не прочитанные полностью всё равно есть в списке по имени; правки исчезнувших сохраняются.</numerusform>
        <numerusform>%Ln файла требуют внимания: не прочитанные полностью всё равно есть в списке по имени; правки исчезнувших сохраняются.</numerusform>
        <numerusform>%Ln файлов требуют внимания: не прочитанные полностью всё равно есть в списке по имени; правки исчезнувших сохраняются.</numerusform>
      </translation>
    </message>
    <message>
      <source>No problems: every file was read, and no edits are waiting for a file that is gone.</source>
      <translation>Проблем нет: все файлы прочитаны, и ни одна правка не ждёт исчезнувшего файла.</translation>
    </message>
    <message>
      <source>{added} added, {updated} updated, {removed} removed, {unchanged} unchanged</source>
      <translation>добавлено: {added}, обновлено: {updated}, удалено: {removed}, без изменений: {unchanged}</translation>
    </message>
    <message>
      <source>, {count} read again</source>
      <translation>, прочитано заново: {count}</translation>
    </message>
    <message>
      <source>, {count} items inside them</source>
      <translation>, вложенных документов: {count}</translation>
    </message>
  </context>
  <context>
    <name>Media</name>
    <message>
      <source>mono</source>
      <extracomment>The poster frame's longest edge in the pane.</extracomment>
      <translation>моно</translation>
    </message>
    <message>
      <source>stereo</source>
      <translation>стерео</translation>
    </message>
    <message numerus="yes">
      <source>%n channels</source>
      <translation>
        <numerusform>%n канал</numerusform>
        <numerusform>%n канала</numerusform>
        <numerusform>%n каналов</numerusform>
      </translation>
    </message>
    <message>
      <source>Poster frame</source>
      <translation>Кадр-заставка</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Воспроизвести</translation>
    </message>
    <message>
      <source>Play it in the desktop's own player</source>
      <translation>Воспроизвести в проигрывателе по умолчанию</translation>
    </message>
    <message>
      <source>Play in the desktop's player</source>
      <translation>Воспроизвести в проигрывателе по умолчанию</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Авторы</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Collection</source>
      <translation>Коллекция</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Running time</source>
      <translation>Продолжительность</translation>
    </message>
    <message>
      <source>Picture</source>
      <translation>Изображение</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Звук</translation>
    </message>
    <message>
      <source>{rate} kbit/s</source>
      <translation>{rate} кбит/с</translation>
    </message>
    <message>
      <source>{rate} kHz</source>
      <translation>{rate} кГц</translation>
    </message>
    <message>
      <source>{label}:</source>
      <translation>{label}:</translation>
    </message>
    <message>
      <source>Making the poster frame…</source>
      <translation>Создание кадра-заставки…</translation>
    </message>
    <message>
      <source>No poster frame: {reason}.</source>
      <translation>Кадра-заставки нет: {reason}.</translation>
    </message>
    <message>
      <source>the picture could not be read</source>
      <translation>не удалось прочитать изображение</translation>
    </message>
  </context>
  <context>
    <name>Members</name>
    <message>
      <source>Items inside this one</source>
      <extracomment>Rows listed at most (a mailbox of 20,000 messages is searched, not scrolled).</extracomment>
      <translation>Вложенные документы</translation>
    </message>
    <message>
      <source>… and {count} more: search for them</source>
      <translation>… и ещё {count}: найдите их поиском</translation>
    </message>
    <message>
      <source>Parts ({count})</source>
      <translation>Части ({count})</translation>
    </message>
    <message>
      <source>Inside ({count})</source>
      <translation>Внутри ({count})</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Open Collection…</source>
      <translation>&amp;Открыть коллекцию…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавние</translation>
    </message>
    <message>
      <source>A&amp;dd Collection to Search…</source>
      <translation>&amp;Добавить коллекцию в поиск…</translation>
    </message>
    <message>
      <source>Re-&amp;index</source>
      <translation>&amp;Переиндексировать</translation>
    </message>
    <message>
      <source>&amp;Watch for Changes</source>
      <translation>Следить за &amp;изменениями</translation>
    </message>
    <message>
      <source>Look for new and changed files whenever the window comes back to the front</source>
      <translation>Искать новые и изменённые файлы каждый раз, когда окно снова становится активным</translation>
    </message>
    <message>
      <source>Indexing &amp;Problems…</source>
      <translation>Проб&amp;лемы индексирования…</translation>
    </message>
    <message>
      <source>&amp;Accession Report…</source>
      <translation>Отчёт о пос&amp;туплении…</translation>
    </message>
    <message>
      <source>Collection Re&amp;cord…</source>
      <translation>Описание &amp;коллекции…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Item</source>
      <translation>&amp;Документ</translation>
    </message>
    <message>
      <source>&amp;Open Externally</source>
      <translation>&amp;Открыть во внешней программе</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Показать в &amp;папке</translation>
    </message>
    <message>
      <source>&amp;Copy Citation</source>
      <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>&amp;Экспорт выбранного…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Упаковать выбранное в &amp;BagIt…</translation>
    </message>
    <message>
      <source>&amp;Arrange in Series…</source>
      <translation>Поместить в с&amp;ерию…</translation>
    </message>
    <message>
      <source>&amp;Group Selected…</source>
      <translation>Объединить в о&amp;дин документ…</translation>
    </message>
    <message>
      <source>U&amp;ngroup</source>
      <translation>&amp;Разделить документ</translation>
    </message>
    <message>
      <source>&amp;Save Metadata</source>
      <translation>&amp;Сохранить метаданные</translation>
    </message>
    <message>
      <source>&amp;Undo Last Save</source>
      <translation>О&amp;тменить последнее сохранение</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Compact Rows</source>
      <translation>&amp;Компактные строки</translation>
    </message>
    <message>
      <source>Rows with &amp;Snippets</source>
      <translation>Строки с &amp;фрагментами</translation>
    </message>
    <message>
      <source>&amp;Grid of Thumbnails</source>
      <translation>&amp;Сетка миниатюр</translation>
    </message>
    <message>
      <source>Sort &amp;By</source>
      <translation>Со&amp;ртировать по</translation>
    </message>
    <message>
      <source>&amp;Descending</source>
      <translation>По &amp;убыванию</translation>
    </message>
    <message>
      <source>&amp;Facets Pane</source>
      <translation>&amp;Панель фасетов</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Поиск</translation>
    </message>
    <message>
      <source>&amp;Find</source>
      <translation>&amp;Найти</translation>
    </message>
    <message>
      <source>C&amp;lear Filters</source>
      <translation>Снять &amp;фильтры</translation>
    </message>
    <message>
      <source>Search &amp;In</source>
      <translation>&amp;Где искать</translation>
    </message>
    <message>
      <source>&amp;Save Search…</source>
      <translation>&amp;Сохранить поиск…</translation>
    </message>
    <message>
      <source>Find &amp;Duplicates…</source>
      <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
      <source>&amp;Names…</source>
      <translation>&amp;Имена…</translation>
    </message>
    <message>
      <source>Saved Searc&amp;hes</source>
      <translation>Сохранённые &amp;поиски</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>Search &amp;Syntax</source>
      <translation>&amp;Синтаксис поиска</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Синтаксис поиска</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>&amp;About Archive Viewer</source>
      <translation>&amp;О программе</translation>
    </message>
    <message>
      <source>Sort by Relevance</source>
      <translation>Сортировать по релевантности</translation>
    </message>
    <message>
      <source>{column} (empty here)</source>
      <translation>{column} (здесь пусто)</translation>
    </message>
    <message>
      <source>&amp;System</source>
      <translation>&amp;Системная</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>Св&amp;етлая</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>&amp;Тёмная</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>Title</source>
      <extracomment>(field, label, kind) in the order of the form. Lists are typed with ';' between items.</extracomment>
      <translation>Заглавие</translation>
    </message>
    <message>
      <source>Creators</source>
      <translation>Авторы</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Адресаты</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Subjects</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Rights</source>
      <translation>Права</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Теги</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Transcription</source>
      <translation>Расшифровка</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Шифр хранения</translation>
    </message>
    <message>
      <source>Access</source>
      <translation>Доступ</translation>
    </message>
    <message>
      <source>Access until</source>
      <translation>Доступ откроется</translation>
    </message>
    <message>
      <source>Access note</source>
      <translation>Основание</translation>
    </message>
    <message>
      <source>Path</source>
      <translation>Путь</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>PRONOM</source>
      <translation>PRONOM</translation>
    </message>
    <message>
      <source>Format name</source>
      <translation>Название формата</translation>
    </message>
    <message>
      <source>Format version</source>
      <translation>Версия формата</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Страницы</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Ширина</translation>
    </message>
    <message>
      <source>Height</source>
      <translation>Высота</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Создан</translation>
    </message>
    <message>
      <source>File modified</source>
      <translation>Файл изменён</translation>
    </message>
    <message>
      <source>Content modified</source>
      <translation>Содержимое изменено</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Программа-производитель</translation>
    </message>
    <message>
      <source>Creator tool</source>
      <translation>Программа создания</translation>
    </message>
    <message>
      <source>Encrypted</source>
      <translation>Зашифрован</translation>
    </message>
    <message>
      <source>OCR</source>
      <translation>Распознавание текста</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Предупреждения</translation>
    </message>
    <message>
      <source>(several values)</source>
      <translation>(разные значения)</translation>
    </message>
    <message>
      <source>Family, Given; Family, Given</source>
      <translation>Фамилия, Имя; Фамилия, Имя</translation>
    </message>
    <message>
      <source>2021, 2021-02 or 2021-02-26</source>
      <translation>2021, 2021-02 или 2021-02-26</translation>
    </message>
    <message>
      <source>term; term</source>
      <translation>термин; термин</translation>
    </message>
    <message>
      <source>tag; tag</source>
      <translation>тег; тег</translation>
    </message>
    <message>
      <source>Series 2: Administration/Memoranda</source>
      <translation>Серия 2: Управление/Служебные записки</translation>
    </message>
    <message>
      <source>Box 3, Folder 2</source>
      <translation>Ф. 42. Оп. 1. Д. 17</translation>
    </message>
    <message>
      <source>open (the default)</source>
      <translation>открыт (по умолчанию)</translation>
    </message>
    <message>
      <source>the day it opens: 2060-01-01</source>
      <translation>дата открытия: 2060-01-01</translation>
    </message>
    <message>
      <source>why: medical records, the donor's wish…</source>
      <translation>почему: медицинские сведения, воля дарителя…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Keep these corrections (they are stored in the index, never in the file)</source>
      <translation>Сохранить эти исправления (они хранятся в индексе, а не в файле)</translation>
    </message>
    <message>
      <source>Revert to extracted</source>
      <translation>Вернуть значение из файла</translation>
    </message>
    <message>
      <source>Drop every correction of this item and show what was read from the file</source>
      <translation>Отменить все исправления этого документа и показать прочитанное из файла</translation>
    </message>
    <message>
      <source>Technical facts</source>
      <translation>Технические сведения</translation>
    </message>
    <message>
      <source>Technical</source>
      <translation>Сведения</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>История изменений</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Было</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Стало</translation>
    </message>
    <message>
      <source>&lt;b&gt;History&lt;/b&gt; — Item ▸ Undo Last Save (Ctrl+Z) takes back the last save</source>
      <translation>&lt;b&gt;История&lt;/b&gt; — Документ ▸ Отменить последнее сохранение (Ctrl+Z) отменяет последнее сохранение</translation>
    </message>
    <message numerus="yes">
      <source>Save %Ln items</source>
      <translation>
        <numerusform>Сохранить %Ln документ</numerusform>
        <numerusform>Сохранить %Ln документа</numerusform>
        <numerusform>Сохранить %Ln документов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln items selected: a field left as it is stays as each item has it</source>
      <translation>
        <numerusform>Выбран %Ln документ: поле, оставленное как есть, остаётся у каждого документа своим</numerusform>
        <numerusform>Выбрано %Ln документа: поле, оставленное как есть, остаётся у каждого документа своим</numerusform>
        <numerusform>Выбрано %Ln документов: поле, оставленное как есть, остаётся у каждого документа своим</numerusform>
      </translation>
    </message>
    <message>
      <source>edited</source>
      <translation>изменено</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message numerus="yes">
      <source>%Ln bytes</source>
      <translation>
        <numerusform>%Ln байт</numerusform>
        <numerusform>%Ln байта</numerusform>
        <numerusform>%Ln байт</numerusform>
      </translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Сохранение…</translation>
    </message>
    <message>
      <source>Reverting…</source>
      <translation>Возврат…</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Names</source>
      <translation>Имена</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>As creator</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>As recipient</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <source>Authority</source>
      <translation>Авторитетная запись</translation>
    </message>
    <message>
      <source>People and organisations</source>
      <translation>Лица и организации</translation>
    </message>
    <message>
      <source>Family, Given — the form every record will give</source>
      <translation>Фамилия, Имя — форма, которую получат все записи</translation>
    </message>
    <message>
      <source>Merge into</source>
      <translation>Объединить в</translation>
    </message>
    <message>
      <source>Authority record</source>
      <translation>Авторитетная запись</translation>
    </message>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Объединить</translation>
    </message>
    <message numerus="yes">
      <source>%Ln name(s)</source>
      <translation>
        <numerusform>%Ln имя</numerusform>
        <numerusform>%Ln имени</numerusform>
        <numerusform>%Ln имён</numerusform>
      </translation>
    </message>
    <message>
      <source>Not merged: {error}</source>
      <translation>Не объединено: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Merged into {name} in %Ln item(s)</source>
      <translation>
        <numerusform>Объединено в {name} в %Ln документе</numerusform>
        <numerusform>Объединено в {name} в %Ln документах</numerusform>
        <numerusform>Объединено в {name} в %Ln документах</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Opening</name>
    <message>
      <source>{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.</source>
      <translation>{path} больше нет на месте (перемещён или удалён после индексирования); переиндексируйте, чтобы обновить список.</translation>
    </message>
    <message>
      <source>folder</source>
      <translation>папки</translation>
    </message>
    <message>
      <source>'{suffix}' file</source>
      <translation>файла «{suffix}»</translation>
    </message>
    <message>
      <source>{name} could not be opened: no program on this computer is set to open this {kind}. Set a default program for it in the desktop's settings, or use Show in Folder.</source>
      <translation>Не удалось открыть {name}: на этом компьютере не задана программа для {kind}. Назначьте программу по умолчанию в настройках системы или воспользуйтесь командой «Показать в папке».</translation>
    </message>
    <message>
      <source>recording</source>
      <translation>записи</translation>
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>page {number}</source>
      <extracomment>Tables without sheet names (a CSV or TSV is one sheet).</extracomment>
      <translation>страница {number}</translation>
    </message>
    <message>
      <source>Open externally</source>
      <translation>Открыть во внешней программе</translation>
    </message>
    <message>
      <source>Select an item to see it here.</source>
      <translation>Выберите документ, чтобы увидеть его здесь.</translation>
    </message>
    <message>
      <source>This file is no longer in the collection folder (moved or deleted since it was indexed). Re-index to bring the list up to date.</source>
      <translation>Этого файла больше нет в папке коллекции (перемещён или удалён после индексирования). Переиндексируйте, чтобы обновить список.</translation>
    </message>
    <message>
      <source>This file has been replaced by a link to a file outside the collection since it was indexed; it is not shown.</source>
      <translation>После индексирования этот файл заменён ссылкой на файл вне коллекции; он не показывается.</translation>
    </message>
    <message>
      <source>no text could be read from this {kind}</source>
      <translation>не удалось прочитать текст (формат: {kind})</translation>
    </message>
    <message>
      <source>file</source>
      <translation>файл</translation>
    </message>
    <message>
      <source>Nothing to preview: {reason}.</source>
      <translation>Нечего показать: {reason}.</translation>
    </message>
    <message>
      <source>◀ Hit</source>
      <translation>◀ Совпадение</translation>
    </message>
    <message>
      <source>Previous hit (Shift+F3, or N)</source>
      <translation>Предыдущее совпадение (Shift+F3 или N)</translation>
    </message>
    <message>
      <source>Hit ▶</source>
      <translation>Совпадение ▶</translation>
    </message>
    <message>
      <source>Next hit (F3, or n)</source>
      <translation>Следующее совпадение (F3 или n)</translation>
    </message>
    <message>
      <source>hit {current} of {total}</source>
      <translation>совпадение {current} из {total}</translation>
    </message>
    <message numerus="yes">
      <source>%n+ hits</source>
      <translation>
        <numerusform>%n+ совпадение</numerusform>
        <numerusform>%n+ совпадения</numerusform>
        <numerusform>%n+ совпадений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hit(s)</source>
      <translation>
        <numerusform>%n совпадение</numerusform>
        <numerusform>%n совпадения</numerusform>
        <numerusform>%n совпадений</numerusform>
      </translation>
    </message>
    <message>
      <source>Image</source>
      <extracomment>Longest edge decoded for the preview; larger images are scaled while decoding.</extracomment>
      <translation>Изображение</translation>
    </message>
    <message>
      <source>Pages and zoom</source>
      <translation>Страницы и масштаб</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Вписать</translation>
    </message>
    <message>
      <source>Fit the image to the window</source>
      <translation>Вписать изображение в окно</translation>
    </message>
    <message>
      <source>Actual size</source>
      <translation>Исходный размер</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <source>Rotate left</source>
      <translation>Повернуть влево</translation>
    </message>
    <message>
      <source>Rotate right</source>
      <translation>Повернуть вправо</translation>
    </message>
    <message>
      <source>Previous page (Page Up)</source>
      <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
      <source>Next page (Page Down)</source>
      <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
      <source>Text layer</source>
      <translation>Текстовый слой</translation>
    </message>
    <message>
      <source>Show the words recognised in this image (OCR)</source>
      <translation>Показать слова, распознанные на изображении</translation>
    </message>
    <message>
      <source>Words recognised in the image</source>
      <translation>Распознанные на изображении слова</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Загрузка…</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
      <source>This image cannot be shown: {reason}.</source>
      <translation>Не удаётся показать изображение: {reason}.</translation>
    </message>
    <message>
      <source>unknown format</source>
      <translation>неизвестный формат</translation>
    </message>
    <message>
      <source>Pages of the PDF</source>
      <extracomment>Points between two pages, and around them. Rendered pages kept beyond those in view (a page at fit-width is 2–4 MB). The most pixels one page is rendered with, whatever the zoom (about 64 MB of RGB). How a hit is marked: its colour's opacity, and the outline of the one shown.</extracomment>
      <translation>Страницы PDF</translation>
    </message>
    <message>
      <source>Page</source>
      <translation>Страница</translation>
    </message>
    <message>
      <source>Zoom out (Ctrl+wheel)</source>
      <translation>Уменьшить (Ctrl+колесо)</translation>
    </message>
    <message>
      <source>Zoom in (Ctrl+wheel)</source>
      <translation>Увеличить (Ctrl+колесо)</translation>
    </message>
    <message>
      <source>Width</source>
      <translation>Ширина</translation>
    </message>
    <message>
      <source>Fit the page width to the window</source>
      <translation>Вписать страницу по ширине окна</translation>
    </message>
    <message>
      <source>Show the whole page</source>
      <translation>Показать страницу целиком</translation>
    </message>
    <message>
      <source>of {count}</source>
      <translation>из {count}</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Открытие…</translation>
    </message>
    <message>
      <source>This PDF cannot be shown: {reason}.</source>
      <translation>Не удаётся показать PDF: {reason}.</translation>
    </message>
    <message>
      <source>Sheet</source>
      <extracomment>Rows shown of one sheet (the index holds them all; a search finds the rest).</extracomment>
      <translation>Лист</translation>
    </message>
    <message>
      <source>Cells of the sheet</source>
      <translation>Ячейки листа</translation>
    </message>
    <message>
      <source>Sheet {number}</source>
      <translation>Лист {number}</translation>
    </message>
    <message>
      <source>the first {shown} of {count} rows</source>
      <translation>первые {shown} из {count} строк</translation>
    </message>
    <message>
      <source>Text of the item</source>
      <extracomment>More text than this is cut for display (the index holds it all). Letters of scripts written from the right (Hebrew, Arabic, Syriac, Thaana…). A text holding such letters, up to this long, is shown by a QTextEdit, which sets each paragraph from the side its own text starts (QPlainTextEdit sets every one from the left); a longer one stays in the QPlainTextEdit, whose layout of millions of characters never stalls the window.</extracomment>
      <translation>Текст документа</translation>
    </message>
    <message>
      <source>the rest of this text is not shown here; it is searchable</source>
      <translation>остальной текст здесь не показан, но по нему можно искать</translation>
    </message>
  </context>
  <context>
    <name>Provenance</name>
    <message>
      <source>by OCR</source>
      <translation>распознано OCR</translation>
    </message>
    <message>
      <source>from the file system</source>
      <translation>из файловой системы</translation>
    </message>
    <message>
      <source>from the file</source>
      <extracomment>Each kind of source, in words.</extracomment>
      <translation>из файла</translation>
    </message>
    <message>
      <source>by its format</source>
      <translation>по формату</translation>
    </message>
    <message>
      <source>from its name</source>
      <translation>из имени</translation>
    </message>
    <message>
      <source>from its text</source>
      <translation>из текста</translation>
    </message>
    <message>
      <source>recognised</source>
      <translation>определён</translation>
    </message>
    <message>
      <source>part of</source>
      <extracomment>Fields the history names that the form does not show.</extracomment>
      <translation>часть документа</translation>
    </message>
    <message>
      <source>part</source>
      <translation>номер части</translation>
    </message>
    <message>
      <source>findings dismissed</source>
      <translation>отклонённые находки</translation>
    </message>
    <message>
      <source>format</source>
      <translation>формат</translation>
    </message>
    <message>
      <source>Turned upright for OCR (degrees)</source>
      <extracomment>Facts readers add under names of their own.</extracomment>
      <translation>Повёрнуто для OCR (градусы)</translation>
    </message>
    <message>
      <source>Duration (seconds)</source>
      <translation>Длительность (секунды)</translation>
    </message>
    <message>
      <source>Bit rate (kbit/s)</source>
      <translation>Битрейт (кбит/с)</translation>
    </message>
    <message>
      <source>Sample rate (Hz)</source>
      <translation>Частота дискретизации (Гц)</translation>
    </message>
    <message>
      <source>Channels</source>
      <translation>Каналы</translation>
    </message>
    <message>
      <source>in the window</source>
      <translation>в окне программы</translation>
    </message>
    <message>
      <source>on the command line</source>
      <translation>в командной строке</translation>
    </message>
    <message>
      <source>reverted</source>
      <translation>возврат</translation>
    </message>
    <message>
      <source>names merged</source>
      <translation>слияние имён</translation>
    </message>
    <message>
      <source>imported from {file}</source>
      <translation>импорт из {file}</translation>
    </message>
    <message>
      <source>undo of save {batch}</source>
      <translation>отмена сохранения {batch}</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <source>Making the accession report…</source>
      <translation>Составляется отчёт о поступлении…</translation>
    </message>
    <message>
      <source>the accession report</source>
      <translation>отчёт о поступлении</translation>
    </message>
    <message>
      <source>The accession report is open in your browser: {path}</source>
      <translation>Отчёт о поступлении открыт в браузере: {path}</translation>
    </message>
  </context>
  <context>
    <name>Results</name>
    <message>
      <source>p. {page}</source>
      <extracomment>The width kept left of a two-line row's title: a photograph's thumbnail, or the format badge. A grid cell, and the square its thumbnail is fitted into. How much of the text before a snippet's first marked word stays in view.</extracomment>
      <translation>с. {page}</translation>
    </message>
    <message>
      <source>Results</source>
      <extracomment>The ways of showing the results, as the View menu and the settings name them. Width of each column after the first (which stretches); 0: as wide as it comes.</extracomment>
      <translation>Результаты</translation>
    </message>
    <message>
      <source>Results as thumbnails</source>
      <translation>Результаты в виде миниатюр</translation>
    </message>
  </context>
  <context>
    <name>SavedSearches</name>
    <message>
      <source>Saved searches</source>
      <translation>Сохранённые поиски</translation>
    </message>
    <message>
      <source>Saved searches: click one to run it (Search ▸ Save Search… keeps the current one)</source>
      <translation>Сохранённые поиски: щёлкните, чтобы выполнить (Поиск ▸ Сохранить поиск… сохраняет текущий)</translation>
    </message>
    <message>
      <source>&amp;Run</source>
      <translation>&amp;Выполнить</translation>
    </message>
    <message>
      <source>&amp;Forget</source>
      <translation>&amp;Забыть</translation>
    </message>
    <message>
      <source>Save Search</source>
      <translation>Сохранить поиск</translation>
    </message>
    <message>
      <source>Name for the search {query}:</source>
      <translation>Имя для поиска {query}:</translation>
    </message>
    <message>
      <source>The search was not saved: {error}</source>
      <translation>Поиск не сохранён: {error}</translation>
    </message>
    <message>
      <source>Saved as @{name} (also: archive search {quoted})</source>
      <translation>Сохранён как @{name} (в командной строке: archive search {quoted})</translation>
    </message>
    <message>
      <source>The saved search could not be opened: {error}</source>
      <translation>Сохранённый поиск не открылся: {error}</translation>
    </message>
    <message>
      <source>The saved search {name} was not removed: {error}</source>
      <translation>Сохранённый поиск {name} не удалён: {error}</translation>
    </message>
  </context>
  <context>
    <name>Searching</name>
    <message>
      <source>Search</source>
      <extracomment>From this many items a search runs off the GUI thread (see above).</extracomment>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Search: words, "a phrase", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</source>
      <translation>Поиск: слова, "фраза", title:…, creator:…, date:[1950 TO 1960]   (Ctrl+F)</translation>
    </message>
    <message>
      <source>Years: {first}–{last}</source>
      <translation>Годы: {first}–{last}</translation>
    </message>
    <message>
      <source>Cannot search: {error}</source>
      <translation>Поиск невозможен: {error}</translation>
    </message>
    <message>
      <source>Search failed: {error}</source>
      <translation>Поиск не удался: {error}</translation>
    </message>
    <message numerus="yes">
      <source>at least %Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>не менее %Ln результата за {ms} мс</numerusform>
        <numerusform>не менее %Ln результатов за {ms} мс</numerusform>
        <numerusform>не менее %Ln результатов за {ms} мс</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln result(s) in {ms} ms</source>
      <translation>
        <numerusform>%Ln результат за {ms} мс</numerusform>
        <numerusform>%Ln результата за {ms} мс</numerusform>
        <numerusform>%Ln результатов за {ms} мс</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> with %Ln filter(s) — {filters}</source>
      <translation>
        <numerusform> с %Ln фильтром — {filters}</numerusform>
        <numerusform> с %Ln фильтрами — {filters}</numerusform>
        <numerusform> с %Ln фильтрами — {filters}</numerusform>
      </translation>
    </message>
    <message>
      <source>; {count} without them</source>
      <translation>; без них — {count}</translation>
    </message>
    <message>
      <source>; {count} without it</source>
      <translation>; без него — {count}</translation>
    </message>
    <message>
      <source> so far — {indexing}</source>
      <translation> пока — {indexing}</translation>
    </message>
    <message>
      <source>Selecting all {total} results… {read} read</source>
      <translation>Выбор всех {total} результатов… прочитано {read}</translation>
    </message>
    <message numerus="yes">
      <source>%Ln selected</source>
      <translation>
        <numerusform>Выбран %Ln</numerusform>
        <numerusform>Выбрано %Ln</numerusform>
        <numerusform>Выбрано %Ln</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Selection</name>
    <message>
      <source>CSV, for spreadsheets (*.csv)</source>
      <extracomment>Export formats as the save dialog offers them (translated there) → the core's format names.</extracomment>
      <translation>CSV, для электронных таблиц (*.csv)</translation>
    </message>
    <message>
      <source>EAD finding aid (*.xml)</source>
      <translation>Опись EAD (*.xml)</translation>
    </message>
    <message>
      <source>Mailbox of the messages as they were (*.mbox)</source>
      <translation>Почтовый ящик с письмами как есть (*.mbox)</translation>
    </message>
    <message>
      <source>The messages as .eml files, in a new folder (*)</source>
      <translation>Письма файлами .eml в новой папке (*)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <source>Metadata</source>
      <translation>Метаданные</translation>
    </message>
    <message>
      <source>Cite</source>
      <translation>Ссылки</translation>
    </message>
    <message numerus="yes">
      <source>Reading the records of %Ln items…</source>
      <translation>
        <numerusform>Чтение описания %Ln документа…</numerusform>
        <numerusform>Чтение описаний %Ln документов…</numerusform>
        <numerusform>Чтение описаний %Ln документов…</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read the selected items: {error}</source>
      <translation>Не удалось прочитать выбранные документы: {error}</translation>
    </message>
    <message>
      <source>Shown from the list of what is inside; it is not among this search's results</source>
      <translation>Показано из списка вложенного; среди результатов этого поиска его нет</translation>
    </message>
    <message>
      <source>Nothing selected.</source>
      <translation>Ничего не выбрано.</translation>
    </message>
    <message>
      <source>Arrange in Series</source>
      <translation>Поместить в серию</translation>
    </message>
    <message numerus="yes">
      <source>The series of the %Ln item(s), its levels parted by '/':</source>
      <translation>
        <numerusform>Серия для %Ln документа (уровни разделяются знаком «/»):</numerusform>
        <numerusform>Серия для %Ln документов (уровни разделяются знаком «/»):</numerusform>
        <numerusform>Серия для %Ln документов (уровни разделяются знаком «/»):</numerusform>
      </translation>
    </message>
    <message>
      <source>Select the parts of the item, at least two, in order</source>
      <translation>Выберите части документа — не меньше двух, по порядку</translation>
    </message>
    <message>
      <source>Group Selected</source>
      <translation>Объединить в один документ</translation>
    </message>
    <message numerus="yes">
      <source>The title of the item made of these %Ln files, in the order of their names:</source>
      <translation>
        <numerusform>Заглавие документа из %Ln файла (по порядку имён):</numerusform>
        <numerusform>Заглавие документа из %Ln файлов (по порядку имён):</numerusform>
        <numerusform>Заглавие документа из %Ln файлов (по порядку имён):</numerusform>
      </translation>
    </message>
    <message>
      <source>The item shown is not made of several files</source>
      <translation>Показанный документ не состоит из нескольких файлов</translation>
    </message>
    <message>
      <source>The selected item</source>
      <extracomment>A selection of at least this many items has its records read for the form off the GUI thread (20,000 selected items took 0.6 s on it). Items whose preview opens at the page of the best hit.</extracomment>
      <translation>Выбранный документ</translation>
    </message>
    <message>
      <source>This item cannot be shown: {error}</source>
      <translation>Документ нельзя показать: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Saved %Ln item(s)</source>
      <translation>
        <numerusform>Сохранён %Ln документ</numerusform>
        <numerusform>Сохранены %Ln документа</numerusform>
        <numerusform>Сохранено %Ln документов</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing changed</source>
      <translation>Ничего не изменилось</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Сохранено</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message numerus="yes">
      <source>%Ln items</source>
      <translation>
        <numerusform>%Ln документ</numerusform>
        <numerusform>%Ln документа</numerusform>
        <numerusform>%Ln документов</numerusform>
      </translation>
    </message>
    <message>
      <source>Your changes to {which} were not saved: {error}. They are still in the form; save again when the problem is solved.</source>
      <translation>Ваши изменения ({which}) не сохранены: {error}. Они остались в форме; сохраните снова, когда проблема будет решена.</translation>
    </message>
    <message>
      <source>Could not undo: {error}</source>
      <translation>Не удалось отменить: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Undid the last save (%Ln item(s))</source>
      <translation>
        <numerusform>Последнее сохранение отменено (%Ln документ)</numerusform>
        <numerusform>Последнее сохранение отменено (%Ln документа)</numerusform>
        <numerusform>Последнее сохранение отменено (%Ln документов)</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>Нечего отменять</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>Show in &amp;Folder</source>
      <translation>Показать в &amp;папке</translation>
    </message>
    <message>
      <source>Copy &amp;Path</source>
      <translation>Копировать п&amp;уть</translation>
    </message>
    <message>
      <source>Copy &amp;Citation</source>
      <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
      <source>&amp;Edit Metadata</source>
      <translation>Пр&amp;авить метаданные</translation>
    </message>
    <message>
      <source>C&amp;ite Selection</source>
      <translation>Ссылки &amp;на выбранное</translation>
    </message>
    <message>
      <source>E&amp;xport Selection…</source>
      <translation>&amp;Экспорт выбранного…</translation>
    </message>
    <message>
      <source>&amp;Bag Selection…</source>
      <translation>Упаковать выбранное в &amp;BagIt…</translation>
    </message>
    <message>
      <source>Find the &amp;Thread</source>
      <translation>Найти &amp;переписку</translation>
    </message>
    <message>
      <source>{name} could not be taken out of its file: {error}</source>
      <translation>Не удалось извлечь {name} из файла: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Copied %Ln path(s)</source>
      <translation>
        <numerusform>Скопирован %Ln путь</numerusform>
        <numerusform>Скопированы %Ln пути</numerusform>
        <numerusform>Скопировано %Ln путей</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Export %Ln item(s)</source>
      <translation>
        <numerusform>Экспорт %Ln документа</numerusform>
        <numerusform>Экспорт %Ln документов</numerusform>
        <numerusform>Экспорт %Ln документов</numerusform>
      </translation>
    </message>
    <message>
      <source>The items selected are of several collections: select those of one</source>
      <translation>Выбранные документы — из разных коллекций: выберите документы одной</translation>
    </message>
    <message numerus="yes">
      <source>Exported %Ln message(s) to {target}</source>
      <translation>
        <numerusform>Экспортировано %Ln письмо в {target}</numerusform>
        <numerusform>Экспортировано %Ln письма в {target}</numerusform>
        <numerusform>Экспортировано %Ln писем в {target}</numerusform>
      </translation>
    </message>
    <message>
      <source>No messages were exported to {target}: {error}</source>
      <translation>Письма не экспортированы в {target}: {error}</translation>
    </message>
    <message numerus="yes">
      <source>Bag %Ln item(s) into an empty folder</source>
      <translation>
        <numerusform>Упаковать %Ln документ в пустую папку</numerusform>
        <numerusform>Упаковать %Ln документа в пустую папку</numerusform>
        <numerusform>Упаковать %Ln документов в пустую папку</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagging %Ln item(s)…</source>
      <translation>
        <numerusform>Упаковка %Ln документа…</numerusform>
        <numerusform>Упаковка %Ln документов…</numerusform>
        <numerusform>Упаковка %Ln документов…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Bagged %Ln file(s) ({size}) in {folder}</source>
      <translation>
        <numerusform>Упакован %Ln файл ({size}) в {folder}</numerusform>
        <numerusform>Упакованы %Ln файла ({size}) в {folder}</numerusform>
        <numerusform>Упаковано %Ln файлов ({size}) в {folder}</numerusform>
      </translation>
    </message>
    <message>
      <source>No bag was made in {folder}: {error}</source>
      <translation>Пакет в {folder} не создан: {error}</translation>
    </message>
  </context>
  <context>
    <name>Size</name>
    <message numerus="yes">
      <source>%Ln byte(s)</source>
      <translation>
        <numerusform>%Ln байт</numerusform>
        <numerusform>%Ln байта</numerusform>
        <numerusform>%Ln байт</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Timeline: the results by year</source>
      <translation>Шкала времени: результаты по годам</translation>
    </message>
    <message>
      <source>Items per year: drag across to search those years, click a year for that year alone, click the chosen years again to let every year back. Keys: ← → a year, Shift+← → more years, Esc every year</source>
      <translation>Документы по годам: протяните по шкале, чтобы искать в этих годах; щёлкните год, чтобы оставить только его; щёлкните выбранные годы ещё раз, чтобы вернуть все. Клавиши: ← → год, Shift+← → больше лет, Esc все годы</translation>
    </message>
    <message>
      <source>Years {years}</source>
      <translation>Годы {years}</translation>
    </message>
    <message>
      <source>Every year</source>
      <translation>Все годы</translation>
    </message>
    <message numerus="yes">
      <source>{year}: %Ln item(s)</source>
      <translation>
        <numerusform>{year}: %Ln документ</numerusform>
        <numerusform>{year}: %Ln документа</numerusform>
        <numerusform>{year}: %Ln документов</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Types</name>
    <message>
      <source>Collection</source>
      <extracomment>The DCMI types by the names people use (queries keep the codes).</extracomment>
      <translation>Коллекция</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Набор данных</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Событие</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Изображение</translation>
    </message>
    <message>
      <source>Interactive resource</source>
      <translation>Интерактивный ресурс</translation>
    </message>
    <message>
      <source>Moving image</source>
      <translation>Движущееся изображение</translation>
    </message>
    <message>
      <source>Physical object</source>
      <translation>Физический объект</translation>
    </message>
    <message>
      <source>Service</source>
      <translation>Сервис</translation>
    </message>
    <message>
      <source>Software</source>
      <translation>Программное обеспечение</translation>
    </message>
    <message>
      <source>Sound</source>
      <translation>Звук</translation>
    </message>
    <message>
      <source>Still image</source>
      <translation>Неподвижное изображение</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
  </context>
  <context>
    <name>Window</name>
    <message>
      <source>More tools</source>
      <translation>Другие инструменты</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Очистить</translation>
    </message>
    <message>
      <source>Archive viewer</source>
      <extracomment>The languages the viewer speaks, each named in itself. The CSL locale of each language the viewer speaks, where pandoc's citeproc has one. The translators in use (Qt keeps no reference of its own).
----------
How wide the side pane grows by itself to show its values whole, in pixels (a person may widen it more). Set once a person has dragged the panes' widths: the side pane is no longer widened by itself.</extracomment>
      <translation>Программа просмотра архива</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Width of the side pane</source>
      <translation>Ширина боковой панели</translation>
    </message>
    <message>
      <source>Width of the list</source>
      <translation>Ширина списка</translation>
    </message>
    <message>
      <source>{folder} is not searched: {error}</source>
      <translation>{folder} не участвует в поиске: {error}</translation>
    </message>
    <message>
      <source>Search syntax</source>
      <translation>Синтаксис поиска</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Снять фильтры</translation>
    </message>
    <message>
      <source>Show every result of the words typed: no facet value, no years</source>
      <translation>Показать все результаты по введённым словам: без фасетов и без годов</translation>
    </message>
    <message>
      <source>Narrow the results</source>
      <translation>Уточнить результаты</translation>
    </message>
    <message>
      <source>Cannot open {folder}: {error}</source>
      <translation>Не удаётся открыть {folder}: {error}</translation>
    </message>
    <message>
      <source>{collection} — Archive viewer</source>
      <translation>{collection} — Программа просмотра архива</translation>
    </message>
    <message>
      <source>Add a collection to the search</source>
      <translation>Добавить коллекцию в поиск</translation>
    </message>
    <message>
      <source>Open collection folder</source>
      <translation>Открыть папку коллекции</translation>
    </message>
    <message>
      <source>The window speaks {language} from its next start</source>
      <translation>Язык окна «{language}» — со следующего запуска</translation>
    </message>
    <message>
      <source>About Archive Viewer</source>
      <translation>О программе</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Закрыть</translation>
    </message>
  </context>
</TS>
