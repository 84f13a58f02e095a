"""portal.text.fold: what lets readers type Vietnamese without diacritics."""

import unicodedata

import pytest

from portal.text import fold, folded_words, strip_diacritics


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Xét nghiệm HIV", "xet nghiem hiv"),
        ("ĐIỀU TRỊ ARV", "dieu tri arv"),
        ("đường dây nóng", "duong day nong"),
        ("Hồ Chí Minh", "ho chi minh"),
        ("Bà Rịa – Vũng Tàu", "ba ria vung tau"),
        ("TP.HCM, Quận 1", "tp hcm quan 1"),
        ("  nhiều   khoảng  trắng  ", "nhieu khoang trang"),
        ("snake_case", "snake case"),
        ("", ""),
    ],
)
def test_fold_removes_case_diacritics_and_punctuation(typed, folded):
    assert fold(typed) == folded


def test_decomposed_and_composed_vietnamese_fold_alike():
    composed = "Nghị định"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert fold(composed) == fold(decomposed) == "nghi dinh"


def test_folded_words_splits_on_anything_but_letters_and_digits():
    assert folded_words('"vay vốn" OR -NHCSXH*') == ["vay", "von", "or", "nhcsxh"]


def test_strip_diacritics_keeps_case_and_punctuation():
    assert strip_diacritics("Đến Trạm Y tế Phường Bến Thành, 24/7!") == (
        "Den Tram Y te Phuong Ben Thanh, 24/7!"
    )
    assert strip_diacritics(unicodedata.normalize("NFD", "Nghị định")) == "Nghi dinh"
    assert strip_diacritics("") == strip_diacritics(None) == ""
