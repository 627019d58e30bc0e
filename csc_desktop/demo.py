"""Demo data for training sessions, screenshots and benchmarks: plausible, multilingual, invented.

Every record goes through the record services (the same normalisation, validation, versions, audit
entries and search documents as a person's input). Titles are non-identifying and pre-investigations
carry case references only: there are no names of suspects or victims. Participants and trainers
are invented combinations of common first names and surnames of the region, written as people
write them: Albanian (ë, ç), Serbian in Cyrillic and in Latin, Macedonian Cyrillic (ѓ, ќ, ѕ),
Bosnian, Croatian and Montenegrin Latin (č, ć, đ, š, ž) and Montenegrin Cyrillic.

The data is a function of the seed alone (record ids and timestamps aside): the demo's calendar
ends on ``AS_OF`` whatever the date, so milestones are never in the demo's future and the same
seed gives the same records next year. A team profile gets its own country's records only; a
headquarters profile gets records of all six beneficiaries.

The TAF workflow has steps for both sides (the team submits, headquarters decides). On real
laptops the other side's steps arrive by sync; the demo takes them itself, in the other role.
"""

from __future__ import annotations

import contextlib
import dataclasses
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from csc_desktop.domain.fields import Kind
from csc_desktop.domain.reference import ReferenceData
from csc_desktop.services.records import ListQuery
from csc_desktop.services.workspace import BENEFICIARIES, Workspace
from csc_desktop.text.translit import cyrillic_to_latin

AS_OF = date(2026, 11, 30)
"""The demo's "today": the last day anything has happened in the demo data."""

Progress = Callable[[int, int], None]
"""Called with (records done, records to do)."""

# -- people ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamePool:
    """First names and surnames of one language, in the script they are stored in."""

    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    cyrillic: bool = False
    feminine_surnames: bool = False  # Стојановски → Стојановска, Ќурчиев → Ќурчиева

    def surname_for(self, surname: str, female: bool) -> str:
        if female and self.feminine_surnames:
            for masculine, feminine in (("ски", "ска"), ("ов", "ова"), ("ев", "ева")):
                if surname.endswith(masculine):
                    return surname[: -len(masculine)] + feminine
        return surname


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


NAMES: dict[str, NamePool] = {
    "sq": NamePool(
        male=_split(
            "Arben Besnik Dritan Gëzim Ilir Kastriot Luan Përparim Fatmir Agron Ermal Endrit "
            "Genc Çlirim Shpëtim Lulzim Blerim Valon Arsim Driton Fisnik Jetmir Qëndrim Bujar "
            "Artan Erion Klodian Sokol Edmond Gentian Arbër Mërgim"
        ),
        female=_split(
            "Anila Besa Drita Elira Fatjona Lindita Mimoza Teuta Valbona Blerina Arta Vjosa "
            "Jehona Shqipe Ardita Donika Elvana Fjolla Klea Kaltrina Entela Brikena Mirela "
            "Rozeta Ilirjana Dafina Ermira Ajola Lulëjeta Blerta Flutura Mëlinda"
        ),
        surnames=_split(
            "Hoxha Shehu Çela Dervishi Kola Leka Gjoka Prifti Mëhilli Çupi Tafaj Zeqiri Bregu "
            "Dushku Hasani Kryeziu Marku Krasniqi Gashi Morina Kelmendi Rexhepi Bytyçi Hajdari "
            "Sylejmani Ahmeti Lleshi Muça Dibra Toska Gjini Xhafa Qerimi Haxhiu Sejdiu Mustafa "
            "Ymeri Bajraktari Spahiu Çaushi Halili Dauti Përmeti Shkëmbi"
        ),
    ),
    "sr": NamePool(
        male=_split(
            "Марко Никола Стефан Милош Душан Лазар Ђорђе Немања Бранко Жељко Драган Предраг "
            "Владимир Александар Иван Милан Небојша Горан Срђан Вељко Ненад Дејан Бојан Јован "
            "Урош Радослав Љубиша Зоран"
        ),
        female=_split(
            "Јелена Милица Ана Марија Драгана Тијана Снежана Јована Љиљана Ивана Наталија "
            "Катарина Бојана Гордана Весна Сања Јасмина Невена Александра Мирјана Данијела "
            "Тамара Ђурђа Светлана Слађана Жељка Биљана Зорица"
        ),
        surnames=_split(
            "Петровић Јовановић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић "
            "Ђукић Радовановић Томић Живковић Пешић Лукић Ћирић Тодоровић Јанковић Чолић Симић "
            "Обрадовић Костић Милутиновић Вуковић Ђурић Савић Гавриловић Ристић Стефановић "
            "Поповић Недељковић Филиповић Џамић Шаренац Жунић Љубисављевић Његовановић"
        ),
        cyrillic=True,
    ),
    "mk": NamePool(
        male=_split(
            "Горан Драган Бојан Александар Зоран Ѓорѓи Ѓорѓе Дејан Игор Кире Никола Трајче "
            "Благој Владо Стефан Дарко Филип Љупчо Ванчо Томе Ѓоко Мартин Ивица Пеце"
        ),
        female=_split(
            "Марија Елена Билјана Ана Катерина Весна Ивана Сашка Маја Ѕвездана Јасмина Бисера "
            "Елизабета Даниела Снежана Ирена Валентина Силвана Ѓурѓица Магдалена Кристина "
            "Ангела Лилјана Верица"
        ),
        surnames=_split(
            "Стојановски Николовски Трајковски Ѓорѓиевски Петровски Јовановски Костовски "
            "Ристовски Ангеловски Илиевски Атанасовски Ќосевски Димитровски Трајчевски "
            "Спасовски Наумовски Митревски Велјановски Ѓуровски Ќурчиев Божинов Стефанов "
            "Андонов Јанев Тасевски Чакмаков Шопов Џамбазов Жежов Ѕвездановски"
        ),
        cyrillic=True,
        feminine_surnames=True,
    ),
    "bs": NamePool(
        male=_split(
            "Emir Adnan Haris Amer Edin Mirza Dženan Tarik Kenan Admir Nermin Senad Armin Jasmin "
            "Almir Eldin Damir Faruk Sead Muhamed Alen Elvir Samir Zlatan Hamza Safet"
        ),
        female=_split(
            "Amra Lejla Selma Aida Emina Merima Ajla Dženana Belma Lamija Amina Jasmina Azra "
            "Sabina Edina Maida Nejra Alma Dženita Elma Medina Šejla Irma Sanela"
        ),
        surnames=_split(
            "Hodžić Hadžić Begović Delić Kovačević Mehmedović Halilović Šehić Hasanović Omerović "
            "Čaušević Mujić Kurtović Bašić Đulić Alić Husić Softić Karić Džaferović Mušić "
            "Ibrahimović Hrustić Zukić Čolaković Salihović Šabić Avdić Smajić Ćatić"
        ),
    ),
    "hr": NamePool(
        male=_split("Ivan Josip Marko Ante Mario Tomislav Stjepan Zoran Dario Krešimir Mate Ivica"),
        female=_split(
            "Ana Marija Ivana Katarina Mirela Sanja Petra Ivona Antonija Željka Dragica Kristina"
        ),
        surnames=_split(
            "Jurić Knežević Marić Perić Barišić Šimić Ćorić Zovko Bošnjak Galić Jelić Mikulić "
            "Vidović Vukoja Čuljak Matić Kožul Ljubić"
        ),
    ),
    "cnr": NamePool(
        male=_split(
            "Вук Лука Никола Балша Дејан Марко Иван Стефан Милош Бранко Велимир Радомир "
            "Предраг Владан Будимир Момчило Андрија Новак Јанко Петар"
        ),
        female=_split(
            "Весна Ивана Милена Јована Сања Драгана Тамара Марија Јелена Бојана Анђела Ђурђина "
            "Невенка Милица Катарина Слађана"
        ),
        surnames=_split(
            "Вујовић Радуловић Поповић Перовић Вуковић Булатовић Шћекић Ђуровић Лакић "
            "Раичевић Ивановић Кнежевић Шарановић Мартиновић Вукчевић Бошковић Радоњић "
            "Вулевић Мијушковић Лалевић Церовић Ћетковић Шћепановић Калезић Делибашић "
            "Томашевић Вујошевић"
        ),
        cyrillic=True,
    ),
}

