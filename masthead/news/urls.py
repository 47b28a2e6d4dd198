from django.urls import path

from masthead.news import views

app_name = "news"

urlpatterns = [
    path("corrections/", views.corrections, name="corrections"),
    path("authors/", views.author_list, name="author_list"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic"),
]
