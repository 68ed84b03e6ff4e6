"""The demo site's statistics page, /fi/osallisuus-lukuina/, with its Swedish and English translations."""

from participation.models import StatisticsPage
from portal.demo import body_stream

STATISTICS_PAGE = {
    "slug": "osallisuus-lukuina",
    "slugs": {"sv": "delaktighet-i-siffror", "en": "participation-in-figures"},
    "title": {"fi": "Osallisuus lukuina", "sv": "Delaktighet i siffror", "en": "Participation in figures"},
    "summary": {
        "fi": "Kuinka monta asiaa on nostettu esiin, mitä niille on tapahtunut ja kuinka nopeasti palautteeseen "
        "vastataan – viimeisten 12 kuukauden luvut.",
        "sv": "Hur många ärenden som har lyfts fram, vad som har hänt med dem och hur snabbt respons besvaras – "
        "siffrorna för de senaste 12 månaderna.",
        "en": "How many matters were raised, what happened to them and how fast feedback is answered – the figures "
        "for the last 12 months.",
    },
    "plain_summary": {
        "fi": "Tällä sivulla on lukuja. Luvut kertovat, mitä asukkaiden ideoille on tapahtunut. "
        "Ne kertovat myös, kuinka moni on osallistunut tilaisuuksiin.",
        "sv": "På den här sidan finns siffror. De visar vad som har hänt med invånarnas idéer. "
        "De visar också hur många som har deltagit i evenemang.",
        "en": "This page has numbers. They show what happened to residents' ideas. "
        "They also show how many people took part in events.",
    },
    "intro": {
        "fi": "Hyvinvointialue on luvannut seurata, kuinka usein asukkaiden kanssa pidetään tilaisuuksia, kuinka "
        "moni niihin osallistuu ja missä roolissa, kuinka monta ideaa syntyy ja kuinka moni niistä viedään "
        "käytäntöön.",
        "sv": "Välfärdsområdet har lovat följa hur ofta evenemang med invånarna ordnas, hur många som deltar och i "
        "vilken roll, hur många idéer som föds och hur många av dem som förverkligas.",
        "en": "The wellbeing services county has promised to follow how often events are held with residents, how "
        "many take part and in which role, how many ideas are raised and how many of them are put into practice.",
    },
    "body": [
        {"heading": {"fi": "Miten luvut lasketaan", "sv": "Hur siffrorna räknas", "en": "How the figures are counted"}},
        {
            "fi": "Luvut lasketaan päätösten seurannan sivuista ja tilaisuuksien osallistujamääristä, jotka "
            "järjestäjä kirjaa tilaisuuden jälkeen. Palautteen vastausajat lasketaan lomakkeiden kautta tulleista "
            "viesteistä. Sivulla näkyy vain yhteenlaskettuja lukuja, ei kenenkään henkilötietoja.",
            "sv": "Siffrorna räknas från sidorna i uppföljningen av beslut och från deltagarantalen som arrangören "
            "antecknar efter evenemanget. Svarstiderna räknas från meddelanden som kommit via formulären. Sidan "
            "visar bara sammanräknade siffror, inga personuppgifter.",
            "en": "The figures come from the decision follow-up pages and from the attendance the organiser records "
            "after each event. Answer times are counted from messages sent through the forms. The page shows only "
            "totals, never anyone's personal data.",
        },
        {
            "fi": "Jos jossakin ryhmässä on alle viisi, lukua ei näytetä erikseen, jotta ketään ei voi tunnistaa.",
            "sv": "Om en grupp har färre än fem visas siffran inte separat, så att ingen kan identifieras.",
            "en": "When a group has fewer than five, its number is not shown separately, so that no one can be "
            "identified.",
        },
    ],
}


def load_statistics_page(loader):
    spec = STATISTICS_PAGE
    return loader.upsert_page(
        loader.home,
        StatisticsPage,
        spec["slug"],
        lambda code: {
            "title": spec["title"][code],
            "summary": spec["summary"][code],
            "plain_summary": spec["plain_summary"][code],
            "intro": spec["intro"][code],
            "body": body_stream(spec["body"], code),
            "show_in_menus": False,
        },
        slugs=spec["slugs"],
    )
