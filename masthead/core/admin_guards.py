"""Close what the Wagtail admin leaves open to every admin user.

Wagtail's snippet choosers (``/admin/snippets/choose/<app>/<model>/``) list
and search a model's rows for anyone who can reach the admin, whatever their
permissions on it: a reporter could page through members' addresses there.
Here a chooser needs some permission on its model (view, add, change or
delete), as the model's own admin pages do.
"""

import re

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from wagtail.permissions import policy_registry

CHOOSE_ACTIONS = ("view", "add", "change", "delete")


class SnippetChooserPermissionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.pattern = None

    def __call__(self, request):
        if self.pattern is None:
            prefix = re.escape(reverse("wagtailadmin_home"))
            self.pattern = re.compile(
                rf"^{prefix}snippets/choose/(?P<app>\w+)/(?P<model>\w+)/"
            )
        match = self.pattern.match(request.path_info)
        if match and request.user.is_authenticated:
            try:
                model = apps.get_model(match["app"], match["model"])
            except LookupError:
                return self.get_response(request)
            policy = policy_registry.get_by_type(model)
            if not policy.user_has_any_permission(request.user, CHOOSE_ACTIONS):
                raise PermissionDenied
        return self.get_response(request)
