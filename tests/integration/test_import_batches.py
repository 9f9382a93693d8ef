"""Every import is a batch that can be listed and undone; a folder is surveyed before it is
written; packaging files are skipped with their reason; bad files arrive as drafts that need
attention; titles come from the documents."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from collateral_app.cli import main
from collateral_app.domain.enums import AssetStatus, ImportStatus
from collateral_app.domain.errors import UserError
from collateral_app.domain.records import IMPORT_CANCELLED, ImportProgress
from collateral_app.domain.sales import UsageKind
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.batches import ImportBatches
from collateral_app.services.library.importer import Importer
from collateral_app.services.library.maintenance import check_library
from collateral_app.services.library.preflight import PACKAGING_FILE, survey
from collateral_app.services.sales.loop import SalesLoop
from tests import import_folders, samples


def by_name(outcomes: list) -> dict:  # type: ignore[type-arg]
    return {Path(o.path).name: o for o in outcomes}


def test_folder_import_skips_packaging_files_with_their_reason_and_keeps_bad_files_as_drafts(
    library: AssetLibrary, tmp_path: Path
) -> None:
    folder = import_folders.make_mixed_folder(tmp_path)
    report = Importer(library, workers=2).run_batch([folder], recursive=True)
    outcomes = by_name(report.outcomes)

    skipped = {name for name, o in outcomes.items() if o.status is ImportStatus.SKIPPED}
    assert skipped == import_folders.SKIPPED
    assert all(outcomes[name].reason for name in skipped)  # never silently
    assert outcomes["changelog.Debian"].reason == PACKAGING_FILE
    assert outcomes[".git"].reason.endswith("(2 files)")
    assert "archive" in outcomes["NEWS.gz"].reason

    for name in import_folders.GOOD:
        assert outcomes[name].status is ImportStatus.IMPORTED
        assert not outcomes[name].draft
        assert library.get_asset(outcomes[name].asset_id or "").status is AssetStatus.PUBLISHED
    for name in import_folders.BAD:
        outcome = outcomes[name]
        assert (outcome.status, outcome.draft) == (ImportStatus.IMPORTED, True)
        asset = library.get_asset(outcome.asset_id or "")
        assert asset.status is AssetStatus.DRAFT
        assert asset.attention == outcome.attention != ""
    empty = library.get_asset(outcomes["Empty.pdf"].asset_id or "")
    assert empty.size_bytes == 0 and "0 bytes" in empty.attention
    assert "damaged" in library.get_asset(outcomes["Corrupt.pdf"].asset_id or "").attention

    batch = report.batch
    assert (batch.imported, batch.skipped, batch.failed, batch.cancelled) == (5, 7, 0, 0)
    assert ImportBatches(library).recent()[0].id == batch.id


def test_titles_come_from_headings_and_first_lines_then_a_cleaned_file_name(
    library: AssetLibrary, tmp_path: Path
) -> None:
    samples.make_text(
        tmp_path / "cran-0001.txt", "Boundary layers on swept wings\n\nThe flow was measured.\n"
    )
    samples.make_text(tmp_path / "notes.md", "# Pricing objections\n\nWhat to say.\n")
    samples.make_text(tmp_path / "run-demo", "#!/bin/sh\necho hello\n")
    samples.make_html(tmp_path / "page.html", "Security overview", "<p>We encrypt everything.</p>")
    samples.make_pdf(tmp_path / "libtasn1.pdf", ["Some body text that runs on."], title="2.15.1")
    samples.make_pdf(tmp_path / "roi_calculator-guide.pdf", ["Payback in nine months."], title="Untitled")
    outcomes = by_name(Importer(library, workers=2).run([tmp_path]))
    titles = {name: library.get_asset(o.asset_id or "").title for name, o in outcomes.items()}
    assert titles["cran-0001.txt"] == "Boundary layers on swept wings"
    assert titles["notes.md"] == "Pricing objections"
    assert titles["run-demo"] == "Run demo"  # a script's "#!/bin/sh" is no title
    assert titles["page.html"] == "Security overview"
    assert titles["libtasn1.pdf"] == "Libtasn1"  # "2.15.1" is a version, not a title
    assert titles["roi_calculator-guide.pdf"] == "Roi calculator guide"
    assert library.get_asset(outcomes["notes.md"].asset_id or "").file_name == "notes.md"


def test_import_as_draft_keeps_every_new_asset_a_draft(library: AssetLibrary, tmp_path: Path) -> None:
    samples.make_text(tmp_path / "a.txt", "alpha")
    samples.make_text(tmp_path / "b.txt", "beta")
    report = Importer(library).run_batch([tmp_path], as_draft=True)
    assert report.batch.as_draft
    assert {library.get_asset(o.asset_id or "").status for o in report.outcomes} == {AssetStatus.DRAFT}


def test_undo_removes_what_the_batch_created_archives_what_was_used_and_leaves_the_rest(
    library: AssetLibrary, tmp_path: Path
) -> None:
    samples.make_text(tmp_path / "before" / "kept.txt", "imported earlier")
    earlier = Importer(library).run([tmp_path / "before"])[0].asset_id or ""
    for n in range(3):
        samples.make_text(tmp_path / "wrong" / f"file {n}.txt", f"packaging text number {n}")
    samples.make_text(tmp_path / "wrong" / "same as earlier.txt", "imported earlier")  # a duplicate
    report = Importer(library).run_batch([tmp_path / "wrong"])
    ids = [o.asset_id or "" for o in report.outcomes if o.status is ImportStatus.IMPORTED]
    assert len(ids) == 3
    SalesLoop(library).record_usage(ids[0], UsageKind.SHARED)  # someone shared one meanwhile

    batches = ImportBatches(library)
    plan = batches.plan_undo(report.batch.id[:8])
    assert (plan.remove, plan.archive) == (2, 1)
    done = batches.undo_import(report.batch.id)
    assert (done.remove, done.archive) == (2, 1)
    assert library.get_asset(ids[0]).status is AssetStatus.ARCHIVED
    assert library.asset_count() == 2  # the earlier import and the archived one
    assert library.get_asset(earlier).status is AssetStatus.PUBLISHED  # nothing else changed
    assert library.search("packaging").total == 0
    # The removed assets' files are kept so the import can be brought back: not orphans.
    assert check_library(library).consistent
    assert check_library(library, repair=True).consistent
    with pytest.raises(UserError):
        batches.undo_import(report.batch.id)
    listed = batches.get(report.batch.id)
    assert listed.undone and (listed.removed, listed.archived, listed.live) == (2, 1, 0)

    assert batches.redo_import(report.batch.id) == 3
    assert {library.get_asset(i).status for i in ids} == {AssetStatus.PUBLISHED}
    assert library.search("packaging").total == 3
    assert check_library(library).consistent


def test_survey_counts_kinds_and_skips_before_anything_is_written(
    library: AssetLibrary, tmp_path: Path
) -> None:
    folder = import_folders.make_mixed_folder(tmp_path)
    plan = survey([folder])
    assert plan.found == 13  # the .git folder counts as its two files
    assert plan.to_import == 5
    assert sum(g.files for g in plan.skipped) == 8
    assert {k.kind: k.files for k in plan.kinds} == {"PDF documents": 3, "Text files": 2}
    assert plan.mostly_not_collateral and not plan.large
    assert library.asset_count() == 0


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_imports_as_draft_lists_the_batch_and_undoes_it(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    folder = import_folders.make_mixed_folder(tmp_path)
    code, out, err = run_cli("--library", lib, "import", "-r", "--draft", str(folder))
    assert code == 0
    assert "5 imported (5 as drafts, 2 needing attention), 0 duplicate, 7 skipped, 0 failed." in err
    assert "skipped   " in out and "needs attention" in out
    code, out, _ = run_cli("--library", lib, "imports", "list")
    assert code == 0 and "shared (drafts): 5 imported, 0 duplicate, 7 skipped, 0 failed" in out
    batch_id = out.split()[0]
    code, out, err = run_cli("--library", lib, "imports", "undo", batch_id)
    assert code == 1 and "It removes 5 assets." in err  # no terminal to ask in: nothing changed
    code, out, _ = run_cli("--library", lib, "imports", "undo", batch_id, "--yes")
    assert (code, out) == (0, "Undone: 5 removed, 0 archived.\n")
    code, out, _ = run_cli("--library", lib, "list")
    assert out.strip() == ""
    code, _, err = run_cli("--library", lib, "imports", "undo", "nope")
    assert code == 1 and "No import 'nope'" in err


def test_progress_counts_every_file_found_and_a_cancel_leaves_the_rest_not_imported(
    library: AssetLibrary, tmp_path: Path
) -> None:
    for n in range(30):
        samples.make_text(tmp_path / "notes" / f"call note {n:02d}.txt", f"Call note {n} about SSO.")
    samples.make_text(tmp_path / "notes" / "COPYING", "GNU General Public License")
    seen: list[ImportProgress] = []

    def progress(p: ImportProgress) -> None:
        seen.append(p)

    report = Importer(library, workers=1).run_batch(
        [tmp_path / "notes"], progress=progress, should_stop=lambda: len(seen) >= 5
    )
    counts = {s: sum(1 for o in report.outcomes if o.status is s) for s in ImportStatus}
    assert counts[ImportStatus.SKIPPED] == 1 and counts[ImportStatus.FAILED] == 0
    assert counts[ImportStatus.CANCELLED] > 0  # not counted as failed
    assert sum(counts.values()) == 31
    assert all(o.reason == IMPORT_CANCELLED for o in report.outcomes if o.cancelled)
    for p in seen:
        assert p.total == 31 and p.done + p.left == p.total
        assert p.imported + p.duplicates + p.skipped + p.failed + p.cancelled == p.done
    assert seen[-1].cancelled == counts[ImportStatus.CANCELLED]
    assert report.batch.cancelled == counts[ImportStatus.CANCELLED]
    assert library.asset_count() == counts[ImportStatus.IMPORTED]


def test_include_all_imports_packaging_files_but_never_hidden_ones(tmp_path: Path) -> None:
    lib = str(tmp_path / "lib")
    folder = import_folders.make_mixed_folder(tmp_path)
    code, _out, err = run_cli("--library", lib, "import", "-r", "--include-all", str(folder))
    assert code == 0
    assert ", 0 duplicate, 2 skipped, 0 failed." in err  # .git and .DS_Store only
