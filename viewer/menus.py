"""The window's menus and the results header's menu: each entry calls the part of the window
that does the job; the checkable ones show the state they set (view mode, order, theme)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox

from .help import shortcuts_help, syntax_help
from .i18n import LANGUAGES, translate
from .models import COLUMNS
from .theme import THEMES

if TYPE_CHECKING:
    from .window_services import MenusHost


class Menus:
    """The menu bar of ``window``. Attributes: the actions whose state the window reads or sets."""

    def __init__(self, window: MenusHost) -> None:
        self.window = window
        bar = window.menuBar()
        searching, selection, indexing = window.searching, window.selection, window.indexing

        file_menu = bar.addMenu(translate("Menus", "&File"))
        self._add(
            file_menu, translate("Menus", "&Open Collection…"), QKeySequence.StandardKey.Open, window.choose_collection
        )
        self.recent_menu = file_menu.addMenu(translate("Menus", "Open &Recent"))
        self._add(file_menu, translate("Menus", "A&dd Collection to Search…"), None, window.add_to_search)
        file_menu.addSeparator()
        self._add(file_menu, translate("Menus", "Re-&index"), QKeySequence("F5"), indexing.start)
        self.watch_action = self._add(file_menu, translate("Menus", "&Watch for Changes"), None, None)
        self.watch_action.setCheckable(True)
        self.watch_action.setToolTip(
            translate("Menus", "Look for new and changed files whenever the window comes back to the front")
        )
        self._add(file_menu, translate("Menus", "Indexing &Problems…"), None, indexing.show_problems)
        self._add(file_menu, translate("Menus", "&Accession Report…"), None, window.show_accession_report)
        self._add(file_menu, translate("Menus", "Collection Re&cord…"), None, window.edit_collection_record)
        file_menu.addSeparator()
        self._add(file_menu, translate("Menus", "&Quit"), QKeySequence.StandardKey.Quit, window.close)

        item_menu = bar.addMenu(translate("Menus", "&Item"))
        self._add(item_menu, translate("Menus", "&Open Externally"), None, selection.open_externally)
        self._add(item_menu, translate("Menus", "Show in &Folder"), None, selection.show_in_folder)
        self._add(
            item_menu, translate("Menus", "&Copy Citation"), QKeySequence("Ctrl+Shift+C"), selection.copy_citation
        )
        self._add(
            item_menu, translate("Menus", "E&xport Selection…"), QKeySequence("Ctrl+E"), selection.export_selection
        )
        self._add(item_menu, translate("Menus", "&Bag Selection…"), None, selection.bag_selection)
        item_menu.addSeparator()
        self._add(item_menu, translate("Menus", "&Arrange in Series…"), None, selection.arranging.arrange_selected)
        self._add(item_menu, translate("Menus", "&Group Selected…"), None, selection.arranging.group_selected)
        self._add(item_menu, translate("Menus", "U&ngroup"), None, selection.arranging.ungroup)
        item_menu.addSeparator()
        self._add(
            item_menu, translate("Menus", "&Save Metadata"), QKeySequence.StandardKey.Save, selection.metadata.save
        )
        self._add(item_menu, translate("Menus", "&Undo Last Save"), QKeySequence.StandardKey.Undo, selection.undo)

        view_menu = bar.addMenu(translate("Menus", "&View"))
        self.mode_actions = self._choices(
            view_menu,
            (
                ("compact", translate("Menus", "&Compact Rows"), "Ctrl+1"),
                ("snippets", translate("Menus", "Rows with &Snippets"), "Ctrl+2"),
                ("grid", translate("Menus", "&Grid of Thumbnails"), "Ctrl+3"),
            ),
            window.set_view_mode,
        )
        view_menu.addSeparator()
        sort_menu = view_menu.addMenu(translate("Menus", "Sort &By"))
        descending = translate("Menus", "&Descending")
        orders = [(QT_TRANSLATE_NOOP("Columns", "Relevance"), "relevance"), *COLUMNS]
        self.sort_actions = self._choices(
            sort_menu,
            [
                (key, label, None)
                for (_, key), label in zip(
                    orders, with_access_keys([translate("Columns", label) for label, _ in orders], [descending])
                )
            ],
            lambda key: searching.set_sort(key, searching.sort[1] if key != "relevance" else False),
        )
        sort_menu.addSeparator()
        self.descending_action = self._add(sort_menu, descending, None, None)
        self.descending_action.setCheckable(True)
        self.descending_action.toggled.connect(
            lambda on: searching.set_sort(searching.sort[0], on) if on != searching.sort[1] else None
        )
        self.facets_action = self._add(
            view_menu,
            translate("Menus", "&Facets Pane"),
            QKeySequence("F9"),
            lambda: window.side_pane.setVisible(self.facets_action.isChecked()),
        )
        self.facets_action.setCheckable(True)
        self.facets_action.setChecked(True)
        self.theme_actions = self._choices(
            view_menu.addMenu(translate("Menus", "&Theme")),
            [(name, translate("Menus", label), None) for name, label in THEMES.items()],
            window.set_theme,
        )
        self.language_actions = self._choices(
            view_menu.addMenu(translate("Menus", "&Language")),
            [(code, name, None) for code, name in zip(LANGUAGES, with_access_keys(list(LANGUAGES.values())))],
            window.set_language,
        )

        search_menu = bar.addMenu(translate("Menus", "&Search"))
        self._add(search_menu, translate("Menus", "&Find"), QKeySequence.StandardKey.Find, searching.focus)
        QShortcut(QKeySequence("Ctrl+L"), window).activated.connect(searching.focus)
        self._add(search_menu, translate("Menus", "C&lear Filters"), None, searching.clear_filters)
        self.scope_menu = search_menu.addMenu(translate("Menus", "Search &In"))
        search_menu.addSeparator()
        self._add(
            search_menu,
            translate("Menus", "&Save Search…"),
            QKeySequence("Ctrl+Shift+S"),
            lambda: window.saved_searches.save(),
        )
        self._add(search_menu, translate("Menus", "Find &Duplicates…"), None, window.find_duplicates)
        self._add(search_menu, translate("Menus", "&Names…"), None, window.show_names)
        self.saved_menu = search_menu.addMenu(translate("Menus", "Saved Searc&hes"))

        help_menu = bar.addMenu(translate("Menus", "&Help"))
        self._add(
            help_menu,
            translate("Menus", "Search &Syntax"),
            QKeySequence.StandardKey.HelpContents,
            lambda: QMessageBox.information(window, translate("Menus", "Search syntax"), syntax_help()),
        )
        self._add(
            help_menu,
            translate("Menus", "&Keyboard Shortcuts"),
            None,
            lambda: QMessageBox.information(window, translate("Menus", "Keyboard shortcuts"), shortcuts_help()),
        )
        self._add(help_menu, translate("Menus", "&About Archive Viewer"), None, window.show_about)
        searching.sort_changed.connect(self.show_sort)

    def _add(self, menu: QMenu, text: str, shortcut, slot: Callable | None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _choices(self, menu: QMenu, choices, choose: Callable[[str], None]) -> dict[str, QAction]:
        """One checkable action per (key, label, shortcut), only one checked at a time."""
        group = QActionGroup(self.window)
        actions = {}
        for key, label, keys in choices:
            action = self._add(menu, label, QKeySequence(keys) if keys else None, lambda _=False, k=key: choose(k))
            action.setCheckable(True)
            group.addAction(action)
            actions[key] = action
        return actions

    def show_sort(self) -> None:
        """The View menu and the header's arrow say what the rows are sorted by."""
        key, descending = self.window.searching.sort
        self.window.searching.show_sort()
        if key in self.sort_actions:
            self.sort_actions[key].setChecked(True)
        self.descending_action.blockSignals(True)
        self.descending_action.setChecked(descending)
        self.descending_action.setEnabled(key != "relevance")
        self.descending_action.blockSignals(False)

    def show_recent(self, folders: list[str]) -> None:
        self.recent_menu.clear()
        for folder in folders:
            self.recent_menu.addAction(folder).triggered.connect(
                lambda _=False, f=folder: self.window.open_collection(f)
            )

    def show_scope(self) -> None:
        """Search ▸ Search In: a check box per collection open, the window's own first."""
        scope = self.window.scope
        self.scope_menu.clear()
        searched, roots, add = scope.searched(), scope.roots(), translate("Menus", "A&dd Collection to Search…")
        names = with_access_keys([(Path(root).name or root).replace("&", "&&") for root in roots], [add])
        for root, name in zip(roots, names):
            action = self.scope_menu.addAction(name)
            action.setToolTip(root)
            action.setCheckable(True)
            action.setChecked(root in searched)
            action.toggled.connect(lambda checked, r=root: scope.set_checked(r, checked))
        self.scope_menu.addSeparator()
        self._add(self.scope_menu, add, None, self.window.add_to_search)

    def column_menu(self, position: QPoint) -> None:
        """Right-click on the results' header: sort by relevance, choose the columns shown (a
        column no result has a value in stays collapsed, and says so)."""
        searching, results = self.window.searching, self.window.searching.results
        menu = QMenu(self.window)
        menu.addAction(translate("Menus", "Sort by Relevance")).triggered.connect(
            lambda: searching.set_sort("relevance", False)
        )
        menu.addSeparator()
        empty = searching.model.empty_columns()
        for column, (label, key) in enumerate(COLUMNS[1:], start=1):
            label = translate("Columns", label)
            action = menu.addAction(
                translate("Menus", "{column} (empty here)").format(column=label) if column in empty else label
            )
            action.setCheckable(True)
            action.setChecked(key not in results.hidden_columns)
            action.toggled.connect(lambda shown, k=key: self.window.show_column(k, shown))
        menu.exec(searching.table.horizontalHeader().mapToGlobal(position))


def with_access_keys(labels: list[str], keyed: list[str] = ()) -> list[str]:
    """Labels that come without an access key (column names, language names) given one each, unlike
    those of the ``keyed`` entries beside them: the first letter of a word not taken yet, else any
    letter not taken."""
    taken = {found[1].casefold() for text in keyed if (found := re.search(r"&(\w)", text))}
    given = []
    for label in labels:
        letters = [at for at, char in enumerate(label) if char.isalpha()]
        starts = [at for at in letters if at == 0 or not label[at - 1].isalpha()]
        spot = next((at for at in starts + letters if label[at].casefold() not in taken), None)
        if spot is None:
            given.append(label)
            continue
        taken.add(label[spot].casefold())
        given.append(f"{label[:spot]}&{label[spot:]}")
    return given
