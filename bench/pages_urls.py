"""bench/pages.py's URLconf: the portal's own plus the two baselines every page is compared with.

- /bench/ok: `HttpResponse("ok")`, the cheapest response the project can give through its middleware;
- /bench/plain: a plain template view, about 300 words of Finnish rendered from a template string with the
  request's context processors, no database (what a page would cost if it did nothing but render).

Neither is under a language prefix, so the page cache passes them by in both of the bench's servers.
"""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from portal import urls as portal_urls

PARAGRAPHS = [
    "Hyvinvointialueen asukkaat voivat osallistua sosiaali- ja terveyspalvelujen kehittämiseen monella tavalla. "
    "Asiakasraadit kokoontuvat säännöllisesti, ja niiden jäsenet kertovat kokemuksistaan palveluista. "
    "Kehittäjäasiakkaat tuovat oman näkökulmansa uusien toimintatapojen suunnitteluun ja arviointiin.",
    "Vaikuttajaverkostoon kuuluu järjestöjä, seurakuntia ja asukkaiden ryhmiä eri puolilta aluetta. "
    "Verkosto kokoontuu muutaman kerran vuodessa ja käsittelee ajankohtaisia asioita yhdessä työntekijöiden "
    "kanssa. Jokainen voi tuoda verkoston käsiteltäväksi kehittämistarpeen tai idean.",
    "Kokemusasiantuntijat kertovat omasta kokemuksestaan ammattilaisten koulutuksissa, työryhmissä ja "
    "tilaisuuksissa. Kokemusasiantuntijan voi tilata yhden luukun kautta täyttämällä tilauslomakkeen, jossa "
    "kerrotaan tilaisuuden tarkoitus, ajankohta, yleisö ja aihe sekä palkkiota varten varattu budjetti.",
    "Palautetta ja ideoita kerätään päivittäin, ja vastaus palautetaan sen antajalle. Koordinaattori käsittelee "
    "jokaisen palautteen sovitussa ajassa ja kertoo, mitä sille tapahtui. Päätösten seurannasta näkee, miten "
    "esiin nousseet asiat etenevät valmistelusta päätökseen ja käytäntöön.",
    "Tapahtumiin ilmoittaudutaan verkossa. Jos paikat ovat täynnä, ilmoittautuja pääsee jonoon ja saa tiedon, "
    "kun paikka vapautuu. Ilmoittautumisen voi perua vahvistusviestin linkistä. Tilaisuuksien saavutettavuudesta "
    "kerrotaan tapahtuman sivulla, ja tulkkausta tai muuta tukea voi pyytää etukäteen.",
    "Menetelmäkirjastosta löytyy osallistamisen menetelmiä suunnitteluun, kehittämiseen, arviointiin ja "
    "päätöksentekoon. Jokaisesta menetelmästä kerrotaan, kenelle se sopii, kuinka paljon aikaa se vie ja miten "
    "lapset ja haavoittuvassa asemassa olevat ihmiset otetaan mukaan. Osaajapankista saa apua suunnitteluun.",
    "Avoimista hauista näkee, mihin raateihin ja ryhmiin haetaan parhaillaan uusia jäseniä. Haun sivulla "
    "kerrotaan, keitä haetaan, mitä tehtävä vaatii, paljonko siihen kuluu aikaa ja mitä siitä maksetaan. "
    "Jokainen uusi jäsen saa perehdytyksen, ja tehtävästä tehdään kirjallinen sopimus, jossa sovitaan "
    "tehtävästä, toiminnan säännöistä, vaitiolosta ja tuesta.",
    "Nuorisovaltuusto, vanhusneuvosto ja vammaisneuvosto ovat lakisääteisiä vaikuttamistoimielimiä. Ne antavat "
    "lausuntoja, tekevät aloitteita ja seuraavat, miten palvelut vastaavat asukkaiden tarpeisiin. Neuvostojen "
    "kokousten esityslistat ja pöytäkirjat julkaistaan verkossa, ja asukkaat voivat ottaa yhteyttä jäseniin.",
    "Saavutettavuusselosteessa kerrotaan, miten sivusto täyttää digipalvelulain vaatimukset, mitkä sisällöt eivät "
    "vielä ole saavutettavia ja miten niistä saa tiedon muulla tavalla. Palautetta saavutettavuudesta voi antaa "
    "lomakkeella, ja vastaus tulee kahden viikon kuluessa.",
]
PLAIN = engines["django"].from_string(
    """<!DOCTYPE html>
<html lang="{{ LANGUAGE_CODE }}">
<head><meta charset="utf-8"><title>{{ title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<header><a href="/">{{ site_name }}</a></header>
<main>
<h1>{{ title }}</h1>
{% for paragraph in paragraphs %}<p>{{ paragraph }}</p>
{% endfor %}
<ul>{% for item in items %}<li><a href="/fi/{{ item|slugify }}/">{{ item|title }}</a></li>{% endfor %}</ul>
</main>
<footer><p>{{ site_name }} · {% now "Y" %}</p></footer>
</body>
</html>
"""
)


def ok(request):
    return HttpResponse("ok")


def plain(request):
    context = {
        "title": "Osallistu ja vaikuta",
        "site_name": "Hyvinvointialue",
        "paragraphs": PARAGRAPHS,
        "items": ["asiakasraadit", "vaikuttajaverkosto", "kokemusasiantuntijat", "tapahtumat", "menetelmät"],
    }
    return HttpResponse(PLAIN.render(context, request))


urlpatterns = [
    path("bench/ok", ok),
    path("bench/plain", plain),
    *portal_urls.urlpatterns,
]
handler404 = portal_urls.handler404
handler500 = portal_urls.handler500
