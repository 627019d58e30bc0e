"""Every fixed word of the reports (dashboard, XLSX, PDF), one dictionary per language.

Indicator labels are keyed ``indicator.<key>``; a definition may be given as
``definition.<key>``, otherwise the English definition declared with the indicator is used (the
definitions are translated later, here, in one place). Serbian Latin is derived from the Cyrillic
text, letter for letter. Words the sheets already print (funding lines, the Kosovo footnote, page
numbers) come from :mod:`csc_desktop.sheets.labels`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Final

from csc_desktop.reporting.indicators import BY_KEY
from csc_desktop.sheets.labels import labels_for as sheet_labels
from csc_desktop.text.translit import cyrillic_to_latin

LANGUAGES: Final = ("en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr")

EN: Final[dict[str, str]] = {
    "report.title": "Project indicators",
    "period": "Period",
    "countries": "Countries",
    "prepared": "Prepared {when} by {person}",
    "group.investigations": "Investigations and prosecution",
    "group.taf": "Technical Assistance Facility (TAF)",
    "group.training": "Capacity building",
    "group.institutional": "Institutional results",
    "indicator": "Indicator",
    "total": "Total",
    "by_country": "By country",
    "by_quarter": "By quarter",
    "quarter": "Quarter",
    "country": "Country",
    "breakdown.gender": "By gender",
    "breakdown.institution_kind": "By kind of institution",
    "breakdown.function": "By function",
    "breakdown.crime_area": "By crime area",
    "breakdown.assistance_type": "By type of assistance",
    "unspecified": "Not specified",
    "of": "{n} of {total}",
    "out_of": "Out of",
    "none": "–",
    "definitions": "Definitions",
    "definition": "Definition",
    "rules": "Deleted records never count. Each record counts in the period that holds the date "
    "named in the definition, whatever its status today. Periods include their first and last "
    "day.",
    "as_of": "What the figures include",
    "as_of.device": "Device",
    "as_of.person": "Person",
    "as_of.records": "Records",
    "as_of.bundles": "Bundles imported",
    "as_of.latest_bundle": "Latest bundle written",
    "as_of.latest_change": "Latest change",
    "as_of.age": "Age of the latest data (days)",
    "as_of.this_device": "this laptop",
    "as_of.hq": "Headquarters",
    "as_of.no_sync": "No bundles have been imported into this profile: the age is that of the "
    "newest change among each device's records.",
    "as_of.missing": "No data from: {countries}",
    "records": "Records behind the figures",
    "col.kind": "Kind",
    "col.id": "Record id",
    "col.date": "Date counted",
    "col.title": "Title",
    "col.training": "Training",
    "col.training_id": "Training id",
    "col.amount": "Amount",
    "col.positive": "Counted as positive",
    "col.details": "Breakdown",
    "kind.pre-investigation": "Pre-investigation",
    "kind.taf-request": "TAF request",
    "kind.training": "Training",
    "kind.participant": "Participant",
    "kind.milestone": "Milestone",
    "kind.authority-feedback": "Authority feedback",
    "yes": "Yes",
    "no": "No",
    "unit.days": "days",
    "unit.share": "share",
    "chart.by_country": "{group}: by country",
    "chart.by_quarter": "{group}: by quarter",
}

SQ: Final[dict[str, str]] = {
    "report.title": "Treguesit e projektit",
    "period": "Periudha",
    "countries": "Vendet",
    "prepared": "Përgatitur më {when} nga {person}",
    "group.investigations": "Hetime dhe ndjekje penale",
    "group.taf": "Mekanizmi i Asistencës Teknike (TAF)",
    "group.training": "Ngritja e kapaciteteve",
    "group.institutional": "Rezultate institucionale",
    "indicator": "Treguesi",
    "total": "Gjithsej",
    "by_country": "Sipas vendit",
    "by_quarter": "Sipas tremujorit",
    "quarter": "Tremujori",
    "country": "Vendi",
    "breakdown.gender": "Sipas gjinisë",
    "breakdown.institution_kind": "Sipas llojit të institucionit",
    "breakdown.function": "Sipas funksionit",
    "breakdown.crime_area": "Sipas fushës së krimit",
    "breakdown.assistance_type": "Sipas llojit të asistencës",
    "unspecified": "E papërcaktuar",
    "of": "{n} nga {total}",
    "out_of": "Nga gjithsej",
    "none": "–",
    "definitions": "Përkufizimet",
    "definition": "Përkufizimi",
    "rules": "Regjistrimet e fshira nuk numërohen kurrë. Çdo regjistrim numërohet në periudhën "
    "që përmban datën e përmendur në përkufizim, pavarësisht statusit të tij sot. Periudhat "
    "përfshijnë ditën e parë dhe të fundit.",
    "as_of": "Çfarë përfshijnë shifrat",
    "as_of.device": "Pajisja",
    "as_of.person": "Personi",
    "as_of.records": "Regjistrime",
    "as_of.bundles": "Paketa të importuara",
    "as_of.latest_bundle": "Paketa e fundit e shkruar",
    "as_of.latest_change": "Ndryshimi i fundit",
    "as_of.age": "Mosha e të dhënave të fundit (ditë)",
    "as_of.this_device": "ky laptop",
    "as_of.hq": "Selia qendrore",
    "as_of.no_sync": "Në këtë profil nuk është importuar asnjë paketë: mosha është ajo e "
    "ndryshimit më të ri ndër regjistrimet e secilës pajisje.",
    "as_of.missing": "Pa të dhëna nga: {countries}",
    "records": "Regjistrimet pas shifrave",
    "col.kind": "Lloji",
    "col.id": "ID e regjistrimit",
    "col.date": "Data e numëruar",
    "col.title": "Titulli",
    "col.training": "Trajnimi",
    "col.training_id": "ID e trajnimit",
    "col.amount": "Shuma",
    "col.positive": "Numëruar si pozitiv",
    "col.details": "Ndarja",
    "kind.pre-investigation": "Hetim paraprak",
    "kind.taf-request": "Kërkesë TAF",
    "kind.training": "Trajnim",
    "kind.participant": "Pjesëmarrës",
    "kind.milestone": "Arritje",
    "kind.authority-feedback": "Përgjigje e autoritetit",
    "yes": "Po",
    "no": "Jo",
    "unit.days": "ditë",
    "unit.share": "përqindja",
    "chart.by_country": "{group}: sipas vendit",
    "chart.by_quarter": "{group}: sipas tremujorit",
    "indicator.jits_supported": "Ekipe të Përbashkëta Hetimore të mbështetura",
    "indicator.investigations_prosecuted": "Hetime të mbështetura që çuan në ndjekje penale",
    "indicator.pre_investigations_supported": "Hetime paraprake të mbështetura",
    "indicator.pre_investigations_accepted": "Hetime paraprake të pranuara nga prokuroritë",
    "indicator.thb_smuggling_investigations": "Hetime që lidhen me trafikimin e qenieve "
    "njerëzore dhe kontrabandën e migrantëve",
    "indicator.taf_received": "Kërkesa TAF të marra",
    "indicator.taf_approved": "Kërkesa TAF të miratuara",
    "indicator.taf_delivered": "Kërkesa TAF të realizuara",
    "indicator.taf_expert_days": "Ditë ekspertësh TAF të realizuara",
    "indicator.taf_budget_approved": "Buxheti i miratuar TAF (EUR)",
    "indicator.trainings_held": "Trajnime të zhvilluara",
    "indicator.participants": "Pjesëmarrës në trajnime",
    "indicator.positive_assessment_share": "Pjesëmarrës që e vlerësuan trajnimin pozitivisht",
    "indicator.eurojust_agreements": "Marrëveshje me Eurojust të nënshkruara",
    "indicator.countries_with_eurojust_agreement": "Vende me marrëveshje me Eurojust",
    "indicator.draft_laws_cross_border": "Projektligje për bashkëpunimin ndërkufitar",
    "indicator.countries_with_draft_law": "Vende me projektligj të ri për bashkëpunimin "
    "ndërkufitar",
    "indicator.authorities_confirming": "Autoritete që konfirmojnë rritjen e efektivitetit të "
    "hetimeve",
}

SR_CYRL: Final[dict[str, str]] = {
    "report.title": "Показатељи пројекта",
    "period": "Период",
    "countries": "Земље",
    "prepared": "Припремио/ла {person}, {when}",
    "group.investigations": "Истраге и кривично гоњење",
    "group.taf": "Механизам техничке помоћи (TAF)",
    "group.training": "Јачање капацитета",
    "group.institutional": "Институционални резултати",
    "indicator": "Показатељ",
    "total": "Укупно",
    "by_country": "По земљама",
    "by_quarter": "По кварталима",
    "quarter": "Квартал",
    "country": "Земља",
    "breakdown.gender": "По полу",
    "breakdown.institution_kind": "По врсти институције",
    "breakdown.function": "По функцији",
    "breakdown.crime_area": "По области криминала",
    "breakdown.assistance_type": "По врсти помоћи",
    "unspecified": "Није наведено",
    "of": "{n} од {total}",
    "out_of": "Од укупно",
    "none": "–",
    "definitions": "Дефиниције",
    "definition": "Дефиниција",
    "rules": "Обрисани записи се никада не рачунају. Сваки запис се рачуна у периоду у који "
    "пада датум наведен у дефиницији, без обзира на његов данашњи статус. Периоди обухватају "
    "први и последњи дан.",
    "as_of": "Шта бројке обухватају",
    "as_of.device": "Уређај",
    "as_of.person": "Особа",
    "as_of.records": "Записи",
    "as_of.bundles": "Увезени пакети",
    "as_of.latest_bundle": "Последњи написани пакет",
    "as_of.latest_change": "Последња измена",
    "as_of.age": "Старост најновијих података (дана)",
    "as_of.this_device": "овај лаптоп",
    "as_of.hq": "Седиште",
    "as_of.no_sync": "У овај профил није увезен ниједан пакет: старост је старост најновије "
    "измене међу записима сваког уређаја.",
    "as_of.missing": "Нема података из: {countries}",
    "records": "Записи на којима се бројке заснивају",
    "col.kind": "Врста",
    "col.id": "ИД записа",
    "col.date": "Датум који се рачуна",
    "col.title": "Наслов",
    "col.training": "Обука",
    "col.training_id": "ИД обуке",
    "col.amount": "Износ",
    "col.positive": "Рачунато као позитивно",
    "col.details": "Расподела",
    "kind.pre-investigation": "Предистражни поступак",
    "kind.taf-request": "TAF захтев",
    "kind.training": "Обука",
    "kind.participant": "Учесник",
    "kind.milestone": "Резултат",
    "kind.authority-feedback": "Одговор органа",
    "yes": "Да",
    "no": "Не",
    "unit.days": "дана",
    "unit.share": "удео",
    "chart.by_country": "{group}: по земљама",
    "chart.by_quarter": "{group}: по кварталима",
    "indicator.jits_supported": "Подржани заједнички истражни тимови",
    "indicator.investigations_prosecuted": "Подржане истраге које су довеле до кривичног гоњења",
    "indicator.pre_investigations_supported": "Подржани предистражни поступци",
    "indicator.pre_investigations_accepted": "Предистражни поступци које су тужилаштва прихватила",
    "indicator.thb_smuggling_investigations": "Истраге у вези са трговином људима и "
    "кријумчарењем миграната",
    "indicator.taf_received": "Примљени TAF захтеви",
    "indicator.taf_approved": "Одобрени TAF захтеви",
    "indicator.taf_delivered": "Реализовани TAF захтеви",
    "indicator.taf_expert_days": "Реализовани експертски дани (TAF)",
    "indicator.taf_budget_approved": "Одобрени буџет TAF (EUR)",
    "indicator.trainings_held": "Одржане обуке",
    "indicator.participants": "Учесници обука",
    "indicator.positive_assessment_share": "Учесници који су обуку оценили позитивно",
    "indicator.eurojust_agreements": "Потписани споразуми са Евроџастом",
    "indicator.countries_with_eurojust_agreement": "Земље са споразумом са Евроџастом",
    "indicator.draft_laws_cross_border": "Нацрти закона о прекограничној сарадњи",
    "indicator.countries_with_draft_law": "Земље са новим нацртом закона о прекограничној сарадњи",
    "indicator.authorities_confirming": "Органи који потврђују повећану делотворност истрага",
}

MK: Final[dict[str, str]] = {
    "report.title": "Показатели на проектот",
    "period": "Период",
    "countries": "Земји",
    "prepared": "Подготвил(а) {person}, {when}",
    "group.investigations": "Истраги и кривично гонење",
    "group.taf": "Механизам за техничка помош (TAF)",
    "group.training": "Градење капацитети",
    "group.institutional": "Институционални резултати",
    "indicator": "Показател",
    "total": "Вкупно",
    "by_country": "По земји",
    "by_quarter": "По квартали",
    "quarter": "Квартал",
    "country": "Земја",
    "breakdown.gender": "По пол",
    "breakdown.institution_kind": "По вид институција",
    "breakdown.function": "По функција",
    "breakdown.crime_area": "По област на криминал",
    "breakdown.assistance_type": "По вид помош",
    "unspecified": "Не е наведено",
    "of": "{n} од {total}",
    "out_of": "Од вкупно",
    "none": "–",
    "definitions": "Дефиниции",
    "definition": "Дефиниција",
    "rules": "Избришаните записи никогаш не се бројат. Секој запис се брои во периодот во кој "
    "паѓа датумот наведен во дефиницијата, без оглед на неговиот денешен статус. Периодите ги "
    "опфаќаат првиот и последниот ден.",
    "as_of": "Што опфаќаат бројките",
    "as_of.device": "Уред",
    "as_of.person": "Лице",
    "as_of.records": "Записи",
    "as_of.bundles": "Увезени пакети",
    "as_of.latest_bundle": "Последен напишан пакет",
    "as_of.latest_change": "Последна измена",
    "as_of.age": "Старост на најновите податоци (денови)",
    "as_of.this_device": "овој лаптоп",
    "as_of.hq": "Седиште",
    "as_of.no_sync": "Во овој профил не е увезен ниту еден пакет: старосниот рок е оној на "
    "најновата измена меѓу записите на секој уред.",
    "as_of.missing": "Нема податоци од: {countries}",
    "records": "Записи врз кои се засноваат бројките",
    "col.kind": "Вид",
    "col.id": "ИД на записот",
    "col.date": "Датум што се брои",
    "col.title": "Наслов",
    "col.training": "Обука",
    "col.training_id": "ИД на обуката",
    "col.amount": "Износ",
    "col.positive": "Бројано како позитивно",
    "col.details": "Распределба",
    "kind.pre-investigation": "Предистражна постапка",
    "kind.taf-request": "TAF барање",
    "kind.training": "Обука",
    "kind.participant": "Учесник",
    "kind.milestone": "Резултат",
    "kind.authority-feedback": "Одговор на орган",
    "yes": "Да",
    "no": "Не",
    "unit.days": "денови",
    "unit.share": "удел",
    "chart.by_country": "{group}: по земји",
    "chart.by_quarter": "{group}: по квартали",
    "indicator.jits_supported": "Поддржани заеднички истражни тимови",
    "indicator.investigations_prosecuted": "Поддржани истраги што доведоа до кривично гонење",
    "indicator.pre_investigations_supported": "Поддржани предистражни постапки",
    "indicator.pre_investigations_accepted": "Предистражни постапки прифатени од јавните "
    "обвинителства",
    "indicator.thb_smuggling_investigations": "Истраги поврзани со трговија со луѓе и "
    "криумчарење мигранти",
    "indicator.taf_received": "Примени TAF барања",
    "indicator.taf_approved": "Одобрени TAF барања",
    "indicator.taf_delivered": "Реализирани TAF барања",
    "indicator.taf_expert_days": "Реализирани експертски денови (TAF)",
    "indicator.taf_budget_approved": "Одобрен буџет TAF (EUR)",
    "indicator.trainings_held": "Одржани обуки",
    "indicator.participants": "Учесници на обуки",
    "indicator.positive_assessment_share": "Учесници што ја оценија обуката позитивно",
    "indicator.eurojust_agreements": "Потпишани договори со Евроџаст",
    "indicator.countries_with_eurojust_agreement": "Земји со договор со Евроџаст",
    "indicator.draft_laws_cross_border": "Нацрт-закони за прекугранична соработка",
    "indicator.countries_with_draft_law": "Земји со нов нацрт-закон за прекугранична соработка",
    "indicator.authorities_confirming": "Органи што потврдуваат зголемена ефикасност на истрагите",
}

BS: Final[dict[str, str]] = {
    "report.title": "Pokazatelji projekta",
    "period": "Period",
    "countries": "Zemlje",
    "prepared": "Pripremio/la {person}, {when}",
    "group.investigations": "Istrage i krivično gonjenje",
    "group.taf": "Mehanizam tehničke pomoći (TAF)",
    "group.training": "Jačanje kapaciteta",
    "group.institutional": "Institucionalni rezultati",
    "indicator": "Pokazatelj",
    "total": "Ukupno",
    "by_country": "Po zemljama",
    "by_quarter": "Po kvartalima",
    "quarter": "Kvartal",
    "country": "Zemlja",
    "breakdown.gender": "Po spolu",
    "breakdown.institution_kind": "Po vrsti institucije",
    "breakdown.function": "Po funkciji",
    "breakdown.crime_area": "Po oblasti kriminala",
    "breakdown.assistance_type": "Po vrsti pomoći",
    "unspecified": "Nije navedeno",
    "of": "{n} od {total}",
    "out_of": "Od ukupno",
    "none": "–",
    "definitions": "Definicije",
    "definition": "Definicija",
    "rules": "Obrisani zapisi se nikada ne računaju. Svaki zapis se računa u periodu u koji "
    "pada datum naveden u definiciji, bez obzira na njegov današnji status. Periodi obuhvataju "
    "prvi i posljednji dan.",
    "as_of": "Šta brojke obuhvataju",
    "as_of.device": "Uređaj",
    "as_of.person": "Osoba",
    "as_of.records": "Zapisi",
    "as_of.bundles": "Uvezeni paketi",
    "as_of.latest_bundle": "Posljednji napisani paket",
    "as_of.latest_change": "Posljednja izmjena",
    "as_of.age": "Starost najnovijih podataka (dana)",
    "as_of.this_device": "ovaj laptop",
    "as_of.hq": "Sjedište",
    "as_of.no_sync": "U ovaj profil nije uvezen nijedan paket: starost je starost najnovije "
    "izmjene među zapisima svakog uređaja.",
    "as_of.missing": "Nema podataka iz: {countries}",
    "records": "Zapisi na kojima se brojke zasnivaju",
    "col.kind": "Vrsta",
    "col.id": "ID zapisa",
    "col.date": "Datum koji se računa",
    "col.title": "Naslov",
    "col.training": "Obuka",
    "col.training_id": "ID obuke",
    "col.amount": "Iznos",
    "col.positive": "Računato kao pozitivno",
    "col.details": "Raspodjela",
    "kind.pre-investigation": "Predistražni postupak",
    "kind.taf-request": "TAF zahtjev",
    "kind.training": "Obuka",
    "kind.participant": "Učesnik",
    "kind.milestone": "Rezultat",
    "kind.authority-feedback": "Odgovor organa",
    "yes": "Da",
    "no": "Ne",
    "unit.days": "dana",
    "unit.share": "udio",
    "chart.by_country": "{group}: po zemljama",
    "chart.by_quarter": "{group}: po kvartalima",
    "indicator.jits_supported": "Podržani zajednički istražni timovi",
    "indicator.investigations_prosecuted": "Podržane istrage koje su dovele do krivičnog gonjenja",
    "indicator.pre_investigations_supported": "Podržani predistražni postupci",
    "indicator.pre_investigations_accepted": "Predistražni postupci koje su tužilaštva prihvatila",
    "indicator.thb_smuggling_investigations": "Istrage u vezi s trgovinom ljudima i "
    "krijumčarenjem migranata",
    "indicator.taf_received": "Primljeni TAF zahtjevi",
    "indicator.taf_approved": "Odobreni TAF zahtjevi",
    "indicator.taf_delivered": "Realizovani TAF zahtjevi",
    "indicator.taf_expert_days": "Realizovani ekspertski dani (TAF)",
    "indicator.taf_budget_approved": "Odobreni budžet TAF (EUR)",
    "indicator.trainings_held": "Održane obuke",
    "indicator.participants": "Učesnici obuka",
    "indicator.positive_assessment_share": "Učesnici koji su obuku ocijenili pozitivno",
    "indicator.eurojust_agreements": "Potpisani sporazumi s Eurojustom",
    "indicator.countries_with_eurojust_agreement": "Zemlje sa sporazumom s Eurojustom",
    "indicator.draft_laws_cross_border": "Nacrti zakona o prekograničnoj saradnji",
    "indicator.countries_with_draft_law": "Zemlje s novim nacrtom zakona o prekograničnoj saradnji",
    "indicator.authorities_confirming": "Organi koji potvrđuju povećanu efikasnost istraga",
}

# Montenegrin (Latin): as Bosnian, with Montenegrin forms where they differ.
CNR: Final[dict[str, str]] = {
    **BS,
    "breakdown.gender": "Po polu",
    "indicator.thb_smuggling_investigations": "Istrage u vezi sa trgovinom ljudima i "
    "krijumčarenjem migranata",
    "indicator.eurojust_agreements": "Potpisani sporazumi sa Eurojustom",
    "indicator.countries_with_eurojust_agreement": "Zemlje sa sporazumom sa Eurojustom",
    "indicator.countries_with_draft_law": "Zemlje sa novim nacrtom zakona o prekograničnoj "
    "saradnji",
}

_BY_LANGUAGE: Final[dict[str, dict[str, str]]] = {
    "en": EN,
    "sq": SQ,
    "sr": SR_CYRL,
    "mk": MK,
    "bs": BS,
    "cnr": CNR,
}


@cache
def words_for(language: str) -> Mapping[str, str]:
    """Every report word in ``language``; the sheets' shared words are included."""
    if language not in LANGUAGES:
        raise ValueError(f"no report language {language!r}; one of {', '.join(LANGUAGES)}")
    if language == "sr_Latn":
        own = {k: cyrillic_to_latin(v) for k, v in SR_CYRL.items()}
    else:
        own = dict(_BY_LANGUAGE[language])
    if language == "en":  # the English labels are the ones declared with the indicators
        own.update({f"indicator.{key}": i.label for key, i in BY_KEY.items()})
    shared = sheet_labels(language)
    for key in ("eu_funded", "co_funded", "kosovo_footnote", "page"):
        own[key] = shared[key]
    return own


class Words:
    """The report words of one language, with the indicator texts."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.words = words_for(language)

    def __call__(self, key: str, **values: object) -> str:
        return self.words[key].format(**values)

    def label(self, key: str) -> str:
        return self.words[f"indicator.{key}"]

    def definition(self, key: str) -> str:
        """The translated definition, or the English one declared with the indicator."""
        return self.words.get(f"definition.{key}") or BY_KEY[key].definition
