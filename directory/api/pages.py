"""The spec's page envelope, and the chunks that NDJSON streams are built from."""

import math

from directory.api.params import Paging

# NDJSON streams every result; each chunk is loaded with its own few prefetch queries.
STREAM_CHUNK = 200


def envelope(total: int, paging: Paging, contents: list) -> dict:
    """The spec's Page schema: counts first, then the page's objects."""
    total_pages = math.ceil(total / paging.per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": paging.page,
        "size": len(contents),
        "first_page": paging.page == 1,
        "last_page": paging.page >= total_pages,
        "empty": not contents,
        "contents": contents,
    }


def list_page(items: list, paging: Paging) -> tuple[int, list]:
    """(total, this page's items) of a list already in memory."""
    return len(items), items[paging.offset : paging.offset + paging.per_page]


def chunked(items, size: int = STREAM_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]
