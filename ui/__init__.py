"""The Collateral desktop app (PySide6), a thin client of collateral_app.services."""
