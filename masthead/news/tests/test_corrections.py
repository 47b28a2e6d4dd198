"""Corrections and updates: added by editors, shown to readers, never deleted."""

import json
from datetime import timedelta

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from masthead.editorial.roles import EDITORS, REPORTERS
from masthead.editorial.tests.helpers import sign_in_to_admin
from masthead.news.models import ArticlePage, Correction
from masthead.news.models.corrections import NotDeletable
from masthead.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/news/correction/add/"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def json_ld(client, url: str) -> dict:
    soup = soup_of(client.get(url))
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def add(client, article, *, kind="correction", text, when=None) -> None:
    when = when or timezone.now()
    response = client.post(
        ADD,
        {
            "article": article.pk,
            "kind": kind,
            "text": text,
            "published_at": timezone.localtime(when).strftime("%Y-%m-%d %H:%M"),
            "amendment_note": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors


@pytest.fixture
def editor(staff, client):
    user = staff(EDITORS)
    sign_in_to_admin(client, user)
    return user


def test_an_editor_corrects_a_story_and_readers_see_it_everywhere(
    client, editor, live_article, page_cache
):
    url = live_article.url
    reader = Client()  # anonymous: served from the page cache
    reader.get(url)
    assert reader.get(url)["X-Masthead-Cache"] == "hit"
    assert soup_of(reader.get(url)).select_one("#corrections") is None
    published = live_article.first_published_at
    response = client.get(f"/admin/pages/{live_article.pk}/edit/")
    assert f"{ADD}?article={live_article.pk}" in response.content.decode()
    form = client.get(f"{ADD}?article={live_article.pk}").context["form"]
    assert form.initial["article"] == live_article.pk
    add(
        client,
        live_article,
        text="An earlier version gave the wrong date of the vote.",
        when=timezone.now() - timedelta(minutes=5),
    )
    add(client, live_article, kind="update", text="The council has now voted.")
    client.logout()

    # The article: a box, newest first, an "Updated" time, JSON-LD.
    soup = soup_of(reader.get(url))
    box = soup.select_one("#corrections")
    items = [li.get_text(" ", strip=True) for li in box.select("li")]
    assert items[0].startswith("Update")
    assert "now voted" in items[0]
    assert items[1].startswith("Correction")
    assert "wrong date" in items[1]
    latest = Correction.objects.filter(article=live_article).first()
    assert "Updated" in soup.select_one(".meta").get_text()
    data = json_ld(client, url)
    assert [c["text"] for c in data["correction"]] == [
        "Update: The council has now voted.",
        "Correction: An earlier version gave the wrong date of the vote.",
    ]
    assert all(c["@type"] == "CorrectionComment" for c in data["correction"])
    assert data["dateModified"] == latest.published_at.isoformat()
    assert data["dateModified"] > published.isoformat()

    # The corrections log and its feeds, newest first.
    log = soup_of(client.get("/corrections/"))
    assert [a["href"] for a in log.select(".corrections-log a")][:2] == [
        f"{url}#corrections"
    ] * 2
    assert "now voted" in log.select(".corrections-log__item")[0].get_text()
    for feed_url in ("/corrections/feed/", "/corrections/feed/atom/"):
        feed = feedparser.parse(client.get(feed_url).content)
        assert not feed.bozo, feed_url
        assert [e.title for e in feed.entries] == [
            f"Update: {live_article.title}",
            f"Correction: {live_article.title}",
        ]
        assert feed.entries[0].link.endswith(f"{url}#corrections")


def test_corrections_cannot_be_deleted_by_anyone(client, editor_client, live_article):
    correction = Correction.objects.create(article=live_article, text="Wrong name.")
    # A superuser has no delete button or view either.
    for path in (
        f"/admin/snippets/news/correction/delete/{correction.pk}/",
        "/admin/snippets/news/correction/delete/",
    ):
        response = editor_client.post(path, {"id": correction.pk})
        assert response.status_code in (302, 403, 404), path
    assert Correction.objects.filter(pk=correction.pk).exists()
    with pytest.raises(NotDeletable):
        correction.delete()
    with pytest.raises(NotDeletable):
        Correction.objects.all().delete()
    assert Correction.objects.count() == 1


def test_an_amendment_needs_a_note_keeps_the_old_wording_and_shows(
    client, editor, live_article
):
    add(client, live_article, text="The mayor is called Ivan.")
    correction = Correction.objects.get()
    edit = f"/admin/snippets/news/correction/edit/{correction.pk}/"
    data = {
        "article": live_article.pk,
        "kind": "correction",
        "text": "The mayor is called Ivanna.",
        "published_at": timezone.localtime(correction.published_at).strftime(
            "%Y-%m-%d %H:%M"
        ),
        "amendment_note": "",
    }
    response = client.post(edit, data)
    assert response.status_code == 200
    assert "Say why it changes" in response.content.decode()
    correction.refresh_from_db()
    assert correction.text == "The mayor is called Ivan."

    response = client.post(edit, {**data, "amendment_note": "Misspelt name."})
    assert response.status_code == 302
    correction.refresh_from_db()
    assert correction.text == "The mayor is called Ivanna."
    amendment = correction.amendments.get()
    assert amendment.previous_text == "The mayor is called Ivan."
    assert amendment.changed_by == editor
    assert (
        "Misspelt name."
        in soup_of(client.get(live_article.url)).select_one("#corrections").get_text()
    )
    history = client.get(f"/admin/snippets/news/correction/history/{correction.pk}/")
    assert history.status_code == 200
    assert (
        editor.username in history.content.decode()
        or (editor.get_full_name() or editor.username) in history.content.decode()
    )


def test_only_published_stories_take_corrections(client, editor, home_page):
    draft = ArticlePageFactory(
        parent=home_page, live=False, first_published_at=None, last_published_at=None
    )
    response = client.post(
        ADD,
        {
            "article": draft.pk,
            "kind": "correction",
            "text": "Too early.",
            "published_at": timezone.localtime().strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 200
    assert not Correction.objects.exists()


def test_reporters_cannot_add_corrections(client, staff, live_article):
    sign_in_to_admin(client, staff(REPORTERS))
    response = client.post(
        ADD, {"article": live_article.pk, "kind": "correction", "text": "Mine."}
    )
    assert response.status_code in (302, 403)
    assert not Correction.objects.exists()


def test_the_corrections_log_leaves_out_unpublished_and_other_language_stories(
    client, newsroom
):
    english = ArticlePage.objects.filter(locale__language_code="en").first()
    ukrainian = ArticlePage.objects.filter(locale__language_code="uk").first()
    Correction.objects.create(article=english, text="English fix.")
    Correction.objects.create(article=ukrainian, text="Виправлення.")
    assert "English fix." in client.get("/corrections/").content.decode()
    assert "Виправлення." not in client.get("/corrections/").content.decode()
    assert "Виправлення." in client.get("/uk/corrections/").content.decode()
    ArticlePage.objects.filter(pk=english.pk).update(live=False)
    assert "English fix." not in client.get("/corrections/").content.decode()
    assert client.get("/corrections/?after=garbage").status_code == 400


def test_a_correction_moves_the_story_s_date_in_feeds_and_sitemap(client, newsroom):
    article = ArticlePage.objects.get(slug="story-3", locale__language_code="en")
    when = timezone.now().replace(microsecond=0)
    Correction.objects.create(article=article, text="Wrong figure.", published_at=when)
    feed = feedparser.parse(client.get("/feed/atom/").content)
    entry = next(e for e in feed.entries if e.link.endswith("/story-3/"))
    assert entry.updated.startswith(timezone.localtime(when).strftime("%Y-%m-%d"))
    assert entry.updated_parsed[:5] == when.utctimetuple()[:5]
    sitemap = client.get("/sitemap-articles.xml").content.decode()
    block = sitemap.split("/story-3/</loc>")[1].split("</url>")[0]
    assert when.date().isoformat() in block
    assert "/standards/" not in sitemap  # standing pages are in their own part


def test_a_story_with_corrections_cannot_be_deleted(editor_client, live_article):
    Correction.objects.create(article=live_article, text="Wrong date.")
    response = editor_client.post(f"/admin/pages/{live_article.pk}/delete/")
    assert response.status_code < 500
    assert ArticlePage.objects.filter(pk=live_article.pk).exists()
    assert Correction.objects.filter(article=live_article).count() == 1
    with pytest.raises(Exception, match="protected"):
        ArticlePage.objects.get(pk=live_article.pk).delete()
    assert Correction.objects.count() == 1
