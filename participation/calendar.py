"""Events as iCalendar (one event's "add to calendar" file, and a listing's subscribable calendar) and as schema.org
Event JSON-LD for search engines. Their addresses are on the host the request came to (portal.absolute)."""

import json

from django.utils.html import strip_tags
from icalendar import Calendar, Event

from portal.absolute import page_absolute_url

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _plain(text):
    return strip_tags(text or "").strip()


PRODID = "-//Osallistu ja vaikuta//events//FI"


def _calendar(**properties):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    for name, value in properties.items():
        calendar.add(name, value)
    return calendar


def event_vevent(event, request):
    """One event as a VEVENT, with its address on the host `request` came to (portal.absolute).

    The UID is the same for every copy of the event in the same language (its translation key, language and host),
    so a calendar that has both the event's own file and the subscribed feed keeps one entry.
    """
    url = page_absolute_url(event, request)
    entry = Event()
    entry.add("uid", f"{event.translation_key}-{event.locale.language_code}@{request.get_host()}")
    entry.add("dtstamp", event.last_published_at or event.latest_revision_created_at or event.starts_at)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    description = "\n\n".join(part for part in [event.summary, url] if part)
    if description:
        entry.add("description", description)
    location = event.venue or event.online_link
    if location:
        entry.add("location", " ".join(location.split()))
    if url:
        entry.add("url", url)
    return entry


def event_ics(event, request):
    calendar = _calendar()
    calendar.add_component(event_vevent(event, request))
    return calendar.to_ical()


def events_ics(events, request, name):
    """A subscribable calendar of `events` (a listing's, with its filters), named `name` in calendar apps."""
    calendar = _calendar(**{"x-wr-calname": name, "x-wr-timezone": "Europe/Helsinki", "x-published-ttl": "PT1H"})
    for event in events:
        calendar.add_component(event_vevent(event, request))
    return calendar.to_ical()


def event_json_ld(event, request):
    if event.venue and event.online_link:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif event.online_link:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    locations = []
    if event.venue:
        lines = [line.strip() for line in event.venue.splitlines() if line.strip()]
        locations.append({"@type": "Place", "name": lines[0], "address": ", ".join(lines[1:]) or lines[0]})
    if event.online_link:
        locations.append({"@type": "VirtualLocation", "url": event.online_link})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": event.starts_at.isoformat(),
        "endDate": event.ends_at.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "inLanguage": event.locale.language_code,
        "url": page_absolute_url(event, request),
        "isAccessibleForFree": True,
    }
    if event.summary:
        data["description"] = event.summary
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
