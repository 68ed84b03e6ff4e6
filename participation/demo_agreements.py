"""The demo's agreement templates, in Finnish, Swedish and English, after seed 002's example of a developer-client
agreement (task, procedures, responsibilities, orientation, compensations, other matters; signed by the
organisation's representative and the person). Idempotent: a second load updates the same templates and saves
a new version only when the text has changed."""

from participation.models import AgreementTemplate, RegisterRole

SIGNATORY = {
    "fi": "Osallisuuskoordinaattori, hyvinvointialueen puolesta",
    "sv": "Delaktighetskoordinatorn, för välfärdsområdet",
    "en": "The participation coordinator, for the wellbeing services county",
}

TEMPLATES = [
    {
        "role": RegisterRole.DEVELOPER_CLIENT,
        "title": {
            "fi": "Kehittäjäasiakkaan sopimus",
            "sv": "Avtal för utvecklarklient",
            "en": "Developer client agreement",
        },
        "sections": [
            {
                "heading": {"fi": "1. Tehtävä", "sv": "1. Uppdraget", "en": "1. The task"},
                "text": {
                    "fi": "Kehität palveluja yhdessä alueen työntekijöiden kanssa omien kokemustesi pohjalta: "
                    "suunnittelet, kommentoit ja kerrot näkemyksesi. Tehtävän laajuudesta, sisällöstä ja kestosta "
                    "sovitaan yhdessä ennen kuin aloitat.",
                    "sv": "Du utvecklar tjänster tillsammans med områdets anställda utifrån dina egna erfarenheter: "
                    "du planerar, kommenterar och säger vad du tycker. Uppdragets omfattning, innehåll och längd "
                    "kommer vi överens om tillsammans innan du börjar.",
                    "en": "You develop services together with the county's staff, based on your own experience: "
                    "you plan, comment and give your view. We agree together on how large the task is, what it "
                    "contains and how long it lasts before you start.",
                },
            },
            {
                "heading": {
                    "fi": "2. Käytännön järjestelyt",
                    "sv": "2. Praktiska arrangemang",
                    "en": "2. Practical arrangements",
                },
                "text": {
                    "fi": "Käymme yhdessä läpi, missä ja milloin tapaamme, mitä tiloja ja välineitä tarvitset ja "
                    "miten saat tiedon tapaamisista. Kerro, jos tarvitset esimerkiksi tulkin tai esteettömän tilan.",
                    "sv": "Vi går tillsammans igenom var och när vi träffas, vilka lokaler och redskap du behöver och "
                    "hur du får veta om mötena. Säg till om du behöver till exempel tolk eller en tillgänglig lokal.",
                    "en": "We go through together where and when we meet, which rooms and tools you need and how you "
                    "hear of the meetings. Tell us if you need, for example, an interpreter or an accessible room.",
                },
            },
            {
                "heading": {"fi": "3. Vastuut", "sv": "3. Ansvar", "en": "3. Responsibilities"},
                "text": {
                    "fi": "Asiat, jotka kuulet toisten asiakkaiden tai työntekijöiden elämästä, ovat salassa "
                    "pidettäviä. Vaitiolovelvollisuus jatkuu sopimuksen päätyttyäkin.\n\n"
                    "Noudatat eettisiä ohjeita: kunnioitat muita, puhut omasta kokemuksestasi etkä toisten "
                    "puolesta.",
                    "sv": "Det du får veta om andra klienters eller anställdas liv är sekretessbelagt. Tystnadsplikten "
                    "gäller också efter att avtalet har upphört.\n\n"
                    "Du följer de etiska anvisningarna: du respekterar andra, talar om din egen erfarenhet och inte "
                    "för andras räkning.",
                    "en": "What you hear of other clients' or staff members' lives is confidential. The duty of "
                    "confidentiality goes on after the agreement has ended.\n\n"
                    "You follow the ethical guidelines: you respect others, and speak of your own experience, not "
                    "on behalf of others.",
                },
            },
            {
                "heading": {
                    "fi": "4. Perehdytys ja tuki",
                    "sv": "4. Introduktion och stöd",
                    "en": "4. Orientation and support",
                },
                "text": {
                    "fi": "Saat perehdytyksen ennen ensimmäistä tehtävää; pidempiin tehtäviin saat myös valmennusta. "
                    "Osallisuuskoordinaattori perehdyttää, ohjaa ja tukee sinua koko sopimuksen ajan.",
                    "sv": "Du får en introduktion före det första uppdraget; för längre uppdrag får du också "
                    "handledning. Delaktighetskoordinatorn introducerar, handleder och stöder dig under hela "
                    "avtalstiden.",
                    "en": "You get an orientation before your first task; for longer tasks you also get coaching. "
                    "The participation coordinator orients, guides and supports you for as long as the agreement "
                    "lasts.",
                },
            },
            {
                "heading": {"fi": "5. Korvaukset", "sv": "5. Ersättningar", "en": "5. Compensation"},
                "text": {
                    "fi": "Sinulle maksetaan palkkio sekä matkakulut. Palkkio ja matkakulut haetaan jokaisen "
                    "tehtävän jälkeen henkilökohtaisen linkin kautta.",
                    "sv": "Du får ett arvode och ersättning för resekostnader. Arvodet och resekostnaderna söks efter "
                    "varje uppdrag via din personliga länk.",
                    "en": "You are paid a fee and your travel costs. You claim the fee and the travel costs after "
                    "each task through your personal link.",
                },
            },
            {
                "heading": {"fi": "6. Muuta", "sv": "6. Övrigt", "en": "6. Other matters"},
                "text": {
                    "fi": "Voit lopettaa milloin tahansa kertomalla siitä koordinaattorille. Sopimus päättyy "
                    "viimeistään siinä mainittuna päivänä.",
                    "sv": "Du kan sluta när som helst genom att säga det till koordinatorn. Avtalet upphör senast den "
                    "dag som nämns i det.",
                    "en": "You can stop at any time by telling the coordinator. The agreement ends at the latest on "
                    "the day it names.",
                },
            },
        ],
    },
]

