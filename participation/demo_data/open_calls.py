"""Demo open calls: recruiting residents to Pirkanmaa's client panels, developer-client groups and trainings."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


OPEN_CALLS = [
    {
        "key": "perheiden-asiakasraati-uudet-jasenet",
        "slug": "perheiden-asiakasraati-uudet-jasenet",
        "slugs": {"sv": "familjernas-klientrad-nya-medlemmar", "en": "families-client-panel-new-members"},
        "title": t(
            "Perheiden asiakasraatiin haetaan uusia jäseniä",
            "Familjernas klientråd söker nya medlemmar",
            "New members wanted for the families' client panel",
        ),
        "summary": t(
            "Haemme kuutta vanhempaa tai huoltajaa perheiden asiakasraatiin kahden vuoden kaudeksi arvioimaan ja "
            "kehittämään perhekeskusten palveluja.",
            "Vi söker sex föräldrar eller vårdnadshavare till familjernas klientråd för en tvåårsperiod för att "
            "utvärdera och utveckla familjecentralernas tjänster.",
            "We are looking for six parents or guardians to join the families' client panel for a two-year term "
            "to assess and improve family centre services.",
        ),
        "plain_summary": t(
            "Oletko lapsen vanhempi? Tule perheiden asiakasraatiin. Raati kertoo, miten perhekeskus toimii. "
            "Saat kokouksista palkkion.",
            "Är du förälder till ett barn? Kom med i familjernas klientråd. Rådet berättar hur familjecentralen "
            "fungerar. Du får arvode för mötena.",
            "Are you a parent? Join the families' client panel. The panel says how the family centre works. "
            "You are paid for the meetings.",
        ),
        "target_groups": ["lapsiperheet", "lapset"],
        "areas": ["koko-pirkanmaa"],
        "channel": "perheiden-asiakasraati",
        "opens_in_days": -10,
        "closes_in_days": 21,
        "places": 6,
        "who_can_apply": [
            t(
                "Voit hakea, jos olet alle 18-vuotiaan lapsen vanhempi, huoltaja tai sijaisvanhempi, asut "
                "Pirkanmaalla ja perheesi on käyttänyt perhekeskuksen palveluja viimeisen kolmen vuoden aikana. "
                "Palveluja ovat esimerkiksi neuvola, perheneuvola, kasvatus- ja perheneuvonta tai lapsiperheiden "
                "kotipalvelu.",
                "Du kan söka om du är förälder, vårdnadshavare eller familjehemsförälder till ett barn under 18 år, "
                "bor i Birkaland och din familj har använt familjecentralens tjänster under de senaste tre åren. "
                "Sådana tjänster är till exempel rådgivningen, familjerådgivningen eller hemservicen för "
                "barnfamiljer.",
                "You can apply if you are the parent, guardian or foster parent of a child under 18, live in "
                "Pirkanmaa and your family has used family centre services in the past three years, such as the "
                "child health clinic, family guidance or home help for families with children.",
            ),
            t(
                "Aiempaa kokemusta vaikuttamistyöstä ei tarvita. Toivomme hakijoita eri puolilta maakuntaa ja "
                "erilaisista perheistä: yhden vanhemman perheitä, monikielisiä perheitä sekä perheitä, joissa on "
                "erityistä tukea tarvitseva lapsi.",
                "Du behöver ingen tidigare erfarenhet av påverkansarbete. Vi hoppas på sökande från olika delar av "
                "landskapet och från olika slags familjer: ensamföräldrar, flerspråkiga familjer och familjer med "
                "ett barn som behöver särskilt stöd.",
                "No previous experience of advocacy is needed. We hope to hear from all parts of the region and "
                "from many kinds of families: single-parent families, multilingual families and families with a "
                "child who needs special support.",
            ),
        ],
        "tasks_and_commitment": [
            t(
                "Raati kokoontuu noin kuusi kertaa vuodessa arki-iltaisin klo 17.30–19.30 vuorotellen Tampereella "
                "ja verkossa. Kokouksissa arvioidaan perhekeskusten palveluja, kommentoidaan uusia toimintatapoja "
                "ja tehdään omia kehittämisehdotuksia.",
                "Rådet träffas ungefär sex gånger om året på vardagskvällar kl. 17.30–19.30, omväxlande i "
                "Tammerfors och på nätet. På mötena utvärderar rådet familjecentralernas tjänster, kommenterar nya "
                "arbetssätt och lägger fram egna utvecklingsförslag.",
                "The panel meets about six times a year on weekday evenings from 17:30 to 19:30, alternately in "
                "Tampere and online. It assesses family centre services, comments on new ways of working and makes "
                "its own proposals.",
            ),
            t(
                "Kokousten välillä sinulta voidaan pyytää kommentteja esimerkiksi asiakaskirjeisiin tai "
                "verkkosivuihin, yhteensä noin 2–4 tuntia kuukaudessa. Kausi kestää kaksi vuotta.",
                "Mellan mötena kan du bli ombedd att kommentera till exempel kundbrev eller webbsidor, sammanlagt "
                "cirka 2–4 timmar i månaden. Mandatperioden är två år.",
                "Between meetings you may be asked to comment on things like client letters or web pages, about "
                "two to four hours a month in total. The term lasts two years.",
            ),
        ],
        "compensation": [
            t(
                "Saat jokaisesta kokouksesta 40 euron palkkion. Palkkio on veronalaista tuloa, joten tarvitsemme "
                "verokortin. Matkakulut korvataan halvimman julkisen liikenteen mukaan tai kilometrikorvauksena, "
                "jos julkista liikennettä ei ole.",
                "Du får ett arvode på 40 euro för varje möte. Arvodet är skattepliktig inkomst, så vi behöver ditt "
                "skattekort. Resekostnaderna ersätts enligt billigaste kollektivtrafik eller som kilometerersättning "
                "om kollektivtrafik saknas.",
                "You receive a fee of 40 euros for each meeting. The fee is taxable income, so we need your tax card. "
                "Travel costs are reimbursed at the cheapest public transport fare, or as a mileage allowance where "
                "there is no public transport.",
            ),
            t(
                "Palkkio voi vaikuttaa joihinkin etuuksiin. Voit halutessasi ottaa vastaan pelkän matkakorvauksen. "
                "Tampereen kokouksissa lapsille on ohjattua leikkiä viereisessä tilassa.",
                "Arvodet kan påverka vissa förmåner. Om du vill kan du ta emot enbart reseersättning. Under mötena i "
                "Tammerfors ordnas lek med handledare för barnen i ett rum intill.",
                "The fee may affect some benefits; if you prefer, you can receive only the travel reimbursement. At "
                "the Tampere meetings there is supervised play for children in the room next door.",
            ),
        ],
        "orientation": [
            t(
                "Ennen ensimmäistä kokousta järjestetään kahden tunnin perehdytysilta. Siinä käydään läpi, miten "
                "hyvinvointialue ja perhekeskukset toimivat, mitä vaitiolo tarkoittaa ja miten raadin ehdotukset "
                "etenevät ja näkyvät päätösten seurannassa.",
                "Före det första mötet ordnas en introduktionskväll på två timmar. Där går vi igenom hur "
                "välfärdsområdet och familjecentralerna fungerar, vad tystnadsplikt innebär och hur rådets förslag "
                "går vidare och syns i uppföljningen av beslut.",
                "Before the first meeting there is a two-hour orientation evening. It covers how the wellbeing "
                "services county and the family centres work, what confidentiality means, and how the panel's "
                "proposals move forward and appear in the decision follow-up.",
            ),
            t(
                "Raadin koordinaattori on tukenasi koko kauden. Voit myös tavata raadin aiempia jäseniä ja kysyä "
                "heiltä, millaista työskentely on käytännössä.",
                "Rådets koordinator stöder dig under hela perioden. Du kan också träffa tidigare medlemmar och fråga "
                "hur arbetet ser ut i praktiken.",
                "The panel's coordinator supports you throughout the term. You can also meet former members and ask "
                "them what the work is like in practice.",
            ),
        ],
        "agreement_terms": [
            t(
                "Kanssasi tehdään kirjallinen kehittäjäasiakassopimus, jonka allekirjoittavat sinä ja perhekeskuksen "
                "edustaja. Sopimukseen kirjataan tehtävä ja sen kesto, kokouspaikat ja välineet, vaitiolo ja eettiset "
                "periaatteet, perehdytys ja tuki sekä maksettavat korvaukset.",
                "Vi gör ett skriftligt avtal för utvecklarklienter som undertecknas av dig och en representant för "
                "familjecentralen. I avtalet skrivs uppdraget och dess längd, mötesplatser och redskap, tystnadsplikt "
                "och etiska principer, introduktion och stöd samt de ersättningar som betalas.",
                "You sign a written developer-client agreement with a representative of the family centre. It sets "
                "out the task and its duration, meeting places and tools, confidentiality and ethical principles, "
                "orientation and support, and the compensation paid.",
            ),
            t(
                "Sinun ei tarvitse kertoa omasta asiakkuudestasi enempää kuin haluat, eikä raatiin osallistuminen "
                "vaikuta perheesi palveluihin. Voit lopettaa raadissa milloin tahansa ilmoittamalla siitä "
                "koordinaattorille.",
                "Du behöver inte berätta mer om din egen klientrelation än du vill, och deltagandet i rådet påverkar "
                "inte familjens tjänster. Du kan sluta i rådet när som helst genom att meddela koordinatorn.",
                "You never have to say more about your own use of services than you wish, and taking part does not "
                "affect your family's services. You can leave the panel at any time by telling the coordinator.",
            ),
        ],
        "selection_process": [
            t(
                "Hae tämän sivun lomakkeella hakuajan loppuun mennessä. Koordinaattori soittaa kaikille hakijoille "
                "noin 20 minuutin puhelun kahden viikon kuluessa haun päättymisestä.",
                "Ansök med formuläret på den här sidan innan ansökningstiden går ut. Koordinatorn ringer alla sökande "
                "för ett samtal på cirka 20 minuter inom två veckor efter att ansökningstiden gått ut.",
                "Apply using the form on this page before the call closes. Within two weeks of the closing date the "
                "coordinator phones every applicant for a conversation of about 20 minutes.",
            ),
            t(
                "Valinnan tekevät koordinaattori ja kaksi raadin nykyistä jäsentä. Tavoitteena on monipuolinen raati "
                "eri alueilta ja erilaisista perheistä. Kaikki saavat vastauksen sähköpostilla kolmen viikon "
                "kuluessa. Jos et tule valituksi, kerromme muista tavoista osallistua, kuten kehittäjäkahviloista.",
                "Urvalet görs av koordinatorn och två nuvarande medlemmar. Målet är ett mångsidigt råd med "
                "medlemmar från olika områden och olika slags familjer. Alla får svar per e-post inom tre veckor. Om "
                "du inte blir vald berättar vi om andra sätt att delta, till exempel utvecklarcaféerna.",
                "The coordinator and two current members make the selection, aiming for a varied panel from "
                "different areas and family situations. Everyone receives an answer by email within three weeks. If "
                "you are not selected, we tell you about other ways to take part, such as the developer cafés.",
            ),
        ],
    },
    {
        "key": "kokemusasiantuntijakoulutuksen-haku",
        "slug": "kokemusasiantuntijakoulutuksen-haku",
        "slugs": {"sv": "ansokan-till-utbildning-for-erfarenhetsexperter", "en": "expert-by-experience-training-call"},
        "title": t(
            "Haku kokemusasiantuntijakoulutukseen",
            "Ansökan till utbildningen för erfarenhetsexperter",
            "Applications for expert-by-experience training",
        ),
        "summary": t(
            "Uusi kokemusasiantuntijakoulutus alkaa. Koulutuksen jälkeen voit liittyä kokemusasiantuntijapankkiin "
            "ja tehdä tehtäviä hyvinvointialueen kehittämisessä ja koulutuksissa.",
            "En ny utbildning för erfarenhetsexperter börjar. Efter utbildningen kan du gå med i banken för "
            "erfarenhetsexperter och ta uppdrag inom välfärdsområdets utvecklingsarbete och utbildningar.",
            "A new expert-by-experience training is starting. Afterwards you can join the experts-by-experience "
            "bank and take on assignments in the county's development work and staff training.",
        ),
        "plain_summary": t(
            "Onko sinulla kokemusta sairaudesta tai palveluista? Voit oppia kertomaan siitä muille. Koulutus on "
            "maksuton. Haku on auki nyt.",
            "Har du erfarenhet av sjukdom eller av tjänster? Du kan lära dig att berätta om den för andra. "
            "Utbildningen är avgiftsfri. Ansökan är öppen nu.",
            "Do you have experience of illness or of services? You can learn to share it with others. The training "
            "is free. Applications are open now.",
        ),
        "target_groups": ["mielenterveys-ja-paihde", "vammaiset", "omaishoitajat", "kaikki"],
        "areas": ["koko-pirkanmaa"],
        "channel": "kokemusasiantuntijapankki",
        "opens_in_days": -5,
        "closes_in_days": 30,
        "places": 16,
        "who_can_apply": [
            t(
                "Koulutukseen voi hakea täysi-ikäinen pirkanmaalainen, jolla on omaa tai läheisen kokemusta "
                "sairaudesta, vammaisuudesta, toipumisesta tai sosiaali- ja terveyspalvelujen käyttämisestä.",
                "Utbildningen är öppen för vuxna i Birkaland som har egen eller en närståendes erfarenhet av "
                "sjukdom, funktionsnedsättning, återhämtning eller av att använda social- och hälsovårdstjänster.",
                "Adults living in Pirkanmaa can apply if they have their own or a close person's experience of "
                "illness, disability, recovery or using social and health services.",
            ),
            t(
                "Tärkeää on, että omiin kokemuksiin on jo jonkin verran etäisyyttä ja että haluat käyttää niitä "
                "muiden tukemiseen ja palvelujen parantamiseen. Palvelujen käytöstä voi olla jo aikaa.",
                "Det är viktigt att du har fått ett visst avstånd till dina erfarenheter och att du vill använda dem "
                "för att stödja andra och förbättra tjänsterna. Det kan ha gått en tid sedan du använde tjänsterna.",
                "It matters that you have gained some distance from your experiences and want to use them to support "
                "others and improve services. Your time as a service user may be some years back.",
            ),
        ],
        "tasks_and_commitment": [
            t(
                "Koulutus kestää noin viisi kuukautta ja sisältää kymmenen koulutuspäivää klo 9–15, pääosin "
                "Tampereella ja osin etänä. Päivien välillä teet pieniä tehtäviä, esimerkiksi kirjoitat oman "
                "kokemustarinasi ja harjoittelet sen esittämistä.",
                "Utbildningen pågår i cirka fem månader och omfattar tio utbildningsdagar kl. 9–15, främst i "
                "Tammerfors och delvis på distans. Mellan dagarna gör du små uppgifter, till exempel skriver du din "
                "egen erfarenhetsberättelse och övar på att framföra den.",
                "The training runs for about five months and includes ten training days from 9:00 to 15:00, mostly "
                "in Tampere and partly online. Between the days you do small assignments, such as writing your own "
                "experience story and practising telling it.",
            ),
            t(
                "Valmistuttuasi liityt kokemusasiantuntijapankkiin. Ammattilaiset tilaavat sieltä "
                "kokemusasiantuntijoita yhden luukun kautta esimerkiksi henkilöstökoulutuksiin, kehittämisryhmiin, "
                "rekrytointeihin ja työpariksi ryhmiin. Päätät itse, mitkä tehtävät otat vastaan.",
                "När du har utexaminerats går du med i banken för erfarenhetsexperter. Yrkespersoner beställer "
                "erfarenhetsexperter via en och samma kanal till exempel till personalutbildningar, "
                "utvecklingsgrupper, rekryteringar och som arbetspar i grupper. Du bestämmer själv vilka uppdrag du "
                "tar emot.",
                "After graduating you join the experts-by-experience bank. Professionals order experts through a "
                "single point of contact for staff training, development groups, recruitment and as co-leaders of "
                "groups. You decide which assignments you accept.",
            ),
        ],
        "compensation": [
            t(
                "Koulutus on osallistujille maksuton. Koulutuspäivinä tarjotaan lounas ja kahvit, ja matkakulut "
                "korvataan.",
                "Utbildningen är avgiftsfri för deltagarna. Under utbildningsdagarna bjuds lunch och kaffe, och "
                "resekostnaderna ersätts.",
                "The training is free of charge. Lunch and coffee are provided on training days, and travel costs "
                "are reimbursed.",
            ),
            t(
                "Kokemusasiantuntijapankin tehtävistä maksetaan kulukorvaus ja matkakulut tilaajan kanssa sovitun "
                "mukaisesti. Kulukorvauksen suuruus riippuu tehtävän kestosta, ja se kerrotaan aina ennen kuin "
                "sitoudut tehtävään.",
                "För uppdrag via banken för erfarenhetsexperter betalas kostnadsersättning och resekostnader enligt "
                "vad som avtalats med beställaren. Kostnadsersättningens storlek beror på uppdragets längd och anges "
                "alltid innan du förbinder dig till uppdraget.",
                "Assignments through the experts-by-experience bank are paid with an expense allowance plus travel "
                "costs, as agreed with the client who orders them. The allowance depends on the length of the task "
                "and is always stated before you commit.",
            ),
        ],
        "orientation": [
            t(
                "Koulutus itsessään on perehdytys tehtävään: siinä opitaan palvelujärjestelmästä, oman tarinan "
                "rajaamisesta, esiintymisestä, vaitiolosta ja itsestä huolehtimisesta.",
                "Själva utbildningen är introduktionen till uppdraget: du lär dig om servicesystemet, att avgränsa "
                "din egen berättelse, att uppträda, om tystnadsplikt och om att ta hand om dig själv.",
                "The training itself is the orientation: it covers the service system, choosing what to share of "
                "your story, speaking in public, confidentiality and looking after yourself.",
            ),
            t(
                "Valmistumisen jälkeen saat mentoriksi kokeneen kokemusasiantuntijan. Kokemusasiantuntijoille "
                "järjestetään työnohjausta joka toinen kuukausi, ja koordinaattoriin voi olla yhteydessä etenkin "
                "raskaiden tehtävien jälkeen.",
                "Efter examen får du en erfaren erfarenhetsexpert som mentor. Erfarenhetsexperterna erbjuds "
                "arbetshandledning varannan månad, och du kan kontakta koordinatorn särskilt efter tunga uppdrag.",
                "After graduating you get an experienced expert by experience as your mentor. Group supervision is "
                "offered every other month, and you can contact the coordinator, especially after demanding "
                "assignments.",
            ),
        ],
        "agreement_terms": t(
            "Valmistuessasi allekirjoitat hyvinvointialueen kanssa sopimuksen, joka on voimassa kaksi vuotta ja "
            "jonka voi uusia. Siinä sovitaan tehtävistä, tehtävien tilaamisen ja peruuttamisen käytännöistä, "
            "vaitiolosta ja eettisistä ohjeista, tuesta sekä kulukorvauksista. Voit pitää taukoa tehtävistä "
            "milloin tahansa.",
            "När du utexamineras undertecknar du ett avtal med välfärdsområdet som gäller i två år och kan "
            "förnyas. I avtalet kommer ni överens om uppdrag, rutiner för beställning och avbokning av uppdrag, "
            "tystnadsplikt och etiska anvisningar, stöd samt kostnadsersättningar. Du kan ta paus från uppdragen "
            "när som helst.",
            "When you graduate you sign a two-year, renewable agreement with the county. It covers the tasks, how "
            "assignments are ordered and cancelled, confidentiality and ethical guidelines, support, and expense "
            "allowances. You can take a break from assignments at any time.",
        ),
        "selection_process": [
            t(
                "Haetaan tämän sivun lomakkeella. Voit kertoa kokemuksestasi kirjoittamalla tai lähettää lyhyen "
                "ääni- tai videoviestin. Myös puhelimitse voi hakea.",
                "Du söker med formuläret på den här sidan. Du kan berätta om din erfarenhet skriftligt eller skicka "
                "ett kort ljud- eller videomeddelande. Du kan också söka per telefon.",
                "You apply with the form on this page. You can describe your experience in writing or send a short "
                "audio or video message. You can also apply by phone.",
            ),
            t(
                "Hakijat kutsutaan ryhmähaastatteluun noin kahden viikon kuluttua haun päättymisestä. Haastattelijoina "
                "ovat koordinaattori ja kokenut kokemusasiantuntija. Kaikki saavat vastauksen neljän viikon kuluessa. "
                "Jos et tule valituksi nyt, voit hakea uudelleen seuraavaan koulutukseen.",
                "De sökande bjuds in till en gruppintervju cirka två veckor efter att ansökningstiden gått ut. "
                "Intervjuarna är koordinatorn och en erfaren erfarenhetsexpert. Alla får svar inom fyra veckor. Om "
                "du inte blir vald nu kan du söka igen till nästa utbildning.",
                "Applicants are invited to a group interview about two weeks after the call closes, led by the "
                "coordinator and an experienced expert by experience. Everyone gets an answer within four weeks. If "
                "you are not selected this time, you can apply for the next course.",
            ),
        ],
    },
    {
        "key": "paivystyksen-kehittajaasiakkaat",
        "slug": "paivystyksen-kehittajaasiakkaat",
        "slugs": {"sv": "utvecklarklienter-till-jouren", "en": "emergency-department-developer-clients"},
        "title": t(
            "Kehittäjäasiakkaita päivystyksen kehittäjäasiakasryhmään",
            "Utvecklarklienter till jourens utvecklarklientgrupp",
            "Developer clients for the emergency department's group",
        ),
        "summary": t(
            "Haimme kahdeksaa kehittäjäasiakasta kehittämään yhteispäivystyksen odotusajan tiedottamista, opasteita "
            "ja kotiutusohjeita. Haku on päättynyt.",
            "Vi sökte åtta utvecklarklienter för att utveckla informationen om väntetider, skyltningen och "
            "hemgångsanvisningarna på samjouren. Ansökningstiden har gått ut.",
            "We recruited eight developer clients to improve waiting-time information, signage and discharge "
            "instructions at the joint emergency department. The call has closed.",
        ),
        "plain_summary": t(
            "Haimme ihmisiä kehittämään päivystystä. He ovat käyneet päivystyksessä. Haku on nyt päättynyt.",
            "Vi sökte personer som vill utveckla jouren. De har själva besökt jouren. Ansökan är nu stängd.",
            "We looked for people to help improve the emergency department. They have been there themselves. The "
            "call is now closed.",
        ),
        "target_groups": ["kaikki", "ikaantyneet", "lapsiperheet"],
        "areas": ["tampere", "koko-pirkanmaa"],
        "channel": "kehittajaasiakasryhma",
        "opens_in_days": -50,
        "closes_in_days": -20,
        "places": 8,
        "who_can_apply": t(
            "Haku oli tarkoitettu täysi-ikäisille, jotka ovat asioineet yhteispäivystyksessä potilaana tai "
            "saattajana viimeisen kahden vuoden aikana. Toivoimme mukaan eri-ikäisiä ihmisiä, myös lasten "
            "vanhempia, ikääntyneitä ja heidän läheisiään.",
            "Ansökan gällde vuxna som har besökt samjouren som patient eller följeslagare under de senaste två "
            "åren. Vi hoppades på personer i olika åldrar, också föräldrar till barn, äldre personer och deras "
            "närstående.",
            "The call was for adults who had visited the joint emergency department as a patient or companion in "
            "the past two years. We hoped for people of different ages, including parents of children, older "
            "people and their relatives.",
        ),
        "tasks_and_commitment": [
            t(
                "Ryhmä kokoontuu viisi kertaa noin puolen vuoden aikana arkipäivisin klo 13–15.30 sairaala-alueella "
                "Tampereella. Teemoja ovat odotusajasta kertominen, opasteet ja kirjalliset kotiutusohjeet.",
                "Gruppen träffas fem gånger under ungefär ett halvår på vardagar kl. 13–15.30 på sjukhusområdet i "
                "Tammerfors. Teman är information om väntetider, skyltning och skriftliga hemgångsanvisningar.",
                "The group meets five times over about six months, on weekday afternoons from 13:00 to 15:30 at the "
                "hospital campus in Tampere. The themes are waiting-time information, signage and written discharge "
                "instructions.",
            ),
            t(
                "Lisäksi ryhmä testaa odotustilan uutta infonäyttöä ja kulkee kerran päivystyksen reitin läpi "
                "yhdessä henkilökunnan kanssa.",
                "Dessutom testar gruppen den nya infoskärmen i väntrummet och går en gång igenom jourens rutt "
                "tillsammans med personalen.",
                "The group also tests the new information screen in the waiting room and walks through the "
                "department's route once with staff.",
            ),
        ],
        "compensation": t(
            "Kehittäjäasiakkaalle maksetaan 50 euron palkkio jokaisesta tapaamisesta sekä matkakulut. Sairaalan "
            "pysäköintialueelle saa tapaamisten ajaksi maksuttoman pysäköintilipun.",
            "Utvecklarklienterna får ett arvode på 50 euro per träff samt resekostnader. För sjukhusets "
            "parkeringsområde får man en avgiftsfri parkeringsbiljett för träffarna.",
            "Developer clients are paid a fee of 50 euros per meeting plus travel costs. A free parking ticket for "
            "the hospital car park is provided for the meetings.",
        ),
        "orientation": t(
            "Ensimmäinen tapaaminen on perehdytys: tutustumiskierros päivystyksessä, vaitiolo, hygieniaohjeet ja "
            "eettiset periaatteet. Jokaisella on tukena päivystyksen yhteyshoitaja, jolta voi kysyä koko ryhmän "
            "toiminnan ajan.",
            "Den första träffen är en introduktion: en rundtur på jouren, tystnadsplikt, hygienanvisningar och "
            "etiska principer. Alla har stöd av jourens kontaktskötare, som man kan fråga under hela gruppens "
            "verksamhet.",
            "The first meeting is the orientation: a tour of the department, confidentiality, hygiene rules and "
            "ethical principles. Each member is supported by the department's contact nurse throughout the group's "
            "work.",
        ),
        "agreement_terms": t(
            "Kehittäjäasiakassopimuksen allekirjoittavat kehittäjäasiakas ja päivystyksen osastonhoitaja. Siihen "
            "kirjataan tehtävät ja tapaamiset, korvaukset sekä vaitiolo: päivystyksessä nähdyt ja kuullut asiat "
            "jäävät sinne. Omaa hoitoasi ei käsitellä ryhmässä, eikä osallistuminen vaikuta hoitoosi.",
            "Avtalet för utvecklarklienter undertecknas av utvecklarklienten och jourens avdelningsskötare. Där "
            "skrivs uppgifterna och träffarna, ersättningarna och tystnadsplikten: det man ser och hör på jouren "
            "stannar där. Din egen vård behandlas inte i gruppen, och deltagandet påverkar inte din vård.",
            "The developer-client agreement is signed by the developer client and the department's nurse manager. "
            "It records the tasks and meetings, the compensation and confidentiality: what you see and hear in the "
            "department stays there. Your own care is not discussed in the group, and taking part does not affect "
            "it.",
        ),
        "selection_process": t(
            "Hakemuksia tuli 34. Valinnan tekivät osastonhoitaja ja osallisuuskoordinaattori niin, että ryhmässä on "
            "eri-ikäisiä ihmisiä eri puolilta Pirkanmaata ja erilaisia päivystyskokemuksia. Kaikille hakijoille "
            "vastattiin, ja suostumuksensa antaneet ovat varalistalla. Ryhmän työn etenemistä voi seurata "
            "päätösten seurannassa.",
            "Det kom 34 ansökningar. Urvalet gjordes av avdelningsskötaren och delaktighetskoordinatorn så att "
            "gruppen har personer i olika åldrar från olika delar av Birkaland och olika erfarenheter av jouren. "
            "Alla sökande fick svar, och de som gav sitt samtycke finns på en reservlista. Gruppens arbete kan "
            "följas i uppföljningen av beslut.",
            "We received 34 applications. The nurse manager and the participation coordinator selected members so "
            "that the group has people of different ages from around Pirkanmaa with different emergency "
            "experiences. Every applicant received a reply, and those who agreed are on a reserve list. You can "
            "follow the group's work in the decision follow-up.",
        ),
    },
    {
        "key": "ikaantyneiden-asiakasraati-uudet-jasenet",
        "slug": "ikaantyneiden-asiakasraati-uudet-jasenet",
        "slugs": {"sv": "aldres-klientrad-nya-medlemmar", "en": "older-peoples-client-panel-new-members"},
        "title": t(
            "Ikääntyneiden asiakasraatiin uusia jäseniä Etelä-Pirkanmaalta",
            "Nya medlemmar till de äldres klientråd i södra Birkaland",
            "New members for the older people's client panel in southern Pirkanmaa",
        ),
        "summary": t(
            "Ikääntyneiden asiakasraati etsii viittä uutta jäsentä Valkeakoskelta, Akaasta ja Urjalasta "
            "kertomaan, miten kotihoito, terveysasemat ja päivätoiminta toimivat arjessa.",
            "De äldres klientråd söker fem nya medlemmar från Valkeakoski, Ackas och Urjala som vill berätta hur "
            "hemvården, hälsostationerna och dagverksamheten fungerar i vardagen.",
            "The older people's client panel is looking for five new members from Valkeakoski, Akaa and Urjala to "
            "tell us how home care, health stations and day activities work in everyday life.",
        ),
        "plain_summary": t(
            "Oletko yli 65-vuotias? Tai autatko ikääntynyttä läheistä? Tule kertomaan, miten palvelut toimivat. "
            "Tietokonetta ei tarvita.",
            "Är du över 65 år? Eller hjälper du en äldre närstående? Kom och berätta hur tjänsterna fungerar. Du "
            "behöver ingen dator.",
            "Are you over 65? Or do you help an older relative? Come and tell us how services work. You do not "
            "need a computer.",
        ),
        "target_groups": ["ikaantyneet", "omaishoitajat"],
        "areas": ["valkeakoski", "akaa", "urjala"],
        "channel": "ikaantyneiden-asiakasraati",
        "opens_in_days": -3,
        "closes_in_days": 28,
        "places": 5,
        "who_can_apply": t(
            "Voit hakea, jos olet yli 65-vuotias tai ikääntyneen läheinen tai omaishoitaja ja asut Valkeakoskella, "
            "Akaassa tai Urjalassa. Sinulla tai läheiselläsi on kokemusta esimerkiksi kotihoidosta, "
            "terveysasemasta, päivätoiminnasta tai omaishoidon tuesta. Tietokonetaitoja ei tarvita.",
            "Du kan söka om du är över 65 år eller närstående eller närståendevårdare till en äldre person och bor "
            "i Valkeakoski, Ackas eller Urjala. Du eller din närstående har erfarenhet av till exempel hemvård, "
            "hälsostation, dagverksamhet eller stöd för närståendevård. Du behöver inga datorkunskaper.",
            "You can apply if you are over 65, or a relative or family carer of an older person, and live in "
            "Valkeakoski, Akaa or Urjala. You or your relative have experience of, for example, home care, a "
            "health station, day activities or family carer support. No computer skills are needed.",
        ),
        "tasks_and_commitment": t(
            "Raati kokoontuu neljä kertaa vuodessa iltapäivisin klo 13–15 Valkeakoskella. Kokouksissa kommentoidaan "
            "esimerkiksi kotihoidon asiakaskirjeitä ja palveluopasta ja kerrotaan, mikä arjessa sujuu ja mikä ei. "
            "Kausi kestää vuoden, ja sitä voi jatkaa.",
            "Rådet träffas fyra gånger om året på eftermiddagar kl. 13–15 i Valkeakoski. På mötena kommenterar "
            "rådet till exempel hemvårdens kundbrev och serviceguiden och berättar vad som fungerar i vardagen och "
            "vad som inte gör det. Perioden är ett år och kan förlängas.",
            "The panel meets four times a year from 13:00 to 15:00 in Valkeakoski. Members comment on things like "
            "home care letters and the service guide, and say what works in daily life and what does not. The term "
            "is one year and can be extended.",
        ),
        "compensation": t(
            "Jokaisesta kokouksesta maksetaan 40 euron palkkio ja matkakulut. Jos et pääse kokoukseen omin "
            "neuvoin, järjestämme kuljetuksen. Kokouksissa on kahvitarjoilu.",
            "För varje möte betalas ett arvode på 40 euro och resekostnader. Om du inte kan ta dig till mötet på "
            "egen hand ordnar vi transport. Kaffe serveras på mötena.",
            "Each meeting is paid with a fee of 40 euros plus travel costs. If you cannot get to a meeting on your "
            "own, we arrange transport. Coffee is served at the meetings.",
        ),
        "orientation": t(
            "Uusille jäsenille pidetään perehdytystilaisuus yhdessä koordinaattorin ja nykyisten jäsenten kanssa. "
            "Materiaalit saat halutessasi paperisina ja isolla tekstillä. Kokoustilassa on induktiosilmukka.",
            "Nya medlemmar får en introduktion tillsammans med koordinatorn och nuvarande medlemmar. Om du vill "
            "får du materialet på papper och med stor text. Mötesrummet har hörslinga.",
            "New members attend an orientation session with the coordinator and current members. Materials are "
            "available on paper and in large print if you wish. The meeting room has an induction loop.",
        ),
        "agreement_terms": t(
            "Kanssasi tehdään kirjallinen sopimus, jossa kerrotaan tehtävä, kokousten määrä, vaitiolo, tuki ja "
            "korvaukset. Voit osallistua kokouksiin myös tukihenkilön tai läheisen kanssa. Voit erota raadista "
            "milloin tahansa.",
            "Vi gör ett skriftligt avtal med dig där uppdraget, antalet möten, tystnadsplikten, stödet och "
            "ersättningarna anges. Du kan också delta i mötena tillsammans med en stödperson eller närstående. Du "
            "kan lämna rådet när som helst.",
            "You sign a written agreement describing the task, the number of meetings, confidentiality, support "
            "and compensation. You may bring a support person or relative to meetings. You can leave the panel at "
            "any time.",
        ),
        "selection_process": t(
            "Voit hakea tämän sivun lomakkeella, soittamalla koordinaattorille numeroon 040 000 1234 tai jättämällä "
            "paperisen lomakkeen Valkeakosken sote-keskuksen palvelupisteeseen. Koordinaattori soittaa kaikille "
            "hakijoille. Valinnassa huomioidaan, että kaikki kolme kuntaa ja erilaiset palvelukokemukset ovat "
            "edustettuina. Vastaus tulee kirjeellä tai puhelimitse kolmen viikon kuluessa.",
            "Du kan söka med formuläret på den här sidan, genom att ringa koordinatorn på 040 000 1234 eller genom "
            "att lämna in en pappersblankett vid servicepunkten på Valkeakoski social- och hälsocentral. "
            "Koordinatorn ringer alla sökande. Vid urvalet ser vi till att alla tre kommuner och olika "
            "serviceerfarenheter är representerade. Du får svar per brev eller telefon inom tre veckor.",
            "You can apply with the form on this page, by calling the coordinator on 040 000 1234, or by leaving a "
            "paper form at the service desk of the Valkeakoski health and social services centre. The coordinator "
            "phones every applicant. The selection makes sure all three municipalities and different service "
            "experiences are represented. You will get an answer by letter or phone within three weeks.",
        ),
    },
    {
        # Seed 002: developer clients from each Sámi language group, as in Lapland's home care project. Its form
        # takes an audio message instead of writing (demo_data/forms.py).
        "key": "saamelaiset-kehittajaasiakkaat-kotihoitoon",
        "slug": "saamelaiset-kehittajaasiakkaat-kotihoitoon",
        "slugs": {"sv": "samiska-utvecklarklienter-till-hemvarden", "en": "sami-developer-clients-for-home-care"},
        "title": t(
            "Saamelaisia kehittäjäasiakkaita kotihoitoon: yksi jokaisesta kieliryhmästä",
            "Samiska utvecklarklienter till hemvården: en från varje språkgrupp",
            "Sámi developer clients for home care: one from each language group",
        ),
        "summary": t(
            "Haemme kolmea saamelaista kehittäjäasiakasta kehittämään kotihoitoa. Toivomme yhtä hakijaa "
            "pohjoissaamen, yhtä inarinsaamen ja yhtä koltansaamen kieliryhmästä.",
            "Vi söker tre samiska utvecklarklienter för att utveckla hemvården. Vi hoppas på en sökande från den "
            "nordsamiska, en från den enaresamiska och en från den skoltsamiska språkgruppen.",
            "We are looking for three Sámi developer clients to help develop home care. We hope for one applicant "
            "from the Northern Sámi, one from the Inari Sámi and one from the Skolt Sámi language group.",
        ),
        "plain_summary": t(
            "Oletko saamelainen? "
            "Tule kehittämään kotihoitoa. "
            "Voit puhua saamea tai suomea. "
            "Voit hakea myös puhelimella tai ääniviestillä.",
            "Är du same? "
            "Kom och utveckla hemvården. "
            "Du kan tala samiska eller finska. "
            "Du kan också söka per telefon eller med ett ljudmeddelande.",
            "Are you Sámi? "
            "Come and help develop home care. "
            "You can speak Sámi or Finnish. "
            "You can also apply by phone or with an audio message.",
        ),
        "target_groups": ["saamelaiset", "ikaantyneet"],
        "areas": ["koko-pirkanmaa"],
        "channel": "saamelaisten-kehittajaasiakasryhma",
        "opens_in_days": -2,
        "closes_in_days": 35,
        "places": 3,
        "who_can_apply": [
            t(
                "Voit hakea, jos olet saamelainen ja sinulla tai läheiselläsi on kokemusta kotihoidosta tai muista "
                "ikääntyneiden palveluista. Toivomme hakijoiksi kolttasaamelaisia, inarinsaamelaisia ja "
                "pohjoissaamelaisia.",
                "Du kan söka om du är same och du eller en närstående har erfarenhet av hemvård eller andra "
                "tjänster för äldre. Vi hoppas på sökande bland skoltsamer, enaresamer och nordsamer.",
                "You can apply if you are Sámi and you or someone close to you has experience of home care or other "
                "services for older people. We hope for applicants who are Skolt, Inari or Northern Sámi.",
            ),
            t(
                "Riittää, että puhut saamea. Sinun ei tarvitse osata lukea tai kirjoittaa sitä. Myös suomeksi voi "
                "osallistua.",
                "Det räcker att du talar samiska. Du behöver inte kunna läsa eller skriva det. Du kan också delta på "
                "finska.",
                "It is enough that you speak Sámi. You do not need to read or write it. You can also take part in "
                "Finnish.",
            ),
        ],
        "tasks_and_commitment": t(
            "Ryhmä tapaa noin viisi kertaa puolen vuoden aikana. Kerrot, mitä saamenkielinen asiakas tarvitsee "
            "kotihoidossa: kieltä, kulttuurin tuntemusta ja perheen tapojen kunnioittamista. Kommentoit myös "
            "kotihoidon työntekijöiden koulutusta saamelaisesta kulttuurista.",
            "Gruppen träffas ungefär fem gånger på ett halvår. Du berättar vad en samiskspråkig klient behöver i "
            "hemvården: språket, kunskap om kulturen och respekt för familjens seder. Du kommenterar också "
            "hemvårdspersonalens utbildning om den samiska kulturen.",
            "The group meets about five times over six months. You tell us what a Sámi-speaking client needs in "
            "home care: the language, knowledge of the culture and respect for the family's ways. You also comment "
            "on the training home care staff get about Sámi culture.",
        ),
        "compensation": t(
            "Kehittäjäasiakkaalle maksetaan 50 euron palkkio jokaisesta tapaamisesta sekä matkakulut. Etänä voi "
            "osallistua puhelimella.",
            "Utvecklarklienterna får ett arvode på 50 euro per träff samt resekostnader. På distans kan man delta "
            "per telefon.",
            "Developer clients are paid a fee of 50 euros per meeting plus travel costs. You can take part "
            "remotely by phone.",
        ),
        "orientation": t(
            "Ensimmäinen tapaaminen on perehdytys. Koordinaattori kertoo ryhmän tehtävästä, vaitiolosta ja "
            "korvauksista. Perehdytykseen järjestetään tulkkaus saameksi, jos sitä tarvitaan.",
            "Den första träffen är en introduktion. Koordinatorn berättar om gruppens uppgift, tystnadsplikten och "
            "ersättningarna. Tolkning till samiska ordnas för introduktionen vid behov.",
            "The first meeting is the orientation. The coordinator explains the group's task, confidentiality and "
            "the payments. Interpretation into Sámi is arranged for the orientation if needed.",
        ),
        "agreement_terms": t(
            "Kehittäjäasiakassopimukseen kirjataan tehtävä ja sen kesto, käytännön järjestelyt, vaitiolo ja "
            "eettiset ohjeet, perehdytys ja tuki sekä palkkio ja matkakulut. Koordinaattori lukee sopimuksen "
            "sinulle ääneen ennen kuin allekirjoitat sen. Voit lopettaa milloin tahansa.",
            "I avtalet för utvecklarklienter skrivs uppdraget och dess längd, de praktiska arrangemangen, "
            "tystnadsplikt och etiska anvisningar, introduktion och stöd samt arvode och resekostnader. Koordinatorn "
            "läser avtalet högt för dig innan du undertecknar det. Du kan sluta när som helst.",
            "The developer-client agreement records the task and its duration, the practical arrangements, "
            "confidentiality and ethical guidelines, orientation and support, and the fee and travel costs. The "
            "coordinator reads the agreement aloud to you before you sign it. You can stop at any time.",
        ),
        "selection_process": t(
            "Hae tämän sivun lomakkeella tai soita koordinaattorille numeroon 040 000 1114. Lomakkeella voit "
            "kirjoittaa tai lähettää ääniviestin saameksi tai suomeksi. Koordinaattori soittaa kaikille hakijoille. "
            "Valinnassa huolehditaan, että ryhmässä on jäsen jokaisesta kieliryhmästä.",
            "Sök med formuläret på den här sidan eller ring koordinatorn på 040 000 1114. I formuläret kan du "
            "skriva eller skicka ett ljudmeddelande på samiska eller finska. Koordinatorn ringer alla sökande. Vid "
            "urvalet ser vi till att gruppen har en medlem från varje språkgrupp.",
            "Apply with the form on this page or phone the coordinator on 040 000 1114. In the form you can write "
            "or send an audio message in Sámi or Finnish. The coordinator phones every applicant. The selection "
            "makes sure the group has a member from each language group.",
        ),
    },
    # Opening soon: the demo shows every status of a call (open, opening soon, closed).
    {
        "key": "vammaispalvelujen-asiakasraati-uudet-jasenet",
        "slug": "vammaispalvelujen-asiakasraati-uudet-jasenet",
        "slugs": {
            "sv": "klientradet-for-handikappservice-nya-medlemmar",
            "en": "disability-services-panel-new-members",
        },
        "title": t(
            "Vammaispalvelujen asiakasraatiin uusia jäseniä",
            "Nya medlemmar till klientrådet för handikappservice",
            "New members for the disability services client panel",
        ),
        "summary": t(
            "Vammaispalvelujen asiakasraati etsii neljää uutta jäsentä kertomaan, miten henkilökohtainen apu, "
            "kuljetuspalvelu ja apuvälineet toimivat arjessa. Haku alkaa kahden viikon kuluttua.",
            "Klientrådet för handikappservice söker fyra nya medlemmar som vill berätta hur personlig assistans, "
            "färdtjänst och hjälpmedel fungerar i vardagen. Ansökan börjar om två veckor.",
            "The disability services client panel is looking for four new members to tell us how personal "
            "assistance, transport services and assistive devices work in everyday life. Applications open in two "
            "weeks.",
        ),
        "plain_summary": t(
            "Käytätkö vammaispalveluja? Tule kertomaan, miten ne toimivat. Haku alkaa pian.",
            "Använder du handikappservice? Kom och berätta hur den fungerar. Ansökan börjar snart.",
            "Do you use disability services? Come and tell us how they work. Applications open soon.",
        ),
        "target_groups": ["vammaiset", "omaishoitajat"],
        "areas": ["koko-pirkanmaa"],
        "channel": "vammaispalvelujen-asiakasraati",
        "opens_in_days": 14,
        "closes_in_days": 45,
        "places": 4,
        "who_can_apply": t(
            "Voit hakea, jos käytät itse vammaispalveluja tai olet vammaisen henkilön läheinen tai omaishoitaja "
            "Pirkanmaalla.",
            "Du kan söka om du själv använder handikappservice eller är närstående eller närståendevårdare till en "
            "person med funktionsnedsättning i Birkaland.",
            "You can apply if you use disability services yourself, or are a relative or family carer of a disabled "
            "person, in Pirkanmaa.",
        ),
        "tasks_and_commitment": t(
            "Raati kokoontuu neljä kertaa vuodessa Tampereella tai etänä. Kausi kestää kaksi vuotta.",
            "Rådet träffas fyra gånger om året i Tammerfors eller på distans. Perioden är två år.",
            "The panel meets four times a year in Tampere or online. The term is two years.",
        ),
        "compensation": t(
            "Jokaisesta kokouksesta maksetaan 40 euron palkkio ja matkakulut.",
            "För varje möte betalas ett arvode på 40 euro och resekostnader.",
            "Each meeting is paid with a fee of 40 euros plus travel costs.",
        ),
        "selection_process": t(
            "Hakulomake avautuu tälle sivulle haun alkaessa. Myös puhelimitse voi hakea. Kaikki saavat vastauksen "
            "kolmen viikon kuluessa haun päättymisestä.",
            "Ansökningsformuläret öppnas på den här sidan när ansökningstiden börjar. Du kan också söka per "
            "telefon. Alla får svar inom tre veckor efter att ansökningstiden gått ut.",
            "The application form opens on this page when the call starts. You can also apply by phone. Everyone "
            "gets an answer within three weeks of the call closing.",
        ),
    },
]
