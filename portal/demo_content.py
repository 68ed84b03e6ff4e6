"""The site shell's demo content: home page, information pages, privacy notice, accessibility statement."""

import datetime

from portal import demo_data
from portal.demo import body_stream, paragraphs_html
from portal.demo_media import load_demo_media
from portal.models import AccessibilityStatementPage, HomePage, SiteSettings, StandardPage


def page_text(spec, code):
    """A standard page's text in one language, as it is read aloud for its listening version."""
    parts = [spec["title"][code], spec["plain_summary"][code], spec["summary"][code]]
    parts += [item["heading"][code] if "heading" in item else item[code] for item in spec["body"]]
    return "\n\n".join(part.rstrip(".") + "." for part in parts)


def load_site_shell(loader):
    home = demo_data.HOME
    loader.upsert_home(
        HomePage,
        lambda code: {
            "title": home["title"][code],
            "intro": home["intro"][code],
            "plain_summary": home["plain_summary"][code],
        },
    )
    privacy_pages = None
    for spec in demo_data.STANDARD_PAGES:
        media = None
        if spec.get("has_media"):
            # A captioned video with its transcript, a sign-language version and the page read aloud (demo_media).
            media = load_demo_media(
                loader,
                listen_texts={code: page_text(spec, code) for code in loader.language_codes},
            )
        pages = loader.upsert_page(
            loader.home,
            StandardPage,
            spec["slug"],
            lambda code, spec=spec, media=media: {
                "title": spec["title"][code],
                "summary": spec["summary"][code],
                "plain_summary": spec["plain_summary"][code],
                "body": body_stream(spec["body"], code, media["video"][code] if media else None),
                "show_in_menus": spec.get("show_in_menus", False),
                **(
                    {"sign_language_video": media["sign_language_video"], "listen_audio": media["listen_audio"][code]}
                    if media
                    else {}
                ),
            },
            slugs=spec["slugs"],
        )
        if spec.get("is_privacy_notice"):
            privacy_pages = pages

    statement = demo_data.ACCESSIBILITY_STATEMENT
    loader.upsert_page(
        loader.home,
        AccessibilityStatementPage,
        statement["slug"],
        lambda code: {
            "title": statement["title"][code],
            "summary": statement["summary"][code],
            "compliance_status": statement["compliance_status"],
            "non_accessible_content": paragraphs_html(statement["non_accessible_content"], code),
            "assessment_date": datetime.date.fromisoformat(statement["assessment_date"]),
            "assessment_method": statement["assessment_method"][code],
            "feedback_instructions": paragraphs_html([statement["feedback_instructions"]], code),
            "supervisory_authority": paragraphs_html([statement["supervisory_authority"]], code),
        },
        slugs=statement["slugs"],
    )

    site = loader.home.get_site()
    site_settings = SiteSettings.for_site(site)
    details = demo_data.SITE
    site_settings.organisation_name = details["organisation_name"][loader.source]
    site_settings.contact_email = details["contact_email"]
    site_settings.contact_phone = details["contact_phone"]
    site_settings.postal_address = details["postal_address"][loader.source]
    site_settings.organisation_name_sv = details["organisation_name"]["sv"]
    site_settings.organisation_name_en = details["organisation_name"]["en"]
    site_settings.postal_address_sv = details["postal_address"]["sv"]
    site_settings.postal_address_en = details["postal_address"]["en"]
    site_settings.accessibility_feedback_email = details["accessibility_feedback_email"]
    if privacy_pages:
        site_settings.privacy_notice_page = privacy_pages[loader.source]
    site_settings.save()
