"""Hardening benchmark (`scripts/bench_hardening`): injection, secrets, faults, load, bad input."""
