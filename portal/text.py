"""Vietnamese text folding: what lets "xet nghiem" find "Xét nghiệm".

Readers on phones often type without diacritics, and đ is a letter of its own that Unicode
does not decompose into d plus a mark, so plain accent stripping misses it.
"""

import re
import unicodedata

_NON_WORD = re.compile(r"[\W_]+")
_EXTRA_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "ø": "o", "Ø": "O", "ł": "l"})


def strip_diacritics(text: str) -> str:
    """The text without tone or other marks, đ as d, case kept (NFC)."""
    decomposed = unicodedata.normalize("NFD", str(text or "").translate(_EXTRA_LETTERS))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped)


def fold(text: str) -> str:
    """Lower case, no diacritics, đ as d, punctuation as single spaces."""
    if not text:
        return ""
    return " ".join(_NON_WORD.sub(" ", strip_diacritics(text).casefold()).split())


def folded_words(text: str) -> list[str]:
    return fold(text).split()
