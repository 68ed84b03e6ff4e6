"""The demo's video and audio, made on this machine while the demo loads: nothing is downloaded.

- A six-second silent clip in three scenes (a speech bubble, a group, a tick) drawn with Pillow and encoded as WebM
  (VP8) with PyAV, its first frame as the poster image, and its captions in Finnish, Swedish and English as WebVTT
  documents. It goes on the "About participation" page as a video block with a transcript.
- A placeholder for a sign-language version: a drawn figure moving its hands, marked "ESIMERKKI" on every frame,
  so that nobody takes it for real signing. It is the page's sign-language version ("Viittomakielellä").
- The page read aloud in each language by espeak-ng, when the program is installed, as Ogg/Opus (PyAV; WAV without
  it): the page's listening version ("Kuuntele"). Without espeak-ng there is no listening version and a log line
  says so. Other demo pages have their text read aloud the same way (`read_aloud`).

Each item is found by its title when the demo is loaded again, so a second load makes nothing new.
"""

import io
import shutil
import subprocess

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.rich_text import RichText
from wagtailmedia.models import Media

WIDTH, HEIGHT, FPS = 640, 360, 8
SCENE_SECONDS = 2
BACKGROUND = (0, 62, 100)
ACCENT = (255, 209, 64)
WHITE = (255, 255, 255)

CLIP_TITLE = "Näin osallistut (esimerkkivideo)"
SIGN_TITLE = "Viittomakielinen versio: Tietoa osallisuudesta (esimerkki, ei oikeaa viittomista)"
POSTER_TITLE = "Näin osallistut: kansikuva"

# What each scene says, in each language: the captions and the transcript.
SCENES = [
    {
        "fi": "Kerro, mitä ajattelet sote-palveluista.",
        "sv": "Berätta vad du tycker om social- och hälsovården.",
        "en": "Tell us what you think of health and social services.",
    },
    {
        "fi": "Tule mukaan ryhmään tai tapahtumaan.",
        "sv": "Gå med i en grupp eller kom till ett evenemang.",
        "en": "Join a group or come to an event.",
    },
    {
        "fi": "Seuraa, mitä palautteelle tapahtuu.",
        "sv": "Följ vad som händer med responsen.",
        "en": "Follow what happens to feedback.",
    },
]
PICTURES = {
    "fi": ["puhekupla", "kolme ihmistä ryhmässä", "valintamerkki"],
    "sv": ["en pratbubbla", "tre personer i en grupp", "en bock"],
    "en": ["a speech bubble", "three people in a group", "a tick"],
}
SCENE_WORD = {"fi": "Kuva", "sv": "Bild", "en": "Picture"}
CAPTION_TITLE = {"fi": "Tekstitys (suomi)", "sv": "Textning (svenska)", "en": "Captions (English)"}
VIDEO_TITLE = {"fi": "Näin osallistut", "sv": "Så deltar du", "en": "How to take part"}
LISTEN_TITLE = {
    "fi": "Kuuntele: Tietoa osallisuudesta (puhesynteesi)",
    "sv": "Lyssna: Om delaktighet (talsyntes)",
    "en": "Listen: About participation (speech synthesis)",
}
ESPEAK_VOICES = {"fi": "fi", "sv": "sv", "en": "en-gb"}


def log(loader, message):
    if loader is not None:
        loader.log(message)


def pyav():
    """PyAV, or None when it is not installed (the demo then has no video)."""
    try:
        import av
    except ImportError:
        return None
    return av


