"""Hundreds of XSS payloads posted straight to the admin and the public forms,
then every page that shows them opened in Chromium: nothing runs.

The payloads (``xss_corpus``) go through raw POSTs of the Wagtail admin's
forms, as a phished editor account or a script would send them, bypassing
the editor UI: page, snippet and image forms, rich text as crafted Draftail
content (text and ``javascript:`` links), StreamField blocks. Only what the
admin cannot save goes through the ORM (an embed, whose admin form asks the
provider over the network). Each payload calls ``window.__xss('<id>')``; the
browser records those calls, dialogs and Content-Security-Policy violations,
and scans each page for live handlers and script URLs.
"""

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django.utils.html import escape
from lxml import etree
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    streamfield,
)

from masthead.core.models import NewsImage
from masthead.core.tests.factories import NewsImageFactory
from masthead.core.tests.xss_corpus import Payload, corpus
from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.news.models import ArticlePage, Author, StandardsPage, Topic
from masthead.news.services import ensure_site_tree
from masthead.news.tests.factories import ArticlePageFactory

pytestmark = [
    pytest.mark.browser,
    # Transactional, so the live server's thread sees the data.
    pytest.mark.django_db(transaction=True),
]

ATOM = "{http://www.w3.org/2005/Atom}"
ARTICLES = 8
REVISED = 4  # articles published a second time, for comparisons
AUTHORS = 6
TOPICS = 6
IMAGES = 4
CORRECTIONS = 8
SEARCHES = 8
FORM_ECHOES = 4

RECORDER = """
window.__xssCalls = [];
window.__xss = (id) => { window.__xssCalls.push(String(id)); };
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sample}`
    );
});
"""

# What a page would need to run a payload without a click being recorded:
# an event handler attribute, a script URL, an inline script. JSON-LD is
# data, but it must still parse (a breakout would break it).
SCAN = """
() => {
    const found = [];
    const scriptUrl = /^(javascript:|vbscript:|data:text\\/html)/i;
    const urlAttributes = new Set(
        ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"]
    );
    for (const element of document.querySelectorAll("*")) {
        for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.replace(/[\\s\\u0000-\\u001f]/g, "");
            const runs = urlAttributes.has(name) && scriptUrl.test(value);
            if (name.startsWith("on") || runs) {
                found.push(`${element.tagName} ${name}=${value.slice(0, 80)}`);
            }
        }
    }
    for (const script of document.querySelectorAll("script")) {
        if (script.type === "application/ld+json") {
            try { JSON.parse(script.textContent); }
            catch (error) { found.push(`JSON-LD does not parse: ${error}`); }
        } else if (!script.src) {
            found.push(`inline script: ${script.textContent.slice(0, 80)}`);
        }
    }
    return found;
}
"""


class Feeder:
    """Hands out payloads in order, each to the first field it fits."""

    def __init__(self, payloads: list[Payload]):
        self.waiting = list(payloads)
        self.posted: set[str] = set()

    def take(self, count: int = 1, *, max_length: int = 10_000) -> list[str]:
        taken = []
        for payload in list(self.waiting):
            if len(taken) == count:
                break
            if len(payload.text) <= max_length:
                self.waiting.remove(payload)
                self.posted.add(payload.marker)
                taken.append(payload.text)
        if len(taken) < count:  # the corpus is spent: go round again
            self.waiting = [p for p in corpus() if p.marker not in taken]
            taken += self.take(count - len(taken), max_length=max_length)
        return taken

    def one(self, *, max_length: int = 10_000) -> str:
        return self.take(1, max_length=max_length)[0]


def draftail(texts: list[str], links: list[str] = ()) -> str:
    """Draftail's contentstate as a crafted POST would carry it: each text a
    paragraph, each link URL on a word of its own."""
    blocks = [
        {
            "key": f"t{index}",
            "type": "unstyled",
            "depth": 0,
            "text": text,
            "inlineStyleRanges": [],
            "entityRanges": [],
            "data": {},
        }
        for index, text in enumerate(texts)
    ]
    entities = {}
    for index, url in enumerate(links):
        entities[str(index)] = {
            "type": "LINK",
            "mutability": "MUTABLE",
            "data": {"url": url, "href": url},
        }
        blocks.append(
            {
                "key": f"l{index}",
                "type": "unstyled",
                "depth": 0,
                "text": "link",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 4, "key": index}],
                "data": {},
            }
        )
    return json.dumps({"blocks": blocks, "entityMap": entities})


