"""The forms of the demo site: coordinator groups and a sensible form for every kind of form page.

Texts are {"fi": …, "sv": …, "en": …}. Field names (`name`) are the same in every language, so answers,
exports and routing rules do not depend on the language the form was sent in.
"""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


GROUPS = {
    "osallisuus": {
        "name": "Osallisuuskoordinaattorit",
        "coordinator": ("Kaisa", "Koordinaattori", "osallisuus.koordinaattori@example.fi"),
    },
    "raadit": {
        "name": "Asiakasraatien koordinaattorit",
        "coordinator": ("Mikko", "Raatinen", "asiakasraadit@example.fi"),
    },
    "kokemusasiantuntijat": {
        "name": "Kokemusasiantuntijatoiminnan koordinaattorit",
        "coordinator": ("Sanna", "Kokemus", "kokemusasiantuntijat@example.fi"),
    },
    "tapahtumat": {
        "name": "Tapahtumien järjestäjät",
        "coordinator": ("Pekka", "Tapahtuma", "tapahtumat@example.fi"),
    },
    "vammaispalvelut": {
        "name": "Vammaispalvelujen koordinaattorit",
        "coordinator": ("Liisa", "Lähde", "vammaispalvelut@example.fi"),
    },
    # Applications that say a person is Sámi tell their ethnic origin: only this work's coordinators see them.
    "saamelaiset": {
        "name": "Saamelaisen asiakasosallisuuden koordinaattorit",
        "coordinator": ("Elina", "Korhonen", "saamelainen.osallisuus@example.fi"),
    },
}

NAME = {"name": "nimi", "type": "singleline", "label": t("Nimi", "Namn", "Name")}
EMAIL = {
    "name": "sahkoposti",
    "type": "email",
    "label": t("Sähköposti", "E-post", "Email"),
    "help": t(
        "Lähetämme kuittauksen ja vastauksen tähän osoitteeseen.",
        "Vi skickar en bekräftelse och vårt svar till den här adressen.",
        "We send the receipt and our answer to this address.",
    ),
}
PHONE = {"name": "puhelin", "type": "singleline", "required": False, "label": t("Puhelin", "Telefon", "Phone")}
MUNICIPALITY = {
    "name": "kunta",
    "type": "singleline",
    "required": False,
    "label": t("Kotikunta", "Hemkommun", "Municipality"),
}
NEEDS = {
    "name": "tarpeet",
    "type": "multiline",
    "required": False,
    "label": t(
        "Tarvitsetko tulkkausta, avustajaa tai muuta järjestelyä?",
        "Behöver du tolkning, assistent eller andra arrangemang?",
        "Do you need interpretation, an assistant or other arrangements?",
    ),
}

