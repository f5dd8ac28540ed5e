"""Benchmarks for llm_home: scripts that print numbers (run with scripts/bench_agent)."""
