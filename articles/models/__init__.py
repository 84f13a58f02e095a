"""Models of the articles app, split by concern and re-exported here."""

from articles.models.legal import ArticleCitation, LegalDocument
from articles.models.pages import (
    ArticleIndexPage,
    ArticlePage,
    ArticlePageRelatedArticle,
    LegalDocumentIndexPage,
)
from articles.models.taxonomy import Audience, Topic

__all__ = [
    "ArticleCitation",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageRelatedArticle",
    "Audience",
    "LegalDocument",
    "LegalDocumentIndexPage",
    "Topic",
]
