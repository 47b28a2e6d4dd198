from datetime import timedelta

import pytest
from wagtail.models import Locale

from masthead.news import queries
from masthead.news.cursors import Cursor
from masthead.news.models import ArticlePage, RelatedStory
from masthead.news.tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(db):
    return Locale.objects.get(language_code="en")


def test_latest_articles_are_newest_first_and_live_only(home_page, english):
    old = ArticlePageFactory(parent=home_page)
    new = ArticlePageFactory(parent=home_page)
    draft = ArticlePageFactory(parent=home_page, live=False)
    found = list(queries.latest_articles(locale=english))
    assert found == [new, old]
    assert draft not in found


def test_feed_pages_follow_each_other_without_gaps_or_repeats(home_page, english):
    articles = [ArticlePageFactory(parent=home_page) for _ in range(7)]
    # Two articles published at the same instant: the primary key breaks the tie.
    ArticlePage.objects.filter(pk=articles[3].pk).update(
        first_published_at=articles[4].first_published_at
    )
    seen, cursor, pages = [], None, 0
    while True:
        page = queries.feed_page(
            queries.latest_articles(locale=english, before=cursor),
            locale=english,
            size=3,
        )
        seen += [a.pk for a in page.articles]
        pages += 1
        if page.next_cursor is None:
            break
        cursor = Cursor.decode(page.next_cursor.encode())
    assert pages == 3
    assert sorted(seen) == sorted(a.pk for a in articles)
    assert len(seen) == len(set(seen))


def test_a_full_last_page_has_no_next_cursor(home_page, english):
    for _ in range(4):
        ArticlePageFactory(parent=home_page)
    first = queries.feed_page(
        queries.latest_articles(locale=english), locale=english, size=2
    )
    assert first.next_cursor is not None
    second = queries.feed_page(
        queries.latest_articles(locale=english, before=first.next_cursor),
        locale=english,
        size=2,
    )
    assert len(second.articles) == 2
    assert second.next_cursor is None


def test_a_cursor_past_the_end_gives_an_empty_page(home_page, english):
    article = ArticlePageFactory(parent=home_page)
    cursor = Cursor(published_at=article.first_published_at - timedelta(days=1), pk=1)
    page = queries.feed_page(
        queries.latest_articles(locale=english, before=cursor), locale=english
    )
    assert page.articles == []
    assert page.next_cursor is None


def test_topic_and_author_filters(home_page, english):
    topic, other_topic = TopicFactory(), TopicFactory()
    author = AuthorFactory()
    on_topic = ArticlePageFactory(parent=home_page, topics=[topic])
    ArticlePageFactory(parent=home_page, topics=[other_topic])
    by_author = ArticlePageFactory(parent=home_page, authors=[AuthorFactory(), author])
    assert list(queries.latest_articles(locale=english, topic=topic)) == [on_topic]
    assert list(queries.latest_articles(locale=english, author=author)) == [by_author]


def test_related_stories_prefer_the_editors_choice_in_its_order(home_page):
    topic = TopicFactory()
    article = ArticlePageFactory(parent=home_page, topics=[topic])
    first, second = (
        ArticlePageFactory(parent=home_page),
        ArticlePageFactory(parent=home_page),
    )
    ArticlePageFactory(
        parent=home_page, topics=[topic]
    )  # shares a topic, but not chosen
    RelatedStory.objects.create(page=article, article=second, sort_order=0)
    RelatedStory.objects.create(page=article, article=first, sort_order=1)
    related = article.get_related_articles(topics=list(article.topics.all()))
    assert related == [second, first]


def test_related_stories_fall_back_to_shared_topics_newest_first(home_page):
    topic, unrelated = TopicFactory(), TopicFactory()
    older = ArticlePageFactory(parent=home_page, topics=[topic])
    article = ArticlePageFactory(parent=home_page, topics=[topic])
    newer = ArticlePageFactory(parent=home_page, topics=[topic, unrelated])
    ArticlePageFactory(parent=home_page, topics=[unrelated])
    ArticlePageFactory(parent=home_page, topics=[topic], live=False)
    related = article.get_related_articles(topics=list(article.topics.all()))
    assert related == [newer, older]


def test_related_stories_are_capped(home_page):
    topic = TopicFactory()
    article = ArticlePageFactory(parent=home_page, topics=[topic])
    for _ in range(6):
        ArticlePageFactory(parent=home_page, topics=[topic])
    related = article.get_related_articles(topics=[topic], limit=4)
    assert len(related) == 4
    assert article not in related


def test_article_without_topics_or_choice_has_no_related_stories(home_page):
    article = ArticlePageFactory(parent=home_page)
    ArticlePageFactory(parent=home_page)
    assert article.get_related_articles(topics=[]) == []
