"""The anonymous full-page cache (portal/page_cache.py): what it serves, to whom, and when it lets go."""

import gzip
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from forms_engine import form_tokens
from forms_engine.models import Submission
from participation.models import TargetGroup
from portal.models import SiteSettings
from tests.factories import StandardPageFactory
from tests.forms_engine.conftest import desk  # noqa: F401  (the form pages' fixture)
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="ov_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def get(client, url, **headers):
    """The response and the number of SQL queries it took."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def rendered(response):
    """Whether the page was rendered for this request (not served from the cache): a render may take no query."""
    return bool(response.templates)


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.fixture
def page(localized_site):
    return StandardPageFactory(parent=localized_site.home, title="Tietoa osallisuudesta", slug="tietoa")


def test_a_second_anonymous_view_is_a_hit_without_queries_and_with_public_headers(client, page):
    first, first_queries = get(client, page.url)
    second, second_queries = get(client, page.url)

    assert first.status_code == second.status_code == 200
    assert rendered(first)
    assert second_queries == 0
    assert second.content == first.content
    assert "Tietoa osallisuudesta" in second.content.decode()
    assert cache_control(second) == {"public", "max-age=60", "stale-while-revalidate=300"}
    assert second["ETag"] == first["ETag"] and second["ETag"].startswith('W/"')
    assert {"Cookie", "Accept-Encoding"} <= {part.strip() for part in second["Vary"].split(",")}
    assert second["Content-Language"] == "fi"
    assert "Content-Security-Policy" in second and second["X-Frame-Options"] == "DENY"


def test_the_key_has_the_query_string_and_the_language(client, page, localized_site):
    swedish = localized_site.translate(page, "sv", title="Om delaktighet", slug="om")

    client.get(page.url)
    with_query, _queries = get(client, page.url + "?sivu=2")
    sv, _queries = get(client, swedish.url)

    assert with_query.status_code == 200
    assert rendered(with_query)
    assert "Om delaktighet" in sv.content.decode()
    assert sv["Content-Language"] == "sv"


def test_a_publish_is_shown_to_the_next_anonymous_visitor(client, page):
    client.get(page.url)

    page.title = "Uusi otsikko"
    page.save_revision().publish()

    assert "Uusi otsikko" in client.get(page.url).content.decode()


def test_a_draft_saved_keeps_the_cached_page_and_its_publish_shows(client, page):
    client.get(page.url)

    page.title = "Luonnoksen otsikko"
    page.save_revision()
    kept, queries = get(client, page.url)
    assert queries == 0 and "Tietoa osallisuudesta" in kept.content.decode()

    page.get_latest_revision().publish()
    assert "Luonnoksen otsikko" in client.get(page.url).content.decode()


def test_an_unpublish_a_move_and_a_delete_are_shown_at_once(client, page, localized_site):
    other = StandardPageFactory(parent=localized_site.home, title="Toinen", slug="toinen")
    target = StandardPageFactory(parent=localized_site.home, title="Kohde", slug="kohde")
    moving = StandardPageFactory(parent=localized_site.home, title="Siirtyvä", slug="siirtyva")
    for url in (page.url, other.url, moving.url):
        assert client.get(url).status_code == 200

    page.unpublish()
    other.delete()
    moving.move(target, pos="last-child")

    assert client.get("/fi/tietoa/").status_code == 404
    assert client.get("/fi/toinen/").status_code == 404
    moved = client.get("/fi/siirtyva/")
    assert moved.status_code == 301  # Wagtail's automatic redirect to its new place, not the page kept in the cache
    assert moved["Location"].endswith("/fi/kohde/siirtyva/")
    assert "Siirtyvä" in client.get("/fi/kohde/siirtyva/").content.decode()


def test_a_404_lets_go_when_a_page_or_a_redirect_takes_its_address(client, page, localized_site):
    assert client.get("/fi/uusi/").status_code == 404
    assert client.get("/fi/vanha/").status_code == 404
    _response, queries = get(client, "/fi/uusi/")
    assert queries == 0  # a 404 is kept too (for a minute)

    StandardPageFactory(parent=localized_site.home, title="Uusi sivu", slug="uusi")
    Redirect.objects.create(old_path="/fi/vanha", redirect_link="/fi/uusi/", site=localized_site.site)

    assert "Uusi sivu" in client.get("/fi/uusi/").content.decode()
    moved = client.get("/fi/vanha/")
    assert moved.status_code == 301 and moved["Location"] == "/fi/uusi/"


def test_a_privacy_restriction_is_kept_at_once(client, page):
    assert "Tietoa osallisuudesta" in client.get(page.url).content.decode()

    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(page.url)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"] or "login" in response["Location"]


def test_a_settings_change_and_a_snippet_change_are_shown_at_once(client, page, localized_site):
    client.get(page.url)
    settings_ = SiteSettings.for_site(localized_site.site)
    settings_.organisation_name = "Pohjanmaan hyvinvointialue"
    settings_.save()

    assert "Pohjanmaan hyvinvointialue" in client.get(page.url).content.decode()

    client.get(page.url)
    TargetGroup.objects.create(name="Nuoret", locale=localized_site.locales["fi"])
    response, _queries = get(client, page.url)
    assert rendered(response)  # the taxonomy labels pages show may have changed: the next view renders anew


def test_a_signed_in_editor_is_never_served_nor_stores_a_cached_page(client, admin_client, page):
    anonymous = client.get(page.url)
    editor, _queries = get(admin_client, page.url)

    assert rendered(editor)
    assert "userbar" in editor.content.decode()
    assert "userbar" not in anonymous.content.decode()
    assert "public" not in cache_control(editor)
    assert "private" in cache_control(editor)

    # An editor first, on an empty cache: what they see is not kept for the next visitor.
    page.title = "Päivitetty"
    page.save_revision().publish()
    admin_client.get(page.url)
    again, _queries = get(client, page.url)
    assert rendered(again)
    assert "userbar" not in again.content.decode()


def test_any_session_cookie_bypasses_the_cache(client, page):
    client.get(page.url)
    client.cookies["sessionid"] = "not-a-real-session"

    response, _queries = get(client, page.url)

    assert rendered(response)
    assert "public" not in cache_control(response)


def test_head_is_served_from_the_cache_with_the_length_of_the_page(client, page):
    head_first = client.head(page.url)
    get_response = client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        head = client.head(page.url)

    assert head_first.status_code == head.status_code == 200
    assert len(queries) == 0
    assert head.content == b""
    assert int(head["Content-Length"]) == len(get_response.content)
    assert head["ETag"] == get_response["ETag"]


def test_a_conditional_get_with_the_etag_is_a_304(client, page):
    etag = client.get(page.url)["ETag"]

    not_modified = client.get(page.url, headers={"If-None-Match": etag})
    other = client.get(page.url, headers={"If-None-Match": 'W/"something-else"'})

    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    assert "public" in cache_control(not_modified)
    assert other.status_code == 200


def test_gzip_only_when_accepted(client, page):
    plain = client.get(page.url)
    zipped = client.get(page.url, headers={"Accept-Encoding": "gzip, deflate, br"})
    first_zipped = Client().get("/fi/", headers={"Accept-Encoding": "gzip"})

    assert "Content-Encoding" not in plain
    assert zipped["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.content) == plain.content
    assert int(zipped["Content-Length"]) == len(zipped.content) < len(plain.content)
    assert first_zipped["Content-Encoding"] == "gzip"  # the visitor whose view stored it gets it compressed too
    assert b"<html" in gzip.decompress(first_zipped.content)


def test_each_anonymous_visitor_of_a_form_page_gets_their_own_tokens_and_both_can_send(desk, settings):  # noqa: F811
    settings.FORMS_MIN_FILL_SECONDS = 0
    first, second = Client(), Client()

    shown_first = first.get(desk.call.url, headers={"Accept-Encoding": "gzip"})
    with CaptureQueriesContext(connection) as queries:
        shown_second = second.get(desk.call.url, headers={"Accept-Encoding": "gzip"})

    assert len(queries) == 0, "the second view is a cache hit"
    for response in (shown_first, shown_second):
        assert response.status_code == 200
        assert cache_control(response) == {"private"}
        assert "ETag" not in response
    assert "Content-Encoding" not in shown_first  # as rendered
    assert shown_second["Content-Encoding"] == "gzip"  # from the cache: compressed around the secrets
    html = [shown_first.content.decode(), gzip.decompress(shown_second.content).decode()]
    tokens = [TOKEN.search(text).group(1) for text in html]
    csrf = [CSRF.search(text).group(1) for text in html]
    # The secrets are in stored blocks, outside every compressor's window: the compressed bytes hold them as they are.
    assert tokens[1].encode() in shown_second.content and csrf[1].encode() in shown_second.content
    assert tokens[0] != tokens[1]
    assert form_tokens.read(tokens[0], desk.call).nonce != form_tokens.read(tokens[1], desk.call).nonce
    assert csrf[0] != csrf[1]
    assert shown_second.cookies["csrftoken"].value  # the hit sets the visitor's CSRF cookie, as Django would
    assert TOKEN.sub("", html[0]).replace(csrf[0], "") == TOKEN.sub("", html[1]).replace(csrf[1], "")

    for client, token, csrf_token in ((first, tokens[0], csrf[0]), (second, tokens[1], csrf[1])):
        client.handler.enforce_csrf_checks = True
        sent = client.post(desk.call.url, {**answers(desk.call), "ov_token": token, "csrfmiddlewaretoken": csrf_token})
        assert sent.status_code == 303, sent.content.decode()[:500]
        receipt = client.get(sent["Location"])
        assert receipt.status_code == 200
        assert {"no-cache", "no-store"} <= cache_control(receipt)
    assert Submission.objects.count() == 2
    assert len({submission.form_token for submission in Submission.objects.all()}) == 2


def test_a_returning_visitor_keeps_their_csrf_cookie_and_each_hit_masks_it_anew(desk, settings):  # noqa: F811
    settings.FORMS_MIN_FILL_SECONDS = 0
    Client().get(desk.call.url)  # stored by someone else's visit
    visitor = Client(enforce_csrf_checks=True)
    first = visitor.get(desk.call.url)
    cookie = first.cookies["csrftoken"].value
    again = visitor.get(desk.call.url)  # a hit for a visitor who has the cookie
    assert not rendered(first) and not rendered(again)
    assert again.cookies["csrftoken"].value == cookie  # the same secret, sent again with its full age
    masked = [CSRF.search(response.content.decode()).group(1) for response in (first, again)]
    assert masked[0] != masked[1] and cookie not in masked  # never the secret itself in the page
    token = TOKEN.search(again.content.decode()).group(1)
    sent = visitor.post(desk.call.url, {**answers(desk.call), "ov_token": token, "csrfmiddlewaretoken": masked[0]})
    assert sent.status_code == 303  # any of the visitor's masked tokens matches their cookie, as Django's do
    refused = Client(enforce_csrf_checks=True)
    refused.cookies["csrftoken"] = "x" * 32
    assert refused.post(desk.call.url, {**answers(desk.call), "csrfmiddlewaretoken": masked[0]}).status_code == 403


def test_a_form_pages_compressed_hits_differ_only_in_their_secrets(desk):  # noqa: F811
    Client().get(desk.call.url)
    hits = [Client().get(desk.call.url, headers={"Accept-Encoding": "gzip"}) for _ in range(2)]
    plain = Client().get(desk.call.url)

    bodies = [gzip.decompress(hit.content) for hit in hits]
    assert [int(hit["Content-Length"]) for hit in hits] == [len(hit.content) for hit in hits]
    assert len(hits[0].content) == len(hits[1].content) < len(plain.content) / 2
    assert "Content-Encoding" not in plain
    for body, hit in zip(bodies, hits, strict=True):
        secrets = [TOKEN.search(body.decode()).group(1), CSRF.search(body.decode()).group(1)]
        for secret in secrets:
            assert secret.encode() in hit.content
    assert bodies[0] != bodies[1]
    # Taking the secrets out leaves the same compressed bytes (but the checksum): nothing else depends on them.
    assert hits[0].content[:-8].replace(TOKEN.search(bodies[0].decode()).group(1).encode(), b"").replace(
        CSRF.search(bodies[0].decode()).group(1).encode(), b""
    ) == hits[1].content[:-8].replace(TOKEN.search(bodies[1].decode()).group(1).encode(), b"").replace(
        CSRF.search(bodies[1].decode()).group(1).encode(), b""
    )


def test_a_form_post_and_a_status_page_are_never_cached(client, desk):  # noqa: F811
    client.get(desk.call.url)
    sent = client.post(desk.call.url, answers(desk.call))
    assert sent.status_code == 303
    assert "public" not in cache_control(sent)

    status_url = f"/fi/tila/{Submission.objects.get().token}/"
    client.get(status_url)
    status, _queries = get(client, status_url)
    assert rendered(status)
    assert "public" not in cache_control(status)
    assert "no-store" in cache_control(status)


def test_the_search_is_never_cached_so_each_search_is_logged(client, page):
    client.get("/fi/haku/?q=osallisuus")
    response, _queries = get(client, "/fi/haku/?q=osallisuus")

    assert response.status_code == 200
    assert rendered(response)
    assert "public" not in cache_control(response)


def test_the_switch_turns_the_cache_off(client, page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(page.url)

    response, _queries = get(client, page.url)

    assert rendered(response)
    assert "Cache-Control" not in response
    assert "ETag" not in response


def test_admin_pages_are_not_cached(admin_client, client, localized_site):
    # localized_site: the admin dashboard needs the page tree, which an earlier transactional test may have flushed.
    admin_client.get("/admin/")
    response, _queries = get(admin_client, "/admin/")

    assert rendered(response)
    assert "public" not in cache_control(response)
    assert client.get("/admin/").status_code == 302


def test_a_submission_without_a_place_keeps_the_cached_pages(client, page, desk):  # noqa: F811
    client.get(page.url)

    response = Client().post(desk.call.url, answers(desk.call))
    assert response.status_code == 303 and Submission.objects.count() == 1

    _kept, queries = get(client, page.url)
    assert queries == 0
