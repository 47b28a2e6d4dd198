import itertools
import json
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test.utils import override_settings

from masthead.news.models import ArticlePage, Author

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def story_links(soup) -> list[str]:
    return [a["href"] for a in soup.select("[data-story-list] .story-card__headline a")]


def test_feed_lists_stories_newest_first(client, newsroom):
    response = client.get("/")
    assert response.status_code == 200
    soup = soup_of(response)
    headlines = [a.get_text() for a in soup.select("[data-story-list] h2 a")]
    assert headlines[:3] == ["Story number 8", "Story number 7", "Story number 6"]
    card = soup.select_one("[data-story-list] li")
    assert "1 min read" in card.get_text()
    assert card.select_one("img[srcset]")["alt"] == "Alt text of story 8"


@override_settings(MASTHEAD_FEED_PAGE_SIZE=3)
def test_show_more_is_a_plain_link_to_the_next_page(client, newsroom):
    first = soup_of(client.get("/"))
    more = first.select_one("a[data-show-more]")
    assert more.get_text(strip=True) == "Show more"
    assert more["href"].startswith("?after=")

    second = soup_of(client.get("/" + more["href"]))
    first_links, second_links = story_links(first), story_links(second)
    assert len(first_links) == len(second_links) == 3
    assert not set(first_links) & set(second_links)

    third = soup_of(client.get("/" + second.select_one("a[data-show-more]")["href"]))
    assert len(story_links(third)) == 2
    assert third.select_one("a[data-show-more]") is None
    assert "end of the list" in third.get_text()


@pytest.mark.parametrize(
    "query",
    ["after=garbage", "after=1.2.3", "after=%00", "after=" + "9" * 39 + ".1", "after="],
)
def test_a_broken_cursor_answers_400_with_a_way_back(client, newsroom, query):
    response = client.get(f"/?{query}")
    assert response.status_code == 400
    assert soup_of(response).select_one("main a")["href"] == "/"


def test_a_cursor_past_the_end_answers_with_a_link_to_the_latest(client, newsroom):
    response = client.get("/?after=1000000.1")
    assert response.status_code == 200
    assert "no older stories" in response.content.decode()


def test_unknown_parameters_are_ignored(client, newsroom):
    assert client.get("/?page=-1&utm_source=x&after_x=1").status_code == 200


def test_404_page(client, newsroom):
    response = client.get("/no-such-story/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert client.get("/authors/nobody/").status_code == 404
    assert client.get("/topics/nothing/").status_code == 404


def test_article_page_shows_what_the_reader_page_needs(client, newsroom):
    article = ArticlePage.objects.get(slug="story-3", locale__language_code="en")
    response = client.get("/story-3/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("h1").get_text(strip=True) == "Story number 3"
    assert "1 min read" in soup.select_one(".article__header .meta").get_text()

    figure = soup.select_one(".article figure")
    caption = figure.select_one("figcaption").get_text(" ", strip=True)
    assert "For illustrative purposes only." in caption  # story 3 is illustrative
    assert "Caption of story 3." in caption
    assert "(Test Agency)" in caption
    img = figure.select_one("img")
    assert img["alt"] == "Alt text of story 3"
    assert ".webp" in img["srcset"]
    assert " 480w" in img["srcset"]
    assert " 1200w" in img["srcset"]

    verification = soup.select_one(".article > .verification")
    assert "Not independently verified" in verification.get_text()
    claim = soup.select_one(".claim")
    assert "A claim the newsroom checked." in claim.get_text()
    assert "Not independently verified" in claim.select_one(".verification").get_text()
    assert "Documents seen by the newsroom." in soup.select_one(".sourcing").get_text()

    box = soup.select_one(".author-box")
    assert box.select_one("h2").get_text() == "Cy Moss"
    assert box.select_one(".author-box__role").get_text() == "Reporter"
    assert "writes about the city" in box.get_text()
    assert box.select_one("img.avatar")["alt"].startswith("Portrait placeholder")
    read_more = box.select_one("a.read-more")
    assert read_more.get_text(" ", strip=True).startswith("Read more")
    assert read_more["href"] == "/authors/cy-moss/"

    related = [a.get_text() for a in soup.select(".related h3 a")]
    assert related
    assert "Story number 3" not in related
    assert article.reading_minutes == 1


def test_article_page_metadata(client, newsroom):
    soup = soup_of(client.get("/story-3/"))
    assert (
        soup.select_one("link[rel=canonical]")["href"] == "http://testserver/story-3/"
    )
    meta = {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in soup.select("meta[content]")
    }
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "Story number 3"
    assert meta["og:url"] == "http://testserver/story-3/"
    assert meta["og:image"].startswith("http://testserver/media/")
    assert meta["twitter:card"] == "summary_large_image"

    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    # A news story is reportage (schema.org's NewsArticle subtype).
    assert data["@type"] == "ReportageNewsArticle"
    assert data["genre"] == "News"
    assert data["headline"] == "Story number 3"
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Cy Moss",
            "url": "http://testserver/authors/cy-moss/",
            "jobTitle": "Reporter",
        }
    ]
    assert data["publisher"]["name"] == "The Pristan Courier"
    assert data["image"][0]["url"].startswith("http://testserver/media/")
    assert data["dateModified"] >= data["datePublished"]
    assert data["inLanguage"] == "en"