Writing = tuple[str, bool]
"""A name pool and whether names from it are written in Cyrillic."""

# Who is written how, per country: (name pool, written in Cyrillic?, weight). Serbian is written
# in both scripts; Montenegrin in both, Latin more often; Macedonia has an Albanian community,
# Kosovo* a Serbian one, Bosnia and Herzegovina three languages.
WRITING: dict[str, tuple[tuple[str, bool, int], ...]] = {
    "AL": (("sq", False, 1),),
    "XK": (("sq", False, 17), ("sr", True, 2), ("sr", False, 1)),
    "MK": (("mk", True, 3), ("sq", False, 1)),
    "RS": (("sr", True, 11), ("sr", False, 9)),
    "BA": (("bs", False, 11), ("hr", False, 3), ("sr", True, 4), ("sr", False, 2)),
    "ME": (("cnr", False, 13), ("cnr", True, 4), ("bs", False, 2), ("sq", False, 1)),
}

# The language a team writes its free text in (Montenegrin text is written like Bosnian here).
TEXT_LANGUAGE = {"AL": "sq", "XK": "sq", "MK": "mk", "RS": "sr", "BA": "bs", "ME": "bs"}

GENDERS = (("male", 60), ("female", 35), ("undisclosed", 4), ("other", 1))

# function code -> (institution kinds it works in, weight, position per language)
FUNCTIONS: dict[str, tuple[tuple[str, ...], int, dict[str, str]]] = {
    "investigator": (
        ("police",),
        30,
        {
            "sq": "Hetues",
            "sr": "инспектор",
            "mk": "инспектор",
            "bs": "inspektor",
            "hr": "inspektor",
        },
    ),
    "police_officer": (
        ("police", "other_law_enforcement"),
        20,
        {
            "sq": "Oficer policie",
            "sr": "полицијски службеник",
            "mk": "полициски службеник",
            "bs": "policijski službenik",
            "hr": "policijski službenik",
        },
    ),
    "prosecutor": (
        ("prosecution_office",),
        20,
        {
            "sq": "Prokuror",
            "sr": "тужилац",
            "mk": "јавен обвинител",
            "bs": "tužilac",
            "hr": "tužitelj",
        },
    ),
    "analyst": (
        ("police", "other_law_enforcement"),
        12,
        {
            "sq": "Analist kriminal",
            "sr": "криминалистички аналитичар",
            "mk": "криминалистички аналитичар",
            "bs": "kriminalistički analitičar",
            "hr": "kriminalistički analitičar",
        },
    ),
    "ministry_official": (
        ("ministry_of_interior", "ministry_of_justice"),
        8,
        {
            "sq": "Zyrtar në ministri",
            "sr": "саветник у министарству",
            "mk": "советник во министерство",
            "bs": "stručni savjetnik",
            "hr": "stručni savjetnik",
        },
    ),
    "customs_border_officer": (
        ("police", "other_law_enforcement"),
        6,
        {
            "sq": "Oficer kufitar",
            "sr": "гранични полицајац",
            "mk": "граничен полицаец",
            "bs": "granični policajac",
            "hr": "granični policajac",
        },
    ),
    "judge": (
        (),
        4,
        {"sq": "Gjyqtar", "sr": "судија", "mk": "судија", "bs": "sudija", "hr": "sudac"},
    ),
}

EU_TRAINERS = (
    "Katrin Hoffmann (BKA, Germany)",
    "Pieter van Dijk (Dutch National Police)",
    "Elena Ruiz Montes (Guardia Civil, Spain)",
    "Marco Ferri (Guardia di Finanza, Italy)",
    "Agnieszka Wiśniewska (Polish Police)",
    "Jonas Lindström (Swedish Police Authority)",
    "Tomáš Novák (Czech Police)",
    "Sofia Papadopoulou (Hellenic Police)",
    "Markus Gruber (Criminal Intelligence Service Austria)",
    "Liisa Tamm (Estonian Police and Border Guard Board)",
    "Claire Lefèvre (Eurojust)",
    "Nuno Carvalho (Europol)",
    "Ana Kovač (Croatian Police)",
    "Brigitte Weber (public prosecutor, Germany)",
)

# -- places and text ---------------------------------------------------------------------------

