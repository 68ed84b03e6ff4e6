"""The demo site's surveys: a closed one with its results published, and an open one, in fi, sv and en.

- The families' client panel asked about the family centre's opening hours. The survey has closed; 40 demo
  answers (in Finnish, Swedish and English, with a realistic spread and one option chosen by fewer than five) are
  counted on its page, with what the panel learned.
- The disability services client panel asks how accessible it is to use the services of the SOTE centre; the
  survey is open for another three weeks.

Texts are written for the demo from the facts of the seeds (a family centre whose services are developed with its
clients; accessibility for different groups). Loading again updates the pages and adds the demo answers once.
"""

import datetime

from django.utils import timezone, translation
from wagtail.models import Page

from forms_engine import easy_fields
from forms_engine.models import ReferenceCounter, Submission, SubmissionStatus
from participation.demo_data.forms import EMAIL, t
from participation.demo_forms import apply_form, load_groups
from participation.models import ChannelPage, SurveyPage

HOURS_SURVEY = {
    "channel": "perheiden-asiakasraati",
    "slug": "kysely-perhekeskuksen-aukioloajat",
    "slugs": {"sv": "enkat-familjecentralens-oppettider", "en": "survey-family-centre-opening-hours"},
    "title": t(
        "Kysely: perhekeskuksen aukioloajat",
        "Enkät: familjecentralens öppettider",
        "Survey: the family centre's opening hours",
    ),
    "summary": t(
        "Kysyimme perheiltä, milloin perhekeskuksessa olisi helpointa asioida. Tässä vastaukset ja mitä teemme.",
        "Vi frågade familjerna när det är lättast att besöka familjecentralen. Här är svaren och vad vi gör.",
        "We asked families when it is easiest for them to visit the family centre. Here are the answers and what we "
        "will do.",
    ),
    "intro": t(
        "Perheiden asiakasraati halusi tietää, sopivatko perhekeskuksen aukioloajat työssäkäyville vanhemmille ja "
        "perheille, joissa on pieniä lapsia. Kysely oli auki kolme viikkoa.",
        "Familjernas klientråd ville veta om familjecentralens öppettider passar föräldrar som arbetar och familjer "
        "med små barn. Enkäten var öppen i tre veckor.",
        "The families' client panel wanted to know whether the family centre's opening hours suit working parents "
        "and families with small children. The survey was open for three weeks.",
    ),
    "results_text": t(
        "<p>Useimmat vastaajat asioisivat mieluiten iltapäivällä kello 15 jälkeen, kun päiväkoti ja koulu ovat "
        "päättyneet. Nykyiset ajat, jotka päättyvät kello 15, sopivat huonosti monelle työssäkäyvälle.</p>"
        "<p>Kokeilemme keväällä, että neuvola on auki tiistaisin ja torstaisin kello 18 asti. Ajan voi jatkossa "
        "varata myös verkossa. Raati arvioi kokeilun kesäkuussa ja kertoo tuloksista tällä sivulla.</p>",
        "<p>De flesta som svarade skulle helst komma på eftermiddagen efter klockan 15, när daghemmet och skolan "
        "har slutat. De nuvarande tiderna, som slutar klockan 15, passar dåligt för många som arbetar.</p>"
        "<p>I vår prövar vi att rådgivningen är öppen till klockan 18 på tisdagar och torsdagar. Tider kan "
        "framöver också bokas på nätet. Klientrådet utvärderar försöket i juni och berättar om det här.</p>",
        "<p>Most people who answered would rather come in the afternoon after 3 pm, once day care and school are "
        "over. The current hours, which end at 3 pm, suit many working parents badly.</p>"
        "<p>This spring we will try keeping the child health clinic open until 6 pm on Tuesdays and Thursdays. "
        "Appointments can also be booked online. The panel reviews the trial in June and reports back here.</p>",
    ),
    "opens_in_days": -40,
    "closes_in_days": -19,
    "publish_results": True,
    "form": {
        "groups": ["raadit"],
        "handling_days": 30,
        "retention_days": 365,
        "heading": t("Vastaa kyselyyn", "Svara på enkäten", "Answer the survey"),
        "intro": t(
            "Kyselyyn vastataan nimettömänä. Vastaaminen vie noin kaksi minuuttia.",
            "Enkäten besvaras anonymt. Det tar ungefär två minuter.",
            "The survey is anonymous. It takes about two minutes.",
        ),
        "submit": t("Lähetä vastaukset", "Skicka svaren", "Send your answers"),
        "receipt": t(
            "Kiitos vastauksestasi! Julkaisemme tulokset tällä sivulla kyselyn päätyttyä.",
            "Tack för ditt svar! Vi publicerar resultaten på den här sidan när enkäten har stängt.",
            "Thank you for answering! We publish the results on this page once the survey has closed.",
        ),
        "fields": [
            {
                "name": "sopivuus",
                "type": "picture_scale",
                "label": t(
                    "Miten nykyiset aukioloajat sopivat perheellesi?",
                    "Hur passar de nuvarande öppettiderna din familj?",
                    "How well do the current opening hours suit your family?",
                ),
            },
            {
                "name": "aika",
                "type": "radio",
                "label": t(
                    "Mihin aikaan asioisit mieluiten?",
                    "Vilken tid skulle du helst komma?",
                    "When would you most like to come?",
                ),
                "choices": t(
                    "Aamulla ennen kello 9\nPäivällä kello 9–15\nIltapäivällä kello 15–18\nLauantaisin",
                    "På morgonen före klockan 9\nPå dagen klockan 9–15\nPå eftermiddagen klockan 15–18\nPå lördagar",
                    "In the morning before 9 am\nDuring the day, 9 am–3 pm\nIn the afternoon, 3–6 pm\nOn Saturdays",
                ),
            },
            {
                "name": "varaus",
                "type": "checkboxes",
                "required": False,
                "label": t(
                    "Miten haluaisit varata ajan?",
                    "Hur skulle du vilja boka en tid?",
                    "How would you like to book an appointment?",
                ),
                "choices": t(
                    "Puhelimella\nVerkossa\nChatissa\nPaikan päällä",
                    "Per telefon\nPå nätet\nI chatten\nPå plats",
                    "By phone\nOnline\nIn a chat\nIn person",
                ),
            },
            {
                "name": "muuta",
                "type": "multiline",
                "required": False,
                "label": t(
                    "Mitä muuta haluat kertoa?", "Vad mer vill du berätta?", "Is there anything else to tell us?"
                ),
            },
            {
                **EMAIL,
                "required": False,
                "help": t(
                    "Vain jos haluat kuittauksen tai tiedon tuloksista.",
                    "Bara om du vill ha en bekräftelse eller veta resultaten.",
                    "Only if you want a receipt or to hear of the results.",
                ),
            },
        ],
    },
}

