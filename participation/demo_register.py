"""The demo's register of experts by experience and developer clients (issue 16): invented people, a few assignments
in each state, agreements and a fee claim, so that a newcomer sees the register at work in the admin and its
figures on the public statistics page.

Everyone here is invented: the names are obviously made up and every address is at example.fi. The steps go
through the register's own functions (offering, answering, marking done, sending and accepting an agreement, the
claim form), so that the data is what the real screens make and each step is in the audit log as it would be.
Their emails are queued in the outbox like any others (a dozen or so, to example.fi addresses).

Loaded once: when the demo people are already in the register, nothing is done (a second load changes nothing,
and a person a coordinator erased from the demo is not brought back).
"""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from wagtail.log_actions import log
from wagtail.models import Locale

from participation.demo_data.forms import GROUPS
from participation.models import (
    Agreement,
    AgreementTemplate,
    Area,
    Assignment,
    FeeClaim,
    FeeClass,
    RegisterLanguage,
    RegisterProfile,
    RegisterRole,
    TargetGroup,
)
from participation.register import assignments, claims
from participation.register.agreement_pages import record_acceptance
from participation.register.agreements import send_agreement
from participation.register.claims_views import save_claim

FI, SV, SAMI, SIGN, EN = (
    RegisterLanguage.FINNISH,
    RegisterLanguage.SWEDISH,
    RegisterLanguage.SAMI,
    RegisterLanguage.SIGN,
    RegisterLanguage.ENGLISH,
)
EXPERT, DEVELOPER, PEER, PANEL = (
    RegisterRole.EXPERT_BY_EXPERIENCE,
    RegisterRole.DEVELOPER_CLIENT,
    RegisterRole.PEER_SUPPORTER,
    RegisterRole.PANEL_MEMBER,
)

CONSENT = (
    "Annan luvan tallentaa tietoni kokemusasiantuntijoiden ja kehittäjäasiakkaiden rekisteriin. Tietojani "
    "käytetään vain tehtävien tarjoamiseen, sopimuksiin ja palkkioiden maksamiseen. Voin pyytää tietojeni "
    "poistamista milloin tahansa."
)

# (key, name, email, phone, languages, roles, areas, target groups, training, availability, days since consent,
# days until the end date: negative for one who has left the register).
PEOPLE = [
    (
        "aino",
        "Aino Esimerkki",
        "aino.esimerkki@example.fi",
        "040 000 0001",
        [FI],
        [EXPERT, DEVELOPER],
        ["tampere"],
        ["mielenterveys-ja-paihde"],
        "Kokemusasiantuntijakoulutus 2025.",
        "Arkisin iltapäivisin, myös etänä.",
        400,
        700,
    ),
    (
        "bertil",
        "Bertil Påhittad",
        "bertil.pahittad@example.fi",
        "040 000 0002",
        [SV, FI],
        [DEVELOPER],
        ["kangasala"],
        ["ikaantyneet"],
        "Perehdytys kehittäjäasiakkaaksi keväällä.",
        "Tiistaisin ja torstaisin.",
        300,
        500,
    ),
    (
        "kaija",
        "Kaija Kuvitteellinen",
        "kaija.kuvitteellinen@example.fi",
        "",
        [SIGN, FI],
        [EXPERT],
        ["koko-pirkanmaa"],
        ["vammaiset"],
        "Kokemusasiantuntijakoulutus 2024.",
        "Tarvitsee viittomakielen tulkin; tulkki tilataan tehtävän yhteydessä.",
        500,
        400,
    ),
    (
        "niila",
        "Niila Keksitty",
        "niila.keksitty@example.fi",
        "040 000 0004",
        [SAMI, FI],
        [DEVELOPER, PANEL],
        ["koko-pirkanmaa"],
        ["saamelaiset"],
        "Perehdytys kehittäjäasiakkaaksi.",
        "Mieluiten etänä.",
        250,
        600,
    ),
    (
        "pirjo",
        "Pirjo Malli",
        "pirjo.malli@example.fi",
        "040 000 0005",
        [FI],
        [PEER],
        ["nokia"],
        ["omaishoitajat"],
        "Vertaistukijakoulutus.",
        "Aamupäivisin.",
        600,
        300,
    ),
    (
        "ville",
        "Ville Testinen",
        "ville.testinen@example.fi",
        "040 000 0006",
        [FI, EN],
        [EXPERT, PEER],
        ["tampere"],
        ["nuoret", "mielenterveys-ja-paihde"],
        "Kokemusasiantuntijakoulutus 2025.",
        "Iltaisin ja viikonloppuisin.",
        200,
        650,
    ),
    (
        "stina",
        "Stina Exempelsson",
        "stina.exempelsson@example.fi",
        "040 000 0007",
        [SV],
        [PANEL, DEVELOPER],
        ["ylojarvi"],
        ["lapsiperheet"],
        "",
        "Kerran kuukaudessa raadin kokouksiin.",
        150,
        550,
    ),
    (
        "oskari",
        "Oskari Kokeilu",
        "oskari.kokeilu@example.fi",
        "040 000 0008",
        [FI],
        [PANEL, DEVELOPER],
        ["lempaala"],
        ["ikaantyneet"],
        "Perehdytys asiakasraatiin.",
        "Arkisin.",
        350,
        450,
    ),
    (
        "maija",
        "Maija Mielikuva",
        "maija.mielikuva@example.fi",
        "040 000 0009",
        [FI, SIGN],
        [EXPERT],
        ["akaa"],
        ["vammaiset", "omaishoitajat"],
        "Kokemusasiantuntijakoulutus 2023.",
        "Sopimuksen mukaan.",
        800,
        200,
    ),
    # Left the register last month: the "ended" filter shows her until her retention date.
    (
        "helka",
        "Helka Entinen",
        "helka.entinen@example.fi",
        "",
        [FI],
        [EXPERT],
        ["tampere"],
        ["lapsiperheet"],
        "Kokemusasiantuntijakoulutus 2022.",
        "",
        900,
        -30,
    ),
]

