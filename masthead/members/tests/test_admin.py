import pytest

pytestmark = pytest.mark.django_db


def test_admins_see_members_but_cannot_forge_them(editor_client, member):
    listing = editor_client.get("/admin/snippets/members/member/")
    assert listing.status_code == 200
    assert str(member.public_id) in listing.content.decode()
    inspect = editor_client.get(f"/admin/snippets/members/member/inspect/{member.pk}/")
    assert inspect.status_code == 200
    for url in [
        "/admin/snippets/members/member/add/",
        f"/admin/snippets/members/member/edit/{member.pk}/",
        f"/admin/snippets/members/member/delete/{member.pk}/",
        "/admin/snippets/members/stripeevent/add/",
    ]:
        assert editor_client.get(url).status_code in (302, 403), url


def test_editors_manage_tiers_and_campaigns(editor_client):
    assert editor_client.get("/admin/snippets/members/tier/add/").status_code == 200
    assert (
        editor_client.get("/admin/snippets/campaigns/campaign/add/").status_code == 200
    )


def test_anonymous_visitors_cannot_list_members(client, member):
    response = client.get("/admin/snippets/members/member/")
    assert response.status_code == 302
    assert "reader@example.org" not in response.content.decode()
