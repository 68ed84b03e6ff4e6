"""StreamField blocks shared by every page type's body."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtailmedia.blocks import AudioChooserBlock, VideoChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("The page title is level 1; start sections from level 2."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"), help_text=_("Defaults to the document title."))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"


# The type a browser is told for each file kind it can play natively; an unknown kind gets no type attribute (a
# wrong one would stop the browser from trying the file at all).
MEDIA_TYPES = {
    "webm": "video/webm",
    "mp4": "video/mp4",
    "m4v": "video/mp4",
    "ogv": "video/ogg",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "oga": "audio/ogg",
    "opus": "audio/ogg",
    "wav": "audio/wav",
}


def media_type(media):
    """The MIME type of a wagtailmedia item's file for a <source type>, or "" when not known."""
    return MEDIA_TYPES.get(os.path.splitext(media.file.name)[1].lstrip(".").lower(), "")


def caption_languages():
    """The content languages, named in themselves ("Suomi", "Svenska", "English") as the language switcher does."""
    return list(settings.LANGUAGES)


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def check_caption_files(tracks):
    errors = {}
    for index, track in enumerate(tracks or []):
        document = track.get("file")
        if document is not None and document.file_extension.lower() != "vtt":
            errors[index] = ValidationError(_("Captions must be a WebVTT file (.vtt)."))
    return errors


class CaptionTrackBlock(blocks.StructBlock):
    """One WebVTT caption file in one language: a <track kind="captions"> of a video."""

    file = DocumentChooserBlock(
        label=_("Caption file (WebVTT)"),
        help_text=_("Upload the .vtt file to Documents. Captions include speech and meaningful sounds."),
    )
    language = blocks.ChoiceBlock(
        choices=caption_languages, default=settings.LANGUAGE_CODE, label=_("Language of the captions")
    )

    class Meta:
        icon = "doc-full"
        label = _("Captions")


class VideoBlock(blocks.StructBlock):
    """A video played by the browser's own player, with captions, a poster image and a transcript.

    The file is served from the site itself (wagtailmedia); no third-party player or request. The transcript is
    in the page's HTML inside a <details> element under the player, so it is there without JavaScript, for screen
    readers, for search and for anyone who would rather read.
    """

    video = VideoChooserBlock(label=_("Video"), help_text=_("Upload WebM or MP4 files in Media."))
    title = blocks.CharBlock(label=_("Title"), help_text=_("Shown under the video and names its transcript."))
    poster = ImageChooserBlock(
        required=False,
        label=_("Poster image"),
        help_text=_("Shown before the video starts. Empty: the video's own thumbnail, if it has one."),
    )
    captions = blocks.ListBlock(
        CaptionTrackBlock(),
        label=_("Captions"),
        help_text=_("One WebVTT file per language. A video with speech needs captions in the page's language."),
        min_num=0,
    )
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        required=False,
        label=_("Transcript"),
        help_text=_("Everything said and shown in the video as text. Needed when the video has no captions."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        caption_errors = check_caption_files(value.get("captions"))
        if caption_errors:
            errors["captions"] = ValidationError(list(caption_errors.values()))
        if not value.get("captions") and not value.get("transcript"):
            errors["transcript"] = ValidationError(_("Add captions or a transcript: not everyone can hear the video."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(media_context(value["video"], value.get("captions")))
        return context


class AudioBlock(blocks.StructBlock):
    """A sound recording (a spoken message, a page read aloud) with its transcript, in the browser's own player."""

    audio = AudioChooserBlock(label=_("Audio"), help_text=_("Upload MP3, M4A, Ogg or WAV files in Media."))
    title = blocks.CharBlock(label=_("Title"), help_text=_("Names the recording and its transcript."))
    transcript = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Transcript"),
        help_text=_("Everything said in the recording as text, for those who cannot hear it."),
    )

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "blocks/audio_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(media_context(value["audio"], []))
        return context


def media_context(media, captions):
    """What the player templates need: the file's type and the caption tracks, the page's language first."""
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    tracks = []
    for track in captions or []:
        document = track.get("file")
        if document is None:
            continue
        code = track.get("language") or settings.LANGUAGE_CODE
        tracks.append({"url": document.url, "srclang": code, "label": language_name(code), "default": False})
    tracks.sort(key=lambda track: track["srclang"] != current)
    if tracks:
        tracks[0]["default"] = True
    return {"media": media, "media_type": media_type(media) if media else "", "tracks": tracks}


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"), icon="pilcrow")
    image = ImageBlock(label=_("Image"))
    callout = CalloutBlock(label=_("Callout"))
    document = DocumentLinkBlock(label=_("Document"))
    video = VideoBlock(label=_("Video"))
    audio = AudioBlock(label=_("Audio"))