FORMS = {
    "open_call": {
        "groups": ["raadit"],
        "handling_days": 21,
        "retention_days": 730,
        "heading": t("Hae mukaan", "Ansök", "Apply"),
        "intro": t(
            "Kerro itsestäsi omin sanoin. Kokemuksesi palveluista on tärkein pätevyys.",
            "Berätta om dig själv med egna ord. Din erfarenhet av tjänsterna är den viktigaste meriten.",
            "Tell us about yourself in your own words. Your experience of the services is what counts most.",
        ),
        "submit": t("Lähetä hakemus", "Skicka ansökan", "Send the application"),
        "receipt": t(
            "Koordinaattori lukee kaikki hakemukset haun päätyttyä ja ottaa yhteyttä jokaiseen hakijaan. "
            "Valituille järjestetään perehdytys ennen ensimmäistä tapaamista.",
            "Koordinatorn läser alla ansökningar när ansökningstiden har gått ut och kontaktar varje sökande. "
            "De som väljs får en introduktion före det första mötet.",
            "The coordinator reads every application after the call closes and contacts each applicant. "
            "Those chosen get an orientation before the first meeting.",
        ),
        "fields": [
            NAME,
            EMAIL,
            PHONE,
            MUNICIPALITY,
            {
                "name": "kokemus",
                "type": "multiline",
                "label": t(
                    "Millainen kokemus sinulla on palveluista?",
                    "Vilken erfarenhet har du av tjänsterna?",
                    "What experience do you have of the services?",
                ),
            },
            {
                "name": "yhteydenotto",
                "type": "radio",
                "label": t("Miten otamme yhteyttä?", "Hur kontaktar vi dig?", "How should we contact you?"),
                "choices": t("Sähköposti\nPuhelin", "E-post\nTelefon", "Email\nPhone"),
            },
            NEEDS,
        ],
    },
    "event": {
        "groups": ["tapahtumat"],
        "handling_days": 7,
        "retention_days": 180,
        "heading": t("Ilmoittaudu", "Anmäl dig", "Register"),
        "intro": t(
            "Jos paikat ovat täynnä, pääset jonoon ja kerromme, jos paikka vapautuu.",
            "Om platserna är fulla kommer du på väntelistan och vi meddelar om en plats blir ledig.",
            "If the places are full, you join the waiting list and we tell you if a place becomes free.",
        ),
        "submit": t("Ilmoittaudu", "Anmäl dig", "Register"),
        "receipt": t(
            "Tule paikalle vähän ennen alkua. Jos tarvitset tulkkausta tai avustajaa etkä kertonut siitä"
            " ilmoittautuessasi, ota meihin yhteyttä viikkoa ennen tapahtumaa.",
            "Kom gärna en stund före start. Om du behöver tolkning eller assistent och inte nämnde det i din"
            " anmälan, kontakta oss en vecka före evenemanget.",
            "Please arrive a little before the start. If you need interpretation or an assistant and did not say so"
            " when you registered, contact us a week before the event.",
        ),
        "fields": [
            NAME,
            {**EMAIL, "required": True},
            {
                "name": "rooli",
                "type": "dropdown",
                "label": t("Osallistun", "Jag deltar som", "I take part as"),
                "choices": t(
                    "Asukkaana tai asiakkaana\nKokemusasiantuntijana\nJärjestön edustajana\nAmmattilaisena",
                    "Invånare eller klient\nErfarenhetsexpert\nRepresentant för en organisation\nYrkesperson",
                    "A resident or client\nAn expert by experience\nAn organisation's representative\nA professional",
                ),
            },
            NEEDS,
        ],
    },
    "method": {
        "groups": ["osallisuus"],
        "handling_days": 10,
        "retention_days": 365,
        "heading": t("Pyydä suunnitteluapua", "Be om hjälp med planeringen", "Request planning help"),
        "intro": t(
            "Osallisuuskoordinaattori auttaa valitsemaan menetelmän ja suunnittelemaan toteutuksen.",
            "Delaktighetskoordinatorn hjälper dig att välja metod och planera genomförandet.",
            "A participation coordinator helps you choose the method and plan how to carry it out.",
        ),
        "submit": t("Lähetä pyyntö", "Skicka begäran", "Send the request"),
        "receipt": t(
            "Koordinaattori ottaa sinuun yhteyttä ja sopii kanssasi suunnittelutapaamisen.",
            "Koordinatorn kontaktar dig och kommer överens om ett planeringsmöte.",
            "A coordinator contacts you to agree on a planning meeting.",
        ),
        "fields": [
            NAME,
            {**EMAIL, "required": True},
            {
                "name": "yksikko",
                "type": "singleline",
                "label": t("Yksikkö tai palvelu", "Enhet eller tjänst", "Unit or service"),
            },
            {
                "name": "tavoite",
                "type": "multiline",
                "label": t("Mitä haluatte kehittää?", "Vad vill ni utveckla?", "What do you want to develop?"),
            },
            {
                "name": "aikataulu",
                "type": "singleline",
                "required": False,
                "label": t("Toivottu aikataulu", "Önskad tidtabell", "Preferred schedule"),
            },
        ],
    },
    "feedback": {
        "groups": ["osallisuus"],
        "handling_days": 14,
        "retention_days": 730,
        "heading": t("Anna palautetta tai ehdota", "Ge respons eller föreslå", "Give feedback or suggest"),
        "intro": t(
            "Voit kirjoittaa nimettömänä. Jos haluat vastauksen, jätä sähköpostiosoite.",
            "Du kan skriva anonymt. Om du vill ha svar, lämna din e-postadress.",
            "You can write anonymously. If you want an answer, leave your email address.",
        ),
        "submit": t("Lähetä palaute", "Skicka respons", "Send feedback"),
        "receipt": t(
            "Palaute ohjataan koordinaattorille, joka käsittelee sen kahden viikon kuluessa ja vie sen tarvittaessa "
            "päätösten seurantaan.",
            "Responsen går till en koordinator som behandlar den inom två veckor och vid behov för den vidare till "
            "uppföljningen av besluten.",
            "Your feedback goes to a coordinator who handles it within two weeks and, where needed, takes it to the "
            "decision follow-up.",
        ),
        "fields": [
            {
                "name": "aihe",
                "type": "radio",
                "label": t("Mitä viestisi koskee?", "Vad gäller ditt meddelande?", "What is your message about?"),
                "choices": t(
                    "Palaute palvelusta\nKehittämisidea\nKehittämistarve\nVammaispalvelut",
                    "Respons om en tjänst\nUtvecklingsidé\nUtvecklingsbehov\nFunktionshinderservice",
                    "Feedback on a service\nAn idea\nA development need\nDisability services",
                ),
            },
            {"name": "viesti", "type": "multiline", "label": t("Viestisi", "Ditt meddelande", "Your message")},
            {**NAME, "required": False},
            {**EMAIL, "required": False},
        ],
        "routing": [
            {
                "field": "aihe",
                "value": t("Vammaispalvelut", "Funktionshinderservice", "Disability services"),
                "group": "vammaispalvelut",
            }
        ],
    },
    "experts_order": {
        "groups": ["kokemusasiantuntijat"],
        "handling_days": 5,
        "retention_days": 730,
        "heading": t("Tilaa kokemusasiantuntija", "Beställ en erfarenhetsexpert", "Order an expert by experience"),
        "intro": t(
            "Ammattilainen tilaa kokemusasiantuntijan tästä yhden luukun kautta.",
            "Yrkespersoner beställer en erfarenhetsexpert här, via en enda kanal.",
            "Professionals order an expert by experience here, through one window.",
        ),
        "submit": t("Lähetä tilaus", "Skicka beställningen", "Send the order"),
        "receipt": t(
            "Koordinaattori etsii sopivan kokemusasiantuntijan ja vahvistaa tilauksen viiden arkipäivän kuluessa.",
            "Koordinatorn söker en lämplig erfarenhetsexpert och bekräftar beställningen inom fem vardagar.",
            "The coordinator finds a suitable expert by experience and confirms the order within five working days.",
        ),
        "fields": [
            {"name": "organisaatio", "type": "singleline", "label": t("Organisaatio", "Organisation", "Organisation")},
            NAME,
            {**EMAIL, "required": True},
            {"name": "tarkoitus", "type": "multiline", "label": t("Tarkoitus", "Syfte", "Purpose")},
            {"name": "paivamaara", "type": "date", "label": t("Päivämäärä", "Datum", "Date")},
            {"name": "yleiso", "type": "singleline", "label": t("Kohdeyleisö", "Publik", "Audience")},
            {"name": "teema", "type": "singleline", "label": t("Teema", "Tema", "Theme")},
            {
                "name": "palkkio",
                "type": "singleline",
                "required": False,
                "label": t("Palkkiobudjetti", "Arvodesbudget", "Fee budget"),
            },
        ],
    },
    "channel_contact": {
        "groups": ["raadit"],
        "handling_days": 14,
        "retention_days": 365,
        "heading": t("Kysy lisää tai ilmoita kiinnostuksesi", "Fråga mer eller anmäl intresse", "Ask or show interest"),
        "intro": t(
            "Koordinaattori vastaa kysymyksiin ja kertoo, miten mukaan pääsee.",
            "Koordinatorn svarar på frågor och berättar hur man kan delta.",
            "The coordinator answers questions and tells how to take part.",
        ),
        "submit": t("Lähetä", "Skicka", "Send"),
        "receipt": t(
            "Koordinaattori vastaa sinulle kahden viikon kuluessa.",
            "Koordinatorn svarar dig inom två veckor.",
            "The coordinator answers you within two weeks.",
        ),
        "fields": [
            NAME,
            {**EMAIL, "required": True},
            {"name": "viesti", "type": "multiline", "label": t("Viestisi", "Ditt meddelande", "Your message")},
        ],
    },
}

