"""Video and audio on pages: captions, transcript and poster in the browser's own player, the page's sign-language
and listening versions, and the demo's media made at load time (portal/blocks.py, portal/demo_media.py)."""

import re
import shutil

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.rich_text import RichText
from wagtailmedia.models import Media

from portal import demo_media, versioned
from portal.blocks import BodyBlock
from portal.models import StandardPage
from tests.conftest import tree_root
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

VTT = "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHei!\n"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    tree_root()  # media and documents go into the root collection, which a transactional test's flush removes


def make_media(kind, name, **fields):
    media = Media(title=name, type=kind, **fields)
    media.file.save(name, ContentFile(b"\x1a\x45\xdf\xa3 not really"), save=False)
    media.save()
    return media


def make_vtt(title):
    document = get_document_model()(title=title)
    document.file.save(f"{title}.vtt", ContentFile(VTT.encode()), save=False)
    document.save()
    return document


def make_poster():
    from PIL import Image

    image = Image.new("RGB", (64, 36), (0, 62, 100))
    from io import BytesIO

    out = BytesIO()
    image.save(out, format="PNG")
    poster = get_image_model()(title="Kansikuva", width=64, height=36)
    poster.file.save("poster.png", ImageFile(BytesIO(out.getvalue()), name="poster.png"), save=False)
    poster.save()
    return poster


def video_value(**overrides):
    value = {
        "video": make_media("video", "klippi.webm", width=640, height=360),
        "title": "Näin osallistut",
        "poster": make_poster(),
        "captions": [
            {"file": make_vtt("tekstitys-fi"), "language": "fi"},
            {"file": make_vtt("textning-sv"), "language": "sv"},
        ],
        "transcript": RichText("<p>Kerro, mitä ajattelet palveluista.</p>"),
    }
    value.update(overrides)
    return value


def test_a_page_shows_a_captioned_video_with_its_transcript_and_poster(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, slug="video", body=[("video", video_value())])

    html = client.get(page.url).content.decode()

    video = re.search(r"<video[^>]*>.*?</video>", html, re.S).group(0)
    assert " controls" in video
    assert re.search(r'poster="/media/images/poster[^"]*\.png"', video)
    assert 'width="640" height="360"' in video
    assert re.search(r'<source src="/media/media/klippi[^"]*\.webm" type="video/webm">', video)
    fi_track, sv_track = re.findall(r"<track [^>]*>", video)
    # The page's language first, shown by default; each track names its language in that language.
    assert 'kind="captions"' in fi_track and 'srclang="fi"' in fi_track and 'label="Suomi"' in fi_track
    assert " default" in fi_track
    assert 'srclang="sv"' in sv_track and 'label="Svenska"' in sv_track and " default" not in sv_track
    assert re.search(r'src="/documents/\d+/tekstitys-fi[^"]*\.vtt"', fi_track)
    # The transcript is in the HTML, in a <details> that opens without JavaScript.
    assert "<details" in html and "<summary>Tekstivastine: Näin osallistut</summary>" in html
    assert "Kerro, mitä ajattelet palveluista." in html
    assert "<figcaption" in html


@pytest.mark.parametrize(
    ("code", "default_language", "transcript_label"),
    [("sv", "sv", "Textversion"), ("en", "fi", "Transcript")],
)
def test_the_video_speaks_the_page_language(client, localized_site, code, default_language, transcript_label):
    page = StandardPageFactory(parent=localized_site.home, slug="video", body=[("video", video_value())])
    translation = localized_site.translate(page, code, slug=f"video-{code}")

    html = client.get(translation.url).content.decode()

    default_track = re.search(r"<track [^>]*default>", html).group(0)
    assert f'srclang="{default_language}"' in default_track  # no English captions: the first one listed
    assert f"<summary>{transcript_label}: Näin osallistut</summary>" in html


