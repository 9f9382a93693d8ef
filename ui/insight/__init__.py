"""The Insight section: the marketing reports, their charts, tables and exports."""
