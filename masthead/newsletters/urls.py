from django.urls import path

from masthead.newsletters import views

app_name = "newsletters"

urlpatterns = [
    path("", views.index, name="index"),
    path("preferences/", views.preferences, name="preferences"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("<slug:slug>/", views.archive, name="archive"),
    path("<slug:slug>/<int:pk>/", views.web_version, name="web_version"),
]
