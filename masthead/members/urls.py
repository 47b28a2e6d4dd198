from django.urls import path

from masthead.members import views, webhooks

app_name = "members"

urlpatterns = [
    path("join/", views.join, name="join"),
    path("login/", views.magic_login, name="login"),
    path("logout/", views.sign_out, name="logout"),
    path("account/", views.account, name="account"),
    path("account/export/", views.export, name="export"),
    path("account/delete/", views.delete_account, name="delete"),
    path("account/billing/", views.billing, name="billing"),
    path("support/", views.support, name="support"),
    path("support/thanks/", views.thanks, name="thanks"),
]

webhook_urlpatterns = [
    path("stripe/webhook/", webhooks.stripe_webhook, name="stripe_webhook"),
]
