"""Check a model's output against the GBNF grammar it was asked to follow.

The embedded engine constrains decoding with the grammar, so its output always fits.
An inference server may not (an old llama-server, a vLLM without guided decoding, a
proxy that drops the field): its output is checked here before anything acts on it.

Handles the subset of GBNF that grammar.py writes: string literals, character
classes, rule references, groups, alternatives and repetition (``?``, ``*``, ``+``,
``{m,n}``), one rule per line, no recursion. The grammar becomes one regular
expression; compiled patterns are kept for the grammars seen last.
"""

from __future__ import annotations

from functools import lru_cache
import re
from typing import Final

_TOKEN: Final = re.compile(
    r'\s*("(?:[^"\\]|\\.)*"|\[(?:[^\]\\]|\\.)*\]|\{\d+(?:,\d*)?\}|[()|?*+]|[a-zA-Z][\w-]*)'
)


class GrammarCheckError(ValueError):
    """The grammar is outside the subset this module reads."""


def _literal(token: str) -> str:
    text = token[1:-1].encode().decode("unicode_escape").encode("latin-1").decode()
    return re.escape(text)


def _char_class(token: str) -> str:
    # GBNF classes read like regex classes; a bare "[" inside must be escaped for re.
    body = re.sub(r"(?<!\\)\[", r"\\[", token[1:-1])
    return f"[{body}]"


def _tokens(body: str) -> list[str]:
    tokens: list[str] = []
    pos, body = 0, body.strip()
    while pos < len(body):
        if (match := _TOKEN.match(body, pos)) is None:
            raise GrammarCheckError(
                f"cannot read the grammar at {body[pos : pos + 30]!r}"
            )
        tokens.append(match.group(1))
        pos = match.end()
        while pos < len(body) and body[pos].isspace():
            pos += 1
    return tokens


def _rules(grammar: str) -> dict[str, list[str]]:
    rules: dict[str, list[str]] = {}
    for line in grammar.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, separator, body = line.partition("::=")
            if not separator:
                raise GrammarCheckError(f"not a rule: {line[:40]!r}")
            rules[name.strip()] = _tokens(body)
    if "root" not in rules:
        raise GrammarCheckError("the grammar has no root rule")
    return rules


def _expand(rules: dict[str, list[str]], name: str, stack: tuple[str, ...]) -> str:
    if name in stack:
        raise GrammarCheckError(f"rule {name!r} is recursive")
    if name not in rules:
        raise GrammarCheckError(f"rule {name!r} is not defined")
    parts: list[str] = []
    for token in rules[name]:
        if token.startswith('"'):
            parts.append(_literal(token))
        elif token.startswith("["):
            parts.append(_char_class(token))
        elif token == "(":
            parts.append("(?:")
        elif token in (")", "|", "?", "*", "+") or token.startswith("{"):
            parts.append(token)
        else:
            parts.append(f"(?:{_expand(rules, token, (*stack, name))})")
    return "".join(parts)


@lru_cache(maxsize=16)
def _pattern(grammar: str) -> re.Pattern[str]:
    return re.compile(_expand(_rules(grammar), "root", ()), re.DOTALL)


def matches(grammar: str, text: str) -> bool:
    """Return whether the grammar's root rule admits the whole text."""
    return _pattern(grammar).fullmatch(text) is not None
