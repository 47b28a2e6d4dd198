"""News models, re-exported: ``from masthead.news.models import ArticlePage``."""

from masthead.news.models.articles import ArticleAuthor, ArticlePage, RelatedStory
from masthead.news.models.corrections import Correction, CorrectionAmendment
from masthead.news.models.home import HomePage
from masthead.news.models.people import Author, Topic
from masthead.news.models.standards import StandardsPage

__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "Author",
    "Correction",
    "CorrectionAmendment",
    "HomePage",
    "RelatedStory",
    "StandardsPage",
    "Topic",
]