def posted(response, what: str) -> None:
    errors = ""
    if response.status_code != 302 and response.context:
        form = response.context.get("form")
        errors = form.errors if form is not None else ""
        if form is not None and "body" in form.errors:
            errors = [e.as_json_data() for e in form.errors.as_data()["body"]]
    assert response.status_code == 302, f"{what}: {errors}"


def post_images(client: Client, feed: Feeder) -> list[NewsImage]:
    images = []
    for _ in range(IMAGES):
        image = NewsImageFactory()
        response = client.post(
            f"/admin/images/{image.pk}/",
            {
                "title": feed.one(max_length=255),
                "description": feed.one(max_length=255),
                "caption": feed.one(max_length=500),
                "credit": feed.one(max_length=255),
                "licence": feed.one(max_length=100),
                "licence_url": "https://creativecommons.org/licenses/by/4.0/",
                "collection": image.collection_id,
                "tags": "",
            },
        )
        posted(response, "image")
        images.append(image)
    return images


def post_snippets(client: Client, feed: Feeder) -> tuple[list[Author], list[Topic]]:
    for number in range(AUTHORS):
        data = nested_form_data(
            {
                "name": feed.one(max_length=120),
                "slug": f"xss-author-{number}",
                "role": feed.one(max_length=120),
                "bio": "\n".join(feed.take(3)),
                "links": streamfield(
                    [
                        (
                            "item",
                            {
                                "label": feed.one(max_length=60),
                                "url": "https://example.org/profile",
                                "email": "",
                            },
                        )
                    ]
                ),
            }
        )
        posted(client.post("/admin/snippets/news/author/add/", data), "author")
    for number in range(TOPICS):
        data = {
            "name": feed.one(max_length=120),
            "slug": f"xss-topic-{number}",
            "kind": "subject",
            "description": feed.one(max_length=300),
        }
        posted(client.post("/admin/snippets/news/topic/add/", data), "topic")
    return (
        list(Author.objects.filter(slug__startswith="xss-")),
        list(Topic.objects.filter(slug__startswith="xss-")),
    )


def article_form(
    feed: Feeder, number: int, *, image, author, topic, related, authors_formset
) -> dict:
    return nested_form_data(
        {
            "work_type": "news",
            "title": feed.one(max_length=255),
            "slug": f"xss-{number}",
            "standfirst": "\n".join(feed.take(3)),
            "hero_image": image.pk,
            "hero_caption": feed.one(max_length=500),
            "article_authors": authors_formset,
            "related_stories": inline_formset([]),
            "body": streamfield(
                [
                    ("paragraph", draftail(feed.take(14), links=feed.take(4))),
                    (
                        "quote",
                        {"text": "\n".join(feed.take(2)), "attribution": feed.one()},
                    ),
                    (
                        "claim",
                        {
                            "text": draftail(feed.take(1), links=feed.take(1)),
                            "status": "not_verified",
                            "note": feed.one(max_length=300),
                            "source": feed.one(max_length=300),
                        },
                    ),
                    ("related", {"article": related.pk, "label": feed.one()}),
                ]
            ),
            "topics": [topic.pk],
            "verification_status": "",
            "verification_note": feed.one(max_length=300),
            "sourcing_notes": feed.one(),
            "visibility": "public",
            "action-publish": "publish",
        }
    )


def post_articles(client, feed, home, images, authors, topics) -> list[ArticlePage]:
    """Each article published twice from the admin: two revisions to compare."""
    articles = []
    related = ArticlePageFactory(parent=home, title="A story to link to")
    for number in range(ARTICLES):
        image, author, topic = (
            images[number % IMAGES],
            authors[number % AUTHORS],
            topics[number % TOPICS],
        )
        data = article_form(
            feed,
            number,
            image=image,
            author=author,
            topic=topic,
            related=related,
            authors_formset=inline_formset([{"author": author.pk}], min=1),
        )
        response = client.post(f"/admin/pages/add/news/articlepage/{home.pk}/", data)
        posted(response, "article")
        article = ArticlePage.objects.get(slug=f"xss-{number}")
        articles.append(article)
        if number >= REVISED:
            continue
        byline = article.article_authors.get()
        data = article_form(
            feed,
            number,
            image=image,
            author=author,
            topic=topic,
            related=related,
            authors_formset=inline_formset(
                [{"id": byline.pk, "author": author.pk}], initial=1, min=1
            ),
        )
        posted(client.post(f"/admin/pages/{article.pk}/edit/", data), "edit")
    return articles


