"""Marketing insight: reports over usage, flags, win influence, coverage gaps and service
levels, and their exports."""
