"""The share kit's words: README.txt, each post's details.txt and links.csv, in the kit's
language (the caller activates it). Times are Ho Chi Minh City's, whatever the server's."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from campaigns.channels import LinkPlacement

CITY_TIME = ZoneInfo("Asia/Ho_Chi_Minh")
RULE = "=" * 72


def labelled(label, value) -> str:
    """ "Label: value", one line of a kit's text file."""
    return f"{label}: {value}"


def kit_time(moment: datetime.datetime | None = None) -> str:
    """dd/mm/yyyy hh:mm in Ho Chi Minh City, as staff there write it."""
    moment = timezone.localtime(moment or timezone.now(), CITY_TIME)
    return moment.strftime("%d/%m/%Y %H:%M")


def iso_time(moment: datetime.datetime | None) -> str:
    if moment is None:
        return ""
    return timezone.localtime(moment, CITY_TIME).isoformat(timespec="minutes")


def day(value: datetime.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def status_line(post) -> str:
    if post.is_approved:
        return _("%(status)s: approved, may go out at its planned time.") % {
            "status": post.get_status_display()
        }
    return _("%(status)s: NOT APPROVED. It must not go out until an approver accepts it.") % {
        "status": post.get_status_display()
    }


def planned_line(post) -> str:
    if post.planned_at is None:
        return _("Not planned yet.")
    return _("%(time)s (Ho Chi Minh City time)") % {"time": kit_time(post.planned_at)}


def link_note(rules) -> str:
    return {
        LinkPlacement.IN_TEXT: _("The tracked link is in the text."),
        LinkPlacement.IN_PROFILE: _(
            "Captions on this channel cannot hold links: put the tracked link in the profile."
        ),
        LinkPlacement.SHORT_IN_TEXT: _("The short link is in the text."),
        LinkPlacement.QR_CODE: _(
            "Print the QR code (qr-code.svg) with the short link written beside it."
        ),
    }[rules.link_placement]


def details_text(kit_post) -> str:
    post, links = kit_post.post, kit_post.links
    lines = [
        labelled(_("Channel"), post.get_channel_display()),
        labelled(_("Status"), status_line(post)),
        labelled(_("Planned for"), planned_line(post)),
        labelled(_("Length"), links.length_summary),
    ]
    if links.rules.title_max_length and post.title:
        lines.append(f"{links.rules.title_label}: {post.title.strip()}")
    lines.append(labelled(_("Link"), link_note(links.rules)))
    if links.tracked_url:
        lines.append(labelled(_("Tracked link"), links.tracked_url))
    if links.short_url:
        lines.append(labelled(_("Short link"), links.short_url))
    if post.video_url:
        lines.append(labelled(_("Video"), post.video_url))
    for name, image_format in kit_post.images:
        lines.append(
            labelled(
                _("Image"),
                f"images/{name} ({image_format.label}, {image_format.size_label})",
            )
        )
    for image_format in kit_post.missing_images:
        lines.append(
            _(
                "Image missing: %(format)s (%(size)s). The image is missing, too small or "
                "unreadable; choose a larger image for this post."
            )
            % {"format": image_format.label, "size": image_format.size_label}
        )
    return "\n".join(lines) + "\n"


def links_csv_header() -> list[str]:
    return [
        _("Channel"),
        _("Folder"),
        _("Status"),
        _("May go out"),
        _("Planned for"),
        _("Where the link goes"),
        _("Tracked link"),
        _("Short link"),
    ]


def links_csv_row(kit_post) -> list[str]:
    post, links = kit_post.post, kit_post.links
    return [
        post.get_channel_display(),
        kit_post.folder + "/",
        post.get_status_display(),
        _("yes") if post.is_approved else _("NO"),
        iso_time(post.planned_at),
        links.rules.link_placement.label,
        links.tracked_url,
        links.short_url,
    ]


def post_line(kit_post) -> str:
    post = kit_post.post
    when = kit_time(post.planned_at) if post.planned_at else _("not planned yet")
    return f"  - {post.get_channel_display()}, {when}: {kit_post.folder}/"


def readme_text(kit, posters, generated_at: str) -> str:
    campaign, page = kit.campaign, kit.page
    approved = [post for post in kit.posts if post.post.is_approved]
    not_approved = [post for post in kit.posts if not post.post.is_approved]
    lines = [campaign.title, RULE, "", campaign.key_message, ""]
    if campaign.summary:
        lines += [campaign.summary, ""]
    if campaign.end_date:
        dates = _("%(start)s to %(end)s") % {
            "start": day(campaign.start_date),
            "end": day(campaign.end_date),
        }
    else:
        dates = _("from %(start)s, with no end date") % {"start": day(campaign.start_date)}
    areas = ", ".join(campaign.area_names) if campaign.areas else _("the whole city")
    lines += [labelled(_("Dates"), dates), labelled(_("Areas"), areas)]
    url = page.get_full_url(kit.request)
    if url:
        lines.append(labelled(_("Campaign page"), url))
    if not page.live:
        lines.append(_("The campaign is not published yet: its links work once it is."))
    elif page.has_unpublished_changes:
        lines.append(
            _("This kit has changes that are not published yet; the page shows the older version.")
        )
    lines.append(_("Kit made on %(time)s (Ho Chi Minh City time).") % {"time": generated_at})
    lines.append("")

    lines += [_("APPROVED: these posts may go out at their planned time"), "-" * 72]
    lines += [post_line(post) for post in approved] or [_("  (none yet)")]
    lines += ["", _("NOT APPROVED: these posts must NOT go out yet"), "-" * 72]
    lines += [post_line(post) for post in not_approved] or [_("  (none)")]
    lines.append("")

    if posters:
        lines += [_("Posters (A4, ready to print)"), "-" * 72]
        for name, kit_post in posters:
            note = "" if kit_post.post.is_approved else " " + _("NOT APPROVED: do not print.")
            lines.append(f"  - {name}{note}")
    else:
        lines.append(_("No poster: add a “Poster and print” post to the campaign to get one."))
    lines.append("")

    hotlines = kit.hotlines
    if hotlines:
        lines += [_("Hotlines"), "-" * 72]
        for hotline in hotlines:
            extra = f" ({hotline.availability})" if hotline.availability else ""
            lines.append(f"  - {hotline.label}: {hotline.phone_number}{extra}")
        lines.append("")

    lines += [
        _("In this kit"),
        "-" * 72,
        _("  links.csv: every post's tracked link and short link."),
        _("  <channel>/post-<n>/text.txt: the text as it goes out, with its link and hashtags."),
        _("  title.txt: the headline, subject line or video title, for channels that have one."),
        _("  details.txt: planned time, status, length and links of the post."),
        _("  images/: every image size the channel needs, cut around the focal point."),
        _("  qr-code.svg and qr-code.png: the QR code of the short link (SVG for print)."),
        _("  Folders ending in “not-approved” hold posts that must not go out yet."),
        _("  Texts are UTF-8. Short links lead to the campaign even if its page moves."),
        "",
    ]
    return "\n".join(lines)