# The experts' agreement differs only in its title and compensation: expense compensation instead of a fee.
EXPERT = {
    "role": RegisterRole.EXPERT_BY_EXPERIENCE,
    "title": {
        "fi": "Kokemusasiantuntijan sopimus",
        "sv": "Avtal för erfarenhetsexpert",
        "en": "Expert by experience agreement",
    },
    "sections": [
        *TEMPLATES[0]["sections"][:4],
        {
            "heading": {"fi": "5. Korvaukset", "sv": "5. Ersättningar", "en": "5. Compensation"},
            "text": {
                "fi": "Sinulle maksetaan kulukorvaus sekä matkakulut. Ne haetaan jokaisen tehtävän jälkeen "
                "henkilökohtaisen linkin kautta.",
                "sv": "Du får kostnadsersättning och ersättning för resekostnader. De söks efter varje uppdrag via "
                "din personliga länk.",
                "en": "You are paid an expense compensation and your travel costs. You claim them after each task "
                "through your personal link.",
            },
        },
        TEMPLATES[0]["sections"][5],
    ],
}
TEMPLATES.append(EXPERT)


def load_agreement_templates(loader):
    for spec in TEMPLATES:
        source = None
        for code in ("fi", "sv", "en"):
            locale = loader.locales.get(code)
            if locale is None:
                continue
            template = AgreementTemplate.objects.filter(locale=locale, role=spec["role"]).order_by("pk").first()
            if template is None:
                template = AgreementTemplate(locale=locale, role=spec["role"])
                if source is not None:
                    template.translation_key = source.translation_key
            body = [
                ("section", {"heading": section["heading"][code], "text": section["text"][code]})
                for section in spec["sections"]
            ]
            changed = template.pk is None or (
                template.title != spec["title"][code]
                or template.signatory != SIGNATORY[code]
                or template.sections() != [{"heading": h, "text": t} for _kind, h, t in flat(body)]
            )
            template.title = spec["title"][code]
            template.signatory = SIGNATORY[code]
            template.body = body
            if changed:
                template.save()
                template.save_revision()
            source = source or template


def flat(body):
    return [(kind, value["heading"], value["text"]) for kind, value in body]
