"""The live length counter under channel posts in the campaign editor, in a real browser:
it counts as validation counts, follows typing and channel changes, and counts posts added
after the page loaded."""

from django.contrib.auth.models import User
from playwright.sync_api import expect
from wagtail.users.models import UserProfile

from campaigns.channels import Channel
from tests.campaigns_factories import campaign, campaign_index, post

PASSWORD = "a-long-password-for-tests"


def sign_in(page, site_url):
    user = User.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    page.goto(site_url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("main")).to_be_visible()


def test_the_counter_follows_the_text_and_the_channel(page, site_url):
    sign_in(page, site_url)
    campaign_page = campaign(
        campaign_index(), posts=[post(Channel.SMS, text="Xét nghiệm HIV miễn phí.")]
    )
    page.goto(f"{site_url}/admin/pages/{campaign_page.pk}/edit/")
    # Tab ids come from the heading in the language the admin first rendered in: click by name.
    page.get_by_role("tab", name="Channels").click()

    text = page.locator("#id_channel_posts-0-text")
    counter = page.locator("#id_channel_posts-0-text-count")
    expect(counter).to_contain_text("1 SMS message (Unicode, because of the Vietnamese diacritics)")
    expect(counter).to_have_attribute("aria-live", "polite")
    expect(text).to_have_attribute("aria-describedby", "id_channel_posts-0-text-count")

    text.fill("Xét nghiệm HIV miễn phí, bảo mật. " * 8)
    expect(counter.locator(".error-message")).to_have_text(
        "This SMS is too long: at most 3 messages."
    )
    expect(counter).to_contain_text("Without diacritics it would be 2 messages.")

    page.select_option("#id_channel_posts-0-channel", "x")
    expect(counter).to_contain_text("X characters: a link counts as 23")


def test_a_post_added_in_the_editor_is_counted_too(page, site_url):
    sign_in(page, site_url)
    campaign_page = campaign(campaign_index(), posts=[post(Channel.FACEBOOK)])
    page.goto(f"{site_url}/admin/pages/{campaign_page.pk}/edit/")
    # Tab ids come from the heading in the language the admin first rendered in: click by name.
    page.get_by_role("tab", name="Channels").click()
    page.click("#id_channel_posts-ADD")

    page.select_option("#id_channel_posts-1-channel", "tiktok")
    page.locator("#id_channel_posts-1-text").fill("Không kỳ thị.")
    page.locator("#id_channel_posts-1-hashtags").fill("#KhôngKỳThị #TPHCM")
    expect(page.locator("#id_channel_posts-1-text-count")).to_have_text(
        "33 of 2200 characters, with the hashtags."
    )
    expect(page.locator("#id_channel_posts-1-hashtags-count")).to_have_text("2 of 30 hashtags.")