# (as written locally, as written in English)
PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "AL": (
        ("Tiranë", "Tirana"),
        ("Durrës", "Durrës"),
        ("Vlorë", "Vlorë"),
        ("Shkodër", "Shkodër"),
        ("Korçë", "Korçë"),
        ("Kakavijë", "Kakavijë"),
    ),
    "XK": (
        ("Prishtinë", "Pristina"),
        ("Prizren", "Prizren"),
        ("Pejë", "Peja"),
        ("Ferizaj", "Ferizaj"),
        ("Gjakovë", "Gjakova"),
        ("Mitrovicë", "Mitrovica"),
    ),
    "MK": (
        ("Скопје", "Skopje"),
        ("Куманово", "Kumanovo"),
        ("Гевгелија", "Gevgelija"),
        ("Битола", "Bitola"),
        ("Тетово", "Tetovo"),
        ("Ѓорче Петров", "Gjorče Petrov"),
    ),
    "RS": (
        ("Београд", "Belgrade"),
        ("Нови Сад", "Novi Sad"),
        ("Ниш", "Niš"),
        ("Суботица", "Subotica"),
        ("Прешево", "Preševo"),
        ("Хоргош", "Horgoš"),
    ),
    "BA": (
        ("Sarajevo", "Sarajevo"),
        ("Mostar", "Mostar"),
        ("Tuzla", "Tuzla"),
        ("Bihać", "Bihać"),
        ("Brčko", "Brčko"),
        ("Бања Лука", "Banja Luka"),
    ),
    "ME": (
        ("Podgorica", "Podgorica"),
        ("Bar", "Bar"),
        ("Budva", "Budva"),
        ("Nikšić", "Nikšić"),
        ("Herceg Novi", "Herceg Novi"),
        ("Bijelo Polje", "Bijelo Polje"),
    ),
}

VENUES: dict[str, tuple[str, ...]] = {
    "AL": (
        "Akademia e Sigurisë, Tiranë",
        "Shkolla e Magjistraturës, Tiranë",
        "Hotel Adriatik, Durrës",
        "Hotel Tirana International, Tiranë",
        "Qendra e Trajnimit të Policisë, Shkodër",
    ),
    "XK": (
        "Akademia e Kosovës për Siguri Publike, Vushtrri",
        "Hotel Sirius, Prishtinë",
        "Hotel Emerald, Prishtinë",
        "Qendra e Trajnimit, Prizren",
    ),
    "MK": (
        "Хотел Континентал, Скопје",
        "Академија за судии и јавни обвинители, Скопје",
        "Хотел Метропол, Охрид",
        "Центар за обука, Ѓорче Петров",
        "Хотел Дрим, Струга",
    ),
    "RS": (
        "Хотел Метропол, Београд",
        "Правосудна академија, Београд",
        "Kriminalističko-policijski univerzitet, Zemun",
        "Хотел Парк, Нови Сад",
        "Центар за обуку, Ниш",
    ),
    "BA": (
        "Hotel Europe, Sarajevo",
        "Agencija za školovanje i stručno usavršavanje kadrova, Mostar",
        "Хотел Босна, Бања Лука",
        "Hotel Tuzla, Tuzla",
        "Centar za edukaciju sudija i tužilaca FBiH, Sarajevo",
    ),
    "ME": (
        "Policijska akademija, Danilovgrad",
        "Hotel Podgorica, Podgorica",
        "Hotel Splendid, Bečići",
        "Centar za obuku u sudstvu i državnom tužilaštvu, Podgorica",
        "Хотел Планинка, Жабљак",
    ),
}

# Pre-investigation titles by crime area, non-identifying; "{place}" takes a place of the country.
CASE_TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "migrant_smuggling": {
        "en": (
            "Migrant smuggling route via {place}",
            "Smuggling of migrants in lorries through {place}",
        ),
        "sq": ("{place}: kontrabanda e emigrantëve me kamionë",),
        "sr": ("{place}: кријумчарење миграната камионима",),
        "mk": ("{place}: криумчарење мигранти со камиони",),
        "bs": ("{place}: krijumčarenje migranata kamionima",),
    },
    "trafficking_in_human_beings": {
        "en": (
            "Labour exploitation in seasonal agriculture around {place}",
            "Recruitment for sexual exploitation through online adverts",
        ),
        "sq": ("{place}: shfrytëzim në punë bujqësore sezonale",),
        "sr": ("{place}: радна експлоатација у сезонској пољопривреди",),
        "mk": ("{place}: трудова експлоатација во сезонско земјоделство",),
        "bs": ("{place}: radna eksploatacija u sezonskoj poljoprivredi",),
    },
    "drug_trafficking": {
        "en": (
            "Cocaine in banana containers via {place}",
            "Cannabis cultivation network near {place}",
        ),
        "sq": ("{place}: kokainë në kontejnerë bananesh",),
        "sr": ("{place}: кокаин у контејнерима с бананама",),
        "mk": ("{place}: кокаин во контејнери со банани",),
        "bs": ("{place}: kokain u kontejnerima s bananama",),
    },
    "economic_financial_crime": {
        "en": (
            "VAT carousel fraud in the fuel trade",
            "Money laundering through real-estate purchases in {place}",
        ),
        "sq": ("{place}: pastrim parash përmes blerjes së pasurive të paluajtshme",),
        "sr": ("{place}: прање новца куповином некретнина",),
        "mk": ("{place}: перење пари преку купување недвижности",),
        "bs": ("{place}: pranje novca kupovinom nekretnina",),
    },
    "cyber_attacks": {
        "en": (
            "Ransomware attack on a hospital network in {place}",
            "Phishing campaign against online banking users",
        ),
        "sq": ("{place}: sulm me ransomware ndaj rrjetit të një spitali",),
        "sr": ("{place}: напад рансомвером на мрежу болнице",),
        "mk": ("{place}: напад со рансомвер врз мрежата на болница",),
        "bs": ("{place}: napad ransomwareom na mrežu bolnice",),
    },
    "online_fraud": {
        "en": ("Online investment fraud call centre in {place}",),
        "sq": ("{place}: qendër thirrjesh për mashtrime me investime online",),
        "sr": ("{place}: позивни центар за онлајн инвестиционе преваре",),
        "mk": ("{place}: повикувачки центар за онлајн инвестициски измами",),
        "bs": ("{place}: pozivni centar za online investicijske prevare",),
    },
    "child_sexual_exploitation": {
        "en": ("Child sexual abuse material shared in closed online groups",),
        "sq": ("Material i abuzimit seksual me fëmijë në grupe të mbyllura online",),
        "sr": ("Материјал сексуалног злостављања деце у затвореним онлајн групама",),
        "mk": ("Материјал за сексуална злоупотреба на деца во затворени онлајн групи",),
        "bs": ("Materijal seksualnog zlostavljanja djece u zatvorenim online grupama",),
    },
    "firearms_trafficking": {
        "en": (
            "Firearms from legacy stockpiles offered online",
            "Converted alarm pistols sold near {place}",
        ),
        "sq": ("{place}: armë zjarri nga depot e vjetra të ofruara online",),
        "sr": ("{place}: ватрено оружје из старих залиха нуђено на интернету",),
        "mk": ("{place}: огнено оружје од стари залихи понудено на интернет",),
        "bs": ("{place}: vatreno oružje iz starih zaliha nuđeno na internetu",),
    },
    "environmental_crime": {
        "en": ("Illegal waste shipments across the border near {place}",),
        "sq": ("{place}: transport i paligjshëm i mbetjeve përtej kufirit",),
        "sr": ("{place}: незаконит превоз отпада преко границе",),
        "mk": ("{place}: незаконски превоз на отпад преку границата",),
        "bs": ("{place}: nezakonit prevoz otpada preko granice",),
    },
    "organised_property_crime": {
        "en": ("Stolen vehicles exported through {place}",),
        "sq": ("{place}: automjete të vjedhura të eksportuara",),
        "sr": ("{place}: извоз украдених возила",),
        "mk": ("{place}: извоз на украдени возила",),
        "bs": ("{place}: izvoz ukradenih vozila",),
    },
    "criminal_networks": {
        "en": (
            "Network controlling drug distribution in {place}",
            "Corruption-enabled network in public procurement",
        ),
        "sq": ("{place}: rrjet kriminal që kontrollon shpërndarjen e drogës",),
        "sr": ("{place}: криминална мрежа која контролише дистрибуцију дроге",),
        "mk": ("{place}: криминална мрежа што ја контролира дистрибуцијата на дрога",),
        "bs": ("{place}: kriminalna mreža koja kontroliše distribuciju droge",),
    },
    "terrorism": {
        "en": ("Financing of terrorism through informal money transfers",),
        "sq": ("Financim i terrorizmit përmes transfertave joformale të parave",),
        "sr": ("Финансирање тероризма неформалним преносом новца",),
        "mk": ("Финансирање тероризам преку неформални парични трансфери",),
        "bs": ("Finansiranje terorizma neformalnim prijenosom novca",),
    },
    "violent_extremism": {
        "en": ("Online propaganda channel inciting violence",),
        "sq": ("Kanal propagande online që nxit dhunën",),
        "sr": ("Онлајн пропагандни канал који подстиче насиље",),
        "mk": ("Онлајн пропаганден канал што поттикнува насилство",),
        "bs": ("Online propagandni kanal koji podstiče nasilje",),
    },
}

