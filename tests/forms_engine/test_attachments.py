"""Attachments: a file field takes audio, video, images or PDF checked by their content, keeps them private to the
submission's coordinators and erases them with the submission, by every path."""

import datetime
import io
import os
import re
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from PIL import Image
from wagtail.search.index import Indexed, get_indexed_models
from wagtail_localize.fields import SynchronizedField

from forms_engine.admin_views.export import rows
from forms_engine.attachments import MEGABYTE, CappedUploadHandler, private_storage
from forms_engine.models import Attachment, EventKind, FormField, Submission
from forms_engine.retention import erase_email, erase_expired
from tests.forms_engine.factories import STANDARD_FIELDS, UserFactory, answers, form_token, make_form_page
from tests.participation.factories import OpenCallPageFactory

pytestmark = pytest.mark.django_db

MESSAGE = {
    "clean_name": "viesti_tiedostona",
    "label": "Ääni- tai videoviesti",
    "field_type": "file",
    "required": False,
    "file_kinds": "audio,video",
    "file_max_mb": 1,
}
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def wav_bytes(seconds=0.1):
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as audio:
        audio.setnchannels(1)
        audio.setsampwidth(2)
        audio.setframerate(8000)
        audio.writeframes(b"\x00\x01" * int(8000 * seconds))
    return buffer.getvalue()


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def stored_files():
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    return {path for path in root.rglob("*") if path.is_file()}


@pytest.fixture
def call(desk):
    """An open call of the desk's group whose form takes an audio or video message of at most 1 MB."""
    page = OpenCallPageFactory(parent=desk.call.get_parent(), title="Kokemusasiantuntijakoulutus")
    return make_form_page(page, groups=[desk.group], fields=[*STANDARD_FIELDS, MESSAGE])


@pytest.fixture
def sent(client, call):
    """An application sent with a short WAV recording."""
    before = stored_files()
    response = client.post(call.url, answers(call, viesti_tiedostona=upload("hakemukseni.wav", wav_bytes())))
    assert response.status_code == 303
    submission = Submission.objects.get(page=call)
    return submission, submission.attachments.get(), stored_files() - before


def attachment_url(attachment):
    return f"/admin/inbox/{attachment.submission_id}/files/{attachment.key}/"


def test_the_form_is_multipart_with_a_file_input_and_its_hint_in_finnish(client, call):
    html = client.get(call.url).content.decode()

    assert 'enctype="multipart/form-data"' in html
    assert re.search(r'<input type="file" name="viesti_tiedostona"[^>]*accept="audio/\*,video/\*"', html)
    assert "Ääni tai video (esimerkiksi MP3, M4A, WAV, OGG, MP4, MOV, WEBM), enintään 1 Mt." in html
    assert "Ääni- tai videoviesti (valinnainen)" in html


def test_a_form_without_a_file_field_stays_urlencoded(client, desk):
    assert "multipart/form-data" not in client.get(desk.call.url).content.decode()


def test_an_applicant_applies_with_an_audio_file_stored_privately_under_a_random_name(sent):
    submission, attachment, new_files = sent

    assert submission.form_data["viesti_tiedostona"] == "hakemukseni.wav"
    assert (attachment.field_name, attachment.kind, attachment.content_type) == (
        "viesti_tiedostona",
        "audio",
        "audio/wav",
    )
    assert attachment.original_name == "hakemukseni.wav"
    assert attachment.size == len(wav_bytes())
    [path] = new_files
    assert path.read_bytes() == wav_bytes()
    assert "hakemukseni" not in attachment.file.name and path.suffix == ".wav"
    assert Path(settings.PRIVATE_MEDIA_ROOT) not in Path(settings.MEDIA_ROOT).parents
    assert Path(settings.MEDIA_ROOT) not in path.parents


def test_the_receipt_email_names_no_file_and_attaches_none(sent):
    submission, _attachment, _files = sent

    receipt = next(message for message in mail.outbox if message.to == ["aino@example.fi"])
    assert receipt.attachments == []
    assert all(not message.attachments for message in mail.outbox)
    assert "/files/" not in receipt.body


def test_the_calls_coordinator_plays_the_audio_in_the_inbox(client, desk, sent):
    submission, attachment, _files = sent
    client.force_login(desk.coordinator)

    detail = client.get(f"/admin/inbox/{submission.pk}/").content.decode()
    response = client.get(attachment_url(attachment))

    assert f'<audio controls preload="none" src="{attachment_url(attachment)}"' in detail
    assert "hakemukseni.wav" in detail
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == wav_bytes()
    assert response["Content-Type"] == "audio/wav"
    assert response["Content-Disposition"].startswith("inline;")
    assert 'filename="hakemukseni.wav"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert submission.events.filter(kind=EventKind.VIEWED, text__contains="hakemukseni.wav").exists()


