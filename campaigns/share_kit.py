"""The share kit: one ZIP per campaign and language with everything staff need to carry the
campaign on every channel.

    share-kit-<campaign>-<language>/
        README.txt            the campaign, and which posts are approved and which are NOT
        links.csv             every post's tracked link and short link
        poster-<lang>.pdf     the printable A4 poster of each poster post
        <channel>/post-<n>[-not-approved]/
            text.txt          the text as it goes out: text, link, hashtags (UTF-8)
            title.txt         the headline, subject or video title, where the channel has one
            details.txt       planned time (Ho Chi Minh City), status, length, links
            images/<size>.jpg every image size the channel needs, cut around the focal point
            qr-code.svg/.png  for posts that carry a short link

It reads the campaign's latest revision, so staff can prepare it before publishing; every
post says whether an approver has accepted it. Nothing for editors only goes in (consent
notes, comments): only the statuses. File names are ASCII, texts UTF-8 in NFC.
"""

import csv
import io
import zipfile
from dataclasses import dataclass

from django.utils import translation
from django.utils.text import slugify

from campaigns import kit_images, qr
from campaigns.channels import POSTER, Channel
from campaigns.models import CampaignPage
from campaigns.post_links import PostLinks, campaign_posts, post_links
from campaigns.post_rules import parse_hashtags
from campaigns.poster import PosterContent, PosterHotline, build_poster
from campaigns.share_kit_text import (
    details_text,
    kit_time,
    links_csv_header,
    links_csv_row,
    readme_text,
)
from portal.models import hotlines_for
from portal.sharing import PORTAL_NAME
from portal.text import strip_diacritics

CHANNEL_ORDER = {channel.value: number for number, channel in enumerate(Channel)}


@dataclass
class KitPost:
    links: PostLinks
    folder: str
    # (file name, image format) cut for the post; and formats that could not be cut.
    images: list
    missing_images: list

    @property
    def post(self):
        return self.links.post


