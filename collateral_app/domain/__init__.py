"""Plain records, enums and errors shared by every layer; no dependencies."""
