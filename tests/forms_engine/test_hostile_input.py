"""Odd, broken and hostile input never gives a 500: every listing filter, search, token address and form.

Runs on whichever database the suite runs on; on PostgreSQL a NUL byte in a query parameter is an error
(`A string literal cannot contain NUL`) that SQLite accepts, so run this file on both.
"""

from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from django.test import Client

from forms_engine.models import Submission
from tests.forms_engine.factories import make_form_page
from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    FeedbackFormPageFactory,
    FollowUpPageFactory,
    MethodLibraryPageFactory,
    MethodPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

ODD_VALUES = [
    "\x00",
    "a\x00b",
    "x" * 5000,
    "'",
    "' OR 1=1 --",
    "%",
    "%00",
    "\\",
    "ääkköset ja 漢字 🙂",
    "\u202e",
    "\ud800",
    "-1",
    "0",
    "99999999999999999999",
    "²",
    "1e3",
    " ",
]
LISTING_PARAMS = ["kohderyhma", "alue", "tyyppi", "tila", "vaihe", "taso", "page", "aika"]
SEARCH_PARAMS = ["q", "tyyppi", "kohderyhma", "alue", "page"]


def bytes_in_url(value):
    """`value` percent-encoded as UTF-8; lone surrogates as their raw bytes would be sent."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


@pytest.fixture
def client():
    """A browser-like client: an error gives its response, as a person would see, not an exception."""
    return Client(raise_request_exception=False)


@pytest.fixture
def hostile_site(desk, event_page, localized_site):
    """A section of every kind with one tagged page, and a form on every kind of form page."""
    home = localized_site.home
    group, area = TargetGroupFactory(), AreaFactory()
    channels = ChannelIndexPageFactory(parent=home)
    methods = MethodLibraryPageFactory(parent=home)
    pages = [
        make_form_page(ChannelPageFactory(parent=channels), groups=[desk.group]),
        make_form_page(MethodPageFactory(parent=methods), groups=[desk.group]),
        make_form_page(FeedbackFormPageFactory(parent=home), groups=[desk.group]),
        desk.call,
        event_page,
    ]
    FollowUpPageFactory(parent=desk.follow_ups)
    for page in pages:
        if hasattr(page, "target_groups"):
            page.target_groups.add(group)
            page.areas.add(area)
            page.save_revision().publish()
    indexes = [channels, methods, desk.call.get_parent(), desk.events, desk.follow_ups]
    return {"forms": pages, "indexes": indexes, "follow_up": FollowUpPageFactory(parent=desk.follow_ups)}


def assert_no_server_error(response, what):
    assert response.status_code < 500, f"{what} gave {response.status_code}"


@pytest.mark.parametrize("section", range(5), ids=["channels", "methods", "open_calls", "events", "follow_ups"])
def test_listing_filters_take_any_value(client, hostile_site, section):
    for index in hostile_site["indexes"][section : section + 1]:
        for param in LISTING_PARAMS:
            for value in ODD_VALUES:
                url = f"{index.url}?{param}={bytes_in_url(value)}"
                assert_no_server_error(client.get(url), url)
            url = f"{index.url}?{param}=a&{param}=b&{param}[]=c"
            assert_no_server_error(client.get(url), url)


def test_search_takes_any_query_facet_and_page(client, hostile_site):
    for param in SEARCH_PARAMS:
        for value in ODD_VALUES:
            for base in ("/fi/haku/?q=asiakasraati&", "/sv/haku/?"):
                url = f"{base}{param}={bytes_in_url(value)}"
                assert_no_server_error(client.get(url), url)
    assert_no_server_error(client.get("/fi/haku/?q=a&q=b&q[]=c&page=2&page=3"), "repeated parameters")


@pytest.mark.parametrize("path", ["tila", "tilaukset"])
@pytest.mark.parametrize(
    "token", ["%00", "a%00b", "%FF", "%C3", "%ED%A0%80", "x" * 300, "%27", "..%2F..", "%E2%80%AE", "%F0%9F%99%82"]
)
def test_token_addresses_with_odd_bytes_are_not_found(client, localized_site, path, token):
    for method in ("get", "post"):
        response = getattr(client, method)(f"/fi/{path}/{token}/")

        assert response.status_code == 404, (method, path, token, response.status_code)


class FormInputs(HTMLParser):
    """The names and values of the inputs of the page's form that posts to the page itself."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form = {}, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method") == "post":
            self.in_form = True
        elif tag == "form":
            self.in_form = False
        if self.in_form and tag in ("input", "textarea", "select") and attrs.get("name"):
            self.fields.setdefault(attrs["name"], attrs.get("value") or "")