# How often each crime area comes up (THB and migrant smuggling are the project's focus).
CRIME_AREA_WEIGHTS = {
    "migrant_smuggling": 14,
    "trafficking_in_human_beings": 12,
    "drug_trafficking": 14,
    "economic_financial_crime": 10,
    "criminal_networks": 8,
    "cyber_attacks": 5,
    "online_fraud": 6,
    "child_sexual_exploitation": 3,
    "firearms_trafficking": 6,
    "environmental_crime": 3,
    "organised_property_crime": 3,
    "terrorism": 3,
    "violent_extremism": 3,
}

CASE_REFERENCE = {
    "AL": "SPAK-{n}/{yy}",
    "XK": "PPS.nr.{n}/{yyyy}",
    "MK": "ОЈО ГОКК {n}/{yy}",
    "RS": "КТО-{n}/{yy}",
    "BA": "T20 0 KTO {n} {yy}",
    "ME": "Kt-S {n}/{yy}",
}

SUPPORT_GIVEN = {
    "en": (
        "Analysis of financial flows; drafting of the request for a JIT.",
        "Operational meetings with Europol analysts; SIENA messages exchanged with partner states.",
        "Support to the drafting of requests for mutual legal assistance.",
        "Mapping of the network's communication devices and cross-border movements.",
        "Asset tracing and preparation of freezing orders.",
    ),
    "sq": (
        "Analiza e flukseve financiare dhe përgatitja e kërkesës për ekip të përbashkët hetimor.",
        "Takime operative me analistët e Europolit; shkëmbim mesazhesh përmes SIENA.",
    ),
    "sr": (
        "Анализа финансијских токова и припрема захтева за заједнички истражни тим.",
        "Оперативни састанци са аналитичарима Европола; размена порука преко SIENA.",
    ),
    "mk": (
        "Анализа на финансиските текови и подготовка на барање за заеднички истражен тим.",
        "Оперативни средби со аналитичари на Европол; размена на пораки преку SIENA.",
    ),
    "bs": (
        "Analiza finansijskih tokova i priprema zahtjeva za zajednički istražni tim.",
        "Operativni sastanci s analitičarima Europola; razmjena poruka putem SIENA.",
    ),
}

