"""The demo site: built in every language, reachable from the home page, and the same when built twice."""

import datetime
import shutil

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, ModelLogEntry, Page, ReferenceIndex, Site
from wagtail.search.models import IndexEntry
from wagtailmedia.models import Media

from forms_engine.models import Notification, Submission
from participation.models import (
    Agreement,
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    ChannelPage,
    ClaimStatus,
    EventPage,
    FeeClaim,
    FeedbackFormPage,
    FollowUpPage,
    FollowUpStatus,
    MethodPage,
    OfferStatus,
    OpenCallPage,
    OpenCallStatus,
    RegisterProfile,
)
from portal import demo_media
from portal.models import AccessibilityStatementPage, HomePage, SiteSettings
from tests.conftest import tree_root
from tests.forms_engine.factories import form_token
from tests.forms_engine.test_attachments import png_bytes, wav_bytes
from tests.participation.test_statistics import REPORT_URL, make_user
from tests.portal.test_media_blocks import about_page

pytestmark = pytest.mark.django_db

FINNISH_PATHS = [
    "/fi/",
    "/fi/kanavat/",
    "/fi/avoimet-haut/",
    "/fi/menetelmat/",
    "/fi/seuranta/",
    "/fi/tapahtumat/",
    "/fi/palaute/",
    "/fi/saavutettavuusseloste/",
    "/fi/tietosuojaseloste/",
]


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo site, built once for this module; each test runs in a savepoint inside it.

    It is loaded with the task backend `make run` uses, so that what the load leaves to the worker is visible.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        tree_root()
        with override_settings(TASKS=DATABASE_TASKS):
            call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_demo_site_has_every_section_in_finnish(client, demo):
    for path in FINNISH_PATHS:
        response = client.get(path)
        assert response.status_code == 200, path
        assert '<html lang="fi">' in response.content.decode()


def test_every_page_has_its_swedish_and_english_translation(demo):
    finnish = Page.objects.filter(locale__language_code="fi", depth__gte=2).live()
    for code in ("sv", "en"):
        translated = set(
            Page.objects.filter(locale__language_code=code, depth__gte=2)
            .live()
            .values_list("translation_key", flat=True)
        )
        missing = [page.url_path for page in finnish if page.translation_key not in translated]
        assert missing == [], code


def test_every_page_renders_in_every_language(client, demo):
    for page in Page.objects.filter(depth__gte=2).live().select_related("locale"):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode()


def test_demo_content_meets_the_promised_amounts(demo):
    fi = {"locale__language_code": "fi"}
    assert ChannelPage.objects.filter(**fi).count() >= 12
    assert MethodPage.objects.filter(**fi).count() >= 15
    assert {call.status for call in OpenCallPage.objects.filter(**fi)} == set(OpenCallStatus)
    assert {follow_up.status for follow_up in FollowUpPage.objects.filter(**fi)} == set(FollowUpStatus)
    assert FollowUpPage.objects.filter(**fi, status="not_taken_forward").exclude(reason_not_taken_forward="").exists()
    events = EventPage.objects.filter(**fi)
    assert events.count() >= 5
    assert events.past().exists() and events.upcoming().exists()
    assert all(event.venue_accessibility for event in events if event.venue)


def test_site_settings_and_statement_are_filled_in(demo):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    site_settings = SiteSettings.for_site(site)
    assert site_settings.organisation_name
    assert site_settings.privacy_notice_page.slug == "tietosuojaseloste"
    assert AccessibilityStatementPage.objects.filter(locale__language_code="fi").get().supervisory_authority


def test_loading_twice_changes_nothing(demo):
    models = (
        Page,
        ChannelPage,
        FollowUpPage,
        EventPage,
        Media,
        get_document_model(),
        get_image_model(),
        RegisterProfile,
        Assignment,
        AssignmentOffer,
        Agreement,
        FeeClaim,
        Notification,
        ModelLogEntry,
    )
    counts = {model: model.objects.count() for model in models}

    call_command("load_demo_content", verbosity=0)

    assert {model: model.objects.count() for model in counts} == counts


def test_if_empty_leaves_an_existing_site_alone(demo, capsys):
    call_command("load_demo_content", "--if-empty")

    assert "already has content" in capsys.readouterr().out


