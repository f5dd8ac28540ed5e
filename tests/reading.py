"""Reading words in tests the way the agent does: once, into a request."""

from __future__ import annotations

from custom_components.llm_home.agent.reading import Clause, Request, read
from custom_components.llm_home.home.snapshot import Home
from custom_components.llm_home.language import ENGLISH

NO_HOME = Home(entities=(), areas=())


def read_request(text: str, home: Home = NO_HOME) -> Request:
    """Return the English words read against a home."""
    return read(text, home, ENGLISH)


def read_clause(text: str, home: Home = NO_HOME) -> Clause:
    """Return the first (usually only) command of the words, read against a home."""
    return read_request(text, home).clauses[0]
