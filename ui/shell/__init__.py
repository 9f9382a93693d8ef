"""The frame of the window: sections, menus, toolbar, status bar, messages and settings."""
