"""Benchmarks, each beside its baseline measured in the same run. Run them all with
`python -m bench.run_all` (what `make bench` does); results go to bench/RESULTS.md."""