def test_json_ld_cannot_break_out_of_its_script(client, home_page):
    from masthead.news.tests.factories import ArticlePageFactory

    ArticlePageFactory(
        parent=home_page, slug="evil", title="</script><script>alert(1)</script>"
    )
    html = client.get("/evil/").content.decode()
    assert "</script><script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_author_page_lists_the_authors_stories(client, newsroom):
    soup = soup_of(client.get("/authors/ada-reed/"))
    assert soup.select_one("h1").get_text() == "Ada Reed"
    assert story_links(soup) == ["/story-7/", "/story-4/", "/story-2/", "/story-1/"]
    assert soup.select_one(".profile__links a")["href"] == "mailto:ada-reed@example.org"


def test_topic_page_lists_its_stories(client, newsroom):
    soup = soup_of(client.get("/topics/energy/"))
    assert soup.select_one("h1").get_text() == "Energy"
    assert story_links(soup) == ["/story-7/", "/story-5/", "/story-3/", "/story-2/"]


def test_topic_and_author_indexes(client, newsroom):
    topics = soup_of(client.get("/topics/")).get_text()
    assert "Harbour" in topics
    assert "Council" in topics
    authors = soup_of(client.get("/authors/"))
    assert [a.get_text() for a in authors.select(".people a")] == [
        "Ada Reed",
        "Bo Lind",
        "Cy Moss",
    ]


def test_ukrainian_feed_shows_ukrainian_articles_and_interface(client, newsroom):
    response = client.get("/uk/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "uk"
    assert [a.get_text() for a in soup.select("[data-story-list] h2 a")] == [
        "Історія номер 8",
        "Історія номер 7",
    ]
    assert soup.select_one("h1").get_text() == "Стрічка новин"
    assert "хвилина читання" in soup.get_text()
    byline = soup.select_one("[data-story-list] .byline").get_text()
    assert byline == "Bo Lind (uk)"


def test_ukrainian_article_links_its_translation(client, newsroom):
    soup = soup_of(client.get("/uk/story-8/"))
    assert soup.select_one("h1").get_text() == "Історія номер 8"
    alternates = {
        link["hreflang"]: urlsplit(link["href"]).path
        for link in soup.select("link[rel=alternate][hreflang]")
    }
    assert alternates == {"en": "/story-8/", "uk": "/uk/story-8/"}
    assert soup.select_one(".author-box h2").get_text() == "Bo Lind (uk)"
    assert soup.select_one(".author-box a.read-more")["href"] == "/uk/authors/bo-lind/"
    assert "Читати більше" in soup.select_one(".author-box").get_text()


def test_ukrainian_topic_page_finds_translated_articles(client, newsroom):
    soup = soup_of(client.get("/uk/topics/harbour/"))
    assert soup.select_one("h1").get_text() == "Harbour (uk)"
    assert story_links(soup) == ["/uk/story-8/"]


def test_untranslated_article_language_switch_goes_to_the_home_page(client, newsroom):
    soup = soup_of(client.get("/story-1/"))
    switch = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switch == {"en": "/story-1/", "uk": "/uk/"}


def test_pages_load_nothing_from_other_hosts(client, newsroom):
    for url in ["/", "/story-3/", "/authors/ada-reed/", "/topics/energy/", "/uk/"]:
        soup = soup_of(client.get(url))
        for tag, attribute in [
            ("img", "src"),
            ("script", "src"),
            ("link", "href"),
            ("iframe", "src"),
        ]:
            for element in soup.find_all(tag):
                value = element.get(attribute)
                if value is None or element.get("rel") in (
                    ["canonical"],
                    ["alternate"],
                ):
                    continue
                host = urlsplit(value).netloc
                assert host in ("", "testserver"), (url, tag, value)
        for img in soup.find_all("img"):
            for candidate in img.get("srcset", "").split(","):
                assert urlsplit(candidate.strip()).netloc in ("", "testserver")


def test_page_structure_is_accessible(client, newsroom):
    for url in ["/", "/story-3/", "/authors/ada-reed/", "/topics/energy/"]:
        soup = soup_of(client.get(url))
        assert soup.html.get("lang")
        assert soup.select_one("a.skip-link")["href"] == "#main"
        assert soup.find("header")
        assert soup.find("main", id="main")
        assert soup.find("footer")
        assert len(soup.find_all("h1")) == 1
        levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4"])]
        assert levels[0] == 1
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (
            url,
            levels,
        )
        assert all(img.has_attr("alt") for img in soup.find_all("img"))
        for nav in soup.find_all("nav"):
            assert nav.get("aria-label")


def test_author_of_another_language_falls_back(client, newsroom):
    Author.objects.filter(slug="ada-reed", locale__language_code="uk").delete()
    response = client.get("/uk/authors/ada-reed/")
    assert response.status_code == 200
    assert soup_of(response).select_one("h1").get_text() == "Ada Reed"
