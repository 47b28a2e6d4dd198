from django.urls import path

from masthead.campaigns import views

app_name = "campaigns"

urlpatterns = [path("meter.json", views.meter_json, name="meter")]