def post_corrections(client, feed, articles) -> None:
    for number in range(CORRECTIONS):
        response = client.post(
            "/admin/snippets/news/correction/add/",
            {
                "article": articles[number % len(articles)].pk,
                "kind": "correction",
                "text": "\n".join(feed.take(2)),
                "published_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
                "amendment_note": "",
            },
        )
        posted(response, "correction")


def post_standards_page(client, feed, home) -> StandardsPage:
    data = nested_form_data(
        {
            "title": feed.one(max_length=255),
            "slug": "standards",
            "intro": feed.one(max_length=500),
            "body": draftail(feed.take(8), links=feed.take(4)),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/news/standardspage/{home.pk}/", data)
    posted(response, "standards page")
    return StandardsPage.objects.get()


def store_embeds(feed: Feeder, article: ArticlePage) -> None:
    """Embeds the admin cannot save offline (its form asks the provider),
    written as an import script would."""
    revision = article.get_latest_revision_as_object()
    for url in feed.take(6):
        revision.body.append(("embed", url))
    revision.save_revision(log_action=False).publish()


@pytest.fixture
def newsroom_with_payloads(live_server, settings):
    """Every payload posted; the browser signed in as the editor who did it."""
    settings.MASTHEAD_FEED_PAGE_SIZE = 50
    settings.SESSION_COOKIE_SECURE = False  # the live server speaks HTTP
    home = ensure_site_tree()
    editor = get_user_model().objects.create_superuser(
        "xss-editor", "xss@example.org", "a-long-editor-password"
    )
    client = Client()
    sign_in_to_admin(client, editor)
    feed = Feeder(corpus())
    images = post_images(client, feed)
    authors, topics = post_snippets(client, feed)
    articles = post_articles(client, feed, home, images, authors, topics)
    post_corrections(client, feed, articles)
    standards = post_standards_page(client, feed, home)
    store_embeds(feed, articles[-1])
    return {
        "client": client,
        "feed": feed,
        "articles": articles,
        "authors": authors,
        "topics": topics,
        "standards": standards,
        "url": live_server.url,
    }


class Watcher:
    """One browser page that records payload calls, dialogs and violations."""

    def __init__(self, context):
        self.page = context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", self.dismiss)
        self.findings: dict[str, list[str]] = {}

    def dismiss(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def visit(self, url: str, *, scan: bool = True) -> None:
        self.page.goto(url)
        self.record(url, scan=scan)

    def record(self, url: str, *, scan: bool = True) -> None:
        self.page.wait_for_load_state("load")
        found = [f"call {marker}" for marker in self.page.evaluate("__xssCalls")]
        found += [f"violation {v}" for v in self.page.evaluate("__violations")]
        found += [f"dialog {message}" for message in self.dialogs]
        if scan:
            found += self.page.evaluate(SCAN)
        self.dialogs.clear()
        # set_content() keeps the window: start the next record afresh.
        self.page.evaluate("() => { __xssCalls.length = 0; __violations.length = 0; }")
        if found:
            self.findings[url] = found


def feed_entries(body: bytes) -> Iterator[tuple[str, str]]:
    """Each item's title (text) and content (HTML), as RSS and Atom define
    them, unsanitised: what a careless feed reader would put on its page."""
    root = etree.fromstring(body)
    for entry in root.iter("item", f"{ATOM}entry"):
        title = entry.findtext("title") or entry.findtext(f"{ATOM}title") or ""
        content = "".join(
            entry.findtext(name) or ""
            for name in ("description", f"{ATOM}summary", f"{ATOM}content")
        )
        yield title, content


def served_as_xml(body: bytes):
    """A route handler: Chromium downloads RSS; it shows XML as a document."""
    return lambda route: route.fulfill(body=body, content_type="application/xml")


def pages_to_open(site: dict) -> Iterator[str]:
    yield "/"
    for article in site["articles"]:
        yield article.url
    for topic in site["topics"]:
        yield f"/topics/{topic.slug}/"
    for author in site["authors"]:
        yield f"/authors/{author.slug}/"
    yield "/topics/"
    yield "/authors/"
    yield "/corrections/"
    yield site["standards"].url


def test_no_payload_runs_on_public_pages_previews_or_comparisons(
    browser, newsroom_with_payloads
):
    site = newsroom_with_payloads
    feed, base = site["feed"], site["url"]
    assert len(feed.posted) >= 500
    context = browser.new_context(java_script_enabled=True)
    context.add_init_script(RECORDER)
    watcher = Watcher(context)
    # The harness sees a payload that runs.
    watcher.page.set_content("<img src=x onerror=\"window.__xss('control')\">")
    watcher.page.wait_for_function("__xssCalls.length > 0")
    watcher.record("control")
    assert watcher.findings.pop("control")[0] == "call control"

    for path in pages_to_open(site):
        watcher.visit(base + path)
    # Payloads are on the pages, as text.
    watcher.visit(base + site["articles"][0].url)
    headline = watcher.page.locator("main h1").first.text_content()
    assert headline.strip() == ArticlePage.objects.get(slug="xss-0").title.strip()
    for query in feed.take(SEARCHES):
        watcher.visit(f"{base}/search/?q={quote(query)}")
    for query in feed.take(FORM_ECHOES):
        for path in ("/members/join/", "/newsletters/"):
            watcher.visit(base + path)
            watcher.page.fill("input[name=email]", query)
            watcher.page.locator("main form button[type=submit]").first.click()
            watcher.record(f"{base}{path} (posted)")

    # Feeds, as XML in the browser and as the HTML a feed reader shows.
    for path in ("/feed/", "/feed/atom/", "/corrections/feed/"):
        body = site["client"].get(path).content
        watcher.page.route(base + path, served_as_xml(body))
        watcher.visit(base + path, scan=False)
        # A feed reader's own page: no policy of ours protects it.
        watcher.page.goto("about:blank")
        for number, (title, content) in enumerate(feed_entries(body)):
            watcher.page.set_content(f"<h1>{escape(title)}</h1>{content}")
            watcher.record(f"{path} entry {number}")

    # The editor's view: previews (reader templates in the admin's origin)
    # and revision comparisons (the admin's own templates).
    sessionid = site["client"].cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": sessionid, "url": base}])
    watcher.visit(base + site["articles"][0].url)  # with Wagtail's user bar
    for stale in site["articles"][:REVISED]:
        article = ArticlePage.objects.get(pk=stale.pk)
        byline = article.article_authors.get()
        revisions = article.revisions.order_by("pk")
        first, last = revisions.first(), revisions.last()
        assert first.pk != last.pk
        watcher.visit(
            f"{base}/admin/pages/{article.pk}/revisions/compare/"
            f"{first.pk}...{last.pk}/",
            scan=False,
        )
        assert watcher.page.locator(".comparison").count() > 0
        watcher.visit(f"{base}/admin/pages/{article.pk}/revisions/{first.pk}/view/")
        # The editor itself, payloads in its fields, under the admin's policy.
        watcher.visit(f"{base}/admin/pages/{article.pk}/edit/", scan=False)
        assert watcher.page.locator("[data-draftail-editor], .Draftail-Editor").count()
        preview = f"/admin/pages/{article.pk}/edit/preview/"
        form = article_form(
            feed,
            100 + article.pk,
            image=article.hero_image,
            author=byline.author,
            topic=site["topics"][0],
            related=article,
            authors_formset=inline_formset(
                [{"id": byline.pk, "author": byline.author_id}], initial=1, min=1
            ),
        )
        form["slug"] = article.slug
        assert site["client"].post(preview, form).json()["is_valid"] is True
        watcher.visit(base + preview)
        assert watcher.page.locator("h1").count() > 0
    context.close()

    assert watcher.findings == {}, json.dumps(watcher.findings, indent=1)