# An address from the range kept for documentation (RFC 5737), as if the person had accepted from there.
DEMO_ADDRESS = "192.0.2.10"
# A standard example account number (it passes the checksum); no one's real account.
DEMO_IBAN = "FI2112345600000785"


def coordinator():
    """The demo's experts-by-experience coordinator (participation.demo_forms), the one who does the steps."""
    email = GROUPS["kokemusasiantuntijat"]["coordinator"][2]
    return get_user_model().objects.filter(email=email).first()


def terms(model, slugs):
    default = Locale.get_default()
    return list(model.objects.filter(locale=default, slug__in=slugs))


def load_people(user, now):
    today = timezone.localdate()
    people = {}
    for key, name, email, phone, languages, roles, areas, groups, training, availability, since, until in PEOPLE:
        person = RegisterProfile(
            name=name,
            email=email,
            phone=phone,
            languages=[str(code) for code in languages],
            roles=[str(role) for role in roles],
            training=training,
            availability=availability,
            consent_text=CONSENT,
            consent_at=now - datetime.timedelta(days=since),
            end_date=today + datetime.timedelta(days=until),
        )
        person.save()
        person.areas.set(terms(Area, areas))
        person.target_groups.set(terms(TargetGroup, groups))
        log(person, "wagtail.create", user=user)
        people[key] = person
    # Added to the register when they gave their consent, as far as the figures are concerned.
    for person in people.values():
        RegisterProfile.objects.filter(pk=person.pk).update(created_at=person.consent_at)
    return people


def new_assignment(user, days, **fields):
    area = fields.pop("area", None)
    group = fields.pop("target_group", None)
    assignment = Assignment.objects.create(
        date=timezone.localdate() + datetime.timedelta(days=days),
        area=terms(Area, [area])[0] if area else None,
        target_group=terms(TargetGroup, [group])[0] if group else None,
        **fields,
    )
    log(assignment, "wagtail.create", user=user)
    return assignment


