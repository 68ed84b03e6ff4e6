"""Demo texts of the site shell for Pirkanmaa: home page, information pages, privacy notice, accessibility statement."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


SITE = {
    "organisation_name": t(
        "Pirkanmaan hyvinvointialue",
        "Birkalands välfärdsområde",
        "Pirkanmaa Wellbeing Services County",
    ),
    "contact_email": "osallisuus@pirha.example",
    "contact_phone": "040 000 1000",
    "postal_address": t(
        # The footer shows the organisation's name above the address: the address starts at the unit.
        "Osallisuuspalvelut\nPL 000\n33101 Tampere",
        "Delaktighetstjänster\nPB 000\n33101 Tammerfors",
        "Participation services\nPO Box 000\nFI-33101 Tampere",
    ),
    "accessibility_feedback_email": "saavutettavuus@pirha.example",
}

HOME = {
    "title": t("Osallistu ja vaikuta", "Delta och påverka", "Participate and influence"),
    "intro": t(
        "Täältä löydät tavat osallistua Pirkanmaan sote-palvelujen kehittämiseen: asiakasraadit, "
        "vaikuttajaverkoston, kokemusasiantuntijat, tapahtumat ja avoimet haut. Voit antaa palautetta ja seurata, "
        "mitä esiin nostetuille asioille tapahtuu.",
        "Här hittar du sätt att delta i utvecklingen av social- och hälsovården i Birkaland: klientråd, "
        "påverkarnätverket, erfarenhetsexperter, evenemang och öppna ansökningar. Du kan ge respons och följa vad "
        "som händer med frågorna som lyfts fram.",
        "Find the ways to take part in developing health and social services in Pirkanmaa: client panels, the "
        "influencer network, experts by experience, events and open calls. Give feedback and follow what happens "
        "to the matters people raise.",
    ),
    "plain_summary": t(
        "Voit kertoa, mitä ajattelet sote-palveluista. Voit tulla mukaan ryhmään tai tapahtumaan. "
        "Näet täältä, mitä palautteelle tapahtuu.",
        "Du kan säga vad du tycker om social- och hälsovården. Du kan gå med i en grupp eller komma till ett "
        "evenemang. Här ser du vad som händer med responsen.",
        "You can say what you think about health and social services. You can join a group or come to an event. "
        "Here you can see what happens to feedback.",
    ),
}

STANDARD_PAGES = [
    {
        "slug": "tietoa-osallisuudesta",
        "slugs": {"sv": "om-delaktighet", "en": "about-participation"},
        "show_in_menus": True,
        # A video made at load time, a sign-language version and the page read aloud (portal/demo_media.py).
        "has_media": True,
        "title": t("Tietoa osallisuudesta", "Om delaktighet", "About participation"),
        "summary": t(
            "Miksi asukkaiden ja asiakkaiden kokemus kuuluu palvelujen kehittämiseen ja miten hyvinvointialue sen "
            "järjestää.",
            "Varför invånarnas och klienternas erfarenheter hör till utvecklingen av tjänsterna och hur "
            "välfärdsområdet ordnar det.",
            "Why residents' and clients' experience belongs in developing services, and how the county organises it.",
        ),
        "plain_summary": t(
            "Sinun kokemuksesi on tärkeä. Kun kerrot sen, palvelut voivat muuttua paremmiksi. "
            "Osallistuminen on vapaaehtoista.",
            "Din erfarenhet är viktig. När du berättar om den kan tjänsterna bli bättre. Det är frivilligt att delta.",
            "Your experience matters. When you share it, services can get better. Taking part is voluntary.",
        ),
        "body": [
            {"heading": t("Yhteinen tahtotila", "En gemensam vilja", "A shared will")},
            t(
                "Osallisuuden edistäminen tarkoittaa sote-keskuksen ja perhekeskuksen tietoisia tekoja, joilla "
                "asiakkaat pääsevät mukaan suunnittelemaan, kehittämään ja arvioimaan palveluja. Työntekijöillä on "
                "yhteiset käsitteet ja laatukriteerit, ja osaamista syvennetään yhdessä oppimalla.",
                "Att främja delaktighet betyder medvetna åtgärder i social- och hälsocentralen och familjecentret, "
                "så att klienterna kan vara med och planera, utveckla och utvärdera tjänsterna. Personalen har "
                "gemensamma begrepp och kvalitetskriterier och fördjupar sitt kunnande genom att lära tillsammans.",
                "Promoting participation means deliberate action by the health and social services centre and the "
                "family centre so that clients can help plan, develop and evaluate services. Staff share concepts "
                "and quality criteria and deepen their skills by learning together.",
            ),
            {"heading": t("Kanavat, menetelmät ja tieto", "Kanaler, metoder och kunskap", "Channels, methods, data")},
            t(
                "Osallistua voi monella tavalla: vaikuttajaverkostossa, asiakasraadeissa, kehittäjäasiakkaana, "
                "kokemusasiantuntijana tai vertaisryhmässä. Kehittämisessä käytetään yhteisiä menetelmiä, kuten "
                "osallistuvaa budjetointia ja lapsivaikutusten arviointia. Asukkaiden hyvinvointi- ja kokemustietoa "
                "kerätään säännöllisesti, ja asukkaat ovat mukana myös tiedon tulkinnassa.",
                "Man kan delta på många sätt: i påverkarnätverket, i klientråd, som utvecklarklient, som "
                "erfarenhetsexpert eller i en kamratgrupp. Utvecklingsarbetet använder gemensamma metoder, som "
                "deltagande budgetering och bedömning av konsekvenser för barn. Information om invånarnas välfärd och "
                "erfarenheter samlas in regelbundet, och invånarna är med och tolkar den.",
                "There are many ways to take part: in the influencer network, in client panels, as a developer "
                "client, as an expert by experience or in a peer group. Development uses shared methods such as "
                "participatory budgeting and child impact assessment. Data on residents' wellbeing and experience is "
                "gathered regularly, and residents help interpret it.",
            ),
            {"heading": t("Avoimuus", "Öppenhet", "Openness")},
            t(
                "Jokainen esiin nostettu asia saa vastauksen. Päätösten seuranta -osiossa näet, mihin asia on "
                "edennyt, kuka siitä vastaa ja mitä muuttui. Jos asiaa ei viedä eteenpäin, kerromme aina syyn.",
                "Varje fråga som lyfts fram får ett svar. Under Uppföljning av beslut ser du hur långt frågan har "
                "kommit, vem som ansvarar för den och vad som ändrades. Om en fråga inte förs vidare berättar vi "
                "alltid varför.",
                "Every matter raised gets an answer. Under Decision follow-up you can see how far it has got, who is "
                "responsible and what changed. If a matter is not taken forward, we always say why.",
            ),
        ],
    },
    {
        "slug": "kasitteet",
        "slugs": {"sv": "begrepp", "en": "concepts"},
        "title": t("Osallisuuden käsitteet", "Begrepp inom delaktighet", "Participation concepts"),
        "summary": t(
            "Lyhyet selitykset sanoille, joita sivustolla käytetään.",
            "Korta förklaringar av orden som används på webbplatsen.",
            "Short explanations of the words used on this site.",
        ),
        "plain_summary": t(
            "Tällä sivulla selitetään vaikeita sanoja.",
            "På den här sidan förklaras svåra ord.",
            "This page explains difficult words.",
        ),
        "body": [
            {"heading": t("Asiakasraati", "Klientråd", "Client panel")},
            t(
                "Palvelun käyttäjien ryhmä, joka kokoontuu antamaan näkemyksensä tietystä palvelusta tai asiasta.",
                "En grupp av tjänsteanvändare som träffas för att ge sin syn på en viss tjänst eller fråga.",
                "A group of service users who meet to give their views on a particular service or question.",
            ),
            {"heading": t("Kehittäjäasiakas", "Utvecklarklient", "Developer client")},
            t(
                "Asiakas tai omainen, joka on sopimuksella mukana kehittämässä palveluja omien kokemustensa pohjalta.",
                "En klient eller anhörig som enligt avtal deltar i att utveckla tjänsterna utifrån sina erfarenheter.",
                "A client or family member who helps develop services from their own experience under an agreement.",
            ),
            {"heading": t("Kokemusasiantuntija", "Erfarenhetsexpert", "Expert by experience")},
            t(
                "Koulutettu henkilö, joka käyttää omaa sairauden, kuntoutumisen tai palvelujen käytön kokemustaan "
                "ammattilaisten työparina, koulutuksissa ja kehittämisessä.",
                "En utbildad person som använder sin egen erfarenhet av sjukdom, rehabilitering eller tjänster som "
                "arbetspar till yrkesfolk, i utbildningar och i utvecklingsarbete.",
                "A trained person who uses their own experience of illness, recovery or services alongside "
                "professionals, in training and in development work.",
            ),
            {"heading": t("Vaikuttajaverkosto", "Påverkarnätverk", "Influencer network")},
            t(
                "Järjestöjen, vaikuttamistoimielinten ja kokemusasiantuntijoiden edustajista koottu verkosto, jossa "
                "asiat kulkevat kumpaankin suuntaan: asukkailta hyvinvointialueelle ja takaisin.",
                "Ett nätverk av företrädare för organisationer, påverkansorgan och erfarenhetsexperter, där frågor "
                "går åt båda hållen: från invånarna till välfärdsområdet och tillbaka.",
                "A network of representatives of organisations, advisory councils and experts by experience, where "
                "matters travel both ways: from residents to the county and back.",
            ),
        ],
    },
    {
        "slug": "tietosuojaseloste",
        "slugs": {"sv": "dataskyddsbeskrivning", "en": "privacy-notice"},
        "is_privacy_notice": True,
        "title": t("Tietosuojaseloste", "Dataskyddsbeskrivning", "Privacy notice"),
        "summary": t(
            "Miten käsittelemme tietoja, jotka annat lomakkeilla, ilmoittautuessasi ja tilatessasi seurantaa.",
            "Hur vi behandlar uppgifter som du lämnar i formulär, vid anmälan och när du prenumererar på uppföljning.",
            "How we handle the information you give in forms, when you sign up and when you subscribe to updates.",
        ),
        "plain_summary": t(
            "Kerromme, mitä tietoja sinusta tallennetaan. Kerromme myös, kuinka kauan tiedot säilyvät. "
            "Voit pyytää tietosi nähtäväksi tai poistettavaksi.",
            "Vi berättar vilka uppgifter om dig som sparas. Vi berättar också hur länge de sparas. Du kan be att få "
            "se dina uppgifter eller att de raderas.",
            "We tell you what information about you is stored. We also tell you how long it is kept. You can ask to "
            "see your information or to have it erased.",
        ),
        "body": [
            {"heading": t("Rekisterinpitäjä", "Personuppgiftsansvarig", "Controller")},
            t(
                "Rekisterinpitäjä on Pirkanmaan hyvinvointialue. Tietosuojavastaavan tavoitat osoitteesta "
                "tietosuoja@pirha.example.",
                "Personuppgiftsansvarig är Birkalands välfärdsområde. Dataskyddsombudet nås på "
                "tietosuoja@pirha.example.",
                "The controller is Pirkanmaa Wellbeing Services County. You can reach the data protection officer at "
                "tietosuoja@pirha.example.",
            ),
            {"heading": t("Mitä tietoja käsittelemme", "Vilka uppgifter vi behandlar", "What we handle")},
            t(
                "Vain ne tiedot, jotka itse annat lomakkeella: esimerkiksi nimesi, yhteystietosi ja viestisi. "
                "Palautteen voi antaa myös nimettömänä. Emme käytä seurantaevästeitä emmekä lähetä tietoja "
                "kolmansille osapuolille.",
                "Endast de uppgifter som du själv lämnar i formuläret: till exempel ditt namn, dina kontaktuppgifter "
                "och ditt meddelande. Respons kan också ges anonymt. Vi använder inga spårningskakor och lämnar inte "
                "ut uppgifter till tredje part.",
                "Only what you give us in the form: for example your name, contact details and message. Feedback can "
                "also be given anonymously. We use no tracking cookies and pass no data to third parties.",
            ),
            {"heading": t("Käyttötarkoitus ja säilytys", "Ändamål och lagring", "Purpose and retention")},
            t(
                "Tietoja käytetään asiasi käsittelyyn, sinulle vastaamiseen ja tilastoihin, joissa ketään ei voi "
                "tunnistaa. Jokaisella lomakkeella on oma säilytysaikansa, jonka jälkeen tiedot poistetaan "
                "automaattisesti.",
                "Uppgifterna används för att behandla ditt ärende, svara dig och för statistik där ingen kan "
                "identifieras. Varje formulär har en egen lagringstid, varefter uppgifterna raderas automatiskt.",
                "The information is used to handle your matter, to answer you and for statistics in which no one can "
                "be identified. Each form has its own retention period, after which the data is erased "
                "automatically.",
            ),
            {"heading": t("Oikeutesi", "Dina rättigheter", "Your rights")},
            t(
                "Sinulla on oikeus saada tietää, mitä tietoja sinusta on tallennettu, pyytää niiden korjaamista tai "
                "poistamista ja tehdä valitus tietosuojavaltuutetulle.",
                "Du har rätt att få veta vilka uppgifter om dig som har sparats, att begära att de rättas eller "
                "raderas och att klaga hos dataombudsmannen.",
                "You have the right to know what is stored about you, to ask for it to be corrected or erased, and "
                "to complain to the Data Protection Ombudsman.",
            ),
        ],
    },
]

ACCESSIBILITY_STATEMENT = {
    "slug": "saavutettavuusseloste",
    "slugs": {"sv": "tillganglighetsutlatande", "en": "accessibility-statement"},
    "title": t("Saavutettavuusseloste", "Tillgänglighetsutlåtande", "Accessibility statement"),
    "summary": t(
        "Miten saavutettava Osallistu ja vaikuta -palvelu on ja miten voit kertoa puutteista.",
        "Hur tillgänglig tjänsten Delta och påverka är och hur du kan meddela brister.",
        "How accessible the Participate and influence service is and how to report problems.",
    ),
    "compliance_status": "partial",
    "non_accessible_content": [
        t(
            "Osa vanhoista PDF-liitteistä ei ole saavutettavia. Saat niiden sisällön pyynnöstä saavutettavassa "
            "muodossa.",
            "En del äldre PDF-bilagor är inte tillgängliga. Du får innehållet i tillgänglig form på begäran.",
            "Some older PDF attachments are not accessible. You can get their content in an accessible form on "
            "request.",
        ),
        t(
            "Tapahtumien tallenteista puuttuu osin tekstitys. Tekstitämme tallenteet viimeistään kahden viikon "
            "kuluessa tapahtumasta.",
            "En del evenemangsinspelningar saknar textning. Vi textar inspelningarna senast två veckor efter "
            "evenemanget.",
            "Some event recordings lack captions. We caption recordings within two weeks of the event.",
        ),
    ],
    "assessment_date": "2026-10-15",
    "assessment_method": t(
        "Itsearviointi ja automaattiset testit (axe-core) jokaisella sivutyypillä suomeksi, ruotsiksi ja englanniksi, "
        "sekä ruudunlukija- ja näppäimistötestaus.",
        "Självutvärdering och automatiska tester (axe-core) av varje sidtyp på finska, svenska och engelska samt "
        "test med skärmläsare och tangentbord.",
        "Self-assessment and automated tests (axe-core) of every page type in Finnish, Swedish and English, plus "
        "screen reader and keyboard testing.",
    ),
    "feedback_instructions": t(
        "Jos huomaat saavutettavuuspuutteen, kerro siitä sähköpostilla saavutettavuus@pirha.example. Vastaamme "
        "14 päivän kuluessa.",
        "Om du upptäcker en brist i tillgängligheten, meddela oss per e-post till saavutettavuus@pirha.example. Vi "
        "svarar inom 14 dagar.",
        "If you notice an accessibility problem, tell us by email at saavutettavuus@pirha.example. We answer within "
        "14 days.",
    ),
    "supervisory_authority": t(
        "Jos et ole tyytyväinen vastaukseemme tai et saa vastausta kahdessa viikossa, voit tehdä ilmoituksen "
        "valvontaviranomaiselle: Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta, "
        "www.saavutettavuusvaatimukset.fi, saavutettavuus@traficom.fi, puhelin (vaihde) 029 534 5000.",
        "Om du inte är nöjd med vårt svar eller inte får något svar inom två veckor kan du anmäla saken till "
        "tillsynsmyndigheten: Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen, "
        "www.tillganglighetskrav.fi, saavutettavuus@traficom.fi, telefon (växel) 029 534 5000.",
        "If you are not satisfied with our answer, or get no answer within two weeks, you can report it to the "
        "supervisory authority: Finnish Transport and Communications Agency Traficom, Accessibility Monitoring, "
        "www.webaccessibility.fi, saavutettavuus@traficom.fi, telephone (switchboard) +358 29 534 5000.",
    ),
}