ACCESSIBILITY_SURVEY = {
    "channel": "vammaispalvelujen-asiakasraati",
    "slug": "kysely-asioinnin-saavutettavuus",
    "slugs": {"sv": "enkat-tillganglighet", "en": "survey-accessibility"},
    "title": t(
        "Kysely: kuinka helppoa sote-keskuksessa on asioida?",
        "Enkät: hur lätt är det att uträtta ärenden på social- och hälsocentralen?",
        "Survey: how easy is it to use the services of the SOTE centre?",
    ),
    "summary": t(
        "Vammaispalvelujen asiakasraati kysyy, mikä asioinnissa on helppoa ja mikä vaikeaa. Vastaa viimeistään "
        "kolmen viikon kuluttua.",
        "Klientrådet för funktionshinderservice frågar vad som är lätt och vad som är svårt. Svara inom tre veckor.",
        "The disability services client panel asks what is easy and what is hard. Answer within three weeks.",
    ),
    "intro": t(
        "Kerro, miten pääset sote-keskukseen, löydätkö perille ja saatko tietoa sinulle sopivassa muodossa. "
        "Raati käy vastaukset läpi ja tekee niiden pohjalta ehdotuksia hyvinvointialueelle.",
        "Berätta hur du tar dig till social- och hälsocentralen, om du hittar rätt och om du får information i en "
        "form som passar dig. Klientrådet går igenom svaren och gör förslag till välfärdsområdet.",
        "Tell us how you get to the SOTE centre, whether you find your way and whether you get information in a form "
        "that suits you. The panel goes through the answers and makes proposals to the county.",
    ),
    "opens_in_days": -2,
    "closes_in_days": 21,
    "publish_results": False,
    "form": {
        "groups": ["vammaispalvelut"],
        "handling_days": 30,
        "retention_days": 365,
        "heading": t("Vastaa kyselyyn", "Svara på enkäten", "Answer the survey"),
        "intro": t(
            "Kyselyyn vastataan nimettömänä. Voit vastata myös puhelimessa: soita vammaispalvelujen neuvontaan.",
            "Enkäten besvaras anonymt. Du kan också svara per telefon: ring rådgivningen för funktionshinderservice.",
            "The survey is anonymous. You can also answer by phone: call the disability services advice line.",
        ),
        "submit": t("Lähetä vastaukset", "Skicka svaren", "Send your answers"),
        "receipt": t(
            "Kiitos vastauksestasi! Julkaisemme tulokset tällä sivulla kyselyn päätyttyä.",
            "Tack för ditt svar! Vi publicerar resultaten på den här sidan när enkäten har stängt.",
            "Thank you for answering! We publish the results on this page once the survey has closed.",
        ),
        "fields": [
            {
                "name": "kokemus",
                "type": "picture_scale",
                "label": t(
                    "Kuinka helppoa sote-keskuksessa on asioida?",
                    "Hur lätt är det att uträtta ärenden på centralen?",
                    "How easy is it to use the centre's services?",
                ),
            },
            {
                "name": "vaikeinta",
                "type": "checkboxes",
                "required": False,
                "label": t("Mikä on vaikeinta?", "Vad är svårast?", "What is hardest?"),
                "choices": t(
                    "Pääseminen paikalle\nOpasteet ja perille löytäminen\nAjanvaraus\nTiedon saaminen "
                    "selkokielellä\nOdotustilan äänet ja valot",
                    "Att ta sig dit\nSkyltar och att hitta rätt\nTidsbokning\nAtt få information på lättläst "
                    "språk\nLjud och ljus i väntrummet",
                    "Getting there\nSigns and finding the way\nBooking an appointment\nGetting information in plain "
                    "language\nNoise and lights in the waiting room",
                ),
            },
            {
                "name": "liikkuminen",
                "type": "dropdown",
                "required": False,
                "label": t(
                    "Käytätkö apuvälinettä liikkumiseen?",
                    "Använder du hjälpmedel för att röra dig?",
                    "Do you use a mobility aid?",
                ),
                "choices": t(
                    "En käytä\nKeppi tai rollaattori\nPyörätuoli\nOpaskoira tai valkoinen keppi",
                    "Nej\nKäpp eller rollator\nRullstol\nLedarhund eller vit käpp",
                    "No\nA stick or a walker\nA wheelchair\nA guide dog or a white cane",
                ),
            },
            {
                "name": "ehdotus",
                "type": "multiline",
                "required": False,
                "label": t("Mitä pitäisi korjata ensin?", "Vad borde rättas först?", "What should be fixed first?"),
            },
            {
                **EMAIL,
                "required": False,
                "help": t(
                    "Vain jos haluat kuittauksen tai tiedon tuloksista.",
                    "Bara om du vill ha en bekräftelse eller veta resultaten.",
                    "Only if you want a receipt or to hear of the results.",
                ),
            },
        ],
    },
}

