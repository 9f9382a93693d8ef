"""The app's icon, drawn in every size from resources/icons/collateral.svg by
`python -m scripts.icons`; loaded from the PNGs, so no SVG support is needed to show it."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The name of the .desktop file and AppStream entry (packaging/linux/): a Wayland desktop
# finds the window's icon and name through it.
DESKTOP_ID = "app.collateral.Collateral"


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("collateral_app.resources").joinpath("icons")
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if not pixmap.loadFromData(folder.joinpath(f"collateral-{size}.png").read_bytes(), "PNG"):
            raise RuntimeError(f"the {size}px icon in collateral_app.resources is not a PNG Qt reads")
        icon.addPixmap(pixmap)
    return icon
