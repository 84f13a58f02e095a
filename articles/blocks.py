"""Blocks of legal-education articles.

Headings, paragraphs, callouts, images and calls to action come from portal.blocks; this
module adds what articles need: quotes, questions and answers, "know your rights" steps,
videos that load only when the reader asks, document downloads and legal citations.
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import (
    CalloutBlock,
    CallToActionBlock,
    HeadingBlock,
    ImageBlock,
    ParagraphBlock,
)

SHORT_TEXT_FEATURES = ["bold", "italic", "link"]
ANSWER_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=600, label=_("Quote"))
    attribution = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Who said it"),
        help_text=_("Only with their consent. Leave blank to keep the speaker anonymous."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("Words from a person, such as someone who has been helped.")
        template = "articles/blocks/quote.html"
        preview_value = {
            "quote": "Lần đầu tiên có người lắng nghe tôi mà không phán xét.",
            "attribution": "Một người đã nhận tư vấn",
        }


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200, label=_("Question"))
    answer = blocks.RichTextBlock(features=ANSWER_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions that readers open one at a time to read the answer.")
        template = "articles/blocks/faq.html"
        preview_value = {
            "heading": "Câu hỏi thường gặp",
            "questions": [
                {
                    "question": "Xét nghiệm HIV có mất tiền không?",
                    "answer": "<p>Nhiều nơi xét nghiệm miễn phí và giữ bí mật.</p>",
                },
                {
                    "question": "Tôi có phải cho biết tên không?",
                    "answer": "<p>Nhiều dịch vụ không yêu cầu tên thật.</p>",
                },
            ],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Step"))
    text = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, required=False, label=_("Details"))

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class RightsStepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    steps = blocks.ListBlock(StepBlock(), min_num=1, label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Know your rights: steps")
        description = _("Numbered steps to follow, such as what to do when you are stopped.")
        template = "articles/blocks/rights_steps.html"
        preview_value = {
            "heading": "Khi bạn bị dừng lại để kiểm tra",
            "steps": [
                {"title": "Giữ bình tĩnh", "text": "<p>Bạn có quyền hỏi lý do.</p>"},
                {"title": "Đọc kỹ biên bản", "text": "<p>Chỉ ký khi bạn đồng ý.</p>"},
            ],
        }


# YouTube video ids are 11 characters from this alphabet.
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com"}
YOUTUBE_HOSTS |= {"www.youtube-nocookie.com"}


def youtube_video_id(url: str) -> str | None:
    """The video id of a YouTube address (watch, share, shorts or embed link), or None."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = [segment for segment in parts.path.split("/") if segment]
    candidate = None
    if host == "youtu.be" and path:
        candidate = path[0]
    elif host in YOUTUBE_HOSTS:
        if path == ["watch"]:
            candidate = parse_qs(parts.query).get("v", [None])[0]
        elif len(path) >= 2 and path[0] in {"embed", "shorts", "live", "v"}:
            candidate = path[1]
    if candidate and YOUTUBE_ID.match(candidate):
        return candidate
    return None


class VideoValue(blocks.StructValue):
    def video_id(self):
        return youtube_video_id(self.get("video_url"))

    def watch_url(self):
        return f"https://www.youtube.com/watch?v={self.video_id()}"

    def embed_url(self):
        # The privacy-enhanced domain: no YouTube cookies until the reader plays the video.
        return f"https://www.youtube-nocookie.com/embed/{self.video_id()}?autoplay=1"


class VideoBlock(blocks.StructBlock):
    """A YouTube video that loads nothing from YouTube until the reader chooses to play it.

    The page shows a local thumbnail (or a plain card) and a link to the video; with
    JavaScript (articles/js/video.js) the link swaps in the player.
    """

    title = blocks.CharBlock(
        max_length=150, label=_("Title"), help_text=_("Also read out to screen reader users.")
    )
    video_url = blocks.URLBlock(
        label=_("YouTube address"),
        help_text=_("For example https://www.youtube.com/watch?v=… or https://youtu.be/…"),
    )
    thumbnail = ImageChooserBlock(
        required=False,
        label=_("Thumbnail"),
        help_text=_(
            "Upload a still from the video. Readers see it before they press play; "
            "YouTube's own thumbnail is never loaded."
        ),
    )
    description = blocks.TextBlock(max_length=400, required=False, label=_("Description"))
    transcript = blocks.RichTextBlock(
        features=ANSWER_FEATURES,
        required=False,
        label=_("Transcript"),
        help_text=_("What is said and shown, for readers who cannot watch or hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        description = _(
            "A YouTube video that loads only when the reader presses play, "
            "so that YouTube learns nothing about readers who do not."
        )
        template = "articles/blocks/video.html"
        value_class = VideoValue
        preview_value = {
            "title": "Video mẫu: quyền của bạn",
            "video_url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "thumbnail": None,
            "description": "Ba phút về quyền của bạn khi làm việc với cơ quan chức năng.",
            "transcript": "",
        }

    def clean(self, value):
        value = super().clean(value)
        if not youtube_video_id(value.get("video_url")):
            raise StructBlockValidationError(
                block_errors={
                    "video_url": ValidationError(
                        _("Enter the address of a YouTube video, such as a youtu.be link.")
                    )
                }
            )
        return value


class DocumentValue(blocks.StructValue):
    def link_text(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    def file_type(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""

    def file_size(self):
        document = self.get("document")
        # file_size is recorded on upload; get_file_size() reads (and records) it otherwise.
        return document.get_file_size() if document else None


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        max_length=150,
        required=False,
        label=_("Link text"),
        help_text=_("Leave blank to use the document's title."),
    )
    description = blocks.TextBlock(max_length=300, required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        description = _("A file to download, with its type and size shown to readers.")
        template = "articles/blocks/document.html"
        value_class = DocumentValue

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return DocumentValue(
            self,
            [
                ("document", get_document_model().objects.order_by("pk").first()),
                ("title", "Sổ tay quyền của bạn (bản mẫu)"),
                ("description", "Bản tóm tắt để in hoặc lưu trên điện thoại."),
            ],
        )


class CitationValue(blocks.StructValue):
    """A citation; articles.citations.localize_citations sets the reader's version."""

    reader_document = None

    def document_for_reader(self):
        return self.reader_document or self.get("document")


class LegalCitationBlock(blocks.StructBlock):
    document = SnippetChooserBlock("articles.LegalDocument", label=_("Legal document"))
    reference = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Article or clause"),
        help_text=_("For example: Article 22, clause 1."),
    )
    note = blocks.TextBlock(
        max_length=400,
        required=False,
        label=_("What it says"),
        help_text=_("In plain words, what this part of the document means for readers."),
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Legal citation")
        description = _(
            "Cites a document from the legal library. Every cited document is also listed "
            "in the article's Legal basis box."
        )
        template = "articles/blocks/legal_citation.html"
        value_class = CitationValue

    def get_preview_value(self):
        from articles.models import LegalDocument

        document = LegalDocument.objects.order_by("pk").first() or LegalDocument(
            number="10/2003/PL-UBTVQH11",
            title="Pháp lệnh Phòng, chống mại dâm",
            document_type=LegalDocument.DocumentType.ORDINANCE,
            issuing_body="Ủy ban Thường vụ Quốc hội",
            status=LegalDocument.Status.IN_FORCE,
        )
        return CitationValue(
            self,
            [
                ("document", document),
                ("reference", "Điều 3"),
                ("note", "Giải thích các từ ngữ dùng trong văn bản."),
            ],
        )


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    steps = RightsStepsBlock()
    video = VideoBlock()
    document = DocumentBlock()
    legal_citation = LegalCitationBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