# The closed survey's 40 demo answers: (language, picture scale step, time of day, booking ways), as positions of
# the options. "On Saturdays" is chosen by three, fewer than five, and is shown as such.
HOURS_ANSWERS = (
    [("fi", 1, 2, [0, 1])] * 9
    + [("fi", 0, 2, [1])] * 6
    + [("fi", 2, 1, [0])] * 6
    + [("fi", 3, 0, [0, 3])] * 4
    + [("fi", 1, 3, [1, 2])] * 3
    + [("sv", 1, 2, [1])] * 4
    + [("sv", 2, 1, [0])] * 2
    + [("sv", 3, 0, [1, 2])] * 2
    + [("en", 0, 2, [1])] * 2
    + [("en", 4, 1, [])] * 1
    + [("en", 2, 0, [3])] * 1
)


def _local_datetime(days, hh_mm):
    hour, minute = (int(part) for part in hh_mm.split(":"))
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _options(spec, name, code):
    field = next(field for field in spec["form"]["fields"] if field["name"] == name)
    if field["type"] == easy_fields.PICTURE_SCALE_FIELD_TYPE:
        with translation.override(code):
            return easy_fields.default_scale_labels()
    return field["choices"][code].split("\n")


def load_survey(loader, spec, groups):
    source = loader.locales[loader.source]
    channel = ChannelPage.objects.get(locale=source, slug=spec["channel"])
    pages = loader.upsert_page(
        channel,
        SurveyPage,
        spec["slug"],
        lambda code: {
            "title": spec["title"][code],
            "summary": spec["summary"][code],
            "intro": spec["intro"][code],
            "opens_at": _local_datetime(spec["opens_in_days"], "09:00"),
            "closes_at": _local_datetime(spec["closes_in_days"], "16:00"),
            "publish_results": spec["publish_results"],
            "results_text": spec["results_text"][code] if "results_text" in spec else "",
        },
        slugs=spec["slugs"],
    )
    apply_form(pages[loader.source], spec["form"], groups)
    return pages


def add_hours_answers(pages):
    """The closed survey's demo answers, once, sent during its answering period in each language's page."""
    source = pages["fi"]
    if Submission.objects.filter(page__translation_key=source.translation_key).exists():
        return
    spec = HOURS_SURVEY
    today = timezone.localdate()
    period = source.closes_at - source.opens_at
    for position, (code, scale, time_of_day, booking) in enumerate(HOURS_ANSWERS):
        page = pages.get(code) or source
        language = page.locale.language_code
        submission = Submission.objects.create(
            page=Page.objects.get(pk=page.pk),
            form_data={
                "sopivuus": _options(spec, "sopivuus", language)[scale],
                "aika": _options(spec, "aika", language)[time_of_day],
                "varaus": [_options(spec, "varaus", language)[index] for index in booking],
                "muuta": "",
                "sahkoposti": "",
            },
            reference=ReferenceCounter.next_reference(today.year),
            language=language,
            due_date=None,  # a survey's answers await no reply (SurveyPage.answers_need_reply)
            status=SubmissionStatus.CLOSED,
            retain_until=today + datetime.timedelta(days=365),
            consent_text="",
            consent_at=timezone.now(),
        )
        sent_at = source.opens_at + period * (position + 0.5) / len(HOURS_ANSWERS)
        Submission.objects.filter(pk=submission.pk).update(submit_time=sent_at, consent_at=sent_at)


def load_surveys_content(loader):
    groups = load_groups()
    hours = load_survey(loader, HOURS_SURVEY, groups)
    add_hours_answers(hours)
    load_survey(loader, ACCESSIBILITY_SURVEY, groups)
    loader.log("Surveys added: one closed with its results, one open.")
