"""Scheduled publishing, expiry and embargoes, run by the worker's clock."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from masthead.api.models import ContentAPIKey
from masthead.core import periodic
from masthead.editorial.scheduling import publish_due
from masthead.news.models import ArticlePage
from masthead.news.tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def draft(home_page, slug: str) -> ArticlePage:
    article = ArticlePageFactory(
        parent=home_page,
        slug=slug,
        title=f"Story {slug}",
        live=False,
        first_published_at=None,
        last_published_at=None,
    )
    return ArticlePage.objects.get(pk=article.pk)


def reader_sees(client, article: ArticlePage, key: str) -> dict[str, bool]:
    """Where a reader, a feed reader, a crawler and an API client find it."""
    slug = article.slug
    return {
        "page": client.get(f"/{slug}/").status_code == 200,
        "front page": f"/{slug}/" in client.get("/").content.decode(),
        "feed": f"/{slug}/" in client.get("/feed/").content.decode(),
        "sitemap": f"/{slug}/" in client.get("/sitemap-articles.xml").content.decode(),
        "news sitemap": f"/{slug}/" in client.get("/sitemap-news.xml").content.decode(),
        "api": slug
        in client.get("/ghost/api/content/posts/", {"key": key}).content.decode(),
        "search": f"/{slug}/"
        in client.get("/search/", {"q": article.title}).content.decode(),
    }


def test_the_worker_clock_runs_scheduled_publishing():
    assert periodic.jobs["editorial.schedule"].func is publish_due
    assert periodic.jobs["editorial.schedule"].every <= 30


def test_a_scheduled_article_goes_live_on_time_exactly_once(client, home_page):
    article = draft(home_page, "dawn-ferry")
    go_live = timezone.now() + timedelta(seconds=2)
    article.go_live_at = go_live
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert publish_due() == 0
    assert client.get("/dawn-ferry/").status_code == 404

    time.sleep(max(0, (go_live - timezone.now()).total_seconds()) + 0.1)
    assert publish_due() == 1
    assert publish_due() == 0  # a second worker's run finds nothing left
    article.refresh_from_db()
    assert article.live
    assert article.first_published_at >= go_live
    assert client.get("/dawn-ferry/").status_code == 200
    assert (
        PageLogEntry.objects.filter(
            page=article, action="wagtail.publish.scheduled"
        ).count()
        == 1
    )


def test_scheduled_expiry_unpublishes(client, home_page):
    article = ArticlePageFactory(parent=home_page, slug="old-notice")
    assert client.get("/old-notice/").status_code == 200
    ArticlePage.objects.filter(pk=article.pk).update(
        expire_at=timezone.now() - timedelta(seconds=1)
    )
    assert publish_due() == 1
    article.refresh_from_db()
    assert not article.live
    assert article.expired
    assert client.get("/old-notice/").status_code == 404


def test_an_embargoed_article_is_nowhere_until_its_time(client, home_page):
    key = ContentAPIKey.objects.create(name="embargo").key
    article = draft(home_page, "budget-leak")
    article.embargo_until = timezone.now() + timedelta(seconds=4)
    # Publishing before the embargo schedules it for the embargo instead.
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    assert article.go_live_at == article.embargo_until
    assert not any(reader_sees(client, article, key).values())

    # Made live some other way (a script, a bad import): still nowhere.
    ArticlePage.objects.filter(pk=article.pk).update(
        live=True, first_published_at=timezone.now()
    )
    seen = reader_sees(client, article, key)
    assert not any(seen.values()), seen

    # The embargo lifts; the worker publishes it; it is everywhere.
    ArticlePage.objects.filter(pk=article.pk).update(
        live=False, first_published_at=None
    )
    assert publish_due() == 0
    time.sleep(max(0, (article.embargo_until - timezone.now()).total_seconds()) + 0.1)
    assert publish_due() == 1
    seen = reader_sees(client, ArticlePage.objects.get(pk=article.pk), key)
    assert all(seen.values()), seen


def test_an_embargo_cannot_be_set_on_a_published_story(home_page):
    article = ArticlePageFactory(parent=home_page)
    article.embargo_until = timezone.now() + timedelta(hours=1)
    with pytest.raises(Exception, match="already been published"):
        article.full_clean()


def test_moving_an_embargo_later_moves_the_scheduled_publication(client, home_page):
    article = draft(home_page, "moved-embargo")
    article.embargo_until = timezone.now() + timedelta(seconds=1)
    article.save_revision().publish()
    later = timezone.now() + timedelta(hours=1)
    article = ArticlePage.objects.get(pk=article.pk)
    article.embargo_until = later
    article.save_revision()  # a draft: the scheduled revision is the old one
    time.sleep(1.2)
    assert publish_due() == 0
    assert not ArticlePage.objects.get(pk=article.pk).live
    scheduled = Revision.objects.filter(object_id=str(article.pk)).exclude(
        approved_go_live_at=None
    )
    [moved] = [r.approved_go_live_at for r in scheduled]
    assert abs((moved - later).total_seconds()) < 1  # stored to the millisecond


def test_one_broken_revision_does_not_hold_back_the_others(client, home_page):
    broken = draft(home_page, "broken")
    broken.go_live_at = timezone.now() + timedelta(seconds=1)
    broken.save_revision().publish()
    fine = draft(home_page, "fine")
    fine.go_live_at = timezone.now() + timedelta(seconds=1)
    fine.save_revision().publish()
    # The broken story's page row disappears under its scheduled revision.
    Revision.objects.filter(object_id=str(broken.pk)).update(object_id="999999")
    time.sleep(1.2)
    assert publish_due() == 1
    assert ArticlePage.objects.get(pk=fine.pk).live
