"""Legal citations in an article body: the reader's version of each document, and the
"Legal basis" list, with a constant number of queries."""

from dataclasses import dataclass, field

from articles.blocks import CitationValue
from portal.localization import in_reader_language


@dataclass
class LegalBasisEntry:
    document: object
    references: list[str] = field(default_factory=list)


def citation_values(stream_value) -> list[CitationValue]:
    return [
        child.value
        for child in stream_value
        if isinstance(child.value, CitationValue) and child.value.get("document") is not None
    ]


def localize_citations(stream_value) -> list[LegalBasisEntry]:
    """Point every citation at the reader's version of its document; list each document once.

    Two queries however many citations: the cited documents (Wagtail fetches them together
    when the stream is read) and their versions in the reader's language.
    """
    from articles.models import LegalDocument

    citations = citation_values(stream_value)
    if not citations:
        return []
    keys = {citation["document"].translation_key for citation in citations}
    versions = {
        document.translation_key: document
        for document in in_reader_language(LegalDocument.objects.filter(translation_key__in=keys))
    }
    entries: dict = {}
    for citation in citations:
        source = citation["document"]
        citation.reader_document = versions.get(source.translation_key, source)
        entry = entries.setdefault(
            source.translation_key, LegalBasisEntry(document=citation.reader_document)
        )
        reference = (citation.get("reference") or "").strip()
        if reference and reference not in entry.references:
            entry.references.append(reference)
    return list(entries.values())


def cited_document_ids(stream_value) -> set[int]:
    """Ids of the documents cited in a stream, read from its stored form (no query)."""
    ids = set()
    for item in stream_value.get_prep_value():
        if item.get("type") == "legal_citation":
            document_id = (item.get("value") or {}).get("document")
            if isinstance(document_id, int):
                ids.add(document_id)
    return ids
