"""An event as an iCalendar file ("add to calendar") and as schema.org Event JSON-LD for search engines."""

import json

from django.utils.html import strip_tags
from icalendar import Calendar, Event

JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _plain(text):
    return strip_tags(text or "").strip()


def event_ics(event, request):
    calendar = Calendar()
    calendar.add("prodid", "-//Osallistu ja vaikuta//events//FI")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = Event()
    entry.add("uid", f"{event.translation_key}-{event.locale.language_code}@{request.get_host()}")
    entry.add("dtstamp", event.last_published_at or event.latest_revision_created_at or event.starts_at)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    description = "\n\n".join(part for part in [event.summary, event.full_url] if part)
    if description:
        entry.add("description", description)
    location = event.venue or event.online_link
    if location:
        entry.add("location", " ".join(location.split()))
    if event.full_url:
        entry.add("url", event.full_url)
    calendar.add_component(entry)
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
        "url": event.get_full_url(request),
        "isAccessibleForFree": True,
    }
    if event.summary:
        data["description"] = event.summary
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    return json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
