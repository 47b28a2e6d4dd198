"""One recipient's email: the shared letterhead, the message, and the MIME
template rendered once per send."""

from dataclasses import dataclass
from email.header import Header
from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import sanitize_address
from django.urls import reverse
from django.utils import translation

from masthead.newsletters import rendering
from masthead.newsletters.models import Newsletter
from masthead.newsletters.services.tokens import unsubscribe_token


@dataclass(frozen=True)
class Letterhead:
    """What every email of one newsletter shares, worked out once per run."""

    from_email: str
    reply_to: list[str] | None
    list_id: str
    archive: str
    domain: str
    unsubscribe_pattern: str  # an absolute URL with TOKEN for the token

    TOKEN = "TOKEN-PLACEHOLDER"

    @classmethod
    def of(cls, newsletter: Newsletter) -> "Letterhead":
        sender = settings.MASTHEAD_NEWSLETTER_FROM_EMAIL or settings.DEFAULT_FROM_EMAIL
        domain = rendering.mail_domain()
        with translation.override(newsletter.language):
            pattern = reverse("newsletters:unsubscribe", args=[cls.TOKEN])
        name = rendering.one_line(newsletter.name)
        if not name.isascii():  # the phrase only: the <id> must stay readable
            name = Header(name, "utf-8").encode()
        return cls(
            from_email=formataddr(
                (rendering.one_line(newsletter.sender_name), parseaddr(sender)[1])
            ),
            reply_to=[newsletter.reply_to] if newsletter.reply_to else None,
            list_id=f"{name} <{newsletter.slug}.{domain}>",
            archive=rendering.archive_url(newsletter),
            domain=domain,
            unsubscribe_pattern=rendering.absolute(pattern),
        )

    def unsubscribe_url(self, subscription_id: int) -> str:
        return self.unsubscribe_pattern.replace(
            self.TOKEN, unsubscribe_token(subscription_id)
        )


def build_message(
    *,
    letterhead: Letterhead,
    email: rendering.RenderedEmail,
    to: str,
    unsubscribe: str,
    message_id: str | None,
) -> EmailMultiAlternatives:
    """One recipient's email, with RFC 8058 one-click unsubscribe headers."""
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": letterhead.list_id,
        "List-Archive": f"<{letterhead.archive}>",
    }
    if message_id:
        headers["Message-ID"] = message_id
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=rendering.personalize(email.text, unsubscribe_url=unsubscribe),
        from_email=letterhead.from_email,
        to=[to],
        reply_to=letterhead.reply_to,
        headers=headers,
    )
    message.attach_alternative(
        rendering.personalize(email.html, unsubscribe_url=unsubscribe), "text/html"
    )
    return message


@dataclass(frozen=True)
class PreparedEmail:
    """One recipient's email as bytes, filled in from the send's template.

    Handed straight to the SMTP connection that Django's SMTP backend opened
    (``delivery.Connection``): the envelope sender was checked once for the
    run, and the address is a validated ASCII one, so the backend's own
    per-email parsing of both (a third of a worker's time) is skipped.
    """

    envelope_from: str
    to: str
    raw: bytes


class MimeTemplate:
    """The bytes of one send's email with placeholders for each recipient.

    Used only when the placeholders came out verbatim: 8-bit bodies (short
    lines), an ASCII address. Otherwise ``None`` from ``of`` and each email
    is built in full.
    """

    TO = "recipient@placeholder.invalid"
    MESSAGE_ID = "<message-id@placeholder.invalid>"

    def __init__(self, raw: bytes, envelope_from: str):
        self.raw = raw
        self.envelope_from = envelope_from

    @classmethod
    def of(cls, letterhead: "Letterhead", email: rendering.RenderedEmail):
        marker = rendering.UNSUBSCRIBE_MARKER
        message = build_message(
            letterhead=letterhead,
            email=email,
            to=cls.TO,
            unsubscribe=marker,
            message_id=cls.MESSAGE_ID,
        )
        raw = message.message().as_bytes(linesep="\r\n")
        expected_markers = 1 + email.text.count(marker) + email.html.count(marker)
        verbatim = (
            raw.count(cls.TO.encode()) == 1
            and raw.count(cls.MESSAGE_ID.encode()) == 1
            and raw.count(marker.encode()) == expected_markers
            and b"quoted-printable" not in raw
            and b"base64" not in raw
        )
        if not verbatim:
            return None
        return cls(raw, sanitize_address(message.from_email, "utf-8"))

    def fill(self, *, to: str, message_id: str, unsubscribe: str) -> bytes | None:
        if not (to.isascii() and unsubscribe.isascii()):
            return None
        return (
            self.raw.replace(self.TO.encode(), to.encode())
            .replace(self.MESSAGE_ID.encode(), message_id.encode())
            .replace(rendering.UNSUBSCRIBE_MARKER.encode(), unsubscribe.encode())
        )


def recipient_message(
    *,
    letterhead: "Letterhead",
    template: MimeTemplate | None,
    email: rendering.RenderedEmail,
    to: str,
    unsubscribe: str,
    message_id: str,
) -> EmailMultiAlternatives | PreparedEmail:
    """The recipient's email: prepared bytes when the template allows it."""
    raw = template and template.fill(
        to=to, message_id=message_id, unsubscribe=unsubscribe
    )
    if raw:
        return PreparedEmail(envelope_from=template.envelope_from, to=to, raw=raw)
    return build_message(
        letterhead=letterhead,
        email=email,
        to=to,
        unsubscribe=unsubscribe,
        message_id=message_id,
    )