def test_another_groups_coordinator_gets_a_404_and_an_anonymous_visitor_the_login(client, desk, sent):
    _submission, attachment, _files = sent

    anonymous = client.get(attachment_url(attachment))
    client.force_login(desk.other_coordinator)
    other = client.get(attachment_url(attachment), follow=True)
    client.force_login(UserFactory())  # signed in, in no group
    nobody = client.get(attachment_url(attachment), follow=True)

    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    assert other.status_code == 404
    assert nobody.status_code in (403, 404) or nobody.redirect_chain
    assert b"RIFF" not in other.content and b"RIFF" not in nobody.content
    assert not attachment.submission.events.filter(text__contains="hakemukseni.wav").exists()


def test_the_address_needs_the_attachments_own_key(client, desk, sent):
    submission, attachment, _files = sent
    client.force_login(desk.coordinator)

    assert client.get(f"/admin/inbox/{submission.pk}/files/{attachment.pk}/", follow=True).status_code == 404
    assert client.get(f"/admin/inbox/{submission.pk}/files/{attachment.key}x/", follow=True).status_code == 404


def test_a_pdf_is_downloaded_and_an_image_shown_in_place(client, desk):
    fields = [*STANDARD_FIELDS, {**MESSAGE, "clean_name": "liite", "label": "Liite", "file_kinds": "image,pdf"}]
    page = make_form_page(OpenCallPageFactory(parent=desk.call.get_parent()), groups=[desk.group], fields=fields)
    client.post(page.url, answers(page, liite=upload("lausunto.pdf", PDF)))
    client.post(page.url, answers(page, liite=upload("kuva.png", png_bytes())))
    pdf, png = Attachment.objects.order_by("pk")
    client.force_login(desk.coordinator)

    pdf_response = client.get(attachment_url(pdf))
    png_response = client.get(attachment_url(png))

    assert (pdf.kind, pdf_response["Content-Type"]) == ("pdf", "application/pdf")
    assert pdf_response["Content-Disposition"].startswith("attachment;")
    assert (png.kind, png_response["Content-Type"]) == ("image", "image/png")
    assert png_response["Content-Disposition"].startswith("inline;")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("viesti.mp3", b"Tama on tekstia eika aanta.\n" * 20),
        ("ohjelma.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200),
        ("kuva.png", png_bytes()),  # a real image, but the field takes only audio or video
    ],
    ids=["text-named-mp3", "exe", "image"],
)
def test_a_wrong_kind_of_file_gives_a_field_error_and_keeps_the_other_answers(client, call, name, content):
    before = stored_files()

    response = client.post(
        call.url, answers(call, viesti="Kerron kokemuksestani.", viesti_tiedostona=upload(name, content, "audio/mpeg"))
    )

    assert response.status_code == 200
    assert response.context["form"].errors["viesti_tiedostona"] == [
        "Tiedosto ei ole ääni tai video. Valitse jonkin näistä tyypeistä oleva tiedosto: MP3, M4A, WAV, OGG, MP4, "
        "MOV, WEBM."
    ]
    html = response.content.decode()
    assert 'value="Aino Asukas"' in html
    assert "Kerron kokemuksestani." in html
    assert 'href="#id_viesti_tiedostona"' in html  # the error summary links to the field
    assert Submission.objects.count() == 0
    assert stored_files() == before


def test_an_oversize_file_gives_a_field_error_and_keeps_the_other_answers(client, call):
    too_large = wav_bytes(seconds=66)  # 8000 samples of 2 bytes a second: about 1.06 MB
    assert len(too_large) > 1024 * 1024

    response = client.post(call.url, answers(call, viesti_tiedostona=upload("pitka.wav", too_large)))

    assert response.status_code == 200
    assert response.context["form"].errors["viesti_tiedostona"] == [
        "Tiedosto on liian suuri (1,0 Mt). Se voi olla enintään 1 Mt."
    ]
    assert 'value="Aino Asukas"' in response.content.decode()
    assert not Attachment.objects.exists()


@override_settings(FORMS_ATTACHMENT_MAX_MB=1)
def test_a_file_larger_than_any_field_may_take_is_not_written_whole_and_is_refused_with_its_size(client, call):
    # Over 2.5 MB, so it is not kept in memory but written by the capped handler, which keeps at most 1 MB of it.
    too_large = wav_bytes(seconds=200)

    response = client.post(call.url, answers(call, viesti_tiedostona=upload("pitka.wav", too_large)))

    assert response.context["form"].errors["viesti_tiedostona"] == [
        "Tiedosto on liian suuri (3,0 Mt). Se voi olla enintään 1 Mt."
    ]


