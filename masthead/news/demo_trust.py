"""Demo content for the newsroom's trust features: types of work, the
standards page, corrections, image provenance and an embargoed story.

Our own writing about the fictional city of Pristan. Idempotent, like the
rest of the demo.
"""

import json
from datetime import timedelta

from django.db import transaction
from wagtail.models import Locale

from masthead.core.models import NewsImage
from masthead.news.labels import WorkType
from masthead.news.models import (
    ArticleAuthor,
    ArticlePage,
    Correction,
    HomePage,
    StandardsPage,
)

WORK_TYPES = {
    "grain-exporters-river-route-costs": WorkType.ANALYSIS,
    "krutohir-substation-rebuild-will-take-months": WorkType.ANALYSIS,
    "inside-the-lotsman-bridge-rebuild": WorkType.ANALYSIS,
    "what-city-resilience-points-offer": WorkType.EXPLAINER,
    "what-we-know-night-of-river-strikes": WorkType.EXPLAINER,
    "displaced-lower-town-voters-change-address": WorkType.EXPLAINER,
    "rumours-mandatory-evacuation-solonyi-brid": WorkType.FACT_CHECK,
    "commission-rejects-rumour-votes-annulled-during-alerts": WorkType.FACT_CHECK,
    "why-every-courier-story-now-carries-a-label": WorkType.OPINION,
}

OPINION = {
    "slug": "why-every-courier-story-now-carries-a-label",
    "headline": "Why every Courier story now carries a label",
    "standfirst": "Readers asked us how to tell our reporting from our analysis. "
    "From today, each story says what kind of work it is, and each claim says "
    "how far we could check it.",
    "authors": ["nadiia-levchuk"],
    "topics": [],
    "hours_ago": 30,
    "verification": "",
    "verification_note": "",
    "sourcing": "",
    "hero": {
        "caption": "A newsroom desk with marked-up proofs, drawn for this column.",
        "credit": "Pristan Courier design desk",
        "illustrative": True,
        "alt": "A drawing of a desk covered with printed pages and a red pen.",
    },
    "body": [
        (
            "paragraph",
            "In the first weeks of the war, a reader stopped me at the market in "
            "Mlynky with a question I still think about: when the Courier writes "
            "that something happened, how sure are you? She had seen a story of "
            "ours shared next to a rumour, and at a glance the two looked alike.",
        ),
        (
            "paragraph",
            "So we are making our judgement visible. Above every headline you will "
            "now see what the piece is: news, analysis, an explainer, a fact check, "
            "or, like this column, opinion. News tells you what happened and who "
            "says so. Analysis and opinion tell you what a journalist makes of it, "
            "and we want you to know which one you are reading.",
        ),
        (
            "paragraph",
            "Where a story rests on a claim we could not confirm ourselves, the "
            "claim carries a label too, with a line on what we did and did not "
            "manage to check. Every label links to our standards page, which says "
            "in plain words what it means.",
        ),
        (
            "paragraph",
            "And when we get something wrong, the correction goes at the top of "
            "the story and into a public log. We do not quietly edit mistakes "
            "away. A newsroom that asks for your trust, and your membership, owes "
            "you at least that.",
        ),
    ],
}

STANDARDS = {
    "en": {
        "title": "Our standards",
        "intro": "How The Pristan Courier reports, checks and corrects its work.",
        "body": (
            "<h2>Verification</h2>"
            "<p>We publish what we have confirmed. A fact is confirmed when a "
            "reporter saw it, when two sources who do not depend on each other "
            "say it, or when we examined the evidence ourselves: documents, "
            "photographs and videos we could date and place. When we report a "
            "claim we could not confirm, we say so next to it.</p>"
            "<h2>Sources</h2>"
            "<p>We name our sources. We grant anonymity only when naming someone "
            "would put them in danger or cost them their job, and then an editor "
            "knows who they are and we tell you why they are not named.</p>"
            "<h2>Speed</h2>"
            "<p>During attacks we publish fast on our live pages, and every entry "
            "says what is confirmed. We never publish the location of air "
            "defence or the details of where a strike landed before officials "
            "allow it.</p>"
            "<h2>Independence</h2>"
            "<p>Our members fund us. No advertiser, donor or official sees a "
            "story before it is published. Sponsored content is labelled and is "
            "never written by our reporters.</p>"
            "<h2>Pictures and AI</h2>"
            "<p>Every picture carries its author and licence. A picture that does "
            "not show the events reported is marked as illustrative; an image "
            "made with a generative model is marked as AI-generated and is never "
            "used to document news.</p>"
        ),
    },
    "uk": {
        "title": "Наші стандарти",
        "intro": "Як «Кур’єр Пристані» збирає, перевіряє та виправляє інформацію.",
        "body": (
            "<h2>Перевірка</h2>"
            "<p>Ми публікуємо те, що підтвердили. Факт підтверджено, коли його "
            "бачив наш журналіст, коли про нього кажуть два незалежні одне від "
            "одного джерела або коли ми самі дослідили докази: документи, фото "
            "й відео, час і місце яких змогли встановити. Якщо ми повідомляємо "
            "твердження, яке не змогли підтвердити, ми пишемо про це поруч.</p>"
            "<h2>Джерела</h2>"
            "<p>Ми називаємо джерела. Анонімність надаємо лише тоді, коли ім’я "
            "наражає людину на небезпеку або загрожує її роботі; тоді редактор "
            "знає, хто це, а ми пояснюємо вам, чому ім’я не назване.</p>"
            "<h2>Незалежність</h2>"
            "<p>Нас фінансують читачі-члени. Жоден рекламодавець, донор чи "
            "посадовець не бачить матеріалу до публікації. Спонсорські матеріали "
            "позначені, і пишуть їх не наші журналісти.</p>"
            "<h2>Зображення і ШІ</h2>"
            "<p>Кожне зображення має автора й ліцензію. Ілюстративні фото "
            "позначені; зображення, створені генеративною моделлю, позначені як "
            "згенеровані ШІ і ніколи не документують новин.</p>"
        ),
    },
}

