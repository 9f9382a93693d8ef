"""The frozen bundle's `collateral` command (PyInstaller runs this file as __main__)."""

import multiprocessing

if __name__ == "__main__":
    # First, before the app's imports: an extraction worker started from this executable
    # becomes a worker here, without loading the rest.
    multiprocessing.freeze_support()
    from collateral_app.cli import run

    run()
