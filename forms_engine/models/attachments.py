"""Files sent with a submission, kept in the private storage and erased with it (`forms_engine.attachments`)."""

import datetime
import os
import secrets

from django import forms
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.http import FileResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from forms_engine.attachments import INLINE_KINDS, FileKind, parse_kinds, private_storage, stored_name
from forms_engine.models.submissions import Submission


class FileKindsFormField(forms.MultipleChoiceField):
    """Tick boxes for the kinds of file a field takes, stored as "audio,video"."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        super().__init__(choices=FileKind.choices, **kwargs)

    def prepare_value(self, value):
        return [kind.value for kind in parse_kinds(value)] if isinstance(value, str) else value

    def clean(self, value):
        return ",".join(kind.value for kind in parse_kinds(",".join(super().clean(value))))

    def has_changed(self, initial, data):
        return self.prepare_value(initial or "") != self.prepare_value(",".join(data or []))


class FileKindsField(models.CharField):
    """The kinds of file a form field takes ("audio,video"), edited as tick boxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 64)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return models.Field.formfield(self, **{"form_class": FileKindsFormField, **kwargs})


def new_key():
    return secrets.token_urlsafe(24)


class PrivateFile(models.Model):
    """A file kept in the private storage under a random name (`forms_engine.attachments`): the sender's file name
    is kept only to show and to name the download. Never indexed for search, never at a public address; the file
    goes with its row, by any path, once the deletion is committed (a deletion rolled back keeps the file its row
    still names). Subclasses name what the file belongs to."""

    # The file's part of its address in the admin: not a counter, so addresses cannot be guessed.
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    file = models.FileField(_("file"), storage=private_storage, upload_to=stored_name, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=8, choices=FileKind.choices)
    content_type = models.CharField(_("content type"), max_length=64)
    size = models.PositiveBigIntegerField(_("size in bytes"))

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        post_delete.connect(erase_file_of_deleted, sender=cls, weak=False)

    def __str__(self):
        return self.original_name

    @classmethod
    def stored(cls, upload, **owner):
        """Save `upload` (a file checked by `AttachmentField`, with `checked`) as a new row of `owner`'s fields."""
        checked = upload.checked
        private_file = cls(
            original_name=os.path.basename(upload.name or "")[:255] or "file",
            kind=checked.kind,
            content_type=checked.content_type,
            size=upload.size,
            **owner,
        )
        upload.seek(0)
        private_file.file.save(f"upload.{checked.extension}", upload, save=False)
        private_file.save()
        return private_file

    @property
    def shown_inline(self):
        return self.kind in INLINE_KINDS

    def erase_file(self):
        if self.file.name:
            self.file.storage.delete(self.file.name)

    def response(self):
        """The file for its reader: media and images shown in place, PDF documents downloaded, as the type its
        content was found to be, never cached, and sandboxed so that the browser reads it as nothing else. Raises
        `FileNotFoundError` for a file gone from the storage."""
        response = FileResponse(
            self.file.open("rb"),
            as_attachment=not self.shown_inline,
            filename=self.original_name,
            content_type=self.content_type,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        add_never_cache_headers(response)
        return response


def erase_file_of_deleted(sender, instance, **kwargs):
    transaction.on_commit(instance.erase_file)


class Attachment(PrivateFile):
    """One file a resident sent in a file field of a form."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="attachments")
    field_name = models.CharField(_("field"), max_length=255)

    class Meta(PrivateFile.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    @classmethod
    def store(cls, submission, field_name, upload):
        return cls.stored(upload, submission=submission, field_name=field_name)


# A Wagtail hook of the apps that keep files in the attachments' storage (see `erase_orphaned_files`).
PRIVATE_FILES_HOOK = "private_files_in_use"


def stored_names(storage, folder=""):
    """Every file name in `storage` under `folder`."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from stored_names(storage, f"{folder}/{name}" if folder else name)


def erase_orphaned_files(older_than=datetime.timedelta(days=1)):
    """Erase files of the private storage that no attachment names, older than `older_than` (so never the file
    of a submission being saved): left if a process stopped between a deletion and the file's. Returns how many."""
    storage = private_storage()
    cutoff = timezone.now() - older_than
    try:
        names = list(stored_names(storage))
    except (FileNotFoundError, NotImplementedError):  # no folder yet, or a storage that cannot list
        return 0
    known = set(Attachment.objects.filter(file__in=names).values_list("file", flat=True))
    # Files that other apps keep in the same storage (`PRIVATE_FILES_HOOK`: `function(names)` returns those of `names`
    # still in use), such as the tickets of the register's fee claims.
    known.update(name for in_use in hooks.get_hooks(PRIVATE_FILES_HOOK) for name in in_use(names))
    orphans = [name for name in names if name not in known and storage.get_modified_time(name) < cutoff]
    for name in orphans:
        storage.delete(name)
    return len(orphans)
