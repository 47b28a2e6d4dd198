"""The newsroom's roles, as Django groups, and its review workflow.

Reporters write and submit; editors review, publish and correct; admins run
the site (people, settings, members). A migration applies this on install;
``apply_roles`` is idempotent, so it can run again (tests do, after a flush).

Each app that adds models grants its own permissions in its own migration,
with ``grant`` (e.g. live coverage's entries go to editors).
"""

from dataclasses import dataclass, field

REPORTERS = "Reporters"
EDITORS = "Editors"
ADMINISTRATORS = "Administrators"
WORKFLOW_NAME = "Editorial review"
TASK_NAME = "Editor approval"
# Wagtail's own first-install group, replaced by the roles here.
WAGTAIL_MODERATORS = "Moderators"

ALL = "__all__"


@dataclass(frozen=True)
class Role:
    name: str
    # Page permissions (wagtailcore codenames) over the whole page tree.
    pages: tuple[str, ...]
    # Collection-scoped permissions (image and document library).
    collections: tuple[str, ...]
    # Model permissions as "app_label.codename", or ALL.
    models: tuple[str, ...] | str = field(default=())


# Page permissions of those who publish.
PUBLISHING = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)

ROLES = (
    Role(
        REPORTERS,
        pages=("add_page", "change_page"),
        collections=(
            "wagtailimages.add_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.choose_document",
        ),
        models=(
            "wagtailadmin.access_admin",
            "news.view_author",
            "news.view_topic",
        ),
    ),
    Role(
        EDITORS,
        pages=PUBLISHING,
        collections=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ),
        models=(
            "wagtailadmin.access_admin",
            "news.add_author",
            "news.change_author",
            "news.view_author",
            "news.add_topic",
            "news.change_topic",
            "news.view_topic",
            "news.add_correction",
            "news.change_correction",
            "news.view_correction",
            "newsletters.add_send",
            "newsletters.view_send",
            "newsletters.view_newsletter",
            "wagtailredirects.add_redirect",
            "wagtailredirects.change_redirect",
            "wagtailredirects.delete_redirect",
        ),
    ),
    Role(
        ADMINISTRATORS,
        pages=PUBLISHING,
        collections=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.delete_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.delete_document",
            "wagtaildocs.choose_document",
            "wagtailcore.add_collection",
            "wagtailcore.change_collection",
            "wagtailcore.delete_collection",
        ),
        models=ALL,
    ),
)


LIVE_ENTRIES = (
    "live.add_liveentry",
    "live.change_liveentry",
    "live.delete_liveentry",
    "live.view_liveentry",
)
# Permissions of models added after the roles: each granted by a later
# migration, and by ``apply_roles`` when it runs again.
LATER_GRANTS = {
    EDITORS: LIVE_ENTRIES,
    ADMINISTRATORS: (*LIVE_ENTRIES, "editorial.view_auditevent"),
}


def permissions_named(apps, dotted: str):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    )


def permission(apps, dotted: str):
    return permissions_named(apps, dotted).get()


def exists(apps, dotted: str) -> bool:
    return permissions_named(apps, dotted).exists()


def ensure_permissions(apps) -> None:
    """Create the permission rows now: on a fresh install Django makes them
    only after every migration has run."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Migration states have no models module; Django then skips the app.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = original or True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = original


def grant(apps, group_name: str, dotted_permissions) -> None:
    """Add model permissions to a role (for apps' own migrations)."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(*(permission(apps, dotted) for dotted in dotted_permissions))


def apply_roles(apps) -> None:
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    groups = {}
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        groups[role.name] = group
        if role.models == ALL:
            group.permissions.add(*Permission.objects.all())
        else:
            group.permissions.add(*(permission(apps, p) for p in role.models))
        if root_page is not None:
            for codename in role.pages:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root_page,
                    permission=permission(apps, f"wagtailcore.{codename}"),
                )
        if root_collection is not None:
            for dotted in role.collections:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(apps, dotted),
                )
    for name, dotted_permissions in LATER_GRANTS.items():
        found = [p for p in dotted_permissions if "." in p and exists(apps, p)]
        grant(apps, name, found)
    # Wagtail's first-install "Moderators" group is the editors' job here.
    Group.objects.filter(name=WAGTAIL_MODERATORS, user__isnull=True).delete()
    if root_page is not None:
        apply_workflow(apps, root_page, groups[EDITORS])


def apply_workflow(apps, root_page, editors) -> None:
    """Every page goes through "Editorial review": an editor approves it or
    sends it back with a comment (Wagtail's group approval task)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME, content_type=content_type, active=True
        )
    task.groups.set([editors])
    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(
        page=root_page, defaults={"workflow": workflow}
    )
    # Wagtail's first-install workflow, left without its group above.
    Workflow.objects.exclude(pk=workflow.pk).filter(
        name=f"{WAGTAIL_MODERATORS} approval"
    ).update(active=False)
