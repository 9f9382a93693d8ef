"""The Collateral desktop app (PySide6), a thin client of collateral_app.services."""

# Before anything imports PySide6: it hooks every later import to read the module's source,
# which costs a quarter of a second of start-up for the core and the PDF renderer. The
# renderer is loaded here, not on a thread once the window is up: see load_page_renderer.
from collateral_app.services.library.asset_library import load_page_renderer

load_page_renderer()
