"""Files residents send with a form (DESIGN §5 point 10): audio, video, images and PDF documents.

A form field of type "file" (`FormField.file_kinds`, `FormField.file_max_mb`) takes one file of the kinds the
editor chose, up to the size the editor chose. A file is checked by its content (the `filetype` library reads its
first bytes), never by its name or the type the browser claims: a text file named .mp3 is refused.

Accepted files are stored in the private storage (`STORAGES["attachments"]`, by default a folder under
`PRIVATE_MEDIA_ROOT`, never under `MEDIA_ROOT`) under a random name, and have no address of their own: a coordinator
opens them in the inbox (`forms_engine.admin_views.attachments`), which checks that the submission is routed to
them. They are erased with their submission (`forms_engine.models.attachments`).
"""

import datetime
import os
import secrets

import filetype
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.db import models
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

FILE_FIELD_TYPE = "file"
MEGABYTE = 1024 * 1024
DEFAULT_MAX_MB = 10
# How many bytes of a file `filetype` reads to tell its kind.
HEAD_BYTES = 8192


class FileKind(models.TextChoices):
    """What kinds of file a file field takes."""

    AUDIO = "audio", pgettext_lazy("file kind", "Audio")
    VIDEO = "video", pgettext_lazy("file kind", "Video")
    IMAGE = "image", pgettext_lazy("file kind", "Image")
    PDF = "pdf", pgettext_lazy("file kind", "PDF document")


# The content types each kind takes, as `filetype` names them, and the type the file is served with.
MIME_TYPES = {
    FileKind.AUDIO: {
        "audio/mpeg": "audio/mpeg",
        "audio/mp4": "audio/mp4",
        "audio/aac": "audio/aac",
        "audio/ogg": "audio/ogg",
        "audio/x-wav": "audio/wav",
        "audio/x-flac": "audio/flac",
        "audio/amr": "audio/amr",
        "audio/x-aiff": "audio/aiff",
    },
    FileKind.VIDEO: {
        "video/mp4": "video/mp4",
        "video/x-m4v": "video/mp4",
        "video/quicktime": "video/quicktime",
        "video/webm": "video/webm",
        "video/x-matroska": "video/x-matroska",
        "video/3gpp": "video/3gpp",
        "video/mpeg": "video/mpeg",
        "video/x-msvideo": "video/x-msvideo",
    },
    FileKind.IMAGE: {
        "image/jpeg": "image/jpeg",
        "image/png": "image/png",
        "image/apng": "image/png",
        "image/gif": "image/gif",
        "image/webp": "image/webp",
        "image/heic": "image/heic",
        "image/avif": "image/avif",
    },
    FileKind.PDF: {"application/pdf": "application/pdf"},
}
# What the hint and the error name as examples of each kind.
EXAMPLES = {
    FileKind.AUDIO: "MP3, M4A, WAV, OGG",
    FileKind.VIDEO: "MP4, MOV, WEBM",
    FileKind.IMAGE: "JPG, PNG, HEIC",
    FileKind.PDF: "PDF",
}
# What a browser's file chooser offers (`accept`): a hint only, the content decides.
ACCEPT = {
    FileKind.AUDIO: "audio/*",
    FileKind.VIDEO: "video/*",
    FileKind.IMAGE: "image/*",
    FileKind.PDF: ".pdf,application/pdf",
}
# Kinds a browser may show in place in the inbox (an <audio>, <video> or <img>); the rest are downloaded.
INLINE_KINDS = {FileKind.AUDIO, FileKind.VIDEO, FileKind.IMAGE}


def parse_kinds(value):
    """The kinds in a stored "audio,video" value, in the order of `FileKind`, unknown ones left out."""
    chosen = {part.strip() for part in (value or "").split(",")}
    return [kind for kind in FileKind if kind.value in chosen]


def kinds_text(kinds):
    """'audio or video' in the active language."""
    names = [str(kind.label) if kind == FileKind.PDF else str(kind.label).lower() for kind in kinds]
    return get_text_list(names, _("or"))


def max_upload_mb():
    """The largest file any field may take, in megabytes (`FORMS_ATTACHMENT_MAX_MB`)."""
    return getattr(settings, "FORMS_ATTACHMENT_MAX_MB", 100)


class CheckedFile:
    """What the content of an accepted file says it is."""

    def __init__(self, kind, mime, extension):
        self.kind = kind
        self.mime = mime
        self.extension = extension

    @property
    def content_type(self):
        return MIME_TYPES[self.kind][self.mime]


