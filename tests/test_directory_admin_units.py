"""Administrative units since 1 July 2025, and the older names readers still use."""

import pytest

from directory import admin_units


def test_there_are_34_provinces_and_168_units_in_ho_chi_minh_city():
    assert len(admin_units.provinces()) == 34
    city = admin_units.wards_of(admin_units.HO_CHI_MINH_CITY)
    assert len(city) == 168
    assert {ward.type for ward in city} == {"Phường", "Xã", "Đặc khu"}
    assert admin_units.provinces()["79"].name == "Thành phố Hồ Chí Minh"


def test_a_ward_has_its_official_code_and_a_centre_in_the_city():
    sai_gon = admin_units.ward("26740")
    assert sai_gon.name == "Phường Sài Gòn"
    assert sai_gon.province.code == "79"
    assert 10.7 < sai_gon.lat < 10.8
    assert 106.6 < sai_gon.lng < 106.8


@pytest.mark.parametrize("typed", ["Quận 1", "quan 1", "Q1", "q.1", "Q 1", "quận 01"])
def test_former_district_one_in_any_spelling_means_its_wards(typed):
    places = admin_units.find_places(typed)
    assert places[0].name == "Quận 1"
    assert places[0].former
    assert "26740" in places[0].ward_codes  # Phường Sài Gòn took in Bến Nghé


def test_a_ward_of_today_comes_before_a_former_district_of_the_same_name():
    places = admin_units.find_places("Bình Thạnh")
    assert [place.former for place in places] == [False, True]
    assert places[0].name == "Phường Bình Thạnh"
    assert places[1].name == "Quận Bình Thạnh"
    assert len(places[1].ward_codes) > 1


def test_thu_duc_and_its_older_district_names():
    thu_duc_city = admin_units.find_places("Thủ Đức")[1]
    assert thu_duc_city.name == "Thành phố Thủ Đức"
    assert admin_units.find_places("quận 9")[0] == thu_duc_city
    assert admin_units.find_places("Quan 2")[0] == thu_duc_city


@pytest.mark.parametrize(
    ("typed", "province_of_origin"),
    [("Thủ Dầu Một", "Tỉnh Bình Dương"), ("Vũng Tàu", "Tỉnh Bà Rịa - Vũng Tàu")],
)
def test_former_provinces_merged_into_the_city_are_found(typed, province_of_origin):
    places = admin_units.find_places(typed)
    former = [place for place in places if place.former and place.note]
    assert former
    assert former[0].note == province_of_origin
    assert all(admin_units.ward(code).province_code == "79" for code in former[0].ward_codes)


def test_former_ward_names_lead_to_todays_ward():
    assert admin_units.ward_codes_for("Bến Nghé") == ("26740",)
    assert admin_units.ward_codes_for("phuong ben nghe") == ("26740",)


@pytest.mark.parametrize("typed", ["", "xyz", "Quận 99", "x" * 500, "'; DROP TABLE--", "\x00\x01"])
def test_unknown_or_hostile_names_find_nothing(typed):
    assert admin_units.find_places(typed) == []
    assert admin_units.ward_codes_for(typed) == ()


def test_codes_are_accepted_as_they_are():
    assert admin_units.ward_codes_for("26740") == ("26740",)


def test_ward_choices_put_the_city_first_and_cover_every_unit():
    groups = admin_units.ward_choices()
    assert groups[0][0] == "Thành phố Hồ Chí Minh"
    assert len(groups[0][1]) == 168
    assert sum(len(choices) for _province, choices in groups) == len(admin_units.wards())


def test_distance_between_two_known_points():
    # Sài Gòn ward centre to Thủ Dầu Một: roughly 25 km as the crow flies.
    sai_gon, thu_dau_mot = admin_units.ward("26740"), admin_units.ward("25747")
    metres = admin_units.distance_m(sai_gon.lat, sai_gon.lng, thu_dau_mot.lat, thu_dau_mot.lng)
    assert 20_000 < metres < 30_000
    assert admin_units.distance_m(10.0, 106.0, 10.0, 106.0) == 0


def test_centre_of_several_wards_lies_between_them():
    lat, _lng = admin_units.centre_of(["26740", "25747"])
    assert admin_units.ward("26740").lat < lat < admin_units.ward("25747").lat
    assert admin_units.centre_of(["nope"]) is None
