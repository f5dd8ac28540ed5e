"""Entry point: `python -m benchmarks.assist` (what scripts/bench runs)."""

from .cli import main

main()