def load_assignments(user, people, root_url):
    open_one = new_assignment(
        user,
        24,
        task="Kokemuspuheenvuoro nuorten mielenterveyspalvelujen henkilöstöpäivillä, noin 30 minuuttia, ja "
        "keskustelu puheenvuoron jälkeen.",
        start_time=datetime.time(13, 0),
        place="Tampereen pääkirjasto, Pietilän sali",
        orderer_name="Terttu Tilaaja",
        orderer_email="terttu.tilaaja@example.fi",
        organisation="Nuorten mielenterveyspalvelut",
        area="tampere",
        target_group="nuoret",
        fee_class=FeeClass.EXPENSES,
        fee_amount="60.00",
    )
    confirmed = new_assignment(
        user,
        12,
        task="Kehittäjäasiakkaana ikäihmisten kotihoidon asiakaskirjeen kommentointi työpajassa.",
        start_time=datetime.time(10, 0),
        place="Kangasalan kunnantalo, kokoushuone 2",
        orderer_name="Kalle Kotihoito",
        orderer_email="kalle.kotihoito@example.fi",
        organisation="Kotihoito",
        area="kangasala",
        target_group="ikaantyneet",
        fee_class=FeeClass.FEE,
        fee_amount="80.00",
    )
    done_online = new_assignment(
        user,
        -75,
        task="Vammaispalvelujen asiakasraadin työpaja: hakemuslomakkeen selkeyttäminen.",
        start_time=datetime.time(12, 30),
        place="Etänä Teamsissa (tulkki paikalla)",
        orderer_name="Liisa Lähde",
        orderer_email="vammaispalvelut@example.fi",
        organisation="Vammaispalvelut",
        area="koko-pirkanmaa",
        target_group="vammaiset",
        fee_class=FeeClass.EXPENSES,
        fee_amount="50.00",
    )
    done_at_library = new_assignment(
        user,
        -40,
        task="Kokemusasiantuntija omaishoitajien vertaisillassa: oma tarina ja kysymyksiä.",
        start_time=datetime.time(17, 0),
        place="Nokian kirjasto",
        organisation="Omaishoidon tuki",
        area="nokia",
        target_group="omaishoitajat",
        fee_class=FeeClass.TRAVEL,
    )

    # Looking for a person: the first one asked declined, the second has not answered yet.
    declined = assignments.offer_to(open_one, people["aino"], user, root_url)
    assignments.answer(declined, accept=False, root_url=root_url)
    assignments.offer_to(open_one, people["ville"], user, root_url)

    assignments.answer(assignments.offer_to(confirmed, people["bertil"], user, root_url), accept=True)

    done = []
    for assignment, person, hours, attendance in (
        (done_online, people["kaija"], "3.0", 14),
        (done_at_library, people["pirjo"], "2.5", 22),
    ):
        offer = assignments.offer_to(assignment, person, user, root_url)
        assignments.answer(offer, accept=True, root_url=root_url)
        assignments.assignment_done(assignment, user, hours=hours, attendance=attendance)
        # As the done view does: the person is asked for their claim in the same transaction.
        claims.invite_to_claim(assignments.accepted_offer(assignment), root_url=root_url)
        done.append(assignment)
    backdate(done)
    # Pirjo drove to the library and has sent her claim; Kaija took part online and has not claimed yet.
    return assignments.accepted_offer(done_at_library)


def backdate(done):
    """The offers of past assignments were made and answered before their day, and the assignments marked done
    the day after it (the steps above ran today)."""
    tz = timezone.get_current_timezone()
    for assignment in done:
        day = datetime.datetime.combine(assignment.date, datetime.time(9, 0), tzinfo=tz)
        assignment.offers.update(
            offered_at=day - datetime.timedelta(days=21), answered_at=day - datetime.timedelta(days=20)
        )
        Assignment.objects.filter(pk=assignment.pk).update(done_at=day + datetime.timedelta(days=1))


def load_claim(offer):
    """The person's fee and travel claim as the claim form saves it, waiting for the coordinator's approval."""
    form = claims.ClaimForm(
        data={
            "kilometres": "24",
            "route": "Siuro – Nokian kirjasto – Siuro",
            "ticket_costs": "",
            "bank_account": DEMO_IBAN,
            "note": "Ajoin omalla autolla, koska iltabussia ei ollut.",
        }
    )
    if not form.is_valid():
        raise ValueError(f"The demo claim is not valid: {form.errors.as_json()}")
    with translation.override("fi"):
        save_claim(None, offer, form)
    # Sent two days after the assignment was marked done.
    done_at = Assignment.objects.values_list("done_at", flat=True).get(pk=offer.assignment_id)
    FeeClaim.objects.filter(offer=offer).update(sent_at=done_at + datetime.timedelta(days=2))


def load_agreements(user, people):
    def template(role, language):
        return AgreementTemplate.objects.filter(locale__language_code=language, role=role).order_by("pk").first()

    today = timezone.localdate()
    developer = template(RegisterRole.DEVELOPER_CLIENT, "fi")
    if developer is not None:
        accepted = send_agreement(
            Agreement(
                person=people["aino"], template=developer, language="fi", ends_on=today + datetime.timedelta(days=300)
            ),
            user,
        )
        record_acceptance(accepted, people["aino"].name, DEMO_ADDRESS)
    swedish = template(RegisterRole.DEVELOPER_CLIENT, "sv")
    if swedish is not None:
        # Sent in Swedish, not accepted yet.
        send_agreement(
            Agreement(
                person=people["bertil"], template=swedish, language="sv", ends_on=today + datetime.timedelta(days=400)
            ),
            user,
        )


def load_register_content(loader):
    if RegisterProfile.objects.filter(email__in=[spec[2] for spec in PEOPLE]).exists():
        loader.log("The demo register is there already.")
        return
    from participation.alerts.sending import site_root_url

    user = coordinator()
    now = timezone.now()
    root_url = site_root_url()
    with transaction.atomic():
        people = load_people(user, now)
        claim_offer = load_assignments(user, people, root_url)
        load_claim(claim_offer)
        load_agreements(user, people)
    loader.log(f"The demo register: {len(people)} people, {Assignment.objects.count()} assignments.")
