import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from participation.models import FollowUpPage, FollowUpStatus, FollowUpStatusEntry
from tests.participation.factories import (
    ChannelPageFactory,
    FollowUpPageFactory,
    MethodPageFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db


def titles(response):
    return [item.title for item in response.context["listing"].items]


def test_method_library_filters_by_phase_level_and_target_group(client, sections):
    children = TargetGroupFactory(name="Lapset", slug="lapset")
    budgeting = MethodPageFactory(
        parent=sections.methods,
        title="Osallistuva budjetointi",
        for_decision_making=True,
        participation_level="co_decision",
    )
    budgeting.target_groups.add(children)
    budgeting.save_revision().publish()
    MethodPageFactory(
        parent=sections.methods, title="Pop up -haastattelu", for_planning=True, participation_level="consultation"
    )

    assert titles(client.get("/fi/menetelmat/?vaihe=decide")) == ["Osallistuva budjetointi"]
    assert titles(client.get("/fi/menetelmat/?taso=consultation")) == ["Pop up -haastattelu"]
    assert titles(client.get("/fi/menetelmat/?kohderyhma=lapset")) == ["Osallistuva budjetointi"]
    assert titles(client.get("/fi/menetelmat/?vaihe=nothing")) == ["Osallistuva budjetointi", "Pop up -haastattelu"]


def test_method_page_shows_steps_in_order_and_where_it_was_used(client, sections):
    method = MethodPageFactory(
        parent=sections.methods,
        slug="kehittajakahvila",
        steps=[
            ("step", {"title": "Valitse teema", "text": "<p>Teema tulee asiakkailta.</p>"}),
            ("step", {"title": "Kutsu osallistujat", "text": "<p>Kutsu selkokielellä.</p>"}),
        ],
    )
    follow_up = FollowUpPageFactory(parent=sections.follow_ups, title="Aukioloajat pidemmiksi")
    follow_up.methods.add(method)
    follow_up.save_revision().publish()

    html = client.get(method.url).content.decode()

    assert html.index("Valitse teema") < html.index("Kutsu osallistujat")
    assert '<ol class="steps">' in html
    assert "Aukioloajat pidemmiksi" in html


def test_follow_up_status_is_the_latest_timeline_entry(sections):
    today = timezone.localdate()
    follow_up = FollowUpPageFactory(
        parent=sections.follow_ups,
        timeline_entries=[
            FollowUpStatusEntry(date=today - datetime.timedelta(days=20), status="received", note="Saapui."),
            FollowUpStatusEntry(date=today, status="decided", note="Päätetty."),
            FollowUpStatusEntry(
                date=today - datetime.timedelta(days=10), status="in_preparation", note="Valmistelussa."
            ),
        ],
    )

    assert FollowUpPage.objects.get(pk=follow_up.pk).status == FollowUpStatus.DECIDED


def test_not_taken_forward_needs_a_reason(sections):
    follow_up = FollowUpPageFactory.build(
        timeline_entries=[FollowUpStatusEntry(date=timezone.localdate(), status="not_taken_forward", note="Ei edetä.")],
        reason_not_taken_forward="",
    )

    with pytest.raises(ValidationError) as error:
        follow_up.clean()

    assert "reason_not_taken_forward" in error.value.message_dict


def test_follow_up_page_shows_timeline_reason_channel_and_methods(client, sections):
    channel = ChannelPageFactory(parent=sections.channels, title="Vammaisneuvosto", slug="vammaisneuvosto")
    method = MethodPageFactory(parent=sections.methods, title="Dialoginen kehittäminen")
    follow_up = FollowUpPageFactory(
        parent=sections.follow_ups,
        slug="asia",
        reason_not_taken_forward="Tilat eivät sovellu, koska rakennus puretaan.",
        timeline_entries=[
            FollowUpStatusEntry(date=datetime.date(2026, 9, 1), status="received", note="Saapui raadilta."),
            FollowUpStatusEntry(
                date=datetime.date(2026, 10, 15),
                status="not_taken_forward",
                note="Käsitelty johtoryhmässä.",
                decision_link="https://example.fi/paatos/1",
            ),
        ],
    )
    follow_up.channels.add(channel)
    follow_up.methods.add(method)
    follow_up.save_revision().publish()

    html = client.get(follow_up.url).content.decode()

    # The status is a tag with its text, not colour alone.
    assert 'Tila:</strong> <span class="status status--not_taken_forward">Ei edennyt</span>' in html
    assert "Tilat eivät sovellu, koska rakennus puretaan." in html
    assert html.index("1.9.2026") < html.index("15.10.2026")
    assert 'href="https://example.fi/paatos/1"' in html
    assert '<a href="/fi/kanavat/vammaisneuvosto/">Vammaisneuvosto</a>' in html
    assert "Dialoginen kehittäminen" in html


def test_follow_up_listing_filters_by_status(client, sections):
    FollowUpPageFactory(parent=sections.follow_ups, title="Vastaanotettu asia")
    FollowUpPageFactory(
        parent=sections.follow_ups,
        title="Toteutettu asia",
        timeline_entries=[FollowUpStatusEntry(date=timezone.localdate(), status="implemented", note="Valmis.")],
    )

    assert titles(client.get("/fi/seuranta/?tila=implemented")) == ["Toteutettu asia"]
    assert len(titles(client.get("/fi/seuranta/"))) == 2
