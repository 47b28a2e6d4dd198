from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from lxml import etree

from masthead.news.models import ArticlePage

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "schemas"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "n": "http://www.google.com/schemas/sitemap-news/0.9",
}


def valid_xml(client, url: str, schema: str):
    response = client.get(url)
    assert response.status_code == 200, url
    document = etree.fromstring(response.content)
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / schema)))
    assert xsd.validate(document), (url, xsd.error_log)
    return document


def test_schemas_reject_what_the_protocol_forbids():
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    bad = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/relative/</loc><priority>2</priority></url></urlset>'
    assert not xsd.validate(etree.fromstring(bad))


def test_sitemap_index_lists_every_section(client, newsroom):
    index = valid_xml(client, "/sitemap.xml", "siteindex.xsd")
    locations = index.xpath("//s:sitemap/s:loc/text()", namespaces=NS)
    assert {loc.rsplit("/", 1)[1] for loc in locations} == {
        "sitemap-pages.xml",
        "sitemap-articles.xml",
        "sitemap-topics.xml",
        "sitemap-authors.xml",
    }


def test_article_sitemap_has_every_live_article_with_lastmod(client, newsroom):
    ArticlePage.objects.filter(slug="story-5").update(live=False)
    document = valid_xml(client, "/sitemap-articles.xml", "sitemap.xsd")
    locations = document.xpath("//s:url/s:loc/text()", namespaces=NS)
    assert "http://testserver/story-8/" in locations
    assert "http://testserver/uk/story-8/" in locations
    assert "http://testserver/story-5/" not in locations
    assert len(locations) == 9  # 7 English + 2 Ukrainian
    assert len(document.xpath("//s:url/s:lastmod", namespaces=NS)) == 9


@pytest.mark.parametrize("section", ["pages", "topics", "authors"])
def test_other_sections_validate(client, newsroom, section):
    document = valid_xml(client, f"/sitemap-{section}.xml", "sitemap.xsd")
    assert document.xpath("//s:url", namespaces=NS)


def test_news_sitemap_has_the_last_48_hours(client, newsroom):
    ArticlePage.objects.filter(slug="story-7").update(
        first_published_at=timezone.now() - timedelta(hours=50)
    )
    document = valid_xml(client, "/sitemap-news.xml", "news-sitemap-set.xsd")
    titles = document.xpath("//n:news/n:title/text()", namespaces=NS)
    # Story 7 (both languages) is 50 hours old now; story 6 is 30 hours old.
    assert titles == ["Історія номер 8", "Story number 8", "Story number 6"]
    languages = document.xpath("//n:publication/n:language/text()", namespaces=NS)
    assert languages == ["uk", "en", "en"]
    assert (
        document.xpath("//n:publication/n:name/text()", namespaces=NS)[0]
        == "The Pristan Courier"
    )


def test_robots_txt_points_to_the_sitemaps(client, newsroom):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Sitemap: http://testserver/sitemap-news.xml" in text
