"""The team server: PostgreSQL schema, push and pull of changes, file transfer."""
