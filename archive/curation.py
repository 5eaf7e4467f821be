"""A person's corrections to the records: saved in the catalog (never in the files), made
searchable at once, kept in a history, and taken back by time, by batch or by the last save.
Collection hands its editing here."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from .edits import EditPlan
from .engine import index as search_index
from .errors import InvalidEdit, NotIndexed
from .groups import plan_group, plan_ungroup
from .model import Change, EditReport, Record, normalise_field

if TYPE_CHECKING:
    from .collection import Collection
    from .importing import ImportReport

#: What an edit says when it was saved but the search index is damaged.
SAVED_WHILE_DAMAGED = (
    "saved; the search index is damaged: your edits are searchable after the next index run repairs it"
)


class Curation:
    """The editing of one open collection's records."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        self.catalog = collection.catalog

    def edit(
        self, path: str, values: dict[str, Any] | None = None, unset: Iterable[str] = (), source: str = "cli"
    ) -> Record:
        """Store a person's corrections (never in the file) and make them searchable at once.
        ``source`` says where they were made, for the history ('cli', 'viewer'…)."""
        record = self.collection.record(path)
        values = {name: normalise_field(name, value) for name, value in (values or {}).items()}
        unset = list(unset)
        for name in unset:
            normalise_field(name, None)
        self.catalog.set_overrides(
            [(path, values, unset)], source
        )  # saved: from here on, the edit is kept whatever follows
        problem = self._make_searchable()
        saved = self.catalog.record(path) or record
        if problem:
            saved.warnings.append(problem)
        return saved

    def edit_many(self, paths: Iterable[str], plan: EditPlan, source: str = "cli", dry_run: bool = False) -> EditReport:
        """Apply ``plan`` to every item of ``paths`` in one transaction (all or none); with
        ``dry_run``, only say what would change."""
        paths = list(dict.fromkeys(paths))
        records = self.catalog.records(paths)
        missing = [path for path in paths if path not in records]
        if missing:
            raise NotIndexed(
                f"{len(missing)} of the {len(paths)} items are not in the index of {self.collection.root}: "
                f"{', '.join(missing[:3])}{' …' if len(missing) > 3 else ''}"
            )
        planned = {path: change for path in paths if (change := plan.for_record(records[path])) is not None}
        return self._save_planned(planned, records, len(paths), source, dry_run)

    def edit_each(self, changes: dict[str, dict[str, Any]], source: str, dry_run: bool = False) -> EditReport:
        """Set each item's own values (path → field → value, checked) in one transaction: one batch."""
        records = self.catalog.records(list(changes))
        planned: dict[str, tuple[dict[str, Any], list[str]]] = {
            path: ({name: normalise_field(name, value) for name, value in values.items()}, [])
            for path, values in changes.items()
            if path in records
        }
        return self._save_planned(planned, records, len(changes), source, dry_run)

    def group(self, paths: list[str], title: str | None = None, source: str = "cli") -> EditReport:
        """Make ``paths`` one item, in this order (groups.py): one batch, taken back by an undo."""
        return self._save_all(plan_group(self.catalog, paths, title), source)

    def ungroup(self, path: str, source: str = "cli") -> EditReport:
        """Take apart the group ``path`` is a part of: each part an item again, in one batch."""
        return self._save_all(plan_ungroup(self.catalog, path), source)

    def _save_all(self, planned: dict[str, tuple[dict[str, Any], list[str]]], source: str) -> EditReport:
        """Save edits planned for every item they name, in one batch."""
        return self._save_planned(planned, self.catalog.records(list(planned)), len(planned), source, False)

    def import_file(
        self, path: Path, dry_run: bool = False, accept_mojibake: bool = False, overwrite_newer: bool = False
    ) -> ImportReport:
        """Apply the corrections of a spreadsheet of records (see importing); one transaction.
        A cell that would undo a newer change is a conflict, left alone unless ``overwrite_newer``."""
        from .importing import ImportReport, planned_edits, read_rows  # its readers load when first needed

        report = ImportReport()
        header, rows = read_rows(path)
        planned: dict[str, tuple[dict[str, Any], list[str]]] = {
            item: (values, [])
            for item, values in planned_edits(
                self.collection, header, rows, report, accept_mojibake, overwrite_newer
            ).items()
        }
        records = self.catalog.records(list(planned))
        report.edits = self._save_planned(planned, records, report.matched, f"import {path.name}", dry_run)
        return report

    def _save_planned(
        self,
        planned: dict[str, tuple[dict[str, Any], list[str]]],
        records: dict[str, Record],
        touched: int,
        source: str,
        dry_run: bool,
    ) -> EditReport:
        """Save the edits worked out for each item (values to set, corrections to clear) in one
        transaction, unless ``dry_run``; report each field's value before and after."""
        after = self.catalog.records(list(planned), planned)
        items = [
            {
                "path": path,
                "changes": {
                    name: {"old": getattr(records[path], name), "new": getattr(after[path], name)}
                    for name in (*values, *unset)
                },
            }
            for path, (values, unset) in planned.items()
        ]
        batch = problem = None
        if planned and not dry_run:
            batch = self.catalog.set_overrides(
                [(path, values, unset) for path, (values, unset) in planned.items()], source
            )
            problem = self._make_searchable()
        return EditReport(
            changed=len(planned),
            unchanged=touched - len(planned),
            items=items,
            batch=batch,
            dry_run=dry_run,
            warning=problem,
        )

    def revert(self, path: str, to: str | None = None) -> Record:
        """Bring an item's corrections back to what they were at ``to`` (a time as the history
        gives it, or a date), or, without it, to before its last save. Recorded as a change."""
        changes = self.catalog.history(path)
        if to is None:
            last = max((change.batch for change in changes), default=None)
            changes = [change for change in changes if change.batch == last]
        else:
            moment = history_moment(to)
            changes = [change for change in changes if history_moment(change.at) > moment]
        if not changes:
            raise InvalidEdit(f"nothing to revert: {path} has no changes" + (f" after {to}" if to else ""))
        return self.edit(path, *_restoring(changes).get(path, ({}, [])), source="revert")

    def undo(self, source: str) -> list[str]:
        """Undo the last save made from ``source`` ('viewer') not undone yet, batch ones
        included; returns the paths it touched (none when there is nothing to undo)."""
        batch = self.catalog.last_batch(source=source, skip_undone=True)
        return [] if batch is None else self.revert_batch(batch)

    def revert_batch(self, batch: int) -> list[str]:
        """Take back one batch of changes (an import, a batch edit, a save in the viewer: as
        ``archive history`` numbers them) as one new batch; returns the paths it touched."""
        changes = self.catalog.history(batch=batch)
        if not changes:
            raise InvalidEdit(f"there is no batch #{batch} in the history")
        restoring = _restoring(changes)
        self.catalog.set_overrides(
            [(path, values, unset) for path, (values, unset) in restoring.items()], f"undo #{batch}"
        )
        self._make_searchable()  # else after the next index run; the undo itself is saved
        return sorted(restoring)

    def _make_searchable(self) -> str | None:
        """Put the saved edits into the search index; what stopped it, or None. The edits are
        saved either way: the next index run makes them searchable."""
        from .pipeline import BatchWriter

        collection = self.collection
        if collection.ix is None:  # damaged: searchable once an index run has repaired the index
            return SAVED_WHILE_DAMAGED
        batch = BatchWriter(self.catalog, collection.ix)
        try:
            batch.reindex_pending()
            batch.commit()
        except Exception as error:
            # The edits are saved whatever stopped this (a full disk, a writer Whoosh closed when
            # its segment could not be written): never reported as not saved.
            with suppress(
                Exception
            ):  # a writer that failed half way may refuse to be cancelled; the next run redoes it
                batch.abandon()
            if search_index.is_damage(error):
                search_index.mark_damaged(collection.index_dir / "whoosh", error)
                return SAVED_WHILE_DAMAGED
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            return f"saved; the search index could not take it yet ({reason}): it will after the next index run"
        with suppress(Exception):  # the edit is searchable; a merge not started now starts after the next
            collection._merge_when_due()
        return None


def history_moment(text: str) -> datetime:
    """A moment as the history gives it (2026-02-03T14:05:00+00:00), with any offset, or a date
    (its start, in UTC as the history's times are); a time without an offset is UTC too."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidEdit(
            f"cannot read the time {text!r}: give it as archive history prints it "
            "(2026-02-03T14:05:00+00:00) or a date (2026-02-03)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _restoring(changes: list[Change]) -> dict[str, tuple[dict[str, Any], list[str]]]:
    """For each item, the edit that brings back the corrections from before ``changes`` (the
    earliest change of each field says what stood before it)."""
    before: dict[str, dict[str, Any]] = {}
    for change in changes:
        before.setdefault(change.path, {}).setdefault(change.field, change.old)
    return {
        path: (
            {name: value for name, value in fields.items() if value is not None},
            [name for name, value in fields.items() if value is None],
        )
        for path, fields in before.items()
    }