def encode_webm(frames):
    """Pillow images as a WebM (VP8) file's bytes: a format every current browser plays without a plug-in."""
    av = pyav()
    out = io.BytesIO()
    with av.open(out, mode="w", format="webm") as container:
        stream = container.add_stream("libvpx", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        stream.options = {"crf": "10", "b": "400k"}
        for image in frames:
            for packet in stream.encode(av.VideoFrame.from_image(image)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return out.getvalue()


def _canvas():
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    return image, ImageDraw.Draw(image)


def _font(size):
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def clip_frames():
    """Three language-free scenes; a bar at the bottom shows how far the clip has got."""
    total = len(SCENES) * SCENE_SECONDS * FPS
    frames = []
    for number in range(total):
        scene, step = divmod(number, SCENE_SECONDS * FPS)
        image, draw = _canvas()
        grow = 10 + step * 2
        cx, cy = WIDTH // 2, HEIGHT // 2 - 20
        if scene == 0:  # a speech bubble
            draw.rounded_rectangle((cx - 90 - grow, cy - 60, cx + 90 + grow, cy + 50), radius=30, fill=WHITE)
            draw.polygon([(cx - 40, cy + 48), (cx - 70, cy + 95), (cx, cy + 48)], fill=WHITE)
            for offset in (-50, 0, 50):
                draw.ellipse((cx + offset - 12, cy - 17, cx + offset + 12, cy + 7), fill=BACKGROUND)
        elif scene == 1:  # three people
            for index, offset in enumerate((-120, 0, 120)):
                lift = grow if index == step % 3 else 0
                draw.ellipse((cx + offset - 28, cy - 70 - lift, cx + offset + 28, cy - 14 - lift), fill=ACCENT)
                draw.rounded_rectangle((cx + offset - 45, cy - 5 - lift, cx + offset + 45, cy + 90), 20, fill=WHITE)
        else:  # a tick
            draw.ellipse((cx - 90, cy - 90, cx + 90, cy + 90), outline=ACCENT, width=12)
            end = min(1.0, (step + 1) / (SCENE_SECONDS * FPS / 2))
            points = [(cx - 50, cy), (cx - 12, cy + 40), (cx + 55, cy - 45)]
            draw.line(points[:2] if end < 0.5 else points, fill=WHITE, width=16, joint="curve")
        draw.text((24, 16), f"{scene + 1}/3", fill=WHITE, font=_font(32))
        draw.rectangle((0, HEIGHT - 10, int(WIDTH * (number + 1) / total), HEIGHT), fill=ACCENT)
        frames.append(image)
    return frames


def sign_placeholder_frames():
    """A drawn figure whose hands move, with "ESIMERKKI" (example) on every frame: a stand-in, not signing."""
    import math

    frames = []
    for number in range(4 * FPS):
        image, draw = _canvas()
        cx, cy = WIDTH // 2, HEIGHT // 2 + 10
        draw.ellipse((cx - 40, cy - 150, cx + 40, cy - 70), fill=ACCENT)
        draw.rounded_rectangle((cx - 75, cy - 60, cx + 75, cy + 140), radius=40, fill=WHITE)
        angle = number / FPS * math.pi
        for side in (-1, 1):
            hx = cx + side * (110 + 30 * math.sin(angle + side))
            hy = cy - 30 + 40 * math.cos(angle * 1.5 + side)
            draw.line([(cx + side * 60, cy - 30), (hx, hy)], fill=WHITE, width=22)
            draw.ellipse((hx - 22, hy - 22, hx + 22, hy + 22), fill=ACCENT)
        draw.text((24, 16), "ESIMERKKI", fill=WHITE, font=_font(36))
        frames.append(image)
    return frames


def webvtt(code):
    """The clip's captions in one language."""
    cues = ["WEBVTT", ""]
    for index, scene in enumerate(SCENES):
        start, end = index * SCENE_SECONDS, (index + 1) * SCENE_SECONDS
        cues += [f"00:00:{start:02d}.000 --> 00:00:{end:02d}.000", scene[code], ""]
    return "\n".join(cues)


def transcript_html(code):
    """What the clip shows and says, scene by scene, for the video block's transcript."""
    items = "".join(
        f"<li>{SCENE_WORD[code]} {index + 1}: {PICTURES[code][index]}. {scene[code]}</li>"
        for index, scene in enumerate(SCENES)
    )
    return f"<ol>{items}</ol>"


def espeak():
    """The espeak-ng program, or None when it is not installed."""
    return shutil.which("espeak-ng")


def speak(text, code):
    """`text` read aloud by espeak-ng in language `code`, as WAV bytes."""
    result = subprocess.run(
        [espeak(), "-v", ESPEAK_VOICES.get(code, code), "-s", "150", "--stdout", text],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def to_opus(wav):
    """WAV bytes as Ogg/Opus (a twentieth of the size), or the WAV itself when PyAV is not installed."""
    av = pyav()
    if av is None:
        return wav, "wav"
    out = io.BytesIO()
    with av.open(io.BytesIO(wav)) as source, av.open(out, mode="w", format="ogg") as target:
        stream = target.add_stream("libopus", rate=48000, layout="mono")
        stream.bit_rate = 24000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        for frame in [*source.decode(audio=0), None]:
            for resampled in resampler.resample(frame):
                for packet in stream.encode(resampled):
                    target.mux(packet)
        for packet in stream.encode(None):
            target.mux(packet)
    return out.getvalue(), "ogg"


def _image_bytes(image):
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _media(title, kind, filename, make, **fields):
    media = Media.objects.filter(title=title, type=kind).first()
    if media is None:
        media = Media(title=title, type=kind, **fields)
        media.file.save(filename, ContentFile(make()), save=False)
        media.save()
    return media


def _document(title, filename, text):
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(text.encode("utf-8")), save=False)
        document.save()
    return document


def load_demo_media(loader=None, listen_texts=None):
    """Make (or find) the demo's media. Returns {"video": {code: VideoBlock value or None}, "sign_language_video":
    Media or None, "listen_audio": {code: Media or None}}; `listen_texts` are the texts to read aloud by language."""
    codes = list(listen_texts or {}) or ["fi", "sv", "en"]
    result = {"video": dict.fromkeys(codes), "sign_language_video": None, "listen_audio": dict.fromkeys(codes)}

    if pyav() is None:
        log(loader, "PyAV is not installed: the demo has no video.")
    else:
        frames = []

        def clip():  # drawn only when the poster or the clip is missing
            if not frames:
                frames.extend(clip_frames())
            return frames

        Image = get_image_model()
        poster = Image.objects.filter(title=POSTER_TITLE).first()
        if poster is None:
            poster = Image(title=POSTER_TITLE, width=WIDTH, height=HEIGHT)
            poster.file.save(
                "nain-osallistut.png", ImageFile(io.BytesIO(_image_bytes(clip()[0])), name="p.png"), save=False
            )
            poster.save()
        clip_media = _media(
            CLIP_TITLE, "video", "nain-osallistut.webm", lambda: encode_webm(clip()), width=WIDTH, height=HEIGHT,
            duration=len(SCENES) * SCENE_SECONDS,
        )  # fmt: skip
        captions = [
            {"file": _document(f"{CAPTION_TITLE[code]}: {CLIP_TITLE}", f"nain-osallistut.{code}.vtt", webvtt(code)),
             "language": code}
            for code in ("fi", "sv", "en")
        ]  # fmt: skip
        for code in codes:
            result["video"][code] = {
                "video": clip_media,
                "title": VIDEO_TITLE.get(code, VIDEO_TITLE["fi"]),
                "poster": poster,
                "captions": captions,
                "transcript": RichText(transcript_html(code if code in PICTURES else "fi")),
            }

        sign = _media(
            SIGN_TITLE,
            "video",
            "viittomakielinen-esimerkki.webm",
            lambda: encode_webm(sign_placeholder_frames()),
            width=WIDTH,
            height=HEIGHT,
            duration=4,
        )
        if not sign.thumbnail:
            sign.thumbnail.save(
                "viittomakielinen-esimerkki.png", ContentFile(_image_bytes(sign_placeholder_frames()[0]))
            )
        result["sign_language_video"] = sign

    titles = {code: LISTEN_TITLE.get(code, LISTEN_TITLE["fi"]) for code in listen_texts or {}}
    result["listen_audio"].update(read_aloud(loader, listen_texts or {}, titles, "kuuntele"))
    return result


def read_aloud(loader, texts, titles, name):
    """`texts` ({code: text}) read aloud by espeak-ng, each in its own language, as audio media titled `titles[code]`
    (files `<name>-<code>.ogg`): {code: Media or None}. A recording already made is found by its title; without
    espeak-ng there are none and a log line says so."""
    recordings = dict.fromkeys(texts)
    if not texts:
        return recordings
    if espeak() is None:
        log(loader, "espeak-ng is not installed: the demo pages have no listening version.")
        return recordings
    for code, text in texts.items():
        title = titles[code]
        if not Media.objects.filter(title=title, type="audio").exists():
            recording, extension = to_opus(speak(text, code))
            _media(title, "audio", f"{name}-{code}.{extension}", lambda recording=recording: recording)
        recordings[code] = Media.objects.get(title=title, type="audio")
    return recordings
