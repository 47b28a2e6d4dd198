"""The scan of the suite's log lines can fail, and the request loggers redact."""

import logging

import pytest
from django.test import Client

from masthead.core.logfilters import mask_email, redact
from masthead.core.logscan import find_secrets

SEEDED = [
    ("member reader@example.org confirmed", "email address"),
    ("Cookie: sessionid=k3x9q0w8e7r6t5y4u3i2o1p0a9s8d7f6", "session id"),
    ("Not Found: /members/login/?sesame=AAAAAQ8AAAAbcdEFGhijkl", "sign-in token"),
    ("Bad Request: /newsletters/unsubscribe/MTIz:1vQx:abcDEF/", "newsletter token"),
    ("stripe.api_key = sk_test_51Habcdef", "Stripe secret"),
    ("secret whsec_test_secret", "webhook secret"),
    ("Stripe-Signature: t=1700000000,v1=5257a869e7ecebeda3", "webhook signature"),
    ("GET /ghost/api/content/posts/?key=0123456789abcdef0123456789", "API key"),
    ("login with a-long-editor-password", "password"),
]  # fmt: skip

CLEAN = [
    "member 8f14e45f-ceea-467e-a7b4-a4be3b7e1f2c confirmed",
    "confirmation sent to r***@example.org",
    "Bad Request: /newsletters/unsubscribe/[redacted]/",
    "Not Found: /members/login/?sesame=[redacted]",
    "send 12 started for 2000 recipients",
    "from newsroom@localhost",
    "etag 5d41402abc4b2a76b9719d911017c592",
]


@pytest.mark.parametrize(("line", "kind"), SEEDED)
def test_a_seeded_secret_is_found(line, kind):
    findings = find_secrets([line])
    assert [finding.kind for finding in findings] == [kind]
    assert findings[0].line_number == 1


def test_clean_lines_pass():
    assert find_secrets(CLEAN) == []


def test_the_scan_reports_every_bad_line_of_a_log(tmp_path):
    log = tmp_path / "run.log"
    log.write_text("\n".join([*CLEAN, SEEDED[0][0], *CLEAN, SEEDED[3][0]]) + "\n")
    with log.open() as lines:
        findings = find_secrets(lines)
    assert [(f.line_number, f.kind) for f in findings] == [
        (len(CLEAN) + 1, "email address"),
        (2 * len(CLEAN) + 2, "newsletter token"),
    ]


@pytest.mark.parametrize("line", [SEEDED[i][0] for i in (0, 2, 3, 7)])
def test_redact_removes_what_the_scan_looks_for_in_urls(line):
    assert find_secrets([redact(line)]) == []


def test_mask_email():
    assert mask_email("reader@example.org") == "r***@example.org"
    assert mask_email("to a.b+c@news.example.com.") == "to a***@news.example.com."


@pytest.mark.django_db
def test_django_request_warnings_carry_no_token(caplog, newsroom):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        Client().get("/newsletters/unsubscribe/MTIzNDU2Nzg5:1vQxyz:abcdefGHIJ/")
        Client().get("/no-such-page/?sesame=AAAAAQ8AAAAbcdEFGhijkl&key=x")
    lines = [record.getMessage() for record in caplog.records]
    assert lines, "the requests were expected to log a warning"
    assert find_secrets(lines) == [], lines
