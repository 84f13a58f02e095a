"""Browser tests: Debian's chromium, driven by Playwright, against pytest-django's live server.

Every test here is marked ``browser`` (run them alone with ``pytest -m browser``, or leave
them out with ``-m "not browser"``). The browser is never downloaded: the tests use
/usr/bin/chromium, which scripts/ensure-system-packages installs, and they fail (rather
than skip) without it, so that a CI machine missing it cannot pass unnoticed.
"""

import datetime
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
import wagtail_factories
from django.db import connections
from django.db.backends.base.creation import BaseDatabaseCreation
from django.db.models.signals import post_save
from playwright.sync_api import sync_playwright
from wagtail.models import Site
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from portal.models import SiteSettings
from tests.articles_factories import (
    LegalDocumentFactory,
    TopicFactory,
    article,
    article_index,
    citation,
    legal_library,
)
from tests.browser.campaign_pages import campaign_pages
from tests.directory_factories import (
    LocationFactory,
    ServiceCategoryFactory,
    directory_page,
    make_service,
)
from tests.factories import (
    HotlineFactory,
    InformationPageFactory,
    NavigationFactory,
    english,
    english_home,
    publish_child,
    site_home,
)

BROWSER_TESTS = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
# Playwright's own --headless is added as well; the rest keep chromium off the network
# (without them it calls Google for updates, sync and field trials).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Generous for a loaded CI machine, short enough that a broken page fails quickly.
TIMEOUT_MS = 10_000
PHONE_WIDTH = 320
DESKTOP_WIDTH = 1280
# The pages of the public_pages fixture: one for each public template.
PUBLIC_PAGES = [
    "home (vi)",
    "home (en)",
    "information page",
    "untranslated alias (en)",
    "article index",
    "article",
    "legal library",
    "service directory",
    "service page",
    "campaign index",
    "campaign",
    "page not found",
    "server error",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_TESTS in item.path.parents:
            item.add_marker(pytest.mark.browser)
            # The live server answers from another thread, so the data must be committed,
            # not kept in a test transaction. After each test the database is emptied and
            # what the migrations created (locales, home pages, site) is loaded again.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="package", autouse=True)
def _restore_migrated_data_quietly():
    """Reload the migrated data after each test without wagtail-localize's signal handler.

    wagtail-localize synchronises the page trees whenever a LocaleSynchronization is
    saved, even when it is only being loaded from a fixture (raw=True). While Django
    restores the data the migrations created, the locale it points to is not back yet,
    so the handler fails; and it has nothing to do, since the pages are restored too.
    """
    restore = BaseDatabaseCreation.deserialize_db_from_string

    def restore_quietly(creation, data):
        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        try:
            restore(creation, data)
        finally:
            post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(BaseDatabaseCreation, "deserialize_db_from_string", restore_quietly)
        yield


@pytest.fixture(scope="package")
def browser():
    """Chromium, for every test in this package; it is closed when they are done.

    Package-scoped rather than session-scoped: while Playwright runs, the main thread has
    an event loop and DJANGO_ALLOW_ASYNC_UNSAFE is set, and neither must leak into the
    tests that run after these (one of them runs `manage.py check --deploy`, which rejects
    that variable). The browser tests run one after another (pytest-django runs all
    transactional tests together), so chromium is still launched only once.
    """
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Debian's chromium at {CHROMIUM}, and it is missing. "
            "Install it with scripts/ensure-system-packages (or apt-get install chromium); "
            "never with `playwright install`.",
            pytrace=False,
        )
    # Playwright's sync API keeps an asyncio event loop running in the main thread while
    # it waits for the browser, between (and during) our calls. That changes two things:
    own_connections = {alias: connections[alias] for alias in connections}
    with pytest.MonkeyPatch.context() as monkeypatch:
        # 1. Django takes every ORM call made in the main thread (factories, restoring and
        #    emptying the database between tests) for a call from async code, and refuses
        #    it. Nothing runs concurrently, the loop only waits for chromium, so the check
        #    is turned off while the browser runs.
        monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            # 2. With a running loop, asgiref keeps Django's connections per context
            #    instead of per thread, so the main thread would get new connections:
            #    without the test database's saved contents, so nothing would be restored
            #    after each test. Keep using the thread's own.
            for alias, connection in own_connections.items():
                connections[alias] = connection
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture
def new_page(browser):
    """Open pages in fresh browser contexts: no cookies, storage or history from before."""
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(**context_options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page(viewport={"width": DESKTOP_WIDTH, "height": 900})


@pytest.fixture
def site_url(live_server, settings):
    """The live site's address, without the final slash: site_url + "/en/"."""
    # The portal's own URLs, plus media files and a failing page (see tests/browser/urls.py).
    settings.ROOT_URLCONF = "tests.browser.urls"
    return live_server.url


class NeutralSite:
    """Where the quick exit leads: a real web server with one dull page, on 127.0.0.1.

    The live server is on localhost, so the two are different sites to the browser. The
    neutral site can hold back its answers, so that a test can look at the portal page
    while the browser is on its way out.
    """

    HEADING = "Weather in Ho Chi Minh City"
    PAGE = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weather</title>'
        f"</head><body><h1>{HEADING}</h1><p>Sunny, 33°C.</p></body></html>"
    ).encode()

    def __init__(self):
        self.requests = []
        self.may_answer = threading.Event()
        self.may_answer.set()
        neutral_site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                neutral_site.requests.append(
                    SimpleNamespace(path=self.path, referer=self.headers.get("Referer"))
                )
                neutral_site.may_answer.wait(timeout=TIMEOUT_MS / 1000)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(neutral_site.PAGE)))
                self.end_headers()
                self.wfile.write(neutral_site.PAGE)

            def log_message(self, format, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/"

    @property
    def page_requests(self):
        """Requests for the page itself (not for the browser's favicon)."""
        return [request for request in self.requests if request.path == "/"]

    @contextmanager
    def holding_answers(self):
        self.may_answer.clear()
        try:
            yield
        finally:
            self.may_answer.set()


@pytest.fixture(scope="session")
def _neutral_site_server():
    neutral_site = NeutralSite()
    thread = threading.Thread(target=neutral_site.server.serve_forever, daemon=True)
    thread.start()
    yield neutral_site
    neutral_site.may_answer.set()
    neutral_site.server.shutdown()
    neutral_site.server.server_close()


@pytest.fixture
def neutral_site(_neutral_site_server, site_url):
    """The neutral site, set as the portal's quick exit destination."""
    _neutral_site_server.requests.clear()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.quick_exit_url = _neutral_site_server.url
    site_settings.save()
    return _neutral_site_server


def link_to(page=None, url="", label=""):
    """A LinkBlock value, as stored."""
    return {"page": page.pk if page else None, "url": url, "label": label}


@pytest.fixture
def public_pages(site_url):
    """Every public template, filled with every kind of content it can show.

    Returns the address of each: the Vietnamese and English home pages, an information
    page with every body block, its English alias (not translated yet), the article index,
    an article (image, questions, video, legal citation), the legal library, a page that
    does not exist and the server error page.
    """
    image = wagtail_factories.ImageFactory(title="Nhân viên tư vấn tại phòng khám")
    home = site_home()
    info = publish_child(
        home,
        InformationPageFactory.build(
            title="Duyệt web an toàn",
            slug="duyet-web-an-toan",
            introduction="Cách giữ kín những gì bạn đọc trên mạng.",
            body=[
                {"type": "heading", "value": "Chế độ riêng tư"},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Dùng <b>chế độ ẩn danh</b> và "
                        '<a href="https://example.org/">xoá lịch sử</a> sau khi đọc.</p>'
                        "<ul><li>Đóng trang bằng nút Thoát nhanh.</li></ul>"
                    ),
                },
                {
                    "type": "image",
                    "value": {
                        "image": image.pk,
                        "alt_text": "Một nhân viên tư vấn đang lắng nghe",
                        "caption": "Tư vấn miễn phí, giữ bí mật.",
                    },
                },
                *(
                    {
                        "type": "callout",
                        "value": {
                            "kind": kind,
                            "heading": f"Lưu ý {kind}",
                            "text": "<p>Không ai được ép bạn xét nghiệm.</p>",
                        },
                    }
                    for kind in ("info", "warning", "safety")
                ),
                {
                    "type": "call_to_action",
                    "value": {
                        "heading": "Cần hỗ trợ ngay?",
                        "text": "Tư vấn viên lắng nghe bạn.",
                        "link": link_to(home, label="Tìm dịch vụ"),
                    },
                },
            ],
        ),
    )
    alias = info.copy_for_translation(english(), alias=True)

    home.hero_text = "Chúng tôi lắng nghe, không phán xét."
    home.hero_image = image
    home.shortcuts = [
        {
            "type": "shortcut",
            "value": {
                "icon": "health",
                "title": "Xét nghiệm HIV",
                "description": "Miễn phí, không cần giấy tờ tuỳ thân.",
                "link": link_to(info),
            },
        },
        {
            "type": "shortcut",
            "value": {"icon": "legal", "title": "Trợ giúp pháp lý", "link": link_to(info)},
        },
    ]
    home.body = [
        {
            "type": "section",
            "value": {
                "heading": "Hiểu đúng về pháp luật",
                "text": "<p>Quyền và nghĩa vụ của bạn.</p>",
                "links": [link_to(info), link_to(url="https://example.org/", label="Luật")],
            },
        },
        {
            "type": "callout",
            "value": {"kind": "safety", "heading": "", "text": "<p>An toàn.</p>"},
        },
        {
            "type": "call_to_action",
            "value": {"heading": "Gọi cho chúng tôi", "text": "", "link": link_to(info)},
        },
    ]
    home.save_revision().publish()

    # The English home page starts as an alias; make it a real translation.
    home_en = english_home()
    home_en.alias_of = None
    home_en.title = "Home"
    home_en.hero_heading = "Information and support, safe and respectful"
    home_en.hero_text = "We listen without judging."
    home_en.save_revision().publish()

    for number, (label_vi, label_en, phone) in enumerate(
        [
            ("Đường dây nóng", "Hotline", "1900 1234"),
            ("Tư vấn pháp lý", "Legal advice", "028 3822 1234"),
        ]
    ):
        line = HotlineFactory(label=label_vi, phone_number=phone, sort_order=number)
        HotlineFactory(
            label=label_en,
            phone_number=phone,
            availability="24/7, free of charge",
            sort_order=number,
            locale=english(),
            translation_key=line.translation_key,
        )

    navigation_vi = NavigationFactory(
        header_links=[{"type": "link", "value": link_to(info)}],
        footer_text='<p>Một dự án <a href="https://example.org/">cộng đồng</a>.</p>',
        footer_links=[
            {"type": "link", "value": link_to(home, label="Giới thiệu")},
            {"type": "link", "value": link_to(url="https://example.org/", label="Đối tác")},
        ],
    )
    NavigationFactory(
        locale=english(),
        translation_key=navigation_vi.translation_key,
        header_links=[{"type": "link", "value": link_to(info)}],
        footer_text='<p>A <a href="https://example.org/">community</a> project.</p>',
        footer_links=[{"type": "link", "value": link_to(home, label="About")}],
    )

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.facebook_url = "https://www.facebook.com/example"
    site_settings.zalo_url = "https://zalo.me/example"
    site_settings.show_sample_data_notice = True
    site_settings.save()

    articles = article_index()
    topic = TopicFactory(name="Sức khoẻ", slug="suc-khoe")
    document = LegalDocumentFactory(number="10/2003/PL-UBTVQH11", title="Pháp lệnh mẫu")
    article(articles, topics=[topic], title="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    full_article = article(
        articles,
        topics=[topic],
        title="Quyền của bạn khi bị kiểm tra",
        slug="quyen-cua-ban",
        summary="Những điều bạn có quyền yêu cầu.",
        body=[
            ("heading", "Bạn có quyền"),
            ("paragraph", "<p>Bạn có quyền được <b>tôn trọng</b>.</p>"),
            ("image", {"image": image, "alt_text": "Hai người trò chuyện", "caption": "Tư vấn"}),
            (
                "faq",
                {
                    "heading": "Hỏi đáp",
                    "questions": [
                        {"question": "Có mất tiền không?", "answer": "<p>Không.</p>"},
                        {"question": "Có cần tên thật?", "answer": "<p>Không cần.</p>"},
                    ],
                },
            ),
            (
                "video",
                {
                    "title": "Quyền của bạn trong ba phút",
                    "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
                    "thumbnail": image,
                    "description": "Một video ngắn.",
                    "transcript": "<p>Lời thoại.</p>",
                },
            ),
            citation(document, "Điều 22", "Bán dâm là vi phạm hành chính."),
        ],
    )
    library = legal_library()

    testing = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    clinic = make_service(
        title="Phòng khám Cộng Đồng",
        categories=[testing],
        is_free=True,
        is_anonymous=True,
        is_sex_worker_friendly=True,
        alert="Nghỉ lễ ngày 1 tháng 12.",
        hours={0: [("08:00", "11:30"), ("13:30", "17:00")], 4: [("20:00", "02:00")]},
        closures=[(datetime.date.today() + datetime.timedelta(days=3), None)],
        eligibility_description="Mọi người.",
        required_documents="Không cần giấy tờ",
        website="https://example.org/",
    )
    make_service(
        title="Nhà tạm lánh",
        status="temporarily closed",
        locations=[LocationFactory(is_confidential=True), LocationFactory()],
    )
    directory = directory_page()

    return {
        "home (vi)": site_url + home.url,
        "home (en)": site_url + home_en.url,
        "information page": site_url + info.url,
        "untranslated alias (en)": site_url + alias.url,
        "article index": site_url + articles.url,
        "article": site_url + full_article.url,
        "legal library": site_url + library.url,
        "service directory": site_url + directory.url + "?area=q1",
        "service page": site_url + clinic.get_url(),
        **campaign_pages(site_url, image, directory),
        "page not found": site_url + "/trang-khong-ton-tai/",
        "server error": site_url + "/test-server-error/",
    }
