from django.urls import path

from masthead.api import views

app_name = "content_api"

urlpatterns = [
    path("posts/", views.posts, name="posts"),
    path("posts/slug/<str:slug>/", views.post, name="post_by_slug"),
    path("posts/<str:ghost_id>/", views.post, name="post"),
    path("authors/", views.authors, name="authors"),
    path("authors/slug/<str:slug>/", views.authors, name="author_by_slug"),
    path("authors/<str:ghost_id>/", views.authors, name="author"),
    path("tags/", views.tags, name="tags"),
    path("tags/slug/<str:slug>/", views.tags, name="tag_by_slug"),
    path("tags/<str:ghost_id>/", views.tags, name="tag"),
    path("settings/", views.site_settings, name="settings"),
]
