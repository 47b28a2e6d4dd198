"""Feed URLs live beside the pages they follow, in each language."""

from django.urls import path

from masthead.feeds import feeds

app_name = "feeds"

urlpatterns = [
    path("feed/", feeds.ArticleFeed(), name="rss"),
    path("feed/atom/", feeds.AtomArticleFeed(), name="atom"),
    path("corrections/feed/", feeds.CorrectionsFeed(), name="corrections_rss"),
    path(
        "corrections/feed/atom/", feeds.AtomCorrectionsFeed(), name="corrections_atom"
    ),
    path("topics/<slug:slug>/feed/", feeds.TopicFeed(), name="topic_rss"),
    path("topics/<slug:slug>/feed/atom/", feeds.AtomTopicFeed(), name="topic_atom"),
    path("authors/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_rss"),
    path("authors/<slug:slug>/feed/atom/", feeds.AtomAuthorFeed(), name="author_atom"),
]
