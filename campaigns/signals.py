"""Short links are made when a campaign is published, so they exist before anyone prints.

Only posts whose channel carries a short link get one: the poster's QR code and the SMS
text. The other channels carry the tracked address itself, and a code nobody prints would
only lengthen the list of links to keep forever. The share kit and the editor's "Tracked
links" panel make any missing link on demand (a draft campaign's poster can be proofed).

Each language version is published on its own (an alias when its source is), so each gets
links in its own language: a poster printed in English leads to the English page.
"""

from wagtail.signals import page_published


def make_short_links(sender, instance, **kwargs):
    from campaigns.short_links import short_links_for

    short_links_for(instance, list(instance.channel_posts.all()))


def connect():
    from campaigns.models import CampaignPage

    page_published.connect(
        make_short_links, sender=CampaignPage, dispatch_uid="campaigns_make_short_links"
    )
