import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Collection

from masthead.core.models import NewsImage

pytestmark = pytest.mark.django_db


def png_upload(name: str = "photo.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "#336699").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def image_form(**overrides) -> dict:
    data = {
        "title": "Harbour at dawn",
        "file": png_upload(),
        "description": "Cranes over the harbour at dawn",
        "caption": "The harbour.",
        "credit": "Staff photographer",
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
    }
    data.update(overrides)
    return data


def test_admin_refuses_an_image_without_alt_text(editor_client):
    response = editor_client.post("/admin/images/add/", image_form(description=""))
    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not NewsImage.objects.exists()


def test_admin_accepts_an_image_with_alt_text(editor_client):
    response = editor_client.post("/admin/images/add/", image_form())
    assert response.status_code == 302
    image = NewsImage.objects.get()
    assert image.description == "Cranes over the harbour at dawn"
    assert image.credit == "Staff photographer"


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
