"""Vietnamese text folding: what lets "xet nghiem" find "Xét nghiệm".

Readers on phones often type without diacritics, and đ is a letter of its own that Unicode
does not decompose into d plus a mark, so plain accent stripping misses it.
"""

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_EXTRA_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "ł": "l"})


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, punctuation as single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFD", str(text).translate(_EXTRA_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


def folded_words(text: str) -> list[str]:
    return fold(text).split()
