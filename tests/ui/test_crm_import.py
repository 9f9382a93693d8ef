"""CRM import from the app: a preview of what changes (with each rejected row's reason)
before anything is written, a column-mapping dialog for headers Collateral does not know,
then the import; a re-import that closes one of my deals asks what helped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from collateral_app.domain.errors import LibraryBusy
from collateral_app.domain.sales import ImportReport, Outcome, RowAction, UsageKind
from collateral_app.services.common.tabular import IGNORE
from collateral_app.services.library.asset_library import AssetLibrary
from ui.app import AppWindow
from ui.sales.crm_import import ColumnMappingDialog, CrmImportDialog, CsvFileChooser
from ui.sales.models import ImportPreviewModel

from .helpers import TIMEOUT_MS, SampleAssets, WindowFactory
from .sales_helpers import wait_for_deals

DATA = Path(__file__).resolve().parents[1] / "data" / "crm"
HUBSPOT_HEADER = (
    "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,Associated Company\n"
)


def _open_import(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> CrmImportDialog:
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent: path))
    window.sales_screens.import_from_crm()
    dialog = window.sales_screens.crm_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(
        lambda: dialog.report is not None and str(dialog.report.path) == str(path), timeout=TIMEOUT_MS
    )
    return dialog


def _shown_rows(dialog: CrmImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.table.model()
    return [
        tuple(  # type: ignore[misc]
            str(model.index(r, c).data())
            for c in (ImportPreviewModel.LINE, ImportPreviewModel.RESULT, ImportPreviewModel.DETAILS)
        )
        for r in range(model.rowCount())
    ]


def test_a_hubspot_export_is_previewed_with_its_bad_rows_before_anything_is_written(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_import(qtbot, window, monkeypatch, DATA / "hubspot-deals.csv")
    report = dialog.report
    assert report is not None and not report.applied

    rows = _shown_rows(dialog)
    assert len(rows) == len(report.rows) == report.created + report.rejected
    rejected = {line: why for line, result, why in rows if result == "rejected"}
    assert rejected["7"] == "amount “TBD” is not a number"
    assert "is not a real date" in rejected["8"]
    assert "already appears on line 5" in rejected["10"]
    assert "nothing is written until you choose Import" in dialog.heading.text()
    assert "HubSpot export" in dialog.layout_info.text()
    assert (
        dialog.import_button.isEnabled() and dialog.import_button.text() == f"Import {report.created} deal(s)"
    )
    assert window.shell.sales.list_deals() == []  # a preview writes nothing

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS) as imported:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    applied = imported.args[0]
    assert applied.applied and applied.created == report.created
    assert sorted(d.crm_id or "" for d in window.shell.sales.list_deals()) == sorted(
        r.crm_id for r in report.rows if r.action is RowAction.CREATED
    )
    assert "Imported" in dialog.heading.text()
    assert not dialog.import_button.isEnabled()  # nothing left to import from this preview
    deals_view = window.sales_screens.deals
    qtbot.waitUntil(lambda: deals_view.model.rowCount() == applied.created, timeout=TIMEOUT_MS)


def test_unrecognised_columns_are_mapped_in_the_mapping_dialog_and_the_file_then_imports(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_import(qtbot, window, monkeypatch, DATA / "pipedrive-deals.csv")
    report = dialog.report
    assert report is not None and report.problems and report.layout is not None
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.isVisible() and "no column for the deal's id" in dialog.problems.text()
    assert "--map" not in dialog.problems.text()  # the app's answer is the Map columns… button
    assert dialog.map_button.isEnabled()
    assert "Deal - ID" in report.layout.ignored_columns

    def fill(
        cls: type, parent: object, columns: dict[str, str], unrecognised: tuple[str, ...]
    ) -> dict[str, str]:
        mapping_dialog = ColumnMappingDialog(columns, unrecognised)
        qtbot.addWidget(mapping_dialog)
        guessed = mapping_dialog.mapping()
        # Known names after the "Deal - " prefix are guessed; the user fixes the rest.
        assert [guessed[h] for h in ("Deal - ID", "Deal - Title", "Deal - Organization", "Deal - Value")] == [
            "crm_id",
            "name",
            "prospect",
            "amount",
        ]
        assert guessed["Deal - Status"] == IGNORE and "Still needed" not in mapping_dialog.warning.text()
        status = mapping_dialog.combos["Deal - Status"]
        status.setCurrentIndex(status.findData("outcome"))
        assert mapping_dialog.buttons.button(mapping_dialog.buttons.StandardButton.Ok).isEnabled()
        return mapping_dialog.mapping()

    monkeypatch.setattr(ColumnMappingDialog, "ask", classmethod(fill))
    with qtbot.waitSignal(dialog.table.model().modelReset, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.map_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and not dialog.report.problems, timeout=TIMEOUT_MS)
    assert dialog.report is not None and dialog.report.created == 3

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    deals = {d.crm_id: d for d in window.shell.sales.list_deals()}
    assert set(deals) == {"501", "502", "503"}
    assert (deals["501"].outcome, str(deals["501"].amount)) == (Outcome.WON, "24,000.00 GBP")
    assert deals["502"].prospect_name == "Stark Analytics"


def test_the_mapping_dialog_lists_unknown_columns_first_and_refuses_one_field_twice(qtbot: QtBot) -> None:
    dialog = ColumnMappingDialog({"Deal Name": "name", "Company": "prospect"}, ("Opp Ref", "Notes"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)

    headers = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert headers == ["Opp Ref", "Notes", "Deal Name", "Company"]
    assert dialog.mapping() == {
        "Opp Ref": IGNORE,
        "Notes": IGNORE,
        "Deal Name": "name",
        "Company": "prospect",
    }
    assert "Still needed: crm_id" in dialog.warning.text()

    dialog.combos["Notes"].setCurrentIndex(dialog.combos["Notes"].findData("name"))
    assert not ok.isEnabled() and "more than one column" in dialog.warning.text()
    dialog.combos["Notes"].setCurrentIndex(dialog.combos["Notes"].findData(IGNORE))
    dialog.combos["Opp Ref"].setCurrentIndex(dialog.combos["Opp Ref"].findData("crm_id"))
    assert ok.isEnabled() and dialog.warning.text() == ""


def test_a_file_that_cannot_be_read_says_why_in_the_dialog(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    missing = tmp_path / "gone.csv"
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent: missing))
    window.sales_screens.import_from_crm()
    dialog = window.sales_screens.crm_dialog
    assert dialog is not None

    qtbot.waitUntil(lambda: "could not be read" in dialog.heading.text(), timeout=TIMEOUT_MS)
    assert dialog.problems.isVisible() and dialog.problems.text()
    assert not dialog.import_button.isEnabled()


def test_a_reimport_that_wins_one_of_my_deals_asks_which_assets_helped(
    qtbot: QtBot,
    open_window: WindowFactory,
    library: AssetLibrary,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    sample_assets: SampleAssets,
) -> None:
    today = date.today().isoformat()
    first, later = tmp_path / "first.csv", tmp_path / "later.csv"
    first.write_text(
        HUBSPOT_HEADER
        + f"7001,Acme Health – rollout,Contract Sent,48000,{today},2025-02-11,Dana Whitfield,Acme Health\n"
        + f"7002,Globex renewal,Contract Sent,9000,{today},2025-02-11,Marco Ruiz,Globex\n",
        encoding="utf-8",
    )
    later.write_text(
        HUBSPOT_HEADER
        + f"7001,Acme Health – rollout,Closed Won,48000,{today},2025-02-11,Dana Whitfield,Acme Health\n"
        + f"7002,Globex renewal,Closed Won,9000,{today},2025-02-11,Marco Ruiz,Globex\n",
        encoding="utf-8",
    )
    window = open_window(library, settings)
    window.shell.sales.switch_user("Dana Whitfield", "rep")
    dialog = _open_import(qtbot, window, monkeypatch, first)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_deals(qtbot, window)
    acme = window.shell.sales.get_deal("7001")
    window.shell.sales.record_usage(sample_assets.mercy, UsageKind.SHARED, deal_id=acme.id)

    prompt = window.sales_screens.prompt
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent: later))
    dialog.choose_file()
    qtbot.waitUntil(
        lambda: dialog.report is not None and dialog.report.path == str(later), timeout=TIMEOUT_MS
    )
    assert dialog.report is not None and dialog.report.updated == 2
    with qtbot.waitSignal(prompt.shown, timeout=TIMEOUT_MS, check_params_cb=lambda d: d == acme.id):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert [r.used.asset_id for r in prompt.rows] == [sample_assets.mercy]
    assert prompt.queued() == []  # Marco's deal is his to answer
    assert "wait for their owners' feedback" in window.shell.statusBar().currentMessage()


def test_an_import_that_fails_says_nothing_was_imported_and_can_be_tried_again(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_import(qtbot, window, monkeypatch, DATA / "hubspot-deals.csv")
    import_deals = window.shell.sales.import_deals
    attempts: list[Path] = []

    def busy_once(path: Path, options: object = None) -> ImportReport:
        attempts.append(path)
        if len(attempts) == 1:
            raise LibraryBusy("Another Collateral window is writing to the library; try again shortly.")
        return import_deals(path, options)  # type: ignore[arg-type]

    monkeypatch.setattr(window.shell.sales, "import_deals", busy_once)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.heading.text(), timeout=TIMEOUT_MS)

    assert "could not be read" not in dialog.heading.text()  # the file was fine
    assert "Another Collateral window is writing" in dialog.problems.text() and dialog.problems.isVisible()
    assert dialog.table.model().rowCount() == len(dialog.report.rows)  # type: ignore[union-attr]
    assert window.shell.sales.list_deals() == []
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(window.shell.sales.list_deals()) == dialog.report.created  # type: ignore[union-attr]


def test_a_bug_while_reading_a_file_is_logged_and_told_as_one(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(path: Path, options: object = None) -> ImportReport:
        raise RuntimeError("list index out of range")

    monkeypatch.setattr(window.shell.sales, "preview_deals", broken)
    monkeypatch.setattr(CsvFileChooser, "ask", classmethod(lambda cls, parent: DATA / "hubspot-deals.csv"))
    window.sales_screens.import_from_crm()
    dialog = window.sales_screens.crm_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.problems.isVisible(), timeout=TIMEOUT_MS)

    assert "Something went wrong (list index out of range); the details are in the log." in (
        dialog.problems.text()
    )
    assert any(r.exc_info and "list index out of range" in str(r.exc_info[1]) for r in caplog.records)


def test_the_preview_shows_long_crm_ids_whole(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_import(qtbot, window, monkeypatch, DATA / "salesforce-opportunities-de.csv")
    table, column = dialog.table, ImportPreviewModel.CRM_ID
    longest = max(
        (table.model().index(r, column) for r in range(table.model().rowCount())),
        key=lambda index: len(str(index.data())),
    )
    assert len(str(longest.data())) >= 15  # Salesforce ids: 0065g00000AbCdE1

    needed = table.fontMetrics().horizontalAdvance(str(longest.data()))
    qtbot.waitUntil(lambda: table.columnWidth(column) > needed, timeout=TIMEOUT_MS)


def test_the_preview_shows_each_inference_and_an_unknown_stage_is_mapped_once_for_the_library(
    qtbot: QtBot, window: AppWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "hubspot-deals_DE.csv"
    path.write_text(
        "\ufeffDatensatz-ID;Deal-Name;Deal-Phase;Abschlussdatum;Deal-Inhaber;Betrag;"
        "Zugeordnetes Unternehmen\n"
        "1;Kessler – Messe;Abgeschlossen und gewonnen;15. März 2026;Lucía;1.500;Kessler GmbH;\n"
        "2;Kessler – Druck;Vertrag unterschrieben;22. Dezember 2025;Tom;1.234,50 €;Kessler GmbH\n",
        encoding="utf-8",
    )
    dialog = _open_import(qtbot, window, monkeypatch, path)
    info = dialog.layout_info.text()
    assert "Headers in German" in info
    assert "Abschlussdatum</b>: dates with month names in German — e.g. “15. März 2026”" in info
    assert "Betrag</b>: decimal comma, point groups thousands" in info
    assert dialog.stages.isVisible() and dialog.stages.rowCount() == 2
    unknown = next(r for r in range(2) if "(unknown)" in dialog.stages.item(r, 0).text())
    choice = dialog.stages.cellWidget(unknown, 2)
    assert choice is not None
    choice.setCurrentIndex(choice.findData(Outcome.WON))  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: dialog.report is not None and any(s.how == "mapped" for s in dialog.report.stages),
        timeout=TIMEOUT_MS,
    )
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    sales = window.shell.sales
    assert sales.get_deal("2").outcome is Outcome.WON
    assert sales.stage_outcomes() == {"vertrag unterschrieben": Outcome.WON}