# Training topics: English topic, title per language, crime areas it is about.
TRAINING_TOPICS: tuple[tuple[str, dict[str, str], tuple[str, ...]], ...] = (
    (
        "Parallel financial investigations",
        {
            "sq": "Hetime financiare paralele",
            "sr": "Паралелне финансијске истраге",
            "mk": "Паралелни финансиски истраги",
            "bs": "Paralelne finansijske istrage",
        },
        ("economic_financial_crime", "criminal_networks"),
    ),
    (
        "Cryptocurrency tracing for investigators",
        {
            "sq": "Gjurmimi i kriptomonedhave për hetuesit",
            "sr": "Праћење криптовалута за истражитеље",
            "mk": "Следење криптовалути за истражители",
            "bs": "Praćenje kriptovaluta za istražitelje",
        },
        ("economic_financial_crime", "online_fraud", "cyber_attacks"),
    ),
    (
        "Joint Investigation Teams: from agreement to evidence",
        {
            "sq": "Ekipet e përbashkëta hetimore: nga marrëveshja te provat",
            "sr": "Заједнички истражни тимови: од споразума до доказа",
            "mk": "Заеднички истражни тимови: од договор до докази",
            "bs": "Zajednički istražni timovi: od sporazuma do dokaza",
        },
        ("migrant_smuggling", "trafficking_in_human_beings", "drug_trafficking"),
    ),
    (
        "Open-source intelligence (OSINT) for investigators",
        {
            "sq": "Inteligjenca nga burime të hapura (OSINT)",
            "sr": "Обавештајни подаци из отворених извора (OSINT)",
            "mk": "Разузнавање од отворени извори (OSINT)",
            "bs": "Obavještajni podaci iz otvorenih izvora (OSINT)",
        },
        ("criminal_networks", "violent_extremism"),
    ),
    (
        "Digital evidence: seizure and chain of custody",
        {
            "sq": "Provat digjitale: sekuestrimi dhe zinxhiri i ruajtjes",
            "sr": "Дигитални докази: одузимање и ланац чувања",
            "mk": "Дигитални докази: одземање и синџир на чување",
            "bs": "Digitalni dokazi: oduzimanje i lanac čuvanja",
        },
        ("cyber_attacks", "child_sexual_exploitation"),
    ),
    (
        "Criminal analysis and social network analysis",
        {
            "sq": "Analiza kriminale dhe analiza e rrjeteve",
            "sr": "Криминалистичка анализа и анализа мрежа",
            "mk": "Криминалистичка анализа и анализа на мрежи",
            "bs": "Kriminalistička analiza i analiza mreža",
        },
        ("criminal_networks", "drug_trafficking"),
    ),
    (
        "Special investigative measures and their admissibility",
        {
            "sq": "Masat e posaçme hetimore dhe pranueshmëria e tyre",
            "sr": "Посебне доказне радње и њихова допуштеност",
            "mk": "Посебни истражни мерки и нивната допуштеност",
            "bs": "Posebne istražne radnje i njihova dopuštenost",
        },
        ("criminal_networks", "drug_trafficking", "firearms_trafficking"),
    ),
    (
        "Identifying and protecting victims of trafficking",
        {
            "sq": "Identifikimi dhe mbrojtja e viktimave të trafikimit",
            "sr": "Идентификација и заштита жртава трговине људима",
            "mk": "Идентификација и заштита на жртви на трговија со луѓе",
            "bs": "Identifikacija i zaštita žrtava trgovine ljudima",
        },
        ("trafficking_in_human_beings",),
    ),
    (
        "Cross-border cooperation: MLA requests and SIENA",
        {
            "sq": "Bashkëpunimi ndërkufitar: letërporositë dhe SIENA",
            "sr": "Прекогранична сарадња: замолнице и SIENA",
            "mk": "Прекугранична соработка: замолници и SIENA",
            "bs": "Prekogranična saradnja: zamolnice i SIENA",
        },
        ("migrant_smuggling", "drug_trafficking"),
    ),
    (
        "Firearms tracing and ballistic information",
        {
            "sq": "Gjurmimi i armëve të zjarrit dhe informacioni balistik",
            "sr": "Праћење ватреног оружја и балистички подаци",
            "mk": "Следење огнено оружје и балистички податоци",
            "bs": "Praćenje vatrenog oružja i balistički podaci",
        },
        ("firearms_trafficking", "terrorism"),
    ),
    (
        "Investigating environmental crime",
        {
            "sq": "Hetimi i krimit mjedisor",
            "sr": "Истраживање еколошког криминала",
            "mk": "Истражување на еколошки криминал",
            "bs": "Istraživanje ekološkog kriminala",
        },
        ("environmental_crime",),
    ),
    (
        "Countering online radicalisation",
        {
            "sq": "Kundërvënia ndaj radikalizimit online",
            "sr": "Сузбијање радикализације на интернету",
            "mk": "Спротивставување на радикализацијата на интернет",
            "bs": "Suzbijanje radikalizacije na internetu",
        },
        ("violent_extremism", "terrorism"),
    ),
)

TAF_JUSTIFICATION = (
    "The institution has no in-house expertise on this subject; the assistance builds capacity "
    "that stays after the mission.",
    "Joint proposal of the prosecution and the police; complements, and does not duplicate, "
    "bilateral assistance.",
    "Follows the recommendations of the latest evaluation; results feed the operational action "
    "plan.",
)
TAF_EXPERTISE = (
    "Senior financial investigator with experience of asset recovery in cross-border cases.",
    "Prosecutor experienced in Joint Investigation Teams and Eurojust coordination meetings.",
    "Digital forensics examiner (mobile devices, cloud data).",
    "Criminal analyst with training experience in social network analysis.",
    "Legal drafter with knowledge of the EU acquis under Chapters 23 and 24.",
)
HQ_ASSESSMENT = (
    "Meets the criteria; clear link to the EMPACT priority; budget plausible.",
    "Relevant and well justified; expert profile to be specified.",
    "Partly meets the criteria: the expected results are vague.",
)
HQ_DECISION = (
    "Approved as requested.",
    "Approved with a reduced number of expert-days.",
    "Rejected: the activity duplicates assistance already planned by another donor.",
)

# How TAF requests are spread over the workflow, and the actions that lead there.
TAF_OUTCOMES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("draft", 12, ()),
    ("submitted", 14, ("submit",)),
    ("assessed", 10, ("submit", "assess")),
    ("approved", 16, ("submit", "assess", "approve")),
    ("rejected", 8, ("submit", "assess", "reject")),
    ("delivered", 24, ("submit", "assess", "approve", "deliver")),
    ("closed", 16, ("submit", "assess", "approve", "deliver", "close")),
)
HQ_ACTIONS = ("assess", "approve", "reject")
PARTNER_STATES = ("DE", "IT", "AT", "NL", "FR", "ES", "SE", "HR", "SI", "GR", "BG", "HU", "CH")


# -- generating records --------------------------------------------------------------------


@dataclass
class WorkflowStep:
    action: str
    on: date
    role: str
    fields: dict[str, Any] = field(default_factory=dict)  # set in the same role just before


@dataclass
class TafPlan:
    data: dict[str, Any]
    steps: list[WorkflowStep]
    links_training: bool  # the delivered assistance became one of the country's trainings


def _weighted(rng: random.Random, options: dict[str, int] | list[tuple[Any, int]]) -> Any:
    pairs = list(options.items()) if isinstance(options, dict) else options
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