def test_the_error_is_in_the_residents_language(client, call, localized_site):
    localized_site.translate(call.get_parent().specific, "sv", title="Öppna ansökningar")
    swedish = localized_site.translate(call, "sv", title="Utbildning")

    response = client.post(swedish.url, answers(swedish, viesti_tiedostona=upload("x.mp3", b"text " * 100)))

    assert "Filen är inte ljud eller video." in response.content.decode()


def test_a_good_file_is_asked_again_when_another_answer_has_an_error(client, call):
    response = client.post(call.url, answers(call, nimi="", viesti_tiedostona=upload("viesti.wav", wav_bytes())))

    errors = response.context["form"].errors
    assert errors["viesti_tiedostona"] == [
        "Valitse tiedosto uudelleen: tiedostoa ei säilytetä, kun muissa vastauksissa on virheitä."
    ]
    assert "nimi" in errors
    assert not Attachment.objects.exists()


def test_a_file_post_works_on_a_page_served_from_the_page_cache(client, call):
    client.get(call.url)
    cached = client.get(call.url).content.decode()  # a hit, with this visitor's own tokens filled in
    token = re.search(r'name="ov_token" value="([^"]+)"', cached).group(1)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', cached).group(1)
    data = answers(call, ov_token=form_token(call), viesti_tiedostona=upload("viesti.wav", wav_bytes()))
    data["csrfmiddlewaretoken"] = csrf
    assert token  # the cached page carries a token, as every form shown

    response = client.post(call.url, data)

    assert 'enctype="multipart/form-data"' in cached
    assert response.status_code == 303
    assert Submission.objects.get().attachments.count() == 1


def erased(attachment):
    return not private_storage().exists(attachment.file.name)


def test_deleting_the_submission_deletes_its_file(sent, django_capture_on_commit_callbacks):
    submission, attachment, [path] = sent

    with django_capture_on_commit_callbacks(execute=True):
        submission.delete()

    assert not path.exists() and erased(attachment)
    assert not Attachment.objects.exists()


def test_retention_erases_the_files(sent, django_capture_on_commit_callbacks):
    submission, attachment, [path] = sent
    Submission.objects.filter(pk=submission.pk).update(retain_until=timezone.localdate() - datetime.timedelta(days=1))

    with django_capture_on_commit_callbacks(execute=True):
        assert erase_expired() == 1

    assert not path.exists()


def test_erasing_an_email_address_erases_the_files(sent, django_capture_on_commit_callbacks):
    _submission, _attachment, [path] = sent

    with django_capture_on_commit_callbacks(execute=True):
        erase_email("AINO@example.fi")

    assert not path.exists()


def test_the_personal_data_tool_names_the_files_and_erases_them(admin_client, sent, django_capture_on_commit_callbacks):
    _submission, _attachment, [path] = sent
    url = "/admin/inbox/personal-data/"

    exported = admin_client.get(url, {"email": "aino@example.fi", "format": "json"}).json()
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(url, {"email": "aino@example.fi", "action": "erase"})

    assert exported["submissions"][0]["attachments"] == [
        {"field": "viesti_tiedostona", "file_name": "hakemukseni.wav", "kind": "audio", "size": len(wav_bytes())}
    ]
    assert not path.exists()
    assert not Submission.objects.exists()


def test_a_deletion_rolled_back_keeps_the_file(sent, django_capture_on_commit_callbacks):
    from django.db import transaction

    submission, _attachment, [path] = sent
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        submission.delete()
        raise RuntimeError

    assert path.exists()


def test_the_export_names_the_file_and_gives_no_address(sent):
    submission, _attachment, _files = sent

    header, row = rows([submission])

    assert row[header.index("viesti_tiedostona")] == "hakemukseni.wav"
    assert not any("/files/" in str(value) or "/media/" in str(value) for value in row)


def test_files_are_not_searchable_and_have_no_public_address(client, sent):
    _submission, attachment, [path] = sent

    assert Attachment not in get_indexed_models() and not issubclass(Attachment, Indexed)
    with pytest.raises(ValueError):
        attachment.file.url  # noqa: B018 (reading it is the test)
    assert client.get("/fi/haku/", {"q": "hakemukseni"}).context["search"].total == 0
    assert client.get(f"/media/{attachment.file.name}", follow=True).status_code == 404
    assert client.get(f"/private/{attachment.file.name}", follow=True).status_code == 404


def test_an_editor_must_choose_the_kinds_and_a_size_within_the_sites_limit(call):
    field = FormField(page=call, label="Liite", field_type="file", file_kinds="", file_max_mb=500)

    with pytest.raises(ValidationError) as refused:
        field.full_clean(exclude=["page", "locale", "translation_key"])

    assert set(refused.value.message_dict) == {"file_kinds", "file_max_mb"}


