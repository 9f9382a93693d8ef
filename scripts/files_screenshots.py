"""Screenshots of the import dialogs for the files people bring: a German HubSpot export and
Salesforce's formatted XLSX report in the CRM preview (each inference shown, an unknown stage
to map), the import summary offering LibreOffice conversion and email attachments.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/files_screenshots.py [OUT]
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from screenshot_kit import DEFAULT_OUT, save, wait

from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop
from tests import file_samples, samples
from tests.cfb import write_cfb
from ui.app import build_window
from ui.sales.crm_import import CsvFileChooser

GERMAN_HUBSPOT = (
    "\ufeffDatensatz-ID;Deal-Name;Deal-Phase;Abschlussdatum;Deal-Inhaber;Betrag;Erstellungsdatum;"
    "Zugeordnete Unternehmens-IDs;Zugeordnetes Unternehmen\n"
    "32101792640;Kessler Precision GmbH – Messe-Paket Hannover;Vertrag gesendet;15. März 2026;"
    'Lucía Fernández;1.500;23.11.2025 02:35;"18412733501;18412733502";'
    '"Kessler Precision GmbH;Kessler Holding"\n'
    "32106656141;Kessler Holding – Trade show booth package;Abgeschlossen und gewonnen;22. Dezember 2025;"
    "Tom Fischer;1.234,50 €;30.11.2025 08:04;18412733502;Kessler Holding\n"
    "32104170476;Österreichische Gerätebau GmbH – Webinar series Q2;Vertrag unterschrieben;12. April 2026;"
    "Priya Raman;980;21.12.2025 01:29;18412736002;Österreichische Gerätebau GmbH\n"
)


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        library = AssetLibrary.open(Path(tmp) / "library")
        sales = SalesLoop(library)
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = build_window(library, settings, sales=sales)
        window.shell.resize(1360, 820)
        window.shell.show()
        export = Path(tmp) / "hubspot-deals-2026-03-20_DE_Excel-CSV-UTF-8_semikolon.csv"
        export.write_text(GERMAN_HUBSPOT, encoding="utf-8")
        files = [export, *(Path(p) for p in sys.argv[2:])]
        for number, path in enumerate(files, start=1):
            CsvFileChooser.ask = classmethod(lambda cls, parent, path=path: path)  # type: ignore[method-assign]
            window.sales_screens.import_from_crm()
            dialog = window.sales_screens.crm_dialog
            assert dialog is not None
            if dialog.path != path:
                dialog.start(path)
            dialog.resize(1100, 720)
            for _ in range(50):
                if dialog.report is not None and Path(dialog.report.path) == path:
                    break
                wait(None, 200)
            save(dialog, out, f"crm-preview-{number}.png")
        # The import summary after a folder of what people bring: an email with an attachment,
        # a legacy deck, a scan; the dialog offers the attachments and the conversion.
        folder = Path(tmp) / "from the team"
        file_samples.make_eml(
            folder / "Offer for Acme.eml",
            subject="Your ROI calculator",
            sender="Dana Ruiz <dana@example.com>",
            to="lee@acme.example",
            when=datetime(2026, 3, 15, 9, 15, tzinfo=UTC),
            html="<p>Attached is the <b>ROI calculator</b> we discussed.</p>",
            attachments=[
                ("ROI calculator.pdf", "application/pdf", samples._pdf_bytes(["Payback in nine months."]))
            ],
        )
        write_cfb(folder / "Partner deck 2009.ppt", {"PowerPoint Document": b"\x00" * 600})
        file_samples.make_scanned_text_pdf(
            folder / "Northwind case study (scan).pdf",
            [
                [
                    "Northwind Hospital reduced readmissions by eighteen percent",
                    "after the discharge checklist.",
                ]
            ],
        )
        dialog = window.library_screen.import_dialog
        window.library_screen.import_paths([folder])
        wait(dialog.import_finished, 120_000)
        dialog.resize(1000, 420)
        save(dialog, out, "import-summary-offers.png")
        library.close()
    del app


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