class DemoMaker:
    """Plausible record data, one call per record; a function of the seed and the countries."""

    def __init__(
        self,
        reference: ReferenceData,
        countries: tuple[str, ...],
        seed: int = 0,
        participants: tuple[int, int] = (8, 40),
        numbered_from: dict[str, int] | None = None,
    ):
        self.rng = random.Random(seed)
        self.reference = reference
        self.countries = countries
        self.participants = participants
        self._institutions: dict[tuple[str, str], list[str]] = {}
        for item in reference.items("institution"):
            key = (item.attrs.get("country") or "", item.attrs.get("kind") or "")
            if item.attrs.get("source") != "local":  # only the seeded ones: stable across profiles
                self._institutions.setdefault(key, []).append(item.code)
        self._references: dict[str, int] = dict(numbered_from or {})

    # -- building blocks

    def country(self) -> str:
        return self.rng.choice(self.countries)

    def institution(self, country: str, *kinds: str) -> str | None:
        """One of the country's institutions of these kinds (where the police is part of the
        Ministry of Interior, as in North Macedonia, the ministry)."""
        for choice in (
            kinds or ("police", "prosecution_office", "other_law_enforcement"),
            ("ministry_of_interior",),
        ):
            pool = [code for kind in choice for code in self._institutions.get((country, kind), [])]
            if pool:
                return self.rng.choice(pool)
        return None

    def person(self, country: str) -> tuple[str, str, Writing]:
        """(name, gender, how it is written) of someone from ``country``."""
        writing: Writing = _weighted(self.rng, [((p, c), w) for p, c, w in WRITING[country]])
        pool_name, cyrillic = writing
        pool = NAMES[pool_name]
        gender = _weighted(self.rng, list(GENDERS))
        female = gender == "female" or (gender != "male" and self.rng.random() < 0.5)
        first = self.rng.choice(pool.female if female else pool.male)
        name = f"{first} {pool.surname_for(self.rng.choice(pool.surnames), female)}"
        if pool.cyrillic and not cyrillic:
            name = cyrillic_to_latin(name, "mk" if pool_name == "mk" else "sr")
        return name, gender, writing

    def crime_areas(self, on: date, *, preferred: tuple[str, ...] = (), most: int = 2) -> list[str]:
        valid = {i.code for i in self.reference.items("crime_area", on=on)}
        weights = {
            code: w * (6 if code in preferred else 1)
            for code, w in CRIME_AREA_WEIGHTS.items()
            if code in valid
        }
        first = _weighted(self.rng, weights)
        chosen = [first]
        if most > 1 and self.rng.random() < 0.3:
            second = _weighted(self.rng, weights)
            if second != first:
                chosen.append(second)
        return chosen

    def text_language(self, country: str, english_share: float = 0.4) -> str:
        return "en" if self.rng.random() < english_share else TEXT_LANGUAGE[country]

    def place(self, country: str, language: str) -> str:
        local, english = self.rng.choice(PLACES[country])
        return english if language == "en" else local

    def _latin_sometimes(self, text: str, language: str) -> str:
        # Serbian teams write in both scripts.
        if language == "sr" and self.rng.random() < 0.45:
            return cyrillic_to_latin(text)
        return text

    # -- the three kinds

    def pre_investigation(self) -> dict[str, Any]:
        rng = self.rng
        country = self.country()
        opened = _day_between(rng, date(2022, 1, 10), AS_OF - timedelta(days=5))
        areas = self.crime_areas(opened)
        language = self.text_language(country)
        template = rng.choice(CASE_TITLES[areas[0]][language])
        title = self._latin_sometimes(
            template.format(place=self.place(country, language)), language
        )
        n = self._references[country] = self._references.get(country, 0) + 1
        reference = CASE_REFERENCE[country].format(
            n=f"{n:05d}", yy=f"{opened.year % 100:02d}", yyyy=opened.year
        )
        cross_border = rng.random() < 0.7
        support_language = self.text_language(country, 0.5)
        data: dict[str, Any] = {
            "title": title,
            "country": country,
            "reference": reference,
            "opened_on": opened.isoformat(),
            "crime_areas": areas,
            "lead_institution": self.institution(country, "prosecution_office"),
            "institutions": sorted(
                {c for c in (self.institution(country), self.institution(country)) if c}
            ),
            "cross_border": cross_border,
            "support_given": self._latin_sometimes(
                rng.choice(SUPPORT_GIVEN[support_language]), support_language
            ),
        }
        if cross_border:
            data["partner_countries"] = sorted(set(rng.sample(PARTNER_STATES, rng.randint(1, 3))))
            data["eu_agencies"] = ["europol"] + (["eurojust"] if rng.random() < 0.5 else [])
        self._milestones(data, opened)
        return data

    def _milestones(self, data: dict[str, Any], opened: date) -> None:
        rng = self.rng
        day = opened
        for key, chance, gap in (
            ("submitted_to_prosecutor_on", 0.65, (20, 240)),
            ("accepted_by_prosecutor_on", 0.7, (7, 90)),
            ("prosecution_started_on", 0.45, (20, 200)),
        ):
            day = day + timedelta(days=rng.randint(*gap))
            if day > AS_OF or rng.random() > chance:
                break
            data[key] = day.isoformat()
        if data.get("cross_border") and rng.random() < 0.1:
            jit = opened + timedelta(days=rng.randint(60, 400))
            if jit <= AS_OF:
                data["jit_established_on"] = jit.isoformat()
                data["jit_partner_states"] = list(data.get("partner_countries") or ["DE"])[:2]
                data["jit_eurojust"] = True
                data["jit_europol"] = rng.random() < 0.7
        if "prosecution_started_on" in data and rng.random() < 0.3:
            closed = date.fromisoformat(data["prosecution_started_on"]) + timedelta(
                days=rng.randint(30, 300)
            )
            if closed <= AS_OF:
                data["closed_on"] = closed.isoformat()

    def training(self) -> dict[str, Any]:
        rng = self.rng
        country = self.country()
        start = _day_between(rng, date(2023, 1, 9), date(2026, 12, 14))
        start -= timedelta(days=start.weekday() % 3)  # Monday to Wednesday
        days = _weighted(rng, [(1, 2), (2, 4), (3, 5), (4, 2), (5, 2)])
        end = start + timedelta(days=days - 1)
        topic, titles, areas = rng.choice(TRAINING_TOPICS)
        language = self.text_language(country, 0.3)
        title = topic if language == "en" else self._latin_sometimes(titles[language], language)
        if end > AS_OF:
            status = "planned"
        else:
            status = _weighted(rng, [("held", 92), ("cancelled", 4), ("planned", 4)])
        trainers = [*rng.sample(EU_TRAINERS, rng.randint(1, 2)), self.person(country)[0]]
        data: dict[str, Any] = {
            "title": title,
            "country": country,
            "topic": topic,
            "crime_areas": self.crime_areas(start, preferred=areas),
            "start_date": start.isoformat(),
            "end_date": end.isoformat(),
            "venue": rng.choice(VENUES[country]),
            "trainers": ", ".join(trainers),
            "organiser_institution": self.institution(country),
            "beneficiary_institutions": sorted(
                {c for c in (self.institution(country), self.institution(country)) if c}
            ),
            "status": status,
        }
        # Headquarters' profile has regional trainings with neighbours among the participants.
        regional = len(self.countries) > 1 and rng.random() < 0.1
        data["participants"] = [
            self.participant(
                rng.choice(self.countries) if regional else country, days, status == "held"
            )
            for _ in range(rng.randint(*self.participants))
        ]
        return data

    def participant(self, country: str, days: int, held: bool) -> dict[str, Any]:
        rng = self.rng
        name, gender, (pool_name, cyrillic) = self.person(country)
        function = _weighted(rng, [(code, spec[1]) for code, spec in FUNCTIONS.items()])
        kinds, _, positions = FUNCTIONS[function]
        if pool_name == "cnr":  # Montenegrin positions read like Serbian (Cyrillic) or Bosnian
            position = positions["sr" if cyrillic else "bs"]
        else:
            position = positions[pool_name]
            if pool_name == "sr" and not cyrillic:
                position = cyrillic_to_latin(position)
        person: dict[str, Any] = {
            "name": name,
            "gender": gender,
            "institution": self.institution(country, *kinds) if kinds else None,
            "position": position,
            "function": function,
        }
        if held:
            person["attendance"] = [rng.random() < 0.95 for _ in range(days)]
            if rng.random() < 0.9:
                person["evaluation"] = _weighted(rng, [(5, 42), (4, 38), (3, 14), (2, 4), (1, 2)])
            if rng.random() < 0.7:
                before = rng.randint(30, 75)
                person["pre_score"] = before
                person["post_score"] = min(100, before + rng.randint(-5, 35))
        return person

    def taf_request(self) -> TafPlan:
        rng = self.rng
        country = self.country()
        outcome = _weighted(rng, [((o, a), w) for o, w, a in TAF_OUTCOMES])
        status, actions = outcome
        if status in ("draft", "submitted", "assessed"):
            start = _day_between(rng, AS_OF - timedelta(days=40), AS_OF + timedelta(days=240))
        elif status == "approved":
            start = _day_between(rng, AS_OF - timedelta(days=20), AS_OF + timedelta(days=200))
        else:
            start = _day_between(rng, date(2022, 3, 1), AS_OF - timedelta(days=120))
        kind = _weighted(
            rng,
            [
                ("expert_mission", 30),
                ("workshop", 20),
                ("study_visit", 15),
                ("joint_exercise", 10),
                ("legal_drafting", 10),
                ("training_course", 15),
            ],
        )
        days = rng.randint(2, 10)
        topic, titles, areas = rng.choice(TRAINING_TOPICS)
        language = self.text_language(country, 0.7)
        type_name = self.reference.name("taf_type", kind, language)
        title = (
            f"{type_name}: {topic[0].lower()}{topic[1:]}"
            if language == "en"
            else self._latin_sometimes(f"{titles[language]} ({type_name.lower()})", language)
        )
        expert_days = days * rng.choice((1, 2, 2, 3))
        budget = round(expert_days * rng.uniform(650, 1100) + rng.randint(0, 20) * 250, 2)
        requester = self.institution(country, "police", "prosecution_office")
        partners = {self.institution(country) for _ in range(rng.randint(0, 2))} - {requester, None}
        data: dict[str, Any] = {
            "title": title,
            "country": country,
            "requesting_institution": requester,
            "partner_institutions": sorted(p for p in partners if p),
            "topic": topic,
            "crime_areas": self.crime_areas(start, preferred=areas),
            "assistance_type": kind,
            "expertise_profile": rng.choice(TAF_EXPERTISE),
            "start_date": start.isoformat(),
            "end_date": (start + timedelta(days=days - 1)).isoformat(),
            "expert_days": expert_days,
            "participants_count": rng.randint(8, 35),
            "budget_eur": budget,
            "justification": rng.choice(TAF_JUSTIFICATION),
            "criteria": sorted(
                rng.sample(
                    [
                        "chapter_23_24_mandate",
                        "joint_proposal",
                        "eu_added_value",
                        "sustainability",
                        "cost_efficiency",
                        "no_duplication",
                    ],
                    rng.randint(2, 6),
                )
            ),
        }
        return TafPlan(data, self._taf_steps(actions, start, budget), "deliver" in actions)

    def _taf_steps(
        self, actions: tuple[str, ...], start: date, budget: float
    ) -> list[WorkflowStep]:
        rng = self.rng
        day = start - timedelta(days=rng.randint(50, 120))
        steps: list[WorkflowStep] = []
        for action in actions:
            if action == "submit":
                day = min(day, AS_OF - timedelta(days=30))
            elif action == "deliver":
                day = start + timedelta(days=rng.randint(10, 20))
            else:
                day = day + timedelta(days=rng.randint(5, 25))
            day = min(day, AS_OF)
            fields: dict[str, Any] = {}
            if action == "assess":
                fields = {"assessment": rng.choice(HQ_ASSESSMENT)}
            elif action == "approve":
                fields = {
                    "decision_notes": rng.choice(HQ_DECISION[:2]),
                    "approved_budget_eur": round(budget * rng.choice((1, 1, 0.9, 0.8)), 2),
                }
            elif action == "reject":
                fields = {"decision_notes": HQ_DECISION[2]}
            steps.append(
                WorkflowStep(action, day, "hq" if action in HQ_ACTIONS else "team", fields)
            )
        return steps