@pytest.mark.parametrize(
    "query, title",
    [
        ("kokemusasiantuntijan", "Kokemusasiantuntijapankki"),
        ("osallistuvaan budjetointiin", "Osallistuva budjetointi"),
        ("perheiden asiakasraatiin", "Perheiden asiakasraati"),
        ("vertaisryhmään", "Vertaisryhmät"),
        ("kehittäjäkahvilaan", "Kehittäjäkahvilat"),
        ("kumppanuuspöytiin", "Kumppanuuspöydät"),
        ("asiantuntijapankista", "Kokemusasiantuntijapankki"),  # a part of the compound, inflected
        ("saamelaiset", "Saamelaisten kehittäjäasiakasryhmä"),
        ("saamelainen", "Saamelaisten kehittäjäasiakasryhmä"),
        ("saamenkielinen", "Saamelaisten kehittäjäasiakasryhmä"),
        ("kolttasaamelaiset", "Saamelaisten kehittäjäasiakasryhmä"),
        ("kolttasaamelaiset", "Saamelaisia kehittäjäasiakkaita kotihoitoon: yksi jokaisesta kieliryhmästä"),
        ("saamenkielinen", "Saamelaisia kehittäjäasiakkaita kotihoitoon: yksi jokaisesta kieliryhmästä"),
    ],
)
def test_inflected_and_compound_part_queries_find_the_demo_page_in_the_first_three(client, demo, query, title):
    outcome = client.get("/fi/haku/", {"q": query}).context["search"]
    assert title in [page.title for page in outcome.results[:3]], [page.title for page in outcome.results[:3]]


def test_the_load_leaves_no_index_work_to_the_worker(demo):
    queued = set(DBTaskResult.objects.values_list("task_path", flat=True))

    # The demo register's emails to its invented people wait in the outbox; nothing else is left to the worker.
    assert queued <= {
        "forms_engine.retention.erase_expired_submissions",
        "forms_engine.notifications.send_notification",
    }
    live_pages = Page.objects.live().filter(depth__gte=2)
    indexed = set(
        IndexEntry.objects.filter(content_type__in=live_pages.values("content_type")).values_list(
            "object_id", flat=True
        )
    )
    assert {str(pk) for pk in live_pages.filter(alias_of=None).values_list("pk", flat=True)} <= indexed
    # The Sámi languages' aliases show the Finnish pages, which search finds: they are not indexed again.
    aliases = {str(pk) for pk in live_pages.exclude(alias_of=None).values_list("pk", flat=True)}
    assert aliases and not aliases & indexed
    assert ReferenceIndex.objects.exists()


def test_search_shows_only_pages_of_the_active_language(client, demo):
    for code, query in (("fi", "asiakasraati"), ("sv", "klientråd"), ("en", "client panel")):
        outcome = client.get(f"/{code}/haku/", {"q": query}).context["search"]
        assert outcome.total > 0, code
        assert {page.locale.language_code for page in outcome.results} == {code}


def test_the_call_inviting_an_audio_message_is_open_and_goes_to_the_experts_by_experience_coordinators(demo):
    """The only demo form with a file field can be tried out: the call is open when the demo is loaded, and its
    applications go to the experts-by-experience coordinators, not the client panels'."""
    call = OpenCallPage.objects.get(locale__language_code="fi", slug="kokemusasiantuntijakoulutuksen-haku")

    assert call.status == OpenCallStatus.OPEN and call.form_refusal() is None
    assert any(field.field_type == "file" for field in call.get_form_fields())
    assert [group.name for group in call.coordinator_groups.all()] == ["Kokemusasiantuntijatoiminnan koordinaattorit"]


@pytest.mark.parametrize(
    "path, text",
    [
        ("/fi/palaute/", "Lapsille ja nuorille:"),
        ("/sv/respons/", "För barn och unga:"),
        ("/en/feedback/", "For children and young people:"),
    ],
)
def test_the_feedback_page_links_to_the_childrens_kerro_meille(client, demo, path, text):
    children = FeedbackFormPage.objects.get(locale__language_code="fi", slug="kerro-meille")
    link_target = children.get_translation(Locale.objects.get(language_code=path[1:3]))

    html = client.get(path).content.decode()

    assert text in html
    assert f'href="{link_target.url}">{link_target.title}</a>' in html


def test_the_whole_county_and_all_residents_cover_all_in_every_language(demo):
    from participation.models import Area, TargetGroup

    assert set(Area.objects.filter(covers_all=True).values_list("slug", flat=True)) == {"koko-pirkanmaa"}
    assert Area.objects.filter(covers_all=True).count() == 3  # fi, sv, en
    assert set(TargetGroup.objects.filter(covers_all=True).values_list("slug", flat=True)) == {"kaikki"}


