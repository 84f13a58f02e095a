"""Each channel post of a campaign with its links, as the editor's panel and the share kit
show them: the tracked address, the short link where the channel uses one, and the text as
it goes out, measured the channel's way."""

from dataclasses import dataclass

from campaigns.channels import RULES
from campaigns.models import ChannelPost, ShortLink
from campaigns.post_rules import LengthReport, length_summary, measure
from campaigns.short_links import short_links_for
from campaigns.tracking import short_url


@dataclass
class PostLinks:
    post: ChannelPost
    tracked_url: str
    short_link: ShortLink | None
    short_url: str
    published_text: str
    length: LengthReport

    @property
    def rules(self):
        return self.post.rules

    @property
    def length_summary(self) -> str:
        """In the active language."""
        return length_summary(self.length)


def campaign_posts(page) -> list[ChannelPost]:
    """The page's posts in the editor's order, each knowing its page without a query."""
    # A post being typed may have no channel yet (or, sent by hand, one that does not exist).
    posts = [post for post in page.channel_posts.all() if post.channel in RULES]
    for post in posts:
        post.page = page
    return sorted(posts, key=lambda post: (post.sort_order is None, post.sort_order or 0))


def post_links(page, posts=None, request=None) -> list[PostLinks]:
    """The posts (by default all of the page's) with their links; short links missing so
    far are made. Queries: the short links, once."""
    posts = campaign_posts(page) if posts is None else posts
    short_links = short_links_for(page, posts)
    url_parts = page.get_url_parts(request) if short_links else None
    root_url = url_parts[1] if url_parts else None
    rows = []
    for post in posts:
        link = short_links.get(post.post_key)
        text = post.published_text(link, request)
        rows.append(
            PostLinks(
                post=post,
                tracked_url=post.tracked_url(request),
                short_link=link,
                short_url=short_url(link.code, root_url) if link else "",
                published_text=text,
                length=measure(text, post.rules),
            )
        )
    return rows
