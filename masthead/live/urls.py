from django.urls import path

from masthead.live import views

app_name = "live"

urlpatterns = [
    path("<int:page_id>/entries.json", views.entries_json, name="entries"),
]