SAMI_CHANNEL = "saamelaisten-kehittajaasiakasryhma"
SAMI_CALL = "saamelaiset-kehittajaasiakkaat-kotihoitoon"
SAMI_COORDINATORS = "Saamelaisen asiakasosallisuuden koordinaattorit"


def test_the_sami_target_group_is_in_every_language_and_does_not_cover_all(demo):
    from participation.models import TargetGroup

    names = {term.locale.language_code: term.name for term in TargetGroup.objects.filter(slug="saamelaiset")}

    assert names == {"fi": "Saamelaiset", "sv": "Samer", "en": "Sámi people"}
    assert not TargetGroup.objects.filter(slug="saamelaiset", covers_all=True).exists()


@pytest.mark.parametrize(
    "path, option",
    [
        ("/fi/kanavat/", "Saamelaiset"),
        ("/fi/avoimet-haut/", "Saamelaiset"),
        ("/sv/kanaler/", "Samer"),
        ("/en/channels/", "Sámi people"),
    ],
)
def test_listings_offer_the_sami_target_group_and_show_its_pages_and_those_for_all_residents(
    client, demo, path, option
):
    """Filtering by "Saamelaiset" shows the Sámi pages and, as for every group, the pages for all residents."""
    assert f'<option value="saamelaiset">{option}</option>' in client.get(path).content.decode()

    listing = client.get(path, {"kohderyhma": "saamelaiset"}).context["listing"]

    slugs = {page.slug for page in listing.items}
    assert slugs & {SAMI_CHANNEL, SAMI_CALL, "samernas-utvecklarklientgrupp", "sami-developer-client-group"}
    for page in listing.items:
        groups = {group.slug for group in page.target_groups.all()}
        assert groups & {"saamelaiset", "kaikki"}, page.slug
    everyone = client.get(path, {"kohderyhma": "kaikki"}).context["listing"]
    assert not {page.slug for page in everyone.items} & {SAMI_CHANNEL, SAMI_CALL}  # a Sámi page is not for all


def test_the_sami_channel_page_explains_the_language_groups_and_links_its_open_call(client, demo):
    channel = ChannelPage.objects.get(locale__language_code="fi", slug=SAMI_CHANNEL)
    call = OpenCallPage.objects.get(locale__language_code="fi", slug=SAMI_CALL)

    html = client.get(channel.url).content.decode()

    for words in ("pohjoissaamea, inarinsaamea ja koltansaamea", "ei ole oppinut lukemaan", "Norjassa, Ruotsissa"):
        assert words in html
    assert f'<a href="{call.url}">{call.title}</a>' in html
    assert [group.name for group in channel.coordinator_groups.all()] == [SAMI_COORDINATORS]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize(
    "code, title, heard",
    [
        ("fi", "Kuuntele sivu suomeksi (puhesynteesi)", "Suomessa puhutaan kolmea saamen kieltä"),
        ("sv", "Lyssna på sidan på svenska (talsyntes)", "I Finland talas tre samiska språk"),
        ("en", "Listen to this page in English (speech synthesis)", "Three Sámi languages are spoken in Finland"),
    ],
)
def test_the_sami_channel_page_can_be_listened_to_in_its_own_language_with_a_transcript(
    client, demo, code, title, heard
):
    """For Sámi speakers who do not read: the page read aloud by speech synthesis, first in the body, named for the
    language it is really in (no Sámi speech is made up), its transcript in the HTML."""
    channel = ChannelPage.objects.get(locale__language_code="fi", slug=SAMI_CHANNEL)
    page = channel.get_translation(Locale.objects.get(language_code=code))
    block = page.body[0]

    html = client.get(page.url).content.decode()

    assert block.block_type == "audio" and block.value["title"] == title
    recording = block.value["audio"]
    assert recording.type == "audio" and recording.file.name.endswith(f"-{code}.ogg")
    with recording.file.open("rb") as handle:
        assert handle.read(4) == b"OggS"
    assert f'<source src="{recording.url}" type="audio/ogg">' in html
    transcript = html[html.index('<details class="media-player__transcript">') :]
    transcript = transcript[: transcript.index("</details>")]
    assert title in transcript and page.title in transcript and heard in transcript


def sami_application(call, **overrides):
    data = {
        "nimi": "Áile Testaaja",
        "puhelin": "040 123 4567",
        "ov_consent": "on",
        "ov_website": "",
        "ov_token": form_token(call),
    }
    data.update(overrides)
    return data


