"""Generate a large newsroom fast: rows in bulk, not page-by-page saves.

Used by the benchmarks (import after ``django.setup()``). Articles become
children of the English home page with tree paths computed here, as
treebeard would; bylines, topics and hero images are attached in bulk, and
the search index is built afterwards by ``update_index``.
"""

import json
import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from masthead.core.dbstats import refresh_statistics
from masthead.core.generated_images import create_image, draw_scene
from masthead.news.models import ArticleAuthor, ArticlePage, Author, HomePage, Topic
from masthead.news.purges import listing_tables
from masthead.news.services import ensure_site_tree

WORDS = [
    "city",
    "council",
    "water",
    "power",
    "bridge",
    "river",
    "school",
    "hospital",
    "shelter",
    "alert",
    "budget",
    "election",
    "volunteer",
    "repair",
    "transport",
    "harbour",
    "energy",
    "grid",
    "outage",
    "reconstruction",
    "refugees",
    "theatre",
    "market",
    "frontline",
    "drone",
    "substation",
    "heat",
    "residents",
    "officials",
    "statement",
    "report",
    "investigation",
    "court",
    "mayor",
    "district",
]


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def generate(*, articles: int, authors: int, topics: int, seed: int = 1) -> None:
    """Add ``articles`` live English articles (and their authors and topics)."""
    rng = random.Random(seed)
    home = ensure_site_tree()
    english = Locale.objects.get(language_code="en")
    image = create_image(
        title="Bench picture",
        data=draw_scene("bench", width=800, height=450),
        filename="bench.jpg",
        alt="A generated city by a river",
        credit="Bench",
    )
    with transaction.atomic():
        author_rows = Author.objects.bulk_create(
            Author(
                name=f"Author {n}",
                slug=f"bench-author-{n}",
                role="Reporter",
                bio=sentence(rng, 20),
                locale=english,
                translation_key=uuid.uuid4(),
            )
            for n in range(authors)
        )
        topic_rows = Topic.objects.bulk_create(
            Topic(
                name=f"Topic {n}",
                slug=f"bench-topic-{n}",
                locale=english,
                translation_key=uuid.uuid4(),
                kind="subject",
            )
            for n in range(topics)
        )
        content_type = ContentType.objects.get_for_model(ArticlePage)
        home = HomePage.objects.get(pk=home.pk)
        start = home.numchild
        now = timezone.now()
        pages = []
        for n in range(articles):
            published = now - timedelta(minutes=7 * (articles - n))
            slug = f"bench-story-{seed}-{n}"
            pages.append(
                Page(
                    title=sentence(rng, 8)[:250],
                    draft_title="",
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(home.path, home.depth + 1, start + n + 1),
                    depth=home.depth + 1,
                    numchild=0,
                    url_path=f"{home.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    locale=english,
                    translation_key=uuid.uuid4(),
                )
            )
        Page.objects.bulk_create(pages, batch_size=2000)
        Page.objects.filter(pk=home.pk).update(numchild=start + articles)
        created = list(
            Page.objects.filter(
                path__startswith=home.path,
                depth=home.depth + 1,
                slug__startswith=f"bench-story-{seed}-",
            ).values_list("pk", flat=True)
        )
        table = ArticlePage._meta.db_table
        columns = [
            "page_ptr_id",
            "standfirst",
            "body",
            "hero_image_id",
            "hero_caption",
            "hero_is_illustrative",
            "verification_status",
            "verification_note",
            "sourcing_notes",
            "reading_minutes",
            "visibility",
        ]
        rows = []
        for pk in created:
            body = [
                {
                    "type": "paragraph",
                    "value": f"<p>{sentence(rng, 60)}</p>",
                    "id": str(uuid.uuid4()),
                }
                for _ in range(5)
            ]
            rows.append(
                (
                    pk,
                    sentence(rng, 25),
                    json.dumps(body),
                    image.pk,
                    "",
                    False,
                    "",
                    "",
                    "",
                    2,
                    "public",
                )
            )
        placeholders = ", ".join(["%s"] * len(columns))
        with connection.cursor() as cursor:
            cursor.executemany(
                # Table names come from the models; every value is a parameter.
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # nosec B608
                rows,
            )
        ArticleAuthor.objects.bulk_create(
            (
                ArticleAuthor(page_id=pk, author=rng.choice(author_rows), sort_order=0)
                for pk in created
            ),
            batch_size=5000,
        )
        through = ArticlePage.topics.through
        through.objects.bulk_create(
            (
                through(articlepage_id=pk, topic=t)
                for pk in created
                for t in rng.sample(topic_rows, 2)
            ),
            batch_size=5000,
        )
    # What every publish does on SQLite; bulk rows bypass publishing.
    refresh_statistics(listing_tables())


def generate_members(count: int, *, batch: int = 50_000) -> None:
    """Add ``count`` confirmed members (each with a user account) in bulk
    SQL, and set the running totals the membership drive reads."""
    from masthead.members.models import Member, MemberCount
    from masthead.members.services import recount

    users = connection.ops.quote_name("auth_user")
    members = Member._meta.db_table
    now = timezone.now()
    with connection.cursor() as cursor:
        # Table names come from the models; every value is a parameter.
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {users}")  # nosec B608
        first = cursor.fetchone()[0] + 1
    for start in range(0, count, batch):
        ids = range(first + start, first + min(start + batch, count))
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(
                # Table names come from the models; every value is a parameter.
                f"INSERT INTO {users} (id, password, is_superuser, username, "  # nosec B608
                "first_name, last_name, email, is_staff, is_active, date_joined) "
                "VALUES (%s, '!', %s, %s, '', '', %s, %s, %s, %s)",
                [
                    (n, False, f"bench-{n}", f"bench-{n}@example.org", False, True, now)
                    for n in ids
                ],
            )
            cursor.executemany(
                # Table names come from the models; every value is a parameter.
                f"INSERT INTO {members} (user_id, email, public_id, created_at, "  # nosec B608
                "confirmed_at, stripe_customer_id, is_paying, is_donor) "
                "VALUES (%s, %s, %s, %s, %s, '', %s, %s)",
                [
                    (
                        n,
                        f"bench-{n}@example.org",
                        uuid.uuid4().hex,
                        now,
                        now,
                        False,
                        False,
                    )
                    for n in ids
                ],
            )
    for metric in MemberCount.Metric.values:
        recount(metric)
    refresh_statistics(listing_tables())
