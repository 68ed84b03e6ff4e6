"""Demo follow-ups: what happened to matters Pirkanmaa residents raised, with a dated timeline for each."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


FOLLOW_UPS = [
    {
        "key": "nokian-perhekeskuksen-iltavastaanotto",
        "slug": "nokian-perhekeskuksen-iltavastaanotto",
        "slugs": {"sv": "kvallsmottagning-pa-familjecentralen-i-nokia", "en": "evening-hours-at-nokia-family-centre"},
        "title": t(
            "Iltavastaanotto Nokian perhekeskuksen neuvolaan",
            "Kvällsmottagning på rådgivningen vid familjecentralen i Nokia",
            "Evening hours at the Nokia family centre's child health clinic",
        ),
        "summary": t(
            "Vanhemmat toivoivat neuvolaan aikoja myös työpäivän jälkeen. Nokian perhekeskuksessa on nyt "
            "iltavastaanotto tiistaisin.",
            "Föräldrar önskade tider på rådgivningen också efter arbetsdagen. Familjecentralen i Nokia har nu "
            "kvällsmottagning på tisdagar.",
            "Parents asked for child health clinic appointments after the working day. The Nokia family centre now "
            "holds evening hours on Tuesdays.",
        ),
        "plain_summary": t(
            "Vanhemmat toivoivat neuvolaan ilta-aikoja. Toive toteutui. Neuvola on auki tiistai-iltaisin.",
            "Föräldrar ville ha kvällstider på rådgivningen. Önskan gick i uppfyllelse. Rådgivningen är öppen på "
            "tisdagskvällar.",
            "Parents wanted evening times at the clinic. This has happened. The clinic is open on Tuesday evenings.",
        ),
        "target_groups": ["lapsiperheet", "lapset"],
        "areas": ["nokia"],
        "matter": [
            t(
                "Neuvolan vastaanotot olivat vain arkisin klo 8–15. Työssä käyvät vanhemmat kertoivat joutuvansa "
                "ottamaan vapaata jokaista lapsen määräaikaistarkastusta varten, ja osa jätti käyntejä väliin.",
                "Rådgivningens mottagningar var bara öppna vardagar kl. 8–15. Förvärvsarbetande föräldrar berättade "
                "att de måste ta ledigt för varje hälsokontroll av barnet, och en del uteblev från besöken.",
                "The clinic only saw families on weekdays from 8:00 to 15:00. Working parents said they had to take "
                "time off for every routine check-up, and some missed appointments altogether.",
            ),
            t(
                "Perheiden asiakasraati ehdotti, että Nokian perhekeskus kokeilisi iltavastaanottoa ainakin yhtenä "
                "päivänä viikossa.",
                "Familjernas klientråd föreslog att familjecentralen i Nokia skulle pröva kvällsmottagning minst en "
                "dag i veckan.",
                "The families' client panel proposed that the Nokia family centre try evening hours on at least one "
                "day a week.",
            ),
        ],
        "origin": {
            "kind": "channel",
            "text": t(
                "Perheiden asiakasraati toi asian esiin, ja sitä tarkennettiin pop-up-haastatteluilla Nokian "
                "kirjaston lastenosastolla.",
                "Familjernas klientråd lyfte fram frågan, och den preciserades med pop up-intervjuer på "
                "barnavdelningen i Nokia bibliotek.",
                "The families' client panel raised the matter, and pop-up interviews in the children's section of "
                "Nokia library added detail.",
            ),
        },
        "raised_days_ago": 240,
        "responsible": t(
            "Perhekeskuspalvelut, läntinen palvelualue",
            "Familjecentralstjänster, västra serviceområdet",
            "Family centre services, western service area",
        ),
        "what_changed": [
            t(
                "Nokian perhekeskuksen neuvolassa on vastaanotto tiistaisin klo 16–19. Ilta-ajan voi varata "
                "verkossa tai soittamalla neuvolaan.",
                "Rådgivningen vid familjecentralen i Nokia har mottagning på tisdagar kl. 16–19. En kvällstid kan "
                "bokas på nätet eller genom att ringa rådgivningen.",
                "The Nokia family centre's clinic is open on Tuesdays from 16:00 to 19:00. Evening appointments can "
                "be booked online or by phoning the clinic.",
            ),
            t(
                "Kolmen ensimmäisen kuukauden aikana iltavastaanotolla kävi noin 140 perhettä, ja peruuttamatta "
                "jääneiden käyntien määrä väheni selvästi.",
                "Under de tre första månaderna besökte cirka 140 familjer kvällsmottagningen, och antalet uteblivna "
                "besök minskade tydligt.",
                "In the first three months about 140 families used the evening hours, and the number of missed "
                "appointments fell clearly.",
            ),
        ],
        "channels": ["perheiden-asiakasraati"],
        "methods": ["pop-up-haastattelu", "asiakasraati"],
        "timeline": [
            {
                "days_ago": 240,
                "status": "received",
                "note": t(
                    "Asiakasraati kirjasi toiveen kokouksessaan ja välitti sen perhekeskuksen esihenkilölle.",
                    "Klientrådet antecknade önskemålet på sitt möte och skickade det vidare till familjecentralens "
                    "chef.",
                    "The client panel recorded the request at its meeting and passed it to the family centre's "
                    "manager.",
                ),
            },
            {
                "days_ago": 210,
                "status": "in_preparation",
                "note": t(
                    "Pop-up-haastatteluissa kysyttiin 86 vanhemmalta, mikä ilta-aika sopisi parhaiten. Tiistai ja "
                    "klo 16–19 saivat eniten kannatusta.",
                    "I pop up-intervjuer fick 86 föräldrar svara på vilken kvällstid som passar bäst. Tisdag och "
                    "kl. 16–19 fick mest stöd.",
                    "Pop-up interviews asked 86 parents which evening time suited them best. Tuesdays from 16:00 "
                    "to 19:00 received the most support.",
                ),
            },
            {
                "days_ago": 150,
                "status": "decided",
                "note": t(
                    "Perhekeskuspalvelujen johtoryhmä päätti kokeilla iltavastaanottoa puolen vuoden ajan "
                    "työaikajärjestelyin, ilman lisähenkilöstöä.",
                    "Ledningsgruppen för familjecentralstjänsterna beslutade att pröva kvällsmottagning i ett halvår "
                    "genom att ordna om arbetstiderna, utan extra personal.",
                    "The family centre services management team decided to pilot evening hours for six months by "
                    "rearranging working hours, without extra staff.",
                ),
                "decision_link": "https://pirha.example/paatokset/perhekeskus-iltavastaanotto-kokeilu",
            },
            {
                "days_ago": 120,
                "status": "implemented",
                "note": t(
                    "Iltavastaanotto alkoi. Asiakasraati arvioi kokeilun kokemuksia yhdessä neuvolan "
                    "terveydenhoitajien kanssa, ja vastaanotto jatkuu pysyvänä.",
                    "Kvällsmottagningen började. Klientrådet utvärderade försöket tillsammans med rådgivningens "
                    "hälsovårdare, och mottagningen fortsätter permanent.",
                    "The evening hours began. The client panel reviewed the pilot with the clinic's public health "
                    "nurses, and the evening hours are now permanent.",
                ),
            },
        ],
    },
    {
        "key": "sastamalan-terveysaseman-takaisinsoitto",
        "slug": "sastamalan-terveysaseman-takaisinsoitto",
        "slugs": {"sv": "tjanst-for-atersamtal-pa-halsostationen-i-sastamala", "en": "callback-service-sastamala"},
        "title": t(
            "Takaisinsoittopalvelu Sastamalan terveysasemalle",
            "Tjänst för återuppringning på hälsostationen i Sastamala",
            "A callback service at the Sastamala health station",
        ),
        "summary": t(
            "Puhelinjonot terveysasemalle olivat pitkiä, ja puhelu saattoi katketa. Nyt soittaja voi jättää "
            "soittopyynnön, ja hoitaja soittaa takaisin samana päivänä.",
            "Telefonköerna till hälsostationen var långa och samtalet kunde brytas. Nu kan den som ringer lämna en "
            "begäran om återuppringning, och en skötare ringer upp samma dag.",
            "Phone queues to the health station were long and calls could drop. Callers can now leave a callback "
            "request, and a nurse phones back the same day.",
        ),
        "plain_summary": t(
            "Terveysasemalle oli vaikea saada puhelua läpi. Nyt voit jättää soittopyynnön. Hoitaja soittaa sinulle "
            "samana päivänä.",
            "Det var svårt att komma fram till hälsostationen per telefon. Nu kan du be att bli uppringd. En "
            "skötare ringer dig samma dag.",
            "It was hard to get through to the health station. Now you can ask for a call back. A nurse calls you "
            "the same day.",
        ),
        "target_groups": ["ikaantyneet", "kaikki"],
        "areas": ["sastamala"],
        "matter": t(
            "Ikääntyneet sastamalalaiset kertoivat jonottaneensa terveysaseman puhelinpalveluun jopa 40 minuuttia. "
            "Osa ei kuullut jonotusilmoitusta kunnolla tai puhelu katkesi ennen vastausta, jolloin piti aloittaa "
            "alusta. Toiveena oli, että terveysasema soittaisi itse takaisin.",
            "Äldre invånare i Sastamala berättade att de hade köat till hälsostationens telefontjänst i upp till "
            "40 minuter. Vissa hörde inte köbeskedet ordentligt, eller så bröts samtalet före svar och de fick "
            "börja om. De önskade att hälsostationen själv skulle ringa upp.",
            "Older residents of Sastamala said they had queued for up to 40 minutes on the health station's phone "
            "line. Some could not hear the queue message properly, or the call dropped before anyone answered and "
            "they had to start again. They asked the health station to call them back instead.",
        ),
        "origin": {
            "kind": "event",
            "text": t(
                "Asia nousi esiin Sastamalan kehittäjäkahvilassa, ja vanhusneuvosto otti siihen kantaa lausunnossaan.",
                "Frågan kom upp på utvecklarcaféet i Sastamala, och äldrerådet tog ställning till den i sitt "
                "utlåtande.",
                "The matter came up at the Sastamala developer café, and the council for older people addressed it "
                "in a statement.",
            ),
        },
        "raised_days_ago": 300,
        "responsible": t(
            "Terveysasemapalvelut ja asiakaspalvelukeskus",
            "Hälsostationstjänster och kundtjänstcentret",
            "Health station services and the customer service centre",
        ),
        "what_changed": t(
            "Kun soitat Sastamalan terveysasemalle, voit jättää soittopyynnön jonottamisen sijaan. Hoitaja soittaa "
            "samana arkipäivänä. Palvelu on nyt käytössä kaikilla Pirkanmaan hyvinvointialueen terveysasemilla, ja "
            "keskimääräinen odotus puhelimessa lyheni alle viiteen minuuttiin.",
            "När du ringer hälsostationen i Sastamala kan du lämna en begäran om återuppringning i stället för att "
            "köa. En skötare ringer upp samma vardag. Tjänsten används nu på alla hälsostationer i Birkalands "
            "välfärdsområde, och den genomsnittliga väntetiden i telefon har sjunkit till under fem minuter.",
            "When you call the Sastamala health station you can leave a callback request instead of waiting. A "
            "nurse calls back the same working day. The service is now in use at every health station in the "
            "Pirkanmaa wellbeing services county, and the average wait on the phone has fallen below five minutes.",
        ),
        "channels": ["vanhusneuvosto", "kehittajakahvilat"],
        "methods": ["kehittajakahvila"],
        "timeline": [
            {
                "days_ago": 300,
                "status": "received",
                "note": t(
                    "Kehittäjäkahvilan muistio ja vanhusneuvoston lausunto toimitettiin terveysasemapalvelujen "
                    "johdolle.",
                    "Minnesanteckningarna från utvecklarcaféet och äldrerådets utlåtande skickades till ledningen "
                    "för hälsostationstjänsterna.",
                    "The developer café's notes and the council for older people's statement were sent to health "
                    "station management.",
                ),
            },
            {
                "days_ago": 260,
                "status": "in_preparation",
                "note": t(
                    "Puhelinjärjestelmän toimittajan kanssa selvitettiin takaisinsoiton kustannukset ja se, miten "
                    "hoitajien työvuorot järjestetään.",
                    "Tillsammans med leverantören av telefonsystemet utreddes kostnaderna för återuppringning och "
                    "hur skötarnas arbetsturer ska ordnas.",
                    "The cost of a callback feature and how nurses' shifts would be arranged were worked out with "
                    "the phone system supplier.",
                ),
            },
            {
                "days_ago": 200,
                "status": "decided",
                "note": t(
                    "Päätettiin ottaa takaisinsoitto käyttöön kaikilla terveysasemilla, Sastamala ensimmäisenä.",
                    "Det beslutades att återuppringning införs på alla hälsostationer, med Sastamala som den första.",
                    "It was decided to introduce callbacks at every health station, starting with Sastamala.",
                ),
                "decision_link": "https://pirha.example/paatokset/terveysasemien-takaisinsoitto",
            },
            {
                "days_ago": 140,
                "status": "implemented",
                "note": t(
                    "Takaisinsoitto otettiin käyttöön Sastamalassa. Vanhusneuvosto testasi palvelun ennen "
                    "käyttöönottoa, ja jonotusviestiä selkeytettiin sen palautteen perusteella.",
                    "Återuppringningen infördes i Sastamala. Äldrerådet testade tjänsten i förväg, och "
                    "kömeddelandet gjordes tydligare utifrån rådets respons.",
                    "Callbacks started in Sastamala. The council for older people tested the service beforehand, "
                    "and the queue message was made clearer based on its feedback.",
                ),
            },
        ],
    },
    {
        "key": "vammaispalvelujen-selkokieliset-paatoskirjeet",
        "slug": "vammaispalvelujen-selkokieliset-paatoskirjeet",
        "slugs": {"sv": "lattlasta-beslutsbrev-inom-handikappservice", "en": "easy-read-disability-service-letters"},
        "title": t(
            "Selkokieliset tiivistelmät vammaispalvelujen päätöskirjeisiin",
            "Lättlästa sammanfattningar i handikappservicens beslutsbrev",
            "Easy-read summaries in disability services' decision letters",
        ),
        "summary": t(
            "Vammaispalvelujen päätöskirjeitä oli vaikea ymmärtää. Jokaisen kirjeen alkuun tulee selkokielinen "
            "tiivistelmä.",
            "Handikappservicens beslutsbrev var svåra att förstå. Varje brev får en lättläst sammanfattning i början.",
            "Decision letters from disability services were hard to understand. Every letter will begin with an "
            "easy-read summary.",
        ),
        "plain_summary": t(
            "Kirjeet vammaispalveluista olivat vaikeita. Nyt kirjeen alkuun tulee helppo teksti. Siinä kerrotaan, "
            "mitä päätettiin.",
            "Breven från handikappservicen var svåra. Nu får breven en lätt text i början. Där står vad som "
            "beslutades.",
            "Letters from disability services were hard to read. Now each letter will start with easy text. It "
            "says what was decided.",
        ),
        "target_groups": ["vammaiset"],
        "areas": ["koko-pirkanmaa"],
        "matter": [
            t(
                "Vammaispalvelujen päätöskirjeissä oli pitkiä lakiviittauksia, ja tärkein tieto, eli mitä "
                "päätettiin ja mitä asiakkaan pitää tehdä seuraavaksi, oli kirjeen lopussa.",
                "Handikappservicens beslutsbrev innehöll långa lagparagrafer, och den viktigaste informationen, "
                "alltså vad som beslutades och vad klienten ska göra härnäst, fanns i slutet av brevet.",
                "Disability services' decision letters were full of long legal references, and the most important "
                "information, what was decided and what the client needs to do next, came at the very end.",
            ),
            t(
                "Asiakasraati pyysi, että jokaisen kirjeen alussa kerrotaan selkokielellä päätös, sen voimassaolo ja "
                "kenelle voi soittaa.",
                "Klientrådet bad att varje brev skulle börja med beslutet, hur länge det gäller och vem man kan ringa "
                "till, skrivet på lättläst språk.",
                "The client panel asked for every letter to start with the decision, how long it applies and whom "
                "to call, in easy-read language.",
            ),
        ],
        "origin": {
            "kind": "channel",
            "text": t(
                "Vammaispalvelujen asiakasraati toi asian esiin käytyään läpi jäsenten saamia päätöskirjeitä.",
                "Klientrådet för handikappservice lyfte fram frågan efter att ha gått igenom beslutsbrev som "
                "medlemmarna fått.",
                "The disability services client panel raised the matter after reviewing decision letters its "
                "members had received.",
            ),
        },
        "raised_days_ago": 200,
        "responsible": t(
            "Vammaispalvelut, asiakasohjaus",
            "Handikappservice, klienthandledning",
            "Disability services, client guidance",
        ),
        "what_changed": t(
            "Vammaispalvelujen johtoryhmä päätti, että kaikkien päätöskirjeiden alkuun lisätään selkokielinen "
            "tiivistelmä. Tiivistelmässä kerrotaan päätös, sen voimassaolo, miten haetaan muutosta ja kenelle voi "
            "soittaa. Kirjepohjat päivitetään asiakastietojärjestelmään seuraavassa versiopäivityksessä.",
            "Handikappservicens ledningsgrupp beslutade att alla beslutsbrev ska börja med en lättläst "
            "sammanfattning. Där står beslutet, hur länge det gäller, hur man söker ändring och vem man kan ringa "
            "till. Brevmallarna uppdateras i klientdatasystemet vid nästa versionsuppdatering.",
            "The disability services management team decided that every decision letter will begin with an "
            "easy-read summary giving the decision, how long it applies, how to appeal and whom to call. The "
            "letter templates will be updated in the client information system at its next release.",
        ),
        "channels": ["vammaispalvelujen-asiakasraati", "kokemusasiantuntijapankki"],
        "methods": ["palvelumuotoilutyopaja", "asiakasraati"],
        "timeline": [
            {
                "days_ago": 200,
                "status": "received",
                "note": t(
                    "Asiakasraadin ehdotus kirjattiin ja osoitettiin asiakasohjauksen päällikölle.",
                    "Klientrådets förslag registrerades och riktades till chefen för klienthandledningen.",
                    "The client panel's proposal was recorded and assigned to the head of client guidance.",
                ),
            },
            {
                "days_ago": 170,
                "status": "in_preparation",
                "note": t(
                    "Kahdessa palvelumuotoilutyöpajassa asiakkaat, kaksi kokemusasiantuntijaa ja sosiaalityöntekijät "
                    "muokkasivat yhdessä mallikirjeen. Selkokielen asiantuntija tarkisti tekstit.",
                    "I två servicedesignverkstäder utformade klienter, två erfarenhetsexperter och socialarbetare "
                    "tillsammans ett modellbrev. En expert på lättläst språk granskade texterna.",
                    "In two service design workshops, clients, two experts by experience and social workers reworked "
                    "a model letter together. An easy-read language specialist checked the texts.",
                ),
            },
            {
                "days_ago": 60,
                "status": "decided",
                "note": t(
                    "Vammaispalvelujen johtoryhmä hyväksyi uuden kirjemallin. Asiakasraati arvioi ensimmäiset "
                    "uudet kirjeet puolen vuoden kuluttua.",
                    "Handikappservicens ledningsgrupp godkände den nya brevmallen. Klientrådet utvärderar de första "
                    "nya breven efter ett halvår.",
                    "The disability services management team approved the new letter template. The client panel "
                    "will review the first new letters after six months.",
                ),
                "decision_link": "https://pirha.example/paatokset/vammaispalvelut-selkokieliset-kirjeet",
            },
        ],
    },
    {
        "key": "ylojarven-nuorten-olohuone",
        "slug": "ylojarven-nuorten-olohuone",
        "slugs": {"sv": "ungdomarnas-vardagsrum-i-ylojarvi", "en": "youth-drop-in-in-ylojarvi"},
        "title": t(
            "Nuorten olohuone Ylöjärvelle",
            "Ett vardagsrum för unga i Ylöjärvi",
            "A youth drop-in space in Ylöjärvi",
        ),
        "summary": t(
            "Nuoret toivoivat paikkaa, jossa voi jutella aikuisen kanssa ilman ajanvarausta. Idea voitti nuorten "
            "osallistuvan budjetoinnin äänestyksen, ja olohuoneen avaamisesta on päätetty.",
            "Unga önskade en plats där man kan prata med en vuxen utan tidsbokning. Idén vann omröstningen i de "
            "ungas deltagande budgetering, och det har beslutats att vardagsrummet öppnas.",
            "Young people wanted a place to talk to an adult without an appointment. The idea won the youth "
            "participatory budgeting vote, and the drop-in space has been approved.",
        ),
        "plain_summary": t(
            "Nuoret halusivat paikan, jossa voi puhua aikuiselle. Aikaa ei tarvitse varata. Nuoret äänestivät "
            "ideasta. Paikka avataan.",
            "Unga ville ha en plats där de kan prata med en vuxen. Man behöver inte boka tid. De unga röstade om "
            "idén. Platsen öppnas.",
            "Young people wanted a place to talk to an adult. You do not need an appointment. Young people voted "
            "for the idea. The place will open.",
        ),
        "target_groups": ["nuoret", "mielenterveys-ja-paihde"],
        "areas": ["ylojarvi"],
        "matter": t(
            "Ylöjärven nuoret kertoivat, että koulun jälkeen ei ole paikkaa, jossa voisi vain olla ja puhua "
            "luotettavan aikuisen kanssa. Mielenterveyspalveluihin pääsee vasta ajanvarauksella, ja kynnys "
            "soittaa on monelle korkea.",
            "Unga i Ylöjärvi berättade att det efter skolan inte finns någon plats där man bara kan vara och prata "
            "med en vuxen man litar på. Till mentalvårdstjänsterna kommer man bara med tidsbokning, och för många "
            "är tröskeln att ringa hög.",
            "Young people in Ylöjärvi said there was nowhere to simply hang out after school and talk to a trusted "
            "adult. Mental health services need an appointment, and many find it hard to make that call.",
        ),
        "origin": {
            "kind": "channel",
            "text": t(
                "Ylöjärven nuorisovaltuusto teki aloitteen nuorten olohuoneesta.",
                "Ungdomsfullmäktige i Ylöjärvi tog initiativ till ett vardagsrum för unga.",
                "The Ylöjärvi youth council proposed a drop-in space for young people.",
            ),
        },
        "raised_days_ago": 260,
        "responsible": t(
            "Nuorten mielenterveyspalvelut yhdessä Ylöjärven kaupungin nuorisopalvelujen kanssa",
            "Mentalvårdstjänster för unga tillsammans med Ylöjärvi stads ungdomstjänster",
            "Youth mental health services together with the City of Ylöjärvi youth services",
        ),
        "what_changed": t(
            "Nuorten olohuone avataan Ylöjärven keskustan nuorisotalolle. Se on auki kahtena iltapäivänä viikossa "
            "klo 14–18, ja paikalla ovat nuorisotyöntekijä ja psykiatrinen sairaanhoitaja. Nuorisovaltuusto on "
            "mukana suunnittelemassa tilan sisustusta ja nimeä.",
            "Vardagsrummet för unga öppnas på ungdomsgården i Ylöjärvi centrum. Det är öppet två eftermiddagar i "
            "veckan kl. 14–18, och där finns en ungdomsarbetare och en psykiatrisk sjukskötare. Ungdomsfullmäktige "
            "är med och planerar inredningen och namnet.",
            "The drop-in space will open at the youth centre in central Ylöjärvi. It will be open two afternoons a "
            "week from 14:00 to 18:00, staffed by a youth worker and a psychiatric nurse. The youth council is "
            "helping to plan its furnishings and name.",
        ),
        "channels": ["nuorisovaltuusto"],
        "methods": ["osallistuva-budjetointi", "lapsivaikutusten-arviointi"],
        "timeline": [
            {
                "days_ago": 260,
                "status": "received",
                "note": t(
                    "Nuorisovaltuuston aloite vastaanotettiin ja välitettiin nuorten mielenterveyspalveluille.",
                    "Ungdomsfullmäktiges initiativ togs emot och skickades till mentalvårdstjänsterna för unga.",
                    "The youth council's proposal was received and passed to youth mental health services.",
                ),
            },
            {
                "days_ago": 230,
                "status": "in_preparation",
                "note": t(
                    "Idea otettiin mukaan nuorten osallistuvaan budjetointiin, jossa jaettiin 20 000 euroa. Nuoret "
                    "kehittivät ideoita työpajoissa kouluilla.",
                    "Idén togs med i de ungas deltagande budgetering, där 20 000 euro fördelades. De unga "
                    "utvecklade idéer i verkstäder i skolorna.",
                    "The idea was included in youth participatory budgeting, which allocated 20,000 euros. Young "
                    "people developed ideas in workshops at schools.",
                ),
            },
            {
                "days_ago": 180,
                "status": "in_preparation",
                "note": t(
                    "Äänestykseen osallistui 612 nuorta, ja olohuone sai eniten ääniä. Lapsivaikutusten "
                    "arvioinnissa katsottiin, miten paikka tavoittaa myös nuoret, jotka eivät käy nuorisotalolla.",
                    "I omröstningen deltog 612 unga, och vardagsrummet fick flest röster. I "
                    "barnkonsekvensbedömningen granskades hur platsen också når unga som inte besöker ungdomsgården.",
                    "612 young people voted, and the drop-in space received the most votes. A child impact "
                    "assessment looked at how it could also reach young people who do not use the youth centre.",
                ),
            },
            {
                "days_ago": 90,
                "status": "decided",
                "note": t(
                    "Hyvinvointialue ja Ylöjärven kaupunki sopivat olohuoneen avaamisesta, henkilöstöstä ja "
                    "kustannusten jakamisesta.",
                    "Välfärdsområdet och Ylöjärvi stad kom överens om att öppna vardagsrummet, om personalen och om "
                    "hur kostnaderna fördelas.",
                    "The county and the City of Ylöjärvi agreed on opening the space, its staffing and how to share "
                    "the costs.",
                ),
                "decision_link": "https://pirha.example/paatokset/ylojarvi-nuorten-olohuone",
            },
        ],
    },
    {
        "key": "valkeakosken-terveysaseman-esteeton-sisaankaynti",
        "slug": "valkeakosken-terveysaseman-esteeton-sisaankaynti",
        "slugs": {
            "sv": "tillganglig-ingang-till-halsostationen-i-valkeakoski",
            "en": "step-free-entrance-at-valkeakoski-health-station",
        },
        "title": t(
            "Esteetön sisäänkäynti Valkeakosken terveysasemalle",
            "En tillgänglig ingång till hälsostationen i Valkeakoski",
            "A step-free entrance at the Valkeakoski health station",
        ),
        "summary": t(
            "Terveysaseman pääovelle johtaa portaat ja ovi on raskas. Korjaussuunnitelma on valmisteilla, ja "
            "väliaikaiset parannukset on jo tehty.",
            "Det leder trappor till hälsostationens huvudingång, och dörren är tung. En ombyggnadsplan bereds, och "
            "tillfälliga förbättringar har redan gjorts.",
            "The health station's main door is up a flight of steps and is heavy to open. A renovation plan is "
            "being prepared, and temporary improvements are already in place.",
        ),
        "plain_summary": t(
            "Terveysaseman ovelle on portaat. Pyörätuolilla on vaikea päästä sisään. Uutta sisäänkäyntiä "
            "suunnitellaan.",
            "Det finns trappor till hälsostationens dörr. Det är svårt att komma in med rullstol. En ny ingång "
            "planeras.",
            "There are steps up to the health station door. It is hard to get in with a wheelchair. A new entrance "
            "is being planned.",
        ),
        "target_groups": ["vammaiset", "ikaantyneet"],
        "areas": ["valkeakoski"],
        "matter": t(
            "Valkeakosken terveysaseman pääovelle johtaa viisi porrasta, ja raskas ovi aukeaa vain käsin. "
            "Pyörätuolia tai rollaattoria käyttävät joutuvat kiertämään takapihan lastauslaiturin kautta, jossa ei "
            "ole opasteita eikä katosta.",
            "Fem trappsteg leder till huvudingången på hälsostationen i Valkeakoski, och den tunga dörren öppnas "
            "bara för hand. Den som använder rullstol eller rollator måste gå runt via lastkajen på bakgården, där "
            "det inte finns skyltar eller tak.",
            "Five steps lead up to the Valkeakoski health station's main door, and the heavy door only opens by "
            "hand. Wheelchair and rollator users have to go round to the loading bay at the back, which has no "
            "signs and no shelter.",
        ),
        "origin": {
            "kind": "channel",
            "text": t(
                "Valkeakosken vammaisneuvosto teki asiasta esityksen hyvinvointialueelle.",
                "Rådet för personer med funktionsnedsättning i Valkeakoski lade fram ett förslag om saken till "
                "välfärdsområdet.",
                "The Valkeakoski disability council submitted a proposal on the matter to the county.",
            ),
        },
        "raised_days_ago": 150,
        "responsible": t(
            "Tilapalvelut yhdessä terveysasemapalvelujen kanssa",
            "Lokaltjänster tillsammans med hälsostationstjänsterna",
            "Premises services together with health station services",
        ),
        "channels": ["vammaisneuvosto"],
        "methods": ["paiva-elamassa-kavely"],
        "timeline": [
            {
                "days_ago": 150,
                "status": "received",
                "note": t(
                    "Vammaisneuvoston esitys kirjattiin ja osoitettiin tilapalveluille.",
                    "Rådets förslag registrerades och riktades till lokaltjänsterna.",
                    "The disability council's proposal was recorded and assigned to premises services.",
                ),
            },
            {
                "days_ago": 120,
                "status": "in_preparation",
                "note": t(
                    "Päivä elämässä -kävelyllä vammaisneuvoston jäsenet, kiinteistöpäällikkö ja terveysaseman "
                    "osastonhoitaja kulkivat reitin pysäkiltä vastaanotolle. Kävelyllä löytyi seitsemän estettä.",
                    "Under en promenad av typen En dag i livet gick medlemmar i rådet, fastighetschefen och "
                    "hälsostationens avdelningsskötare vägen från hållplatsen till mottagningen. De hittade sju "
                    "hinder.",
                    "On a day-in-the-life walk, disability council members, the property manager and the health "
                    "station's nurse manager followed the route from the bus stop to reception and found seven "
                    "barriers.",
                ),
            },
            {
                "days_ago": 40,
                "status": "in_preparation",
                "note": t(
                    "Tilapalvelut laati suunnitelman luiskasta, automaattiovesta ja kahdesta "
                    "invapysäköintipaikasta. Se esitetään ensi vuoden investointiohjelmaan. Sillä välin "
                    "takaovelle lisättiin opasteet, ovikello ja katos.",
                    "Lokaltjänsterna gjorde upp en plan för en ramp, en automatisk dörr och två "
                    "handikapparkeringsplatser. Den föreslås till nästa års investeringsprogram. Under tiden har "
                    "bakdörren fått skyltar, en dörrklocka och tak.",
                    "Premises services drew up a plan for a ramp, an automatic door and two accessible parking "
                    "spaces, to be proposed for next year's investment programme. Meanwhile the back door has been "
                    "given signs, a doorbell and a shelter.",
                ),
            },
        ],
    },
    {
        "key": "neuvoloiden-tulkkauspalvelut",
        "slug": "neuvoloiden-tulkkauspalvelut",
        "slugs": {"sv": "tolkning-pa-radgivningarna", "en": "interpreting-at-child-health-clinics"},
        "title": t(
            "Tulkkaus varmaksi Tampereen neuvoloissa",
            "Säker tillgång till tolk på rådgivningarna i Tammerfors",
            "Reliable interpreting at Tampere's child health clinics",
        ),
        "summary": t(
            "Perheet kertoivat, että neuvolakäynnille ei aina saatu tulkkia ja lapsia joutui tulkkaamaan. "
            "Videotulkkauksen kokeilua valmistellaan.",
            "Familjer berättade att det inte alltid fanns tolk vid rådgivningsbesöken och att barn fick tolka. Ett "
            "försök med videotolkning förbereds.",
            "Families said interpreters were not always available at clinic visits and children sometimes had to "
            "interpret. A video interpreting pilot is being prepared.",
        ),
        "plain_summary": t(
            "Kaikki eivät puhu suomea. Neuvolassa pitää olla tulkki. Lapsi ei saa joutua tulkiksi. Asiaa korjataan.",
            "Alla talar inte finska. På rådgivningen ska det finnas en tolk. Ett barn ska inte behöva tolka. Det "
            "här håller på att rättas till.",
            "Not everyone speaks Finnish. There should be an interpreter at the clinic. A child should never have "
            "to interpret. This is being fixed.",
        ),
        "target_groups": ["lapsiperheet", "jarjestot"],
        "areas": ["tampere"],
        "matter": [
            t(
                "Arabiaa, somalia, ukrainaa ja daria puhuvat perheet kertoivat, että tulkki oli välillä unohtunut "
                "varata tai hän ei päässyt paikalle. Silloin isompi sisarus tai sukulainen joutui tulkkaamaan "
                "arkoja terveysasioita.",
                "Familjer som talar arabiska, somaliska, ukrainska och dari berättade att man ibland hade glömt att "
                "boka tolk eller att tolken inte kunde komma. Då fick ett äldre syskon eller en släkting tolka "
                "känsliga hälsofrågor.",
                "Arabic, Somali, Ukrainian and Dari-speaking families said an interpreter was sometimes not booked "
                "or could not come. An older sibling or relative then had to interpret sensitive health matters.",
            ),
            t(
                "Perheet toivoivat, että tulkin tarve merkitään kerran ja tulkki varataan sen jälkeen automaattisesti "
                "jokaiselle käynnille.",
                "Familjerna önskade att tolkbehovet antecknas en gång och att tolk därefter bokas automatiskt till "
                "varje besök.",
                "Families asked for the need for an interpreter to be recorded once and then booked automatically "
                "for every visit.",
            ),
        ],
        "origin": {
            "kind": "feedback",
            "text": t(
                "Useita palautteita palautelomakkeella sekä järjestöjen viesti Tampereen kumppanuuspöydässä.",
                "Flera responser via responsformuläret samt organisationernas budskap vid partnerskapsbordet i "
                "Tammerfors.",
                "Several messages through the feedback form and a message from organisations at the Tampere "
                "partnership table.",
            ),
        },
        "raised_days_ago": 110,
        "responsible": t(
            "Perhekeskuspalvelut ja tulkkauspalvelujen hankinta",
            "Familjecentralstjänster och upphandlingen av tolktjänster",
            "Family centre services and interpreting services procurement",
        ),
        "channels": ["kumppanuuspoydat", "vaikuttajaverkosto"],
        "methods": ["asiakaspolun-kartoitus"],
        "timeline": [
            {
                "days_ago": 110,
                "status": "received",
                "note": t(
                    "Palautteet koottiin yhdeksi asiaksi ja välitettiin perhekeskuspalvelujen palvelupäällikölle.",
                    "Responserna sammanställdes till ett ärende och skickades till servicechefen för "
                    "familjecentralstjänsterna.",
                    "The messages were combined into one matter and passed to the head of family centre services.",
                ),
            },
            {
                "days_ago": 75,
                "status": "in_preparation",
                "note": t(
                    "Asiakaspolun kartoituksessa kolmen perheen ja kahden järjestötyöntekijän kanssa selvisi, että "
                    "tulkin tarve ei siirry ajanvarausjärjestelmään, vaan se pitää muistaa joka kerta erikseen.",
                    "Vid en kartläggning av klientstigen med tre familjer och två organisationsarbetare framkom att "
                    "tolkbehovet inte överförs till tidsbokningssystemet utan måste kommas ihåg varje gång.",
                    "Mapping the client journey with three families and two organisation workers showed that the "
                    "need for an interpreter is not carried into the booking system and has to be remembered each "
                    "time.",
                ),
            },
            {
                "days_ago": 20,
                "status": "in_preparation",
                "note": t(
                    "Ajanvarausjärjestelmään lisätään tulkin tarpeen merkintä. Lisäksi valmistellaan "
                    "videotulkkauksen kokeilua Hervannan ja Tesoman neuvoloihin. Vaikuttajaverkosto kommentoi "
                    "kokeilun suunnitelmaa.",
                    "En markering för tolkbehov läggs till i tidsbokningssystemet. Dessutom förbereds ett försök "
                    "med videotolkning på rådgivningarna i Hervanta och Tesoma. Påverkarnätverket kommenterar "
                    "planen.",
                    "A field for the need for an interpreter is being added to the booking system, and a video "
                    "interpreting pilot is being prepared for the Hervanta and Tesoma clinics. The influencer "
                    "network is commenting on the plan.",
                ),
            },
        ],
    },
    {
        "key": "virtain-paivatoiminnan-kuljetus",
        "slug": "virtain-paivatoiminnan-kuljetus",
        "slugs": {"sv": "transport-till-dagverksamheten-i-virdois", "en": "transport-to-day-activities-in-virrat"},
        "title": t(
            "Päivätoiminnan oma pikkubussi Virroilla",
            "Dagverksamhetens egen minibuss i Virdois",
            "The day activity centre's own minibus in Virrat",
        ),
        "summary": t(
            "Omaiset toivoivat, että päivätoiminnan oma pikkubussi jatkaisi kyläreittiään. Tätä ei viety eteenpäin, "
            "mutta kyydit järjestetään nyt kutsuliikenteellä kotiovelta.",
            "Anhöriga önskade att dagverksamhetens egen minibuss skulle fortsätta köra sin byrutt. Det gick inte "
            "vidare, men resorna ordnas nu med anropstrafik från dörren.",
            "Relatives asked for the day activity centre's own minibus to keep its village route. This was not "
            "taken forward, but rides are now arranged by demand-responsive transport from the front door.",
        ),
        "plain_summary": t(
            "Omaiset toivoivat, että oma bussi jatkaa. Bussi ei jatka. Nyt taksi hakee kotoa. Matka maksaa saman "
            "verran kuin ennen.",
            "Anhöriga ville att den egna bussen skulle fortsätta. Bussen fortsätter inte. Nu hämtar en taxi "
            "hemifrån. Resan kostar lika mycket som förut.",
            "Relatives wanted the centre's own bus to continue. The bus will not continue. Now a taxi picks you up "
            "at home. The trip costs the same as before.",
        ),
        "target_groups": ["ikaantyneet", "omaishoitajat"],
        "areas": ["virrat"],
        "matter": t(
            "Virtain päivätoiminnan omaa pikkubussia koskevan leasingsopimuksen päättyessä omaiset pelkäsivät, "
            "etteivät syrjäkylien asukkaat enää pääse päivätoimintaan. He toivoivat, että oma bussi ja tuttu "
            "kuljettaja jatkaisivat reittiä Vaskiveden ja Killinkosken kautta.",
            "När leasingavtalet för dagverksamhetens egen minibuss i Virdois gick ut var anhöriga rädda att "
            "invånarna i de avlägsna byarna inte längre skulle komma till dagverksamheten. De önskade att den egna "
            "bussen och den bekanta chauffören skulle fortsätta köra rutten via Vaskivesi och Killinkoski.",
            "As the lease on the Virrat day activity centre's own minibus came to an end, relatives feared people "
            "in outlying villages would no longer get to day activities. They asked for the bus and its familiar "
            "driver to keep the route through Vaskivesi and Killinkoski.",
        ),
        "origin": {
            "kind": "feedback",
            "text": t(
                "Omaisten yhteinen palaute ja adressi, jossa oli 48 allekirjoitusta.",
                "Anhörigas gemensamma respons och en adress med 48 underskrifter.",
                "A joint message from relatives and a petition with 48 signatures.",
            ),
        },
        "raised_days_ago": 180,
        "responsible": t(
            "Ikääntyneiden palvelut, pohjoinen palvelualue",
            "Tjänster för äldre, norra serviceområdet",
            "Services for older people, northern service area",
        ),
        "reason": t(
            "Oman bussin kyydissä oli viimeisen vuoden aikana keskimäärin kaksi matkustajaa, ja uuden auton ja "
            "kuljettajan kustannukset olisivat olleet moninkertaiset muihin kyyteihin verrattuna. Halusimme "
            "kuitenkin varmistaa, että jokainen pääsee edelleen päivätoimintaan. Siksi päivätoiminnan asiakkaat "
            "saavat nyt kutsuliikenteen kyydin omalta kotiovelta samaan hintaan kuin ennen, ja kyydit ajaa "
            "pääosin sama paikallinen taksiyrittäjä. Päivätoiminnan alkamisaikaa siirrettiin puolella tunnilla, "
            "jotta kyydit sopivat aikatauluun. Asiakasraati arvioi järjestelyä puolen vuoden kuluttua.",
            "Under det senaste året hade den egna bussen i genomsnitt två passagerare, och kostnaderna för en ny bil "
            "och chaufför hade blivit flera gånger högre än för andra resor. Vi ville ändå se till att alla "
            "fortfarande kommer till dagverksamheten. Därför får dagverksamhetens klienter nu anropstrafik från "
            "den egna dörren till samma pris som förut, och resorna körs främst av samma lokala taxiföretagare. "
            "Dagverksamheten börjar nu en halvtimme senare så att resorna passar tidtabellen. Klientrådet "
            "utvärderar arrangemanget efter ett halvår.",
            "Over the past year the centre's own bus carried on average two passengers, and a new vehicle and "
            "driver would have cost several times more than other transport. We still wanted to make sure that "
            "everyone can keep coming to day activities. Clients now get demand-responsive transport from their "
            "own front door at the same price as before, mostly driven by the same local taxi operator, and the "
            "day programme starts half an hour later so the rides fit the timetable. The client panel will review "
            "the arrangement after six months.",
        ),
        "channels": ["ikaantyneiden-asiakasraati"],
        "methods": ["ihmisvaikutusten-arviointi", "asiakasraati"],
        "timeline": [
            {
                "days_ago": 180,
                "status": "received",
                "note": t(
                    "Omaisten palaute ja adressi vastaanotettiin, ja palvelualueen johtaja vastasi omaisille, että "
                    "asia selvitetään ennen leasingsopimuksen päättymistä.",
                    "Anhörigas respons och adressen togs emot, och serviceområdets direktör svarade att saken utreds "
                    "innan leasingavtalet går ut.",
                    "The relatives' message and petition were received, and the service area director replied that "
                    "the matter would be looked into before the lease ended.",
                ),
            },
            {
                "days_ago": 150,
                "status": "in_preparation",
                "note": t(
                    "Selvitettiin kyytien käyttö ja kustannukset sekä kunnan kutsuliikenteen mahdollisuudet.",
                    "Användningen av och kostnaderna för resorna utreddes, liksom möjligheterna med kommunens "
                    "anropstrafik.",
                    "The use and cost of the rides were reviewed, along with what the municipality's "
                    "demand-responsive transport could offer.",
                ),
            },
            {
                "days_ago": 110,
                "status": "in_preparation",
                "note": t(
                    "Ihmisvaikutusten arvioinnissa kuultiin ikääntyneiden asiakasraatia ja seitsemää omaista. "
                    "Heidän toiveestaan kyytiin luvattiin tuttu kuljettaja ja kotiovelta hakeminen.",
                    "I konsekvensbedömningen för människor hördes de äldres klientråd och sju anhöriga. På deras "
                    "begäran utlovades en bekant chaufför och hämtning vid dörren.",
                    "In the human impact assessment the older people's client panel and seven relatives were heard. "
                    "At their request, a familiar driver and door-to-door pick-up were promised.",
                ),
            },
            {
                "days_ago": 70,
                "status": "not_taken_forward",
                "note": t(
                    "Palvelualueen johtoryhmä päätti, että omaa bussia ei jatketa. Tilalle tuli kutsuliikenne "
                    "kotiovelta samaan hintaan.",
                    "Serviceområdets ledningsgrupp beslutade att den egna bussen inte fortsätter. I stället infördes "
                    "anropstrafik från dörren till samma pris.",
                    "The service area management team decided not to continue the centre's own bus. It was replaced "
                    "by door-to-door demand-responsive transport at the same price.",
                ),
                "decision_link": "https://pirha.example/paatokset/virrat-paivatoiminnan-kuljetukset",
            },
        ],
    },
    {
        "key": "omaishoitajien-vapaiden-verkkovaraus",
        "slug": "omaishoitajien-vapaiden-verkkovaraus",
        "slugs": {"sv": "bokning-av-lediga-dagar-for-narstaendevardare", "en": "online-booking-of-carers-days-off"},
        "title": t(
            "Omaishoitajien vapaiden varaaminen verkossa",
            "Närståendevårdares lediga dagar bokas på nätet",
            "Online booking of family carers' days off",
        ),
        "summary": t(
            "Omaishoitajat toivovat, että lakisääteiset vapaat ja lyhytaikaishoidon jaksot voisi varata verkossa. "
            "Asia on vastaanotettu ja siirretty omaishoidon tuen yksikölle.",
            "Närståendevårdare önskar att de lagstadgade lediga dagarna och perioderna av korttidsvård kunde bokas "
            "på nätet. Ärendet har tagits emot och förts vidare till enheten för stöd för närståendevård.",
            "Family carers would like to book their statutory days off and short-term care periods online. The "
            "matter has been received and passed to the family carer support unit.",
        ),
        "plain_summary": t(
            "Omaishoitajat haluavat varata vapaapäivät netissä. Nyt pitää soittaa. Asia on otettu käsittelyyn.",
            "Närståendevårdare vill boka lediga dagar på nätet. Nu måste man ringa. Ärendet behandlas.",
            "Family carers want to book days off online. Now they have to phone. The matter is being looked at.",
        ),
        "target_groups": ["omaishoitajat", "ikaantyneet"],
        "areas": ["kangasala"],
        "matter": t(
            "Omaishoitajat voivat varata vapaapäivänsä ja hoidettavan lyhytaikaishoidon vain puhelimitse, ja "
            "puhelinaika on tunnin päivässä. Kesken hoitotyön soittaminen on vaikeaa. Toiveena on verkkovaraus, "
            "jossa näkyy myös vapaiden paikkojen tilanne.",
            "Närståendevårdare kan boka sina lediga dagar och korttidsvård för den de vårdar bara per telefon, och "
            "telefontiden är en timme om dagen. Det är svårt att ringa mitt i vårdarbetet. De önskar en "
            "nätbokning där man också ser vilka platser som är lediga.",
            "Family carers can only book their days off and short-term care for the person they look after by "
            "phone, and the phone line is open for one hour a day. Calling in the middle of caring is hard. They "
            "would like online booking that also shows which places are free.",
        ),
        "origin": {
            "kind": "event",
            "text": t(
                "Asia nousi esiin Kangasalan kumppanuuspöydässä, jossa omaishoitajayhdistys esitteli jäsentensä "
                "kokemuksia.",
                "Frågan kom upp vid partnerskapsbordet i Kangasala, där närståendevårdarföreningen presenterade "
                "medlemmarnas erfarenheter.",
                "The matter came up at the Kangasala partnership table, where the family carers' association "
                "presented its members' experiences.",
            ),
        },
        "raised_days_ago": 12,
        "responsible": t(
            "Omaishoidon tuen yksikkö",
            "Enheten för stöd för närståendevård",
            "Family carer support unit",
        ),
        "channels": ["kumppanuuspoydat", "vertaisryhmat"],
        "timeline": [
            {
                "days_ago": 12,
                "status": "received",
                "note": t(
                    "Asia kirjattiin ja välitettiin omaishoidon tuen yksikölle. Yksikkö vastaa kuukauden kuluessa, "
                    "ja vastaus kerrotaan myös omaishoitajien vertaisryhmissä.",
                    "Ärendet registrerades och skickades till enheten för stöd för närståendevård. Enheten svarar "
                    "inom en månad, och svaret berättas också i kamratstödsgrupperna för närståendevårdare.",
                    "The matter was recorded and passed to the family carer support unit. The unit will reply "
                    "within a month, and the answer will also be shared in the carers' peer support groups.",
                ),
            },
        ],
    },
    {
        "key": "mielenterveyspalvelujen-jonotiedote",
        "slug": "mielenterveyspalvelujen-jonotiedote",
        "slugs": {"sv": "information-om-koer-till-mentalvarden", "en": "waiting-list-information-mental-health"},
        "title": t(
            "Tieto jonotusajasta aikuisten mielenterveyspalveluihin",
            "Information om kötiden till mentalvårdstjänsterna för vuxna",
            "Waiting-time information for adult mental health services",
        ),
        "summary": t(
            "Ensikäyntiä odottavat eivät tiedä, kauanko odotus kestää tai minne soittaa, jos vointi heikkenee. "
            "Asiakasraati pyysi jonottajille viestiä arvioidusta odotusajasta.",
            "De som väntar på sitt första besök vet inte hur länge de får vänta eller vart de ska ringa om de mår "
            "sämre. Klientrådet bad om ett meddelande till de köande med en uppskattad väntetid.",
            "People waiting for a first appointment do not know how long they will wait or whom to call if they "
            "feel worse. The client panel asked for a message giving the estimated wait.",
        ),
        "plain_summary": t(
            "Moni odottaa aikaa mielenterveyspalveluihin. He eivät tiedä, kauanko odotus kestää. Raati toivoo "
            "viestiä odotusajasta.",
            "Många väntar på en tid till mentalvården. De vet inte hur länge de får vänta. Rådet vill att de får "
            "ett meddelande om väntetiden.",
            "Many people wait for mental health care. They do not know how long they will wait. The panel wants "
            "them to get a message about it.",
        ),
        "target_groups": ["mielenterveys-ja-paihde"],
        "areas": ["koko-pirkanmaa"],
        "matter": t(
            "Kun asiakas on ohjattu aikuisten mielenterveyspalveluihin, hän ei saa tietoa jonotilanteesta ennen "
            "kuin aika varataan. Odottaminen ilman tietoa lisää ahdistusta. Raati toivoo tekstiviestiä, jossa "
            "kerrotaan arvioitu odotusaika ja numero, johon voi soittaa, jos vointi heikkenee.",
            "När en klient har remitterats till mentalvårdstjänsterna för vuxna får hen ingen information om kön "
            "innan en tid bokas. Att vänta utan information ökar ångesten. Rådet önskar ett sms med en uppskattad "
            "väntetid och ett nummer man kan ringa om man mår sämre.",
            "Once someone has been referred to adult mental health services, they hear nothing about the queue "
            "until an appointment is booked. Waiting without information adds to anxiety. The panel would like a "
            "text message giving the estimated wait and a number to call if things get worse.",
        ),
        "origin": {
            "kind": "channel",
            "text": t(
                "Mielenterveys- ja päihdepalvelujen asiakasraati toi asian esiin jäsentensä kokemusten perusteella.",
                "Klientrådet för mentalvårds- och missbrukartjänster lyfte fram frågan utifrån medlemmarnas "
                "erfarenheter.",
                "The mental health and substance use services client panel raised the matter based on its members' "
                "experiences.",
            ),
        },
        "raised_days_ago": 25,
        "responsible": t(
            "Aikuisten mielenterveyspalvelut",
            "Mentalvårdstjänster för vuxna",
            "Adult mental health services",
        ),
        "channels": ["mielenterveys-ja-paihdepalvelujen-asiakasraati"],
        "methods": ["asiakasraati"],
        "timeline": [
            {
                "days_ago": 25,
                "status": "received",
                "note": t(
                    "Asia lähetettiin aikuisten mielenterveyspalvelujen palvelupäällikölle, joka tuo vastauksen "
                    "raadin seuraavaan kokoukseen.",
                    "Ärendet skickades till servicechefen för mentalvårdstjänsterna för vuxna, som ger sitt svar på "
                    "rådets nästa möte.",
                    "The matter was sent to the head of adult mental health services, who will bring an answer to "
                    "the panel's next meeting.",
                ),
            },
        ],
    },
]
