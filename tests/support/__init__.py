"""Helpers shared by the batch tests and benchmarks (synthetic data, servers)."""
