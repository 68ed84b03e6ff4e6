"""Demo participation channels of Pirkanmaan hyvinvointialue, in Finnish, Swedish and English."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


def h(fi, sv, en):
    return {"heading": t(fi, sv, en)}


def contact(name, email, phone, fi, sv, en):
    return {"name": name, "title": t(fi, sv, en), "email": email, "phone": phone}


CHANNELS = [
    {
        "key": "vaikuttajaverkosto",
        "slug": "vaikuttajaverkosto",
        "slugs": {"sv": "paverkarnatverket", "en": "influencer-network"},
        "title": t(
            "SOTE- ja perhekeskuksen vaikuttajaverkosto",
            "Påverkarnätverket för social- och hälsocentralen och familjecentralen",
            "Influencer network of the health and social services centre and family centre",
        ),
        "summary": t(
            "Edustuksellinen verkosto, jossa järjestöt, seurakunnat, vaikuttamistoimielimet ja kokemusasiantuntijat "
            "suunnittelevat, kehittävät ja arvioivat SOTE- ja perhekeskuksen palveluja yhdessä ammattilaisten kanssa.",
            "Ett representativt nätverk där organisationer, församlingar, påverkansorgan och erfarenhetsexperter "
            "planerar, utvecklar och utvärderar tjänsterna vid social- och hälsocentralen och familjecentralen "
            "tillsammans med de anställda.",
            "A representative network in which organisations, parishes, statutory councils and experts by experience "
            "plan, develop and evaluate the services of the health and social services centre and the family centre "
            "together with professionals.",
        ),
        "plain_summary": t(
            "Vaikuttajaverkostossa on yhdistyksiä ja asukkaiden ryhmiä. "
            "Ne kertovat, mitä asukkaat tarvitsevat. "
            "Hyvinvointialue kysyy verkostolta neuvoa. "
            "Verkosto voi myös itse ehdottaa muutoksia.",
            "I påverkarnätverket finns föreningar och grupper av invånare. "
            "De berättar vad invånarna behöver. "
            "Välfärdsområdet ber nätverket om råd. "
            "Nätverket kan också själv föreslå förändringar.",
            "The influencer network is made up of associations and groups of residents. "
            "They tell us what people need. "
            "The county asks the network for advice. "
            "The network can also suggest changes itself.",
        ),
        "kind": "influencer_network",
        "target_groups": ["lapsiperheet", "nuoret", "jarjestot", "kaikki"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            h("Mitä verkosto tekee", "Vad nätverket gör", "What the network does"),
            t(
                "Vaikuttajaverkosto kokoaa eri asiakasryhmien vaikuttajat saman pöydän ääreen. Tavoitteena on, että "
                "asiakkaiden osallistuminen SOTE- ja perhekeskuksen kehittämiseen on sujuvaa, monialaista ja "
                "hyvin yhteen sovitettua. Jäsenet tuovat mukanaan oman yhteisönsä kokemuksen, ja ammattilaiset saavat "
                "sen käyttöönsä jo suunnitteluvaiheessa eivätkä vasta valmiin suunnitelman kommentteina.",
                "Påverkarnätverket samlar företrädare för olika klientgrupper kring samma bord. Målet är att "
                "klienternas deltagande i utvecklingen av social- och hälsocentralen och familjecentralen ska vara "
                "smidigt, sektorsövergripande och väl samordnat. Medlemmarna för med sig erfarenheterna från sin egen "
                "gemenskap, och de anställda får ta del av dem redan när något planeras, inte först som kommentarer "
                "till en färdig plan.",
                "The influencer network brings together the representatives of different client groups at one table. "
                "The aim is to make clients' participation in developing the health and social services centre and "
                "the family centre smooth, multidisciplinary and well coordinated. Members bring the experience of "
                "their own communities, and professionals can use it while a service is still being planned rather "
                "than as comments on a finished plan.",
            ),
            h("Asiat kulkevat molempiin suuntiin", "Ärendena går åt båda hållen", "Matters flow both ways"),
            t(
                "SOTE- ja perhekeskukset tuovat verkostolle kysymyksiä kehitettäviksi, suunniteltaviksi tai "
                "arvioitaviksi. Niitä työstetään verkoston kokouksissa, ja jäsenet voivat viedä ne myös omiin "
                "taustayhteisöihinsä. Verkostolta pyydetään lisäksi osallistujia teemakohtaisiin kehittämisryhmiin. "
                "Toiseen suuntaan verkosto voi itse esittää kehittämis-, suunnittelu- ja arviointitarpeita.",
                "Social- och hälsocentralerna och familjecentralerna för fram frågor som nätverket ska utveckla, "
                "planera eller utvärdera. Frågorna behandlas på nätverkets möten, och medlemmarna kan också ta dem "
                "vidare till sina egna organisationer. Nätverket ombeds dessutom utse deltagare till tematiska "
                "utvecklingsgrupper. I motsatt riktning kan nätverket självt lyfta fram behov av utveckling, "
                "planering och utvärdering.",
                "The centres bring questions to the network to develop, plan or evaluate. They are worked on in the "
                "network's meetings, and members can also take them back to their own organisations. The network is "
                "also asked to name participants for thematic development groups. In the other direction, the network "
                "can itself put forward needs for development, planning and evaluation.",
            ),
            t(
                "Jokaisen verkostossa esiin nousseen asian eteneminen näkyy Päätösten seuranta -osiossa: kuka asiaa "
                "valmistelee, mitä on päätetty ja mitä lopulta muuttui. Koordinaattori hoitaa aikataulut, "
                "esityslistat ja yhteystiedot, ja fasilitaattori huolehtii siitä, että keskustelu on dialogista ja "
                "jokaisen ääni kuuluu. Välillä verkosto työskentelee yhteisessä sähköisessä työtilassa.",
                "Hur varje ärende som tas upp i nätverket framskrider syns under Uppföljning av beslut: vem som "
                "bereder ärendet, vad som har beslutats och vad som till slut ändrades. Koordinatorn sköter "
                "tidtabeller, föredragningslistor och kontaktuppgifter, och en facilitator ser till att samtalet är "
                "dialogiskt och att allas röster hörs. Mellan mötena arbetar nätverket i en gemensam "
                "digital arbetsyta.",
                "The progress of every matter raised in the network is shown under Decision follow-up: who is "
                "preparing it, what has been decided and what finally changed. The coordinator handles schedules, "
                "agendas and contact lists, and a facilitator makes sure that the discussion is a real dialogue and "
                "that every voice is heard. Between meetings the network works in a shared online workspace.",
            ),
        ],
        "who_can_join": [
            t(
                "Verkostossa on edustajia SOTE- ja perhekeskusten kanssa toimivista järjestöistä ja yhdistyksistä, "
                "seurakunnista, hyvinvointialueen nuorisovaltuustosta, vanhusneuvostosta ja vammaisneuvostosta, "
                "asiakasraadeista sekä kokemusasiantuntijoista ja kehittäjäasiakkaista. Kukin yhteisö nimeää "
                "edustajan ja varaedustajan.",
                "I nätverket finns representanter för organisationer och föreningar som samarbetar med social- och "
                "hälsocentralerna och familjecentralerna, för församlingar, för välfärdsområdets ungdomsfullmäktige, "
                "äldreråd och råd för personer med funktionsnedsättning, för klientråden samt erfarenhetsexperter och "
                "utvecklarklienter. Varje gemenskap utser en representant och en ersättare.",
                "The network includes representatives of organisations and associations working with the centres, "
                "parishes, the county's youth council, council for older people and disability council, the client "
                "panels, and experts by experience and developer clients. Each body names a representative and a "
                "deputy.",
            ),
            t(
                "Toivomme mukaan erityisesti yhteisöjä, jotka tavoittavat haavoittuvassa asemassa olevia lapsia, "
                "nuoria ja perheitä, joiden ääni jää muuten helposti kuulematta.",
                "Vi välkomnar särskilt gemenskaper som når barn, unga och familjer i utsatt ställning, vars röster "
                "annars lätt blir ohörda.",
                "We especially welcome communities that reach children, young people and families in vulnerable "
                "situations, whose voices are otherwise easily left unheard.",
            ),
        ],
        "how_to_join": [
            t(
                "Yhdistys tai ryhmä voi ilmoittaa halukkuutensa sivun yhteydenottolomakkeella tai ottamalla yhteyttä "
                "koordinaattoriin. Kerro, keitä yhteisönne edustaa ja kuka toimisi edustajana. Uudet jäsenet "
                "perehdytetään verkoston toimintatapoihin ennen ensimmäistä kokousta.",
                "En förening eller grupp kan anmäla sitt intresse med kontaktformuläret på sidan eller genom att "
                "kontakta koordinatorn. Berätta vem er gemenskap representerar och vem som skulle vara er "
                "representant. Nya medlemmar får en introduktion till nätverkets arbetssätt före sitt första möte.",
                "An association or group can express its interest with the contact form on this page or by "
                "contacting the coordinator. Tell us whom your community represents and who would be your "
                "representative. New members are introduced to the network's ways of working before their first "
                "meeting.",
            ),
            t(
                "Kokouksiin voi osallistua paikan päällä Tampereella tai etäyhteydellä. Kokemusasiantuntijoille ja "
                "kehittäjäasiakkaille korvataan matkakulut. Viittomakielen tulkkauksesta tai kirjoitustulkkauksesta "
                "sovitaan koordinaattorin kanssa viimeistään kaksi viikkoa ennen kokousta.",
                "Man kan delta i mötena på plats i Tammerfors eller på distans. Erfarenhetsexperter och "
                "utvecklarklienter får sina resekostnader ersatta. Teckenspråkstolkning eller skrivtolkning ordnas "
                "i samråd med koordinatorn senast två veckor före mötet.",
                "You can attend meetings in person in Tampere or online. Experts by experience and developer clients "
                "have their travel costs reimbursed. Sign language or speech-to-text interpretation can be arranged "
                "with the coordinator at least two weeks before the meeting.",
            ),
        ],
        "meeting_rhythm": t(
            "Noin kuusi kertaa vuodessa, lisäksi teemaryhmiä tarpeen mukaan",
            "Cirka sex gånger om året, därtill temagrupper vid behov",
            "About six times a year, plus thematic groups as needed",
        ),
        "participation_level": "co_development",
        "member_organisations": [
            t(
                "Pirkanmaan hyvinvointialueen nuorisovaltuusto",
                "Birkalands välfärdsområdes ungdomsfullmäktige",
                "Youth council of Pirkanmaa wellbeing services county",
            ),
            t(
                "Pirkanmaan hyvinvointialueen vanhusneuvosto",
                "Birkalands välfärdsområdes äldreråd",
                "Council for older people of Pirkanmaa wellbeing services county",
            ),
            t(
                "Pirkanmaan hyvinvointialueen vammaisneuvosto",
                "Birkalands välfärdsområdes råd för personer med funktionsnedsättning",
                "Disability council of Pirkanmaa wellbeing services county",
            ),
            t("Perheiden asiakasraati", "Familjernas klientråd", "Families' client panel"),
            t("Kokemusasiantuntijapankki", "Erfarenhetsexpertbanken", "Experts-by-experience bank"),
            "Pirkanmaan Perhetuki ry",
            "Nuorten Olohuone Pirkanmaa ry",
            "Pirkanmaan Omaiset ja Läheiset ry",
            "Monikulttuurinen Naisyhdistys Kotipiiri ry",
            t(
                "Tampereen seudun seurakuntien perheneuvonta",
                "Familjerådgivningen vid församlingarna i Tammerforsregionen",
                "Family counselling of the parishes in the Tampere region",
            ),
        ],
        "open_for_new_members": True,
        "contact": contact(
            "Laura Virtanen",
            "laura.virtanen@pirha.example",
            "040 000 1101",
            "Osallisuuskoordinaattori",
            "Koordinator för delaktighet",
            "Participation coordinator",
        ),
    },
    {
        "key": "kokemusasiantuntijapankki",
        "slug": "kokemusasiantuntijapankki",
        "slugs": {"sv": "erfarenhetsexpertbanken", "en": "experts-by-experience-bank"},
        "title": t("Kokemusasiantuntijapankki", "Erfarenhetsexpertbanken", "Experts-by-experience bank"),
        "summary": t(
            "Koulutetut kokemusasiantuntijat ja järjestöjen kokemustoimijat tilataan yhden luukun kautta "
            "kehittämistyöhön, koulutuksiin, työpareiksi ja arviointiin. Heille maksetaan palkkio ja matkakulut.",
            "Utbildade erfarenhetsexperter och organisationernas erfarenhetsaktörer beställs via en och samma lucka "
            "till utvecklingsarbete, utbildningar, som arbetspar och för utvärdering. De får arvode och "
            "reseersättning.",
            "Trained experts by experience and organisations' lived-experience volunteers are ordered through a "
            "single window for development work, training, working in pairs with professionals and evaluation. "
            "They are paid a fee and travel costs.",
        ),
        "plain_summary": t(
            "Kokemusasiantuntija on ollut itse asiakas tai asiakkaan läheinen. "
            "Hän on käynyt koulutuksen. "
            "Hän kertoo kokemuksistaan ammattilaisille. "
            "Hänelle maksetaan työstä palkkio.",
            "En erfarenhetsexpert har själv varit klient eller anhörig till en klient. "
            "Hen har gått en utbildning. "
            "Hen berättar om sina erfarenheter för de anställda. "
            "Hen får arvode för arbetet.",
            "An expert by experience has been a client, or close to a client. "
            "They have been trained. "
            "They tell professionals about their experiences. "
            "They are paid for the work.",
        ),
        "kind": "experts_by_experience",
        "target_groups": ["kaikki", "mielenterveys-ja-paihde", "vammaiset", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Kokemusasiantuntijalla on omakohtaista tai läheisen kautta saatua kokemusta sairaudesta, "
                "toipumisesta, kuntoutumisesta tai palvelujen käyttämisestä. Kokemustieto täydentää ammatti- ja "
                "tutkimustietoa: se kertoo, miltä palvelu tuntuu sen käyttäjästä ja missä kohtaa palvelupolku "
                "katkeaa.",
                "En erfarenhetsexpert har egen erfarenhet, eller erfarenhet som anhörig, av sjukdom, återhämtning, "
                "rehabilitering eller av att använda tjänster. Erfarenhetskunskapen kompletterar yrkes- och "
                "forskningskunskapen: den visar hur en tjänst känns för den som använder den och var vårdkedjan "
                "brister.",
                "An expert by experience has first-hand experience, or experience as a family member, of illness, "
                "recovery, rehabilitation or using services. Lived experience complements professional and research "
                "knowledge: it shows how a service feels to the person using it and where the service path breaks.",
            ),
            h("Mitä kokemusasiantuntijan voi tilata tekemään", "Vad man kan beställa", "What you can order"),
            t(
                "Kokemusasiantuntija voi olla mukana palvelujen suunnittelussa ja kehittämisryhmissä, toimia "
                "ammattilaisen työparina ryhmissä tai asiakastyössä, puhua koulutuksissa ja seminaareissa, kerätä "
                "palautetta ja arvioida laatua sekä osallistua rekrytointeihin. Yhden luukun kautta ovat "
                "tilattavissa sekä palkkioperusteiset koulutetut kokemusasiantuntijat että järjestötaustaiset "
                "kokemustoimijat.",
                "En erfarenhetsexpert kan delta i planeringen av tjänster och i utvecklingsgrupper, arbeta i par med "
                "en anställd i grupper eller i klientarbete, tala på utbildningar och seminarier, samla in respons "
                "och bedöma kvalitet samt delta i rekryteringar. Via samma lucka kan man beställa både utbildade "
                "erfarenhetsexperter mot arvode och erfarenhetsaktörer med bakgrund i organisationer.",
                "An expert by experience can take part in planning services and in development groups, work in a "
                "pair with a professional in groups or client work, speak at training events and seminars, collect "
                "feedback, assess quality and take part in recruitment. The single window offers both trained, "
                "fee-paid experts by experience and lived-experience volunteers from organisations.",
            ),
            t(
                "Ammattilainen tekee tilauksen tämän sivun tilauslomakkeella. Kerro tilaava yksikkö, tehtävän "
                "tarkoitus, ajankohta, yleisö, aihe ja palkkiobudjetti. Koordinaattori etsii tehtävään sopivan "
                "henkilön ja vahvistaa tilauksen. Palkkio ja matkakulut maksetaan hyvinvointialueen "
                "palkkioperusteiden mukaan tilaavan yksikön kustannuspaikalta.",
                "Den anställda gör beställningen med beställningsformuläret på den här sidan. Ange beställande enhet, "
                "uppdragets syfte, tidpunkt, publik, tema och arvodesbudget. Koordinatorn söker en lämplig person för "
                "uppdraget och bekräftar beställningen. Arvode och resekostnader betalas enligt välfärdsområdets "
                "arvodesgrunder från den beställande enhetens kostnadsställe.",
                "Professionals place an order with the order form on this page. Give the ordering unit, the purpose "
                "of the task, the date, the audience, the theme and the fee budget. The coordinator finds a suitable "
                "person and confirms the order. The fee and travel costs are paid according to the county's fee "
                "rules from the ordering unit's budget.",
            ),
        ],
        "who_can_join": [
            t(
                "Pankkiin voi hakea, jos sinulla on oma tai läheisen kokemus sosiaali- tai terveyspalveluista ja "
                "olet valmis käyttämään sitä muiden hyväksi. Palvelujen käytöstä voi olla jo aikaa. Omaan "
                "toipumiseen on hyvä olla riittävästi etäisyyttä, jotta kokemuksesta kertominen ei kuormita "
                "liikaa.",
                "Du kan söka till banken om du har egen erfarenhet eller erfarenhet som anhörig av social- eller "
                "hälsovårdstjänster och vill använda den till nytta för andra. Det kan ha gått en tid sedan du "
                "använde tjänsterna. Det är bra att ha tillräckligt avstånd till den egna återhämtningen, så att det "
                "inte blir för tungt att berätta om erfarenheterna.",
                "You can apply to the bank if you have your own or a family member's experience of social or health "
                "services and want to use it to help others. It may be some time since you used the services. You "
                "should have enough distance from your own recovery that telling your story does not weigh on you "
                "too much.",
            ),
            t(
                "Pankkiin hyväksytään kokemusasiantuntijakoulutuksen suorittaneet. Koulutus järjestetään "
                "yhteistyössä järjestöjen kanssa, ja muualla koulutetut voivat täydentää koulutustaan.",
                "Banken tar emot personer som har gått erfarenhetsexpertutbildningen. Utbildningen ordnas i samarbete "
                "med organisationer, och den som har utbildats på annat håll kan komplettera sin utbildning.",
                "The bank accepts people who have completed the experts-by-experience training. The training is run "
                "together with organisations, and people trained elsewhere can top up their training.",
            ),
        ],
        "how_to_join": [
            t(
                "Seuraa avoimia hakuja: koulutukseen haetaan kerran vuodessa. Koulutuksen jälkeen allekirjoitetaan "
                "sopimus, jossa sovitaan tehtävistä, salassapidosta, tuesta ja palkkioista. Pankin jäsenet saavat "
                "säännöllistä työnohjausta ja tapaavat toisiaan vertaistapaamisissa.",
                "Följ de öppna ansökningarna: man söker till utbildningen en gång om året. Efter utbildningen "
                "undertecknas ett avtal om uppdrag, tystnadsplikt, stöd och arvoden. Bankens medlemmar får "
                "regelbunden handledning och träffas på kamratträffar.",
                "Watch the open calls: applications for the training open once a year. After the training you sign "
                "an agreement covering tasks, confidentiality, support and fees. Members of the bank receive regular "
                "supervision and meet one another at peer meetings.",
            ),
        ],
        "meeting_rhythm": t(
            "Tehtäviä tilauksen mukaan ympäri vuoden; jäsenten vertaistapaaminen ja työnohjaus kerran kuukaudessa",
            "Uppdrag enligt beställning året runt; kamratträff och handledning för medlemmarna en gång i månaden",
            "Tasks on order all year round; peer meeting and supervision for members once a month",
        ),
        "participation_level": "co_development",
        "open_for_new_members": True,
        "contact": contact(
            "Mikko Saarinen",
            "mikko.saarinen@pirha.example",
            "040 000 1102",
            "Kokemusasiantuntijatoiminnan koordinaattori",
            "Koordinator för erfarenhetsexpertverksamheten",
            "Coordinator of experts by experience",
        ),
    },
    {
        "key": "ikaantyneiden-asiakasraati",
        "slug": "ikaantyneiden-asiakasraati",
        "slugs": {"sv": "klientradet-for-aldre", "en": "older-peoples-client-panel"},
        "title": t("Ikäihmisten asiakasraati", "Klientrådet för äldre", "Client panel for older people"),
        "summary": t(
            "Kotihoidon, palveluasumisen ja ikäihmisten muiden palvelujen asiakkaista ja omaisista koottu raati "
            "arvioi palveluja ja kommentoi suunnitelmia ennen päätöksiä.",
            "Ett klientråd med klienter och anhöriga inom hemvården, serviceboendet och andra tjänster för äldre. "
            "Rådet bedömer tjänsterna och kommenterar planer innan beslut fattas.",
            "A panel of clients and family members from home care, assisted living and other services for older "
            "people. It assesses the services and comments on plans before decisions are made.",
        ),
        "plain_summary": t(
            "Raadissa on ikäihmisiä ja heidän omaisiaan. "
            "He kertovat, miten palvelut toimivat. "
            "Raati kokoontuu neljä kertaa vuodessa. "
            "Matkat maksetaan.",
            "I rådet finns äldre personer och deras anhöriga. "
            "De berättar hur tjänsterna fungerar. "
            "Rådet träffas fyra gånger om året. "
            "Resorna betalas.",
            "The panel is made up of older people and their families. "
            "They tell us how the services work. "
            "The panel meets four times a year. "
            "Travel is paid.",
        ),
        "kind": "client_panel",
        "target_groups": ["ikaantyneet", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Raati antaa ikääntyneiden palveluille asiakkaan näkökulman. Siinä käsitellään esimerkiksi "
                "kotihoidon käyntiaikoja, asiakasmaksuista tiedottamista, palveluasumisen arkea ja sitä, miten "
                "sähköiset palvelut sopivat ikäihmisille. Raati voi myös itse ottaa asioita käsiteltäväksi.",
                "Rådet ger tjänsterna för äldre klientens perspektiv. Det behandlar till exempel tiderna för "
                "hemvårdsbesök, hur man informerar om klientavgifter, vardagen i serviceboendet och hur digitala "
                "tjänster passar äldre. Rådet kan också självt ta upp frågor.",
                "The panel gives services for older people the client's point of view. It discusses, for example, "
                "the timing of home care visits, how client fees are explained, everyday life in assisted living "
                "and whether digital services suit older people. The panel can also raise matters itself.",
            ),
            t(
                "Raati ei tee päätöksiä, mutta sen kannanotot kirjataan ja liitetään valmisteluun. Päätösten seuranta "
                "-osiosta näkee, mitä raadin ehdotuksille on tapahtunut. Raadilla on yhteys hyvinvointialueen "
                "vanhusneuvostoon, joka voi viedä asioita eteenpäin lakisääteisenä vaikuttamistoimielimenä.",
                "Rådet fattar inga beslut, men dess ställningstaganden protokollförs och fogas till beredningen. "
                "Under Uppföljning av beslut ser man vad som har hänt med rådets förslag. Rådet har kontakt med "
                "välfärdsområdets äldreråd, som kan föra frågor vidare som lagstadgat påverkansorgan.",
                "The panel does not make decisions, but its statements are recorded and attached to the preparation "
                "of the matter. Decision follow-up shows what has happened to the panel's proposals. The panel is "
                "linked to the county's council for older people, which can take matters further as a statutory "
                "body.",
            ),
        ],
        "who_can_join": t(
            "Raatiin voivat kuulua yli 65-vuotiaat ikääntyneiden palvelujen asiakkaat sekä heidän omaisensa ja "
            "omaishoitajat eri puolilta Pirkanmaata. Jäseniä on 12, ja heidät valitaan niin, että mukana on sekä "
            "kaupunkien että maaseudun asukkaita.",
            "Rådet är öppet för klienter över 65 år inom tjänsterna för äldre samt för deras anhöriga och "
            "närståendevårdare från olika delar av Birkaland. Rådet har 12 medlemmar, som väljs så att både "
            "invånare i städer och på landsbygden är med.",
            "The panel is for clients over 65 who use services for older people, and for their family members and "
            "family carers, from all over Pirkanmaa. It has 12 members, chosen so that both town and rural "
            "residents are included.",
        ),
        "how_to_join": [
            t(
                "Raati on tällä hetkellä täynnä. Uusia jäseniä haetaan seuraavan kerran syksyllä avoimella haulla, "
                "jonka voi täyttää verkossa, puhelimessa tai paperilla kotihoidon työntekijän avulla. Voit myös "
                "jättää yhteystietosi koordinaattorille, niin kerromme haun alkamisesta.",
                "Rådet är fullt för närvarande. Nya medlemmar söks nästa gång på hösten genom en öppen ansökan som "
                "kan fyllas i på webben, per telefon eller på papper med hjälp av hemvårdens personal. Du kan också "
                "lämna dina kontaktuppgifter till koordinatorn så meddelar vi när ansökan öppnar.",
                "The panel is currently full. New members will next be recruited in the autumn through an open call, "
                "which can be completed online, by phone or on paper with the help of a home care worker. You can "
                "also leave your contact details with the coordinator and we will tell you when the call opens.",
            ),
            t(
                "Kokouspaikat ovat esteettömiä, ja niissä on induktiosilmukka. Matkakulut korvataan, ja tarvittaessa "
                "järjestetään kuljetus. Kokoukseen voi osallistua myös puhelimella.",
                "Mötesplatserna är tillgängliga och har hörslinga. Resekostnaderna ersätts och vid behov ordnas "
                "skjuts. Man kan också delta i mötet per telefon.",
                "Meeting venues are step-free and have an induction loop. Travel costs are reimbursed and transport "
                "can be arranged if needed. You can also join a meeting by phone.",
            ),
        ],
        "meeting_rhythm": t(
            "Neljä kertaa vuodessa, kokous kestää kaksi tuntia",
            "Fyra gånger om året, mötet tar två timmar",
            "Four times a year, two hours per meeting",
        ),
        "participation_level": "dialogue",
        "open_for_new_members": False,
        "contact": contact(
            "Riitta Heinonen",
            "riitta.heinonen@pirha.example",
            "040 000 1103",
            "Palveluohjaaja, ikääntyneiden palvelut",
            "Servicehandledare, tjänster för äldre",
            "Service coordinator, services for older people",
        ),
    },
    {
        "key": "perheiden-asiakasraati",
        "slug": "perheiden-asiakasraati",
        "slugs": {"sv": "familjernas-klientrad", "en": "families-client-panel"},
        "title": t("Perheiden asiakasraati", "Familjernas klientråd", "Families' client panel"),
        "summary": t(
            "Lapsiperheiden vanhemmista ja nuorista koostuva raati kehittää perhekeskuksen palveluja, kuten "
            "neuvolaa, perheneuvolaa ja kotipalvelua, yhdessä ammattilaisten kanssa.",
            "Ett klientråd med föräldrar i barnfamiljer och unga, som tillsammans med de anställda utvecklar "
            "familjecentralens tjänster, såsom rådgivningen, familjerådgivningen och hemservicen.",
            "A panel of parents and young people that develops the family centre's services, such as child health "
            "clinics, family counselling and home help, together with professionals.",
        ),
        "plain_summary": t(
            "Raadissa on vanhempia ja nuoria. "
            "He kertovat, mikä perheitä auttaa. "
            "Raati tapaa kerran kuukaudessa illalla. "
            "Lapset voi ottaa mukaan.",
            "I rådet finns föräldrar och unga. "
            "De berättar vad som hjälper familjer. "
            "Rådet träffas en kväll i månaden. "
            "Man får ta med barnen.",
            "The panel is made up of parents and young people. "
            "They tell us what helps families. "
            "The panel meets one evening a month. "
            "You can bring your children.",
        ),
        "kind": "client_panel",
        "target_groups": ["lapsiperheet", "lapset", "nuoret"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Kansallisen perhekeskusmallin mukaan lasten, nuorten ja perheiden on oltava mukana perhekeskuksen "
                "kehittämisessä ja arvioinnissa. Perheiden asiakasraati on yksi tapa toteuttaa tätä. Raati "
                "käsittelee esimerkiksi neuvolan ajanvarausta, sähköisen perhekeskuksen sisältöjä, eroperheiden "
                "tukea ja sitä, miten perhe löytää oikean avun ensimmäisellä yhteydenotolla.",
                "Enligt den nationella modellen för familjecentraler ska barn, unga och familjer delta i utvecklingen "
                "och utvärderingen av familjecentralen. Familjernas klientråd är ett sätt att förverkliga detta. "
                "Rådet behandlar till exempel tidsbokningen till rådgivningen, innehållet i den digitala "
                "familjecentralen, stödet till familjer vid skilsmässa och hur en familj hittar rätt hjälp redan vid "
                "den första kontakten.",
                "Under the national family centre model, children, young people and families must take part in "
                "developing and evaluating the family centre. The families' client panel is one way of doing this. "
                "It discusses, for example, booking child health clinic appointments, the content of the online "
                "family centre, support for separating families and how a family can find the right help at the "
                "first contact.",
            ),
            t(
                "Raadin näkemykset otetaan mukaan lapsivaikutusten arviointiin, kun perheitä koskevia päätöksiä "
                "valmistellaan. Raati lähettää myös edustajan vaikuttajaverkostoon.",
                "Rådets synpunkter tas med i bedömningen av konsekvenser för barn när beslut som gäller familjer "
                "bereds. Rådet utser också en representant till påverkarnätverket.",
                "The panel's views feed into child impact assessments when decisions affecting families are "
                "prepared. The panel also sends a representative to the influencer network.",
            ),
        ],
        "who_can_join": t(
            "Raatiin voivat hakea pirkanmaalaiset vanhemmat, isovanhemmat ja muut lapsen arjessa mukana olevat "
            "aikuiset sekä 15–25-vuotiaat nuoret. Toivomme mukaan monenlaisia perheitä: yksinhuoltajia, "
            "uusperheitä, sateenkaariperheitä, monikielisiä perheitä ja perheitä, joissa on erityistä tukea "
            "tarvitseva lapsi.",
            "Föräldrar, mor- och farföräldrar och andra vuxna som finns i ett barns vardag i Birkaland samt unga i "
            "åldern 15–25 år kan söka till rådet. Vi önskar många slags familjer: ensamstående föräldrar, "
            "ombildade familjer, regnbågsfamiljer, flerspråkiga familjer och familjer med ett barn som behöver "
            "särskilt stöd.",
            "Parents, grandparents and other adults in a child's everyday life in Pirkanmaa, and young people aged "
            "15 to 25, can apply. We want many kinds of families: single parents, blended families, rainbow "
            "families, multilingual families and families with a child who needs special support.",
        ),
        "how_to_join": [
            t(
                "Täytä hakulomake avoimen haun aikana tai ota yhteyttä perhekeskuskoordinaattoriin. Raatiin voi "
                "tulla mukaan myös kesken kauden, jos paikkoja on vapaana.",
                "Fyll i ansökningsformuläret medan den öppna ansökan pågår eller kontakta "
                "familjecentralskoordinatorn. Man kan också komma med mitt under säsongen om det finns lediga "
                "platser.",
                "Fill in the application form while the open call is running or contact the family centre "
                "coordinator. You can also join mid-season if places are free.",
            ),
            t(
                "Tapaamisissa on lastenhoito, ja pienet lapset saa ottaa mukaan. Tapaamiset ovat vuorotellen "
                "paikan päällä ja etänä. Matkakulut korvataan, ja tarvittaessa käytetään tulkkia.",
                "Det finns barnpassning på träffarna, och man får ta med små barn. Träffarna hålls omväxlande på plats "
                "och på distans. Resekostnader ersätts och vid behov anlitas tolk.",
                "Childcare is provided at meetings and you can bring small children. Meetings alternate between in "
                "person and online. Travel costs are reimbursed and an interpreter is used when needed.",
            ),
        ],
        "meeting_rhythm": t(
            "Kerran kuukaudessa syys–toukokuussa, arki-iltaisin",
            "En gång i månaden september–maj, vardagskvällar",
            "Once a month from September to May, on weekday evenings",
        ),
        "participation_level": "dialogue",
        "open_for_new_members": True,
        "contact": contact(
            "Sanna Lehtonen",
            "sanna.lehtonen@pirha.example",
            "040 000 1104",
            "Perhekeskuskoordinaattori",
            "Koordinator för familjecentralen",
            "Family centre coordinator",
        ),
    },
    {
        "key": "mielenterveys-ja-paihdepalvelujen-asiakasraati",
        "slug": "mielenterveys-ja-paihdepalvelujen-asiakasraati",
        "slugs": {
            "sv": "klientradet-for-mentalvards-och-missbrukartjanster",
            "en": "mental-health-and-substance-abuse-services-client-panel",
        },
        "title": t(
            "Mielenterveys- ja päihdepalvelujen asiakasraati",
            "Klientrådet för mentalvårds- och missbrukartjänster",
            "Client panel for mental health and substance abuse services",
        ),
        "summary": t(
            "Mielenterveys- ja päihdepalvelujen asiakkaat, entiset asiakkaat ja läheiset arvioivat palveluja ja "
            "tuovat kokemustietoa palvelujen kehittämiseen.",
            "Klienter, tidigare klienter och anhöriga inom mentalvårds- och missbrukartjänsterna bedömer tjänsterna "
            "och tillför erfarenhetskunskap till utvecklingen.",
            "Clients, former clients and family members of mental health and substance abuse services assess the "
            "services and bring lived experience into their development.",
        ),
        "plain_summary": t(
            "Raadissa on ihmisiä, jotka ovat saaneet apua mielenterveyteen tai päihteisiin. "
            "Mukana on myös läheisiä. "
            "He kertovat, mikä avussa toimi ja mikä ei. "
            "Omaa tarinaa ei tarvitse kertoa.",
            "I rådet finns personer som har fått hjälp med psykisk hälsa eller missbruk. "
            "Även anhöriga är med. "
            "De berättar vad som fungerade i hjälpen och vad som inte gjorde det. "
            "Du behöver inte berätta din egen historia.",
            "The panel is made up of people who have had help with mental health or substance use. "
            "Family members take part too. "
            "They tell us what worked and what did not. "
            "You do not have to tell your own story.",
        ),
        "kind": "client_panel",
        "target_groups": ["mielenterveys-ja-paihde"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Raati käsittelee palvelujen saatavuutta, hoitoon pääsyn kynnyksiä, yhteistyötä läheisten kanssa ja "
                "siirtymiä palvelusta toiseen, esimerkiksi osastolta kotiin. Sen jäsenet ovat myös testanneet uusia "
                "sähköisiä palveluja ja lukeneet asiakaskirjeitä ennen niiden käyttöönottoa.",
                "Rådet behandlar tillgången till tjänster, trösklarna för att få vård, samarbetet med anhöriga och "
                "övergångarna mellan tjänster, till exempel från avdelning till hemmet. Medlemmarna har också testat "
                "nya digitala tjänster och läst klientbrev innan de togs i bruk.",
                "The panel discusses access to services, thresholds for getting treatment, cooperation with family "
                "members and transitions between services, for example from a ward back home. Its members have also "
                "tested new online services and read client letters before they were introduced.",
            ),
            t(
                "Raadissa puhutaan palveluista, ei kenenkään henkilökohtaisesta hoidosta. Jokainen päättää itse, "
                "kuinka paljon kertoo omista kokemuksistaan. Tapaamisissa on mukana kokemusasiantuntija ja "
                "ammattilainen, joiden kanssa voi jutella myös kokouksen jälkeen.",
                "I rådet talar man om tjänsterna, inte om någons personliga vård. Var och en bestämmer själv hur "
                "mycket hen berättar om sina erfarenheter. På träffarna finns en erfarenhetsexpert och en anställd "
                "som man också kan prata med efter mötet.",
                "The panel talks about services, not about anyone's personal treatment. Everyone decides for "
                "themselves how much they share. An expert by experience and a professional attend each meeting, "
                "and you can talk to them after the meeting too.",
            ),
        ],
        "who_can_join": t(
            "Raatiin voivat hakea täysi-ikäiset, jotka käyttävät tai ovat käyttäneet mielenterveys- tai "
            "päihdepalveluja, sekä heidän läheisensä. Päihteettömyyttä ei vaadita, mutta kokouksiin tullaan "
            "selvin päin.",
            "Vuxna som använder eller har använt mentalvårds- eller missbrukartjänster samt deras anhöriga kan söka "
            "till rådet. Nykterhet krävs inte, men man kommer nykter till mötena.",
            "Adults who use or have used mental health or substance abuse services, and their family members, can "
            "apply. You do not have to be abstinent, but please come to meetings sober.",
        ),
        "how_to_join": t(
            "Ilmoittaudu yhteydenottolomakkeella tai pyydä omaa työntekijääsi ottamaan yhteyttä koordinaattoriin. "
            "Ennen ensimmäistä kokousta käydään lyhyt tutustumiskeskustelu. Jäsenille maksetaan matkakulut ja "
            "kokouspalkkio. Kokoukseen voi osallistua myös etänä kameran ollessa pois päältä.",
            "Anmäl dig med kontaktformuläret eller be din kontaktperson kontakta koordinatorn. Före det första "
            "mötet har vi ett kort samtal för att lära känna varandra. Medlemmarna får reseersättning och "
            "mötesarvode. Man kan också delta på distans med kameran avstängd.",
            "Sign up with the contact form or ask your own worker to contact the coordinator. Before your first "
            "meeting we have a short introductory talk. Members are paid travel costs and a meeting fee. You can "
            "also take part online with your camera off.",
        ),
        "meeting_rhythm": t("Noin joka toinen kuukausi", "Ungefär varannan månad", "About every other month"),
        "participation_level": "dialogue",
        "open_for_new_members": True,
        "contact": contact(
            "Jari Mäkelä",
            "jari.makela@pirha.example",
            "040 000 1105",
            "Kehittämissuunnittelija, mielenterveys- ja päihdepalvelut",
            "Utvecklingsplanerare, mentalvårds- och missbrukartjänster",
            "Development planner, mental health and substance abuse services",
        ),
    },
    {
        "key": "vammaispalvelujen-asiakasraati",
        "slug": "vammaispalvelujen-asiakasraati",
        "slugs": {"sv": "klientradet-for-handikappservice", "en": "disability-services-client-panel"},
        "title": t(
            "Vammaispalvelujen asiakasraati",
            "Klientrådet för handikappservice",
            "Client panel for disability services",
        ),
        "summary": t(
            "Vammaispalvelujen asiakkaat ja heidän läheisensä kertovat, miten henkilökohtainen apu, kuljetuspalvelu, "
            "asuminen ja muut palvelut toimivat arjessa, ja kehittävät niitä yhdessä työntekijöiden kanssa.",
            "Klienter inom handikappservicen och deras anhöriga berättar hur personlig assistans, färdtjänst, "
            "boende och andra tjänster fungerar i vardagen och utvecklar dem tillsammans med de anställda.",
            "Clients of disability services and their families tell us how personal assistance, transport "
            "services, housing and other services work in everyday life, and develop them with staff.",
        ),
        "plain_summary": t(
            "Raadissa on vammaisia ihmisiä ja heidän läheisiään. "
            "He kertovat, miten palvelut toimivat. "
            "Voit tuoda mukaan avustajan. "
            "Saat tiedot myös selkokielellä.",
            "I rådet finns personer med funktionsnedsättning och deras anhöriga. "
            "De berättar hur tjänsterna fungerar. "
            "Du kan ta med en assistent. "
            "Du får informationen också på lättläst svenska.",
            "The panel is made up of disabled people and their families. "
            "They tell us how the services work. "
            "You can bring an assistant. "
            "You can get the papers in easy language too.",
        ),
        "kind": "client_panel",
        "target_groups": ["vammaiset", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Raadissa on käsitelty muun muassa kuljetuspalvelun tilaamista, henkilökohtaisen avun "
                "työnantajamallia, asumispalvelujen asiakasmaksuja ja palvelupäätösten kirjoittamista "
                "ymmärrettävästi. Vammaispalvelulain uudistus tuo muutoksia, joiden toimeenpanoa raati seuraa "
                "asiakkaan näkökulmasta.",
                "Rådet har bland annat behandlat beställningen av färdtjänst, arbetsgivarmodellen för personlig "
                "assistans, klientavgifterna inom boendetjänsterna och hur servicebeslut kan skrivas begripligt. "
                "Reformen av lagen om funktionshinderservice medför förändringar, och rådet följer genomförandet ur "
                "klientens synvinkel.",
                "The panel has discussed, among other things, ordering transport services, the employer model of "
                "personal assistance, client fees in housing services and writing service decisions in plain "
                "language. The reform of the Disability Services Act brings changes, and the panel follows how they "
                "are put into practice from the client's point of view.",
            ),
            t(
                "Raati tekee yhteistyötä hyvinvointialueen vammaisneuvoston kanssa: neuvosto antaa lausuntoja, ja "
                "raati tuo niihin arjen esimerkkejä.",
                "Rådet samarbetar med välfärdsområdets råd för personer med funktionsnedsättning: rådet ger "
                "utlåtanden och klientrådet bidrar med exempel från vardagen.",
                "The panel works with the county's disability council: the council gives formal statements, and the "
                "panel brings examples from everyday life to them.",
            ),
        ],
        "who_can_join": t(
            "Raatiin voivat kuulua vammaispalveluja käyttävät pirkanmaalaiset sekä heidän läheisensä ja "
            "omaishoitajansa. Raadissa on 14 paikkaa, ja niistä osa on varattu kehitysvammaisille ihmisille ja "
            "alle 30-vuotiaille.",
            "Personer i Birkaland som använder handikappservice samt deras anhöriga och närståendevårdare kan vara "
            "med i rådet. Rådet har 14 platser, och en del av dem är reserverade för personer med "
            "intellektuell funktionsnedsättning och för personer under 30 år.",
            "People in Pirkanmaa who use disability services, and their family members and carers, can join. The "
            "panel has 14 places, some of them reserved for people with intellectual disabilities and for people "
            "under 30.",
        ),
        "how_to_join": [
            t(
                "Raadin nykyinen kausi on täynnä. Seuraava haku avataan ensi vuoden alussa, ja siitä kerrotaan "
                "Avoimet haut -sivulla sekä vammaisjärjestöjen kautta.",
                "Rådets nuvarande period är full. Nästa ansökan öppnar i början av nästa år och meddelas på sidan "
                "Öppna ansökningar och via handikapporganisationerna.",
                "The panel's current term is full. The next call opens early next year and will be announced on the "
                "Open calls page and through disability organisations.",
            ),
            t(
                "Kokouksissa on viittomakielen tulkki ja kirjoitustulkki pyynnöstä, ja materiaalit saa etukäteen "
                "selkokielisinä ja ruudunlukijalle sopivina. Oma avustaja tai tukihenkilö on tervetullut. "
                "Matkakulut, myös taksi, korvataan.",
                "På mötena finns teckenspråkstolk och skrivtolk på begäran, och materialet fås i förväg på lättläst "
                "språk och i format som passar skärmläsare. Egen assistent eller stödperson är välkommen. "
                "Resekostnaderna ersätts, även taxi.",
                "Sign language and speech-to-text interpreters are available on request, and papers are sent in "
                "advance in easy language and in screen-reader friendly formats. Your own assistant or support "
                "person is welcome. Travel costs, including taxis, are reimbursed.",
            ),
        ],
        "meeting_rhythm": t(
            "Neljästä viiteen kertaan vuodessa",
            "Fyra till fem gånger om året",
            "Four to five times a year",
        ),
        "participation_level": "dialogue",
        "open_for_new_members": False,
        "contact": contact(
            "Heidi Koskinen",
            "heidi.koskinen@pirha.example",
            "040 000 1106",
            "Kehittämiskoordinaattori, vammaispalvelut",
            "Utvecklingskoordinator, handikappservice",
            "Development coordinator, disability services",
        ),
    },
    {
        "key": "kehittajaasiakasryhma",
        "slug": "kehittajaasiakasryhma",
        "slugs": {"sv": "utvecklarklientgruppen", "en": "developer-client-group"},
        "title": t("Kehittäjäasiakasryhmä", "Utvecklarklientgruppen", "Developer-client group"),
        "summary": t(
            "Kehittäjäasiakkaat suunnittelevat ja kehittävät palveluja, työtapoja ja tiloja yhdessä "
            "ammattilaisten kanssa koko kehittämisprosessin ajan. Tehtävästä tehdään kirjallinen sopimus.",
            "Utvecklarklienter planerar och utvecklar tjänster, arbetssätt och lokaler tillsammans med de anställda "
            "under hela utvecklingsprocessen. Uppdraget bekräftas med ett skriftligt avtal.",
            "Developer clients plan and develop services, ways of working and premises together with professionals "
            "throughout the development process. The task is agreed in writing.",
        ),
        "plain_summary": t(
            "Kehittäjäasiakas on palvelun käyttäjä. "
            "Hän auttaa tekemään palvelusta paremman. "
            "Hän tekee sopimuksen hyvinvointialueen kanssa. "
            "Hän saa palkkion ja matkarahat.",
            "En utvecklarklient använder en tjänst. "
            "Hen hjälper till att göra tjänsten bättre. "
            "Hen gör ett avtal med välfärdsområdet. "
            "Hen får arvode och resepengar.",
            "A developer client uses a service. "
            "They help to make the service better. "
            "They sign an agreement with the county. "
            "They get a fee and travel money.",
        ),
        "kind": "developer_clients",
        "target_groups": ["kaikki", "lapsiperheet", "ikaantyneet", "mielenterveys-ja-paihde"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Kehittäjäasiakkaat eivät ole viiteryhmä, jolta kysytään mielipidettä vasta jälkikäteen. He ovat "
                "mukana alusta loppuun: nykytilan kuvaamisessa, muutostarpeen määrittelyssä, ratkaisujen "
                "ideoinnissa, kokeilussa ja arvioinnissa. Ryhmä kootaan aina tiettyä kehittämiskohdetta varten, "
                "esimerkiksi sosiaalipäivystyksen asiointiin tai uuden SOTE-keskuksen tiloihin.",
                "Utvecklarklienterna är ingen referensgrupp som tillfrågas först i efterhand. De är med från början "
                "till slut: när nuläget beskrivs, förändringsbehovet definieras, lösningar tas fram, prövas och "
                "utvärderas. Gruppen sätts alltid samman för ett visst utvecklingsobjekt, till exempel hur man "
                "kontaktar socialjouren eller lokalerna i en ny social- och hälsocentral.",
                "Developer clients are not a reference group asked for their opinion afterwards. They are involved "
                "from start to finish: describing the current situation, defining what needs to change, generating "
                "solutions, trying them out and evaluating them. A group is put together for a specific development "
                "project, such as contacting the emergency social services or the premises of a new health and "
                "social services centre.",
            ),
            h("Kehittäjäasiakassopimus", "Avtalet för utvecklarklienter", "The developer-client agreement"),
            t(
                "Jokaisen kehittäjäasiakkaan kanssa tehdään sopimus, jossa kuvataan tehtävän laajuus, sisältö ja "
                "kesto, käytännön järjestelyt, salassapito ja eettiset periaatteet, perehdytys ja tuki sekä "
                "maksettavat korvaukset. Kehittäjäasiakkaalle maksetaan palkkio ja matkakulut. Sopimuksen "
                "allekirjoittavat kehittäjäasiakas ja hyvinvointialueen edustaja.",
                "Med varje utvecklarklient görs ett avtal som beskriver uppdragets omfattning, innehåll och längd, "
                "de praktiska arrangemangen, tystnadsplikt och etiska principer, introduktion och stöd samt de "
                "ersättningar som betalas. Utvecklarklienten får arvode och reseersättning. Avtalet undertecknas av "
                "utvecklarklienten och en företrädare för välfärdsområdet.",
                "An agreement is made with each developer client describing the scope, content and duration of the "
                "task, the practical arrangements, confidentiality and ethical principles, orientation and support, "
                "and the payments. Developer clients are paid a fee and travel costs. The agreement is signed by the "
                "developer client and a representative of the county.",
            ),
        ],
        "who_can_join": t(
            "Kehittäjäasiakkaaksi voi ryhtyä, jos käytät tai olet hiljattain käyttänyt sitä palvelua, jota "
            "kehitetään, tai olet käyttäjän läheinen. Erityistä koulutusta ei tarvita: lyhyisiin tehtäviin saat "
            "perehdytyksen ja pidempiin valmennuksen.",
            "Du kan bli utvecklarklient om du använder eller nyligen har använt den tjänst som utvecklas, eller om "
            "du är anhörig till en användare. Ingen särskild utbildning krävs: för korta uppdrag får du en "
            "introduktion och för längre uppdrag en träning.",
            "You can become a developer client if you use, or have recently used, the service being developed, or "
            "if you are close to someone who does. No special training is needed: short tasks come with an "
            "orientation and longer ones with coaching.",
        ),
        "how_to_join": t(
            "Kehittäjäasiakkaita haetaan kuhunkin projektiin avoimella haulla. Hakemuksen voi jättää verkossa tai "
            "puhelimitse. Valinnassa huolehditaan siitä, että ryhmässä on erilaisia kokemuksia ja taustoja. "
            "Tapaamisiin voi osallistua paikan päällä tai etänä, ja tulkkaus järjestetään tarvittaessa.",
            "Utvecklarklienter söks till varje projekt genom en öppen ansökan. Ansökan kan lämnas på webben eller "
            "per telefon. Vid urvalet ser vi till att gruppen har olika erfarenheter och bakgrunder. Man kan delta "
            "i träffarna på plats eller på distans, och tolkning ordnas vid behov.",
            "Developer clients are recruited for each project through an open call. You can apply online or by "
            "phone. We make sure the group has a range of experiences and backgrounds. You can attend meetings in "
            "person or online, and interpretation is arranged if needed.",
        ),
        "meeting_rhythm": t(
            "Projektin ajan, tavallisesti 3–6 tapaamista muutaman kuukauden aikana",
            "Under projektets gång, vanligen 3–6 träffar under några månader",
            "For the length of a project, usually 3–6 meetings over a few months",
        ),
        "participation_level": "co_development",
        "open_for_new_members": True,
        "contact": contact(
            "Anu Järvinen",
            "anu.jarvinen@pirha.example",
            "040 000 1107",
            "Kehittäjäasiakastoiminnan koordinaattori",
            "Koordinator för utvecklarklientverksamheten",
            "Developer-client coordinator",
        ),
    },
    {
        "key": "vertaisryhmat",
        "slug": "vertaisryhmat",
        "slugs": {"sv": "kamratstodsgrupper", "en": "peer-support-groups"},
        "title": t("Vertaisryhmät", "Kamratstödsgrupper", "Peer support groups"),
        "summary": t(
            "Vertaisryhmissä samassa elämäntilanteessa olevat ihmiset tukevat toisiaan koulutetun vertaisohjaajan "
            "kanssa. Ryhmissä syntyvä kokemustieto välitetään luvan kanssa palvelujen kehittämiseen.",
            "I kamratstödsgrupperna stöder människor i samma livssituation varandra tillsammans med en utbildad "
            "kamratledare. Erfarenhetskunskapen från grupperna förs med lov vidare till utvecklingen av tjänsterna.",
            "In peer support groups, people in the same life situation support each other with a trained peer "
            "leader. With the group's permission, what it learns is passed on to help develop services.",
        ),
        "plain_summary": t(
            "Vertaisryhmässä tapaat ihmisiä, joilla on samanlainen tilanne kuin sinulla. "
            "Voitte jutella ja tukea toisianne. "
            "Ryhmä on maksuton. "
            "Voit tulla ilman ilmoittautumista moniin ryhmiin.",
            "I en kamratstödsgrupp träffar du människor som är i samma situation som du. "
            "Ni kan prata och stödja varandra. "
            "Gruppen är avgiftsfri. "
            "Till många grupper kan du komma utan att anmäla dig.",
            "In a peer support group you meet people in the same situation as you. "
            "You can talk and support each other. "
            "The group is free. "
            "You can come to many groups without signing up.",
        ),
        "kind": "peer_support",
        "target_groups": ["mielenterveys-ja-paihde", "omaishoitajat", "lapsiperheet", "ikaantyneet"],
        "areas": ["tampere", "nokia", "sastamala", "valkeakoski", "mantta-vilppula", "parkano"],
        "body": [
            t(
                "Hyvinvointialue koordinoi vertaistoimintaa yhdessä järjestöjen kanssa. Tarjolla on ryhmiä "
                "esimerkiksi omaishoitajille, pikkulasten vanhemmille, eron kokeneille, päihteistä toipuville, "
                "masennusta sairastaville ja leskeksi jääneille. Ryhmiä vetävät koulutetut vertaisohjaajat, joilla on "
                "oma kokemus samasta asiasta, ja työntekijä on tukena taustalla.",
                "Välfärdsområdet samordnar kamratstödet tillsammans med organisationerna. Det finns grupper till "
                "exempel för närståendevårdare, föräldrar till småbarn, personer som har gått igenom en skilsmässa, "
                "personer som återhämtar sig från missbruk, personer med depression och änkor och änklingar. "
                "Grupperna leds av utbildade kamratledare som själva har erfarenhet av samma sak, och en anställd "
                "stöder i bakgrunden.",
                "The county coordinates peer support together with organisations. There are groups, for example, "
                "for family carers, parents of small children, people who have gone through a separation, people "
                "recovering from substance use, people with depression and the recently widowed. The groups are led "
                "by trained peer leaders with their own experience of the same thing, with a staff member in support.",
            ),
            t(
                "Vertaisryhmä ei ole vaikuttamisryhmä, mutta ryhmissä huomataan usein, missä palvelut eivät toimi. "
                "Kerran vuodessa ryhmät voivat koota nimettömästi havaintonsa, jotka vertaistoiminnan koordinaattori "
                "vie vaikuttajaverkostolle ja palvelujen kehittäjille. Mitään ei välitetä eteenpäin ilman ryhmän "
                "lupaa.",
                "En kamratstödsgrupp är ingen påverkansgrupp, men i grupperna märker man ofta var tjänsterna inte "
                "fungerar. En gång om året kan grupperna anonymt sammanställa sina iakttagelser, som koordinatorn för "
                "kamratstödet för vidare till påverkarnätverket och dem som utvecklar tjänsterna. Ingenting förs "
                "vidare utan gruppens tillstånd.",
                "A peer support group is not an advocacy group, but groups often notice where services are not "
                "working. Once a year the groups can collect their observations anonymously, and the peer support "
                "coordinator takes them to the influencer network and service developers. Nothing is passed on "
                "without the group's permission.",
            ),
        ],
        "who_can_join": [
            t(
                "Ryhmät ovat kaikille, joita ryhmän aihe koskettaa, myös läheisille. Asiakkuutta ei tarvita, eikä "
                "lähetettä. Ryhmissä noudatetaan luottamuksellisuutta: mitä ryhmässä kerrotaan, jää ryhmään.",
                "Grupperna är öppna för alla som berörs av gruppens tema, också anhöriga. Man behöver inte vara "
                "klient och ingen remiss behövs. Grupperna är konfidentiella: det som berättas i gruppen stannar i "
                "gruppen.",
                "The groups are open to anyone the topic concerns, including family members. You do not need to be "
                "a client or have a referral. The groups are confidential: what is said in the group stays in the "
                "group.",
            ),
            t(
                "Vertaisohjaajaksi voi ryhtyä, kun oma tilanne on riittävän tasainen. Ohjaajat saavat maksuttoman "
                "koulutuksen ja säännöllisen tuen.",
                "Man kan bli kamratledare när den egna situationen är tillräckligt stabil. Ledarna får en avgiftsfri "
                "utbildning och regelbundet stöd.",
                "You can become a peer leader once your own situation is stable enough. Leaders receive free "
                "training and regular support.",
            ),
        ],
        "how_to_join": t(
            "Katso ryhmien ajat ja paikat Tapahtumat-sivulta. Moniin ryhmiin voi tulla suoraan, osaan "
            "ilmoittaudutaan ennakkoon, koska ryhmä on suljettu. Osa ryhmistä kokoontuu verkossa, joten mukaan "
            "pääsee myös kaukaa. Vertaisohjaajakoulutuksesta kysy koordinaattorilta.",
            "Se gruppernas tider och platser på sidan Evenemang. Till många grupper kan man komma direkt, till en "
            "del anmäler man sig i förväg eftersom gruppen är sluten. En del grupper träffas på nätet, så man kan "
            "delta också på långt avstånd. Fråga koordinatorn om utbildningen till kamratledare.",
            "See the groups' times and places on the Events page. You can simply turn up at many groups; for "
            "others you sign up in advance because the group is closed. Some groups meet online, so you can join "
            "from far away. Ask the coordinator about peer leader training.",
        ),
        "meeting_rhythm": t(
            "Useimmat ryhmät kokoontuvat viikoittain tai joka toinen viikko",
            "De flesta grupper träffas varje vecka eller varannan vecka",
            "Most groups meet weekly or every other week",
        ),
        "participation_level": "consultation",
        "open_for_new_members": True,
        "contact": contact(
            "Petri Laine",
            "petri.laine@pirha.example",
            "040 000 1108",
            "Vertaistoiminnan koordinaattori",
            "Koordinator för kamratstödet",
            "Peer support coordinator",
        ),
    },
    {
        "key": "nuorisovaltuusto",
        "slug": "nuorisovaltuusto",
        "slugs": {"sv": "ungdomsfullmaktige", "en": "youth-council"},
        "title": t(
            "Pirkanmaan hyvinvointialueen nuorisovaltuusto",
            "Birkalands välfärdsområdes ungdomsfullmäktige",
            "Youth council of Pirkanmaa wellbeing services county",
        ),
        "summary": t(
            "Lakisääteinen nuorten vaikuttamistoimielin, joka tuo nuorten näkökulman hyvinvointialueen "
            "suunnitteluun, päätöksiin ja seurantaan. Jäsenet tulevat Pirkanmaan kuntien nuorisovaltuustoista.",
            "Ett lagstadgat påverkansorgan för unga, som för in de ungas perspektiv i välfärdsområdets planering, "
            "beslut och uppföljning. Medlemmarna kommer från ungdomsfullmäktige i kommunerna i Birkaland.",
            "The statutory youth body that brings young people's perspective into the county's planning, decisions "
            "and monitoring. Its members come from the youth councils of the municipalities in Pirkanmaa.",
        ),
        "plain_summary": t(
            "Nuorisovaltuustossa on nuoria eri kunnista. "
            "He kertovat päättäjille, mitä nuoret tarvitsevat. "
            "He voivat puhua aluevaltuuston kokouksessa. "
            "Nuoret valitaan omasta kunnasta.",
            "I ungdomsfullmäktige finns unga från olika kommuner. "
            "De berättar för beslutsfattarna vad unga behöver. "
            "De får tala på områdesfullmäktiges möten. "
            "De unga väljs i den egna kommunen.",
            "The youth council is made up of young people from different municipalities. "
            "They tell decision-makers what young people need. "
            "They can speak at county council meetings. "
            "Members are chosen in their own municipality.",
        ),
        "kind": "statutory_council",
        "target_groups": ["nuoret"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Laki hyvinvointialueesta velvoittaa hyvinvointialueen asettamaan nuorisovaltuuston. Sille on "
                "annettava mahdollisuus vaikuttaa niiden asioiden suunnitteluun, valmisteluun ja seurantaan, joilla "
                "on merkitystä nuorten hyvinvoinnille ja palveluille. Nuorisovaltuusto antaa lausuntoja, tekee "
                "aloitteita ja sillä on puhe- ja läsnäolo-oikeus aluevaltuustossa ja lautakunnissa.",
                "Lagen om välfärdsområden förpliktar välfärdsområdet att tillsätta ett ungdomsfullmäktige. Det ska "
                "få möjlighet att påverka planeringen, beredningen och uppföljningen av frågor som har betydelse för "
                "de ungas välfärd och tjänster. Ungdomsfullmäktige ger utlåtanden, tar initiativ och har närvaro- "
                "och yttranderätt i områdesfullmäktige och nämnderna.",
                "The Act on Wellbeing Services Counties requires every county to set up a youth council. It must be "
                "able to influence the planning, preparation and monitoring of matters that affect young people's "
                "wellbeing and services. The youth council gives statements, makes proposals and has the right to "
                "attend and speak at the county council and its committees.",
            ),
            t(
                "Lisäksi nuorisovaltuusto päättää vuosittain nuorten osallistuvan budjetoinnin määrärahan käytöstä: "
                "nuoret ehdottavat ja äänestävät hankkeista, ja nuorisovaltuusto vahvistaa tuloksen. Viime "
                "vuosina varoja on käytetty esimerkiksi koulujen mielenterveysteemapäiviin ja matalan kynnyksen "
                "chat-palvelun laajentamiseen iltaan.",
                "Dessutom beslutar ungdomsfullmäktige varje år om användningen av anslaget för de ungas "
                "deltagande budgetering: unga föreslår projekt och röstar om dem, och ungdomsfullmäktige fastställer "
                "resultatet. De senaste åren har pengarna till exempel använts till temadagar om psykisk hälsa i "
                "skolorna och till att förlänga en lågtröskelchatt till kvällarna.",
                "The youth council also decides each year how the youth participatory budget is spent: young people "
                "propose and vote on projects, and the youth council confirms the result. In recent years the money "
                "has gone, for example, to mental health theme days in schools and to extending a low-threshold "
                "chat service into the evenings.",
            ),
        ],
        "who_can_join": t(
            "Nuorisovaltuustoon kuuluu 13–20-vuotiaita nuoria. Kunkin kunnan nuorisovaltuusto tai vastaava "
            "nuorten vaikuttajaryhmä esittää jäsenet, ja aluehallitus nimeää valtuuston aluevaltuuston "
            "toimikauden ajaksi.",
            "Ungdomsfullmäktige består av unga i åldern 13–20 år. Ungdomsfullmäktige eller en motsvarande "
            "påverkansgrupp för unga i varje kommun föreslår medlemmarna, och områdesstyrelsen tillsätter "
            "fullmäktige för områdesfullmäktiges mandatperiod.",
            "The youth council has members aged 13 to 20. Each municipality's youth council or similar youth group "
            "nominates members, and the county executive board appoints the council for the county council's term.",
        ),
        "how_to_join": [
            t(
                "Kaikki paikat on täytetty tälle kaudelle. Jos haluat mukaan, hakeudu oman kuntasi "
                "nuorisovaltuustoon: valinnat tehdään yleensä syksyllä kouluissa järjestettävillä vaaleilla.",
                "Alla platser är tillsatta för den här perioden. Om du vill vara med ska du söka dig till "
                "ungdomsfullmäktige i din egen kommun: valen ordnas vanligen i skolorna på hösten.",
                "All places for this term are filled. If you want to take part, join your own municipality's youth "
                "council: members are usually elected in school elections in the autumn.",
            ),
            t(
                "Kuka tahansa nuori voi silti tuoda asian nuorisovaltuuston käsiteltäväksi palautelomakkeella tai "
                "somessa. Jäsenille maksetaan kokouspalkkio ja matkakulut, ja kokoukset pidetään koulupäivän "
                "jälkeen. Etäosallistuminen on mahdollista.",
                "Vilken ung person som helst kan ändå föra fram en fråga till ungdomsfullmäktige med "
                "responsformuläret eller i sociala medier. Medlemmarna får mötesarvode och reseersättning, och "
                "mötena hålls efter skoldagen. Det går att delta på distans.",
                "Any young person can still bring a matter to the youth council with the feedback form or on social "
                "media. Members are paid a meeting fee and travel costs, and meetings are held after school. You can "
                "take part online.",
            ),
        ],
        "meeting_rhythm": t(
            "Noin kerran kuukaudessa lukuvuoden aikana",
            "Ungefär en gång i månaden under läsåret",
            "About once a month during the school year",
        ),
        "participation_level": "co_decision",
        "member_organisations": [
            t(
                "Pirkanmaan kuntien nuorisovaltuustot",
                "Ungdomsfullmäktige i kommunerna i Birkaland",
                "Youth councils of the municipalities in Pirkanmaa",
            ),
            t(
                "Tampereen nuorisoneuvosto",
                "Tammerfors ungdomsråd",
                "Tampere youth council",
            ),
        ],
        "open_for_new_members": False,
        "contact": contact(
            "Emmi Nieminen",
            "emmi.nieminen@pirha.example",
            "040 000 1109",
            "Nuorisovaltuuston koordinaattori",
            "Koordinator för ungdomsfullmäktige",
            "Youth council coordinator",
        ),
    },
    {
        "key": "vanhusneuvosto",
        "slug": "vanhusneuvosto",
        "slugs": {"sv": "aldreradet", "en": "council-for-older-people"},
        "title": t(
            "Pirkanmaan hyvinvointialueen vanhusneuvosto",
            "Birkalands välfärdsområdes äldreråd",
            "Council for older people of Pirkanmaa wellbeing services county",
        ),
        "summary": t(
            "Lakisääteinen vaikuttamistoimielin, joka varmistaa, että ikääntyneen väestön näkökulma otetaan "
            "huomioon hyvinvointialueen palvelujen suunnittelussa, valmistelussa ja seurannassa.",
            "Ett lagstadgat påverkansorgan som ser till att den äldre befolkningens perspektiv beaktas när "
            "välfärdsområdets tjänster planeras, bereds och följs upp.",
            "A statutory body that makes sure the views of older residents are taken into account when the "
            "county's services are planned, prepared and monitored.",
        ),
        "plain_summary": t(
            "Vanhusneuvosto puhuu ikäihmisten puolesta. "
            "Se kertoo mielipiteensä ennen päätöksiä. "
            "Jäsenet tulevat kunnista ja eläkeläisjärjestöistä. "
            "Voit kertoa asiasi neuvostolle.",
            "Äldrerådet talar för de äldre. "
            "Det säger sin åsikt innan beslut fattas. "
            "Medlemmarna kommer från kommunerna och pensionärsorganisationerna. "
            "Du kan berätta ditt ärende för rådet.",
            "The council speaks up for older people. "
            "It gives its opinion before decisions are made. "
            "Members come from municipalities and pensioners' organisations. "
            "You can tell the council about your concern.",
        ),
        "kind": "statutory_council",
        "target_groups": ["ikaantyneet", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Hyvinvointialueen on lain mukaan asetettava vanhusneuvosto ja huolehdittava sen "
                "toimintaedellytyksistä. Neuvosto antaa lausuntoja esimerkiksi ikääntyneiden palvelujen "
                "suunnitelmasta, palveluverkon muutoksista ja asiakasmaksuista. Se voi tehdä aloitteita ja seuraa, "
                "miten ikäihmisten palvelut toteutuvat eri puolilla Pirkanmaata.",
                "Enligt lag ska välfärdsområdet tillsätta ett äldreråd och sörja för dess verksamhetsförutsättningar. "
                "Rådet ger utlåtanden till exempel om planen för tjänster för äldre, förändringar i servicenätet och "
                "klientavgifterna. Det kan ta initiativ och följer hur tjänsterna för äldre fungerar i olika delar av "
                "Birkaland.",
                "By law, the county must set up a council for older people and give it what it needs to work. The "
                "council gives statements, for example on the plan for services for older people, changes to the "
                "service network and client fees. It can make proposals and monitors how services for older people "
                "work across Pirkanmaa.",
            ),
            t(
                "Neuvoston kokousten pöytäkirjat ja lausunnot julkaistaan hyvinvointialueen päätöksenteon sivuilla. "
                "Neuvoston esiin nostamien asioiden etenemistä voi seurata tämän portaalin Päätösten seuranta "
                "-osiossa.",
                "Rådets protokoll och utlåtanden publiceras på välfärdsområdets sidor om beslutsfattande. Hur de "
                "ärenden som rådet har lyft fram framskrider kan följas under Uppföljning av beslut i den här "
                "portalen.",
                "The council's minutes and statements are published on the county's decision-making pages. You can "
                "follow the progress of matters the council has raised under Decision follow-up in this portal.",
            ),
        ],
        "who_can_join": t(
            "Aluehallitus nimeää neuvoston aluevaltuuston toimikaudeksi. Jäsenet edustavat kuntien vanhusneuvostoja "
            "ja eläkeläisjärjestöjä, ja mukana on myös aluevaltuutettuja. Paikat jaetaan niin, että Pirkanmaan eri "
            "osat ovat edustettuina.",
            "Områdesstyrelsen tillsätter rådet för områdesfullmäktiges mandatperiod. Medlemmarna representerar "
            "kommunernas äldreråd och pensionärsorganisationerna, och även ledamöter i områdesfullmäktige ingår. "
            "Platserna fördelas så att olika delar av Birkaland är representerade.",
            "The county executive board appoints the council for the county council's term. Members represent "
            "municipal councils for older people and pensioners' organisations, and county councillors also sit on "
            "it. Seats are shared so that every part of Pirkanmaa is represented.",
        ),
        "how_to_join": t(
            "Neuvostoon ei haeta avoimella haulla, vaan jäsenet nimetään järjestöjen ja kuntien esityksistä. Voit "
            "kuitenkin viedä asian neuvoston käsiteltäväksi oman kuntasi vanhusneuvoston kautta tai ottamalla "
            "yhteyttä neuvoston sihteeriin puhelimitse tai sähköpostilla. Kokoukset ovat esteettömissä tiloissa, "
            "ja niissä on induktiosilmukka.",
            "Man söker inte till rådet genom en öppen ansökan, utan medlemmarna utses på förslag av organisationer "
            "och kommuner. Du kan ändå föra fram ett ärende till rådet via äldrerådet i din egen kommun eller genom "
            "att kontakta rådets sekreterare per telefon eller e-post. Mötena hålls i tillgängliga lokaler med "
            "hörslinga.",
            "There is no open call: members are appointed on the proposal of organisations and municipalities. You "
            "can still bring a matter to the council through your own municipality's council for older people or "
            "by phoning or emailing the council's secretary. Meetings are held in step-free venues with an induction "
            "loop.",
        ),
        "meeting_rhythm": t(
            "Kuudesta kahdeksaan kertaan vuodessa",
            "Sex till åtta gånger om året",
            "Six to eight times a year",
        ),
        "participation_level": "dialogue",
        "member_organisations": [
            t(
                "Pirkanmaan kuntien vanhusneuvostot",
                "Äldreråden i kommunerna i Birkaland",
                "Councils for older people of the municipalities in Pirkanmaa",
            ),
            "Pirkanmaan Eläkkeensaajat ry",
            "Pirkanmaan Seniorit ry",
            "Omaishoitajat Pirkanmaa ry",
            t(
                "Aluevaltuuston edustajat",
                "Företrädare för områdesfullmäktige",
                "Representatives of the county council",
            ),
        ],
        "open_for_new_members": False,
        "contact": contact(
            "Kaarina Hämäläinen",
            "kaarina.hamalainen@pirha.example",
            "040 000 1110",
            "Vanhusneuvoston sihteeri",
            "Äldrerådets sekreterare",
            "Secretary of the council for older people",
        ),
    },
    {
        "key": "vammaisneuvosto",
        "slug": "vammaisneuvosto",
        "slugs": {"sv": "radet-for-personer-med-funktionsnedsattning", "en": "disability-council"},
        "title": t(
            "Pirkanmaan hyvinvointialueen vammaisneuvosto",
            "Birkalands välfärdsområdes råd för personer med funktionsnedsättning",
            "Disability council of Pirkanmaa wellbeing services county",
        ),
        "summary": t(
            "Lakisääteinen vaikuttamistoimielin, jossa vammaisjärjestöjen ja vammaisten ihmisten edustajat "
            "vaikuttavat hyvinvointialueen palveluihin, esteettömyyteen ja yhdenvertaisuuteen.",
            "Ett lagstadgat påverkansorgan där företrädare för handikapporganisationer och personer med "
            "funktionsnedsättning påverkar välfärdsområdets tjänster, tillgänglighet och likabehandling.",
            "A statutory body in which representatives of disability organisations and disabled people influence "
            "the county's services, accessibility and equality.",
        ),
        "plain_summary": t(
            "Vammaisneuvosto puhuu vammaisten ihmisten puolesta. "
            "Se kertoo mielipiteensä ennen päätöksiä. "
            "Se huolehtii, että kaikki pääsevät palveluihin. "
            "Voit kertoa asiasi neuvostolle.",
            "Rådet talar för personer med funktionsnedsättning. "
            "Det säger sin åsikt innan beslut fattas. "
            "Det ser till att alla kan använda tjänsterna. "
            "Du kan berätta ditt ärende för rådet.",
            "The council speaks up for disabled people. "
            "It gives its opinion before decisions are made. "
            "It makes sure that everyone can use the services. "
            "You can tell the council about your concern.",
        ),
        "kind": "statutory_council",
        "target_groups": ["vammaiset"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Vammaisneuvosto on hyvinvointialueen lakisääteinen vaikuttamistoimielin. Sen tehtävä on tuoda "
                "vammaisten ihmisten näkökulma kaikkeen päätöksentekoon, ei vain vammaispalveluihin. Neuvosto antaa "
                "lausuntoja, tekee aloitteita ja arvioi esimerkiksi uusien toimitilojen, sähköisten palvelujen ja "
                "asiakasviestinnän esteettömyyttä.",
                "Rådet för personer med funktionsnedsättning är välfärdsområdets lagstadgade påverkansorgan. Dess "
                "uppgift är att föra in perspektivet hos personer med funktionsnedsättning i allt beslutsfattande, "
                "inte bara i handikappservicen. Rådet ger utlåtanden, tar initiativ och bedömer till exempel "
                "tillgängligheten i nya lokaler, digitala tjänster och kommunikationen med klienterna.",
                "The disability council is the county's statutory advisory body. Its task is to bring disabled "
                "people's point of view into all decision-making, not only disability services. The council gives "
                "statements, makes proposals and assesses, for example, the accessibility of new premises, online "
                "services and communication with clients.",
            ),
            t(
                "Neuvosto seuraa erityisesti vammaispalvelulain uudistuksen toimeenpanoa ja tekee tiivistä "
                "yhteistyötä vammaispalvelujen asiakasraadin kanssa.",
                "Rådet följer särskilt genomförandet av reformen av lagen om funktionshinderservice och samarbetar "
                "nära med klientrådet för handikappservice.",
                "The council keeps a particular eye on how the reformed Disability Services Act is put into practice "
                "and works closely with the client panel for disability services.",
            ),
        ],
        "who_can_join": t(
            "Aluehallitus nimeää neuvoston aluevaltuuston toimikaudeksi. Vähintään puolet jäsenistä on "
            "vammaisjärjestöjen esittämiä vammaisia ihmisiä tai heidän läheisiään, ja mukana on myös "
            "aluevaltuutettuja.",
            "Områdesstyrelsen tillsätter rådet för områdesfullmäktiges mandatperiod. Minst hälften av "
            "medlemmarna är personer med funktionsnedsättning eller deras anhöriga som har föreslagits av "
            "handikapporganisationerna, och även ledamöter i områdesfullmäktige ingår.",
            "The county executive board appoints the council for the county council's term. At least half of the "
            "members are disabled people or their family members nominated by disability organisations, and county "
            "councillors also sit on it.",
        ),
        "how_to_join": t(
            "Jäsenet nimetään vammaisjärjestöjen esityksistä, eikä neuvostoon ole avointa hakua. Asian voi tuoda "
            "neuvoston käsiteltäväksi oman järjestön kautta tai ottamalla yhteyttä neuvoston sihteeriin. "
            "Kokouksissa on tarvittaessa viittomakielen tulkkaus ja kirjoitustulkkaus, ja esityslistat ovat "
            "saatavilla saavutettavina tiedostoina.",
            "Medlemmarna utses på förslag av handikapporganisationerna och det finns ingen öppen ansökan till "
            "rådet. Man kan föra fram ett ärende till rådet via den egna organisationen eller genom att kontakta "
            "rådets sekreterare. På mötena finns vid behov teckenspråkstolkning och skrivtolkning, och "
            "föredragningslistorna finns som tillgängliga filer.",
            "Members are appointed on the proposal of disability organisations and there is no open call. You can "
            "bring a matter to the council through your own organisation or by contacting the council's secretary. "
            "Sign language and speech-to-text interpretation are provided when needed, and agendas are available "
            "as accessible files.",
        ),
        "meeting_rhythm": t(
            "Kuudesta kahdeksaan kertaan vuodessa",
            "Sex till åtta gånger om året",
            "Six to eight times a year",
        ),
        "participation_level": "dialogue",
        "member_organisations": [
            "Pirkanmaan Vammaisfoorumi ry",
            "Tampereen seudun Kuulo ry",
            "Pirkanmaan Näkövammaiset ry",
            "Kehitysvammaisten Tukiyhdistys Pirkanmaa ry",
            "Liikuntavammaiset Pirkanmaa ry",
            t(
                "Aluevaltuuston edustajat",
                "Företrädare för områdesfullmäktige",
                "Representatives of the county council",
            ),
        ],
        "open_for_new_members": False,
        "contact": contact(
            "Timo Salonen",
            "timo.salonen@pirha.example",
            "040 000 1111",
            "Vammaisneuvoston sihteeri",
            "Sekreterare för rådet för personer med funktionsnedsättning",
            "Secretary of the disability council",
        ),
    },
    {
        "key": "kumppanuuspoydat",
        "slug": "kumppanuuspoydat",
        "slugs": {"sv": "partnerskapsbord", "en": "partnership-tables"},
        "title": t("Kumppanuuspöydät", "Partnerskapsbord", "Partnership tables"),
        "summary": t(
            "Avoimet keskustelutilaisuudet, joissa järjestöt, asukkaat, kunta, hyvinvointialue ja yritykset "
            "sopivat yhteistyöstä ja palvelujen parantamisesta paikallisten tarpeiden pohjalta.",
            "Öppna diskussionsmöten där organisationer, invånare, kommunen, välfärdsområdet och företag kommer "
            "överens om samarbete och om hur tjänsterna kan förbättras utifrån lokala behov.",
            "Open discussion meetings where organisations, residents, the municipality, the county and businesses "
            "agree on cooperation and on improving services based on local needs.",
        ),
        "plain_summary": t(
            "Kumppanuuspöytä on avoin tapaaminen. "
            "Siellä yhdistykset ja asukkaat keskustelevat hyvinvointialueen kanssa. "
            "Aihe valitaan sen mukaan, mitä omassa kunnassa tarvitaan. "
            "Kaikki ovat tervetulleita.",
            "Ett partnerskapsbord är en öppen träff. "
            "Där diskuterar föreningar och invånare med välfärdsområdet. "
            "Temat väljs efter vad som behövs i den egna kommunen. "
            "Alla är välkomna.",
            "A partnership table is an open meeting. "
            "Associations and residents talk with the county there. "
            "The topic depends on what your municipality needs. "
            "Everyone is welcome.",
        ),
        "kind": "arena",
        "target_groups": ["jarjestot", "kaikki"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Kumppanuuspöytä on osallistava toimintamalli, jolla vahvistetaan järjestöjen, kuntien ja "
                "hyvinvointialueen yhteistyötä. Jokainen pöytä alkaa lyhyellä alustuksella, minkä jälkeen "
                "keskustellaan pienryhmissä. Kysymykset ovat käytännöllisiä: millainen on järjestöystävällinen "
                "hyvinvointialue, miten järjestöjen toiminnasta kerrotaan SOTE-keskuksen asiakkaille ja miten "
                "yhteisiä tiloja voisi käyttää paremmin.",
                "Partnerskapsbordet är en delaktiggörande verksamhetsmodell som stärker samarbetet mellan "
                "organisationer, kommuner och välfärdsområdet. Varje bord börjar med en kort inledning, och sedan "
                "diskuterar man i små grupper. Frågorna är praktiska: hur ser ett organisationsvänligt "
                "välfärdsområde ut, hur informerar man klienterna vid social- och hälsocentralen om "
                "organisationernas verksamhet och hur kunde gemensamma lokaler användas bättre.",
                "The partnership table is a participatory model for strengthening cooperation between "
                "organisations, municipalities and the county. Each table opens with a short introduction, followed "
                "by discussion in small groups. The questions are practical: what does an organisation-friendly "
                "county look like, how can clients at the health and social services centre hear about "
                "organisations' activities, and how could shared premises be used better.",
            ),
            t(
                "Kunnan järjestöyhdyshenkilö ja hyvinvointialueen järjestöyhteistyön suunnittelija kutsuvat pöydän "
                "koolle vähintään kerran vuodessa jokaisessa Pirkanmaan kunnassa. Aiheet nousevat paikallisista "
                "tarpeista, ja niitä voi ehdottaa etukäteen. Muistio julkaistaan tässä portaalissa ja kunnan "
                "verkkosivuilla, ja sovitut jatkotoimet kirjataan Päätösten seuranta -osioon.",
                "Kommunens kontaktperson för organisationer och välfärdsområdets planerare för "
                "organisationssamarbete sammankallar bordet minst en gång om året i varje kommun i Birkaland. "
                "Temana utgår från lokala behov och kan föreslås i förväg. Minnesanteckningarna publiceras i den här "
                "portalen och på kommunens webbplats, och de åtgärder man kommit överens om förs in under "
                "Uppföljning av beslut.",
                "The municipality's organisation liaison and the county's organisation cooperation planner convene "
                "a table at least once a year in every municipality in Pirkanmaa. Topics come from local needs and "
                "can be suggested in advance. The notes are published in this portal and on the municipality's "
                "website, and agreed follow-up actions are recorded under Decision follow-up.",
            ),
        ],
        "who_can_join": t(
            "Pöytiin ovat tervetulleita järjestöjen ja yhdistysten toimijat, seurakunnat, asukkaat, kunnan ja "
            "hyvinvointialueen työntekijät, luottamushenkilöt sekä paikalliset yritykset. Jäsenyyttä ei ole: "
            "jokainen pöytä on avoin.",
            "Alla som är aktiva i organisationer och föreningar, församlingar, invånare, anställda vid kommunen och "
            "välfärdsområdet, förtroendevalda och lokala företag är välkomna till borden. Det finns inget "
            "medlemskap: varje bord är öppet.",
            "Organisation and association members, parishes, residents, municipal and county staff, elected "
            "officials and local businesses are all welcome. There is no membership: every table is open.",
        ),
        "how_to_join": t(
            "Ilmoittaudu kumppanuuspöytään Tapahtumat-sivulla, jotta tarjoilut ja tilat osataan mitoittaa. Osa "
            "pöydistä järjestetään verkossa, jolloin mukaan pääsee myös pitkän matkan päästä. Jos tarvitset "
            "tulkkausta tai muuta tukea osallistumiseen, kerro siitä ilmoittautuessasi.",
            "Anmäl dig till partnerskapsbordet på sidan Evenemang så att servering och lokaler kan dimensioneras. "
            "En del bord ordnas på nätet, så att man kan delta också på långt avstånd. Om du behöver tolkning eller "
            "annat stöd för att delta kan du berätta det när du anmäler dig.",
            "Sign up for a partnership table on the Events page so that we can plan catering and rooms. Some "
            "tables are held online, so you can take part from far away. If you need interpretation or other "
            "support to take part, tell us when you sign up.",
        ),
        "meeting_rhythm": t(
            "Jokaisessa kunnassa vähintään kerran vuodessa, teemapöytiä tarpeen mukaan",
            "Minst en gång om året i varje kommun, därtill temabord vid behov",
            "At least once a year in every municipality, plus thematic tables as needed",
        ),
        "participation_level": "dialogue",
        "member_organisations": [
            t(
                "Kuntien järjestöyhdyshenkilöt",
                "Kommunernas kontaktpersoner för organisationer",
                "Municipal organisation liaisons",
            ),
            "Pirkanmaan Järjestötalo ry",
            t(
                "Pirkanmaan Leader-ryhmät",
                "Leader-grupperna i Birkaland",
                "Leader local action groups in Pirkanmaa",
            ),
            t(
                "Pirkanmaan seurakuntien diakoniatyö",
                "Diakonin i församlingarna i Birkaland",
                "Diaconal work of the parishes in Pirkanmaa",
            ),
        ],
        "open_for_new_members": True,
        "contact": contact(
            "Minna Rantanen",
            "minna.rantanen@pirha.example",
            "040 000 1112",
            "Järjestöyhteistyön suunnittelija",
            "Planerare för organisationssamarbete",
            "Organisation cooperation planner",
        ),
    },
    {
        "key": "kehittajakahvilat",
        "slug": "kehittajakahvilat",
        "slugs": {"sv": "utvecklingskafeer", "en": "developer-cafes"},
        "title": t("Kehittäjäkahvilat", "Utvecklingskaféer", "Developer cafés"),
        "summary": t(
            "Avoimia, rentoja keskustelutilaisuuksia, joihin kuka tahansa voi poiketa kahville kertomaan "
            "kokemuksiaan ja ideoitaan yhdestä ajankohtaisesta palvelusta.",
            "Öppna och avslappnade diskussionsträffar där vem som helst kan titta in på kaffe och berätta om sina "
            "erfarenheter och idéer om en aktuell tjänst.",
            "Open, relaxed discussion sessions where anyone can drop in for a coffee and share their experiences "
            "and ideas about one current service.",
        ),
        "plain_summary": t(
            "Kehittäjäkahvilaan voit tulla kuka tahansa. "
            "Ilmoittautumista ei tarvita. "
            "Juot kahvia ja kerrot, mitä mieltä olet palveluista. "
            "Voit olla paikalla vain hetken.",
            "Vem som helst kan komma till utvecklingskaféet. "
            "Du behöver inte anmäla dig. "
            "Du dricker kaffe och berättar vad du tycker om tjänsterna. "
            "Du kan stanna bara en stund.",
            "Anyone can come to a developer café. "
            "You do not need to sign up. "
            "You have a coffee and say what you think about the services. "
            "You can stay for just a short while.",
        ),
        "kind": "arena",
        "target_groups": ["kaikki"],
        "areas": ["tampere", "kangasala", "ylojarvi", "sastamala", "valkeakoski", "ikaalinen", "orivesi"],
        "body": [
            t(
                "Kehittäjäkahvila on matalan kynnyksen osallistumisen areena. Se pidetään paikassa, jossa ihmiset "
                "muutenkin liikkuvat: SOTE-keskuksen aulassa, kirjastossa tai kauppakeskuksessa. Jokaisella "
                "kahvilalla on yksi teema, esimerkiksi terveysaseman ajanvaraus, omaishoidon tuki tai "
                "perhekeskuksen aukioloajat, ja pöydissä on valmiita kysymyksiä, joiden avulla keskustelu pääsee "
                "helposti alkuun.",
                "Utvecklingskaféet är en lågtröskelarena för delaktighet. Det hålls där människor ändå rör sig: i "
                "aulan vid social- och hälsocentralen, på biblioteket eller i ett köpcentrum. Varje kafé har ett "
                "tema, till exempel tidsbokningen till hälsostationen, stödet för närståendevård eller "
                "familjecentralens öppettider, och på borden finns färdiga frågor som gör det lätt att komma i gång.",
                "The developer café is a low-threshold arena for taking part. It is held where people go anyway: in "
                "the lobby of a health and social services centre, in a library or in a shopping centre. Each café "
                "has one theme, such as booking appointments at the health centre, support for family carers or the "
                "family centre's opening hours, and the tables have ready-made questions that make it easy to start "
                "talking.",
            ),
            t(
                "Paikalla ovat teeman palvelun työntekijät ja usein kokemusasiantuntija. Keskustelut kirjataan "
                "nimettöminä, ja kahvilan jälkeen koonti ja siitä seuraavat toimet julkaistaan tässä portaalissa. "
                "Kahvila kiertää Pirkanmaan kunnissa, ja samasta aiheesta järjestetään tarvittaessa myös "
                "verkkokahvila.",
                "På plats finns anställda från den tjänst som temat gäller och ofta en erfarenhetsexpert. Samtalen "
                "antecknas anonymt, och efter kaféet publiceras en sammanfattning och de åtgärder som följer av den "
                "i den här portalen. Kaféet turnerar i kommunerna i Birkaland, och om samma tema ordnas vid behov "
                "också ett nätkafé.",
                "Staff from the service in question and often an expert by experience are there. Conversations are "
                "recorded anonymously, and after the café a summary and the resulting actions are published in this "
                "portal. The café tours the municipalities of Pirkanmaa, and an online café on the same theme is "
                "held when needed.",
            ),
        ],
        "who_can_join": t(
            "Kuka tahansa: asiakkaat, läheiset, asukkaat, järjestöjen edustajat ja työntekijät. Lapset ja nuoret "
            "ovat tervetulleita, ja heille on omat tehtävät piirtämällä tai tarroilla äänestämällä.",
            "Vem som helst: klienter, anhöriga, invånare, företrädare för organisationer och anställda. Barn och unga "
            "är välkomna, och för dem finns egna uppgifter där man ritar eller röstar med klistermärken.",
            "Anyone: clients, family members, residents, representatives of organisations and staff. Children and "
            "young people are welcome, and there are activities for them such as drawing or voting with stickers.",
        ),
        "how_to_join": t(
            "Ilmoittautumista ei tarvita: tule paikalle silloin kun sinulle sopii ja ole niin kauan kuin haluat. "
            "Ajat ja paikat löytyvät Tapahtumat-sivulta. Kahvilat pidetään esteettömissä tiloissa julkisen "
            "liikenteen varrella, ja kahvi on ilmainen. Jos et pääse paikalle, voit kertoa "
            "ajatuksesi palautelomakkeella.",
            "Du behöver inte anmäla dig: kom när det passar dig och stanna så länge du vill. Tider och platser "
            "finns på sidan Evenemang. Kaféerna hålls i tillgängliga lokaler nära kollektivtrafiken, och kaffet "
            "är gratis. Om du inte kan komma kan du lämna dina tankar med responsformuläret.",
            "No need to sign up: come when it suits you and stay as long as you like. Times and places are on the "
            "Events page. Cafés are held in step-free venues near public transport, and the coffee is free. If "
            "you cannot come, you can share your thoughts with the feedback form.",
        ),
        "meeting_rhythm": t(
            "Noin kerran kuukaudessa, kiertää kunnissa",
            "Ungefär en gång i månaden, turnerar i kommunerna",
            "About once a month, touring the municipalities",
        ),
        "participation_level": "consultation",
        "open_for_new_members": True,
        "contact": contact(
            "Ville Heikkinen",
            "ville.heikkinen@pirha.example",
            "040 000 1113",
            "Osallisuussuunnittelija",
            "Planerare för delaktighet",
            "Participation planner",
        ),
    },
    {
        # Seed 002's Sámi facts: three language groups, speakers who do not read Sámi, families and services across
        # the borders, and developer clients from each language group. It has a listening version (`listen`).
        "key": "saamelaisten-kehittajaasiakasryhma",
        "slug": "saamelaisten-kehittajaasiakasryhma",
        "slugs": {"sv": "samernas-utvecklarklientgrupp", "en": "sami-developer-client-group"},
        "title": t(
            "Saamelaisten kehittäjäasiakasryhmä",
            "Samernas utvecklarklientgrupp",
            "Sámi developer-client group",
        ),
        "summary": t(
            "Saamelaiset asiakkaat kehittävät sosiaali- ja terveyspalveluja yhdessä työntekijöiden kanssa. Ryhmässä "
            "on jäseniä kaikista kolmesta saamen kieliryhmästä.",
            "Samiska klienter utvecklar social- och hälsovårdstjänster tillsammans med personalen. I gruppen finns "
            "medlemmar från alla tre samiska språkgrupper.",
            "Sámi clients develop health and social services together with staff. The group has members from all "
            "three Sámi language groups.",
        ),
        "plain_summary": t(
            "Oletko saamelainen? "
            "Tule kertomaan, miten palvelut toimivat. "
            "Voit puhua saamea tai suomea. "
            "Sinun ei tarvitse osata lukea tai kirjoittaa saamea. "
            "Saat palkkion ja matkarahat.",
            "Är du same? "
            "Kom och berätta hur tjänsterna fungerar. "
            "Du kan tala samiska eller finska. "
            "Du behöver inte kunna läsa eller skriva samiska. "
            "Du får arvode och resepengar.",
            "Are you Sámi? "
            "Come and tell us how services work. "
            "You can speak Sámi or Finnish. "
            "You do not need to read or write Sámi. "
            "You get a fee and travel money.",
        ),
        "kind": "developer_clients",
        "target_groups": ["saamelaiset"],
        "areas": ["koko-pirkanmaa"],
        "body": [
            t(
                "Suomessa puhutaan kolmea saamen kieltä: pohjoissaamea, inarinsaamea ja koltansaamea. Saamelaisia on "
                "noin 10 000. Kolttasaamelaiset, inarinsaamelaiset ja pohjoissaamelaiset tarvitsevat palveluja, "
                "jotka ottavat huomioon heidän kielensä ja kulttuurinsa.",
                "I Finland talas tre samiska språk: nordsamiska, enaresamiska och skoltsamiska. Det finns cirka "
                "10 000 samer. Skoltsamer, enaresamer och nordsamer behöver tjänster som tar hänsyn till deras "
                "språk och kultur.",
                "Three Sámi languages are spoken in Finland: Northern Sámi, Inari Sámi and Skolt Sámi. There are "
                "about 10,000 Sámi people. Skolt, Inari and Northern Sámi people need services that take their "
                "language and culture into account.",
            ),
            h(
                "Saamea voi puhua, vaikka ei lue sitä",
                "Man kan tala samiska utan att läsa det",
                "You can speak Sámi without reading it",
            ),
            t(
                "Moni vanhempi saamelainen puhuu saamea, mutta ei ole oppinut lukemaan tai kirjoittamaan sitä. "
                "Saamen kielen opetus vahvistui vasta 1970-luvulla. Nuoremmat ovat voineet opiskella saamea koulussa "
                "ja yliopistossa ja kirjoittaa sitä ylioppilaskokeessa.",
                "Många äldre samer talar samiska men har inte lärt sig att läsa eller skriva det. "
                "Undervisningen i samiska blev starkare först på 1970-talet. Yngre samer har kunnat studera samiska i "
                "skolan och på universitetet och skriva det i studentexamen.",
                "Many older Sámi people speak Sámi but never learned to read or write it. Teaching of the Sámi "
                "languages grew stronger only in the 1970s. Younger people have been able to study Sámi at school "
                "and university and to take it in the matriculation examination.",
            ),
            t(
                "Siksi ryhmässä asioista puhutaan. Kaikkea ei tarvitse lukea. Tapaamisiin järjestetään tulkkaus, "
                "jos sitä tarvitaan.",
                "Därför pratar vi om sakerna i gruppen. Man behöver inte läsa allt. Tolkning ordnas till träffarna "
                "vid behov.",
                "That is why the group talks things through. You do not have to read everything. Interpretation is "
                "arranged for the meetings if needed.",
            ),
            h("Yli valtakunnan rajojen", "Över riksgränserna", "Across national borders"),
            t(
                "Saamelaisten kotiseutu ja kielet eivät noudata valtakuntien rajoja. Saamelaisia asuu Suomen lisäksi "
                "Norjassa, Ruotsissa ja Venäjällä. Yhteistyö rajan yli parantaa saamenkielisten palvelujen "
                "saatavuutta. Ryhmä kertoo, missä raja hankaloittaa palvelujen saamista.",
                "Samernas hembygd och språk följer inte riksgränserna. Samer bor förutom i Finland även i Norge, "
                "Sverige och Ryssland. Samarbete över gränsen gör tjänster på samiska lättare att få. Gruppen "
                "berättar var gränsen gör det svårare att få tjänster.",
                "The Sámi homeland and languages do not follow national borders. Besides Finland, Sámi people live "
                "in Norway, Sweden and Russia. Cooperation across the border makes services in Sámi easier to get. "
                "The group tells us where the border makes it harder to get services.",
            ),
            h("Kulttuurin tuntemus", "Kunskap om kulturen", "Knowing the culture"),
            t(
                "Suomenkielinen työntekijä ei aina tunne saamelaista kulttuuria. Kehittäjäasiakkaat kertovat, mikä on "
                "tärkeää saamelaiselle asiakkaalle esimerkiksi kotihoidossa. He ovat kulttuurin lähettiläitä "
                "työntekijöille.",
                "En finskspråkig anställd känner inte alltid till den samiska kulturen. Utvecklarklienterna berättar "
                "vad som är viktigt för en samisk klient, till exempel inom hemvården. De är kulturens ambassadörer "
                "för personalen.",
                "A Finnish-speaking worker does not always know Sámi culture. The developer clients tell staff what "
                "matters to a Sámi client, for example in home care. They are ambassadors of the culture for the "
                "staff.",
            ),
            t(
                "Mallina on Lapin kotihoidon kehittämishanke. Siinä oli kolme kehittäjäasiakasta, yksi jokaisesta "
                "saamen kieliryhmästä.",
                "Förebilden är ett projekt som utvecklade hemvården i Lappland. Där fanns tre utvecklarklienter, en "
                "från varje samisk språkgrupp.",
                "The model is a project that developed home care in Lapland. It had three developer clients, one "
                "from each Sámi language group.",
            ),
        ],
        "who_can_join": t(
            "Ryhmään voi tulla saamelainen, joka käyttää tai on hiljattain käyttänyt sosiaali- tai "
            "terveyspalveluja, tai hänen läheisensä. Voit puhua pohjoissaamea, inarinsaamea, koltansaamea tai "
            "suomea. Lukemista tai kirjoittamista ei tarvita.",
            "Du kan gå med i gruppen om du är same och använder eller nyligen har använt social- eller "
            "hälsovårdstjänster, eller om du är närstående till en sådan person. Du kan tala nordsamiska, "
            "enaresamiska, skoltsamiska eller finska. Du behöver inte läsa eller skriva.",
            "You can join if you are Sámi and use, or have recently used, health or social services, or if you are "
            "close to someone who does. You can speak Northern Sámi, Inari Sámi, Skolt Sámi or Finnish. No reading "
            "or writing is needed.",
        ),
        "how_to_join": t(
            "Uusia jäseniä haetaan avoimella haulla. Voit hakea verkossa, lähettää ääniviestin tai soittaa "
            "koordinaattorille. Koordinaattori soittaa kaikille hakijoille. Tapaamisiin voi tulla paikan päälle "
            "tai osallistua etänä.",
            "Nya medlemmar söks genom en öppen ansökan. Du kan söka på webben, skicka ett ljudmeddelande eller "
            "ringa koordinatorn. Koordinatorn ringer alla sökande. Du kan komma till träffarna på plats eller delta "
            "på distans.",
            "New members are recruited through an open call. You can apply online, send an audio message or phone "
            "the coordinator. The coordinator phones every applicant. You can come to the meetings in person or "
            "take part online.",
        ),
        "meeting_rhythm": t(
            "Noin viisi tapaamista puolessa vuodessa, paikan päällä tai etänä",
            "Ungefär fem träffar på ett halvår, på plats eller på distans",
            "About five meetings in six months, in person or online",
        ),
        "participation_level": "co_development",
        "open_for_new_members": True,
        # The page read aloud in its own language by speech synthesis, as an audio block with its transcript at the
        # top of the body (participation/demo_content.py). Nobody reads it in Sámi: the title says which language.
        "listen": {
            "title": t(
                "Kuuntele sivu suomeksi (puhesynteesi)",
                "Lyssna på sidan på svenska (talsyntes)",
                "Listen to this page in English (speech synthesis)",
            ),
        },
        "contact": contact(
            "Elina Korhonen",
            "elina.korhonen@pirha.example",
            "040 000 1114",
            "Saamelaisen asiakasosallisuuden koordinaattori",
            "Koordinator för samisk klientdelaktighet",
            "Coordinator of Sámi client participation",
        ),
    },
]
