"""Keep tokens and addresses out of log lines that quote a request.

Django's request warnings ("Not Found: /path", "Bad Request: /path") and
the development server's access lines quote the URL. Some of Masthead's
URLs carry a secret: a newsletter confirmation or unsubscribe token in the
path, a sign-in token (``?sesame=``) or an API key (``?key=``) in the query
string. ``RedactSecrets`` replaces those by ``[redacted]`` and masks email
addresses (``r***@example.org``) in every record it sees.
"""

import logging
import re

REDACTED = "[redacted]"
TOKEN_PATHS = re.compile(r"(/newsletters/(?:confirm|unsubscribe)/)[^/\s?\"']+")
TOKEN_PARAMS = re.compile(
    r"([?&](?:sesame|token|key|session|sessionid)=)[^&\s\"']+", re.I
)
EMAIL = re.compile(
    r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)


def mask_email(address: str) -> str:
    """``reader@example.org`` as ``r***@example.org``."""
    return EMAIL.sub(r"\1***\2", address)


def redact(text: str) -> str:
    """``text`` without token URLs or email addresses."""
    text = TOKEN_PATHS.sub(rf"\1{REDACTED}", text)
    text = TOKEN_PARAMS.sub(rf"\1{REDACTED}", text)
    return mask_email(text)


class RedactSecrets(logging.Filter):
    """A filter for loggers and handlers: rewrite the record's message with
    ``redact()``. Records are never dropped."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
