"""Demo content for the method library: sixteen participation methods with steps, in Finnish, Swedish and English."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


METHODS = [
    {
        "key": "osallistuva-budjetointi",
        "slug": "osallistuva-budjetointi",
        "slugs": {"sv": "deltagande-budgetering", "en": "participatory-budgeting"},
        "title": t("Osallistuva budjetointi", "Deltagande budgetering", "Participatory budgeting"),
        "summary": t(
            "Asukkaat ja asiakkaat ideoivat, kehittävät ja äänestävät, mihin osa määrärahasta käytetään.",
            "Invånare och klienter kommer med idéer, utvecklar dem och röstar om vad en del av anslaget ska användas "
            "till.",
            "Residents and clients propose, develop and vote on how part of a budget is spent.",
        ),
        "plain_summary": t(
            "Hyvinvointialue varaa rahaa. Sinä voit ehdottaa, mihin raha käytetään. Sitten kaikki äänestävät. "
            "Eniten ääniä saaneet ideat toteutetaan.",
            "Välfärdsområdet reserverar pengar. Du kan föreslå vad pengarna ska användas till. Sedan röstar alla. "
            "Idéerna med flest röster genomförs.",
            "The wellbeing services county sets aside money. You can suggest what to use it for. Then everyone votes. "
            "The ideas with the most votes are carried out.",
        ),
        "target_groups": ["kaikki", "nuoret", "lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "decide"],
        "participation_level": "co_decision",
        "purpose": [
            t(
                "Osallistuvassa budjetoinnissa asukkaat saavat oikeasti päättää pienestä osasta palvelujen rahoja. "
                "Menetelmä sopii, kun halutaan kohdentaa esimerkiksi perhekeskuksen, nuorisotyön tai "
                "ikäihmisten päivätoiminnan kehittämisrahaa asukkaiden omiin ideoihin.",
                "Vid deltagande budgetering får invånarna på riktigt bestämma över en liten del av tjänsternas pengar. "
                "Metoden passar när man vill rikta till exempel familjecentrets, ungdomsarbetets eller "
                "dagverksamhetens utvecklingspengar till invånarnas egna idéer.",
                "In participatory budgeting residents genuinely decide on a small share of service funds. The method "
                "suits directing, for example, development money for family centres, youth work or day activities "
                "for older people to residents' own ideas.",
            ),
            t(
                "Menetelmä lisää luottamusta, koska lopputulos on näkyvä ja sitova. Se edellyttää, että päättäjät "
                "sitoutuvat etukäteen toteuttamaan äänestyksen tuloksen.",
                "Metoden ökar förtroendet eftersom resultatet är synligt och bindande. Den förutsätter att "
                "beslutsfattarna på förhand förbinder sig att genomföra omröstningens resultat.",
                "The method builds trust because the outcome is visible and binding. It requires decision-makers to "
                "commit in advance to carrying out the result of the vote.",
            ),
        ],
        "group_size": t(
            "Rajaton: ideointiin ja äänestykseen voivat osallistua kaikki kohdealueen asukkaat",
            "Obegränsad: alla invånare i området kan delta i idéinsamlingen och omröstningen",
            "Unlimited: every resident of the area can take part in proposing and voting",
        ),
        "duration": t(
            "3–6 kuukautta ideoinnista toteutuspäätökseen",
            "3–6 månader från idéinsamling till beslut om genomförande",
            "3–6 months from collecting ideas to the implementation decision",
        ),
        "preparation_time": t(
            "1–2 kuukautta (määräraha, säännöt, äänestysalusta, viestintä)",
            "1–2 månader (anslag, regler, röstningsplattform, kommunikation)",
            "1–2 months (budget, rules, voting platform, communication)",
        ),
        "materials": t(
            "Päätös käytettävästä summasta, kirjalliset säännöt (kuka voi ehdottaa ja äänestää, mitä idea saa "
            "maksaa), sähköinen ideointi- ja äänestysalusta sekä paperiset lomakkeet ja äänestyslaatikot "
            "palvelupisteisiin, kustannusarvion pohja ideoiden työstämiseen.",
            "Beslut om summan, skriftliga regler (vem får föreslå och rösta, vad en idé får kosta), en digital "
            "plattform för idéer och röstning samt pappersblanketter och röstlådor på serviceställena, en mall för "
            "kostnadsberäkning när idéerna bearbetas.",
            "A decision on the amount, written rules (who may propose and vote, what an idea may cost), an online "
            "platform for ideas and voting plus paper forms and ballot boxes at service points, and a cost "
            "estimate template for working up the ideas.",
        ),
        "steps": [
            {
                "title": t("Sovi raha ja säännöt", "Kom överens om pengar och regler", "Agree the money and the rules"),
                "text": t(
                    "Hanki johdolta päätös summasta ja lupaus toteuttaa tulos. Kirjaa säännöt: kuka saa ehdottaa ja "
                    "äänestää (esim. kaikki yli 12-vuotiaat), mikä on yhden idean enimmäishinta ja aikataulu.",
                    "Skaffa ett beslut av ledningen om summan och ett löfte att genomföra resultatet. Skriv ner "
                    "reglerna: vem får föreslå och rösta (t.ex. alla över 12 år), vad en idé högst får kosta och "
                    "tidtabellen.",
                    "Get management's decision on the amount and a promise to carry out the result. Write down the "
                    "rules: who may propose and vote (e.g. everyone over 12), the maximum cost of one idea, and the "
                    "timetable.",
                ),
            },
            {
                "title": t("Kerää ideat", "Samla in idéer", "Collect ideas"),
                "text": t(
                    "Pidä ideointi auki 4–6 viikkoa verkossa ja paperilla. Vie ideointi myös kouluihin, "
                    "neuvoloihin, palvelutaloihin ja järjestöjen kokoontumisiin, jotta ääneen pääsevät muutkin "
                    "kuin aktiivisimmat.",
                    "Håll idéinsamlingen öppen 4–6 veckor på nätet och på papper. Ta den också till skolor, "
                    "rådgivningar, servicehus och föreningarnas träffar så att fler än de mest aktiva kommer till "
                    "tals.",
                    "Keep the call for ideas open for 4–6 weeks online and on paper. Take it to schools, child health "
                    "clinics, service housing and organisations' meetings too, so that more than the most active "
                    "people are heard.",
                ),
            },
            {
                "title": t("Työstä ideat yhdessä", "Bearbeta idéerna tillsammans", "Work up the ideas together"),
                "text": t(
                    "Kutsu ehdottajat ja ammattilaiset yhteiseen työpajaan. Yhdistäkää samankaltaiset ideat ja "
                    "laskekaa kustannukset. Perustele kirjallisesti, jos idea ei voi edetä äänestykseen.",
                    "Bjud in förslagsställarna och yrkespersoner till en gemensam verkstad. Slå ihop liknande idéer "
                    "och räkna ut kostnaderna. Motivera skriftligt om en idé inte kan gå vidare till omröstning.",
                    "Invite the proposers and professionals to a joint workshop. Merge similar ideas and work out the "
                    "costs. Give written reasons if an idea cannot go forward to the vote.",
                ),
            },
            {
                "title": t("Järjestä äänestys", "Ordna omröstningen", "Hold the vote"),
                "text": t(
                    "Äänestysaika on 2–3 viikkoa. Tarjoa sähköisen äänestyksen rinnalle äänestys palvelupisteissä "
                    "ja avustettu äänestys. Julkaise tulos heti äänestyksen päätyttyä.",
                    "Röstningstiden är 2–3 veckor. Erbjud röstning på serviceställena och assisterad röstning vid "
                    "sidan av den digitala röstningen. Publicera resultatet genast när röstningen är slut.",
                    "Voting runs for 2–3 weeks. Offer voting at service points and assisted voting alongside online "
                    "voting. Publish the result as soon as voting closes.",
                ),
            },
            {
                "title": t(
                    "Toteuta ja kerro etenemisestä",
                    "Genomför och berätta om framstegen",
                    "Carry out the ideas and report progress",
                ),
                "text": t(
                    "Nimeä jokaiselle voittaneelle idealle vastuuhenkilö ja aikataulu. Päivitä toteutuksen tila "
                    "Päätösten seuranta -sivulle ja kutsu ehdottajat mukaan avajaisiin tai kokeiluun.",
                    "Utse en ansvarsperson och en tidtabell för varje vinnande idé. Uppdatera läget på sidan "
                    "Uppföljning av beslut och bjud in förslagsställarna till invigningen eller försöket.",
                    "Name a person responsible and a timetable for each winning idea. Update progress on the decision "
                    "follow-up page and invite the proposers to the opening or trial.",
                ),
            },
            {
                "title": t("Arvioi kierros", "Utvärdera omgången", "Evaluate the round"),
                "text": t(
                    "Tilastoi ideoiden, äänestäjien ja toteutuneiden ideoiden määrä sekä se, keitä osallistujat "
                    "olivat. Kysy palautetta osallistujilta ja korjaa säännöt ennen seuraavaa kierrosta.",
                    "För statistik över antalet idéer, röstande och genomförda idéer samt vilka deltagarna var. Be "
                    "deltagarna om respons och justera reglerna före nästa omgång.",
                    "Record the number of ideas, voters and ideas carried out, and who took part. Ask participants "
                    "for feedback and adjust the rules before the next round.",
                ),
            },
        ],
        "children_and_vulnerable": [
            t(
                "Lapsille ja nuorille voi järjestää oman kierroksen kouluissa oppituntien aikana, jolloin "
                "osallistuminen ei jää kodin tuen varaan. Käytä kuvia ja esimerkkejä siitä, mitä summalla saa.",
                "För barn och unga kan man ordna en egen omgång i skolorna under lektionstid, så att deltagandet inte "
                "hänger på stödet hemifrån. Använd bilder och exempel på vad man får för summan.",
                "Children and young people can have their own round run in schools during lessons, so that taking "
                "part does not depend on support at home. Use pictures and examples of what the money can buy.",
            ),
            t(
                "Ikäihmisille ja vammaisille henkilöille tarjotaan paperinen ja avustettu äänestys sekä selkokieliset "
                "ideakuvaukset. Vammaisneuvosto ja vanhusneuvosto voivat tarkistaa säännöt ja materiaalit ennen "
                "julkaisua.",
                "Äldre och personer med funktionsnedsättning erbjuds röstning på papper och assisterad röstning samt "
                "idébeskrivningar på lättläst språk. Äldrerådet och rådet för personer med funktionsnedsättning kan "
                "granska reglerna och materialet före publicering.",
                "Older people and people with disabilities are offered paper and assisted voting and plain-language "
                "descriptions of the ideas. The council for older people and the disability council can review the "
                "rules and materials before publication.",
            ),
        ],
        "experts": [
            {
                "name": "Heidi Laaksonen",
                "title": t("osallisuuskoordinaattori", "delaktighetskoordinator", "participation coordinator"),
                "email": "heidi.laaksonen@pirha.example",
            },
        ],
    },
    {
        "key": "lapsivaikutusten-arviointi",
        "slug": "lapsivaikutusten-arviointi",
        "slugs": {"sv": "barnkonsekvensbedomning", "en": "child-impact-assessment"},
        "title": t(
            "Lapsivaikutusten arviointi (LAVA)",
            "Barnkonsekvensbedömning",
            "Child impact assessment",
        ),
        "summary": t(
            "Ennen päätöstä selvitetään, miten se vaikuttaa lapsiin ja nuoriin, ja kysytään heiltä itseltään.",
            "Före ett beslut utreds hur det påverkar barn och unga, och de tillfrågas själva.",
            "Before a decision, find out how it affects children and young people, and ask them directly.",
        ),
        "plain_summary": t(
            "Päättäjät miettivät, miten päätös vaikuttaa lapsiin. Lapsilta kysytään, mitä he ajattelevat. "
            "Lasten mielipide kirjoitetaan päätökseen.",
            "Beslutsfattarna funderar på hur ett beslut påverkar barn. Barnen får säga vad de tycker. "
            "Barnens åsikt skrivs in i beslutet.",
            "Decision-makers think about how a decision affects children. Children are asked what they think. "
            "Their views are written into the decision.",
        ),
        "target_groups": ["lapset", "nuoret", "lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "decide", "evaluate"],
        "participation_level": "consultation",
        "purpose": [
            t(
                "Lapsen etu on YK:n lapsen oikeuksien sopimuksen mukaan otettava ensisijaisesti huomioon kaikissa "
                "lapsia koskevissa päätöksissä. Lapsivaikutusten arviointi tekee tämän näkyväksi: päätöksen "
                "valmistelija kuvaa vaihtoehtojen vaikutukset lapsiin ja liittää mukaan lasten omat näkemykset.",
                "Enligt FN:s barnkonvention ska barnets bästa komma i första hand i alla beslut som gäller barn. "
                "Barnkonsekvensbedömningen gör detta synligt: den som bereder beslutet beskriver alternativens "
                "konsekvenser för barn och bifogar barnens egna synpunkter.",
                "Under the UN Convention on the Rights of the Child, the best interests of the child must be a "
                "primary consideration in every decision concerning children. A child impact assessment makes this "
                "visible: whoever prepares the decision describes each option's effects on children and attaches "
                "the children's own views.",
            ),
            t(
                "Käytä arviointia esimerkiksi palveluverkon muutoksissa, aukioloaikojen ja maksujen muutoksissa sekä "
                "lastensuojelun, neuvolan ja koulu- ja opiskeluterveydenhuollon uudistuksissa.",
                "Använd bedömningen till exempel vid ändringar i servicenätet, öppettider och avgifter samt vid "
                "reformer inom barnskyddet, rådgivningen och skol- och studerandehälsovården.",
                "Use it, for example, for changes to the service network, opening hours and fees, and for reforms "
                "in child welfare, child health clinics and school and student health care.",
            ),
        ],
        "group_size": t(
            "Valmisteluryhmä 3–5 henkilöä; lasten kuulemisessa pienryhmät 4–8 lasta",
            "Beredningsgrupp 3–5 personer; vid hörande av barn smågrupper med 4–8 barn",
            "Preparation team of 3–5; when hearing children, small groups of 4–8",
        ),
        "duration": t(
            "2–8 viikkoa päätöksen laajuuden mukaan",
            "2–8 veckor beroende på beslutets omfattning",
            "2–8 weeks depending on the scale of the decision",
        ),
        "preparation_time": t(
            "1–2 viikkoa (tiedon kokoaminen, kuulemisten sopiminen, luvat)",
            "1–2 veckor (samla information, avtala om hörande, tillstånd)",
            "1–2 weeks (gathering data, arranging hearings, permissions)",
        ),
        "materials": t(
            "Hyvinvointialueen LAVA-lomake tai -kysymyslista, tilastot lapsimääristä ja palvelujen käytöstä "
            "(esim. kouluterveyskysely), lapsille sopivat kuulemisen välineet kuten kuvakortit, hymynaamat ja "
            "kartat, huoltajan tiedote ja tarvittaessa suostumuslomake.",
            "Välfärdsområdets blankett eller frågelista för barnkonsekvensbedömning, statistik över antalet barn "
            "och användningen av tjänster (t.ex. enkäten Hälsa i skolan), verktyg som passar barn såsom bildkort, "
            "smileys och kartor, information till vårdnadshavare och vid behov en samtyckesblankett.",
            "The county's child impact assessment form or checklist, statistics on child numbers and service use "
            "(e.g. the School Health Promotion study), child-friendly tools such as picture cards, smiley scales "
            "and maps, a notice for guardians and, where needed, a consent form.",
        ),
        "steps": [
            {
                "title": t(
                    "Tunnista, koskeeko asia lapsia",
                    "Bedöm om ärendet gäller barn",
                    "Check whether the matter affects children",
                ),
                "text": t(
                    "Käy valmistelun alussa läpi, vaikuttaako päätös suoraan tai välillisesti lapsiin, nuoriin tai "
                    "perheisiin. Jos vaikuttaa, tee arviointi ja kirjaa, kuka siitä vastaa.",
                    "Gå i början av beredningen igenom om beslutet direkt eller indirekt påverkar barn, unga eller "
                    "familjer. Om det gör det, gör en bedömning och skriv ner vem som ansvarar för den.",
                    "At the start of preparation, check whether the decision directly or indirectly affects "
                    "children, young people or families. If it does, carry out the assessment and record who is "
                    "responsible.",
                ),
            },
            {
                "title": t("Kokoa tieto", "Samla information", "Gather the facts"),
                "text": t(
                    "Kerää tilastot, aiemmat palautteet ja tutkimustieto. Kuvaa, mitkä lapsiryhmät asia koskee, "
                    "esimerkiksi vammaiset lapset, sijoitetut lapset tai pitkien matkojen päässä asuvat.",
                    "Samla statistik, tidigare respons och forskningsdata. Beskriv vilka grupper av barn ärendet "
                    "gäller, till exempel barn med funktionsnedsättning, placerade barn eller barn med långa resor.",
                    "Collect statistics, earlier feedback and research. Describe which groups of children are "
                    "affected, for example disabled children, children in care or children living far away.",
                ),
            },
            {
                "title": t("Kuule lapsia ja nuoria", "Hör barn och unga", "Hear children and young people"),
                "text": t(
                    "Mene sinne, missä lapset jo ovat: kouluun, päiväkotiin, nuorisotilaan tai nuorisovaltuuston "
                    "kokoukseen. Kerro lyhyesti, mistä päätetään, ja kysy muutama konkreettinen kysymys. Kirjaa "
                    "vastaukset lasten omin sanoin.",
                    "Gå dit där barnen redan finns: skolan, daghemmet, ungdomsgården eller ungdomsfullmäktiges möte. "
                    "Berätta kort vad som ska beslutas och ställ några konkreta frågor. Skriv ner svaren med barnens "
                    "egna ord.",
                    "Go where children already are: school, day care, the youth centre or the youth council's "
                    "meeting. Explain briefly what is being decided and ask a few concrete questions. Record the "
                    "answers in the children's own words.",
                ),
            },
            {
                "title": t("Vertaile vaihtoehtoja", "Jämför alternativen", "Compare the options"),
                "text": t(
                    "Arvioi kunkin vaihtoehdon myönteiset ja kielteiset vaikutukset lapsiin ja keinot lieventää "
                    "haittoja. Kirjoita tiivis yhteenveto päätösesityksen liitteeksi.",
                    "Bedöm varje alternativs positiva och negativa konsekvenser för barn och sätt att mildra "
                    "nackdelarna. Skriv en kort sammanfattning som bilaga till beslutsförslaget.",
                    "Assess each option's positive and negative effects on children and ways to reduce the harm. "
                    "Write a short summary as an annex to the decision proposal.",
                ),
            },
            {
                "title": t(
                    "Kerro lapsille, mitä päätettiin",
                    "Berätta för barnen vad som beslutades",
                    "Tell the children what was decided",
                ),
                "text": t(
                    "Palaa kuultujen ryhmien luo tai lähetä heille lyhyt, lapsille sopiva viesti: mitä päätettiin, "
                    "miten heidän näkemyksensä vaikuttivat ja miksi jotain ei voitu toteuttaa.",
                    "Återvänd till grupperna som hördes eller skicka dem ett kort meddelande anpassat för barn: vad "
                    "som beslutades, hur deras synpunkter påverkade och varför något inte kunde genomföras.",
                    "Go back to the groups you heard or send them a short, child-friendly message: what was decided, "
                    "how their views made a difference and why something could not be done.",
                ),
            },
            {
                "title": t("Seuraa vaikutuksia", "Följ upp konsekvenserna", "Follow up the effects"),
                "text": t(
                    "Sovi, milloin toteutuneita vaikutuksia tarkastellaan, esimerkiksi vuoden kuluttua. Vertaa "
                    "tuloksia ennakkoarvioon ja kerro havainnoista Päätösten seuranta -sivulla.",
                    "Kom överens om när de faktiska konsekvenserna granskas, till exempel efter ett år. Jämför "
                    "resultaten med förhandsbedömningen och berätta om iakttagelserna på sidan Uppföljning av beslut.",
                    "Agree when the actual effects will be reviewed, for example after a year. Compare the results "
                    "with the advance assessment and report the findings on the decision follow-up page.",
                ),
            },
        ],
        "children_and_vulnerable": [
            t(
                "Pienten lasten kanssa toimivat leikki, piirtäminen ja kuvakortit paremmin kuin kysymyslomakkeet. "
                "Varaa kuulemiseen tuttu aikuinen ja lyhyt, enintään 30 minuutin tuokio.",
                "Med små barn fungerar lek, teckning och bildkort bättre än frågeformulär. Se till att en bekant vuxen "
                "är med och att stunden är kort, högst 30 minuter.",
                "With small children, play, drawing and picture cards work better than questionnaires. Have a "
                "familiar adult present and keep the session short, 30 minutes at most.",
            ),
            t(
                "Tavoita erikseen ne lapset, joiden ääni jää helposti kuulumatta: vammaiset lapset (käytä "
                "puhetta tukevia ja korvaavia keinoja), lastensuojelun asiakkaat, vieraskieliset ja saamenkieliset "
                "lapset. Kuuleminen on aina vapaaehtoista, eikä lasta pyydetä kertomaan omista asioistaan muiden "
                "kuullen.",
                "Nå särskilt de barn vars röst lätt inte hörs: barn med funktionsnedsättning (använd stödjande och "
                "alternativ kommunikation), barn inom barnskyddet, barn med annat modersmål och samiskspråkiga barn. "
                "Hörandet är alltid frivilligt och inget barn ombeds berätta om sina egna angelägenheter inför andra.",
                "Make a separate effort to reach children whose voices are easily missed: disabled children (use "
                "augmentative and alternative communication), children in child welfare, children with other home "
                "languages and Sámi-speaking children. Taking part is always voluntary, and no child is asked to "
                "talk about their own situation in front of others.",
            ),
        ],
        "experts": [
            {
                "name": "Tiina Mäkelä",
                "title": t(
                    "lapsiasiavastaava, perhekeskus",
                    "ansvarig för barnfrågor, familjecentret",
                    "children's rights lead, family centre",
                ),
                "email": "tiina.makela@pirha.example",
            },
            {
                "name": "Jussi Rantanen",
                "title": t(
                    "erityisasiantuntija, hyvinvoinnin edistäminen",
                    "specialsakkunnig, välfärdsfrämjande",
                    "senior adviser, wellbeing promotion",
                ),
                "email": "jussi.rantanen@pirha.example",
            },
        ],
    },
    {
        "key": "kehittajakahvila",
        "slug": "kehittajakahvila",
        "slugs": {"sv": "utvecklarcafe", "en": "developer-cafe"},
        "title": t("Kehittäjäkahvila", "Utvecklarcafé", "Developer café"),
        "summary": t(
            "Rento kahvilatilaisuus, jossa asiakkaat, järjestöt ja ammattilaiset keskustelevat pöydissä yhdestä "
            "kehittämiskysymyksestä kerrallaan.",
            "Ett avslappnat café där klienter, organisationer och yrkespersoner vid borden diskuterar en "
            "utvecklingsfråga i taget.",
            "An informal café where clients, organisations and professionals discuss one development question at a "
            "time around tables.",
        ),
        "plain_summary": t(
            "Tule kahville ja kerro mielipiteesi. Pöydissä puhutaan yhdestä asiasta kerrallaan. "
            "Työntekijät kuuntelevat ja kirjoittavat ideat muistiin.",
            "Kom på kaffe och säg vad du tycker. Vid borden pratar man om en sak i taget. "
            "De anställda lyssnar och skriver ner idéerna.",
            "Come for coffee and share your view. Each table talks about one thing at a time. "
            "Staff listen and write the ideas down.",
        ),
        "target_groups": ["kaikki", "jarjestot"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "develop"],
        "participation_level": "dialogue",
        "purpose": t(
            "Kehittäjäkahvila kokoaa kokemustiedon ja ideoita nopeasti ja matalalla kynnyksellä. Se sopii "
            "palvelun suunnittelun alkuun, kun halutaan tietää, mikä asiakkaiden arjessa toimii ja mikä ei. Lapin "
            "mallissa kuulemis-, keskustelu- ja kehittäjäkahvilat ovat yksi osallisuusareenoiden perusmuoto.",
            "Utvecklarcaféet samlar in erfarenhetskunskap och idéer snabbt och med låg tröskel. Det passar i början "
            "av planeringen av en tjänst, när man vill veta vad som fungerar och inte fungerar i klienternas vardag. "
            "I Lapplands modell är hörande-, diskussions- och utvecklarcaféer en grundform av delaktighetsarenor.",
            "A developer café gathers lived experience and ideas quickly and with a low threshold. It suits the "
            "start of service planning, when you want to know what works and what does not in clients' daily "
            "lives. In Lapland's model, hearing, discussion and developer cafés are a basic form of participation "
            "arena.",
        ),
        "group_size": t(
            "12–40 osallistujaa, 4–6 henkeä pöytää kohden",
            "12–40 deltagare, 4–6 personer per bord",
            "12–40 participants, 4–6 per table",
        ),
        "duration": t("1,5–2 tuntia", "1,5–2 timmar", "1.5–2 hours"),
        "preparation_time": t(
            "2–3 viikkoa (kutsut, tila, pöytäemännät ja -isännät)",
            "2–3 veckor (inbjudningar, lokal, bordsvärdar)",
            "2–3 weeks (invitations, venue, table hosts)",
        ),
        "materials": t(
            "Esteetön tila pöytineen, kahvi ja pientä purtavaa, 2–4 kysymystä isoilla papereilla, tusseja ja "
            "post-it-lappuja, nimilaput, palautekortit niille, jotka eivät halua puhua ryhmässä.",
            "Tillgänglig lokal med bord, kaffe och lite tilltugg, 2–4 frågor på stora papper, tuschpennor och "
            "post-it-lappar, namnlappar, responskort för den som inte vill tala i grupp.",
            "An accessible room with tables, coffee and snacks, 2–4 questions on large sheets, markers and sticky "
            "notes, name tags, and feedback cards for those who prefer not to speak in a group.",
        ),
        "steps": [
            {
                "title": t("Rajaa kysymykset", "Avgränsa frågorna", "Narrow down the questions"),
                "text": t(
                    'Valitse yksi kehittämiskohde ja muotoile 2–4 avointa kysymystä, esimerkiksi "Mikä helpottaisi '
                    'ajan varaamista terveysasemalle?". Sovi etukäteen, kuka käsittelee tulokset ja milloin.',
                    'Välj ett utvecklingsobjekt och formulera 2–4 öppna frågor, till exempel "Vad skulle göra det '
                    'lättare att boka tid på hälsostationen?". Kom på förhand överens om vem som behandlar '
                    "resultaten och när.",
                    'Choose one development topic and write 2–4 open questions, such as "What would make booking an '
                    'appointment at the health centre easier?". Agree in advance who will handle the results and '
                    "when.",
                ),
            },
            {
                "title": t("Kutsu monipuolisesti", "Bjud in brett", "Invite widely"),
                "text": t(
                    "Lähetä kutsu vaikuttajaverkoston järjestöille, asiakasraadeille ja kokemusasiantuntijapankkiin "
                    "sekä ilmoita tapahtumasta portaalissa ja palvelupisteissä. Kutsu mukaan myös päättäjä tai "
                    "esihenkilö, joka voi vastata kysymyksiin.",
                    "Skicka inbjudan till påverkarnätverkets organisationer, klientråden och "
                    "erfarenhetsexpertbanken och annonsera evenemanget i portalen och på serviceställena. Bjud "
                    "också in en beslutsfattare eller chef som kan svara på frågor.",
                    "Send the invitation to the influencer network's organisations, the client panels and the "
                    "experts-by-experience bank, and announce the event on the portal and at service points. Invite "
                    "a decision-maker or manager who can answer questions, too.",
                ),
            },
            {
                "title": t("Valmistele pöytien vetäjät", "Förbered bordsvärdarna", "Brief the table hosts"),
                "text": t(
                    "Jokaiseen pöytään tarvitaan vetäjä, joka jakaa puheenvuorot ja kirjaa. Käy vetäjien kanssa "
                    "läpi kysymykset ja sovi, että kirjataan osallistujien sanat, ei tulkintoja.",
                    "Varje bord behöver en värd som fördelar ordet och antecknar. Gå igenom frågorna med värdarna och "
                    "kom överens om att deltagarnas ord antecknas, inte tolkningar.",
                    "Each table needs a host who shares out turns to speak and takes notes. Go through the questions "
                    "with the hosts and agree to record what participants say, not interpretations.",
                ),
            },
            {
                "title": t("Vetäkää kahvila", "Led caféet", "Run the café"),
                "text": t(
                    "Aloita kertomalla tavoite ja se, miten palautteesta kerrotaan jälkikäteen. Keskustelkaa "
                    "kysymyksestä 20 minuuttia, minkä jälkeen osallistujat vaihtavat pöytää. Lopuksi pöydät "
                    "esittelevät kolme tärkeintä havaintoaan.",
                    "Börja med att berätta om målet och hur ni återkopplar efteråt. Diskutera en fråga i 20 minuter, "
                    "sedan byter deltagarna bord. Till sist presenterar varje bord sina tre viktigaste iakttagelser.",
                    "Start by explaining the aim and how you will report back afterwards. Discuss a question for 20 "
                    "minutes, then participants move to another table. Finally each table presents its three most "
                    "important points.",
                ),
            },
            {
                "title": t("Kokoa ja vie eteenpäin", "Sammanställ och för vidare", "Compile and take forward"),
                "text": t(
                    "Kirjoita yhteenveto viikon kuluessa ja vie se sovitulle vastuutaholle. Kirjaa jokainen "
                    "eteenpäin vietävä asia Päätösten seurantaan, jotta sen kulkua voi seurata.",
                    "Skriv en sammanfattning inom en vecka och för den till den ansvariga instansen. Registrera "
                    "varje ärende som förs vidare i Uppföljning av beslut så att det kan följas.",
                    "Write a summary within a week and take it to the agreed responsible party. Enter each matter "
                    "taken forward in the decision follow-up so its progress can be tracked.",
                ),
            },
            {
                "title": t("Kerro osallistujille", "Berätta för deltagarna", "Report back to participants"),
                "text": t(
                    "Lähetä osallistujille yhteenveto ja linkki seurantasivulle. Kerro myöhemmin, mitä ideoille "
                    "tapahtui, myös silloin, kun ideaa ei voitu toteuttaa.",
                    "Skicka sammanfattningen och en länk till uppföljningssidan till deltagarna. Berätta senare vad "
                    "som hände med idéerna, också när en idé inte kunde genomföras.",
                    "Send participants the summary and a link to the follow-up page. Later, tell them what happened "
                    "to the ideas, including when an idea could not be carried out.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lasten ja nuorten kahvila kannattaa pitää heidän omassa ympäristössään, lyhyempänä ja toiminnallisena "
            "(esim. äänestys tarroilla). Ikäihmisille iltapäivä on usein aamua tai iltaa parempi aika. Huolehdi "
            "induktiosilmukasta, selkeästä puheesta ja isosta tekstistä. Mielenterveys- ja päihdeasiakkaille "
            "turvallisuuden tunne syntyy, kun mukana on tuttu työntekijä tai vertaistoimija ja kukaan ei joudu "
            "kertomaan omista asioistaan. Korvaa matkakulut, jos ne ovat osallistumisen este.",
            "Ett café för barn och unga hålls helst i deras egen miljö, kortare och mer aktivt (t.ex. röstning med "
            "klistermärken). För äldre passar eftermiddagen ofta bättre än morgon eller kväll. Se till att det finns "
            "hörslinga, tydligt tal och stor text. För klienter inom mentalvård och missbruksvård skapas trygghet "
            "när en bekant anställd eller kamratstödjare är med och ingen behöver berätta om sina egna angelägenheter. "
            "Ersätt resekostnader om de hindrar deltagande.",
            "A café for children and young people works best in their own setting, shorter and more hands-on (e.g. "
            "voting with stickers). For older people, afternoons often suit better than mornings or evenings. "
            "Provide an induction loop, clear speech and large print. Mental health and substance use clients feel "
            "safer when a familiar worker or peer supporter is present and nobody has to talk about their own "
            "situation. Reimburse travel costs if they would stop people from coming.",
        ),
        "experts": [
            {
                "name": "Marja Koskinen",
                "title": t(
                    "järjestöyhteistyön koordinaattori",
                    "koordinator för organisationssamarbete",
                    "coordinator, NGO partnerships",
                ),
                "email": "marja.koskinen@pirha.example",
            },
        ],
    },
    {
        "key": "paiva-elamassa-kavely",
        "slug": "paiva-elamassa-kavely",
        "slugs": {"sv": "en-dag-i-livet-promenad", "en": "day-in-the-life-walk"},
        "title": t("Päivä elämässä -kävely", "En dag i livet-promenad", "Day-in-the-life walk"),
        "summary": t(
            "Kokemusasiantuntijat kulkevat palvelun läpi asiakkaan reittiä ja havainnoivat tiloja, opasteita ja "
            "kohtaamisia sekä haastattelevat asiakkaita.",
            "Erfarenhetsexperter går igenom tjänsten längs klientens väg och observerar lokaler, skyltar och möten "
            "samt intervjuar klienter.",
            "Experts by experience walk through a service along the client's route, observing premises, signs and "
            "encounters and interviewing clients.",
        ),
        "plain_summary": t(
            "Kokemusasiantuntija kävelee saman reitin kuin asiakas. Hän katsoo, löytääkö perille helposti. "
            "Hän kysyy asiakkailta, miten käynti sujui.",
            "En erfarenhetsexpert går samma väg som en klient. Hen ser om det är lätt att hitta fram. "
            "Hen frågar klienterna hur besöket gick.",
            "An expert by experience walks the same route as a client. They check if it is easy to find the way. "
            "They ask clients how the visit went.",
        ),
        "target_groups": ["kaikki", "ikaantyneet", "vammaiset"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["evaluate", "develop"],
        "participation_level": "co_development",
        "purpose": t(
            "Menetelmä näyttää, miltä palvelu näyttää asiakkaan silmin: pysäköinnistä ja ovesta "
            "ilmoittautumiseen, odottamiseen, vastaanottoon ja kotiin lähtöön. Keski-Suomen pilotissa "
            "kokemusasiantuntijat havainnoivat näin osaston ja poliklinikan rakenteita, opasteita ja kohtaamisia. "
            "Sopii osaston, terveysaseman tai sote-keskuksen arviointiin ja ennen tilamuutoksia.",
            "Metoden visar hur tjänsten ser ut med klientens ögon: från parkeringen och dörren till anmälan, "
            "väntan, mottagningen och hemfärden. I pilotprojektet i Mellersta Finland observerade "
            "erfarenhetsexperter på detta sätt strukturer, skyltar och möten på en avdelning och en poliklinik. "
            "Passar för utvärdering av en avdelning, hälsostation eller social- och hälsocentral och före "
            "ombyggnader.",
            "The method shows what a service looks like through the client's eyes: from parking and the front door "
            "to registering, waiting, the appointment and going home. In the Central Finland pilot, experts by "
            "experience used it to observe a ward and an outpatient clinic's layout, signs and encounters. It suits "
            "evaluating a ward, health centre or health and social services centre, and before changes to premises.",
        ),
        "group_size": t(
            "2–4 kokemusasiantuntijaa ja yksi yksikön yhteyshenkilö",
            "2–4 erfarenhetsexperter och en kontaktperson från enheten",
            "2–4 experts by experience and one contact person from the unit",
        ),
        "duration": t(
            "Kävely 2–4 tuntia, purkukeskustelu 1,5 tuntia",
            "Promenad 2–4 timmar, genomgång 1,5 timmar",
            "Walk 2–4 hours, debrief 1.5 hours",
        ),
        "preparation_time": t(
            "2–4 viikkoa (tilaus kokemusasiantuntijapankista, luvat, havainnointilomake)",
            "2–4 veckor (beställning från erfarenhetsexpertbanken, tillstånd, observationsblankett)",
            "2–4 weeks (ordering from the experts-by-experience bank, permissions, observation form)",
        ),
        "materials": t(
            "Havainnointilomake (saapuminen, opasteet, esteettömyys, odotustila, kohtaaminen, tiedon saanti), "
            "lyhyt haastattelurunko asiakkaille, kamera tai puhelin tilojen kuvaamiseen ilman ihmisiä, "
            "salassapitositoumus, tunnistettavat nimikyltit kokemusasiantuntijoille.",
            "Observationsblankett (ankomst, skyltar, tillgänglighet, väntrum, bemötande, information), en kort "
            "intervjumall för klienter, kamera eller telefon för att fotografera lokaler utan människor, "
            "tystnadsförbindelse, tydliga namnskyltar för erfarenhetsexperterna.",
            "An observation form (arrival, signs, accessibility, waiting area, encounters, information), a short "
            "interview guide for clients, a camera or phone to photograph premises without people, a "
            "confidentiality agreement, and clear name badges for the experts by experience.",
        ),
        "steps": [
            {
                "title": t("Sovi kohde ja reitti", "Bestäm objekt och rutt", "Agree the site and route"),
                "text": t(
                    'Valitse yksikkö ja tyypillinen asiakkaan reitti, esimerkiksi "saavun bussilla '
                    'laboratorioon". Sovi yksikön esihenkilön kanssa ajankohta ja tiedota henkilökunnalle '
                    "etukäteen.",
                    'Välj enhet och en typisk klientväg, till exempel "jag kommer med buss till laboratoriet". Kom '
                    "överens med enhetens chef om tidpunkten och informera personalen på förhand.",
                    'Choose the unit and a typical client route, for example "I arrive by bus for a lab test". '
                    "Agree the timing with the unit's manager and tell the staff in advance.",
                ),
            },
            {
                "title": t(
                    "Tilaa ja perehdytä kokemusasiantuntijat",
                    "Beställ och introducera erfarenhetsexperterna",
                    "Order and brief the experts by experience",
                ),
                "text": t(
                    "Tilaa kokemusasiantuntijat kokemusasiantuntijapankin tilauslomakkeella. Käy heidän kanssaan "
                    "läpi havainnointilomake, haastattelukysymykset, salassapito ja palkkio.",
                    "Beställ erfarenhetsexperterna med erfarenhetsexpertbankens beställningsblankett. Gå igenom "
                    "observationsblanketten, intervjufrågorna, tystnadsplikten och arvodet med dem.",
                    "Order the experts by experience with the experts-by-experience bank's order form. Go through "
                    "the observation form, interview questions, confidentiality and fee with them.",
                ),
            },
            {
                "title": t("Kävelkää reitti", "Gå rutten", "Walk the route"),
                "text": t(
                    "Kokemusasiantuntijat kulkevat reitin kuin asiakkaat, ilman työntekijän opastusta. He kirjaavat "
                    "havaintonsa ja kysyvät luvan saaneilta asiakkailta lyhyesti, mikä käynnissä sujui ja mikä oli "
                    "vaikeaa.",
                    "Erfarenhetsexperterna går rutten som klienter, utan vägledning av personalen. De antecknar sina "
                    "iakttagelser och frågar kort de klienter som gett sitt tillstånd vad som fungerade och vad som "
                    "var svårt under besöket.",
                    "The experts by experience walk the route as clients would, without staff guidance. They note "
                    "what they see and, with permission, briefly ask clients what went well and what was difficult "
                    "during their visit.",
                ),
            },
            {
                "title": t("Purkakaa havainnot yhdessä", "Gå igenom iakttagelserna tillsammans", "Debrief together"),
                "text": t(
                    "Pidä samana tai seuraavana päivänä purkukeskustelu, johon osallistuvat kokemusasiantuntijat, "
                    "esihenkilö ja muutama työntekijä. Jaotelkaa havainnot heti korjattaviin, suunniteltaviin ja "
                    "päättäjille vietäviin.",
                    "Håll samma eller nästa dag en genomgång med erfarenhetsexperterna, chefen och några anställda. "
                    "Dela in iakttagelserna i sådant som kan åtgärdas genast, sådant som måste planeras och sådant "
                    "som ska föras till beslutsfattarna.",
                    "Hold a debrief the same or the next day with the experts by experience, the manager and a few "
                    "staff. Sort the findings into quick fixes, things needing planning, and matters for "
                    "decision-makers.",
                ),
            },
            {
                "title": t("Raportoi ja korjaa", "Rapportera och åtgärda", "Report and fix"),
                "text": t(
                    "Kirjoita lyhyt raportti kuvineen ja sovi jokaiselle toimenpiteelle vastuuhenkilö. Tee pienet "
                    "korjaukset, kuten opasteet, heti.",
                    "Skriv en kort rapport med bilder och utse en ansvarsperson för varje åtgärd. Gör små "
                    "förbättringar, som skyltar, genast.",
                    "Write a short report with photos and name a person responsible for each action. Make small "
                    "fixes, such as signs, straight away.",
                ),
            },
            {
                "title": t(
                    "Palaa kokemusasiantuntijoiden luo",
                    "Återkoppla till erfarenhetsexperterna",
                    "Report back to the experts by experience",
                ),
                "text": t(
                    "Kerro 2–3 kuukauden kuluttua kokemusasiantuntijoille ja portaalin seurantasivulla, mitkä "
                    "muutokset tehtiin. Kutsu heidät halutessaan uusintakävelylle.",
                    "Berätta efter 2–3 månader för erfarenhetsexperterna och på portalens uppföljningssida vilka "
                    "ändringar som gjorts. Bjud in dem till en ny promenad om de vill.",
                    "After 2–3 months, tell the experts by experience, and the portal's follow-up page, which changes "
                    "were made. Invite them to a repeat walk if they wish.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Kävelyyn kannattaa ottaa mukaan kokemusasiantuntija, joka liikkuu pyörätuolilla tai rollaattorilla, "
            "on näkö- tai kuulovammainen tai ei puhu suomea: he huomaavat esteet, jotka muilta jäävät näkemättä. "
            "Lasten palveluissa nuori kokemusasiantuntija tai perhe voi kulkea reitin yhdessä; lapsia ei haastatella "
            "ilman huoltajan lupaa. Muista, että päihde- ja mielenterveyspalvelujen asiakkaita ei lähestytä "
            "odotustilassa muiden kuullen, vaan haastattelu tehdään erillisessä tilassa tai jätetään pois.",
            "Ta med en erfarenhetsexpert som använder rullstol eller rollator, har syn- eller hörselnedsättning eller "
            "inte talar finska: de märker hinder som andra missar. I tjänster för barn kan en ung erfarenhetsexpert "
            "eller en familj gå rutten tillsammans; barn intervjuas inte utan vårdnadshavarens tillstånd. Klienter "
            "inom missbruks- och mentalvården tilltalas inte i väntrummet inför andra, utan intervjun görs i ett "
            "separat rum eller utelämnas.",
            "Include an expert by experience who uses a wheelchair or rollator, has a visual or hearing impairment or "
            "does not speak Finnish: they notice barriers others miss. In children's services a young expert by "
            "experience or a family can walk the route together; children are not interviewed without a guardian's "
            "permission. Clients of substance use and mental health services are not approached in the waiting "
            "area within earshot of others; interview them in a separate room or not at all.",
        ),
        "experts": [
            {
                "name": "Pekka Salonen",
                "title": t("kokemusasiantuntija", "erfarenhetsexpert", "expert by experience"),
                "email": "pekka.salonen@pirha.example",
            },
            {
                "name": "Anu Lehtinen",
                "title": t(
                    "kokemusasiantuntijatoiminnan koordinaattori",
                    "koordinator för erfarenhetsexpertverksamheten",
                    "experts-by-experience coordinator",
                ),
                "email": "anu.lehtinen@pirha.example",
            },
        ],
    },
    {
        "key": "pop-up-haastattelu",
        "slug": "pop-up-haastattelu",
        "slugs": {"sv": "pop-up-intervju", "en": "pop-up-interview"},
        "title": t("Pop up -haastattelu", "Pop up-intervju", "Pop-up interview"),
        "summary": t(
            "Lyhyitä haastatteluja siellä, missä ihmiset jo liikkuvat: kauppakeskuksessa, terveysaseman aulassa, "
            "kirjastossa tai tapahtumassa.",
            "Korta intervjuer där människor redan rör sig: i köpcentret, hälsostationens aula, biblioteket eller på "
            "ett evenemang.",
            "Short interviews where people already are: in a shopping centre, the health centre lobby, a library or "
            "at an event.",
        ),
        "plain_summary": t(
            "Työntekijä tulee kauppaan tai kirjastoon. Hän kysyy muutaman kysymyksen. Vastaaminen vie vain "
            "muutaman minuutin.",
            "En anställd kommer till butiken eller biblioteket. Hen ställer några frågor. Det tar bara några "
            "minuter att svara.",
            "A staff member comes to a shop or library. They ask a few questions. Answering takes just a few minutes.",
        ),
        "target_groups": ["kaikki", "nuoret", "lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "evaluate"],
        "participation_level": "consultation",
        "purpose": t(
            "Pop up -haastattelulla tavoitetaan ihmisiä, jotka eivät tule kokouksiin tai vastaa verkkokyselyihin. "
            "Etelä-Karjalan pilotissa sillä koottiin asiakasryhmäkohtaista tietoa yhdessä verkkokyselyn ja "
            "palvelumuotoilutyöpajojen kanssa. Menetelmä sopii, kun tarvitaan nopeasti monen ihmisen näkemys "
            "yhteen tai kahteen rajattuun kysymykseen.",
            "Med pop up-intervjuer når man människor som inte kommer på möten eller svarar på webbenkäter. I "
            "Södra Karelens pilot samlade man på så sätt in information om olika klientgrupper tillsammans med en "
            "webbenkät och tjänstedesignverkstäder. Metoden passar när man snabbt behöver många människors syn på "
            "en eller två avgränsade frågor.",
            "Pop-up interviews reach people who do not come to meetings or answer online surveys. The South Karelia "
            "pilot used them, alongside an online survey and service design workshops, to gather information on "
            "specific client groups. The method suits getting many people's views quickly on one or two narrow "
            "questions.",
        ),
        "group_size": t(
            "2–4 haastattelijaa; tavoitteena 30–150 vastaajaa",
            "2–4 intervjuare; målet är 30–150 svarande",
            "2–4 interviewers; aim for 30–150 respondents",
        ),
        "duration": t(
            "2–4 tuntia paikan päällä, haastattelu 2–5 minuuttia",
            "2–4 timmar på plats, en intervju 2–5 minuter",
            "2–4 hours on site, 2–5 minutes per interview",
        ),
        "preparation_time": t(
            "1–2 viikkoa (kysymykset, lupa tilan haltijalta, haastattelijat)",
            "1–2 veckor (frågor, tillstånd av lokalinnehavaren, intervjuare)",
            "1–2 weeks (questions, permission from the venue, interviewers)",
        ),
        "materials": t(
            "Enintään viisi kysymystä lomakkeella tai tabletilla, roll-up tai kyltti hyvinvointialueen tunnuksella, "
            "tunnistettavat liivit tai nimikyltit, pieni kiitos (esim. heijastin), tietosuojaseloste tulosteena ja "
            "QR-koodina, kortti, jolla voi vastata myöhemmin verkossa.",
            "Högst fem frågor på blankett eller surfplatta, en roll-up eller skylt med välfärdsområdets logo, "
            "västar eller namnskyltar, ett litet tack (t.ex. en reflex), dataskyddsbeskrivningen utskriven och som "
            "QR-kod, ett kort för att svara senare på nätet.",
            "At most five questions on a form or tablet, a roll-up banner or sign with the county's logo, vests or "
            "name badges, a small thank-you (e.g. a reflector), the privacy notice printed and as a QR code, and a "
            "card for answering later online.",
        ),
        "steps": [
            {
                "title": t("Päätä, mitä haluat tietää", "Bestäm vad du vill veta", "Decide what you need to know"),
                "text": t(
                    "Kirjoita enintään viisi lyhyttä kysymystä, joista vähintään yksi on avoin. Testaa kysymykset "
                    "parilla asiakkaalla tai kokemusasiantuntijalla ennen kenttäpäivää.",
                    "Skriv högst fem korta frågor, av vilka minst en är öppen. Testa frågorna på ett par klienter "
                    "eller erfarenhetsexperter före fältdagen.",
                    "Write at most five short questions, at least one of them open-ended. Test them with a couple of "
                    "clients or experts by experience before the field day.",
                ),
            },
            {
                "title": t("Valitse paikka ja aika", "Välj plats och tid", "Choose the place and time"),
                "text": t(
                    "Mene sinne, missä kohderyhmä on: lapsiperheet perhekeskukseen tai leikkipuistoon iltapäivällä, "
                    "nuoret oppilaitokseen tai nuorisotilaan, ikäihmiset kauppaan aamupäivällä. Pyydä lupa tilan "
                    "haltijalta.",
                    "Gå dit där målgruppen finns: barnfamiljer till familjecentret eller lekparken på eftermiddagen, "
                    "unga till läroanstalten eller ungdomsgården, äldre till butiken på förmiddagen. Be om lov av "
                    "lokalinnehavaren.",
                    "Go where the target group is: families with children to the family centre or playground in the "
                    "afternoon, young people to their school or youth centre, older people to the shop in the "
                    "morning. Ask the venue's permission.",
                ),
            },
            {
                "title": t("Haastattele", "Intervjua", "Interview"),
                "text": t(
                    "Esittäydy, kerro kysymysten tarkoitus ja että vastaaminen on nimetöntä. Kirjaa vastaukset "
                    "sanatarkasti ja merkitse vain taustatieto, jota tarvitset (esim. ikäryhmä ja kunta).",
                    "Presentera dig, berätta varför du frågar och att svaren är anonyma. Anteckna svaren ordagrant "
                    "och registrera bara den bakgrundsinformation du behöver (t.ex. åldersgrupp och kommun).",
                    "Introduce yourself, explain the purpose and that answers are anonymous. Write answers down "
                    "word for word and note only the background you need (e.g. age group and municipality).",
                ),
            },
            {
                "title": t("Analysoi nopeasti", "Analysera snabbt", "Analyse quickly"),
                "text": t(
                    "Kokoa vastaukset samana päivänä. Ryhmittele avoimet vastaukset teemoihin ja laske, kuinka moni "
                    "mainitsi kunkin teeman.",
                    "Sammanställ svaren samma dag. Gruppera de öppna svaren i teman och räkna hur många som nämnde "
                    "varje tema.",
                    "Compile the answers the same day. Group the open answers into themes and count how many people "
                    "mentioned each.",
                ),
            },
            {
                "title": t("Kerro tuloksista", "Berätta om resultaten", "Share the results"),
                "text": t(
                    "Julkaise lyhyt tulosyhteenveto portaalissa ja samassa paikassa, jossa haastattelit, esimerkiksi "
                    "julisteena. Kerro, mihin päätökseen tai kehittämistyöhön tuloksia käytetään ja milloin.",
                    "Publicera en kort sammanfattning i portalen och på samma plats där du intervjuade, till exempel "
                    "som affisch. Berätta vilket beslut eller utvecklingsarbete resultaten används till och när.",
                    "Publish a short summary on the portal and where you did the interviews, for example as a "
                    "poster. Say which decision or development work the results will feed into, and when.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lapsille kysymykset esitetään kuvien, hymynaamojen tai tarra-äänestyksen avulla, ja alle "
            "kouluikäisten kanssa huoltaja on paikalla. Ikäihmisiä ja kuulovammaisia varten valitse hiljainen "
            "kohta ja tarjoa istumapaikka. Tarjoa selkokielinen versio kysymyksistä ja mahdollisuus vastata "
            "omalla kielellä tulkin tai kuvien avulla. Päihde- ja mielenterveystyön yksiköissä haastattelun tekee "
            "parhaiten vertaistoimija tai kokemusasiantuntija.",
            "Barn får frågorna med bilder, smileys eller röstning med klistermärken, och med barn under skolåldern "
            "är vårdnadshavaren med. För äldre och personer med hörselnedsättning väljer du en lugn plats och "
            "erbjuder en sittplats. Erbjud frågorna på lättläst språk och möjlighet att svara på eget språk med "
            "hjälp av tolk eller bilder. Inom missbruks- och mentalvården görs intervjun bäst av en kamratstödjare "
            "eller erfarenhetsexpert.",
            "For children, present the questions with pictures, smiley scales or sticker voting, and have a guardian "
            "present with under-school-age children. For older people and people with hearing loss, choose a quiet "
            "spot and offer a seat. Offer a plain-language version of the questions and a way to answer in one's own "
            "language through an interpreter or pictures. In substance use and mental health units, a peer "
            "supporter or expert by experience is the best interviewer.",
        ),
        "experts": [],
    },
    {
        "key": "palvelumuotoilutyopaja",
        "slug": "palvelumuotoilutyopaja",
        "slugs": {"sv": "tjanstedesignverkstad", "en": "service-design-workshop"},
        "title": t("Palvelumuotoilutyöpaja", "Tjänstedesignverkstad", "Service design workshop"),
        "summary": t(
            "Asiakkaat ja ammattilaiset kehittävät yhdessä ratkaisuja rajattuun ongelmaan ja testaavat ne "
            "nopeilla kokeiluilla.",
            "Klienter och yrkespersoner utvecklar tillsammans lösningar på ett avgränsat problem och testar dem i "
            "snabba försök.",
            "Clients and professionals develop solutions to a defined problem together and test them in quick trials.",
        ),
        "plain_summary": t(
            "Asiakkaat ja työntekijät istuvat saman pöydän ääressä. He keksivät yhdessä, miten palvelu toimisi "
            "paremmin. Hyviä ideoita kokeillaan.",
            "Klienter och anställda sitter vid samma bord. De hittar tillsammans på hur tjänsten kunde fungera "
            "bättre. Bra idéer prövas.",
            "Clients and staff sit at the same table. Together they work out how the service could work better. "
            "Good ideas are tried out.",
        ),
        "target_groups": ["kaikki"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["develop", "plan"],
        "participation_level": "co_development",
        "purpose": t(
            "Työpajassa asiakkaat eivät vain kommentoi valmista suunnitelmaa, vaan ovat tekemässä sitä. "
            "Menetelmä sopii, kun ongelma on tiedossa mutta ratkaisu ei, esimerkiksi kun halutaan selkeyttää "
            "kotihoidon asiakasohjeita tai uudistaa neuvolan ajanvarausta.",
            "I verkstaden kommenterar klienterna inte bara en färdig plan utan är med och gör den. Metoden passar "
            "när problemet är känt men inte lösningen, till exempel när man vill göra hemvårdens klientanvisningar "
            "tydligare eller förnya tidsbokningen på rådgivningen.",
            "In a workshop, clients do not just comment on a finished plan; they help make it. The method suits "
            "situations where the problem is known but the solution is not, for example clarifying home care "
            "instructions for clients or redesigning appointment booking at child health clinics.",
        ),
        "group_size": t(
            "8–20 osallistujaa, joista vähintään kolmannes asiakkaita",
            "8–20 deltagare, av vilka minst en tredjedel klienter",
            "8–20 participants, at least a third of them clients",
        ),
        "duration": t(
            "3 tuntia, tai kaksi 2 tunnin tapaamista",
            "3 timmar, eller två träffar på 2 timmar",
            "3 hours, or two 2-hour sessions",
        ),
        "preparation_time": t(
            "3–4 viikkoa (ongelman rajaus, rekrytointi, materiaalit)",
            "3–4 veckor (avgränsning av problemet, rekrytering, material)",
            "3–4 weeks (framing the problem, recruitment, materials)",
        ),
        "materials": t(
            "Ongelmankuvaus ja siihen liittyvä tieto (palautteet, tilastot), persoonakortit tai asiakastarinat, "
            "isot paperit, post-it-laput, tussit, prototyyppitarvikkeet (paperi, sakset, askartelutarvikkeet), "
            "äänestystarrat, palkkio- ja matkakorvauslomakkeet kehittäjäasiakkaille.",
            "Problembeskrivning med relevant information (respons, statistik), personakort eller klientberättelser, "
            "stora papper, post-it-lappar, tuschpennor, material för prototyper (papper, saxar, pysselmaterial), "
            "röstningsklistermärken, blanketter för arvode och reseersättning för utvecklarklienter.",
            "A problem statement and related data (feedback, statistics), persona cards or client stories, large "
            "sheets, sticky notes, markers, prototyping materials (paper, scissors, craft supplies), voting "
            "stickers, and fee and travel claim forms for developer clients.",
        ),
        "steps": [
            {
                "title": t("Rajaa haaste", "Avgränsa utmaningen", "Frame the challenge"),
                "text": t(
                    'Muotoile haaste kysymykseksi: "Miten voisimme…?". Kokoa yhteen, mitä asiasta jo tiedetään '
                    "palautteista ja tilastoista, ja sovi, kuka päättää jatkosta.",
                    'Formulera utmaningen som en fråga: "Hur skulle vi kunna…?". Sammanställ vad man redan vet '
                    "utifrån respons och statistik och kom överens om vem som beslutar om fortsättningen.",
                    'Phrase the challenge as a question: "How might we…?". Pull together what is already known from '
                    "feedback and statistics, and agree who decides on next steps.",
                ),
            },
            {
                "title": t("Kutsu oikeat ihmiset", "Bjud in rätt personer", "Invite the right people"),
                "text": t(
                    "Kutsu palvelun nykyisiä ja entisiä asiakkaita kehittäjäasiakasryhmän, asiakasraadin tai "
                    "kokemusasiantuntijapankin kautta sekä työntekijöitä eri ammattiryhmistä. Kerro etukäteen "
                    "tavoite, kesto ja palkkio.",
                    "Bjud in nuvarande och tidigare klienter via utvecklarklientgruppen, klientrådet eller "
                    "erfarenhetsexpertbanken samt anställda från olika yrkesgrupper. Berätta på förhand om målet, "
                    "längden och arvodet.",
                    "Invite current and former clients through the developer-client group, a client panel or the "
                    "experts-by-experience bank, plus staff from different professions. Tell them the aim, length "
                    "and fee in advance.",
                ),
            },
            {
                "title": t(
                    "Ymmärrä asiakkaan tilanne", "Förstå klientens situation", "Understand the client's situation"
                ),
                "text": t(
                    "Aloita työpaja asiakkaiden kokemuksista: pienryhmät kuvaavat asiakastarinan avulla, missä "
                    "kohdassa palvelu takkuaa. Valitkaa yhdessä 2–3 tärkeintä kipukohtaa.",
                    "Börja verkstaden med klienternas erfarenheter: smågrupper beskriver med hjälp av en "
                    "klientberättelse var tjänsten hakar upp sig. Välj tillsammans de 2–3 viktigaste problemen.",
                    "Start the workshop from clients' experiences: small groups use a client story to describe "
                    "where the service gets stuck. Together, choose the 2–3 most important pain points.",
                ),
            },
            {
                "title": t("Ideoi ja rakenna prototyyppi", "Idéa och bygg en prototyp", "Generate ideas and prototype"),
                "text": t(
                    "Ideoikaa ratkaisuja ensin yksin ja sitten ryhmässä. Tehkää parhaasta ideasta yksinkertainen "
                    "prototyyppi, esimerkiksi paperinen lomake, ohje tai roolileikki vastaanottotilanteesta.",
                    "Ta fram lösningar först var för sig och sedan i grupp. Gör en enkel prototyp av den bästa "
                    "idén, till exempel en blankett på papper, en anvisning eller ett rollspel av ett "
                    "mottagningsbesök.",
                    "Generate solutions first individually, then as a group. Make a simple prototype of the best "
                    "idea, such as a paper form, an instruction leaflet or a role-play of an appointment.",
                ),
            },
            {
                "title": t("Kokeile palvelussa", "Pröva i tjänsten", "Test it in the service"),
                "text": t(
                    "Kokeilkaa ratkaisua pienesti 2–4 viikkoa yhdessä yksikössä. Pyytäkää kokeilun asiakkailta "
                    "palautetta ja kutsukaa työpajan osallistujat arvioimaan tulokset.",
                    "Pröva lösningen i liten skala i 2–4 veckor på en enhet. Be klienterna om respons och bjud in "
                    "verkstadens deltagare att bedöma resultaten.",
                    "Try the solution on a small scale for 2–4 weeks in one unit. Ask the clients involved for "
                    "feedback and invite the workshop participants to assess the results.",
                ),
            },
            {
                "title": t("Päätä ja kerro", "Besluta och berätta", "Decide and report back"),
                "text": t(
                    "Vie kokeilun tulos päättäjälle. Kerro osallistujille ja portaalin seurantasivulla, otetaanko "
                    "ratkaisu käyttöön, muutetaanko sitä vai luovutaanko siitä ja miksi.",
                    "För försökets resultat till beslutsfattaren. Berätta för deltagarna och på portalens "
                    "uppföljningssida om lösningen tas i bruk, ändras eller slopas, och varför.",
                    "Take the trial's results to the decision-maker. Tell participants, and the portal's follow-up "
                    "page, whether the solution will be adopted, changed or dropped, and why.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lasten kanssa prototyypit voivat olla piirroksia, legorakennelmia tai pieniä näytelmiä; pidä työskentely "
            "alle tunnin mittaisena. Nuoret osallistuvat mieluummin omassa ryhmässään kuin aikuisten rinnalla. "
            "Ikäihmisille ja vammaisille osallistujille varaa taukoja, avustaja tai tulkki, esteetön tila ja "
            "materiaalit isolla tekstillä tai selkokielellä. Varmista, että jokainen voi osallistua myös "
            "puhumatta, esimerkiksi äänestämällä tai piirtämällä.",
            "Med barn kan prototyperna vara teckningar, legobyggen eller små pjäser; håll arbetet under en timme. "
            "Unga deltar hellre i en egen grupp än tillsammans med vuxna. För äldre deltagare och deltagare med "
            "funktionsnedsättning: planera in pauser, assistent eller tolk, en tillgänglig lokal och material med "
            "stor text eller på lättläst språk. Se till att alla kan delta även utan att tala, till exempel genom "
            "att rösta eller rita.",
            "With children, prototypes can be drawings, Lego models or short plays; keep the session under an hour. "
            "Young people prefer their own group to working alongside adults. For older and disabled participants, "
            "plan breaks, an assistant or interpreter, an accessible room and materials in large print or plain "
            "language. Make sure everyone can take part without speaking, for example by voting or drawing.",
        ),
        "experts": [
            {
                "name": "Laura Heikkinen",
                "title": t("palvelumuotoilija", "tjänstedesigner", "service designer"),
                "email": "laura.heikkinen@pirha.example",
            },
        ],
    },
    {
        "key": "asiakasraati",
        "slug": "asiakasraati",
        "slugs": {"sv": "klientrad", "en": "client-panel"},
        "title": t("Asiakasraati", "Klientråd", "Client panel"),
        "summary": t(
            "Pysyvä asiakkaiden ryhmä, jolta kysytään näkemys palvelujen valmisteluun ja joka voi itse tehdä "
            "kehittämisehdotuksia.",
            "En permanent grupp klienter som tillfrågas när tjänster bereds och som själv kan lägga fram "
            "utvecklingsförslag.",
            "A standing group of clients who are consulted when services are prepared and who can make their own "
            "development proposals.",
        ),
        "plain_summary": t(
            "Asiakasraati on ryhmä palvelujen käyttäjiä. Raati kokoontuu monta kertaa vuodessa. "
            "Raati kertoo mielipiteensä palveluista. Raati voi myös ehdottaa muutoksia.",
            "Ett klientråd är en grupp som använder tjänsterna. Rådet träffas flera gånger om året. "
            "Rådet säger vad det tycker om tjänsterna. Rådet kan också föreslå ändringar.",
            "A client panel is a group of service users. The panel meets several times a year. "
            "It gives its views on services. It can also suggest changes.",
        ),
        "target_groups": ["ikaantyneet", "lapsiperheet", "vammaiset", "mielenterveys-ja-paihde"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "develop", "evaluate"],
        "participation_level": "dialogue",
        "purpose": t(
            "Asiakasraati tuo valmisteluun jatkuvasti saman palvelun käyttäjien kokemuksen. Toisin kuin "
            "kertaluonteinen kysely, raati oppii tuntemaan palvelun ja sen päättäjät, ja sen kannanotot "
            "painavat. Raati täydentää lakisääteisiä vanhus- ja vammaisneuvostoja sekä nuorisovaltuustoja. Tällä "
            "sivulla kuvataan, miten raati perustetaan ja miten sen kokouksia käytetään menetelmänä; Pirkanmaan "
            "toimivat asiakasraadit löydät osallistumisen kanavista.",
            "Klientrådet för kontinuerligt in erfarenheter från dem som använder samma tjänst i beredningen. Till "
            "skillnad från en engångsenkät lär rådet känna tjänsten och dess beslutsfattare, och dess "
            "ställningstaganden "
            "har tyngd. Rådet kompletterar de lagstadgade äldreråden, råden för personer med funktionsnedsättning "
            "och ungdomsfullmäktige. Här beskrivs hur ett råd grundas och hur dess möten används som metod; "
            "Birkalands verksamma klientråd hittar du bland delaktighetskanalerna.",
            "A client panel brings the experience of a service's users into preparation on an ongoing basis. Unlike "
            "a one-off survey, the panel gets to know the service and its decision-makers, and its statements carry "
            "weight. Panels complement the statutory councils for older people, disability councils and youth "
            "councils. This page describes how to set up a panel and use its meetings as a method; Pirkanmaa's "
            "active client panels are listed among the participation channels.",
        ),
        "group_size": t("8–15 jäsentä", "8–15 medlemmar", "8–15 members"),
        "duration": t(
            "Kokous 2 tuntia, 4–8 kertaa vuodessa; toimikausi 1–2 vuotta",
            "Möte 2 timmar, 4–8 gånger om året; mandatperiod 1–2 år",
            "2-hour meetings, 4–8 times a year; term of 1–2 years",
        ),
        "preparation_time": t(
            "2–3 kuukautta raadin perustamiseen; 2 viikkoa kokousta kohden",
            "2–3 månader för att grunda rådet; 2 veckor per möte",
            "2–3 months to set up the panel; 2 weeks per meeting",
        ),
        "materials": t(
            "Avoin haku ja hakulomake, kehittäjäasiakassopimus (tehtävä, säännöt, salassapito, palkkio ja "
            "matkakorvaukset), perehdytysmateriaali, vuosisuunnitelma, esityslistat ja selkokieliset taustamuistiot "
            "käsiteltävistä asioista.",
            "Öppen ansökan och ansökningsblankett, avtal för utvecklarklienter (uppgift, regler, tystnadsplikt, "
            "arvode och reseersättning), introduktionsmaterial, årsplan, föredragningslistor och bakgrundspromemorior "
            "på lättläst språk om de ärenden som behandlas.",
            "An open call and application form, a developer-client agreement (task, rules, confidentiality, fee and "
            "travel costs), induction material, an annual plan, agendas and plain-language background notes on the "
            "matters discussed.",
        ),
        "steps": [
            {
                "title": t("Päätä raadin tehtävä", "Bestäm rådets uppgift", "Define the panel's task"),
                "text": t(
                    "Sovi palvelun johdon kanssa, mitä asioita raadille tuodaan, miten sen kannanotot käsitellään ja "
                    "kuka toimii yhteyshenkilönä. Varaa budjetti palkkioihin ja matkakuluihin.",
                    "Kom överens med tjänstens ledning om vilka ärenden som förs till rådet, hur dess "
                    "ställningstaganden behandlas och vem som är kontaktperson. Reservera budget för arvoden och "
                    "resekostnader.",
                    "Agree with the service's management which matters will go to the panel, how its statements will "
                    "be handled and who is the contact person. Set aside a budget for fees and travel costs.",
                ),
            },
            {
                "title": t(
                    "Rekrytoi avoimella haulla", "Rekrytera genom öppen ansökan", "Recruit through an open call"
                ),
                "text": t(
                    "Julkaise avoin haku portaalissa ja jaa se palveluissa, järjestöjen kautta ja sosiaalisessa "
                    "mediassa. Valitse jäsenet niin, että eri ikäiset, alueet ja kokemukset ovat edustettuina, ja "
                    "kerro kaikille hakijoille valinnan tulos.",
                    "Publicera en öppen ansökan i portalen och sprid den i tjänsterna, via organisationerna och i "
                    "sociala medier. Välj medlemmar så att olika åldrar, områden och erfarenheter är representerade, "
                    "och meddela alla sökande resultatet.",
                    "Publish an open call on the portal and spread it in services, through organisations and on "
                    "social media. Choose members so that different ages, areas and experiences are represented, "
                    "and tell every applicant the outcome.",
                ),
            },
            {
                "title": t("Perehdytä ja tee sopimus", "Introducera och gör avtal", "Induct and sign the agreement"),
                "text": t(
                    "Pidä aloitustapaaminen, jossa käydään läpi palvelun rakenne, päätöksenteko, salassapito ja "
                    "raadin pelisäännöt. Allekirjoittakaa kehittäjäasiakassopimus.",
                    "Håll ett startmöte där ni går igenom tjänstens struktur, beslutsfattandet, tystnadsplikten och "
                    "rådets spelregler. Underteckna avtalet för utvecklarklienter.",
                    "Hold a first meeting covering how the service is organised, how decisions are made, "
                    "confidentiality and the panel's ground rules. Sign the developer-client agreement.",
                ),
            },
            {
                "title": t("Valmistele kokoukset", "Förbered mötena", "Prepare the meetings"),
                "text": t(
                    "Lähetä esityslista ja lyhyt taustamuistio viikkoa ennen. Kutsu asian valmistelija paikalle "
                    "kertomaan, mitä raadilta kysytään ja mihin vastaus vaikuttaa.",
                    "Skicka föredragningslistan och en kort bakgrundspromemoria en vecka före. Bjud in den som "
                    "bereder ärendet att berätta vad rådet tillfrågas om och vad svaret påverkar.",
                    "Send the agenda and a short background note a week ahead. Invite the person preparing the "
                    "matter to explain what the panel is being asked and what its answer will influence.",
                ),
            },
            {
                "title": t("Kirjaa kannanotot", "Dokumentera ställningstagandena", "Record the panel's views"),
                "text": t(
                    "Kirjoita jokaisesta asiasta raadin kannanotto ja vie se valmistelijalle. Kirjaa asiat "
                    "Päätösten seurantaan, jotta raati ja muut näkevät niiden etenemisen.",
                    "Skriv ner rådets ställningstagande i varje ärende och för det till beredaren. Registrera "
                    "ärendena i Uppföljning av beslut så att rådet och andra ser hur de framskrider.",
                    "Write down the panel's view on each matter and pass it to whoever is preparing it. Enter the "
                    "matters in the decision follow-up so the panel and others can see how they progress.",
                ),
            },
            {
                "title": t("Palauta tieto raadille", "Återkoppla till rådet", "Close the loop with the panel"),
                "text": t(
                    "Aloita jokainen kokous kertomalla, mitä edellisten kannanottojen pohjalta on päätetty. Arvioikaa "
                    "toimintaa yhdessä kerran vuodessa ja tilastoikaa kokoukset, osallistujat ja eteenpäin viedyt "
                    "ehdotukset.",
                    "Börja varje möte med att berätta vad som har beslutats utifrån tidigare ställningstaganden. "
                    "Utvärdera verksamheten tillsammans en gång om året och för statistik över möten, deltagare och "
                    "förslag som förts vidare.",
                    "Open every meeting by reporting what has been decided on the basis of earlier statements. "
                    "Evaluate the work together once a year and keep statistics on meetings, participants and "
                    "proposals taken forward.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Perheiden raadissa lapset voivat osallistua vanhempiensa kanssa, tai raati kutsuu lapsia erikseen "
            "toiminnalliseen tapaamiseen; järjestä lastenhoito, jotta vanhemmat pääsevät mukaan. Ikäihmisten ja "
            "vammaisten raadeissa varmista kuljetus, esteetön tila, induktiosilmukka ja materiaalit selkokielellä "
            "tai isolla tekstillä; tarjoa myös etäosallistuminen puhelimella. Mielenterveys- ja päihdeasiakkaiden "
            "raadissa joustava osallistuminen on tärkeää: jäsenyys ei pääty, vaikka välillä olisi poissa, ja tukena "
            "on tuttu työntekijä tai vertaistoimija.",
            "I familjernas råd kan barn delta tillsammans med sina föräldrar, eller så bjuder rådet in barn "
            "separat till en aktiv träff; ordna barnpassning så att föräldrarna kan delta. I råd för äldre och "
            "personer med funktionsnedsättning ska transport, tillgänglig lokal, hörslinga och material på lättläst "
            "språk eller med stor text ordnas; erbjud också deltagande per telefon. I klientrådet för mentalvård "
            "och missbruksvård är flexibelt deltagande viktigt: medlemskapet upphör inte om man är borta ibland, "
            "och en bekant anställd eller kamratstödjare finns som stöd.",
            "In a families' panel, children can take part with their parents, or the panel can invite children to a "
            "separate hands-on session; arrange childcare so parents can attend. In panels for older and disabled "
            "people, arrange transport, an accessible room, an induction loop and materials in plain language or "
            "large print; offer participation by phone too. In a mental health and substance use panel flexibility "
            "matters: membership does not end if someone is absent for a while, and a familiar worker or peer "
            "supporter is there for support.",
        ),
        "experts": [
            {
                "name": "Riikka Nieminen",
                "title": t("asiakasraatien koordinaattori", "koordinator för klientråden", "client panel coordinator"),
                "email": "riikka.nieminen@pirha.example",
            },
        ],
    },
    {
        "key": "dialoginen-kehittaminen",
        "slug": "dialoginen-kehittaminen",
        "slugs": {"sv": "dialogisk-utveckling", "en": "dialogic-development"},
        "title": t("Dialoginen kehittäminen", "Dialogisk utveckling", "Dialogic development"),
        "summary": t(
            "Ohjattu keskustelu, jossa asiakkaat, työntekijät ja päättäjät kuuntelevat toisiaan tasavertaisina "
            "ennen kuin ratkaisuja haetaan.",
            "Ett lett samtal där klienter, anställda och beslutsfattare lyssnar på varandra som jämlikar innan man "
            "söker lösningar.",
            "A facilitated conversation in which clients, staff and decision-makers listen to each other as equals "
            "before looking for solutions.",
        ),
        "plain_summary": t(
            "Kaikki saavat puhua vuorollaan. Muut kuuntelevat keskeyttämättä. Näin löydetään yhteinen "
            "ymmärrys asiasta.",
            "Alla får tala i tur och ordning. De andra lyssnar utan att avbryta. Så hittar man en gemensam förståelse.",
            "Everyone speaks in turn. The others listen without interrupting. This builds a shared understanding.",
        ),
        "target_groups": ["kaikki", "mielenterveys-ja-paihde", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["develop", "evaluate"],
        "participation_level": "dialogue",
        "purpose": t(
            "Dialoginen kehittäminen purkaa rooleja: asiakas, työntekijä ja esihenkilö kertovat samasta asiasta "
            "omasta näkökulmastaan, ja kaikki näkökulmat kirjataan yhtä arvokkaina. Menetelmä sopii tilanteisiin, "
            "joissa on erimielisyyttä tai epäluottamusta, esimerkiksi palvelumuutoksen jälkeen, tai kun halutaan "
            "yhteinen käsitys nykytilasta ennen kehittämistä. Työtapoja ovat esimerkiksi dialogiset verkostotyön "
            "menetelmät ja ennakointidialogit.",
            "Dialogisk utveckling luckrar upp rollerna: klienten, den anställda och chefen berättar om samma sak "
            "ur sin synvinkel, och alla synvinklar skrivs ner som lika värdefulla. Metoden passar när det finns "
            "oenighet eller misstro, till exempel efter en förändring i tjänsterna, eller när man vill ha en gemensam "
            "bild av nuläget innan man utvecklar. Arbetssätt är till exempel dialogiska nätverksmetoder och "
            "framtidsdialoger.",
            "Dialogic development loosens roles: the client, the worker and the manager each describe the same "
            "matter from their own point of view, and every perspective is recorded as equally valuable. The method "
            "suits situations with disagreement or mistrust, for example after a service change, or when a shared "
            "view of the current situation is needed before development. Approaches include dialogical network "
            "methods and anticipation dialogues.",
        ),
        "group_size": t(
            "6–16 osallistujaa ja kaksi ohjaajaa",
            "6–16 deltagare och två handledare",
            "6–16 participants and two facilitators",
        ),
        "duration": t("2–3 tuntia", "2–3 timmar", "2–3 hours"),
        "preparation_time": t(
            "2–3 viikkoa (ohjaajat, kutsut, kysymykset)",
            "2–3 veckor (handledare, inbjudningar, frågor)",
            "2–3 weeks (facilitators, invitations, questions)",
        ),
        "materials": t(
            "Rauhallinen tila, jossa istutaan piirissä; 2–3 valmisteltua kysymystä; kirjaajan muistiinpanot tai "
            "fläppitaulu; yhteiset keskustelun pelisäännöt kirjallisena.",
            "En lugn lokal där man sitter i ring; 2–3 förberedda frågor; en sekreterares anteckningar eller "
            "blädderblock; gemensamma samtalsregler i skriftlig form.",
            "A quiet room where people sit in a circle; 2–3 prepared questions; a note-taker or flip chart; shared "
            "ground rules for the conversation in writing.",
        ),
        "steps": [
            {
                "title": t("Valitse ohjaajat", "Välj handledare", "Choose the facilitators"),
                "text": t(
                    "Ohjaajina toimii kaksi koulutettua henkilöä, jotka eivät ole osapuolia asiassa; toinen voi olla "
                    "kokemusasiantuntija. Ohjaajat pitävät huolen puheenvuoroista, eivät tuo omia näkemyksiään.",
                    "Två utbildade personer som inte är parter i ärendet fungerar som handledare; den ena kan vara "
                    "erfarenhetsexpert. Handledarna ser till turordningen och för inte fram egna åsikter.",
                    "Two trained facilitators who are not party to the matter lead the session; one can be an expert "
                    "by experience. They manage turns to speak and do not put forward their own views.",
                ),
            },
            {
                "title": t("Kutsu eri näkökulmat", "Bjud in olika synvinklar", "Invite all perspectives"),
                "text": t(
                    "Kutsu asiakkaita, omaisia, työntekijöitä ja esihenkilöitä suunnilleen yhtä monta. Kerro "
                    "kutsussa, että tarkoitus on kuunnella, ei puolustautua, ja että muistiinpanot kirjataan ilman "
                    "nimiä.",
                    "Bjud in ungefär lika många klienter, anhöriga, anställda och chefer. Berätta i inbjudan att "
                    "syftet är att lyssna, inte att försvara sig, och att anteckningarna görs utan namn.",
                    "Invite roughly equal numbers of clients, family members, staff and managers. Say in the "
                    "invitation that the aim is to listen, not to defend, and that notes will be taken without names.",
                ),
            },
            {
                "title": t("Kierrä kysymykset", "Gå laget runt med frågorna", "Go round with the questions"),
                "text": t(
                    'Esitä yksi kysymys kerrallaan, esimerkiksi "Mikä tässä palvelussa on sinulle tärkeää?". '
                    "Jokainen vastaa vuorollaan ja muut kuuntelevat keskeyttämättä. Ohjaajat kysyvät tarkentavia "
                    "kysymyksiä.",
                    'Ställ en fråga i taget, till exempel "Vad är viktigt för dig i den här tjänsten?". Var och en '
                    "svarar i tur och ordning och de andra lyssnar utan att avbryta. Handledarna ställer "
                    "preciserande frågor.",
                    'Ask one question at a time, such as "What matters to you in this service?". Each person answers '
                    "in turn while the others listen without interrupting. The facilitators ask follow-up questions.",
                ),
            },
            {
                "title": t("Etsikää yhteinen suunta", "Hitta en gemensam riktning", "Find a shared direction"),
                "text": t(
                    "Kootkaa lopuksi, mistä oltiin samaa mieltä ja mitkä asiat jäivät avoimiksi. Sopikaa 1–3 "
                    "konkreettista seuraavaa askelta ja kuka niistä vastaa.",
                    "Sammanfatta till sist vad man var överens om och vilka frågor som förblev öppna. Kom överens om "
                    "1–3 konkreta nästa steg och vem som ansvarar för dem.",
                    "Finally, summarise where people agreed and what remained open. Agree 1–3 concrete next steps and "
                    "who is responsible for each.",
                ),
            },
            {
                "title": t(
                    "Jaa muistio ja seuraa", "Dela anteckningarna och följ upp", "Share the notes and follow up"
                ),
                "text": t(
                    "Lähetä nimetön muistio osallistujille viikon sisällä ja pyydä korjaukset. Sovi seurantatapaaminen "
                    "2–3 kuukauden päähän, jossa kerrotaan, mitä sovituille askelille tapahtui.",
                    "Skicka anonyma anteckningar till deltagarna inom en vecka och be om rättelser. Bestäm ett "
                    "uppföljningsmöte om 2–3 månader där ni berättar vad som hänt med de överenskomna stegen.",
                    "Send anonymous notes to participants within a week and ask for corrections. Schedule a follow-up "
                    "meeting in 2–3 months to report what happened to the agreed steps.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Nuorten kanssa dialogi toimii parhaiten lyhyinä kierroksina ja pienessä ryhmässä, jossa aikuisia on "
            "vähemmän kuin nuoria. Lapset voivat vastata kysymyksiin piirtämällä tai kuvakorttien avulla. "
            "Omaishoitajille järjestä sijaishoito tai etäosallistumismahdollisuus. Kun mukana on ihmisiä vaikeissa "
            "elämäntilanteissa, sovi etukäteen, että kukaan ei joudu kertomaan enempää kuin haluaa, ja varaa "
            "tilaisuuden jälkeen aikaa jutella ohjaajan kanssa kahden kesken.",
            "Med unga fungerar dialogen bäst i korta rundor och i en liten grupp där vuxna är färre än unga. Barn "
            "kan svara på frågorna genom att rita eller med bildkort. Ordna avlösning eller möjlighet att delta på "
            "distans för närståendevårdare. När personer i svåra livssituationer deltar, kom på förhand överens om "
            "att ingen behöver berätta mer än hen vill, och reservera tid efteråt för att tala enskilt med en "
            "handledare.",
            "With young people, dialogue works best in short rounds and in a small group with fewer adults than "
            "young people. Children can answer by drawing or using picture cards. For family carers, arrange "
            "replacement care or remote participation. When people in difficult life situations take part, agree in "
            "advance that nobody has to share more than they want, and set aside time afterwards for a private talk "
            "with a facilitator.",
        ),
        "experts": [
            {
                "name": "Kari Väisänen",
                "title": t(
                    "dialogisten menetelmien kouluttaja",
                    "utbildare i dialogiska metoder",
                    "trainer in dialogic methods",
                ),
                "email": "kari.vaisanen@pirha.example",
            },
        ],
    },
    {
        "key": "kokemusasiantuntija-tyoparina",
        "slug": "kokemusasiantuntija-tyoparina",
        "slugs": {"sv": "erfarenhetsexpert-som-arbetspar", "en": "expert-by-experience-as-co-worker"},
        "title": t(
            "Kokemusasiantuntijan käyttö työparina",
            "Erfarenhetsexpert som arbetspar",
            "Expert by experience as a co-worker",
        ),
        "summary": t(
            "Koulutettu kokemusasiantuntija toimii ammattilaisen rinnalla ryhmässä, koulutuksessa tai "
            "asiakastyössä ja tuo mukaan oman kokemuksensa toipumisesta ja palveluista.",
            "En utbildad erfarenhetsexpert arbetar vid sidan av en yrkesperson i en grupp, en utbildning eller i "
            "klientarbetet och bidrar med sin egen erfarenhet av återhämtning och tjänster.",
            "A trained expert by experience works alongside a professional in a group, a training session or client "
            "work, bringing their own experience of recovery and services.",
        ),
        "plain_summary": t(
            "Kokemusasiantuntija on ollut itse asiakkaana. Hän tekee työtä yhdessä työntekijän kanssa. "
            "Hän kertoo, mikä auttoi häntä.",
            "En erfarenhetsexpert har själv varit klient. Hen arbetar tillsammans med en anställd. "
            "Hen berättar vad som hjälpte hen.",
            "An expert by experience has been a client themselves. They work together with a staff member. "
            "They share what helped them.",
        ),
        "target_groups": ["mielenterveys-ja-paihde", "omaishoitajat", "kaikki"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["develop"],
        "participation_level": "co_development",
        "purpose": t(
            "Kokemusasiantuntija tuo ammatti- ja tutkimustiedon rinnalle kokemustiedon. Työparina hän voi vetää "
            "ryhmää, kouluttaa henkilöstöä, osallistua rekrytointiin tai tukea asiakasta vastaanotolla. Asiakkaalle "
            "kohtaaminen toivon ja toipumisen esimerkin kanssa madaltaa kynnystä ottaa apua vastaan. "
            "Kokemusasiantuntijat "
            "tilataan keskitetysti yhden luukun periaatteella kokemusasiantuntijapankista.",
            "Erfarenhetsexperten tillför erfarenhetskunskap vid sidan av yrkes- och forskningskunskap. Som arbetspar "
            "kan hen leda en grupp, utbilda personal, delta i rekrytering eller stödja en klient på mottagningen. "
            "För klienten sänker mötet med ett exempel på hopp och återhämtning tröskeln att ta emot hjälp. "
            "Erfarenhetsexperter beställs centralt via en enda lucka från erfarenhetsexpertbanken.",
            "An expert by experience adds lived experience to professional and research knowledge. As a co-worker "
            "they can lead a group, train staff, take part in recruitment or support a client at an appointment. "
            "Meeting someone who embodies hope and recovery makes it easier for clients to accept help. Experts by "
            "experience are ordered centrally, through one window, from the experts-by-experience bank.",
        ),
        "group_size": t(
            "Työpari: yksi ammattilainen ja yksi kokemusasiantuntija; ryhmässä 5–12 asiakasta",
            "Arbetspar: en yrkesperson och en erfarenhetsexpert; i en grupp 5–12 klienter",
            "A pair: one professional and one expert by experience; in a group, 5–12 clients",
        ),
        "duration": t(
            "Yksittäinen tehtävä 1–3 tuntia; ryhmä tyypillisesti 6–10 kertaa",
            "Ett enskilt uppdrag 1–3 timmar; en grupp vanligen 6–10 träffar",
            "A single task 1–3 hours; a group typically 6–10 sessions",
        ),
        "preparation_time": t(
            "2–4 viikkoa (tilaus, sopimus, yhteinen suunnittelu)",
            "2–4 veckor (beställning, avtal, gemensam planering)",
            "2–4 weeks (order, agreement, joint planning)",
        ),
        "materials": t(
            "Kokemusasiantuntijapankin tilauslomake (organisaatio, tarkoitus, päivämäärä, yleisö, teema, "
            "palkkiobudjetti), toimeksiantosopimus, palkkio- ja kulukorvauslomake, yhteinen suunnitelma "
            "tapaamisista, työnohjauksen tai purkukeskustelun aika.",
            "Erfarenhetsexpertbankens beställningsblankett (organisation, syfte, datum, publik, tema, "
            "arvodesbudget), uppdragsavtal, blankett för arvode och kostnadsersättning, en gemensam plan för "
            "träffarna, tid för arbetshandledning eller genomgång.",
            "The experts-by-experience bank's order form (organisation, purpose, date, audience, theme, fee budget), "
            "an assignment agreement, a fee and expenses claim form, a joint plan for the sessions, and time for "
            "supervision or debriefing.",
        ),
        "steps": [
            {
                "title": t("Määrittele tehtävä", "Definiera uppdraget", "Define the task"),
                "text": t(
                    "Kirjaa, mihin kokemusasiantuntijaa tarvitaan, millaista kokemusta tehtävä edellyttää ja mikä on "
                    "palkkiobudjetti. Varmista esihenkilön hyväksyntä.",
                    "Skriv ner vad erfarenhetsexperten behövs till, vilken erfarenhet uppdraget kräver och vilken "
                    "arvodesbudgeten är. Se till att chefen godkänt det.",
                    "Write down what the expert by experience is needed for, what experience the task calls for and "
                    "what the fee budget is. Get your manager's approval.",
                ),
            },
            {
                "title": t(
                    "Tilaa kokemusasiantuntijapankista",
                    "Beställ från erfarenhetsexpertbanken",
                    "Order from the experts-by-experience bank",
                ),
                "text": t(
                    "Täytä tilauslomake portaalissa vähintään kaksi viikkoa etukäteen. Pankin koordinaattori etsii "
                    "sopivan, koulutetun kokemusasiantuntijan ja välittää yhteystiedot.",
                    "Fyll i beställningsblanketten i portalen minst två veckor i förväg. Bankens koordinator söker en "
                    "lämplig utbildad erfarenhetsexpert och förmedlar kontaktuppgifterna.",
                    "Fill in the order form on the portal at least two weeks in advance. The bank's coordinator finds "
                    "a suitable trained expert by experience and passes on the contact details.",
                ),
            },
            {
                "title": t("Suunnitelkaa yhdessä", "Planera tillsammans", "Plan together"),
                "text": t(
                    "Tapaa kokemusasiantuntija ennen tehtävää. Sopikaa roolit, kumpi vastaa mistäkin, mitä omasta "
                    "kokemuksesta kerrotaan ja mitä ei, sekä miten toimitte, jos tilanne kuormittaa.",
                    "Träffa erfarenhetsexperten före uppdraget. Kom överens om rollerna, vem som ansvarar för vad, "
                    "vad man berättar om egen erfarenhet och vad inte, samt hur ni gör om situationen blir tung.",
                    "Meet the expert by experience before the task. Agree roles, who is responsible for what, what "
                    "they will and will not share about their own experience, and what to do if things get heavy.",
                ),
            },
            {
                "title": t("Tehkää sopimus", "Gör ett avtal", "Make the agreement"),
                "text": t(
                    "Allekirjoittakaa toimeksiantosopimus, jossa on tehtävä, kesto, salassapito, palkkio ja "
                    "matkakorvaus. Kerro, kuka tukee kokemusasiantuntijaa tehtävän aikana.",
                    "Underteckna ett uppdragsavtal med uppgift, längd, tystnadsplikt, arvode och reseersättning. "
                    "Berätta vem som stöder erfarenhetsexperten under uppdraget.",
                    "Sign an assignment agreement covering the task, duration, confidentiality, fee and travel "
                    "costs. State who supports the expert by experience during the assignment.",
                ),
            },
            {
                "title": t("Toimikaa työparina", "Arbeta som par", "Work as a pair"),
                "text": t(
                    "Toteuttakaa tehtävä tasavertaisina: molemmat esitellään osallistujille omalla nimikkeellään, "
                    "ja kokemusasiantuntijalle varataan oma osuus, ei vain kommenttipuheenvuoroa.",
                    "Genomför uppdraget som jämlikar: båda presenteras för deltagarna med sin egen titel och "
                    "erfarenhetsexperten får en egen del, inte bara ett kommentarsinlägg.",
                    "Carry out the task as equals: both are introduced to participants with their own title, and the "
                    "expert by experience has their own part, not just a chance to comment.",
                ),
            },
            {
                "title": t("Purkakaa ja antakaa palaute", "Gå igenom och ge respons", "Debrief and give feedback"),
                "text": t(
                    "Pitäkää jokaisen kerran jälkeen lyhyt purku. Kerro lopuksi kokemusasiantuntijalle ja pankin "
                    "koordinaattorille, mitä työparityöstä seurasi, ja hoida palkkion maksu sovitussa ajassa.",
                    "Håll en kort genomgång efter varje gång. Berätta till sist för erfarenhetsexperten och bankens "
                    "koordinator vad arbetet ledde till och se till att arvodet betalas inom utsatt tid.",
                    "Hold a short debrief after each session. At the end, tell the expert by experience and the bank's "
                    "coordinator what the joint work led to, and make sure the fee is paid on time.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Nuorten palveluissa toimii usein parhaiten nuori aikuinen kokemusasiantuntija, jolla on oma kokemus "
            "esimerkiksi lastensuojelusta tai nuorten mielenterveyspalveluista. Lasten kanssa kokemusasiantuntija "
            "puhuu ikätasoisesti eikä kerro yksityiskohtia vaikeista kokemuksista. Ikäihmisten ja omaishoitajien "
            "ryhmissä omaishoitajana toiminut kokemusasiantuntija tavoittaa arjen kysymykset. Huolehdi aina, että "
            "kokemusasiantuntija itse ei kuormitu: tehtävästä voi kieltäytyä, ja tukena on työnohjaus tai "
            "vertaistuki.",
            "I tjänster för unga fungerar ofta en ung vuxen erfarenhetsexpert bäst, med egen erfarenhet till "
            "exempel av barnskyddet eller ungdomspsykiatrin. Med barn talar erfarenhetsexperten på barnens nivå och "
            "berättar inte detaljer om svåra upplevelser. I grupper för äldre och närståendevårdare når en "
            "erfarenhetsexpert som själv varit närståendevårdare vardagens frågor. Se alltid till att "
            "erfarenhetsexperten inte själv blir överbelastad: man kan tacka nej till ett uppdrag, och "
            "arbetshandledning eller kamratstöd finns som stöd.",
            "In youth services, a young adult expert by experience with their own experience of, for example, child "
            "welfare or youth mental health services often works best. With children, the expert by experience "
            "speaks at the child's level and does not go into details of hard experiences. In groups for older "
            "people and family carers, an expert by experience who has been a family carer reaches everyday "
            "concerns. Always make sure the expert by experience is not overburdened: they can decline a task, and "
            "supervision or peer support is available.",
        ),
        "experts": [
            {
                "name": "Anu Lehtinen",
                "title": t(
                    "kokemusasiantuntijatoiminnan koordinaattori",
                    "koordinator för erfarenhetsexpertverksamheten",
                    "experts-by-experience coordinator",
                ),
                "email": "anu.lehtinen@pirha.example",
            },
        ],
    },
    {
        "key": "asiakaskysely",
        "slug": "asiakaskysely",
        "slugs": {"sv": "klientenkat", "en": "client-survey"},
        "title": t("Asiakaskysely", "Klientenkät", "Client survey"),
        "summary": t(
            "Jäsennelty kysely, jolla kootaan monen asiakkaan kokemukset palvelusta vertailukelpoisesti, "
            "verkossa, paperilla tai puhelimitse.",
            "En strukturerad enkät som samlar många klienters erfarenheter av en tjänst på ett jämförbart sätt, "
            "på nätet, på papper eller per telefon.",
            "A structured survey that gathers many clients' experiences of a service in a comparable way, online, "
            "on paper or by phone.",
        ),
        "plain_summary": t(
            "Kyselyssä on kysymyksiä palvelusta. Voit vastata netissä, paperilla tai puhelimessa. "
            "Vastaukset auttavat parantamaan palvelua.",
            "Enkäten har frågor om tjänsten. Du kan svara på nätet, på papper eller i telefon. "
            "Svaren hjälper till att förbättra tjänsten.",
            "The survey asks about a service. You can answer online, on paper or by phone. "
            "The answers help improve the service.",
        ),
        "target_groups": ["kaikki"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["evaluate", "plan"],
        "participation_level": "consultation",
        "purpose": t(
            "Kysely kertoo, kuinka yleinen jokin kokemus on, ja sen avulla voi seurata muutosta vuodesta toiseen. "
            "Keski-Suomen pilotissa kokemusasiantuntijat tekivät puhelinhaastatteluja terveysaseman uuden "
            "palvelumallin asiakkaille, mikä nosti vastausmäärää ja toi esiin asioita, joita lomake ei olisi "
            "tavoittanut. Kysely ei korvaa keskustelua: sen tuloksia kannattaa käsitellä yhdessä asiakkaiden kanssa.",
            "En enkät visar hur vanlig en erfarenhet är och gör det möjligt att följa förändringar från år till år. "
            "I pilotprojektet i Mellersta Finland gjorde erfarenhetsexperter telefonintervjuer med klienter i "
            "hälsostationens nya servicemodell, vilket höjde svarsantalet och lyfte fram sådant som en blankett inte "
            "skulle ha fångat. En enkät ersätter inte samtal: resultaten bör behandlas tillsammans med klienter.",
            "A survey shows how common an experience is and lets you track change from year to year. In the Central "
            "Finland pilot, experts by experience phoned clients of a health centre's new service model, which "
            "raised response numbers and surfaced things a form would have missed. A survey does not replace "
            "conversation: its results are best discussed together with clients.",
        ),
        "group_size": t(
            "Kymmenistä tuhansiin vastaajiin",
            "Från tiotals till tusentals svarande",
            "From dozens to thousands of respondents",
        ),
        "duration": t(
            "Vastausaika 2–4 viikkoa; vastaaminen enintään 10 minuuttia",
            "Svarstid 2–4 veckor; att svara tar högst 10 minuter",
            "Open for 2–4 weeks; answering takes at most 10 minutes",
        ),
        "preparation_time": t(
            "3–6 viikkoa (kysymykset, testaus, käännökset, tietosuoja)",
            "3–6 veckor (frågor, testning, översättningar, dataskydd)",
            "3–6 weeks (questions, testing, translations, data protection)",
        ),
        "materials": t(
            "Saavutettava verkkolomake, paperilomake ja palautuskuori, puhelinhaastattelun runko, "
            "tietosuojaseloste, kysymykset suomeksi, ruotsiksi ja tarvittaessa muilla kielillä sekä selkokielellä, "
            "aiempien kyselyjen tulokset vertailua varten.",
            "Ett tillgängligt webbformulär, pappersblankett och svarskuvert, en mall för telefonintervjuer, "
            "dataskyddsbeskrivning, frågorna på finska, svenska och vid behov andra språk samt på lättläst språk, "
            "resultat från tidigare enkäter för jämförelse.",
            "An accessible online form, a paper form and return envelope, a phone interview guide, a privacy "
            "notice, the questions in Finnish, Swedish and other languages as needed plus plain language, and "
            "earlier survey results for comparison.",
        ),
        "steps": [
            {
                "title": t(
                    "Päätä, mihin tietoa käytetään",
                    "Bestäm vad informationen ska användas till",
                    "Decide what the data is for",
                ),
                "text": t(
                    "Kirjaa, mihin päätökseen tai kehittämistyöhön tulokset viedään. Tarkista, onko sama tieto jo "
                    "olemassa esimerkiksi jatkuvasta palautteesta tai kansallisista kyselyistä.",
                    "Skriv ner vilket beslut eller utvecklingsarbete resultaten ska användas i. Kontrollera om samma "
                    "information redan finns, till exempel i den löpande responsen eller i nationella enkäter.",
                    "Write down which decision or development work the results will feed into. Check whether the same "
                    "information already exists, for example in ongoing feedback or national surveys.",
                ),
            },
            {
                "title": t("Laadi ja testaa kysymykset", "Skriv och testa frågorna", "Write and test the questions"),
                "text": t(
                    "Pidä kysely lyhyenä: 5–15 kysymystä, joista 1–3 avoimia. Testaa lomake muutamalla asiakkaalla "
                    "ja ruudunlukijalla ennen julkaisua.",
                    "Håll enkäten kort: 5–15 frågor, av vilka 1–3 öppna. Testa formuläret på några klienter och med "
                    "skärmläsare före publiceringen.",
                    "Keep it short: 5–15 questions, 1–3 of them open. Test the form with a few clients and a screen "
                    "reader before publishing.",
                ),
            },
            {
                "title": t("Jaa monikanavaisesti", "Sprid i flera kanaler", "Distribute through several channels"),
                "text": t(
                    "Jaa linkki tekstiviestillä ja portaalissa, anna paperilomake vastaanotolla ja tarjoa "
                    "puhelinhaastattelu niille, joille lomake ei sovi. Kokemusasiantuntijat voivat tehdä "
                    "puhelinhaastattelut.",
                    "Skicka länken per sms och i portalen, dela ut pappersblanketten på mottagningen och erbjud "
                    "telefonintervju för dem som inte kan använda blanketten. Erfarenhetsexperter kan göra "
                    "telefonintervjuerna.",
                    "Send the link by text message and on the portal, hand out paper forms at appointments and offer "
                    "a phone interview to those for whom a form does not work. Experts by experience can do the "
                    "phone interviews.",
                ),
            },
            {
                "title": t("Analysoi yhdessä", "Analysera tillsammans", "Analyse together"),
                "text": t(
                    "Laske tulokset ja ryhmittele avoimet vastaukset. Käsittele tulokset asiakasraadin tai "
                    "kehittäjäasiakkaiden kanssa: he auttavat tulkitsemaan, mitä luvut tarkoittavat.",
                    "Räkna ut resultaten och gruppera de öppna svaren. Behandla resultaten med klientrådet eller "
                    "utvecklarklienterna: de hjälper till att tolka vad siffrorna betyder.",
                    "Calculate the results and group the open answers. Discuss them with a client panel or developer "
                    "clients: they help interpret what the figures mean.",
                ),
            },
            {
                "title": t(
                    "Julkaise tulokset ja toimenpiteet",
                    "Publicera resultat och åtgärder",
                    "Publish results and actions",
                ),
                "text": t(
                    "Julkaise portaalissa lyhyt yhteenveto: mitä kysyttiin, montako vastasi, mitä saatiin selville ja "
                    "mitä sen perusteella tehdään. Kirjaa toimenpiteet Päätösten seurantaan.",
                    "Publicera en kort sammanfattning i portalen: vad som frågades, hur många som svarade, vad som "
                    "framkom och vad som görs utifrån det. Registrera åtgärderna i Uppföljning av beslut.",
                    "Publish a short summary on the portal: what was asked, how many answered, what was found and "
                    "what will be done about it. Enter the actions in the decision follow-up.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lapsille tehdään oma, lyhyt kysely kuvin ja hymynaamoin, ja pienten lasten puolesta vastaa huoltaja "
            "lapsen kanssa. Ikäihmisille paperilomake ja puhelinhaastattelu tavoittavat usein paremmin kuin "
            "verkkolinkki. Varmista, että lomake toimii ruudunlukijalla ja suurennettuna, ja tarjoa selkokielinen "
            "versio. Asiakkaat, joilla on heikko luku- tai kielitaito tai kognitiivisia vaikeuksia, voivat vastata "
            "haastattelussa tutun työntekijän tai vertaistoimijan avustamana.",
            "Barn får en egen kort enkät med bilder och smileys, och för små barn svarar vårdnadshavaren tillsammans "
            "med barnet. Äldre nås ofta bättre med pappersblankett och telefonintervju än med en webblänk. Se till "
            "att formuläret fungerar med skärmläsare och förstoring och erbjud en version på lättläst språk. Klienter "
            "med svag läsförmåga eller språkkunskap eller kognitiva svårigheter kan svara i en intervju med hjälp "
            "av en bekant anställd eller kamratstödjare.",
            "Children get their own short survey with pictures and smiley scales, and for small children a guardian "
            "answers with the child. Paper forms and phone interviews often reach older people better than an online "
            "link. Make sure the form works with a screen reader and when magnified, and offer a plain-language "
            "version. Clients with limited reading or language skills or cognitive difficulties can answer in an "
            "interview, helped by a familiar worker or peer supporter.",
        ),
        "experts": [
            {
                "name": "Mikko Hakala",
                "title": t(
                    "tietoasiantuntija, asiakaskokemus",
                    "dataspecialist, klientupplevelse",
                    "data specialist, client experience",
                ),
                "email": "mikko.hakala@pirha.example",
            },
        ],
    },
    {
        "key": "asukasilta",
        "slug": "asukasilta",
        "slugs": {"sv": "invanarkvall", "en": "residents-evening"},
        "title": t("Asukasilta", "Invånarkväll", "Residents' evening"),
        "summary": t(
            "Avoin tilaisuus kunnassa, jossa hyvinvointialue kertoo suunnitelmistaan ja asukkaat kysyvät, "
            "kommentoivat ja tuovat esiin paikallisia tarpeita.",
            "Ett öppet möte i kommunen där välfärdsområdet berättar om sina planer och invånarna frågar, "
            "kommenterar och lyfter fram lokala behov.",
            "An open meeting in a municipality where the wellbeing services county presents its plans and residents "
            "ask questions, comment and raise local needs.",
        ),
        "plain_summary": t(
            "Asukasilta on avoin tilaisuus. Siellä kerrotaan, mitä palveluille on tulossa. "
            "Voit kysyä ja kertoa oman mielipiteesi.",
            "Invånarkvällen är ett öppet möte. Där berättar man vad som är på gång i tjänsterna. "
            "Du kan fråga och säga vad du tycker.",
            "A residents' evening is an open meeting. You hear what is planned for services. "
            "You can ask questions and give your view.",
        ),
        "target_groups": ["kaikki"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "decide"],
        "participation_level": "consultation",
        "purpose": t(
            "Asukasilta sopii, kun palveluihin on tulossa muutos, joka koskettaa koko kuntaa tai aluetta, kuten "
            "sote-keskuksen palveluverkko, aukioloajat tai uusi toimintamalli. Ilta antaa asukkaille tiedon ajoissa "
            "ja valmistelijoille paikallisen kokemuksen, jota tilastoista ei näe. Se ei ole pelkkä "
            "tiedotustilaisuus: vähintään puolet ajasta varataan asukkaiden puheenvuoroille.",
            "En invånarkväll passar när en förändring i tjänsterna berör hela kommunen eller området, till exempel "
            "social- och hälsocentralernas servicenät, öppettider eller en ny verksamhetsmodell. Kvällen ger "
            "invånarna information i tid och beredarna lokal erfarenhet som inte syns i statistiken. Det är inte "
            "bara ett informationsmöte: minst halva tiden reserveras för invånarnas inlägg.",
            "A residents' evening suits changes that affect a whole municipality or area, such as the network of "
            "health and social services centres, opening hours or a new way of working. It gives residents "
            "information in good time and gives planners local experience that statistics do not show. It is not "
            "just an information session: at least half the time is for residents to speak.",
        ),
        "group_size": t("20–150 osallistujaa", "20–150 deltagare", "20–150 participants"),
        "duration": t(
            "2 tuntia, usein arki-iltana", "2 timmar, ofta en vardagskväll", "2 hours, often on a weekday evening"
        ),
        "preparation_time": t(
            "3–4 viikkoa (tila, puhujat, ilmoittelu, striimaus)",
            "3–4 veckor (lokal, talare, annonsering, strömning)",
            "3–4 weeks (venue, speakers, publicity, streaming)",
        ),
        "materials": t(
            "Esteetön tila kunnassa (koulu, kirjasto, seurakuntatalo), lyhyt selkokielinen esitys, mikrofonit ja "
            "induktiosilmukka, mahdollisuus etäosallistumiseen ja kysymysten lähettämiseen ennakkoon, "
            "palautelaatikko ja -lomakkeet, kahvitarjoilu.",
            "En tillgänglig lokal i kommunen (skola, bibliotek, församlingshem), en kort presentation på lättläst "
            "språk, mikrofoner och hörslinga, möjlighet att delta på distans och skicka frågor på förhand, "
            "responslåda och -blanketter, kaffeservering.",
            "An accessible venue in the municipality (school, library, parish hall), a short plain-language "
            "presentation, microphones and an induction loop, remote participation and a way to send questions in "
            "advance, a feedback box and forms, and coffee.",
        ),
        "steps": [
            {
                "title": t("Sovi tavoite ja vastaajat", "Bestäm mål och vem som svarar", "Set the aim and the panel"),
                "text": t(
                    "Päätä, mihin asukkaiden näkemyksiä tarvitaan ja missä vaiheessa päätöstä ollaan. Kutsu paikalle "
                    "asiasta vastaava johtaja ja kunnan edustaja, jotka voivat vastata kysymyksiin.",
                    "Bestäm vad invånarnas synpunkter behövs till och i vilket skede beslutet är. Bjud in den "
                    "ansvariga direktören och en representant för kommunen som kan svara på frågor.",
                    "Decide what residents' views are needed for and what stage the decision is at. Invite the "
                    "director responsible and a municipal representative who can answer questions.",
                ),
            },
            {
                "title": t("Ilmoita laajasti", "Annonsera brett", "Publicise widely"),
                "text": t(
                    "Ilmoita portaalissa, paikallislehdessä, kunnan kanavissa, palvelupisteissä ja järjestöjen kautta "
                    "vähintään kaksi viikkoa ennen. Pyydä vanhus- ja vammaisneuvostoa sekä nuorisovaltuustoa "
                    "jakamaan kutsua.",
                    "Annonsera i portalen, lokaltidningen, kommunens kanaler, på serviceställena och via "
                    "organisationerna minst två veckor före. Be äldrerådet, rådet för personer med "
                    "funktionsnedsättning och ungdomsfullmäktige sprida inbjudan.",
                    "Announce it on the portal, in the local paper, on the municipality's channels, at service points "
                    "and through organisations at least two weeks ahead. Ask the council for older people, the "
                    "disability council and the youth council to share the invitation.",
                ),
            },
            {
                "title": t("Pidä esitys lyhyenä", "Håll presentationen kort", "Keep the presentation short"),
                "text": t(
                    "Kerro 15–20 minuutissa, mitä on suunnitteilla, mitä vaihtoehtoja on ja mistä voi vielä "
                    "vaikuttaa. Kerro myös aikataulu ja se, kuka päättää.",
                    "Berätta på 15–20 minuter vad som planeras, vilka alternativ som finns och vad man fortfarande "
                    "kan påverka. Berätta också om tidtabellen och vem som beslutar.",
                    "In 15–20 minutes, explain what is planned, what the options are and what can still be "
                    "influenced. Also give the timetable and who decides.",
                ),
            },
            {
                "title": t("Anna asukkaille puheenvuoro", "Ge invånarna ordet", "Give residents the floor"),
                "text": t(
                    "Varaa vähintään tunti kysymyksille ja keskustelulle. Käytä puheenjohtajaa, joka jakaa "
                    "puheenvuorot tasaisesti, ja ota vastaan myös kirjalliset ja etänä lähetetyt kysymykset. Kirjaa "
                    "kaikki kysymykset ja ehdotukset.",
                    "Reservera minst en timme för frågor och diskussion. Ha en ordförande som fördelar ordet jämnt och "
                    "ta också emot skriftliga frågor och frågor på distans. Anteckna alla frågor och förslag.",
                    "Set aside at least an hour for questions and discussion. Have a chair who shares turns fairly, "
                    "and take written and remote questions too. Record every question and proposal.",
                ),
            },
            {
                "title": t("Vastaa ja kerro jatkosta", "Svara och berätta om fortsättningen", "Answer and report back"),
                "text": t(
                    "Julkaise kahden viikon kuluessa portaalissa muistio, vastaukset avoimiksi jääneisiin kysymyksiin "
                    "ja tieto siitä, miten palaute viedään päätöksentekoon. Kun päätös on tehty, kerro se samoissa "
                    "kanavissa.",
                    "Publicera inom två veckor ett protokoll i portalen, svar på frågor som förblev öppna och "
                    "information om hur responsen förs vidare till beslutsfattandet. När beslutet är fattat, berätta "
                    "om det i samma kanaler.",
                    "Within two weeks, publish notes on the portal, answers to questions left open and how the "
                    "feedback will go into decision-making. When the decision is made, announce it through the same "
                    "channels.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lapsiperheille järjestä lapsille leikkinurkkaus tai lastenhoito, ja valitse aika, joka sopii "
            "perheille. Nuorten näkemykset saa parhaiten erillisestä nuorten tuokiosta, jonka tulokset esitellään "
            "illassa. Ikäihmisille ja vammaisille huolehdi esteettömästä sisäänpääsystä, kuljetusmahdollisuudesta, "
            "induktiosilmukasta, kirjoitustulkkauksesta ja selkokielisestä esityksestä. Tarjoa mahdollisuus jättää "
            "kysymys nimettömänä, koska kaikki eivät halua puhua suuren yleisön edessä.",
            "För barnfamiljer: ordna en lekhörna eller barnpassning och välj en tid som passar familjer. De ungas "
            "synpunkter fås bäst vid en separat ungdomsträff vars resultat presenteras under kvällen. För äldre och "
            "personer med funktionsnedsättning: se till att ingången är tillgänglig, att transport kan ordnas och "
            "att det finns hörslinga, skrivtolkning och en presentation på lättläst språk. Erbjud möjlighet att "
            "lämna en fråga anonymt, eftersom alla inte vill tala inför en stor publik.",
            "For families with children, set up a play corner or childcare and pick a time that suits families. "
            "Young people's views are best gathered at a separate youth session whose results are presented at the "
            "evening. For older and disabled people, ensure step-free access, available transport, an induction "
            "loop, speech-to-text interpreting and a plain-language presentation. Offer a way to submit questions "
            "anonymously, since not everyone wants to speak in front of a large audience.",
        ),
        "experts": [],
    },
    {
        "key": "digiraati",
        "slug": "digiraati",
        "slugs": {"sv": "digitalt-rad", "en": "online-panel"},
        "title": t("Digiraati", "Digitalt råd", "Online panel"),
        "summary": t(
            "Verkossa kokoontuva asukasryhmä, joka perehtyy yhteen kysymykseen asiantuntijoiden avulla ja "
            "kirjoittaa yhteisen lausunnon.",
            "En invånargrupp som träffas på nätet, sätter sig in i en fråga med hjälp av sakkunniga och skriver "
            "ett gemensamt utlåtande.",
            "A group of residents that meets online, studies one question with the help of experts and writes a "
            "joint statement.",
        ),
        "plain_summary": t(
            "Digiraati kokoontuu netissä. Raatilaiset oppivat yhdestä asiasta. He keskustelevat ja kirjoittavat "
            "yhteisen mielipiteen.",
            "Det digitala rådet träffas på nätet. Medlemmarna lär sig om en fråga. De diskuterar och skriver en "
            "gemensam åsikt.",
            "The online panel meets on the internet. Members learn about one topic. They discuss it and write a "
            "joint opinion.",
        ),
        "target_groups": ["kaikki", "nuoret", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "evaluate"],
        "participation_level": "dialogue",
        "purpose": t(
            "Digiraati on deliberatiivinen menetelmä: osallistujat saavat tietoa, kuulevat eri näkökulmia ja "
            "muodostavat harkitun kannan. Verkossa osallistuminen onnistuu laajalta alueelta ilman matkoja, mikä "
            "sopii Pirkanmaan kaltaiselle maakunnalle ja esimerkiksi omaishoitajille tai ruuhkavuosiaan eläville. "
            "Käytä digiraatia, kun päätöksessä on arvovalintoja, esimerkiksi etäpalvelujen ja lähipalvelujen "
            "painotuksessa.",
            "Det digitala rådet är en deliberativ metod: deltagarna får information, hör olika synvinklar och bildar "
            "en genomtänkt ståndpunkt. Att delta på nätet fungerar över ett stort område utan resor, vilket passar "
            "ett landskap som Birkaland och till exempel närståendevårdare eller småbarnsföräldrar. Använd det "
            "digitala rådet när beslutet innehåller värdeval, till exempel avvägningen mellan distanstjänster och "
            "närservice.",
            "An online panel is a deliberative method: participants receive information, hear different views and "
            "form a considered position. Taking part online works across a large area without travel, which suits "
            "a region like Pirkanmaa and, for example, family carers or busy parents. Use it when a decision "
            "involves value choices, such as the balance between remote and local services.",
        ),
        "group_size": t("12–30 raatilaista", "12–30 medlemmar", "12–30 panel members"),
        "duration": t(
            "2–4 viikkoa; 2–3 verkkotapaamista à 1,5 tuntia ja keskustelu alustalla niiden välissä",
            "2–4 veckor; 2–3 nätmöten à 1,5 timmar och diskussion på plattformen däremellan",
            "2–4 weeks; 2–3 online meetings of 1.5 hours with discussion on the platform in between",
        ),
        "preparation_time": t(
            "4–6 viikkoa (kysymys, rekrytointi, asiantuntijat, taustamateriaali)",
            "4–6 veckor (fråga, rekrytering, sakkunniga, bakgrundsmaterial)",
            "4–6 weeks (question, recruitment, experts, background material)",
        ),
        "materials": t(
            "Saavutettava verkkoalusta keskustelulle ja videotapaamisille, tasapuolinen taustamateriaali (myös "
            "selkokielinen tiivistelmä), 2–4 asiantuntijaa eri näkökulmista, fasilitaattori, laite- ja "
            "nettiyhteyden lainausmahdollisuus, palkkio raatilaisille.",
            "En tillgänglig plattform för diskussion och videomöten, balanserat bakgrundsmaterial (också en "
            "sammanfattning på lättläst språk), 2–4 sakkunniga med olika synvinklar, en facilitator, möjlighet att "
            "låna utrustning och nätuppkoppling, arvode till medlemmarna.",
            "An accessible platform for discussion and video meetings, balanced background material (including a "
            "plain-language summary), 2–4 experts with different perspectives, a facilitator, devices and "
            "connections to lend, and a fee for panel members.",
        ),
        "steps": [
            {
                "title": t("Muotoile kysymys", "Formulera frågan", "Frame the question"),
                "text": t(
                    "Kirjoita yksi selkeä kysymys, johon raati vastaa, ja sovi päättäjien kanssa, miten lausunto "
                    "käsitellään. Kysymyksen pitää olla vielä avoin, ei jo päätetty.",
                    "Skriv en tydlig fråga som rådet ska besvara och kom överens med beslutsfattarna om hur "
                    "utlåtandet behandlas. Frågan ska fortfarande vara öppen, inte redan avgjord.",
                    "Write one clear question for the panel to answer and agree with decision-makers how the "
                    "statement will be handled. The question must still be open, not already decided.",
                ),
            },
            {
                "title": t("Kokoa monipuolinen raati", "Sätt ihop ett mångsidigt råd", "Recruit a diverse panel"),
                "text": t(
                    "Hae raatilaisia avoimella haulla ja valitse heidät niin, että ikä, sukupuoli, kunta ja "
                    "palvelujen käyttö vaihtelevat. Arvonta hakijoiden kesken lisää luottamusta valintaan.",
                    "Sök medlemmar genom en öppen ansökan och välj dem så att ålder, kön, kommun och användning av "
                    "tjänster varierar. Lottning bland de sökande ökar förtroendet för urvalet.",
                    "Recruit members through an open call and select them so that age, gender, municipality and "
                    "service use vary. Drawing lots among applicants increases trust in the selection.",
                ),
            },
            {
                "title": t("Perehdytä alustaan", "Introducera plattformen", "Introduce the platform"),
                "text": t(
                    "Pidä lyhyt avustettu kokeilutapaaminen, jossa jokainen kirjautuu alustalle ja testaa äänen ja "
                    "kuvan. Sovi keskustelun pelisäännöt.",
                    "Håll en kort assisterad provträff där alla loggar in på plattformen och testar ljud och bild. Kom "
                    "överens om spelreglerna för diskussionen.",
                    "Hold a short assisted trial session where everyone logs in and tests sound and video. Agree the "
                    "ground rules for discussion.",
                ),
            },
            {
                "title": t("Kuulkaa asiantuntijoita", "Hör sakkunniga", "Hear the experts"),
                "text": t(
                    "Ensimmäisessä tapaamisessa asiantuntijat ja kokemusasiantuntija esittävät eri näkökulmat, ja "
                    "raatilaiset esittävät kysymyksiä. Taustamateriaali on luettavissa alustalla koko ajan.",
                    "Vid första mötet presenterar sakkunniga och en erfarenhetsexpert olika synvinklar och "
                    "medlemmarna ställer frågor. Bakgrundsmaterialet finns hela tiden på plattformen.",
                    "At the first meeting, experts and an expert by experience present different perspectives and "
                    "panel members ask questions. The background material stays available on the platform.",
                ),
            },
            {
                "title": t(
                    "Keskustelkaa ja kirjoittakaa lausunto",
                    "Diskutera och skriv utlåtandet",
                    "Deliberate and write the statement",
                ),
                "text": t(
                    "Raati keskustelee alustalla ja tapaamisissa fasilitaattorin tuella ja kirjoittaa yhteisen "
                    "lausunnon. Myös eriävät näkemykset kirjataan.",
                    "Rådet diskuterar på plattformen och vid mötena med stöd av en facilitator och skriver ett "
                    "gemensamt utlåtande. Också avvikande åsikter skrivs ner.",
                    "The panel discusses on the platform and in meetings with a facilitator's support and writes a "
                    "joint statement. Dissenting views are recorded too.",
                ),
            },
            {
                "title": t("Luovuta ja seuraa", "Överlämna och följ upp", "Hand over and follow up"),
                "text": t(
                    "Raatilaiset luovuttavat lausunnon päättäjille, esimerkiksi lautakunnan kokouksessa. Julkaise "
                    "lausunto portaalissa ja kerro raatilaisille, miten se vaikutti päätökseen.",
                    "Medlemmarna överlämnar utlåtandet till beslutsfattarna, till exempel vid ett nämndmöte. Publicera "
                    "utlåtandet i portalen och berätta för medlemmarna hur det påverkade beslutet.",
                    "Panel members hand the statement to decision-makers, for example at a committee meeting. Publish "
                    "it on the portal and tell members how it influenced the decision.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Nuorille digiraati on luonteva muoto; nuorten raati voidaan toteuttaa osana koulupäivää yhteistyössä "
            "oppilaitoksen kanssa. Ikäihmisille ja ihmisille, joilla ei ole laitetta tai digitaitoja, tarjoa "
            "lainalaite, henkilökohtainen opastus ja mahdollisuus osallistua puhelimella tai kirjaston tilasta "
            "avustajan kanssa. Varmista, että alusta toimii ruudunlukijalla ja että videotapaamisissa on "
            "tekstitys tai kirjoitustulkkaus.",
            "För unga är det digitala rådet en naturlig form; ett ungdomsråd kan genomföras som en del av skoldagen i "
            "samarbete med läroanstalten. För äldre och personer utan utrustning eller digitala färdigheter: erbjud "
            "lånad utrustning, personlig handledning och möjlighet att delta per telefon eller från bibliotekets "
            "lokal med en assistent. Se till att plattformen fungerar med skärmläsare och att videomötena har "
            "textning eller skrivtolkning.",
            "For young people an online panel is a natural format; a youth panel can run as part of the school day "
            "in cooperation with the school. For older people and those without devices or digital skills, offer a "
            "loan device, personal guidance and a way to join by phone or from a library room with an assistant. "
            "Make sure the platform works with a screen reader and that video meetings have captions or "
            "speech-to-text interpreting.",
        ),
        "experts": [
            {
                "name": "Elina Saarinen",
                "title": t(
                    "digitaalisen osallisuuden asiantuntija",
                    "specialist på digital delaktighet",
                    "digital participation specialist",
                ),
                "email": "elina.saarinen@pirha.example",
            },
        ],
    },
    {
        "key": "asiakaspolun-kartoitus",
        "slug": "asiakaspolun-kartoitus",
        "slugs": {"sv": "kartlaggning-av-klientresan", "en": "client-journey-mapping"},
        "title": t("Asiakaspolun kartoitus", "Kartläggning av klientresan", "Client journey mapping"),
        "summary": t(
            "Asiakkaat ja työntekijät piirtävät yhdessä asiakkaan kulkeman reitin palvelujen läpi ja merkitsevät "
            "kohdat, joissa polku katkeaa tai kuormittaa.",
            "Klienter och anställda ritar tillsammans den väg klienten går genom tjänsterna och markerar var vägen "
            "bryts eller blir tung.",
            "Clients and staff draw together the route a client takes through services and mark where it breaks or "
            "becomes a burden.",
        ),
        "plain_summary": t(
            "Asiakaspolku näyttää, mitä asiakkaalle tapahtuu vaihe vaiheelta. Asiakkaat kertovat, missä kohdassa "
            "oli vaikeaa. Vaikeat kohdat korjataan.",
            "Klientresan visar vad som händer klienten steg för steg. Klienterna berättar var det var svårt. "
            "De svåra ställena åtgärdas.",
            "A client journey shows what happens to a client step by step. Clients say where it was hard. "
            "The hard parts get fixed.",
        ),
        "target_groups": ["kaikki", "ikaantyneet", "lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["develop", "evaluate"],
        "participation_level": "co_development",
        "purpose": t(
            "Kartoitus tuo näkyviin palvelujen väliset saumakohdat, joita yksittäinen yksikkö ei näe: esimerkiksi "
            "ikäihmisen polun sairaalasta kotiin tai lapsiperheen polun neuvolasta perheneuvolaan. Se sopii "
            "sote-keskuksen ja perhekeskuksen palvelukokonaisuuksien kehittämiseen, kun vastuu jakautuu usealle "
            "yksikölle.",
            "Kartläggningen synliggör skarvarna mellan tjänster som en enskild enhet inte ser: till exempel en äldre "
            "persons väg från sjukhuset hem eller en barnfamiljs väg från rådgivningen till familjerådgivningen. Den "
            "passar för att utveckla helheter inom social- och hälsocentralen och familjecentret när ansvaret är "
            "fördelat på flera enheter.",
            "Mapping reveals the seams between services that no single unit can see: for example an older person's "
            "route from hospital back home, or a family's route from the child health clinic to family counselling. "
            "It suits developing service pathways in health and social services centres and family centres when "
            "responsibility is split between several units.",
        ),
        "group_size": t(
            "6–12 osallistujaa: puolet asiakkaita tai omaisia, puolet eri yksiköiden työntekijöitä",
            "6–12 deltagare: hälften klienter eller anhöriga, hälften anställda från olika enheter",
            "6–12 participants: half clients or family members, half staff from different units",
        ),
        "duration": t(
            "Haastattelut 2–3 viikkoa ja 3 tunnin työpaja",
            "Intervjuer i 2–3 veckor och en verkstad på 3 timmar",
            "Interviews over 2–3 weeks and a 3-hour workshop",
        ),
        "preparation_time": t("3–4 viikkoa", "3–4 veckor", "3–4 weeks"),
        "materials": t(
            "Haastattelurunko asiakkaille, pitkä paperirulla tai digitaalinen taulu polun piirtämiseen, "
            "tunnetila-asteikko (hymynaamat), värikoodatut laput (asiakkaan teko, työntekijän teko, odotus, "
            "ongelma, idea), yhteenvetopohja.",
            "En intervjumall för klienter, en lång pappersrulle eller digital tavla för att rita vägen, en "
            "känsloskala (smileys), färgkodade lappar (klientens handling, den anställdas handling, väntan, "
            "problem, idé), en mall för sammanfattning.",
            "An interview guide for clients, a long paper roll or digital whiteboard to draw the route, an emotion "
            "scale (smiley faces), colour-coded notes (client action, staff action, waiting, problem, idea), and a "
            "summary template.",
        ),
        "steps": [
            {
                "title": t("Valitse polku", "Välj vägen", "Choose the journey"),
                "text": t(
                    'Rajaa polulle alku ja loppu, esimerkiksi "omainen ottaa yhteyttä – kotihoito alkaa". Kutsu '
                    "mukaan kaikkien polkuun osallistuvien yksiköiden edustajat.",
                    'Bestäm vägens början och slut, till exempel "en anhörig tar kontakt – hemvården börjar". Bjud in '
                    "representanter för alla enheter som berörs.",
                    'Set the start and end of the journey, for example "a relative makes contact – home care '
                    'begins". Invite representatives of every unit along the way.',
                ),
            },
            {
                "title": t("Haastattele asiakkaita", "Intervjua klienter", "Interview clients"),
                "text": t(
                    "Haastattele 5–10 asiakasta tai omaista, jotka ovat kulkeneet polun äskettäin. Pyydä heitä "
                    "kertomaan vaiheet järjestyksessä ja sen, miltä kussakin kohdassa tuntui.",
                    "Intervjua 5–10 klienter eller anhöriga som nyligen gått vägen. Be dem berätta stegen i ordning "
                    "och hur det kändes i varje skede.",
                    "Interview 5–10 clients or family members who have recently been through the journey. Ask them to "
                    "describe the steps in order and how each one felt.",
                ),
            },
            {
                "title": t("Piirtäkää polku yhdessä", "Rita vägen tillsammans", "Draw the journey together"),
                "text": t(
                    "Työpajassa asiakkaat ja työntekijät rakentavat polun seinälle: mitä asiakas tekee, mitä "
                    "työntekijät tekevät taustalla, missä odotetaan ja mihin tieto katoaa. Merkitkää tunnetila "
                    "jokaiseen vaiheeseen.",
                    "I verkstaden bygger klienter och anställda upp vägen på väggen: vad klienten gör, vad de "
                    "anställda "
                    "gör i bakgrunden, var man väntar och var informationen försvinner. Markera känsloläget i varje "
                    "skede.",
                    "In the workshop, clients and staff build the journey on the wall: what the client does, what "
                    "staff "
                    "do behind the scenes, where people wait and where information gets lost. Mark the emotional state "
                    "at each step.",
                ),
            },
            {
                "title": t("Valitse korjattavat kohdat", "Välj vad som ska åtgärdas", "Pick what to fix"),
                "text": t(
                    "Äänestäkää 2–3 kriittisintä kohtaa ja ideoikaa niihin korjaukset. Sopikaa jokaiselle vastuu, "
                    "aikataulu ja se, miten muutosta mitataan.",
                    "Rösta fram de 2–3 mest kritiska punkterna och ta fram förbättringar. Kom överens om ansvar, "
                    "tidtabell och hur förändringen mäts för var och en.",
                    "Vote for the 2–3 most critical points and generate fixes for them. Agree responsibility, timing "
                    "and how to measure the change for each.",
                ),
            },
            {
                "title": t("Kerro ja tarkista", "Berätta och kontrollera", "Report back and check"),
                "text": t(
                    "Lähetä osallistujille kuva valmiista polusta ja toimenpidelista. Kirjaa toimenpiteet "
                    "Päätösten seurantaan ja pyydä samoja asiakkaita arvioimaan polku uudelleen puolen vuoden päästä.",
                    "Skicka en bild av den färdiga vägen och åtgärdslistan till deltagarna. Registrera åtgärderna i "
                    "Uppföljning av beslut och be samma klienter bedöma vägen på nytt efter ett halvår.",
                    "Send participants a picture of the finished journey and the list of actions. Enter the actions in "
                    "the decision follow-up and ask the same clients to review the journey again after six months.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            'Lapsen polun voi kartoittaa lapsen kanssa piirtämällä, esimerkiksi "matka neuvolaan" -kuvana, ja '
            "huoltajan kanssa erikseen. Muistisairaan ikäihmisen polkua kartoitetaan yhdessä omaisen kanssa, ja "
            "haastattelu tehdään kotona lyhyissä jaksoissa. Vammaisille asiakkaille tarjoa haastattelu omalla "
            "kommunikointitavalla, esimerkiksi kuvilla tai tulkin välityksellä. Kun polku kulkee lastensuojelun tai "
            "päihdepalvelujen kautta, haastattelijana kannattaa käyttää kokemusasiantuntijaa ja varmistaa, että "
            "tunnistettavia tietoja ei näy polkukuvassa.",
            'Ett barns väg kan kartläggas med barnet genom att rita, till exempel som bilden "resan till '
            'rådgivningen", och med vårdnadshavaren separat. En äldre persons väg vid minnessjukdom kartläggs '
            "tillsammans med en anhörig, och intervjun görs hemma i korta pass. Klienter med funktionsnedsättning "
            "erbjuds intervju på deras eget sätt att kommunicera, till exempel med bilder eller via tolk. När vägen "
            "går via barnskyddet eller missbrukstjänsterna lönar det sig att använda en erfarenhetsexpert som "
            "intervjuare och se till att inga identifierbara uppgifter syns i bilden av vägen.",
            "A child's journey can be mapped with the child by drawing, for example as a picture of \"the trip to "
            'the clinic", and with the guardian separately. For an older person with memory disorder, map the '
            "journey together with a relative and interview at home in short sessions. Offer disabled clients an "
            "interview in their own way of communicating, such as pictures or an interpreter. When the journey "
            "passes through child welfare or substance use services, use an expert by experience as interviewer and "
            "make sure no identifying details appear on the journey map.",
        ),
        "experts": [
            {
                "name": "Laura Heikkinen",
                "title": t("palvelumuotoilija", "tjänstedesigner", "service designer"),
                "email": "laura.heikkinen@pirha.example",
            },
        ],
    },
    {
        "key": "tulevaisuusverstas",
        "slug": "tulevaisuusverstas",
        "slugs": {"sv": "framtidsverkstad", "en": "future-workshop"},
        "title": t("Tulevaisuusverstas", "Framtidsverkstad", "Future workshop"),
        "summary": t(
            "Työpaja, jossa asukkaat ja ammattilaiset käyvät läpi nykytilan ongelmat, kuvittelevat toivottavan "
            "tulevaisuuden ja sopivat ensimmäiset askeleet sitä kohti.",
            "En verkstad där invånare och yrkespersoner går igenom problemen i nuläget, föreställer sig en "
            "önskvärd framtid och kommer överens om de första stegen dit.",
            "A workshop where residents and professionals go through current problems, imagine a desirable future "
            "and agree the first steps towards it.",
        ),
        "plain_summary": t(
            "Ensin kerrotaan, mikä nyt on huonosti. Sitten kuvitellaan, millaista olisi parhaimmillaan. "
            "Lopuksi sovitaan, mitä tehdään ensin.",
            "Först berättar man vad som är dåligt nu. Sedan föreställer man sig hur det kunde vara som bäst. "
            "Till sist bestämmer man vad som görs först.",
            "First, people say what is wrong now. Then they imagine how things could be at their best. "
            "Finally, they agree what to do first.",
        ),
        "target_groups": ["kaikki", "nuoret", "jarjestot"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan"],
        "participation_level": "co_development",
        "purpose": t(
            "Tulevaisuusverstas sopii strategiseen suunnitteluun, esimerkiksi hyvinvointisuunnitelman ja "
            "-kertomuksen painopisteiden tai uuden sote-keskuksen toimintamallin valmisteluun. Keski-Suomen "
            "pilotissa kahden kunnan hyvinvointikertomuksen painopisteitä ja tavoitteita suunniteltiin yhdessä "
            "asukkaiden kanssa. Verstas siirtää keskustelun valittamisesta ratkaisuihin ja antaa kaikille saman "
            "aseman.",
            "Framtidsverkstaden passar för strategisk planering, till exempel när man bereder prioriteringarna i "
            "välfärdsplanen och välfärdsberättelsen eller verksamhetsmodellen för en ny social- och hälsocentral. I "
            "pilotprojektet i Mellersta Finland planerades två kommuners prioriteringar och mål i "
            "välfärdsberättelsen tillsammans med invånarna. Verkstaden flyttar diskussionen från klagomål till "
            "lösningar och ger alla samma ställning.",
            "A future workshop suits strategic planning, for example preparing the priorities of a wellbeing plan "
            "and report, or the operating model of a new health and social services centre. In the Central Finland "
            "pilot, two municipalities planned the priorities and targets of their wellbeing reports together with "
            "residents. The workshop moves the conversation from complaints to solutions and puts everyone on an "
            "equal footing.",
        ),
        "group_size": t("12–30 osallistujaa", "12–30 deltagare", "12–30 participants"),
        "duration": t(
            "4–6 tuntia tai kaksi puolen päivän tapaamista",
            "4–6 timmar eller två halvdagsträffar",
            "4–6 hours or two half-day sessions",
        ),
        "preparation_time": t("3–5 viikkoa", "3–5 veckor", "3–5 weeks"),
        "materials": t(
            "Iso tila pienryhmätyöskentelyyn, seinätilaa papereille, tusseja, post-it-lappuja ja äänestystarroja, "
            "lyhyt tietopaketti nykytilasta (hyvinvointitieto, palautteet), ruokailu tai kahvitarjoilu, kaksi "
            "fasilitaattoria.",
            "En stor lokal för arbete i smågrupper, väggyta för papper, tuschpennor, post-it-lappar och "
            "röstningsklistermärken, ett kort informationspaket om nuläget (välfärdsdata, respons), mat eller "
            "kaffe, två facilitatorer.",
            "A large room for small-group work, wall space for sheets, markers, sticky notes and voting stickers, a "
            "short information pack on the current situation (wellbeing data, feedback), a meal or coffee, and two "
            "facilitators.",
        ),
        "steps": [
            {
                "title": t(
                    "Valmistele teema ja osallistujat",
                    "Förbered tema och deltagare",
                    "Prepare the theme and participants",
                ),
                "text": t(
                    'Muotoile teema, esimerkiksi "Hyvä arki ikäihmiselle kunnassamme 2035". Kutsu asukkaita, '
                    "järjestöjä, nuorisovaltuuston ja vanhusneuvoston edustajia sekä ammattilaisia ja päättäjiä.",
                    'Formulera temat, till exempel "En god vardag för äldre i vår kommun 2035". Bjud in invånare, '
                    "organisationer, representanter för ungdomsfullmäktige och äldrerådet samt yrkespersoner och "
                    "beslutsfattare.",
                    'Frame the theme, for example "A good everyday life for older people in our municipality in '
                    '2035". Invite residents, organisations, representatives of the youth council and the council for '
                    "older people, as well as professionals and decision-makers.",
                ),
            },
            {
                "title": t("Kritiikkivaihe", "Kritikfasen", "Critique phase"),
                "text": t(
                    "Osallistujat kirjaavat, mikä nykytilassa on vialla. Ryhmitelkää havainnot teemoiksi ja "
                    "äänestäkää tärkeimmät. Tässä vaiheessa ei vielä ratkaista mitään.",
                    "Deltagarna skriver ner vad som är fel i nuläget. Gruppera iakttagelserna i teman och rösta fram "
                    "de viktigaste. I det här skedet löser man ännu ingenting.",
                    "Participants write down what is wrong now. Group the points into themes and vote for the most "
                    "important. Nothing is solved yet at this stage.",
                ),
            },
            {
                "title": t("Mielikuvitusvaihe", "Fantasifasen", "Fantasy phase"),
                "text": t(
                    "Pienryhmät kuvaavat ihannetulevaisuuden ilman rajoituksia, esimerkiksi kirjoittamalla "
                    "uutisen vuodelta 2035 tai piirtämällä. Ryhmät esittelevät visionsa toisilleen.",
                    "Smågrupper beskriver en idealisk framtid utan begränsningar, till exempel genom att skriva en "
                    "nyhet från år 2035 eller genom att rita. Grupperna presenterar sina visioner för varandra.",
                    "Small groups describe an ideal future without limits, for example by writing a news story from "
                    "2035 or drawing it. The groups present their visions to each other.",
                ),
            },
            {
                "title": t("Toteutusvaihe", "Förverkligandefasen", "Implementation phase"),
                "text": t(
                    "Valitkaa visioista toteuttamiskelpoisimmat ja sopikaa niille ensimmäiset askeleet: mitä, kuka ja "
                    "mihin mennessä. Ammattilaiset ja päättäjät kertovat tässä, mikä on mahdollista.",
                    "Välj de mest genomförbara visionerna och kom överens om de första stegen: vad, vem och när. "
                    "Yrkespersoner och beslutsfattare berättar här vad som är möjligt.",
                    "Pick the most feasible visions and agree the first steps: what, who and by when. Professionals "
                    "and "
                    "decision-makers say at this point what is possible.",
                ),
            },
            {
                "title": t(
                    "Vie tulokset suunnitelmaan", "För in resultaten i planen", "Feed the results into the plan"
                ),
                "text": t(
                    "Kirjoita yhteenveto ja vie se suunnitelman valmisteluun. Julkaise portaalissa, mitkä verstaan "
                    "ehdotukset päätyivät suunnitelmaan ja mitkä eivät, ja perustele.",
                    "Skriv en sammanfattning och för in den i beredningen av planen. Publicera i portalen vilka av "
                    "verkstadens förslag som kom med i planen och vilka som inte gjorde det, med motiveringar.",
                    "Write a summary and feed it into the preparation of the plan. Publish on the portal which of the "
                    "workshop's proposals made it into the plan and which did not, with reasons.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lasten ja nuorten tulevaisuusverstas voidaan pitää koulussa lyhennettynä, 1–2 tunnin versiona, jossa "
            "mielikuvitusvaihe tehdään piirtäen, rakentaen tai draamana. Ikäihmisille ja vammaisille osallistujille "
            "varaa riittävästi taukoja, ruokailu, esteetön tila ja tarvittaessa avustaja; pitkän päivän sijaan "
            "kaksi lyhyempää tapaamista toimii usein paremmin. Huolehdi, että ammattilaiset eivät dominoi "
            "toteutusvaihetta: asukkaiden ehdotukset kirjataan ensin.",
            "En framtidsverkstad för barn och unga kan hållas i skolan i en förkortad version på 1–2 timmar, där "
            "fantasifasen görs genom att rita, bygga eller med drama. För äldre deltagare och deltagare med "
            "funktionsnedsättning: planera in tillräckligt med pauser, en måltid, en tillgänglig lokal och vid "
            "behov en assistent; två kortare träffar fungerar ofta bättre än en lång dag. Se till att "
            "yrkespersonerna inte dominerar förverkligandefasen: invånarnas förslag skrivs ner först.",
            "A future workshop for children and young people can be held at school as a shorter 1–2 hour version, "
            "with the fantasy phase done by drawing, building or drama. For older and disabled participants, plan "
            "enough breaks, a meal, an accessible room and an assistant where needed; two shorter sessions often "
            "work better than one long day. Make sure professionals do not dominate the implementation phase: "
            "residents' proposals are written down first.",
        ),
        "experts": [],
    },
    {
        "key": "ihmisvaikutusten-arviointi",
        "slug": "ihmisvaikutusten-arviointi",
        "slugs": {"sv": "konsekvensbedomning-for-manniskor", "en": "human-impact-assessment"},
        "title": t(
            "Ihmisiin kohdistuvien vaikutusten arviointi (IVA/EVA)",
            "Bedömning av konsekvenser för människor",
            "Human impact assessment",
        ),
        "summary": t(
            "Päätöksen valmistelussa arvioidaan ennalta, miten vaihtoehdot vaikuttavat asukkaiden hyvinvointiin, "
            "terveyteen ja yhdenvertaisuuteen eri väestöryhmissä.",
            "Vid beredningen av ett beslut bedöms på förhand hur alternativen påverkar invånarnas välfärd, hälsa "
            "och likabehandling i olika befolkningsgrupper.",
            "When preparing a decision, assess in advance how the options affect residents' wellbeing, health and "
            "equality across population groups.",
        ),
        "plain_summary": t(
            "Ennen päätöstä mietitään, ketä se koskee. Mietitään, kenelle siitä on hyötyä ja kenelle haittaa. "
            "Asukkailta kysytään myös.",
            "Före ett beslut funderar man på vem det gäller. Man funderar på vem som har nytta och vem som får "
            "nackdelar. Invånarna tillfrågas också.",
            "Before a decision, people think about who it affects. They think about who gains and who loses. "
            "Residents are asked too.",
        ),
        "target_groups": ["kaikki", "ikaantyneet", "vammaiset", "lapsiperheet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["plan", "decide"],
        "participation_level": "consultation",
        "purpose": [
            t(
                "IVA eli ihmisiin kohdistuvien vaikutusten arviointi (ennakkoarviointina myös EVA) kuvaa päätöksen "
                "vaikutukset eri väestöryhmille ennen päätöstä. Sen tarkoitus on, että päättäjät tietävät, keihin "
                "päätös osuu ja miten haittoja voi lieventää. Lapsiin kohdistuvat vaikutukset arvioidaan osana "
                "IVAa tai erillisellä lapsivaikutusten arvioinnilla.",
                "Bedömningen av konsekvenser för människor (som förhandsbedömning) beskriver ett besluts "
                "konsekvenser för olika befolkningsgrupper innan beslutet fattas. Syftet är att beslutsfattarna ska "
                "veta vilka beslutet drabbar och hur nackdelarna kan mildras. Konsekvenser för barn bedöms som en "
                "del av den eller genom en separat barnkonsekvensbedömning.",
                "A human impact assessment (done in advance) describes a decision's effects on different population "
                "groups before it is made. The point is that decision-makers know whom the decision affects and how "
                "harm can be reduced. Effects on children are assessed as part of it or in a separate child impact "
                "assessment.",
            ),
            t(
                "Käytä arviointia merkittävissä päätöksissä, kuten palveluverkon, asiakasmaksujen tai "
                "palvelujen myöntämisperusteiden muutoksissa. Asukkaiden ja järjestöjen kuuleminen on osa "
                "arviointia, ei erillinen lisä.",
                "Använd bedömningen vid betydande beslut, till exempel ändringar i servicenätet, klientavgifterna "
                "eller grunderna för att bevilja tjänster. Att höra invånare och organisationer är en del av "
                "bedömningen, inte ett separat tillägg.",
                "Use the assessment for significant decisions, such as changes to the service network, client fees or "
                "eligibility criteria. Hearing residents and organisations is part of the assessment, not an "
                "optional extra.",
            ),
        ],
        "group_size": t(
            "Arviointiryhmä 3–6 henkilöä; kuulemisiin vaikuttajaverkosto, neuvostot ja asukkaat",
            "Bedömningsgrupp 3–6 personer; vid hörandet påverkarnätverket, råden och invånare",
            "Assessment team of 3–6; hearings with the influencer network, councils and residents",
        ),
        "duration": t(
            "3–10 viikkoa päätöksen laajuuden mukaan",
            "3–10 veckor beroende på beslutets omfattning",
            "3–10 weeks depending on the scale of the decision",
        ),
        "preparation_time": t(
            "1–2 viikkoa (arviointiryhmä, tietolähteet, kuulemisaikataulu)",
            "1–2 veckor (bedömningsgrupp, datakällor, tidtabell för hörande)",
            "1–2 weeks (assessment team, data sources, hearing schedule)",
        ),
        "materials": t(
            "Hyvinvointialueen IVA-lomake tai -kysymyslista, väestö- ja palvelutilastot kunnittain, "
            "hyvinvointikertomus ja alueellinen hyvinvointitieto, aiemmat palautteet, saavutettavuus- ja "
            "matka-aikatiedot, kuulemisten muistiot.",
            "Välfärdsområdets blankett eller frågelista för bedömningen, befolknings- och tjänstestatistik per "
            "kommun, välfärdsberättelsen och regional välfärdsdata, tidigare respons, uppgifter om tillgänglighet "
            "och restider, anteckningar från hörandena.",
            "The county's assessment form or checklist, population and service statistics by municipality, the "
            "wellbeing report and regional wellbeing data, earlier feedback, accessibility and travel-time data, "
            "and notes from hearings.",
        ),
        "steps": [
            {
                "title": t("Käynnistä ajoissa", "Börja i tid", "Start early"),
                "text": t(
                    "Aloita arviointi heti, kun vaihtoehtoja on pöydällä, ei vasta valmiin esityksen jälkeen. Nimeä "
                    "vastuuhenkilö ja pieni arviointiryhmä, jossa on myös hyvinvoinnin edistämisen asiantuntija.",
                    "Börja bedömningen så snart alternativen ligger på bordet, inte först efter ett färdigt förslag. "
                    "Utse en ansvarsperson och en liten bedömningsgrupp med också en sakkunnig i välfärdsfrämjande.",
                    "Start the assessment as soon as options are on the table, not after the proposal is finished. "
                    "Name a person responsible and a small assessment team that includes a wellbeing promotion "
                    "specialist.",
                ),
            },
            {
                "title": t("Tunnista vaikutusalue", "Identifiera vilka som berörs", "Identify who is affected"),
                "text": t(
                    "Kuvaa, mitä väestöryhmiä ja alueita päätös koskee: esimerkiksi ikäihmiset ilman autoa, "
                    "vammaiset, pienituloiset, kieliryhmät ja syrjäkylien asukkaat. Kokoa heistä saatavilla oleva "
                    "tieto.",
                    "Beskriv vilka befolkningsgrupper och områden beslutet gäller: till exempel äldre utan bil, "
                    "personer med funktionsnedsättning, låginkomsttagare, språkgrupper och invånare i avlägsna byar. "
                    "Samla den information som finns om dem.",
                    "Describe which population groups and areas the decision concerns: for example older people "
                    "without a car, disabled people, people on low incomes, language groups and residents of remote "
                    "villages. Gather the available data on them.",
                ),
            },
            {
                "title": t("Kuule asianosaisia", "Hör de berörda", "Hear those affected"),
                "text": t(
                    "Pyydä näkemykset vaikuttajaverkostolta, vanhus- ja vammaisneuvostoilta, nuorisovaltuustoilta ja "
                    "asiakasraadeilta sekä tarvittaessa asukkailta kyselyllä tai asukasillassa. Varaa lausunnoille "
                    "vähintään kolme viikkoa.",
                    "Be om synpunkter från påverkarnätverket, äldreråden, råden för personer med funktionsnedsättning, "
                    "ungdomsfullmäktige och klientråden och vid behov från invånare via en enkät eller en "
                    "invånarkväll. Ge minst tre veckor för utlåtanden.",
                    "Ask the influencer network, the councils for older people, disability councils, youth councils "
                    "and client panels for their views, and residents too where needed, through a survey or a "
                    "residents' evening. Allow at least three weeks for statements.",
                ),
            },
            {
                "title": t(
                    "Arvioi ja vertaa vaihtoehtoja", "Bedöm och jämför alternativen", "Assess and compare options"
                ),
                "text": t(
                    "Kirjaa kunkin vaihtoehdon myönteiset ja kielteiset vaikutukset ryhmittäin, niiden todennäköisyys "
                    "ja keinot lieventää haittoja. Tee yhteenvedosta lyhyt ja selkeä taulukko päätösesityksen "
                    "liitteeksi.",
                    "Skriv ner varje alternativs positiva och negativa konsekvenser per grupp, hur sannolika de är och "
                    "sätt att mildra nackdelarna. Gör sammanfattningen till en kort och tydlig tabell som bilaga till "
                    "beslutsförslaget.",
                    "Record each option's positive and negative effects by group, how likely they are and ways to "
                    "reduce harm. Make the summary a short, clear table annexed to the decision proposal.",
                ),
            },
            {
                "title": t(
                    "Kerro, miten kuuleminen vaikutti",
                    "Berätta hur hörandet påverkade",
                    "Show how the hearing mattered",
                ),
                "text": t(
                    "Kirjaa päätösesitykseen, mitä kuulemisissa sanottiin ja miten se otettiin huomioon. Lähetä "
                    "lausunnon antajille tieto päätöksestä ja linkki Päätösten seuranta -sivulle.",
                    "Skriv in i beslutsförslaget vad som sades vid hörandena och hur det beaktades. Skicka information "
                    "om beslutet och en länk till sidan Uppföljning av beslut till dem som gav utlåtanden.",
                    "State in the decision proposal what was said in the hearings and how it was taken into account. "
                    "Send those who gave statements the decision and a link to the decision follow-up page.",
                ),
            },
            {
                "title": t("Arvioi jälkikäteen", "Utvärdera i efterhand", "Review afterwards"),
                "text": t(
                    "Sovi seurantamittarit ja ajankohta, esimerkiksi 12 kuukautta toimeenpanosta. Vertaa toteutuneita "
                    "vaikutuksia ennakkoarvioon ja julkaise havainnot.",
                    "Kom överens om uppföljningsindikatorer och tidpunkt, till exempel 12 månader efter "
                    "verkställandet. Jämför de faktiska konsekvenserna med förhandsbedömningen och publicera "
                    "iakttagelserna.",
                    "Agree follow-up indicators and timing, for example 12 months after implementation. Compare actual "
                    "effects with the advance assessment and publish the findings.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Arvioinnin pitää erikseen tarkastella niitä ryhmiä, joihin muutokset osuvat kovimmin ja joiden ääni "
            "kuuluu heikoimmin: esimerkiksi muistisairaat, kehitysvammaiset, asunnottomat, omaishoitoperheet ja "
            "ruotsin- tai muunkielisiset asukkaat. Tavoita heidät heidän omien järjestöjensä, asiakasraatien ja "
            "tuttujen työntekijöiden kautta, ja tarjoa taustamateriaali selkokielellä. Lasten osalta tee "
            "lapsivaikutusten arviointi ja kuule lapsia suoraan.",
            "Bedömningen ska särskilt granska de grupper som drabbas hårdast av förändringar och vars röst hörs "
            "svagast: till exempel personer med minnessjukdom, personer med intellektuell funktionsnedsättning, "
            "bostadslösa, familjer med närståendevård och svensk- eller annatspråkiga invånare. Nå dem via deras "
            "egna organisationer, klientråden och bekanta anställda, och erbjud bakgrundsmaterialet på lättläst "
            "språk. För barnens del görs en barnkonsekvensbedömning och barnen hörs direkt.",
            "The assessment must look separately at the groups hit hardest by changes and whose voices are heard "
            "least: for example people with memory disorders, people with intellectual disabilities, homeless "
            "people, families providing informal care, and Swedish-speaking or other-language residents. Reach them "
            "through their own organisations, client panels and familiar staff, and offer background material in "
            "plain language. For children, carry out a child impact assessment and hear children directly.",
        ),
        "experts": [
            {
                "name": "Jussi Rantanen",
                "title": t(
                    "erityisasiantuntija, hyvinvoinnin edistäminen",
                    "specialsakkunnig, välfärdsfrämjande",
                    "senior adviser, wellbeing promotion",
                ),
                "email": "jussi.rantanen@pirha.example",
            },
        ],
    },
    {
        "key": "haamuasiointi",
        "slug": "haamuasiointi",
        "slugs": {"sv": "anonym-testklient", "en": "mystery-client"},
        "title": t("Haamuasiointi", "Anonym testklient", "Mystery client"),
        "summary": t(
            "Koulutettu kehittäjäasiakas tai kokemusasiantuntija asioi palvelussa tavallisen asiakkaan tavoin ja "
            "arvioi sovittujen kriteerien mukaan, miten asiointi sujui.",
            "En utbildad utvecklarklient eller erfarenhetsexpert använder tjänsten som en vanlig klient och bedömer "
            "enligt överenskomna kriterier hur ärendet sköttes.",
            "A trained developer client or expert by experience uses a service like an ordinary client and assesses "
            "against agreed criteria how it went.",
        ),
        "plain_summary": t(
            "Testiasiakas soittaa tai käy palvelussa. Hän katsoo, saako apua helposti. Sitten hän kertoo, mikä "
            "toimi ja mikä ei.",
            "En testklient ringer eller besöker tjänsten. Hen ser om det är lätt att få hjälp. Sedan berättar hen "
            "vad som fungerade och vad som inte gjorde det.",
            "A test client phones or visits a service. They check if it is easy to get help. Then they report what "
            "worked and what did not.",
        ),
        "target_groups": ["kaikki", "vammaiset", "ikaantyneet"],
        "areas": ["koko-pirkanmaa"],
        "phases": ["evaluate"],
        "participation_level": "consultation",
        "purpose": t(
            "Haamuasiointi näyttää, miten palvelu toimii tavallisena päivänä asiakkaan näkökulmasta: vastataanko "
            "puhelimeen, löytyykö tieto verkkosivuilta, ymmärretäänkö kysymys ja ohjataanko oikeaan paikkaan. "
            "Menetelmä sopii erityisesti neuvonnan, ajanvarauksen ja sähköisen asioinnin arviointiin. Se ei ole "
            "yksittäisten työntekijöiden valvontaa, vaan palveluprosessin arviointia, ja siitä kerrotaan "
            "henkilöstölle etukäteen.",
            "En anonym testklient visar hur tjänsten fungerar en vanlig dag ur klientens synvinkel: svarar man i "
            "telefon, hittar man informationen på webbplatsen, förstår man frågan och hänvisar man till rätt ställe. "
            "Metoden passar särskilt för att utvärdera rådgivning, tidsbokning och e-tjänster. Den är inte "
            "övervakning av enskilda anställda utan en utvärdering av serviceprocessen, och personalen informeras på "
            "förhand.",
            "Mystery client testing shows how a service works on an ordinary day from the client's side: is the "
            "phone answered, can information be found online, is the question understood, is the client guided to "
            "the right place. It particularly suits evaluating advice lines, appointment booking and e-services. It "
            "is not surveillance of individual staff but an evaluation of the service process, and staff are told "
            "about it in advance.",
        ),
        "group_size": t(
            "3–8 testiasiakasta; 10–40 asiointikertaa",
            "3–8 testklienter; 10–40 kontakter",
            "3–8 test clients; 10–40 contacts",
        ),
        "duration": t(
            "Asiointijakso 2–4 viikkoa, purku 2 tuntia",
            "Testperiod 2–4 veckor, genomgång 2 timmar",
            "Test period of 2–4 weeks, 2-hour debrief",
        ),
        "preparation_time": t(
            "3–4 viikkoa (kriteerit, skenaariot, perehdytys, tiedottaminen)",
            "3–4 veckor (kriterier, scenarier, introduktion, information)",
            "3–4 weeks (criteria, scenarios, briefing, informing staff)",
        ),
        "materials": t(
            'Kirjalliset asiointiskenaariot (esim. "omainen kysyy omaishoidon tuesta"), arviointilomake '
            "(saavutettavuus, odotusaika, ymmärrettävyys, kohtelu, ohjaus), toimeksiantosopimus ja "
            "salassapitositoumus, palkkio ja kulukorvaukset, ohje siitä, ettei oikeita henkilö- tai "
            "potilastietoja käytetä.",
            'Skriftliga scenarier (t.ex. "en anhörig frågar om stöd för närståendevård"), bedömningsblankett '
            "(tillgänglighet, väntetid, begriplighet, bemötande, hänvisning), uppdragsavtal och "
            "tystnadsförbindelse, arvode och kostnadsersättning, anvisning om att inga verkliga person- eller "
            "patientuppgifter används.",
            'Written scenarios (e.g. "a relative asks about support for family carers"), an assessment form '
            "(accessibility, waiting time, clarity, treatment, guidance), an assignment agreement and "
            "confidentiality undertaking, fee and expenses, and an instruction that no real personal or patient "
            "data is used.",
        ),
        "steps": [
            {
                "title": t(
                    "Sovi kohde ja kerro henkilöstölle",
                    "Bestäm objekt och informera personalen",
                    "Agree the target and tell staff",
                ),
                "text": t(
                    "Valitse arvioitavat palvelukanavat yhdessä esihenkilön kanssa. Kerro henkilöstölle, että "
                    "haamuasiointia tehdään tietyn jakson aikana ja että tulokset käsitellään palvelun, ei "
                    "yksittäisten ihmisten, tasolla.",
                    "Välj vilka servicekanaler som ska bedömas tillsammans med chefen. Berätta för personalen att "
                    "testklienter används under en viss period och att resultaten behandlas på tjänstens nivå, inte "
                    "på individnivå.",
                    "Choose the service channels to assess together with the manager. Tell staff that mystery client "
                    "testing will take place during a set period and that results are handled at the level of the "
                    "service, not individuals.",
                ),
            },
            {
                "title": t(
                    "Laadi skenaariot ja kriteerit", "Skriv scenarier och kriterier", "Write scenarios and criteria"
                ),
                "text": t(
                    "Kirjoita 3–6 todenmukaista asiointitilannetta ja arviointikriteerit. Suunnittele skenaariot niin, "
                    "ettei niistä aiheudu turhaa työtä tai vie aikaa oikeilta asiakkailta, esimerkiksi ilman "
                    "ajanvarauksia.",
                    "Skriv 3–6 realistiska situationer och bedömningskriterier. Planera scenarierna så att de inte "
                    "orsakar onödigt arbete eller tar tid från verkliga klienter, till exempel utan tidsbokningar.",
                    "Write 3–6 realistic scenarios and the assessment criteria. Design them so they do not create "
                    "unnecessary work or take time from real clients, for example by not booking appointments.",
                ),
            },
            {
                "title": t(
                    "Rekrytoi ja perehdytä testiasiakkaat",
                    "Rekrytera och introducera testklienterna",
                    "Recruit and brief the test clients",
                ),
                "text": t(
                    "Pyydä testiasiakkaita kehittäjäasiakasryhmästä tai kokemusasiantuntijapankista; valitse mukaan "
                    "eri-ikäisiä ja esimerkiksi näkövammainen tai ruotsinkielinen asioija. Käy skenaariot ja lomake "
                    "läpi ja tehkää sopimus.",
                    "Be om testklienter från utvecklarklientgruppen eller erfarenhetsexpertbanken; välj personer i "
                    "olika åldrar och till exempel en synskadad eller svenskspråkig klient. Gå igenom scenarierna och "
                    "blanketten och gör ett avtal.",
                    "Ask for test clients from the developer-client group or the experts-by-experience bank; include "
                    "people of different ages and, for example, a visually impaired or Swedish-speaking client. Go "
                    "through the scenarios and form, and sign an agreement.",
                ),
            },
            {
                "title": t("Asioikaa ja kirjatkaa", "Genomför och dokumentera", "Carry out and record"),
                "text": t(
                    "Testiasiakkaat asioivat sovitun jakson aikana eri päivinä ja kellonaikoina ja täyttävät lomakkeen "
                    "heti asioinnin jälkeen.",
                    "Testklienterna tar kontakt under den överenskomna perioden på olika dagar och tider och fyller i "
                    "blanketten direkt efteråt.",
                    "Test clients make contact during the agreed period on different days and at different times and "
                    "fill in the form straight afterwards.",
                ),
            },
            {
                "title": t(
                    "Purkakaa tulokset henkilöstön kanssa",
                    "Gå igenom resultaten med personalen",
                    "Go through results with staff",
                ),
                "text": t(
                    "Kokoa tulokset ja pidä purkutilaisuus, jossa testiasiakkaat ja henkilöstö käyvät havainnot läpi "
                    "yhdessä. Keskittykää korjattaviin prosesseihin, ohjeisiin ja verkkosivuihin.",
                    "Sammanställ resultaten och håll ett möte där testklienterna och personalen går igenom "
                    "iakttagelserna tillsammans. Fokusera på processer, anvisningar och webbsidor som kan förbättras.",
                    "Compile the results and hold a debrief where test clients and staff go through the findings "
                    "together. Focus on processes, instructions and web pages that can be improved.",
                ),
            },
            {
                "title": t("Korjaa ja kerro", "Åtgärda och berätta", "Fix and report back"),
                "text": t(
                    "Sovi korjaustoimet ja vastuut. Kerro testiasiakkaille ja portaalin seurantasivulla, mitä "
                    "muutettiin, ja toista arviointi puolen vuoden tai vuoden kuluttua.",
                    "Kom överens om åtgärder och ansvar. Berätta för testklienterna och på portalens uppföljningssida "
                    "vad som ändrades och upprepa bedömningen efter ett halvår eller ett år.",
                    "Agree actions and responsibilities. Tell the test clients, and the portal's follow-up page, what "
                    "was changed, and repeat the assessment after six months or a year.",
                ),
            },
        ],
        "children_and_vulnerable": t(
            "Lapsia ei käytetä testiasiakkaina, mutta nuori aikuinen kehittäjäasiakas voi testata nuorille "
            "suunnattuja palveluja, kuten chattia tai opiskeluterveydenhuollon ajanvarausta. Ikäihmisten, "
            "vammaisten ja vieraskielisten testiasiakkaiden mukanaolo on menetelmän tärkein anti: he paljastavat, "
            "toimiiko palvelu ilman verkkopankkitunnuksia, ruudunlukijalla, viittomakielellä tai selkokielellä. "
            "Varmista, että testiasiakas ei joudu käsittelemään omia arkoja asioitaan; skenaario on aina "
            "keksitty.",
            "Barn används inte som testklienter, men en ung vuxen utvecklarklient kan testa tjänster för unga, "
            "till exempel chatten eller tidsbokningen inom studerandehälsovården. Metodens viktigaste bidrag är att "
            "äldre, personer med funktionsnedsättning och personer med annat modersmål är med som testklienter: de "
            "avslöjar om tjänsten fungerar utan bankkoder, med skärmläsare, på teckenspråk eller på lättläst språk. "
            "Se till att testklienten inte behöver ta upp sina egna känsliga angelägenheter; scenariot är alltid "
            "påhittat.",
            "Children are not used as test clients, but a young adult developer client can test services aimed at "
            "young people, such as chat or booking in student health care. The method's greatest value comes from "
            "older, disabled and other-language test clients: they reveal whether the service works without online "
            "banking credentials, with a screen reader, in sign language or in plain language. Make sure test "
            "clients never have to deal with their own sensitive matters; the scenario is always invented.",
        ),
        "experts": [
            {
                "name": "Pekka Salonen",
                "title": t("kokemusasiantuntija", "erfarenhetsexpert", "expert by experience"),
                "email": "pekka.salonen@pirha.example",
            },
        ],
    },
]