def form_inputs(client, page):
    parser = FormInputs()
    parser.feed(client.get(page.url).content.decode())
    return parser.fields


def encoded(data):
    """A form body as a browser would send it, with any value (lone surrogates as their raw bytes)."""
    pairs = []
    for name, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append(f"{bytes_in_url(name)}={bytes_in_url(item)}")
    return "&".join(pairs).encode("ascii")


def post_form(client, url, data, content_type="application/x-www-form-urlencoded"):
    return client.generic("POST", url, encoded(data), content_type=content_type)


def test_every_form_takes_odd_missing_and_huge_answers(client, hostile_site, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    settings.FORMS_RATE_LIMIT = (10_000, 600)
    for page in hostile_site["forms"]:
        inputs = form_inputs(client, page)
        editable = [name for name in inputs if not name.startswith(("csrf", "ov_"))]
        assert editable, page
        sent = [{}, dict.fromkeys(inputs, ""), {**inputs, "ov_consent": "on", "ov_token": "\x00"}]
        for value in ODD_VALUES + ["x" * 1_000_000]:
            sent.append({**inputs, **dict.fromkeys(editable, value), "ov_consent": "on"})
            sent.append({**inputs, **dict.fromkeys(editable, [value, value]), "ov_consent": value})
        for data in sent:
            response = post_form(client, page.url, data)
            assert_no_server_error(response, f"{page.url} {list(data.items())[:3]!r}")
    # NUL bytes were refused, not stored.
    assert not Submission.objects.filter(form_data__icontains="\\u0000").exists()


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded; charset=utf-16",
        "application/x-www-form-urlencoded; charset=UTF-32",
        "application/x-www-form-urlencoded; charset=no-such-charset",
        "application/x-www-form-urlencoded; charset=rot13",
        "multipart/form-data; charset=utf-16; boundary=x",
        "multipart/form-data",
        "application/json",
        "text/plain; charset=utf-16",
    ],
)
def test_form_bodies_in_odd_charsets_never_give_a_500(client, hostile_site, content_type):
    for page in hostile_site["forms"]:
        for body in ("nimi=Aino&viesti=Hei".encode("utf-16"), b"nimi=Aino\xff\xfe&viesti=%FF", b"\x00" * 10):
            response = client.generic("POST", page.url, body, content_type=content_type)

            assert_no_server_error(response, f"{page.url} {content_type}")


@pytest.mark.parametrize(("code", "text"), [("fi", "merkistössä"), ("sv", "teckenkodning"), ("en", "character set")])
def test_a_form_sent_in_another_charset_gets_a_400_in_the_residents_language(client, desk, code, text):
    response = client.generic(
        "POST",
        f"/{code}/tila/abc/",
        "action=cancel".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{code}">' in html
    assert text in html


def test_a_form_in_utf8_is_read_as_before(client, desk, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    inputs = form_inputs(client, desk.call)
    data = {**inputs, "nimi": "Äijä Öljynen", "viesti": "Hei", "ov_consent": "on"}

    response = post_form(client, desk.call.url, data, "application/x-www-form-urlencoded; charset=UTF-8")

    assert response.status_code in (200, 303)
    assert Submission.objects.get().form_data["nimi"] == "Äijä Öljynen"


def test_odd_page_addresses_are_not_found(client, hostile_site):
    index = hostile_site["indexes"][0]
    for value in ODD_VALUES:
        for base in ("/fi/", index.url, "/"):
            url = f"{base}{bytes_in_url(value)}/"
            assert_no_server_error(client.get(url), url)
            assert_no_server_error(client.get(f"{index.url}?kuitti={bytes_in_url(value)}"), "receipt parameter")


def test_other_endpoints_take_odd_posts(client, hostile_site):
    follow_up = hostile_site["follow_up"]
    for value in ODD_VALUES:
        for data in ({"email": value}, {"email": [value, value]}, {}):
            url = f"/fi/tilaukset/uusi/{follow_up.pk}/"
            assert_no_server_error(post_form(client, url, data), f"{url} {value!r}")
        assert_no_server_error(post_form(client, "/fi/tila/abc/", {"action": value}), f"status {value!r}")
