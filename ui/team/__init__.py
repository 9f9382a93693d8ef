"""The Team section, sync status and team files on demand."""
