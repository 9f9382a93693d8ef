"""The asset library: assets, search, hand-over, the importer and maintenance (check,
backup, restore)."""