def campaign_versions(page) -> list[CampaignPage]:
    """The campaign in each language it is written in (translations, not aliases)."""
    return list(
        CampaignPage.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def campaign_in_language(page, language_code: str) -> CampaignPage | None:
    for version in campaign_versions(page):
        if version.locale.language_code == language_code:
            return version
    return None


def ascii_name(text: str, fallback: str = "campaign") -> str:
    return slugify(strip_diacritics(text)) or fallback


def share_kit_filename(page) -> str:
    return f"share-kit-{ascii_name(page.slug)}-{page.locale.language_code}.zip"


def build_share_kit(page, language: str | None = None, request=None) -> bytes:
    output = io.BytesIO()
    write_share_kit(page, output, language, request)
    return output.getvalue()


def write_share_kit(page, output, language: str | None = None, request=None):
    """Write the kit of `page` in `language` (default: the page's own) to a binary file.

    Raises LookupError when the campaign is not written in that language."""
    if language and language != page.locale.language_code:
        page = campaign_in_language(page, language)
        if page is None:
            raise LookupError(f"The campaign has no {language} version.")
    language = page.locale.language_code
    campaign = page.get_latest_revision_as_object()
    with translation.override(language):
        Kit(page, campaign, request).write(output)


class Kit:
    def __init__(self, page, campaign, request=None):
        self.page = page
        self.campaign = campaign
        self.request = request
        self.language = page.locale.language_code
        self.root = f"share-kit-{ascii_name(campaign.slug or page.slug)}-{self.language}/"
        rows = post_links(campaign, campaign_posts(campaign), request)
        rows.sort(
            key=lambda row: (
                CHANNEL_ORDER.get(row.post.channel, len(CHANNEL_ORDER)),
                row.post.planned_at is None,
                row.post.planned_at or 0,
            )
        )
        self.posts = self.number(rows)
        self.images = self.load_images()
        self.renditions = {}
        # In the kit's language, which the caller activated.
        self.hotlines = hotlines_for()

    def number(self, rows) -> list[KitPost]:
        posts, counts = [], {}
        for row in rows:
            channel = row.post.channel
            counts[channel] = counts.get(channel, 0) + 1
            folder = f"{ascii_name(channel, 'channel')}/post-{counts[channel]}"
            if not row.post.is_approved:
                folder += "-not-approved"
            posts.append(KitPost(row, folder, [], []))
        return posts

    def load_images(self) -> dict:
        """{image id: image} for the posts' images and the hero image, in one query."""
        ids = {post.post.image_id for post in self.posts} | {self.campaign.hero_image_id}
        specs = {
            image_format.filter_spec
            for post in self.posts
            for image_format in post.links.rules.image_formats
        }
        return kit_images.load_images(ids, specs)

    def image_for(self, post):
        return self.images.get(post.image_id) or self.images.get(self.campaign.hero_image_id)

    def write(self, output):
        self.cut_images()
        with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            posters = self.write_posters(archive)
            for kit_post in self.posts:
                self.write_post(archive, kit_post)
            self.write_text(archive, "links.csv", self.links_csv(), bom=True)
            self.write_text(archive, "README.txt", self.readme(posters))

    # Images: every size each post needs, cut once per image and size.

    def cut_images(self):
        wanted = {}
        for kit_post in self.posts:
            image = self.image_for(kit_post.post)
            for image_format in kit_post.links.rules.image_formats:
                # Wagtail never enlarges: a smaller original would give a smaller image.
                if image is not None and image_format.fits(image.width, image.height):
                    wanted.setdefault(image, set()).add(image_format.filter_spec)
        self.renditions = kit_images.cut(wanted)
        for kit_post in self.posts:
            image = self.image_for(kit_post.post)
            for image_format in kit_post.links.rules.image_formats:
                if image is not None and (image.pk, image_format.filter_spec) in self.renditions:
                    name = f"{image_format.slug}-{image_format.width}x{image_format.height}.jpg"
                    kit_post.images.append((name, image_format))
                else:
                    kit_post.missing_images.append(image_format)

    def rendition(self, post, image_format) -> bytes | None:
        image = self.image_for(post)
        return self.renditions.get((image.pk, image_format.filter_spec)) if image else None

    # Files.

    def write_text(self, archive, name, text, bom=False):
        encoding = "utf-8-sig" if bom else "utf-8"
        archive.writestr(self.root + name, text.encode(encoding))

    def write_binary(self, archive, name, data):
        # Images and PDFs are compressed already.
        archive.writestr(self.root + name, data, compress_type=zipfile.ZIP_STORED)

    def write_post(self, archive, kit_post: KitPost):
        post, links, folder = kit_post.post, kit_post.links, kit_post.folder
        self.write_text(archive, f"{folder}/text.txt", links.published_text)
        if post.title and links.rules.title_max_length:
            self.write_text(archive, f"{folder}/title.txt", post.title.strip())
        self.write_text(archive, f"{folder}/details.txt", details_text(kit_post))
        for name, image_format in kit_post.images:
            self.write_binary(
                archive, f"{folder}/images/{name}", self.rendition(post, image_format)
            )
        if links.short_link:
            self.write_binary(archive, f"{folder}/qr-code.svg", qr.svg(links.short_url))
            self.write_binary(archive, f"{folder}/qr-code.png", qr.png(links.short_url))

    def write_posters(self, archive) -> list[tuple[str, KitPost]]:
        posters = [post for post in self.posts if post.post.channel == Channel.POSTER]
        written = []
        hotlines = [
            PosterHotline(hotline.label, hotline.phone_number, hotline.availability)
            for hotline in self.hotlines
        ]
        for number, kit_post in enumerate(posters, start=1):
            post = kit_post.post
            name = f"poster-{self.language}" + (f"-{number}" if number > 1 else "")
            if not post.is_approved:
                name += "-not-approved"
            name += ".pdf"
            content = PosterContent(
                language=self.language,
                headline=post.title or self.campaign.title,
                text=post.text,
                hashtags=post_hashtags(post),
                short_url=kit_post.links.short_url,
                portal_name=str(PORTAL_NAME),
                picture=self.rendition(post, POSTER),
                hotlines=hotlines,
                approved=post.is_approved,
            )
            self.write_binary(archive, name, build_poster(content))
            written.append((name, kit_post))
        return written

    def links_csv(self) -> str:
        output = io.StringIO()
        writer = csv.writer(output, lineterminator="\r\n")
        writer.writerow(links_csv_header())
        for kit_post in self.posts:
            writer.writerow(links_csv_row(kit_post))
        return output.getvalue()

    def readme(self, posters) -> str:
        return readme_text(self, posters, generated_at=kit_time())


def post_hashtags(post) -> list[str]:
    return parse_hashtags(post.hashtags)[0]