def test_the_sami_call_is_open_and_takes_an_application_with_only_a_name_and_a_phone_number(client, demo):
    """Someone who does not write can apply with a name and a phone number; the application goes to the Sámi
    coordinators only, and the form offers the three languages and an audio message."""
    call = OpenCallPage.objects.get(locale__language_code="fi", slug=SAMI_CALL)
    assert call.status == OpenCallStatus.OPEN and call.form_refusal() is None
    fields = {field.clean_name: field for field in call.get_form_fields()}
    assert fields["puhelin"].required and not fields["sahkoposti"].required and not fields["kokemus"].required
    assert fields["saamen_kieli"].choices.split("\n") == ["Pohjoissaame", "Inarinsaame", "Koltansaame"]
    assert (fields["aaniviesti"].field_type, fields["aaniviesti"].file_kinds) == ("file", "audio")

    response = client.post(call.url, sami_application(call, saamen_kieli=["Koltansaame"]))

    assert response.status_code == 303
    submission = Submission.objects.get(page=call)
    assert [group.name for group in submission.groups.all()] == [SAMI_COORDINATORS]


def test_the_sami_call_takes_an_audio_message_instead_of_writing_but_no_other_file(client, demo):
    call = OpenCallPage.objects.get(locale__language_code="fi", slug=SAMI_CALL)
    recording = SimpleUploadedFile("viesti.wav", wav_bytes(), content_type="audio/wav")
    picture = SimpleUploadedFile("kuva.png", png_bytes(), content_type="image/png")

    refused = client.post(call.url, sami_application(call, aaniviesti=picture))
    sent = client.post(call.url, sami_application(call, aaniviesti=recording))

    assert refused.status_code == 200 and refused.context["form"].errors["aaniviesti"]
    assert sent.status_code == 303
    attachment = Submission.objects.get(page=call).attachments.get()
    assert (attachment.original_name, attachment.kind) == ("viesti.wav", "audio")


def test_the_sami_call_asks_again_for_a_missing_phone_number(client, demo):
    call = OpenCallPage.objects.get(locale__language_code="fi", slug=SAMI_CALL)

    response = client.post(call.url, sami_application(call, puhelin=""))

    assert response.status_code == 200
    assert response.context["form"].errors["puhelin"]
    assert not Submission.objects.filter(page=call).exists()


def test_every_finnish_page_is_shown_in_each_sami_language(client, demo):
    finnish = Page.objects.filter(locale__language_code=settings.LANGUAGE_CODE, depth__gte=2).live()
    for code in settings.PORTAL_FALLBACK_LANGUAGES:
        aliases = Page.objects.filter(locale__language_code=code, alias_of__isnull=False).live()
        shown = set(aliases.values_list("translation_key", flat=True))
        assert [page.url_path for page in finnish if page.translation_key not in shown] == [], code
    html = client.get("/se/").content.decode()
    assert '<main id="main" tabindex="-1" class="container" lang="fi">' in html
    # The organisation's name has no Sámi version in the site settings: the Finnish one, marked so.
    assert '<span class="site-header__organisation" lang="fi">Pirkanmaan hyvinvointialue</span>' in html


def test_a_sami_channel_page_lists_its_calls_and_the_sami_listings_filter_as_the_finnish_ones(client, demo):
    """An alias shows the Finnish page, whose channel and terms are Finnish: its related lists and filters look among
    those, and link to the pages in the visitor's language."""
    channel = ChannelPage.objects.get(locale__language_code="se", slug=SAMI_CHANNEL)
    call = OpenCallPage.objects.get(locale__language_code="se", slug=SAMI_CALL)
    assert channel.alias_of_id and call.alias_of_id

    assert f'<a href="{call.url}">{call.title}</a>' in client.get(channel.url).content.decode()

    listing = client.get("/se/avoimet-haut/")
    assert '<option value="saamelaiset">Saamelaiset</option>' in listing.content.decode()
    assert f'<option value="{SAMI_CHANNEL}">' in listing.content.decode()
    for query in ({"kohderyhma": "saamelaiset"}, {"kanava": SAMI_CHANNEL}):
        found = client.get("/se/avoimet-haut/", query).context["listing"]
        assert call.pk in {page.pk for page in found.items}, query
        assert all(page.locale_id == call.locale_id for page in found.items)


# The demo's media (portal/demo_media.py) and its statistics page, on the same load --------------------------------