# (story, type, text, hours after publication, (amendment note, first wording))
CORRECTIONS = [
    (
        "council-postpones-budget-amendments-quorum-row",
        Correction.Kind.CORRECTION,
        "An earlier version said 21 deputies attended the session. The "
        "attendance register shows 19.",
        3,
        None,
    ),
    (
        "riverport-reopens-second-quay",
        Correction.Kind.CLARIFICATION,
        "The second quay handles grain barges only; container ships still use "
        "the first quay, as the port authority has since clarified.",
        5,
        (
            "Named the port authority as the source of the clarification.",
            "The second quay handles grain barges only; container ships still use "
            "the first quay.",
        ),
    ),
    (
        "drone-attack-damages-mlynky-substation",
        Correction.Kind.UPDATE,
        "Pristanoblenergo said at 18:00 that power was back for about 11,000 of "
        "the 14,000 households cut off.",
        1,
        None,
    ),
]

EMBARGOED = {
    "slug": "city-budget-next-year-what-changes",
    "title": "City budget for next year: what changes for residents",
    "standfirst": "The draft the council will publish at noon moves money from "
    "road repairs to shelters and heating points.",
    "text": "The draft budget, shared with the Courier under embargo, sets aside "
    "more for school shelters than any year before.",
    "hours_ahead": 3,
}


def apply_work_types() -> None:
    for slug, work_type in WORK_TYPES.items():
        ArticlePage.objects.filter(slug=slug).update(work_type=work_type)


def apply_image_provenance() -> None:
    """Staff pictures are "all rights reserved"; the column's drawing is
    marked as AI-made and openly licensed, to show the labels."""
    NewsImage.objects.filter(title__startswith="Photo: ", licence="").update(
        licence="All rights reserved"
    )
    NewsImage.objects.filter(title=f"Photo: {OPINION['headline'][:80]}").update(
        ai_generated=True,
        licence="CC BY 4.0",
        licence_url="https://creativecommons.org/licenses/by/4.0/",
    )


def load_standards_pages(english: Locale, ukrainian: Locale) -> None:
    for locale in (english, ukrainian):
        if StandardsPage.objects.filter(locale=locale).exists():
            continue
        home = HomePage.objects.get(locale=locale)
        text = STANDARDS[locale.language_code]
        source = StandardsPage.objects.filter(locale=english).first()
        if source is not None and locale != english:
            page = source.copy_for_translation(locale)
            page.title = page.draft_title = text["title"]
            page.intro, page.body = text["intro"], text["body"]
            page.save()
        else:
            page = home.add_child(
                instance=StandardsPage(slug="standards", **text, locale=locale)
            )
        page.save_revision(log_action=False).publish(log_action=False)


def load_corrections(now) -> None:
    for slug, kind, text, hours_after, amendment in CORRECTIONS:
        article = ArticlePage.objects.filter(
            slug=slug, locale__language_code="en"
        ).first()
        if article is None or article.corrections.exists():
            continue
        published_at = min(
            now, article.first_published_at + timedelta(hours=hours_after)
        )
        correction = Correction.objects.create(
            article=article, kind=kind, text=text, published_at=published_at
        )
        if amendment:
            note, first_wording = amendment
            correction.amendments.create(
                note=note,
                previous_kind=kind,
                previous_text=first_wording,
                changed_at=min(now, published_at + timedelta(minutes=40)),
            )


def load_embargoed_story(home: HomePage, authors: dict, now) -> None:
    if ArticlePage.objects.filter(slug=EMBARGOED["slug"]).exists():
        return
    story = ArticlePage(
        title=EMBARGOED["title"],
        slug=EMBARGOED["slug"],
        standfirst=EMBARGOED["standfirst"],
        body=json.dumps(
            [{"type": "paragraph", "value": f"<p>{EMBARGOED['text']}</p>"}]
        ),
        embargo_until=now + timedelta(hours=EMBARGOED["hours_ahead"]),
        live=False,
    )
    story.article_authors = [
        ArticleAuthor(author=authors["iryna-pylypenko"], sort_order=0)
    ]
    home.add_child(instance=story)
    # Publishing before the embargo schedules it for the embargo.
    story.save_revision(log_action=False).publish(log_action=False)


@transaction.atomic
def load_trust_demo(*, home, english, ukrainian, authors, now) -> None:
    apply_work_types()
    apply_image_provenance()
    load_standards_pages(english, ukrainian)
    load_corrections(now)
    load_embargoed_story(home, authors, now)
