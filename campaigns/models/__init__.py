"""Models of the campaigns app, split by concern and re-exported here."""

from campaigns.models.links import ShortLink
from campaigns.models.pages import CampaignIndexPage, CampaignPage, CampaignStatus
from campaigns.models.posts import ChannelPost
from campaigns.models.subscriptions import CalendarSubscription

__all__ = [
    "CalendarSubscription",
    "CampaignIndexPage",
    "CampaignPage",
    "CampaignStatus",
    "ChannelPost",
    "ShortLink",
]
