"""Indexing and its progress: one index run at a time (in a process of its own), its progress,
Cancel and the files that need a look in the status bar, and a look for changes whenever the
window comes back to the front."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from archive import IndexReport

from .i18n import local_number, translate
from .tasks import IndexTask
from .timers import timer

if TYPE_CHECKING:
    from .window_services import IndexingHost

RESCAN_AFTER_SECONDS = 30
REFRESH_WHILE_INDEXING_MS = 1000


class Indexing(QObject):
    """Signals: ``progressed()`` as files are read and when a run stops (the count follows);
    ``refresh_due()`` every second of a run (show what is committed); ``finished(report)``."""

    progressed = Signal()
    refresh_due = Signal()
    finished = Signal(object)

    def __init__(self, window: IndexingHost) -> None:
        super().__init__(window)
        self.window = window
        self.task: IndexTask | None = None
        self.last_report: IndexReport | None = None
        self._last_scan = 0.0
        self._read = (0, 0)  # (files read, files to read) of the run under way
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")  # files: said in words by the status line beside it
        self.progress.setAccessibleName(translate("Indexing", "Files read"))
        self.progress.hide()
        self.cancel_button = QPushButton(translate("Indexing", "Cancel"))
        self.cancel_button.setToolTip(translate("Indexing", "Stop indexing; what is done so far is kept"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.problems_button = QPushButton("")
        self.problems_button.setFlat(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        self.refresh_timer = timer(self, REFRESH_WHILE_INDEXING_MS, single_shot=False)
        self.refresh_timer.timeout.connect(self.refresh_due)

    def add_to(self, bar: QStatusBar) -> None:
        for widget in (self.problems_button, self.progress, self.cancel_button):
            bar.addPermanentWidget(widget)

    # -- a run ----------------------------------------------------------------------------

    def start(self) -> None:
        collection = self.window.collection
        if collection is None or self.running():
            return
        self._last_scan = time.monotonic()
        task = IndexTask(collection.root, self.window.index_base, self)
        task.progress.connect(self._progress)
        task.finished_run.connect(self._finished)
        task.failed.connect(
            lambda message: self.window.message_bar.show_error(
                translate("Indexing", "Indexing stopped: {reason}. The list shows what is already indexed.").format(
                    reason=message
                )
            )
        )
        task.finished.connect(self._stopped)
        self.task = task
        self._read = (0, 0)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.refresh_timer.start()
        self.window.show_status(translate("Indexing", "Looking for new and changed files…"), 0)
        task.start()

    def cancel(self) -> None:
        if self.running():
            self.task.cancel()
            self.window.show_status(translate("Indexing", "Stopping after the files in progress…"), 0)

    def running(self) -> bool:
        return self.task is not None and self.task.isRunning()

    def wait(self) -> None:
        """Stop a run under way and wait for it (the window is closing or opening another folder)."""
        self.cancel()
        if self.task is not None:
            self.task.wait(30000)

    def rescan_if_due(self) -> None:
        """The window came back to the front: look for changes, unless it did so lately."""
        if time.monotonic() - self._last_scan > RESCAN_AFTER_SECONDS:
            self.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._read = (done, total)
        self.progressed.emit()

    def _finished(self, report: IndexReport) -> None:
        self.last_report = report
        said = (
            translate("Indexing", "Indexing cancelled: {counts} ({seconds} s)")
            if report.cancelled
            else translate("Indexing", "Index up to date: {counts} ({seconds} s)")
        )
        self.window.show_status(said.format(counts=_counts(report), seconds=QLocale().toString(report.seconds, "f", 1)))
        self.finished.emit(report)

    def _stopped(self) -> None:
        self.refresh_timer.stop()
        self.progress.hide()
        self.cancel_button.hide()
        self._update_problems()
        self.progressed.emit()

    # -- what it says ---------------------------------------------------------------------

    def progress_words(self) -> str:
        """'indexing, 40 of 1,765 files read' while a run goes on, else ''."""
        if not self.running():
            return ""
        done, total = self._read
        return (
            translate("Indexing", "indexing, {done} of {total} files read").format(
                done=local_number(done), total=local_number(total)
            )
            if total
            else translate("Indexing", "indexing")
        )

    def empty_list_text(self) -> str:
        """What an empty result list means: nothing matches, or nothing is indexed yet."""
        if self.running():
            done, total = self._read
            if total:
                return translate(
                    "Indexing", "Indexing… {done} of {total} files read. Items appear here as they are indexed."
                ).format(done=local_number(done), total=local_number(total))
            return translate("Indexing", "Indexing… looking for files. Items appear here as they are indexed.")
        return translate("Indexing", "No items match.")

    def _update_problems(self) -> None:
        count = len(self.problems())
        self.problems_button.setText("⚠ " + translate("Indexing", "%Ln problem(s)", None, count))
        self.problems_button.setVisible(count > 0)

    def problems(self) -> dict[str, str]:
        """Files and items that could not be read or were read in part, and edits whose file is
        gone, with what happened."""
        collection = self.window.collection
        problems = dict(collection.failures()) if collection else {}
        if self.last_report is not None:
            problems.update({failure.path: failure.error for failure in self.last_report.failed})
            problems.update(
                {
                    partly.path: translate("Indexing", "read in part: {what}").format(what=partly.error)
                    for partly in self.last_report.partly_read
                }
            )
            for package, paths in self.last_report.to_install.items():
                problems.update(
                    dict.fromkeys(
                        paths,
                        translate("Indexing", "read poorly: install {package} to read its script").format(
                            package=package
                        ),
                    )
                )
        for path, edits in (collection.orphans() if collection else {}).items():
            problems[path] = translate(
                "Indexing", "gone from the folder; your edits ({fields}) are kept until it comes back"
            ).format(fields=", ".join(edits))
        return problems

    def show_problems(self) -> None:
        problems = sorted(self.problems().items())
        dialog = QDialog(self.window)
        dialog.setWindowTitle(translate("Indexing", "Problems"))
        table = QTableWidget(len(problems), 2, dialog)
        table.setHorizontalHeaderLabels([translate("Indexing", "File"), translate("Indexing", "What happened")])
        for row, (path, reason) in enumerate(problems):
            table.setItem(row, 0, QTableWidgetItem(path))
            table.setItem(row, 1, QTableWidgetItem(reason))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(dialog)
        count = len(problems)
        summary = QLabel(
            translate(
                "Indexing",
                "%Ln file(s) need a look: those that could not be read completely are still "
                "listed by name; the edits of those that are gone are kept.",
                None,
                count,
            )
            if problems
            else translate(
                "Indexing", "No problems: every file was read, and no edits are waiting for a file that is gone."
            )
        )
        summary.setObjectName("problems_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addWidget(table)
        table.setVisible(bool(problems))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(760, 360 if problems else 140)
        self.problems_dialog = dialog
        dialog.exec()


def _counts(report: IndexReport) -> str:
    """'3 added, 1 updated, 0 removed, 40 unchanged' (and how many were read again, and the items
    inside files), in the viewer's language."""
    said = translate("Indexing", "{added} added, {updated} updated, {removed} removed, {unchanged} unchanged").format(
        added=local_number(report.added),
        updated=local_number(report.updated),
        removed=local_number(report.removed),
        unchanged=local_number(report.unchanged),
    )
    if report.reread:
        said += translate("Indexing", ", {count} read again").format(count=local_number(report.reread))
    if report.members:
        said += translate("Indexing", ", {count} items inside them").format(count=local_number(report.members))
    return said