def test_an_audio_block_plays_with_its_transcript(client, localized_site):
    value = {
        "audio": make_media("audio", "viesti.wav"),
        "title": "Terveisiä raadilta",
        "transcript": RichText("<p>Tervetuloa mukaan asiakasraatiin.</p>"),
    }
    page = StandardPageFactory(parent=localized_site.home, slug="aani", body=[("audio", value)])

    html = client.get(page.url).content.decode()

    assert re.search(r'<audio class="media-player__audio" controls preload="metadata">\s*<source src="/media/media/'
                     r'viesti[^"]*\.wav" type="audio/wav">', html)  # fmt: skip
    assert "<summary>Tekstivastine: Terveisiä raadilta</summary>" in html
    assert "Tervetuloa mukaan asiakasraatiin." in html


def test_a_deleted_video_leaves_its_transcript_and_no_broken_player(client, localized_site):
    value = video_value()
    page = StandardPageFactory(parent=localized_site.home, slug="video", body=[("video", value)])
    value["video"].delete()
    value["captions"][0]["file"].delete()

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<video" not in html
    assert "Kerro, mitä ajattelet palveluista." in html


def test_a_video_needs_captions_or_a_transcript_and_captions_must_be_webvtt():
    from django.core.exceptions import ValidationError

    block = BodyBlock().child_blocks["video"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"video": make_media("video", "a.webm").pk, "title": "A", "captions": []}))
    pdf = get_document_model()(title="ohje")
    pdf.file.save("ohje.pdf", ContentFile(b"%PDF-1.4"), save=False)
    pdf.save()
    raw = {"video": make_media("video", "b.webm").pk, "title": "B", "captions": [{"file": pdf.pk, "language": "fi"}]}
    with pytest.raises(ValidationError):
        block.clean(block.to_python(raw))
    raw["captions"] = [{"file": make_vtt("ok").pk, "language": "fi"}]
    assert block.clean(block.to_python(raw))["title"] == "B"


@pytest.mark.parametrize(
    ("code", "sign_label", "listen_label"),
    [("fi", "Viittomakielellä", "Kuuntele"), ("sv", "På teckenspråk", "Lyssna"), ("en", "In sign language", "Listen")],
)
def test_sign_language_and_listen_links_show_only_when_set(client, localized_site, code, sign_label, listen_label):
    plain = StandardPageFactory(parent=localized_site.home, slug="ilman")
    page = StandardPageFactory(
        parent=localized_site.home,
        slug="versiot",
        sign_language_video=make_media("video", "viittomat.webm"),
        listen_audio=make_media("audio", "kuuntele.wav"),
    )
    only_audio = StandardPageFactory(parent=localized_site.home, slug="vain-aani", listen_audio=page.listen_audio)
    if code != "fi":
        plain = localized_site.translate(plain, code, slug=f"ilman-{code}")
        page = localized_site.translate(page, code, slug=f"versiot-{code}")
        only_audio = localized_site.translate(only_audio, code, slug=f"vain-aani-{code}")

    html = client.get(page.url).content.decode()
    assert f'<a class="page-versions__link" href="#sign-language-version">{sign_label}</a>' in html
    assert f'<a class="page-versions__link" href="#listen-version">{listen_label}</a>' in html
    assert 'id="sign-language-version"' in html and 'id="listen-version"' in html
    assert re.search(r'<source src="/media/media/viittomat[^"]*\.webm" type="video/webm">', html)
    assert re.search(r'<source src="/media/media/kuuntele[^"]*\.wav" type="audio/wav">', html)
    # The links come right after the title.
    assert html.index("page-versions__link") - html.index("</h1>") < 100

    html = client.get(only_audio.url).content.decode()
    assert "#listen-version" in html and "#sign-language-version" not in html

    html = client.get(plain.url).content.decode()
    assert "page-versions" not in html and "<video" not in html and "<audio" not in html


