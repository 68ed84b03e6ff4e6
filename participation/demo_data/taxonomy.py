"""Target groups and areas: Pirkanmaa's 23 municipalities and the whole county."""


def t(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


TARGET_GROUPS = [
    {"key": "lapset", "name": t("Lapset", "Barn", "Children")},
    {"key": "nuoret", "name": t("Nuoret", "Unga", "Young people")},
    {"key": "lapsiperheet", "name": t("Lapsiperheet", "Barnfamiljer", "Families with children")},
    {"key": "ikaantyneet", "name": t("Ikääntyneet", "Äldre", "Older people")},
    {"key": "vammaiset", "name": t("Vammaiset henkilöt", "Personer med funktionsnedsättning", "Disabled people")},
    {
        "key": "mielenterveys-ja-paihde",
        "name": t(
            "Mielenterveys- ja päihdepalvelujen asiakkaat",
            "Klienter inom mentalvårds- och missbrukartjänster",
            "Mental health and substance abuse service clients",
        ),
    },
    {"key": "omaishoitajat", "name": t("Omaishoitajat", "Närståendevårdare", "Family carers")},
    {"key": "jarjestot", "name": t("Järjestöt ja yhdistykset", "Organisationer och föreningar", "Organisations")},
    {"key": "saamelaiset", "name": t("Saamelaiset", "Samer", "Sámi people")},
    {"key": "kaikki", "name": t("Kaikki asukkaat", "Alla invånare", "All residents"), "covers_all": True},
]

# (slug, Finnish, Swedish) — English uses the Finnish name.
_MUNICIPALITIES = [
    ("akaa", "Akaa", "Akaa"),
    ("hameenkyro", "Hämeenkyrö", "Tavastkyro"),
    ("ikaalinen", "Ikaalinen", "Ikalis"),
    ("juupajoki", "Juupajoki", "Juupajoki"),
    ("kangasala", "Kangasala", "Kangasala"),
    ("kihnio", "Kihniö", "Kihniö"),
    ("kuhmoinen", "Kuhmoinen", "Kuhmoinen"),
    ("lempaala", "Lempäälä", "Lempäälä"),
    ("mantta-vilppula", "Mänttä-Vilppula", "Mänttä-Vilppula"),
    ("nokia", "Nokia", "Nokia"),
    ("orivesi", "Orivesi", "Orivesi"),
    ("parkano", "Parkano", "Parkano"),
    ("pirkkala", "Pirkkala", "Birkala"),
    ("punkalaidun", "Punkalaidun", "Punkalaidun"),
    ("palkane", "Pälkäne", "Pälkäne"),
    ("ruovesi", "Ruovesi", "Ruovesi"),
    ("sastamala", "Sastamala", "Sastamala"),
    ("tampere", "Tampere", "Tammerfors"),
    ("urjala", "Urjala", "Urjala"),
    ("valkeakoski", "Valkeakoski", "Valkeakoski"),
    ("vesilahti", "Vesilahti", "Vesilahti"),
    ("virrat", "Virrat", "Virdois"),
    ("ylojarvi", "Ylöjärvi", "Ylöjärvi"),
]

# "covers_all": the term stands for every term of its list (a page with it matches every alert choice).
AREAS = [
    {"key": "koko-pirkanmaa", "name": t("Koko Pirkanmaa", "Hela Birkaland", "All of Pirkanmaa"), "covers_all": True}
] + [{"key": slug, "name": t(finnish, swedish, finnish)} for slug, finnish, swedish in _MUNICIPALITIES]
