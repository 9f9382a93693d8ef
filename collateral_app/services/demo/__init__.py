"""The demo library: its assets and a year of sales activity."""
