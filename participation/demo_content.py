"""The participation pages' demo content, from `participation/demo_data.py`, in every language.

Dates in the data are relative to the day the loader runs, so open calls and events stay current.
"""

import datetime

from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.rich_text import RichText

from participation import demo_data
from participation.models import (
    Area,
    ChannelIndexPage,
    ChannelPage,
    EventAttendance,
    EventIndexPage,
    EventPage,
    FeedbackFormPage,
    FollowUpIndexPage,
    FollowUpPage,
    FollowUpStatusEntry,
    MethodExpert,
    MethodLibraryPage,
    MethodPage,
    OpenCallIndexPage,
    OpenCallPage,
    TargetGroup,
)
from participation.models.methods import PHASE_FIELDS
from portal.demo import body_stream, paragraphs_html
from portal.demo_media import read_aloud


def _html(value, code):
    """Rich text from a paragraph list or a single translatable text."""
    if value is None:
        return ""
    if isinstance(value, list):
        return paragraphs_html(value, code)
    return paragraphs_html([value], code)


def _text(value, code):
    return value[code] if value else ""


def _paragraphs(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def listen_parts(spec, code):
    """A channel page's text in the order the page shows it, as ("heading" or "paragraph", text) pairs: what its
    listening version reads aloud and its transcript says."""
    with translation.override(code):
        section_headings = {"who_can_join": gettext("Who can join"), "how_to_join": gettext("How to join")}
    parts = [("heading", spec["title"][code])]
    parts += [("paragraph", _text(spec.get(name), code)) for name in ("plain_summary", "summary") if spec.get(name)]
    for item in spec.get("body", []):
        parts.append(("heading", item["heading"][code]) if "heading" in item else ("paragraph", item[code]))
    for name, heading in section_headings.items():
        if spec.get(name):
            parts.append(("heading", heading))
            parts += [("paragraph", paragraph[code]) for paragraph in _paragraphs(spec[name])]
    return parts


def listen_text(spec, code):
    """What speech synthesis reads: every part as a sentence of its own, so that headings end with a pause."""
    return "\n\n".join(text.rstrip(".") + "." for _kind, text in listen_parts(spec, code))


def listen_transcript(spec, code):
    """The recording's transcript for the audio block: the same parts, headings in bold (the page has them as
    headings already; a transcript inside <details> adds none to the page's outline)."""
    return RichText(
        "".join(
            f"<p><b>{escape(text)}</b></p>" if kind == "heading" else f"<p>{escape(text)}</p>"
            for kind, text in listen_parts(spec, code)
        )
    )


def _local_datetime(days, hh_mm="00:00"):
    hour, minute = (int(part) for part in hh_mm.split(":"))
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class ParticipationDemo:
    def __init__(self, loader):
        self.loader = loader
        self.terms = {TargetGroup: {}, Area: {}}
        self.channels = {}
        self.methods = {}
        self.recordings = {}

    def load(self):
        self.load_taxonomy(TargetGroup, demo_data.TARGET_GROUPS)
        self.load_taxonomy(Area, demo_data.AREAS)
        indexes = {
            key: self.index_page(model, demo_data.INDEX_PAGES[key])
            for key, model in [
                ("channels", ChannelIndexPage),
                ("open_calls", OpenCallIndexPage),
                ("methods", MethodLibraryPage),
                ("follow_ups", FollowUpIndexPage),
                ("events", EventIndexPage),
            ]
        }
        for spec in demo_data.CHANNELS:
            if spec.get("listen"):
                self.recordings[spec["key"]] = self.read_aloud(spec)
            self.channels[spec["key"]] = self.page(indexes["channels"], ChannelPage, spec, self.channel_fields)
        for spec in demo_data.METHODS:
            self.methods[spec["key"]] = self.page(indexes["methods"], MethodPage, spec, self.method_fields)
        for spec in demo_data.OPEN_CALLS:
            self.page(indexes["open_calls"], OpenCallPage, spec, self.open_call_fields)
        for spec in demo_data.FOLLOW_UPS:
            self.page(indexes["follow_ups"], FollowUpPage, spec, self.follow_up_fields)
        for spec in demo_data.EVENTS:
            self.page(indexes["events"], EventPage, spec, self.event_fields)
        children = demo_data.CHILDREN_FEEDBACK_PAGE
        children_pages = self.loader.upsert_page(
            self.channels[children["channel"]][self.loader.source],
            FeedbackFormPage,
            children["slug"],
            lambda code: {
                **self.common_fields(children, code),
                "intro": "\n\n".join(paragraph[code] for paragraph in children["intro"]),
            },
            slugs=children["slugs"],
        )
        feedback = demo_data.FEEDBACK_PAGE

        def children_link(code):
            """'Lapsille ja nuorille: Kerro meille', linking to the children's page in the same language."""
            return RichText(
                f"<p>{escape(feedback['children_link'][code])} "
                f'<a linktype="page" id="{children_pages[code].pk}">{escape(children["title"][code])}</a></p>'
            )

        self.loader.upsert_page(
            self.loader.home,
            FeedbackFormPage,
            feedback["slug"],
            lambda code: {
                **self.common_fields(feedback, code),
                "intro": "\n\n".join(paragraph[code] for paragraph in feedback["intro"]),
                "body": [("paragraph", children_link(code))],
                "show_in_menus": True,
            },
            slugs=feedback["slugs"],
        )

    def read_aloud(self, spec):
        """The page read aloud in each language by speech synthesis: {code: Media or None}."""
        codes = self.loader.language_codes
        titles = {code: f"{spec['listen']['title'][code]}: {spec['title'][code]}" for code in codes}
        return read_aloud(self.loader, {code: listen_text(spec, code) for code in codes}, titles, spec["slug"])

    def listening_block(self, spec, code):
        """An audio block with the page read aloud and its transcript, or none (no recording: no espeak-ng)."""
        recording = self.recordings.get(spec["key"], {}).get(code)
        if recording is None:
            return []
        value = {
            "audio": recording,
            "title": spec["listen"]["title"][code],
            "transcript": listen_transcript(spec, code),
        }
        return [("audio", value)]

    def load_taxonomy(self, model, specs):
        for spec in specs:
            source = None
            for code in self.loader.language_codes:
                locale = self.loader.locales[code]
                term = model.objects.filter(locale=locale, slug=spec["key"]).first()
                if term is None:
                    term = model(locale=locale, slug=spec["key"])
                    if source is not None:
                        term.translation_key = source.translation_key
                term.name = spec["name"][code]
                term.covers_all = spec.get("covers_all", False)
                term.save()
                source = source or term
                self.terms[model][(spec["key"], code)] = term

    def tagged(self, spec, code):
        return {
            "target_groups": [self.terms[TargetGroup][(key, code)] for key in spec.get("target_groups", [])],
            "areas": [self.terms[Area][(key, code)] for key in spec.get("areas", [])],
        }

    def common_fields(self, spec, code):
        return {
            "title": spec["title"][code],
            "summary": _text(spec.get("summary"), code),
            "plain_summary": _text(spec.get("plain_summary"), code),
        }

    def index_page(self, model, spec):
        return self.loader.upsert_page(
            self.loader.home,
            model,
            spec["slug"],
            lambda code: {
                "title": spec["title"][code],
                "intro": _text(spec.get("intro"), code),
                "summary": _text(spec.get("summary") or spec.get("intro"), code),
                "show_in_menus": True,
            },
            slugs=spec["slugs"],
        )

    def page(self, indexes, model, spec, fields_for):
        return self.loader.upsert_page(
            indexes[self.loader.source],
            model,
            spec["slug"],
            lambda code: {**self.common_fields(spec, code), **fields_for(spec, code)},
            slugs=spec["slugs"],
        )

    def channel_fields(self, spec, code):
        contact = spec.get("contact") or {}
        return {
            **self.tagged(spec, code),
            "kind": spec["kind"],
            "body": self.listening_block(spec, code) + body_stream(spec.get("body", []), code),
            "who_can_join": _html(spec.get("who_can_join"), code),
            "how_to_join": _html(spec.get("how_to_join"), code),
            "meeting_rhythm": _text(spec.get("meeting_rhythm"), code),
            "participation_level": spec.get("participation_level", ""),
            "member_organisations": "\n".join(
                name[code] if isinstance(name, dict) else name for name in spec.get("member_organisations", [])
            ),
            "open_for_new_members": spec.get("open_for_new_members", True),
            "contact_name": contact.get("name", ""),
            "contact_title": _text(contact.get("title"), code),
            "contact_email": contact.get("email", ""),
            "contact_phone": contact.get("phone", ""),
        }

    def method_fields(self, spec, code):
        phases = set(spec.get("phases", []))
        return {
            **self.tagged(spec, code),
            **{field_name: phase.value in phases for phase, field_name in PHASE_FIELDS.items()},
            "purpose": _html(spec.get("purpose"), code),
            "participation_level": spec.get("participation_level", ""),
            "group_size": _text(spec.get("group_size"), code),
            "duration": _text(spec.get("duration"), code),
            "preparation_time": _text(spec.get("preparation_time"), code),
            "materials": _html(spec.get("materials"), code),
            "steps": [
                ("step", {"title": step["title"][code], "text": _html(step["text"], code)}) for step in spec["steps"]
            ],
            "children_and_vulnerable": _html(spec.get("children_and_vulnerable"), code),
            "experts": [
                MethodExpert(name=expert["name"], title=_text(expert.get("title"), code), email=expert.get("email", ""))
                for expert in spec.get("experts", [])
            ],
        }

    def open_call_fields(self, spec, code):
        return {
            **self.tagged(spec, code),
            "channel": self.channels[spec["channel"]][code] if spec.get("channel") else None,
            "opens_at": _local_datetime(spec["opens_in_days"], "09:00"),
            "closes_at": _local_datetime(spec["closes_in_days"], "16:00"),
            "places": spec.get("places"),
            "who_can_apply": _html(spec.get("who_can_apply"), code),
            "tasks_and_commitment": _html(spec.get("tasks_and_commitment"), code),
            "compensation": _html(spec.get("compensation"), code),
            "orientation": _html(spec.get("orientation"), code),
            "agreement_terms": _html(spec.get("agreement_terms"), code),
            "selection_process": _html(spec.get("selection_process"), code),
        }

    def follow_up_fields(self, spec, code):
        today = timezone.localdate()
        origin = spec.get("origin") or {}
        return {
            **self.tagged(spec, code),
            "matter": _html(spec["matter"], code),
            "origin_kind": origin.get("kind", "feedback"),
            "origin_description": _text(origin.get("text"), code)[:255],
            "raised_on": today - datetime.timedelta(days=spec["raised_days_ago"]),
            "reason_not_taken_forward": _text(spec.get("reason"), code),
            "responsible": _text(spec.get("responsible"), code),
            "what_changed": _html(spec.get("what_changed"), code),
            "channels": [self.channels[key][code] for key in spec.get("channels", [])],
            "methods": [self.methods[key][code] for key in spec.get("methods", [])],
            "timeline_entries": [
                FollowUpStatusEntry(
                    date=today - datetime.timedelta(days=entry["days_ago"]),
                    status=entry["status"],
                    note=entry["note"][code],
                    decision_link=entry.get("decision_link", ""),
                    sort_order=position,
                )
                for position, entry in enumerate(spec["timeline"])
            ],
        }

    def event_fields(self, spec, code):
        starts_at = _local_datetime(spec["starts_in_days"], spec.get("start_time", "17:00"))
        attendance = spec.get("attendance") or {}
        return {
            **self.tagged(spec, code),
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(minutes=spec.get("duration_minutes", 120)),
            "venue": _text(spec.get("venue"), code),
            "online_link": spec.get("online_link", ""),
            "venue_accessibility": _html(spec.get("venue_accessibility"), code),
            "channel": self.channels[spec["channel"]][code] if spec.get("channel") else None,
            "capacity": spec.get("capacity"),
            "body": body_stream(spec.get("body", []), code),
            "attendance": [EventAttendance(role=role, count=count) for role, count in attendance.items()],
        }


def load_participation_content(loader):
    ParticipationDemo(loader).load()
