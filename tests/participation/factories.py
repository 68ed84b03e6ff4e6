import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from participation.models import (
    Area,
    ChannelIndexPage,
    ChannelKind,
    ChannelPage,
    EventIndexPage,
    EventPage,
    FeedbackFormPage,
    FollowUpIndexPage,
    FollowUpPage,
    FollowUpStatusEntry,
    MethodLibraryPage,
    MethodPage,
    OpenCallIndexPage,
    OpenCallPage,
    ParticipationLevel,
    SurveyPage,
    TargetGroup,
)


class TargetGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kohderyhmä {n}")
    slug = factory.Sequence(lambda n: f"kohderyhma-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = TargetGroup


class AreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kunta {n}")
    slug = factory.Sequence(lambda n: f"kunta-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Area


class ChannelIndexPageFactory(wagtail_factories.PageFactory):
    title = "Osallistumisen kanavat"
    slug = "kanavat"
    show_in_menus = True

    class Meta:
        model = ChannelIndexPage


class ChannelPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Asiakasraati {n}")
    kind = ChannelKind.CLIENT_PANEL
    summary = "Raati kehittää palveluja yhdessä työntekijöiden kanssa."
    participation_level = ParticipationLevel.CO_DEVELOPMENT
    meeting_rhythm = "Kuusi kertaa vuodessa"

    class Meta:
        model = ChannelPage


class OpenCallIndexPageFactory(wagtail_factories.PageFactory):
    title = "Avoimet haut"
    slug = "avoimet-haut"
    show_in_menus = True

    class Meta:
        model = OpenCallIndexPage


class OpenCallPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Haku asiakasraatiin {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    places = 8

    class Meta:
        model = OpenCallPage


class MethodLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Menetelmäkirjasto"
    slug = "menetelmat"
    show_in_menus = True

    class Meta:
        model = MethodLibraryPage


class MethodPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Menetelmä {n}")
    for_development = True
    participation_level = ParticipationLevel.DIALOGUE
    steps = factory.LazyFunction(lambda: [("step", {"title": "Suunnittele", "text": "<p>Sovi tavoite.</p>"})])

    class Meta:
        model = MethodPage


class FollowUpIndexPageFactory(wagtail_factories.PageFactory):
    title = "Päätösten seuranta"
    slug = "seuranta"
    show_in_menus = True

    class Meta:
        model = FollowUpIndexPage


class FollowUpPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Asia {n}")
    matter = "<p>Asiakasraati ehdotti muutosta.</p>"
    origin_kind = "channel"
    raised_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    timeline_entries = factory.LazyFunction(
        lambda: [FollowUpStatusEntry(date=timezone.localdate(), status="received", note="Vastaanotettu.")]
    )

    class Meta:
        model = FollowUpPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tapahtumat"
    slug = "tapahtumat"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kehittäjäkahvila {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda page: page.starts_at + datetime.timedelta(hours=2))
    venue = "Tampereen pääkirjasto Metso\nPirkankatu 2, Tampere"
    venue_accessibility = "<p>Esteetön sisäänkäynti ja induktiosilmukka.</p>"
    capacity = 30

    class Meta:
        model = EventPage


class FeedbackFormPageFactory(wagtail_factories.PageFactory):
    title = "Anna palautetta"
    slug = "palaute"

    class Meta:
        model = FeedbackFormPage


class SurveyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kysely {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=5))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))

    class Meta:
        model = SurveyPage
