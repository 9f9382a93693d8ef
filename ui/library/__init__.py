"""The Library screen: search, results, preview, hand-over, import, curation, what's new."""
