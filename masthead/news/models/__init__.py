"""News models, re-exported: ``from masthead.news.models import ArticlePage``."""

from masthead.news.models.articles import ArticleAuthor, ArticlePage, RelatedStory
from masthead.news.models.home import HomePage
from masthead.news.models.people import Author, Topic

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "Author",
    "HomePage",
    "RelatedStory",
    "Topic",
]
