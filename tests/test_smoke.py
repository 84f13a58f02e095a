import pytest

pytestmark = pytest.mark.django_db


def test_vietnamese_home_is_served_at_root(client, soup):
    response = client.get("/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "vi"


def test_english_home_is_served_under_en(client, soup):
    response = client.get("/en/")
    assert response.status_code == 200
    assert soup(response).html["lang"] == "en"
