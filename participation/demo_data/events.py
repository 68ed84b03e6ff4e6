"""Demo events: developer cafés, partnership tables and council hearings around Pirkanmaa, past and upcoming."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


EVENTS = [
    {
        "key": "kehittajakahvila-odottaminen-paivystyksessa",
        "slug": "kehittajakahvila-odottaminen-paivystyksessa",
        "slugs": {
            "sv": "utvecklarcafe-att-vanta-pa-jouren",
            "en": "developer-cafe-waiting-at-the-emergency-department",
        },
        "title": t(
            "Kehittäjäkahvila: odottaminen päivystyksessä",
            "Utvecklarcafé: att vänta på jouren",
            "Developer café: waiting at the emergency department",
        ),
        "summary": t(
            "Kerroimme yhdessä, miltä päivystyksessä odottaminen tuntuu ja mikä tieto auttaisi odottajaa. "
            "Ehdotukset vietiin päivystyksen kehittäjäasiakasryhmälle.",
            "Tillsammans berättade vi hur det känns att vänta på jouren och vilken information som skulle hjälpa "
            "den som väntar. Förslagen fördes vidare till jourens utvecklarklientgrupp.",
            "Together we described what waiting at the emergency department feels like and what information would "
            "help. The ideas were passed to the department's developer-client group.",
        ),
        "plain_summary": t(
            "Puhuimme päivystyksestä. Siellä pitää usein odottaa. Kerroimme, mikä auttaisi odottajaa.",
            "Vi pratade om jouren. Där måste man ofta vänta. Vi berättade vad som skulle hjälpa den som väntar.",
            "We talked about the emergency department. People often have to wait there. We said what would help.",
        ),
        "target_groups": ["kaikki", "ikaantyneet"],
        "areas": ["tampere"],
        "channel": "kehittajakahvilat",
        "starts_in_days": -30,
        "start_time": "17:00",
        "duration_minutes": 120,
        "venue": t(
            "Tammelan osallisuustalo, Tammelan puistokatu 40, Tampere",
            "Tammela delaktighetshus, Tammelan puistokatu 40, Tammerfors",
            "Tammela Participation House, Tammelan puistokatu 40, Tampere",
        ),
        "venue_accessibility": [
            t(
                "Sisäänkäynti on kadun tasossa, ja ovet aukeavat automaattisesti. Kahvilatila on katutasossa, ja "
                "toiseen kerrokseen pääsee hissillä.",
                "Ingången ligger i gatuplanet och dörrarna öppnas automatiskt. Caféet ligger i gatuplanet, och till "
                "andra våningen kommer man med hiss.",
                "The entrance is at street level with automatic doors. The café space is on the ground floor, and "
                "there is a lift to the first floor.",
            ),
            t(
                "Esteetön wc on aulassa. Salissa on induktiosilmukka. Kaksi invapysäköintipaikkaa on talon pihalla, "
                "ja lähin bussipysäkki on noin 100 metrin päässä.",
                "En tillgänglig toalett finns i foajén. Salen har hörslinga. Två handikapparkeringsplatser finns på "
                "gården, och närmaste busshållplats ligger cirka 100 meter bort.",
                "There is an accessible toilet in the lobby and an induction loop in the hall. Two accessible "
                "parking spaces are in the courtyard, and the nearest bus stop is about 100 metres away.",
            ),
        ],
        "capacity": 40,
        "body": [
            {"heading": t("Mitä tapahtui", "Vad hände", "What happened")},
            t(
                "Kahvilassa pohdittiin pienissä pöytäryhmissä kolmea kysymystä: mikä odottamisessa on raskainta, "
                "mitä odottaja haluaa tietää ja miten tieto kannattaa kertoa. Pöydissä oli asukkaita, "
                "kokemusasiantuntijoita ja päivystyksen hoitajia.",
                "På caféet diskuterade små bordsgrupper tre frågor: vad som är tyngst med att vänta, vad den som "
                "väntar vill veta och hur informationen bäst ges. Vid borden satt invånare, erfarenhetsexperter och "
                "skötare från jouren.",
                "Small table groups discussed three questions: what is hardest about waiting, what people want to "
                "know while waiting, and how that information is best given. Residents, experts by experience and "
                "emergency nurses sat together.",
            ),
            t(
                "Eniten toivottiin arviota odotusajasta, tietoa siitä, miksi toinen pääsee edelle, sekä lupaa käydä "
                "syömässä menettämättä vuoroaan. Ehdotukset kirjattiin muistioon ja vietiin päivystyksen "
                "kehittäjäasiakasryhmän työhön.",
                "Mest önskade man en uppskattad väntetid, information om varför någon annan får gå före och "
                "möjlighet att gå och äta utan att förlora sin tur. Förslagen antecknades och fördes vidare till "
                "jourens utvecklarklientgrupp.",
                "People most wanted an estimate of the wait, an explanation of why others may be seen first, and "
                "permission to get something to eat without losing their place. The ideas were written up and "
                "handed to the department's developer-client group.",
            ),
        ],
        "attendance": {"residents": 22, "experts_by_experience": 4, "organisations": 3, "professionals": 6},
    },
    {
        "key": "nokian-kumppanuuspoyta",
        "slug": "nokian-kumppanuuspoyta",
        "slugs": {"sv": "partnerskapsbord-i-nokia", "en": "nokia-partnership-table"},
        "title": t(
            "Kumppanuuspöytä Nokialla: järjestöt ja sote-keskus",
            "Partnerskapsbord i Nokia: organisationerna och social- och hälsocentralen",
            "Nokia partnership table: organisations and the health and social services centre",
        ),
        "summary": t(
            "Nokian järjestöt, asukkaat ja sote-keskuksen työntekijät sopivat, miten järjestöjen toiminnasta "
            "kerrotaan asiakkaille ja miten yhteistyötä jatketaan.",
            "Organisationer, invånare och personal vid social- och hälsocentralen i Nokia kom överens om hur "
            "klienterna ska få veta om organisationernas verksamhet och hur samarbetet fortsätter.",
            "Organisations, residents and staff of the Nokia health and social services centre agreed how clients "
            "will hear about organisations' activities and how to keep working together.",
        ),
        "plain_summary": t(
            "Järjestöt ja sote-keskus tapasivat. He puhuivat yhteistyöstä. Järjestöjen toiminnasta kerrotaan "
            "jatkossa paremmin.",
            "Organisationerna och social- och hälsocentralen träffades. De pratade om samarbete. Nu ska man "
            "berätta bättre om organisationernas verksamhet.",
            "Organisations and the health centre met. They talked about working together. People will now hear "
            "more about what organisations offer.",
        ),
        "target_groups": ["jarjestot", "kaikki"],
        "areas": ["nokia"],
        "channel": "kumppanuuspoydat",
        "starts_in_days": -12,
        "start_time": "13:00",
        "duration_minutes": 180,
        "venue": t(
            "Nokian kulttuuritalo Kerhola, Välikatu 18, Nokia",
            "Kulturhuset Kerhola i Nokia, Välikatu 18, Nokia",
            "Kerhola Cultural Centre, Välikatu 18, Nokia",
        ),
        "venue_accessibility": t(
            "Pääovelle on luiska, ja juhlasali on katutasossa. Talossa on esteetön wc ja induktiosilmukka. Pihalla "
            "on kolme invapysäköintipaikkaa. Rautatieasemalle on 400 metriä, ja bussit pysähtyvät talon edessä. "
            "Aulan vieressä on hiljainen huone.",
            "Det finns en ramp till huvudingången, och festsalen ligger i gatuplanet. Huset har en tillgänglig "
            "toalett och hörslinga. På gården finns tre handikapparkeringsplatser. Det är 400 meter till "
            "järnvägsstationen, och bussarna stannar framför huset. Bredvid foajén finns ett tyst rum.",
            "There is a ramp to the main door, and the main hall is at ground level. The building has an "
            "accessible toilet and an induction loop. There are three accessible parking spaces outside. The "
            "railway station is 400 metres away, and buses stop in front of the building. A quiet room is next to "
            "the lobby.",
        ),
        "capacity": 50,
        "body": [
            t(
                "Kumppanuuspöydän teema nousi paikallisista tarpeista: sote-keskuksen työntekijät eivät aina tunne "
                "alueen järjestöjen vertaisryhmiä, eikä asiakas siksi saa niistä tietoa.",
                "Partnerskapsbordets tema kom från lokala behov: personalen vid social- och hälsocentralen känner "
                "inte alltid till kamratstödsgrupperna i området, och därför får klienterna inte veta om dem.",
                "The table's theme came from local needs: health centre staff do not always know the area's "
                "organisation-run peer support groups, so clients do not hear about them.",
            ),
            t(
                "Yhdessä sovittiin, että järjestöt esittäytyvät sote-keskuksen henkilöstölle kahdesti vuodessa ja "
                "että odotustilaan tulee järjestöjen yhteinen ilmoitustaulu. Seuraava kumppanuuspöytä pidetään "
                "vuoden kuluttua, ja muistio julkaistaan tällä sivustolla.",
                "Man kom överens om att organisationerna presenterar sig för personalen vid social- och "
                "hälsocentralen två gånger om året och att väntrummet får en gemensam anslagstavla för "
                "organisationerna. Nästa partnerskapsbord ordnas om ett år, och minnesanteckningarna publiceras på "
                "den här webbplatsen.",
                "It was agreed that organisations will introduce themselves to the centre's staff twice a year and "
                "that the waiting room will get a shared noticeboard for organisations. The next partnership table "
                "will be held in a year, and the notes are published on this site.",
            ),
        ],
        "attendance": {"residents": 9, "experts_by_experience": 2, "organisations": 17, "professionals": 8},
    },
    {
        "key": "verkkokahvila-perhekeskuksen-ajanvaraus",
        "slug": "verkkokahvila-perhekeskuksen-ajanvaraus",
        "slugs": {"sv": "natcafe-familjecentralens-tidsbokning", "en": "online-cafe-family-centre-booking"},
        "title": t(
            "Verkkokahvila: perhekeskuksen ajanvaraus uudistuu",
            "Nätcafé: familjecentralens tidsbokning förnyas",
            "Online café: renewing the family centre's appointment booking",
        ),
        "summary": t(
            "Perhekeskusten ajanvaraus uudistetaan. Tule verkkoon kertomaan, mikä ajan varaamisessa on nyt "
            "hankalaa ja mitä uudelta palvelulta toivot.",
            "Familjecentralernas tidsbokning förnyas. Kom med på nätet och berätta vad som är krångligt med att "
            "boka tid i dag och vad du önskar av den nya tjänsten.",
            "The family centres' appointment booking is being renewed. Join us online to tell us what is awkward "
            "about booking today and what you hope the new service will do.",
        ),
        "plain_summary": t(
            "Neuvola-ajan varaaminen muuttuu. Kerro meille, mikä on nyt vaikeaa. Tapaaminen on netissä. Voit "
            "osallistua kotoa.",
            "Bokningen av tider till rådgivningen ändras. Berätta för oss vad som är svårt nu. Mötet är på nätet. "
            "Du kan delta hemifrån.",
            "Booking clinic appointments is changing. Tell us what is hard now. The meeting is online. You can join "
            "from home.",
        ),
        "target_groups": ["lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "channel": "kehittajakahvilat",
        "starts_in_days": 9,
        "start_time": "19:00",
        "duration_minutes": 75,
        "online_link": "https://kokous.pirha.example/perhekeskus-verkkokahvila",
        "capacity": 60,
        "body": [
            {"heading": t("Mitä tapahtuu", "Vad händer", "What happens")},
            t(
                "Aluksi perhekeskuksen kehittäjä näyttää lyhyesti, miltä uusi ajanvaraus voisi näyttää. Sen jälkeen "
                "keskustellaan pienryhmissä: mikä ajan varaamisessa, siirtämisessä ja perumisessa nyt hankaloittaa "
                "ja mitä pitäisi muuttaa.",
                "Först visar en utvecklare från familjecentralen kort hur den nya tidsbokningen kunde se ut. Sedan "
                "diskuterar vi i smågrupper: vad som i dag gör det krångligt att boka, flytta och avboka tider och "
                "vad som borde ändras.",
                "First a family centre developer briefly shows what the new booking could look like. Then we talk in "
                "small groups about what makes booking, moving and cancelling appointments awkward today and what "
                "should change.",
            ),
            {"heading": t("Näin osallistut", "Så här deltar du", "How to take part")},
            t(
                "Ilmoittaudu tällä sivulla, niin saat linkin ja ohjeet sähköpostiisi. Voit osallistua kameralla tai "
                "ilman ja kirjoittaa ajatuksesi myös chattiin. Lapset saavat olla mukana. Jos et pääse paikalle, "
                "voit lähettää ajatuksesi palautelomakkeella.",
                "Anmäl dig på den här sidan så får du länken och anvisningarna per e-post. Du kan delta med eller "
                "utan kamera och också skriva dina tankar i chatten. Barnen får gärna vara med. Om du inte kan "
                "delta kan du skicka dina tankar via responsformuläret.",
                "Register on this page and you will receive the link and instructions by email. You can join with "
                "or without a camera and also write your thoughts in the chat. Children are welcome to be there. "
                "If you cannot make it, you can send your ideas through the feedback form.",
            ),
        ],
    },
    {
        "key": "vanhusneuvoston-kuuleminen-kotihoito-valkeakoski",
        "slug": "vanhusneuvoston-kuuleminen-kotihoito-valkeakoski",
        "slugs": {
            "sv": "aldreradets-horande-hemvard-valkeakoski",
            "en": "older-peoples-council-hearing-home-care-valkeakoski",
        },
        "title": t(
            "Vanhusneuvoston avoin kuulemistilaisuus: kotihoito Valkeakoskella",
            "Äldrerådets öppna hörande: hemvården i Valkeakoski",
            "Open hearing by the council for older people: home care in Valkeakoski",
        ),
        "summary": t(
            "Valkeakosken vanhusneuvosto kutsuu kotihoidon asiakkaat ja heidän läheisensä kertomaan, miten "
            "kotihoito toimii. Paikalla on myös kotihoidon johtoa.",
            "Äldrerådet i Valkeakoski bjuder in hemvårdens klienter och deras närstående för att berätta hur "
            "hemvården fungerar. Också hemvårdens ledning är på plats.",
            "The Valkeakoski council for older people invites home care clients and their relatives to say how home "
            "care is working. Home care managers will also be there.",
        ),
        "plain_summary": t(
            "Saatko apua kotiin? Tule kertomaan, miten apu toimii. Kahvi on ilmaista. Voit tulla läheisen kanssa.",
            "Får du hjälp hemma? Kom och berätta hur hjälpen fungerar. Kaffet är gratis. Du kan komma med en "
            "närstående.",
            "Do you get help at home? Come and tell us how it works. Coffee is free. You can bring a relative.",
        ),
        "target_groups": ["ikaantyneet", "omaishoitajat"],
        "areas": ["valkeakoski"],
        "channel": "vanhusneuvosto",
        "starts_in_days": 18,
        "start_time": "13:00",
        "duration_minutes": 120,
        "venue": t(
            "Koskikeskuksen juhlasali, Kauppilankatu 12, Valkeakoski",
            "Koskikeskus festsal, Kauppilankatu 12, Valkeakoski",
            "Koskikeskus main hall, Kauppilankatu 12, Valkeakoski",
        ),
        "venue_accessibility": [
            t(
                "Sisäänkäynti on portaaton, ja toiseen kerrokseen juhlasaliin pääsee hissillä, johon mahtuu "
                "pyörätuoli ja avustaja. Esteetön wc on saman kerroksen aulassa.",
                "Ingången är trappfri, och festsalen på andra våningen nås med en hiss som rymmer en rullstol och "
                "en assistent. En tillgänglig toalett finns i foajén på samma våning.",
                "The entrance is step-free, and the main hall on the first floor is reached by a lift with room for "
                "a wheelchair and an assistant. There is an accessible toilet in the lobby on the same floor.",
            ),
            t(
                "Salissa on induktiosilmukka, ja puheenvuorot kirjoitetaan näkyviin valkokankaalle. "
                "Invapysäköintipaikat ovat pääoven vieressä. Linja-autoasema on 300 metrin päässä. Voit pyytää "
                "kuljetusapua ilmoittautuessasi.",
                "Salen har hörslinga, och inläggen skrivs ut på filmduken. Handikapparkeringsplatserna ligger "
                "intill huvudingången. Busstationen ligger 300 meter bort. Du kan be om hjälp med transport när du "
                "anmäler dig.",
                "The hall has an induction loop, and what is said is typed up live on the screen. Accessible parking "
                "is next to the main door. The bus station is 300 metres away. You can ask for help with transport "
                "when you register.",
            ),
        ],
        "capacity": 80,
        "body": [
            {"heading": t("Mitä tapahtuu", "Vad händer", "What happens")},
            t(
                "Vanhusneuvosto valmistelee lausuntoa kotihoidon uudesta toimintamallista ja haluaa kuulla "
                "asiakkaiden kokemukset ennen sitä. Tilaisuudessa kotihoidon johtaja kertoo lyhyesti muutoksista. "
                "Sen jälkeen keskustellaan käyntien ajoituksesta, tutuista hoitajista ja siitä, miten kotihoitoon "
                "saa yhteyden.",
                "Äldrerådet bereder ett utlåtande om hemvårdens nya verksamhetsmodell och vill höra klienternas "
                "erfarenheter innan dess. Hemvårdsdirektören berättar kort om förändringarna. Därefter diskuterar vi "
                "tidpunkterna för besöken, bekanta vårdare och hur man får kontakt med hemvården.",
                "The council is preparing a statement on home care's new operating model and wants to hear clients' "
                "experiences first. The head of home care briefly explains the changes, and then we discuss visit "
                "times, seeing familiar carers and how to get in touch with home care.",
            ),
            {"heading": t("Näin osallistut", "Så här deltar du", "How to take part")},
            t(
                "Ilmoittaudu tällä sivulla tai soita vanhusneuvoston sihteerille numeroon 040 000 2345. Voit tulla "
                "myös ilman ilmoittautumista, jos tilaa on. Jos et halua puhua ryhmässä, voit kertoa kokemuksesi "
                "kahden kesken neuvoston jäsenelle tai jättää palautelapun.",
                "Anmäl dig på den här sidan eller ring äldrerådets sekreterare på 040 000 2345. Du kan också komma "
                "utan anmälan om det finns plats. Om du inte vill tala i grupp kan du berätta om dina erfarenheter "
                "enskilt för en rådsmedlem eller lämna en responslapp.",
                "Register on this page or call the council's secretary on 040 000 2345. You can also come without "
                "registering if there is room. If you would rather not speak in a group, you can talk to a council "
                "member one to one or leave a written note.",
            ),
        ],
    },
    {
        "key": "ylojarven-nuorten-sote-ilta",
        "slug": "ylojarven-nuorten-sote-ilta",
        "slugs": {"sv": "ungdomarnas-social-och-halsovardskvall-i-ylojarvi", "en": "youth-health-evening-in-ylojarvi"},
        "title": t(
            "Nuorten sote-ilta Ylöjärvellä",
            "Ungdomarnas social- och hälsovårdskväll i Ylöjärvi",
            "Youth health and social services evening in Ylöjärvi",
        ),
        "summary": t(
            "Nuorisovaltuusto ja hyvinvointialue kutsuvat 13–20-vuotiaat suunnittelemaan uutta nuorten olohuonetta "
            "ja kertomaan, miten nuorten palveluihin pitäisi päästä.",
            "Ungdomsfullmäktige och välfärdsområdet bjuder in 13–20-åringar för att planera det nya vardagsrummet "
            "för unga och berätta hur unga borde komma till tjänsterna.",
            "The youth council and the county invite 13 to 20-year-olds to plan the new youth drop-in space and say "
            "how young people should be able to reach services.",
        ),
        "plain_summary": t(
            "Oletko 13–20-vuotias? Tule suunnittelemaan nuorten olohuonetta. Tarjolla on pizzaa. Ilmoittaudu "
            "etukäteen.",
            "Är du 13–20 år? Kom och planera vardagsrummet för unga. Det bjuds på pizza. Anmäl dig i förväg.",
            "Are you 13 to 20? Come and help plan the youth drop-in space. There will be pizza. Sign up first.",
        ),
        "target_groups": ["nuoret"],
        "areas": ["ylojarvi"],
        "channel": "nuorisovaltuusto",
        "starts_in_days": 25,
        "start_time": "16:00",
        "duration_minutes": 150,
        "venue": t(
            "Nuorisotalo Kuusi, Kuruntie 7, Ylöjärvi",
            "Ungdomsgården Kuusi, Kuruntie 7, Ylöjärvi",
            "Kuusi Youth Centre, Kuruntie 7, Ylöjärvi",
        ),
        "venue_accessibility": t(
            "Nuorisotalo on yksikerroksinen, ja sisäänkäynnillä on loiva luiska. Esteetön wc on aulan vieressä. "
            "Isossa salissa on siirrettävä induktiosilmukka. Rauhalliseen pelihuoneeseen voi vetäytyä tauolle. "
            "Pihalla on kaksi invapysäköintipaikkaa, ja keskustan bussipysäkille on 200 metriä.",
            "Ungdomsgården har en våning, och vid ingången finns en svag ramp. En tillgänglig toalett ligger "
            "bredvid foajén. I den stora salen finns en flyttbar hörslinga. Man kan dra sig tillbaka till det lugna "
            "spelrummet för en paus. På gården finns två handikapparkeringsplatser, och det är 200 meter till "
            "busshållplatsen i centrum.",
            "The youth centre is on one level with a gentle ramp at the entrance. An accessible toilet is next to "
            "the lobby, and the main hall has a portable induction loop. You can take a break in the quiet games "
            "room. There are two accessible parking spaces, and the town-centre bus stop is 200 metres away.",
        ),
        "capacity": 35,
        "body": [
            t(
                "Nuorten olohuone avataan nuorisotalolle nuorten osallistuvan budjetoinnin äänestyksen tuloksena. "
                "Illassa päätetään yhdessä, miltä tila näyttää, mitä siellä voi tehdä ja mikä sen nimeksi tulee.",
                "Vardagsrummet för unga öppnas på ungdomsgården som resultat av omröstningen i de ungas deltagande "
                "budgetering. Under kvällen bestämmer vi tillsammans hur rummet ska se ut, vad man kan göra där och "
                "vad det ska heta.",
                "The youth drop-in space is opening at the youth centre after the youth participatory budgeting "
                "vote. During the evening we decide together what it looks like, what you can do there and what it "
                "will be called.",
            ),
            t(
                "Lisäksi kerätään post it -lapuilla nuorten kokemuksia siitä, miten koulu- ja "
                "opiskeluterveydenhuoltoon ja mielenterveyspalveluihin pääsee. Mukana ovat nuorisovaltuuston "
                "jäsenet, nuorisotyöntekijät ja psykiatrinen sairaanhoitaja.",
                "Dessutom samlar vi på lappar in ungas erfarenheter av hur man kommer till skol- och "
                "studerandehälsovården och till mentalvårdstjänsterna. Med är medlemmar i ungdomsfullmäktige, "
                "ungdomsarbetare och en psykiatrisk sjukskötare.",
                "We will also collect young people's experiences on sticky notes about reaching school and student "
                "health care and mental health services. Youth council members, youth workers and a psychiatric "
                "nurse will be there.",
            ),
            t(
                "Ilmoittaudu tällä sivulla viimeistään kolme päivää ennen, jotta osaamme varata tarpeeksi ruokaa. "
                "Voit tulla kaverin kanssa. Huoltajan lupaa ei tarvita.",
                "Anmäl dig på den här sidan senast tre dagar i förväg så att vi kan beställa tillräckligt med mat. "
                "Du kan komma med en kompis. Vårdnadshavarens tillstånd behövs inte.",
                "Register on this page at least three days before so we can order enough food. You can bring a "
                "friend. You do not need a guardian's permission.",
            ),
        ],
    },
    {
        "key": "sastamalan-vammaisneuvoston-keskustelutilaisuus",
        "slug": "sastamalan-vammaisneuvoston-keskustelutilaisuus",
        "slugs": {
            "sv": "diskussionsmote-med-radet-for-personer-med-funktionsnedsattning-i-sastamala",
            "en": "sastamala-disability-council-discussion",
        },
        "title": t(
            "Vammaisneuvoston keskustelutilaisuus: henkilökohtainen apu Sastamalassa",
            "Diskussionsmöte med rådet för personer med funktionsnedsättning: personlig assistans i Sastamala",
            "Disability council discussion: personal assistance in Sastamala",
        ),
        "summary": t(
            "Sastamalan vammaisneuvosto ja vammaispalvelut keskustelevat henkilökohtaisesta avusta: miten apua "
            "haetaan, miten avustajia löytyy ja mitä tehdä, kun avustaja sairastuu.",
            "Rådet för personer med funktionsnedsättning i Sastamala och handikappservicen diskuterar personlig "
            "assistans: hur man ansöker, hur man hittar assistenter och vad man gör när assistenten blir sjuk.",
            "The Sastamala disability council and disability services discuss personal assistance: how to apply, "
            "how to find assistants and what to do when an assistant falls ill.",
        ),
        "plain_summary": t(
            "Tilaisuus kertoo henkilökohtaisesta avusta. Voit kysyä ja kertoa omat kokemuksesi. Tilaisuudessa on "
            "viittomakielen tulkki.",
            "Mötet handlar om personlig assistans. Du kan fråga och berätta om dina erfarenheter. Det finns en "
            "teckenspråkstolk på plats.",
            "This event is about personal assistance. You can ask questions and share your experiences. A sign "
            "language interpreter will be there.",
        ),
        "target_groups": ["vammaiset", "jarjestot"],
        "areas": ["sastamala"],
        "channel": "vammaisneuvosto",
        "starts_in_days": 40,
        "start_time": "17:30",
        "duration_minutes": 120,
        "venue": t(
            "Vammalan seurojentalo, Asemakatu 11, Sastamala",
            "Föreningshuset i Vammala, Asemakatu 11, Sastamala",
            "Vammala Community Hall, Asemakatu 11, Sastamala",
        ),
        "venue_accessibility": [
            t(
                "Pääsisäänkäynnille on luiska ja painonapilla avautuva ovi. Sali on katutasossa. Esteetön wc, "
                "jossa on tilaa sähköpyörätuolille, on salin vieressä.",
                "Det finns en ramp till huvudingången och en dörr som öppnas med tryckknapp. Salen ligger i "
                "gatuplanet. En tillgänglig toalett med plats för elrullstol finns intill salen.",
                "There is a ramp to the main entrance and a push-button door. The hall is at ground level, with an "
                "accessible toilet large enough for a power wheelchair next to it.",
            ),
            t(
                "Salissa on induktiosilmukka, viittomakielen tulkki ja kirjoitustulkki. Invapysäköintipaikkoja on "
                "neljä. Vammalan rautatieasemalle on 500 metriä. Aulan yläkerrassa on hiljainen huone, jonne "
                "pääsee hissillä.",
                "Salen har hörslinga, teckenspråkstolk och skrivtolk. Det finns fyra handikapparkeringsplatser. "
                "Det är 500 meter till Vammala järnvägsstation. Ovanför foajén finns ett tyst rum som man når med "
                "hiss.",
                "The hall has an induction loop, a sign language interpreter and a speech-to-text interpreter. There "
                "are four accessible parking spaces. Vammala railway station is 500 metres away. A quiet room "
                "upstairs from the lobby can be reached by lift.",
            ),
        ],
        "capacity": 60,
        "body": [
            {"heading": t("Mitä tapahtuu", "Vad händer", "What happens")},
            t(
                "Vammaispalvelujen sosiaalityöntekijä kertoo, miten henkilökohtaista apua haetaan ja millaisia "
                "järjestämistapoja on. Kokemusasiantuntija kertoo omasta arjestaan työnantajana. Sen jälkeen "
                "vammaisneuvosto kuuntelee osallistujien kokemuksia ja kysymyksiä.",
                "En socialarbetare från handikappservicen berättar hur man ansöker om personlig assistans och vilka "
                "sätt att ordna den som finns. En erfarenhetsexpert berättar om sin egen vardag som arbetsgivare. "
                "Därefter lyssnar rådet på deltagarnas erfarenheter och frågor.",
                "A disability services social worker explains how to apply for personal assistance and the ways it "
                "can be arranged. An expert by experience talks about daily life as an employer of assistants. The "
                "disability council then listens to participants' experiences and questions.",
            ),
            t(
                "Vammaisneuvosto kokoaa tilaisuuden viestit ja vie ne hyvinvointialueelle. Miten asiat etenevät, "
                "näet päätösten seurannasta.",
                "Rådet sammanställer budskapen från mötet och för dem vidare till välfärdsområdet. Hur frågorna går "
                "vidare kan du se i uppföljningen av beslut.",
                "The disability council gathers what is said and takes it to the county. You can see how the "
                "matters progress in the decision follow-up.",
            ),
            {"heading": t("Näin osallistut", "Så här deltar du", "How to take part")},
            t(
                "Ilmoittaudu tällä sivulla ja kerro samalla, jos tarvitset avustajaa, kuljetusta tai muuta tukea. "
                "Avustaja tai tukihenkilö pääsee mukaan maksutta.",
                "Anmäl dig på den här sidan och berätta samtidigt om du behöver assistent, transport eller annat "
                "stöd. En assistent eller stödperson deltar avgiftsfritt.",
                "Register on this page and tell us if you need an assistant, transport or other support. An "
                "assistant or support person attends free of charge.",
            ),
        ],
    },
]