def test_demo_makes_a_playable_clip_with_captions_and_the_page_read_aloud(client, demo):
    """The clip, its captions, the pages and espeak-ng's recordings when the program is here (a second load making
    nothing new is `test_loading_twice_changes_nothing`)."""
    clip = Media.objects.get(title=demo_media.CLIP_TITLE)
    with clip.file.open("rb") as handle:
        assert handle.read(4) == b"\x1a\x45\xdf\xa3"  # an EBML (WebM) header
    import av

    with av.open(clip.file.path) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "vp8"
        assert sum(1 for _frame in container.decode(stream)) == len(demo_media.SCENES) * 2 * demo_media.FPS
    documents = get_document_model().objects.filter(title__contains=demo_media.CLIP_TITLE)
    assert sorted(document.file.read().decode().split("\n")[0] for document in documents) == ["WEBVTT"] * 3

    espeak = shutil.which("espeak-ng") is not None
    for code in ("fi", "sv", "en"):
        page = about_page(code)
        html = client.get(page.url).content.decode()
        assert '<track kind="captions"' in html
        assert f'srclang="{code}"' in html
        assert demo_media.SCENES[0][code] in html  # the transcript
        assert "#sign-language-version" in html
        assert ("#listen-version" in html) is espeak
        if espeak:
            with page.listen_audio.file.open("rb") as handle:
                header = handle.read(12)
            assert header[:4] == b"OggS"  # espeak-ng's WAV as Ogg/Opus
    if espeak:
        assert about_page("sv").listen_audio != about_page("fi").listen_audio


def test_demo_site_has_the_statistics_page_and_the_report_matches_the_demo_data(client, demo):
    from participation import demo_data

    for address in ["/fi/osallisuus-lukuina/", "/sv/delaktighet-i-siffror/", "/en/participation-in-figures/"]:
        assert client.get(address).status_code == 200, address
    # What the demo data says for the last 12 months, worked out from the data itself.
    past = [spec for spec in demo_data.EVENTS if -364 < spec["starts_in_days"] < 0]
    participants = sum(sum((spec.get("attendance") or {}).values()) for spec in past)
    raised = [spec for spec in demo_data.FOLLOW_UPS if spec["raised_days_ago"] < 364]
    implemented = [spec for spec in raised if spec["timeline"][-1]["status"] == "implemented"]

    client.force_login(make_user("johtaja", superuser=True))
    today = timezone.localdate()
    start = today - datetime.timedelta(days=363)
    response = client.get(REPORT_URL, {"kind": "custom", "start": start.isoformat(), "end": today.isoformat()})

    report = response.context["report"]
    assert report.figure("events").value == len(past)
    assert report.figure("participants").value == participants
    assert report.figure("raised").value == len(raised)
    assert report.figure("implemented").value == len(implemented)


def test_the_demo_register_has_people_assignments_agreements_and_a_claim(demo):
    """A newcomer opening the register finds it at work: people in every role and language, one who has left, an
    assignment in each state, an accepted and a waiting agreement, and a claim waiting for approval."""
    today = timezone.localdate()
    people = RegisterProfile.objects.all()
    assert people.count() >= 8
    assert all(person.email.endswith("@example.fi") and person.consent_text for person in people)
    assert {role for person in people for role in person.roles} >= {
        "expert_by_experience",
        "developer_client",
        "peer_supporter",
        "panel_member",
    }
    assert {code for person in people for code in person.languages} >= {"fin", "swe", "sgn", "smi"}
    assert people.filter(end_date__lt=today).exists() and people.filter(areas__isnull=False).exists()

    assert set(Assignment.objects.values_list("status", flat=True)) >= {"open", "confirmed", "done"}
    done = Assignment.objects.filter(status=AssignmentStatus.DONE, date__lt=today)
    assert done.exists() and all(assignment.hours and assignment.attendance for assignment in done)
    assert AssignmentOffer.objects.filter(status=OfferStatus.DECLINED).exists()
    # Each step is in the assignment's history as the admin's own buttons leave it.
    assert ModelLogEntry.objects.filter(action="participation.assignment.done").count() == done.count()

    accepted = Agreement.objects.get(accepted_at__isnull=False)
    assert accepted.sections and accepted.sections == accepted.template_revision.as_object().sections()
    assert Agreement.objects.filter(accepted_at__isnull=True, ends_on__gte=today).exists()

    claim = FeeClaim.objects.get()
    assert claim.status == ClaimStatus.SENT and claim.offer.assignment.status == AssignmentStatus.DONE


def test_the_public_figures_page_shows_the_register(client, demo):
    response = client.get("/fi/osallisuus-lukuina/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "Kokemusasiantuntijarekisterin henkilöt" in page
    assert "Kokemusasiantuntijoiden toimeksiannot" in page
