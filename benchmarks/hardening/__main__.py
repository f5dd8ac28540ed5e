"""Entry point: `python -m benchmarks.hardening` (what scripts/bench_hardening runs)."""

from .cli import main

main()
