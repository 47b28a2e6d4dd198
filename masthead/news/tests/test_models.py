import json

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from masthead.core.tests.factories import NewsImageFactory
from masthead.news.blocks import ArticleImageBlock
from masthead.news.models import ArticlePage
from masthead.news.models.articles import reading_minutes_for
from masthead.news.tests.factories import ArticlePageFactory, paragraphs

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(0, 1), (1, 1), (230, 1), (231, 2), (460, 2), (461, 3), (2300, 10)],
)
def test_reading_minutes_round_up_at_the_newsroom_reading_speed(
    settings, words, minutes
):
    settings.MASTHEAD_WORDS_PER_MINUTE = 230
    assert reading_minutes_for(words) == minutes


def test_reading_speed_is_read_from_settings(settings):
    settings.MASTHEAD_WORDS_PER_MINUTE = 100
    assert reading_minutes_for(250) == 3


def test_reading_time_counts_paragraphs_quotes_and_claims(home_page):
    body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>" + "word " * 300 + "</p>"},
            {"type": "quote", "value": {"text": "quote " * 100, "attribution": "X"}},
            {
                "type": "claim",
                "value": {
                    "text": "<p>" + "claim " * 100 + "</p>",
                    "status": "disputed",
                },
            },
        ]
    )
    article = ArticlePageFactory(
        parent=home_page, body=body, standfirst="Four words stand here."
    )
    assert article.body_word_count() == 504
    assert article.reading_minutes == 3
    assert ArticlePage.objects.get(pk=article.pk).reading_minutes == 3


def test_reading_time_follows_a_published_revision(home_page):
    article = ArticlePageFactory(parent=home_page, body=paragraphs("short"))
    assert article.reading_minutes == 1
    article.body = paragraphs("word " * 1000)
    article.save_revision().publish()
    assert ArticlePage.objects.get(pk=article.pk).reading_minutes == 5


def test_image_without_alt_text_is_invalid():
    image = NewsImageFactory.build(description="   ")
    with pytest.raises(ValidationError) as error:
        image.clean()
    assert "description" in error.value.message_dict


def test_article_refuses_a_hero_image_without_alt_text(home_page):
    image = NewsImageFactory()
    type(image).objects.filter(pk=image.pk).update(description="")
    image.refresh_from_db()
    article = ArticlePageFactory(parent=home_page)
    article.hero_image = image
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "hero_image" in error.value.message_dict


def test_image_block_refuses_an_image_without_alt_text():
    image = NewsImageFactory()
    type(image).objects.filter(pk=image.pk).update(description="")
    image.refresh_from_db()
    block = ArticleImageBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({"image": image.pk, "caption": "", "illustrative": False})
        )


@pytest.mark.parametrize(
    ("status", "note", "valid"),
    [
        ("", "", True),
        ("verified", "", True),
        ("not_verified", "", False),
        ("disputed", "  ", False),
        ("not_verified", "We could not reach the ministry.", True),
    ],
)
def test_unverified_or_disputed_articles_need_a_note(home_page, status, note, valid):
    article = ArticlePageFactory(parent=home_page)
    article.verification_status = status
    article.verification_note = note
    if valid:
        article.full_clean()
    else:
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert "verification_note" in error.value.message_dict


def test_caption_falls_back_to_the_image_caption(home_page):
    article = ArticlePageFactory(parent=home_page)
    assert article.caption == article.hero_image.caption
    article.hero_caption = "Own caption"
    assert article.caption == "Own caption"


def test_updated_time_is_shown_only_when_after_publication(home_page):
    article = ArticlePageFactory(parent=home_page)
    assert article.display_updated_at is None
    article.updated_at = article.first_published_at.replace(year=2000)
    assert article.display_updated_at is None
    article.updated_at = article.first_published_at + (
        article.first_published_at - article.updated_at
    )
    assert article.display_updated_at == article.updated_at