def check_content(upload, kinds):
    """The `CheckedFile` of `upload` if its first bytes are of one of `kinds`, otherwise None."""
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    guess = filetype.guess(head) if head else None
    if guess is None:
        return None
    for kind in kinds:
        if guess.mime in MIME_TYPES[kind]:
            return CheckedFile(kind, guess.mime, guess.extension)
    return None


class AttachmentField(forms.FileField):
    """One file of the given kinds and at most `max_mb` megabytes, checked by its content.

    The cleaned value is the uploaded file with `checked` (a `CheckedFile`) set on it.
    """

    widget = forms.FileInput

    def __init__(self, *, kinds, max_mb, **kwargs):
        self.kinds = kinds or list(FileKind)
        self.max_mb = min(max_mb or DEFAULT_MAX_MB, max_upload_mb())
        kwargs.setdefault("max_length", 255)  # of the file's name
        super().__init__(**kwargs)
        self.widget.attrs.update(
            {"accept": ",".join(ACCEPT[kind] for kind in self.kinds), "class": "govuk-file-upload"}
        )
        self.error_messages["max_length"] = _("The file's name is too long. Rename the file and choose it again.")
        self.error_messages["empty"] = _("The file is empty. Choose another file.")
        self.error_messages["invalid"] = _("The file could not be read. Choose the file again.")

    @property
    def max_bytes(self):
        return self.max_mb * MEGABYTE

    def hint(self):
        """'Audio or video (for example MP3, M4A, MP4), at most 20 MB.'"""
        return _("%(kinds)s (for example %(examples)s), at most %(size)s MB.") % {
            "kinds": kinds_text(self.kinds).capitalize(),
            "examples": ", ".join(EXAMPLES[kind] for kind in self.kinds),
            "size": number_format(self.max_mb, force_grouping=True),
        }

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return upload
        if upload.size > self.max_bytes:
            raise ValidationError(
                _("The file is too large (%(size)s MB). It can be at most %(max)s MB."),
                code="too_large",
                params={
                    "size": number_format(upload.size / MEGABYTE, decimal_pos=1),
                    "max": number_format(self.max_mb, force_grouping=True),
                },
            )
        checked = check_content(upload, self.kinds)
        if checked is None:
            raise ValidationError(
                _("The file is not %(kinds)s. Choose a file of one of these types: %(examples)s."),
                code="wrong_kind",
                params={
                    "kinds": kinds_text(self.kinds),
                    "examples": ", ".join(EXAMPLES[kind] for kind in self.kinds),
                },
            )
        upload.checked = checked
        return upload


def create_file_field(field, options):
    """The form field of an editor-built "file" field (`forms_engine.forms.PortalFormBuilder`)."""
    options.pop("initial", None)
    formfield = AttachmentField(kinds=parse_kinds(field.file_kinds), max_mb=field.file_max_mb, **options)
    hint = formfield.hint()
    formfield.help_text = format_html("{} {}", options["help_text"], hint) if options.get("help_text") else hint
    return formfield


class PrivateStorage(FileSystemStorage):
    """A folder that the web server does not serve: files in it have no address (`url()` refuses)."""

    def url(self, name):
        raise ValueError("Attachments have no public address: they are opened through the inbox.")


def private_storage():
    from django.core.files.storage import storages

    return storages["attachments"]


def stored_name(instance, filename):
    """A random name under the year and month, with the extension of the kind its content was found to be
    (`Attachment.store` passes "upload.<extension>"): never the name the resident's file had."""
    extension = os.path.splitext(filename)[1].lstrip(".").lower()
    extension = extension if extension.isalnum() else "bin"
    return f"{datetime.date.today():%Y/%m}/{secrets.token_urlsafe(24)}.{extension}"


class CappedUploadHandler(TemporaryFileUploadHandler):
    """Writes at most `FORMS_ATTACHMENT_MAX_MB` (plus one byte) of a file sent to a page, and counts the rest.

    A larger file is still refused by its field with its real size, but it never fills the disk. Uploads to the
    admin (images, documents) are not capped here: only requests served by Wagtail's page view are.
    """

    cap = None
    written = 0

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        match = getattr(self.request, "resolver_match", None)
        self.cap = max_upload_mb() * MEGABYTE + 1 if match and match.url_name == "wagtail_serve" else None

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.written = 0

    def receive_data_chunk(self, raw_data, start):
        if self.cap is not None:
            room = max(self.cap - self.written, 0)
            raw_data = raw_data[:room]
        self.written += len(raw_data)
        if raw_data:
            self.file.write(raw_data)