# The call that invites "a short audio or video message" takes one with its application (forms_engine/attachments.py).
AUDIO_OR_VIDEO_MESSAGE = {
    "name": "aani_tai_videoviesti",
    "type": "file",
    "required": False,
    "file_kinds": "audio,video",
    "file_max_mb": 20,
    "label": t("Ääni- tai videoviesti", "Ljud- eller videomeddelande", "Audio or video message"),
    "help": t(
        "Voit kirjoittamisen sijaan tai lisäksi kertoa kokemuksestasi lyhyellä ääni- tai videoviestillä. Vain "
        "haun koordinaattorit kuulevat sen.",
        "I stället för att skriva, eller utöver det, kan du berätta om din erfarenhet i ett kort ljud- eller "
        "videomeddelande. Bara koordinatorerna för ansökan hör det.",
        "Instead of writing, or as well, you can tell us about your experience in a short audio or video message. "
        "Only the call's coordinators hear it.",
    ),
}
FORMS["open_call_with_message"] = {
    **FORMS["open_call"],
    # The expert-by-experience training call: its applications go to that work's coordinators, not the panels'.
    "groups": ["kokemusasiantuntijat"],
    "fields": [
        *[
            {**field, "required": False} if field["name"] == "kokemus" else field
            for field in FORMS["open_call"]["fields"]
        ],
        AUDIO_OR_VIDEO_MESSAGE,
    ],
}
# The call for Sámi developer clients: some speak Sámi but do not read or write it, so a phone number is enough to
# apply (the coordinator calls back), the written answers are optional and an audio message can replace them.
FORMS["open_call_saame"] = {
    **FORMS["open_call"],
    "groups": ["saamelaiset"],
    "intro": t(
        "Voit vastata suomeksi tai saameksi. Jos kirjoittaminen on vaikeaa, jätä nimesi ja puhelinnumerosi: "
        "koordinaattori soittaa sinulle.",
        "Du kan svara på finska eller samiska. Om det är svårt att skriva, lämna ditt namn och telefonnummer: "
        "koordinatorn ringer dig.",
        "You can answer in Finnish or Sámi. If writing is hard, leave your name and phone number: the coordinator "
        "will call you.",
    ),
    "receipt": t(
        "Koordinaattori soittaa sinulle haun päätyttyä. Puhelussa voit puhua suomea, tai järjestämme tulkin "
        "saamen kielelle.",
        "Koordinatorn ringer dig när ansökningstiden har gått ut. I samtalet kan du tala finska, eller så ordnar "
        "vi en tolk till samiska.",
        "The coordinator will phone you after the call closes. You can speak Finnish on the phone, or we arrange "
        "an interpreter for Sámi.",
    ),
    "fields": [
        NAME,
        {
            **PHONE,
            "required": True,
            "help": t(
                "Koordinaattori soittaa sinulle tähän numeroon.",
                "Koordinatorn ringer dig på det här numret.",
                "The coordinator calls you on this number.",
            ),
        },
        {**EMAIL, "required": False},
        MUNICIPALITY,
        {
            "name": "saamen_kieli",
            "type": "checkboxes",
            "required": False,
            "label": t(
                "Mitä saamen kieltä puhut?", "Vilket samiskt språk talar du?", "Which Sámi language do you speak?"
            ),
            "help": t("Voit valita useamman.", "Du kan välja flera.", "You can choose more than one."),
            "choices": t(
                "Pohjoissaame\nInarinsaame\nKoltansaame",
                "Nordsamiska\nEnaresamiska\nSkoltsamiska",
                "Northern Sámi\nInari Sámi\nSkolt Sámi",
            ),
        },
        {
            "name": "kokemus",
            "type": "multiline",
            "required": False,
            "label": t(
                "Millainen kokemus sinulla tai läheiselläsi on kotihoidosta?",
                "Vilken erfarenhet har du eller en närstående av hemvården?",
                "What experience do you or someone close to you have of home care?",
            ),
        },
        {
            **AUDIO_OR_VIDEO_MESSAGE,
            "name": "aaniviesti",
            "label": t("Ääniviesti", "Ljudmeddelande", "Audio message"),
            "file_kinds": "audio",
            "help": t(
                "Voit kirjoittamisen sijaan kertoa itsestäsi ääniviestillä saameksi tai suomeksi. Vain haun "
                "koordinaattorit kuulevat sen.",
                "I stället för att skriva kan du berätta om dig själv i ett ljudmeddelande på samiska eller finska. "
                "Bara koordinatorerna för ansökan hör det.",
                "Instead of writing, you can tell us about yourself in an audio message in Sámi or Finnish. Only "
                "the call's coordinators hear it.",
            ),
        },
        NEEDS,
    ],
}
# Open calls (by slug) whose form is not the plain "open_call".
OPEN_CALL_FORMS = {
    "kokemusasiantuntijakoulutuksen-haku": "open_call_with_message",
    "saamelaiset-kehittajaasiakkaat-kotihoitoon": "open_call_saame",
}

