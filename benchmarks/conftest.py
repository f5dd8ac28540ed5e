"""Benchmarks use the test suite's fixtures: a real Home Assistant and the real models."""

from tests.conftest import *  # noqa: F403