def test_the_kinds_and_size_are_synchronised_not_translated():
    synchronised = {field.field_name for field in FormField.translatable_fields if isinstance(field, SynchronizedField)}

    assert {"field_type", "file_kinds", "file_max_mb"} <= synchronised


@override_settings(FORMS_ATTACHMENT_MAX_MB=1)
def test_the_upload_handler_writes_at_most_the_sites_limit_of_a_file_sent_to_a_page(rf):
    request = rf.post("/fi/haku-koulutukseen/")
    request.resolver_match = SimpleNamespace(url_name="wagtail_serve")
    handler = CappedUploadHandler(request)
    handler.handle_raw_input(None, request.META, 3 * MEGABYTE, b"raja")
    handler.new_file("viesti", "pitka.wav", "audio/wav", 3 * MEGABYTE)
    for start in range(0, 3 * MEGABYTE, 64 * 1024):
        handler.receive_data_chunk(b"x" * 64 * 1024, start)

    upload = handler.file_complete(3 * MEGABYTE)

    assert upload.size == 3 * MEGABYTE  # refused by its field with its real size
    assert Path(upload.temporary_file_path()).stat().st_size == MEGABYTE + 1


def test_uploads_to_the_admin_are_not_capped(rf):
    request = rf.post("/admin/documents/multiple/add/")
    request.resolver_match = SimpleNamespace(url_name="add_multiple")
    handler = CappedUploadHandler(request)
    handler.handle_raw_input(None, request.META, 0, b"raja")

    assert handler.cap is None


def test_the_demo_call_inviting_an_audio_or_video_message_has_a_file_field(call):
    from participation.demo_data import forms as demo_data
    from participation.demo_forms import form_fields

    spec = demo_data.FORMS[demo_data.OPEN_CALL_FORMS["kokemusasiantuntijakoulutuksen-haku"]]
    fields = {field.clean_name: field for field in form_fields(spec, "fi", call)}

    message = fields["aani_tai_videoviesti"]
    assert (message.field_type, message.file_kinds, message.file_max_mb) == ("file", "audio,video", 20)
    assert fields["nimi"].file_max_mb == 10  # the default, for fields that take no file


def test_the_page_editor_offers_the_file_type_its_kinds_as_tick_boxes_and_the_size(admin_client, call):
    html = admin_client.get(f"/admin/pages/{call.pk}/edit/").content.decode()

    assert '<option value="file"' in html
    assert re.search(r'type="checkbox" name="form_fields-\d+-file_kinds" value="audio"[^>]* checked', html)
    assert re.search(r'name="form_fields-\d+-file_max_mb" value="1"', html)


def test_a_coordinator_records_a_submission_with_or_without_a_file(client, desk, call):
    record = f"/admin/inbox/record/{call.pk}/"
    data = {
        "ov_intake_channel": "paper",
        "nimi": "Maija Meikäläinen",
        "viesti": "Hakemus paperilla.",
        "ov_consent": "on",
    }
    client.force_login(desk.coordinator)

    form = client.get(record).content.decode()
    without = client.post(record, data)
    wrong = client.post(record, {**data, "viesti_tiedostona": upload("skannattu.pdf", PDF)})
    audio = client.post(record, {**data, "viesti_tiedostona": upload("puhelu.wav", wav_bytes())})

    assert 'enctype="multipart/form-data"' in form
    assert without.status_code == 302  # a file field is never required of a coordinator
    assert wrong.status_code == 200 and wrong.context["form"].errors["viesti_tiedostona"]  # not audio or video
    assert audio.status_code == 302
    assert [attachment.original_name for attachment in Attachment.objects.all()] == ["puhelu.wav"]


def test_the_daily_erasure_removes_files_no_attachment_names_once_a_day_old(sent):
    _submission, _attachment, [kept] = sent
    storage = private_storage()
    orphan = Path(storage.path(storage.save("2026/01/orphan.wav", io.BytesIO(wav_bytes()))))
    fresh = Path(storage.path(storage.save("2026/01/being-saved.wav", io.BytesIO(wav_bytes()))))
    day_old = (timezone.now() - datetime.timedelta(days=2)).timestamp()
    for path in (orphan, kept):
        os.utime(path, (day_old, day_old))

    erase_expired()

    assert not orphan.exists()
    assert fresh.exists() and kept.exists()
    fresh.unlink()


def test_the_kinds_are_edited_as_tick_boxes_and_stored_as_one_value():
    field = FormField._meta.get_field("file_kinds").formfield()

    assert field.clean(["video", "audio"]) == "audio,video"
    assert field.clean([]) == ""
    assert field.prepare_value("audio,video") == ["audio", "video"]
    assert not field.has_changed("audio,video", ["video", "audio"])
    assert field.has_changed("audio", ["audio", "pdf"])
    with pytest.raises(ValidationError):
        field.clean(["exe"])
