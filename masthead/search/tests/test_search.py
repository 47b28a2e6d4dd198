from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.news.tests.factories import (
    ArticlePageFactory,
    AuthorFactory,
    TopicFactory,
    paragraphs,
)
from masthead.search.queries import search_terms

pytestmark = pytest.mark.django_db


def results(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h3.get_text() for h3 in soup.select(".search-results h3")], soup


@pytest.fixture
def archive(home_page):
    energy, council = TopicFactory(name="Energy"), TopicFactory(name="Council")
    ada, bo = AuthorFactory(name="Ada Reed"), AuthorFactory(name="Bo Lind")
    now = timezone.now()

    def article(title, body, **kwargs):
        return ArticlePageFactory(
            parent=home_page, title=title, body=paragraphs(body), **kwargs
        )

    return {
        "grid": article(
            "Substation repaired after strike",
            "Engineers restored the substation that feeds the hospital.",
            topics=[energy],
            authors=[ada],
            first_published_at=now - timedelta(days=2),
        ),
        "grid_old": article(
            "Substation work planned",
            "The substation will be upgraded next spring.",
            topics=[energy],
            authors=[bo],
            first_published_at=now - timedelta(days=20),
        ),
        "budget": article(
            "Council passes the budget",
            "Councillors voted on spending for schools and repairs.",
            topics=[council],
            authors=[bo],
            first_published_at=now - timedelta(days=5),
        ),
        "energy": energy,
        "ada": ada,
    }


def test_search_finds_words_in_headline_and_body(client, archive):
    titles, soup = results(client, q="substation")
    assert set(titles) == {
        "Substation repaired after strike",
        "Substation work planned",
    }
    assert soup.select_one(".search-results mark").get_text().lower() == "substation"


def test_equally_relevant_results_are_newest_first(client, home_page):
    now = timezone.now()
    for days, slug in [(9, "older"), (1, "newest"), (5, "middle")]:
        ArticlePageFactory(
            parent=home_page,
            slug=slug,
            title="Ferry timetable",
            body=paragraphs("The ferry timetable changes on Monday."),
            first_published_at=now - timedelta(days=days),
        )
    _, soup = results(client, q="ferry timetable")
    links = [a["href"] for a in soup.select(".search-results h3 a")]
    assert links == ["/newest/", "/middle/", "/older/"]


def test_more_relevant_results_come_first(client, archive):
    titles, _ = results(client, q="substation")
    assert set(titles) == {
        "Substation repaired after strike",
        "Substation work planned",
    }
    only_one, _ = results(client, q="substation hospital")
    assert only_one == ["Substation repaired after strike"]


def test_body_matches_get_a_highlighted_snippet(client, archive):
    _, soup = results(client, q="hospital")
    snippet = soup.select(".search-results .meta")[0]
    assert snippet.select_one("mark").get_text() == "hospital"


def test_filters_by_topic_author_and_dates(client, archive):
    assert results(client, q="substation", author=archive["ada"].slug)[0] == [
        "Substation repaired after strike"
    ]
    today = timezone.localdate()
    since = (today - timedelta(days=10)).isoformat()
    assert results(client, q="substation", **{"from": since})[0] == [
        "Substation repaired after strike"
    ]
    until = (today - timedelta(days=10)).isoformat()
    assert results(client, q="substation", to=until)[0] == ["Substation work planned"]
    assert results(client, q="budget", topic=archive["energy"].slug)[0] == []


def test_authors_and_topics_are_searchable(client, archive):
    assert "Council passes the budget" in results(client, q="Council")[0]
    assert results(client, q="Reed")[0] == ["Substation repaired after strike"]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 10_000,
        "*** ((( ))) \"\" '' ;;; ^^^",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "substation NEAR(x y) AND NOT OR",
        "<script>alert(1)</script>",
        "\x00\x01",
        "%",
    ],
)
def test_bad_queries_answer_with_a_normal_page(client, archive, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"from": "yesterday"},
        {"to": "2026-13-45"},
        {"page": "-1"},
        {"page": "999"},
        {"topic": "nope"},
    ],
)
def test_bad_filters_are_ignored_with_a_note_not_an_error(client, archive, params):
    response = client.get("/search/", {"q": "substation", **params})
    assert response.status_code == 200
    assert "Substation" in response.content.decode()


def test_search_terms_keep_only_words():
    assert search_terms("'; DROP TABLE x; --") == ["DROP", "TABLE", "x"]
    assert search_terms("мережа, світло!") == ["мережа", "світло"]
    assert len(search_terms("a " * 500)) == 12


def test_ukrainian_search(client, newsroom):
    titles, _ = results(client, q="Історія")
    assert titles == []  # the English page searches English articles
    response = client.get("/uk/search/", {"q": "Історія"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [h.get_text() for h in soup.select(".search-results h3")] == [
        "Історія номер 8",
        "Історія номер 7",
    ]


def test_members_only_articles_show_no_body_snippet(client, home_page):
    ArticlePageFactory(
        parent=home_page,
        title="Secret briefing",
        visibility="members",
        body=paragraphs("Only members read the briefing about generators."),
    )
    _, soup = results(client, q="briefing")
    assert "generators" not in soup.get_text()


def test_english_words_match_their_other_forms(client, home_page):
    ArticlePageFactory(
        parent=home_page,
        title="Polling stations open late",
        body=paragraphs("The elections were postponed twice by the council."),
    )
    for query in ["election", "postpone", "ELECTED"]:
        titles, soup = results(client, q=query)
        assert titles == ["Polling stations open late"], query
    _, soup = results(client, q="election")
    assert [m.get_text() for m in soup.select(".search-results mark")] == ["elections"]
    titles, _ = results(client, q="electricity")
    assert titles == []


def test_ukrainian_words_match_their_other_forms(client, home_page):
    from wagtail.models import Locale

    article = ArticlePageFactory(
        parent=home_page,
        title="Power cuts after the strike",
        body=paragraphs("Restored by evening."),
    )
    translation = article.copy_for_translation(Locale.objects.get(language_code="uk"))
    translation.title = "Світло повернули ввечері"
    translation.body = paragraphs("Місто живе війною вже третій рік.")
    translation.save_revision().publish()
    for query in ["війна", "війни", "міста", "світла"]:
        response = client.get("/uk/search/", {"q": query})
        soup = BeautifulSoup(response.content, "html.parser")
        titles = [h.get_text() for h in soup.select(".search-results h3")]
        assert titles == ["Світло повернули ввечері"], query
    response = client.get("/uk/search/", {"q": "війни"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert [m.get_text() for m in soup.select(".search-results mark")] == ["війною"]
    response = client.get("/uk/search/", {"q": "вечеря"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".search-results h3") == []
