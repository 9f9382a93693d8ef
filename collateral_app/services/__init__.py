"""The use cases, one folder per context: `common` (what no context owns), `library`,
`sales`, `insight`, `demo`, and the team service in `team.py`."""