# -- writing through the services -----------------------------------------------------------


@contextlib.contextmanager
def acting_as(ws: Workspace, role: str) -> Iterator[None]:
    """Take the other side's workflow steps (see the module's note)."""
    real = ws.identity
    if real.role == role:
        yield
        return
    person = "Demo HQ analyst" if role == "hq" else "Demo country team"
    ws.identity = dataclasses.replace(real, role=role, person=person)
    try:
        yield
    finally:
        ws.identity = real


def _maker(ws: Workspace, seed: int, participants: tuple[int, int] = (8, 40)) -> DemoMaker:
    if ws.identity.role == "team" and ws.identity.country:
        countries: tuple[str, ...] = (ws.identity.country,)
    else:
        countries = BENEFICIARIES
    # Case references go on from the profile's pre-investigations, so that a second run of the
    # demo on the same profile does not repeat a reference.
    existing = {
        country: ws.records.count(
            ListQuery(Kind.PRE_INVESTIGATION, countries=(country,), include_deleted=True)
        )
        for country in countries
    }
    return DemoMaker(ws.reference, countries, seed, participants, existing)


def _counts() -> dict[str, int]:
    return {
        Kind.PRE_INVESTIGATION.value: 0,
        Kind.TAF_REQUEST.value: 0,
        Kind.TRAINING.value: 0,
        "participants": 0,
    }


