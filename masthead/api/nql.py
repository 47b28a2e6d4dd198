"""The part of Ghost's filter language (NQL) that front ends use.

    tag:news+author:ada            both
    tag:[news,energy]              either
    tag:-opinion                   not
    published_at:>'2026-01-01'     comparisons on dates

Anything else is refused with a clear error, not guessed at.
"""

import re
from dataclasses import dataclass

CLAUSE = re.compile(
    r"""(?P<key>[a-z_.]+):(?P<negate>-)?(?P<op>>=|<=|>|<)?
        (?:\[(?P<list>[^\]]*)\]|'(?P<quoted>[^']*)'|(?P<bare>[^+,\[\]']+))$""",
    re.VERBOSE,
)


class FilterError(ValueError):
    """The filter cannot be read or uses what Masthead does not support."""


@dataclass(frozen=True)
class Clause:
    key: str
    values: tuple[str, ...]
    negate: bool = False
    op: str = ""


def parse(expression: str) -> list[Clause]:
    """Split ``a:b+c:[d,e]`` into clauses joined by AND."""
    if len(expression) > 1000:
        raise FilterError("Filter is too long.")
    clauses = []
    for part in split_and(expression):
        match = CLAUSE.match(part.strip())
        if not match:
            raise FilterError(f"Could not read the filter near {part[:40]!r}.")
        if match["list"] is not None:
            values = tuple(
                v.strip().strip("'") for v in match["list"].split(",") if v.strip()
            )
        else:
            values = (
                match["quoted"]
                if match["quoted"] is not None
                else match["bare"].strip(),
            )
        if not values or any(not v for v in values):
            raise FilterError("Filter values must not be empty.")
        clauses.append(
            Clause(
                key=match["key"],
                values=values,
                negate=bool(match["negate"]),
                op=match["op"] or "",
            )
        )
    return clauses


def split_and(expression: str) -> list[str]:
    """Split on ``+`` outside brackets and quotes."""
    parts, depth, quoted, current = [], 0, False, []
    for char in expression:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "[":
            depth += 1
        elif not quoted and char == "]":
            depth -= 1
        if char == "+" and depth == 0 and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    if depth != 0 or quoted:
        raise FilterError("Unbalanced brackets or quotes in the filter.")
    return [p for p in parts if p.strip()] or [""]