# The children's and young people's feedback (sections.CHILDREN_FEEDBACK_PAGE): one question per screen in large
# type, a picture scale with its default labels ("Tosi huono" … "Tosi hyvä"), big buttons and one short optional
# text; no name or email asked.
FORMS["kerro_meille"] = {
    "groups": ["raadit"],
    "handling_days": 14,
    "retention_days": 365,
    "one_question_per_screen": True,
    "heading": t("Vastaa kysymyksiin", "Svara på frågorna", "Answer the questions"),
    "intro": t(
        "Valitse kuva tai nappi, joka sopii sinulle parhaiten.",
        "Välj den bild eller knapp som passar dig bäst.",
        "Choose the picture or button that fits you best.",
    ),
    "submit": t("Lähetä vastaukset", "Skicka svaren", "Send the answers"),
    "receipt": t(
        "Kiitos! Perhekeskuksen aikuiset lukevat kaikki vastaukset. Kerromme tällä sivustolla, mitä teemme "
        "vastausten avulla.",
        "Tack! De vuxna på familjecentralen läser alla svar. Vi berättar på den här webbplatsen vad vi gör med "
        "hjälp av svaren.",
        "Thank you! The grown-ups at the family centre read every answer. We tell you on this website what we do "
        "with the answers.",
    ),
    "fields": [
        {
            "name": "tunne",
            "type": "picture_scale",
            "label": t(
                "Miltä sinusta tuntui käydä perhekeskuksessa?",
                "Hur kändes det att vara på familjecentralen?",
                "How did it feel to visit the family centre?",
            ),
        },
        {
            "name": "paras",
            "type": "big_buttons",
            "label": t("Mikä oli parasta?", "Vad var bäst?", "What was best?"),
            "choices": t(
                "Aikuiset kuuntelivat minua\nLeikit ja lelut\nSain apua\nEn osaa sanoa",
                "De vuxna lyssnade på mig\nLekarna och leksakerna\nJag fick hjälp\nJag vet inte",
                "The grown-ups listened to me\nThe games and toys\nI got help\nI don't know",
            ),
        },
        {
            "name": "toive",
            "type": "singleline",
            "required": False,
            "label": t("Mitä haluaisit muuttaa?", "Vad skulle du vilja ändra?", "What would you like to change?"),
            "help": t(
                "Voit kirjoittaa muutaman sanan. Älä kirjoita nimeäsi.",
                "Du kan skriva några ord. Skriv inte ditt namn.",
                "You can write a few words. Do not write your name.",
            ),
        },
    ],
}
# Feedback pages (by slug) whose form is not the plain "feedback".
FEEDBACK_FORMS = {"kerro-meille": "kerro_meille"}

# Which channel kinds carry which form; the others have none.
CHANNEL_FORMS = {
    "experts_by_experience": "experts_order",
    "client_panel": "channel_contact",
    "developer_clients": "channel_contact",
    "peer_support": "channel_contact",
}
# Channels (by slug) whose form is not their kind's: the Sámi group's questions go to its own coordinators.
FORMS["channel_contact_saame"] = {**FORMS["channel_contact"], "groups": ["saamelaiset"]}
CHANNEL_SLUG_FORMS = {"saamelaisten-kehittajaasiakasryhma": "channel_contact_saame"}
