"""Importing through the window: progress, the summary with reasons, retry, cancel."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.enums import ImportStatus
from collateral_app.domain.records import IMPORT_CANCELLED as CANCELLED
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.library.maintenance import check_library
from tests import samples
from ui.app import AppWindow

from .helpers import search, shown_ids

# The first import of a session starts the extraction worker processes.
IMPORT_TIMEOUT_MS = 60_000


def _summary_rows(window: AppWindow) -> list[tuple[str, str, str]]:
    table = window.library_screen.import_dialog.summary
    return [
        (table.item(row, 0).text(), table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    ]


def test_importing_a_folder_lists_failures_first_with_reasons_and_makes_the_rest_searchable(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, tmp_path: Path
) -> None:
    folder = tmp_path / "from marketing"
    samples.make_pdf(
        folder / "Acme onboarding guide.pdf",
        ["Welcome to Acme.", "Every quokka gets a badge on day one."],
        title="Acme onboarding guide",
    )
    samples.make_random_bytes(folder / "quarterly numbers.pdf")  # noise with a PDF name
    samples.make_text(folder / "talk track.txt", "Open with the wombat story.\n")
    os.symlink(folder / "moved away.pdf", folder / "pricing sheet.pdf")  # points at nothing

    with qtbot.waitSignal(
        window.library_screen.import_dialog.import_finished, timeout=IMPORT_TIMEOUT_MS
    ) as finished:
        window.library_screen.import_paths([folder])
    assert window.library_screen.import_dialog.isVisible()

    outcomes = {Path(o.path).name: o for o in finished.args[0]}
    assert outcomes["pricing sheet.pdf"].status is ImportStatus.FAILED
    assert outcomes["quarterly numbers.pdf"].status is ImportStatus.IMPORTED  # kept, without text
    assert outcomes["Acme onboarding guide.pdf"].status is ImportStatus.IMPORTED
    assert outcomes["talk track.txt"].status is ImportStatus.IMPORTED

    rows = _summary_rows(window)
    assert window.library_screen.import_dialog.summary.isVisible()
    assert len(rows) == 4
    name, result, why = rows[0]
    assert (name, result) == ("pricing sheet.pdf", "failed")
    assert "moved or deleted" in why
    noise = rows[1]
    assert noise[:2] == ("quarterly numbers.pdf", "draft, needs attention")  # kept, for a person's look
    assert noise[2], "a file stored without its text says why"
    assert all(r[1] == "imported" for r in rows[2:])
    assert window.library_screen.import_dialog.heading.text().startswith(
        "Done: 3 imported, 0 duplicate, 0 skipped, 1 failed. 1 file(s) need attention"
    )
    assert window.library_screen.import_dialog.retry_button.isVisible()
    assert window.library_screen.import_dialog.close_buttons.isVisible()
    assert not window.library_screen.import_dialog.cancel_button.isVisible()

    acme = outcomes["Acme onboarding guide.pdf"].asset_id
    search(qtbot, window, "quokka")
    assert shown_ids(window) == [acme]
    search(qtbot, window, "wombat")
    assert shown_ids(window) == [outcomes["talk track.txt"].asset_id]

    # The file turns up again; "Retry failed" imports just that one.
    samples.make_pdf(folder / "moved away.pdf", ["Platypus pricing for every plan."], title="Pricing sheet")
    with qtbot.waitSignal(
        window.library_screen.import_dialog.import_finished, timeout=IMPORT_TIMEOUT_MS
    ) as retried:
        qtbot.mouseClick(window.library_screen.import_dialog.retry_button, Qt.MouseButton.LeftButton)
    assert [(Path(o.path).name, o.status) for o in retried.args[0]] == [
        ("pricing sheet.pdf", ImportStatus.IMPORTED)
    ]
    assert not window.library_screen.import_dialog.retry_button.isVisible()
    search(qtbot, window, "platypus")
    assert shown_ids(window) == [retried.args[0][0].asset_id]


def test_cancelling_an_import_stops_before_the_remaining_files_and_leaves_the_library_consistent(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    for n in range(60):
        samples.make_text(folder / f"call note {n:02d}.txt", f"Call note {n}: they asked about SSO.\n")
    before = library.asset_count()
    dialog = window.library_screen.import_dialog

    def cancel_on_first_progress(value: int) -> None:
        if value > 0 and dialog.cancel_button.isEnabled():
            dialog.cancel()

    # Cancel from the GUI thread the moment the bar first moves, as a user's click would.
    dialog.progress.valueChanged.connect(cancel_on_first_progress)
    with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        window.library_screen.import_paths([folder])
        qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=IMPORT_TIMEOUT_MS)
        assert not dialog.cancel_button.isEnabled()
        assert dialog.heading.text().startswith("Cancelling")

    outcomes = finished.args[0]
    assert len(outcomes) == 60
    imported = [o for o in outcomes if o.status is ImportStatus.IMPORTED]
    cancelled = [o for o in outcomes if o.reason == CANCELLED]
    assert 0 < len(imported) < 60
    assert cancelled
    assert len(imported) + len(cancelled) == 60
    assert library.asset_count() == before + len(imported)
    assert check_library(library).consistent
    assert not dialog.running


def test_an_import_offers_an_emails_attachments_and_imports_them_on_request(
    qtbot: QtBot, window: AppWindow, library: AssetLibrary, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from tests import file_samples

    mail = file_samples.make_eml(
        tmp_path / "Offer.eml",
        subject="Your ROI calculator",
        sender="Dana <dana@example.com>",
        to="lee@acme.example",
        when=datetime(2026, 3, 15, tzinfo=UTC),
        plain="Attached, as promised.",
        attachments=[("ROI.pdf", "application/pdf", samples._pdf_bytes(["Payback in nine months."]))],
    )
    dialog = window.library_screen.import_dialog
    with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_TIMEOUT_MS):
        window.library_screen.import_paths([mail])
    assert dialog.attachments_button.isVisible()
    assert dialog.attachments_button.text() == "Import 1 email attachment(s)"
    assert not dialog.convert_button.isVisible()  # nothing to convert

    with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_TIMEOUT_MS) as finished:
        qtbot.mouseClick(dialog.attachments_button, Qt.MouseButton.LeftButton)
    attached = [o for o in finished.args[0] if o.attached_to]
    assert [Path(o.path).name for o in attached] == ["Offer.eml › ROI.pdf"]
    assert not dialog.attachments_button.isVisible()  # done: not offered twice
    assert library.get_asset(attached[0].asset_id or "").title == "ROI"


def test_an_import_offers_to_convert_legacy_files_where_libreoffice_is_installed(
    qtbot: QtBot, window: AppWindow, tmp_path: Path, monkeypatch: object
) -> None:
    from tests.cfb import write_cfb
    from ui.library import import_dialog

    dialog = window.library_screen.import_dialog
    for number, available in enumerate((True, False)):
        legacy = write_cfb(
            tmp_path / f"old deck {number}.ppt", {"PowerPoint Document": bytes([number]) * 600}
        )
        monkeypatch.setattr(import_dialog, "converter_available", lambda available=available: available)  # type: ignore[attr-defined]
        with qtbot.waitSignal(dialog.import_finished, timeout=IMPORT_TIMEOUT_MS):
            window.library_screen.import_paths([legacy])
        assert dialog.convert_button.isVisible() is available
        assert dialog.convert_button.text() == "Convert 1 legacy file(s) with LibreOffice"