def test_media_comes_from_the_site_itself(client, localized_site):
    page = StandardPageFactory(parent=localized_site.home, slug="video", body=[("video", video_value())])

    response = client.get(page.url)

    policy = response.headers["Content-Security-Policy"]
    assert "media-src 'self'" in policy
    assert "default-src 'self'" in policy
    srcs = re.findall(r'(?:src|poster)="([^"]+)"', response.content.decode())
    assert srcs and all(src.startswith("/") for src in srcs)


def test_a_caption_file_is_served_as_webvtt(client, localized_site):
    document = make_vtt("tekstitys")

    response = client.get(document.url)

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/vtt")
    assert b"".join(response.streaming_content).startswith(b"WEBVTT")


def test_changing_a_video_makes_a_new_site_version(localized_site):
    media = make_media("video", "klippi.webm")
    before = versioned.current()

    media.title = "Uusi nimi"
    media.save()

    assert versioned.current() != before


def test_a_cached_page_shows_a_video_changed_since(client, localized_site, settings):
    settings.PAGE_CACHE_SECONDS = 300
    video = make_media("video", "vanha.webm")
    page = StandardPageFactory(parent=localized_site.home, slug="versiot", sign_language_video=video)
    assert "vanha" in client.get(page.url).content.decode()

    video.file.save("uusi.webm", ContentFile(b"new"))

    assert "uusi" in client.get(page.url).content.decode()


def test_the_page_editor_offers_the_media_choosers(admin_client, localized_site):
    page = StandardPageFactory(
        parent=localized_site.home,
        slug="muokattava",
        body=[("video", video_value())],
        sign_language_video=make_media("video", "viittomat.webm"),
    )

    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="sign_language_video"' in html and 'name="listen_audio"' in html
    assert "Viittomakielinen ja kuunneltava versio" in html


def test_a_translation_made_with_localize_keeps_the_video_and_translates_the_transcript(
    localized_site, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    page = StandardPageFactory(parent=localized_site.home, slug="video", body=[("video", video_value())])
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=localized_site.locales["sv"])
    for segment in StringSegment.objects.filter(source=source):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=localized_site.locales["sv"],
            context=segment.context,
            data=f"SV {segment.string.data}",
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    swedish = page.get_translation(localized_site.locales["sv"]).specific
    video = swedish.body[0].value
    assert video["video"] == page.body[0].value["video"]
    assert [track["language"] for track in video["captions"]] == ["fi", "sv"]
    assert "SV Kerro, mitä ajattelet palveluista." in video["transcript"].source


# The demo: made here, nothing downloaded.


@pytest.fixture
def demo_site(db):
    tree_root()


def about_page(code):
    return StandardPage.objects.get(locale__language_code=code, url_path__endswith=f"/{ABOUT_SLUGS[code]}/")


ABOUT_SLUGS = {"fi": "tietoa-osallisuudesta", "sv": "om-delaktighet", "en": "about-participation"}


class Loader:
    def __init__(self):
        self.lines = []

    def log(self, message):
        self.lines.append(message)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_demo_reads_each_language_with_espeak(demo_site):
    media = demo_media.load_demo_media(Loader(), listen_texts={"fi": "Hei.", "sv": "Hej.", "en": "Hello."})

    recordings = media["listen_audio"]
    assert len({recording.pk for recording in recordings.values()}) == 3
    assert all(recording.type == "audio" and recording.file.name.endswith(".ogg") for recording in recordings.values())
    import av

    with av.open(recordings["fi"].file.path) as container:
        assert container.streams.audio[0].codec_context.name == "opus"
        assert container.duration > 0


def test_demo_without_espeak_has_no_listening_version(demo_site, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH without espeak-ng
    loader = Loader()

    media = demo_media.load_demo_media(loader, listen_texts={"fi": "Hei.", "sv": "Hej.", "en": "Hello."})

    assert "espeak-ng is not installed: the demo pages have no listening version." in loader.lines
    assert media["listen_audio"] == {"fi": None, "sv": None, "en": None}
    assert media["sign_language_video"] is not None and media["video"]["fi"]["captions"]
    assert not Media.objects.filter(type="audio").exists()
