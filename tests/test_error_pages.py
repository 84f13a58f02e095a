"""Unknown addresses and server errors give styled, translated pages without details."""

import pytest
from django.test import Client

from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [
        ("/khong-co-trang-nay/", "vi", "Không tìm thấy trang"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/a/b/c/d/", "vi", "Không tìm thấy trang"),
    ],
)
def test_unknown_address_gives_a_styled_translated_404(client, soup, path, language, heading):
    response = client.get(path)
    assert response.status_code == 404
    parsed = soup(response)
    assert parsed.html["lang"] == language
    assert parsed.h1.get_text(strip=True) == heading
    assert parsed.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert parsed.select_one(".site-header") is not None
    assert parsed.select_one("[data-quick-exit]") is not None


@pytest.mark.parametrize(
    "path",
    ["/%E0%A4%A/", "/en/" + "a" * 3000 + "/", "/../../etc/passwd", "/en/%00/", "/?page=abc"],
)
def test_odd_addresses_never_give_a_500(client, path):
    assert client.get(path).status_code in {200, 301, 400, 404}


@pytest.fixture
def failing_home_page(monkeypatch):
    def explode(self, request, *args, **kwargs):
        raise RuntimeError("secret detail: database password is hunter2")

    monkeypatch.setattr(HomePage, "serve", explode)


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/", "vi", "Đã xảy ra lỗi"), ("/en/", "en", "Something went wrong")],
)
def test_server_error_gives_a_styled_page_without_details(
    soup, failing_home_page, path, language, heading
):
    client = Client(raise_request_exception=False)
    response = client.get(path)
    assert response.status_code == 500
    body = response.content.decode()
    assert "hunter2" not in body
    assert "RuntimeError" not in body
    parsed = soup(body)
    assert parsed.html["lang"] == language
    assert parsed.h1.get_text(strip=True) == heading
    assert parsed.select_one("[data-quick-exit] a")["href"].startswith("https://")
    assert parsed.find("link", rel="stylesheet")["href"] == "/static/portal/css/site.css"
