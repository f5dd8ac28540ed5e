"""A random sampler for the subset of GBNF that llm_home's grammar uses.

Walks the grammar and picks uniformly among alternatives and repetition counts, so a
test can draw many strings that the grammar admits.
"""

from __future__ import annotations

from dataclasses import dataclass
import random
import re

_TOKEN = re.compile(
    r'\s*("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{\d+,\d+\}|[()|?*+]|[a-z][a-z0-9-]*)'
)


@dataclass
class _Node:
    kind: str  # lit, cls, ref (text); seq, alt (nodes); rep (a node)
    value: str | _Node | list[_Node]
    low: int = 1
    high: int = 1


def _tokens(body: str) -> list[str]:
    tokens, pos = [], 0
    body = body.strip()
    while pos < len(body):
        match = _TOKEN.match(body, pos)
        assert match, f"cannot read grammar at {body[pos : pos + 30]!r}"
        tokens.append(match.group(1))
        pos = match.end()
        while pos < len(body) and body[pos].isspace():
            pos += 1
    return tokens


def _parse_alt(tokens: list[str]) -> _Node:
    options = [_parse_seq(tokens)]
    while tokens and tokens[0] == "|":
        tokens.pop(0)
        options.append(_parse_seq(tokens))
    return _Node("alt", options)


def _parse_seq(tokens: list[str]) -> _Node:
    items = []
    while tokens and tokens[0] not in ("|", ")"):
        token = tokens.pop(0)
        if token == "(":
            node = _parse_alt(tokens)
            assert tokens.pop(0) == ")"
        elif token.startswith('"'):
            node = _Node(
                "lit",
                token[1:-1]
                .encode()
                .decode("unicode_escape")
                .encode("latin-1")
                .decode(),
            )
        elif token.startswith("["):
            node = _Node("cls", token[1:-1])
        else:
            node = _Node("ref", token)
        if tokens and (tokens[0] in ("?", "*", "+") or tokens[0].startswith("{")):
            mark = tokens.pop(0)
            low, high = {"?": (0, 1), "*": (0, 3), "+": (1, 3)}.get(mark, (0, 0))
            if mark.startswith("{"):
                low, high = map(int, mark[1:-1].split(","))
            node = _Node("rep", node, low, high)
        items.append(node)
    return _Node("seq", items)


def _class_chars(spec: str) -> list[str]:
    chars, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            chars += [chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1)]
            i += 3
        else:
            chars.append(spec[i])
            i += 1
    return chars


class GrammarSampler:
    """Draws random strings that a grammar admits."""

    def __init__(self, grammar: str) -> None:
        """Read the grammar's rules."""
        self.rules = {}
        for line in grammar.strip().splitlines():
            name, body = line.split("::=", 1)
            self.rules[name.strip()] = _parse_alt(_tokens(body))

    def sample(self, rng: random.Random, rule: str = "root") -> str:
        """Return one random string admitted by the rule."""
        return self._walk(self.rules[rule], rng)

    def _walk(self, node: _Node, rng: random.Random) -> str:
        match node.kind, node.value:
            case "lit", str(text):
                return text
            case "cls", str(spec):
                return rng.choice(_class_chars(spec))
            case "ref", str(name):
                return self._walk(self.rules[name], rng)
            case "seq", list(children):
                return "".join(self._walk(child, rng) for child in children)
            case "alt", list(options):
                return self._walk(rng.choice(options), rng)
            case "rep", _Node() as child:
                count = rng.randint(node.low, node.high)
                return "".join(self._walk(child, rng) for _ in range(count))
        raise AssertionError(f"not a grammar node: {node}")
