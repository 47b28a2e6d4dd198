"""Labels readers can read: type of work, verification, image provenance."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from masthead.core.tests.factories import NewsImageFactory
from masthead.news.labels import WorkType
from masthead.news.models import StandardsPage
from masthead.news.structured_data import AI_GENERATED_SOURCE
from masthead.news.tests.factories import ArticlePageFactory
from masthead.news.verification import VerificationStatus

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup) -> dict:
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


@pytest.fixture
def standards(home_page):
    page = StandardsPage(
        title="Our standards",
        slug="standards",
        intro="How we report.",
        body="<p>We check before we publish.</p>",
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    ("work_type", "schema_type"),
    [
        (WorkType.NEWS, "ReportageNewsArticle"),
        (WorkType.ANALYSIS, "AnalysisNewsArticle"),
        (WorkType.OPINION, "OpinionNewsArticle"),
        (WorkType.EXPLAINER, "BackgroundNewsArticle"),
        (WorkType.SPONSORED, "AdvertiserContentArticle"),
    ],
)
def test_the_type_of_work_is_above_the_headline_and_in_json_ld(
    client, home_page, standards, work_type, schema_type
):
    article = ArticlePageFactory(parent=home_page, work_type=work_type)
    soup = soup_of(client.get(article.url))
    label = soup.select_one(".article__header .work-type")
    assert label.get_text(strip=True) == str(work_type.label)
    # Above the headline, and explained on the standards page.
    header = soup.select_one(".article__header")
    assert header.find_all(["p", "h1"])[0] is label
    assert label.a["href"] == f"/standards/#type-{work_type.value}"
    data = json_ld(soup)
    assert data["@type"] == schema_type
    assert data["genre"] == str(work_type.label)
    assert data["publishingPrinciples"] == "http://testserver/standards/"


def test_the_standards_page_explains_every_label(client, standards):
    soup = soup_of(client.get("/standards/"))
    assert "We check before we publish." in soup.get_text()
    anchors = {dt["id"] for dt in soup.select("dl.glossary dt")}
    assert {f"type-{value}" for value in WorkType.values} <= anchors
    assert {
        f"verification-{value}" for value in VerificationStatus.values if value
    } <= anchors
    assert soup.select_one('a[href="/corrections/"]') is not None


def test_verification_shows_where_the_claim_is_and_links_its_explanation(
    client, home_page, standards
):
    article = ArticlePageFactory(
        parent=home_page,
        verification_status=VerificationStatus.DISPUTED,
        verification_note="Two officials gave different figures.",
        sourcing_notes="Interviews with both officials.",
        body=json.dumps(
            [
                {
                    "type": "claim",
                    "value": {
                        "text": "<p>The plant was hit twice.</p>",
                        "status": "not_verified",
                        "note": "We could not reach the operator.",
                        "source": "a regional official",
                    },
                }
            ]
        ),
    )
    soup = soup_of(client.get(article.url))
    claim = soup.select_one(".claim")
    assert "The plant was hit twice." in claim.get_text()
    label = claim.select_one(".verification__label a")
    assert label["href"] == "/standards/#verification-not_verified"
    assert "a regional official" in claim.get_text()
    page_label = soup.select_one(".article > .verification .verification__label a")
    assert page_label["href"] == "/standards/#verification-disputed"
    assert "Interviews with both officials." in soup.select_one(".sourcing").get_text()


def test_image_provenance_is_shown_and_in_structured_data(client, home_page):
    picture = NewsImageFactory(
        credit="Oksana Lis",
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
        ai_generated=True,
        caption="A drawing of the new bridge.",
    )
    article = ArticlePageFactory(
        parent=home_page, hero_image=picture, hero_is_illustrative=True
    )
    soup = soup_of(client.get(article.url))
    caption = soup.select_one("figure figcaption")
    text = caption.get_text(" ", strip=True)
    assert "AI-generated image." in text
    assert "For illustrative purposes only." in text
    assert "Oksana Lis" in text
    licence = caption.select_one('a[rel~="license"]')
    assert licence.get_text() == "CC BY 4.0"
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"

    image = json_ld(soup)["image"][0]
    assert image["creditText"] == "Oksana Lis"
    assert image["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert image["digitalSourceType"] == AI_GENERATED_SOURCE
    assert image["caption"].startswith("AI-generated image.")
    assert "For illustrative purposes only." in image["caption"]


def test_a_plain_photo_claims_no_ai_source(client, home_page):
    article = ArticlePageFactory(parent=home_page)
    image = json_ld(soup_of(client.get(article.url)))["image"][0]
    assert "digitalSourceType" not in image
    assert image["creditText"] == "Test Agency"


def test_a_licence_link_must_be_a_web_address(db):
    picture = NewsImageFactory.build(licence_url="javascript:alert(1)")
    with pytest.raises(Exception, match="valid URL"):
        picture.full_clean(exclude=["file", "collection", "uploaded_by_user"])


def test_standards_link_follows_publishing(client, home_page, standards):
    article = ArticlePageFactory(parent=home_page)
    assert "/standards/#type-news" in client.get(article.url).content.decode()
    Page.objects.get(pk=standards.pk).specific.unpublish()
    assert "/standards/#type-news" not in client.get(article.url).content.decode()
