"""The process of ``test_disk_full``: the site, with no room to write.

    python -m masthead.core.tests.disk_full_writer LIMIT_BYTES

Sets Django up as ``manage.py`` does (database from ``DATABASE_URL``,
uploads in ``DJANGO_MEDIA_ROOT``), signs an editor in, then lowers its own
file-size limit (``RLIMIT_FSIZE``, what ``prlimit --fsize`` sets) to
``LIMIT_BYTES``: any write past that offset of any file fails with EFBIG, as
on a full disk. With SIGXFSZ ignored the write gets the error instead of
the process being killed. Under the limit it uploads an image through the
admin's multiple upload, a document through the admin's add form, and
writes a large row in a transaction; then it lifts the limit and uploads an
image again. Prints one JSON line with what each step answered.
"""

import io
import json
import os
import resource
import signal
import sys


def png(size: int) -> bytes:
    """A PNG of at least ``size`` bytes (noise does not compress)."""
    from PIL import Image

    side = int((size / 3) ** 0.5) + 16
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def main(limit: int) -> dict:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.db import DatabaseError, transaction
    from django.test import Client
    from django.utils import timezone
    from wagtail.models import Collection

    from masthead.editorial.tests.helpers import sign_in_to_admin

    editor = get_user_model().objects.create_superuser(
        "editor", "editor@example.org", "a-long-editor-password"
    )
    client = Client(raise_request_exception=False)
    sign_in_to_admin(client, editor)
    client.get("/admin/images/multiple/add/")  # load everything once
    big_image = png(limit + limit // 2)
    collection = Collection.get_first_root_node().pk

    def upload_image(name: str) -> dict:
        response = client.post(
            "/admin/images/multiple/add/",
            {"files[]": SimpleUploadedFile(name, big_image, "image/png")},
        )
        return {"status": response.status_code, "body": response.json()}

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    results = {"image": upload_image("full.png")}
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Budget",
            "file": SimpleUploadedFile("budget.txt", b"x" * (limit + limit // 2)),
            "collection": collection,
        },
    )
    results["document"] = {
        "status": response.status_code,
        "body": response.content.decode()[:2000],
    }
    try:
        with transaction.atomic():
            Collection.get_first_root_node().add_child(name="Written first")
            Session.objects.create(
                session_key="x" * 32,
                session_data="y" * (limit * 2),
                expire_date=timezone.now(),
            )
        results["row"] = "written"
    except DatabaseError as error:
        results["row"] = f"{type(error).__name__}: {error}"

    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    results["image after"] = upload_image("room.png")
    return results


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(int(sys.argv[1]))) + "\n")
