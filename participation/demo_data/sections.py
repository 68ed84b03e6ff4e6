"""The section pages under the home page: the five listings and the feedback page."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


INDEX_PAGES = {
    "channels": {
        "slug": "kanavat",
        "slugs": {"sv": "kanaler", "en": "channels"},
        "title": t("Osallistumisen kanavat", "Kanaler för delaktighet", "Ways to take part"),
        "intro": t(
            "Verkostot, raadit, neuvostot ja ryhmät, joissa asukkaat ja asiakkaat kehittävät palveluja yhdessä "
            "ammattilaisten kanssa. Valitse itsellesi sopiva tapa.",
            "Nätverk, råd och grupper där invånare och klienter utvecklar tjänsterna tillsammans med yrkesfolk. "
            "Välj det sätt som passar dig.",
            "Networks, panels, councils and groups where residents and clients develop services together with "
            "professionals. Choose the way that suits you.",
        ),
    },
    "open_calls": {
        "slug": "avoimet-haut",
        "slugs": {"sv": "oppna-ansokningar", "en": "open-calls"},
        "title": t("Avoimet haut", "Öppna ansökningar", "Open calls"),
        "intro": t(
            "Haemme jäseniä asiakasraateihin ja kehittäjäasiakasryhmiin sekä uusia kokemusasiantuntijoita. "
            "Näet, mikä haku on auki, mikä alkaa pian ja mikä on jo päättynyt.",
            "Vi söker medlemmar till klientråd och utvecklarklientgrupper samt nya erfarenhetsexperter. Du ser "
            "vilka ansökningar som är öppna, vilka som öppnar snart och vilka som redan har stängt.",
            "We are looking for members for client panels and developer-client groups, and for new experts by "
            "experience. See which calls are open, which open soon and which have closed.",
        ),
    },
    "methods": {
        "slug": "menetelmat",
        "slugs": {"sv": "metoder", "en": "methods"},
        "title": t("Menetelmäkirjasto", "Metodbibliotek", "Method library"),
        "intro": t(
            "Käytännön ohjeet osallisuuden menetelmiin työntekijöille ja järjestöille: milloin menetelmä sopii, "
            "mitä se vaatii ja miten se tehdään vaihe vaiheelta.",
            "Praktiska anvisningar om metoder för delaktighet för personal och organisationer: när metoden passar, "
            "vad den kräver och hur den genomförs steg för steg.",
            "Practical guides to participation methods for staff and organisations: when a method fits, what it "
            "takes and how to run it step by step.",
        ),
    },
    "follow_ups": {
        "slug": "seuranta",
        "slugs": {"sv": "uppfoljning", "en": "follow-up"},
        "title": t("Päätösten seuranta", "Uppföljning av beslut", "Decision follow-up"),
        "intro": t(
            "Mitä asukkaiden esiin nostamille asioille on tapahtunut: missä vaiheessa asia on, kuka siitä vastaa "
            "ja mitä muuttui. Jos asiaa ei viety eteenpäin, kerromme syyn.",
            "Vad som har hänt med frågorna som invånarna har lyft fram: i vilket skede frågan är, vem som ansvarar "
            "och vad som ändrades. Om en fråga inte fördes vidare berättar vi varför.",
            "What has happened to the matters residents raised: what stage each is at, who is responsible and what "
            "changed. If a matter was not taken forward, we say why.",
        ),
    },
    "events": {
        "slug": "tapahtumat",
        "slugs": {"sv": "evenemang", "en": "events"},
        "title": t("Tapahtumat", "Evenemang", "Events"),
        "intro": t(
            "Kehittäjäkahvilat, asukasillat, työpajat ja neuvostojen avoimet kokoukset eri puolilla Pirkanmaata "
            "ja verkossa. Jokaisen tapahtuman kohdalla kerromme paikan esteettömyydestä.",
            "Utvecklarkaféer, invånarkvällar, workshoppar och rådens öppna möten runt om i Birkaland och på nätet. "
            "För varje evenemang berättar vi om hur tillgänglig platsen är.",
            "Developer cafés, residents' evenings, workshops and councils' open meetings around Pirkanmaa and "
            "online. For every event we describe how accessible the venue is.",
        ),
    },
}

FEEDBACK_PAGE = {
    "slug": "palaute",
    "slugs": {"sv": "respons", "en": "feedback"},
    "title": t(
        "Anna palautetta tai ehdota kehittämistä",
        "Ge respons eller föreslå förbättringar",
        "Give feedback or suggest an improvement",
    ),
    "summary": t(
        "Kerro kokemuksesi, ideasi tai kehittämistarpeesi. Voit vastata myös nimettömänä.",
        "Berätta om din erfarenhet, idé eller ett behov av utveckling. Du kan också svara anonymt.",
        "Tell us about your experience, an idea or something that needs improving. You can also answer anonymously.",
    ),
    "plain_summary": t(
        "Kerro, mikä on hyvin ja mikä pitäisi tehdä paremmin. Sinun ei tarvitse kertoa nimeäsi. "
        "Jos haluat vastauksen, kirjoita yhteystietosi.",
        "Berätta vad som är bra och vad som borde bli bättre. Du behöver inte uppge ditt namn. Om du vill ha svar, "
        "skriv dina kontaktuppgifter.",
        "Tell us what is good and what should be better. You do not have to give your name. If you want an answer, "
        "write your contact details.",
    ),
    "intro": [
        t(
            "Palaute ohjautuu suoraan sille yhteyshenkilölle, joka vastaa asiasta. Vastaamme kahden viikon "
            "kuluessa, jos jätät yhteystietosi.",
            "Responsen går direkt till den kontaktperson som ansvarar för frågan. Vi svarar inom två veckor om du "
            "lämnar dina kontaktuppgifter.",
            "Your feedback goes straight to the contact person responsible for the matter. We answer within two "
            "weeks if you leave your contact details.",
        ),
        t(
            "Jos asia vaatii muutoksia palveluun, se kirjataan Päätösten seuranta -osioon, jossa voit seurata sen "
            "etenemistä.",
            "Om frågan kräver ändringar i tjänsten förs den in under Uppföljning av beslut, där du kan följa hur "
            "den framskrider.",
            "If the matter calls for a change to a service, it is added to Decision follow-up, where you can follow "
            "its progress.",
        ),
    ],
    # A line in the body linking to the children's page (CHILDREN_FEEDBACK_PAGE, its title as the link text), so
    # that it is found from the general feedback page.
    "children_link": t("Lapsille ja nuorille:", "För barn och unga:", "For children and young people:"),
}

# A children's and young people's feedback page under the families' client panel, the family centre's channel: one
# question per screen, a picture scale and big buttons (its form: demo_data/forms.py, "kerro_meille").
CHILDREN_FEEDBACK_PAGE = {
    "slug": "kerro-meille",
    "slugs": {"sv": "beratta-for-oss", "en": "tell-us"},
    "channel": "perheiden-asiakasraati",
    "title": t("Kerro meille", "Berätta för oss", "Tell us"),
    "summary": t(
        "Lapset ja nuoret: kertokaa, miltä perhekeskuksessa tuntui. Vastaaminen vie pari minuuttia.",
        "Barn och unga: berätta hur det kändes på familjecentralen. Det tar ett par minuter att svara.",
        "Children and young people: tell us how it felt at the family centre. It takes a couple of minutes.",
    ),
    "plain_summary": t(
        "Kävitkö perhekeskuksessa? Kerro meille, miltä se tuntui. Voit vastata kuvilla. "
        "Sinun ei tarvitse kertoa nimeäsi.",
        "Var du på familjecentralen? Berätta för oss hur det kändes. Du kan svara med bilder. "
        "Du behöver inte säga ditt namn.",
        "Did you visit the family centre? Tell us how it felt. You can answer with pictures. "
        "You do not have to give your name.",
    ),
    "intro": [
        t(
            "Haluamme tietää, mitä lapset ja nuoret ajattelevat perhekeskuksesta. Luemme jokaisen vastauksen. "
            "Vastausten avulla teemme perhekeskuksesta paremman.",
            "Vi vill veta vad barn och unga tycker om familjecentralen. Vi läser varje svar. "
            "Med hjälp av svaren gör vi familjecentralen bättre.",
            "We want to know what children and young people think of the family centre. We read every answer. "
            "The answers help us make the family centre better.",
        ),
        t(
            "Kysymyksiä on kolme. Näet yhden kysymyksen kerrallaan. Voit palata edelliseen kysymykseen "
            "Takaisin-napilla. Voit pyytää aikuista auttamaan.",
            "Det finns tre frågor. Du ser en fråga i taget. Du kan gå tillbaka till förra frågan med knappen "
            "Tillbaka. Du kan be en vuxen om hjälp.",
            "There are three questions. You see one question at a time. You can go back to the last question with "
            "the Back button. You can ask a grown-up to help you.",
        ),
    ],
}
