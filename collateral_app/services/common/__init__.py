"""What no context owns: the clock, the evidence queries, records, taxonomy, tabular parsing."""
