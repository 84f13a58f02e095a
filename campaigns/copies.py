"""A copied campaign is a new campaign: its posts need new identities and a new approval.

Wagtail copies inline rows and revisions as they are. Left alone, a copy's posts would keep
the original's post keys (so schedulers reading the feeds would take them for the original's
posts, whose guids they already have) and its approved statuses (so they would go out
without anyone approving the new campaign's posts). Copies for translation are not copies in
this sense: a translation is the same post in another language and keeps its key.
"""

import uuid

from django.db import transaction

from campaigns.models import CampaignPage, ChannelPost


@transaction.atomic
def renew_copied_posts(page_copy) -> None:
    """Give every post of a copied campaign (and of campaigns copied with it) a new key, in the
    database and in every revision, and set it back to draft."""
    # Aliases (the copy view can make them too) are the same campaign at another address.
    copies = CampaignPage.objects.descendant_of(page_copy, inclusive=True)
    for campaign in copies.filter(alias_of__isnull=True):
        new_keys: dict[str, str] = {}

        def renewed(old_key, new_keys=new_keys) -> str:
            return new_keys.setdefault(str(old_key), str(uuid.uuid4()))

        for post in ChannelPost.objects.filter(page=campaign):
            post.post_key = uuid.UUID(renewed(post.post_key))
            post.status = ChannelPost.Status.DRAFT
            post.save(update_fields=["post_key", "status"])
        for revision in campaign.revisions.all():
            posts = revision.content.get("channel_posts") or []
            for post in posts:
                if "post_key" in post:
                    post["post_key"] = renewed(post["post_key"])
                post["status"] = ChannelPost.Status.DRAFT.value
            revision.save(update_fields=["content"])
