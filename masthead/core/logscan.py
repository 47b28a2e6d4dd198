"""Find secrets and personal data in log lines.

The test suite records every log line of its run and fails if this finds
anything in them (``conftest.py``); ``core.logfilters`` keeps known token
URLs and addresses out of Django's own request warnings.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Passwords the tests and the demo use; they must never reach a log line.
TEST_PASSWORDS = (
    "a-long-editor-password",
    "a-long-staff-password",
    "a-long-demo-password",
    "s3cret",
)

PATTERNS: dict[str, re.Pattern] = {
    # A masked address ("r***@example.org") has no letter before the "@".
    "email address": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    "session id": re.compile(r"sessionid=(?!\[redacted\])[^;\s\"']+", re.I),
    "sign-in token": re.compile(r"sesame=(?!\[redacted\])[^&\s\"']+"),
    "newsletter token": re.compile(
        r"/newsletters/(?:confirm|unsubscribe)/(?!\[redacted\])[^/\s\"']+"
    ),
    "Stripe secret": re.compile(r"\b(?:sk|rk)_(?:test|live)_[A-Za-z0-9]+"),
    "webhook secret": re.compile(r"\bwhsec_[A-Za-z0-9_]+"),
    "webhook signature": re.compile(r"\bt=\d+,v1=[0-9a-f]+"),
    "API key": re.compile(r"(?<![0-9a-f])[0-9a-f]{26}(?![0-9a-f])"),
    "password": re.compile("|".join(re.escape(word) for word in TEST_PASSWORDS)),
}


@dataclass(frozen=True)
class Finding:
    line_number: int
    kind: str
    match: str
    line: str

    def __str__(self) -> str:
        return f"line {self.line_number}: {self.kind} {self.match!r} in {self.line!r}"


def find_secrets(lines: Iterable[str]) -> list[Finding]:
    """Every match of ``PATTERNS`` in ``lines`` (numbered from 1)."""
    findings = []
    for number, line in enumerate(lines, start=1):
        for kind, pattern in PATTERNS.items():
            findings.extend(
                Finding(number, kind, match.group(0), line.rstrip()[:300])
                for match in pattern.finditer(line)
            )
    return findings
