"""schema.org structured data (JSON-LD) for search engines.

Pages return plain dicts from ``BasePage.get_structured_data(request)``; the
``structured_data`` template tag writes each one in a ``<script type="application/ld+json">``
element. Such a script is data, not code: browsers never run it, so it needs no
'unsafe-inline' in a Content Security Policy. It is escaped like Django's json_script, so
that no text an editor types (a title containing ``</script>``, say) can end the element.
"""

import json
from collections.abc import Iterable, Sequence

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString

SCHEMA_CONTEXT = "https://schema.org"

# As django.utils.html.json_script: nothing in the JSON can close or open an HTML element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def to_json_ld(data: dict) -> SafeString:
    """A dict as a JSON-LD script element, safe to put in a page."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        _JSON_SCRIPT_ESCAPES
    )
    return format_html('<script type="application/ld+json">{}</script>', SafeString(text))


def breadcrumb_list(crumbs: Sequence[tuple[str, str]]) -> dict:
    """A BreadcrumbList from (name, absolute URL) pairs, from the home page down."""
    return {
        "@context": SCHEMA_CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": str(name), "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def faq_page(questions: Iterable[tuple[str, str]]) -> dict | None:
    """An FAQPage from (question, answer HTML) pairs, or None when there are none.

    Search engines accept simple HTML in answers (paragraphs, lists, links, bold), so a
    rich text answer can be passed as it renders: ``str(richtext(value))``.
    """
    entities = [
        {
            "@type": "Question",
            "name": str(question),
            "acceptedAnswer": {"@type": "Answer", "text": str(answer_html)},
        }
        for question, answer_html in questions
        if str(question).strip() and str(answer_html).strip()
    ]
    if not entities:
        return None
    return {"@context": SCHEMA_CONTEXT, "@type": "FAQPage", "mainEntity": entities}


def organization(
    *,
    name: str,
    url: str,
    logo: str = "",
    same_as: Iterable[str] = (),
    telephone: str = "",
    contact_type: str = "",
) -> dict:
    data = {"@context": SCHEMA_CONTEXT, "@type": "Organization", "name": str(name), "url": url}
    if logo:
        data["logo"] = logo
    if same_as := list(same_as):
        data["sameAs"] = same_as
    if telephone:
        contact = {"@type": "ContactPoint", "telephone": telephone}
        if contact_type:
            contact["contactType"] = str(contact_type)
        data["contactPoint"] = [contact]
    return data
