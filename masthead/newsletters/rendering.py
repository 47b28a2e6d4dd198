"""Turn an article, or a day's articles, into a newsletter email.

An email is rendered once per send, with CSS inlined (mail clients drop
``<style>``) and a plain-text twin. What differs per recipient (the
unsubscribe link) is a marker replaced at delivery, so a send of 100,000
costs one rendering, not 100,000.
"""

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Site

from masthead.campaigns.queries import load_meter
from masthead.newsletters.models import Newsletter

UNSUBSCRIBE_MARKER = "%%MASTHEAD-UNSUBSCRIBE%%"
# An article email carries the opening of the story, then a link to it.
PARAGRAPHS = 4
_RELATIVE = re.compile(r'(href|src)="/(?!/)')
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|ul|blockquote|table|tr)>(?!\n)")

# Inline the <style> block and keep nothing else that needs a network.
_inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    html: str
    text: str


def unrestricted(page) -> bool:
    """Whether a page is open to anyone (no password, log-in or group)."""
    return not page.get_view_restrictions().exists()


def one_line(text: str) -> str:
    """Text fit for an email header: no line breaks or control characters."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def site_root_url() -> str:
    """The public address of the default site, without a trailing slash."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return site.root_url.rstrip("/")


def mail_domain() -> str:
    return urlsplit(site_root_url()).hostname or "localhost"


def absolute(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return site_root_url() + path


def absolute_links(html: str) -> str:
    """Rich text links to pages are site-relative; an email needs the host."""
    return _RELATIVE.sub(lambda m: f'{m.group(1)}="{site_root_url()}/', html)


def archive_url(newsletter: Newsletter) -> str:
    with translation.override(newsletter.language):
        return absolute(reverse("newsletters:archive", args=[newsletter.slug]))


def campaign_line(language: str) -> dict | None:
    """The membership drive's line for the email, when a campaign is on."""
    meter = load_meter()
    if meter is None or meter.finished:
        return None
    with translation.override(language):
        return {
            "count": meter.count,
            "goal": meter.goal,
            "headline": meter.message(language).get("headline", ""),
            "url": absolute(reverse("members:support")),
        }


def article_summary(article) -> dict:
    """What an email shows of one article."""
    image = None
    if article.hero_image_id:
        rendition = article.hero_image.get_rendition("width-600|format-jpeg")
        image = {
            "url": absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": article.hero_image.default_alt_text or "",
        }
    paragraphs = []
    # Members-only and restricted stories go out as a teaser: the email
    # must not hand out what the site keeps behind the paywall.
    readable = article.is_free and unrestricted(article)
    for block in article.body if readable else ():
        if block.block_type == "paragraph":
            paragraphs.append(absolute_links(str(block.value)))
        elif block.block_type == "quote":
            paragraphs.append(
                format_html("<blockquote>{}</blockquote>", block.value["text"])
            )
        if len(paragraphs) >= PARAGRAPHS:
            break
    return {
        "title": article.title,
        "standfirst": article.standfirst,
        "url": article.get_full_url(),
        "image": image,
        "paragraphs": paragraphs,
        "minutes": article.reading_minutes,
    }


def _render(template: str, context: dict, language: str) -> RenderedEmail:
    with translation.override(language):
        html = render_to_string(f"newsletters/email/{template}.html", context)
        text = render_to_string(f"newsletters/email/{template}.txt", context)
    # Short lines keep the HTML part in 8-bit (over 998 characters a line,
    # it would be quoted-printable): smaller, and one template for a send.
    html = _BLOCK_END.sub(r"\g<0>\n", _inliner.inline(html))
    return RenderedEmail(subject=context["subject"], html=html, text=text)


def base_context(newsletter: Newsletter, subject: str) -> dict:
    return {
        "newsletter": newsletter,
        "subject": subject,
        "unsubscribe_url": UNSUBSCRIBE_MARKER,
        "archive_url": archive_url(newsletter),
        "campaign": campaign_line(newsletter.language),
        "site_url": site_root_url() + "/",
    }


def render_article(
    *, newsletter: Newsletter, article, subject: str = ""
) -> RenderedEmail:
    """The email that carries one article."""
    subject = one_line(subject or article.title)[:200]
    context = base_context(newsletter, subject) | {"article": article_summary(article)}
    return _render("article", context, newsletter.language)


def render_digest(
    *, newsletter: Newsletter, articles: list, day: date
) -> RenderedEmail:
    """The daily digest: the day's articles, newest first."""
    with translation.override(newsletter.language):
        subject = translation.gettext("%(name)s: %(date)s") % {
            "name": newsletter.name,
            "date": day.isoformat(),
        }
    context = base_context(newsletter, one_line(subject)[:200]) | {
        "articles": [article_summary(article) for article in articles],
        "day": day,
    }
    return _render("digest", context, newsletter.language)


def personalize(content: str, *, unsubscribe_url: str) -> str:
    return content.replace(UNSUBSCRIBE_MARKER, unsubscribe_url)
