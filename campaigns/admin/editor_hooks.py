"""Helpers for editing channel posts: a live length counter under each post.

The counter asks the server (post_length below) rather than counting in the browser, so the
editor sees exactly what validation will say: one implementation of X's weighting and of SMS
segments (campaigns.post_rules), not two that drift apart. Without JavaScript nothing is lost:
the validation messages say the same counts when the form is saved.
"""

from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods
from wagtail import hooks

from campaigns import post_rules
from campaigns.channels import RULES
from campaigns.models import CampaignPage, ChannelPost

# Far beyond any channel's limit (email: 20,000), and small enough to count in a moment.
MAX_COUNTED_LENGTH = 100_000


def _json_error(message, status=400):
    return JsonResponse({"error": str(message)}, status=status)


def _campaign_for(request, data):
    """The campaign being edited (its address is in the post's link), or an unsaved one with
    the slug typed so far; or an error response."""
    page_id = data.get("page", "")
    if not page_id:
        return CampaignPage(slug=data.get("slug", "")[:255]), None
    if not page_id.isdigit():
        return None, _json_error(_("The page must be given by its number."))
    page = CampaignPage.objects.filter(pk=int(page_id)).first()
    if page is None:
        return None, _json_error(_("There is no campaign with this number."), status=404)
    if not page.permissions_for_user(request.user).can_edit():
        return None, _json_error(_("You cannot edit this campaign."), status=403)
    return page, None


def _title_summary(title, rules):
    if not rules.title_max_length:
        return ""
    return _("%(used)s of %(limit)s characters.") % {
        "used": len(post_rules.normalize_text(title)),
        "limit": rules.title_max_length,
    }


def _hashtags_summary(raw, rules):
    if not rules.max_hashtags:
        return ""
    tags, _invalid = post_rules.parse_hashtags(raw)
    return ngettext(
        "%(count)s of %(limit)s hashtag.", "%(count)s of %(limit)s hashtags.", rules.max_hashtags
    ) % {"count": len(tags), "limit": rules.max_hashtags}


@require_http_methods(["GET", "POST"])
def post_length(request):
    """A post's length as its channel counts it, with the messages validation would give.

    Takes channel, text, hashtags and title, and page (the campaign's number) or slug (for a
    campaign not saved yet), by GET or POST; answers JSON, and 400 JSON for bad input.
    """
    data = request.POST if request.method == "POST" else request.GET
    channel = data.get("channel", "")
    if channel not in RULES:
        return _json_error(_("Choose one of the channels."))
    text, hashtags, title = (data.get(name, "") for name in ("text", "hashtags", "title"))
    if max(len(text), len(hashtags), len(title)) > MAX_COUNTED_LENGTH:
        return _json_error(_("This text is too long to count."))
    page, error = _campaign_for(request, data)
    if error:
        return error
    rules = RULES[channel]
    post = ChannelPost(page=page, channel=channel, text=text, hashtags=hashtags, title=title)
    published = post.published_text()
    report = post_rules.measure(published, rules)
    return JsonResponse(
        {
            "channel": channel,
            "length": {
                "used": report.used,
                "limit": report.limit,
                "unit": report.unit,
                "too_long": report.is_too_long,
            },
            "fields": {
                "text": {
                    "summary": post_rules.length_summary(report),
                    # Under the count, what to do: the validation message less the count.
                    "errors": [m for m in [post_rules.too_long_message(report, rules)] if m],
                },
                "title": {
                    "summary": _title_summary(title, rules),
                    "errors": post_rules.title_errors(title, rules),
                },
                "hashtags": {
                    "summary": _hashtags_summary(hashtags, rules),
                    "errors": post_rules.hashtag_errors(hashtags, rules),
                },
            },
        }
    )


@hooks.register("register_admin_urls")
def register_post_length_url():
    return [path("campaigns/post-length/", post_length, name="campaigns_post_length")]


@hooks.register("insert_editor_js")
def post_counter_js():
    # Every editor loads it; it does nothing where there are no channel posts.
    return format_html(
        '<script src="{}" data-post-length-url="{}" data-style-sheet="{}" defer></script>',
        static("campaigns/js/post-counter.js"),
        reverse("campaigns_post_length"),
        static("campaigns/css/post-counter.css"),
    )


@hooks.register("after_copy_page")
def renew_posts_of_copied_campaigns(request, page, new_page):
    from campaigns.copies import renew_copied_posts

    renew_copied_posts(new_page)
