"""Short links (/c/<code>) for posters, QR codes and SMS.

A short link names a campaign by its translation key and a language, not by address, so it
follows the page when it moves or is renamed, and falls back to the campaign's other
language if one is taken down. Links are never deleted: a poster printed years ago still
leads somewhere (at worst, to a page saying the campaign has ended).
"""

import secrets

from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from campaigns.tracking import SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, utm_parameters


def new_code() -> str:
    return "".join(secrets.choice(SHORT_CODE_ALPHABET) for _ in range(SHORT_CODE_LENGTH))


class ShortLinkManager(models.Manager):
    def for_post(self, post, language_code: str | None = None):
        """The post's short link in its page's language, made the first time it is asked."""
        page = post.page
        language_code = language_code or page.locale.language_code
        found = self.filter(
            campaign_key=page.translation_key, post_key=post.post_key, language_code=language_code
        ).first()
        if found:
            return found
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return self.create(
                        code=new_code(),
                        campaign_key=page.translation_key,
                        post_key=post.post_key,
                        language_code=language_code,
                        channel=post.channel,
                        utm_campaign=page.tracking_name,
                    )
            except IntegrityError:
                # Either the code was taken (27 billion codes: rare) or another request made
                # this post's link at the same moment.
                found = self.filter(
                    campaign_key=page.translation_key,
                    post_key=post.post_key,
                    language_code=language_code,
                ).first()
                if found:
                    return found
        raise RuntimeError("Could not find a free short link code")


class ShortLink(models.Model):
    code = models.CharField(_("code"), max_length=16, unique=True)
    campaign_key = models.UUIDField(_("campaign"), db_index=True)
    post_key = models.UUIDField(_("post"))
    language_code = models.CharField(_("language"), max_length=8)
    channel = models.CharField(_("channel"), max_length=20)
    utm_campaign = models.CharField(_("campaign name in links"), max_length=255)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ShortLinkManager()

    class Meta:
        verbose_name = _("short link")
        verbose_name_plural = _("short links")
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "post_key", "language_code"],
                name="campaigns_one_short_link_per_post_and_language",
            )
        ]

    def __str__(self):
        return self.code

    def campaign_page(self):
        """The live campaign in the link's language, else in another; None if there is none."""
        from campaigns.models.pages import CampaignPage

        versions = list(
            CampaignPage.objects.live()
            .public()
            .filter(translation_key=self.campaign_key)
            .select_related("locale")
        )
        versions.sort(key=lambda page: page.locale.language_code != self.language_code)
        return versions[0] if versions else None

    def utm_parameters(self) -> dict[str, str]:
        from campaigns.channels import rules_for

        return utm_parameters(rules_for(self.channel), self.utm_campaign)