def populate(
    ws: Workspace,
    *,
    pre_investigations: int = 40,
    taf_requests: int = 20,
    trainings: int = 25,
    participants_per_training: tuple[int, int] = (8, 40),
    seed: int = 0,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a profile with demo records, one service call per record and workflow step (as a
    person would). Returns how many records of each kind (and participants) were created."""
    maker = _maker(ws, seed, participants_per_training)
    total = pre_investigations + taf_requests + trainings
    counts = _counts()
    trainings_of: dict[str, list[str]] = {}

    def done() -> None:
        if progress is not None:
            progress(sum(v for k, v in counts.items() if k != "participants"), total)

    for _ in range(trainings):
        data = maker.training()
        record = ws.records.create(Kind.TRAINING, data)
        trainings_of.setdefault(data["country"], []).append(record["id"])
        counts[Kind.TRAINING.value] += 1
        counts["participants"] += len(record["participants"])
        done()
    for _ in range(pre_investigations):
        ws.records.create(Kind.PRE_INVESTIGATION, maker.pre_investigation())
        counts[Kind.PRE_INVESTIGATION.value] += 1
        done()
    for _ in range(taf_requests):
        plan = maker.taf_request()
        record_id = ws.records.create(Kind.TAF_REQUEST, plan.data)["id"]
        link = _pick_link(maker, plan, trainings_of)
        for step in plan.steps:
            with acting_as(ws, step.role):
                fields = dict(step.fields)
                if step.action == "deliver" and link:
                    fields["linked_record"] = link
                if fields:
                    ws.records.update(record_id, fields)
                ws.records.change_status(record_id, step.action, on=step.on)
        counts[Kind.TAF_REQUEST.value] += 1
        done()
    return counts


def _pick_link(maker: DemoMaker, plan: TafPlan, trainings_of: dict[str, list[str]]) -> str | None:
    candidates = trainings_of.get(plan.data["country"], [])
    if not plan.links_training or not candidates or maker.rng.random() > 0.5:
        return None
    return maker.rng.choice(candidates)


BULK_SHARES = ((Kind.PRE_INVESTIGATION, 45), (Kind.TAF_REQUEST, 25), (Kind.TRAINING, 30))
BULK_CHUNK = 1000


def bulk_populate(
    ws: Workspace,
    *,
    records: int,
    seed: int = 0,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill a profile with ``records`` demo records quickly (benchmarks): the same data and the
    same services as ``populate``, a thousand records per transaction."""
    filler = BulkFiller(ws, seed)
    filler.add(records, progress)
    return filler.counts


class BulkFiller:
    """``bulk_populate`` in steps: a benchmark fills two stores in turns, chunk by chunk, so
    that a busy machine slows both alike. The same seed and the same steps give the same data."""

    def __init__(self, ws: Workspace, seed: int = 0):
        self.ws = ws
        self.maker = _maker(ws, seed)
        self.counts = _counts()
        self.done = 0
        self._trainings_of: dict[str, list[str]] = {}

    def add(self, records: int, progress: Progress | None = None) -> None:
        first, target = self.done, self.done + records
        while self.done < target:
            chunk = min(BULK_CHUNK, target - self.done)
            for kind, count in _shares(self.done, chunk):
                if count:
                    base = self.done - first

                    def report(n: int, base: int = base) -> None:
                        if progress is not None:
                            progress(base + n, records)

                    self._add(kind, count, report)
                    self.counts[kind.value] += count
                    self.done += count

    def _add(self, kind: Kind, count: int, report: Callable[[int], None]) -> None:
        maker, records = self.maker, self.ws.records
        if kind == Kind.TRAINING:
            items = [maker.training() for _ in range(count)]
            ids = records.create_many(kind, items, progress=report)
            for data, record_id in zip(items, ids, strict=True):
                self._trainings_of.setdefault(data["country"], []).append(record_id)
            self.counts["participants"] += sum(len(d["participants"]) for d in items)
        elif kind == Kind.PRE_INVESTIGATION:
            records.create_many(
                kind, (maker.pre_investigation() for _ in range(count)), progress=report
            )
        else:
            plans = [maker.taf_request() for _ in range(count)]
            ids = records.create_many(kind, (p.data for p in plans), progress=report)
            created = list(zip(ids, plans, strict=True))
            _bulk_workflow(self.ws, maker, created, self._trainings_of)


def _shares(done: int, chunk: int) -> list[tuple[Kind, int]]:
    """How many of each kind in the next chunk, so that the running totals follow BULK_SHARES."""
    weight = sum(w for _, w in BULK_SHARES)
    out = [(kind, (done + chunk) * w // weight - done * w // weight) for kind, w in BULK_SHARES]
    out[0] = (out[0][0], out[0][1] + chunk - sum(n for _, n in out))
    return out


def _bulk_workflow(
    ws: Workspace,
    maker: DemoMaker,
    created: list[tuple[str, TafPlan]],
    trainings_of: dict[str, list[str]],
) -> None:
    """The TAF requests' workflow steps, in rounds (every request's first step, then every
    second step...), each round in one transaction per role."""
    links = {record_id: _pick_link(maker, plan, trainings_of) for record_id, plan in created}
    longest = max((len(plan.steps) for _, plan in created), default=0)
    for round_no in range(longest):
        for role in ("team", "hq"):
            due = [
                (record_id, plan.steps[round_no])
                for record_id, plan in created
                if round_no < len(plan.steps) and plan.steps[round_no].role == role
            ]
            if not due:
                continue
            with acting_as(ws, role), ws.transaction() as tx:
                for record_id, step in due:
                    fields = dict(step.fields)
                    if step.action == "deliver" and links[record_id]:
                        fields["linked_record"] = links[record_id]
                    if fields:
                        ws.records.update_in(tx, record_id, fields)
                    ws.records.change_status_in(tx, record_id, step.action, on=step.on)
