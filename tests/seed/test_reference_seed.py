"""The reference data every new database starts with: complete, consistent, correctly scripted."""

import unicodedata
from collections import Counter, defaultdict
from datetime import date
from itertools import pairwise
from typing import Any

import pytest

from csc_desktop.domain.seed import load_reference_seed
from csc_desktop.text.fold import fold
from csc_desktop.text.translit import cyrillic_to_latin

NAME_LANGUAGES = ("en", "sq", "sr", "mk", "bs", "cnr")
SEED = load_reference_seed()
ITEMS: list[dict[str, Any]] = SEED["items"]


def items_of(list_name: str) -> list[dict[str, Any]]:
    return [item for item in ITEMS if item["list"] == list_name]


def codes_of(list_name: str) -> set[str]:
    return {item["code"] for item in items_of(list_name)}


def letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def is_cyrillic(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CYRILLIC")


def test_document_header() -> None:
    assert SEED["format"] == 1
    assert SEED["languages"] == ["en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr"]


def test_every_item_has_the_agreed_shape() -> None:
    for item in ITEMS:
        assert set(item) == {"list", "code", "valid_from", "valid_to", "sort", "names", "attrs"}
        assert isinstance(item["sort"], int)
        assert isinstance(item["attrs"], dict)
        assert set(item["names"]) <= set(SEED["languages"]), item["code"]


@pytest.mark.parametrize("item", ITEMS, ids=lambda i: f"{i['list']}:{i['code']}")
def test_every_item_is_named_in_every_language(item: dict[str, Any]) -> None:
    for language in NAME_LANGUAGES:
        name = item["names"].get(language)
        assert isinstance(name, str) and name, (item["code"], language)
        assert name == name.strip() and "  " not in name
        assert unicodedata.is_normalized("NFC", name)


def test_no_duplicate_item_versions() -> None:
    keys = Counter((i["list"], i["code"], i["valid_from"]) for i in ITEMS)
    assert [key for key, count in keys.items() if count > 1] == []


def test_validity_periods_are_dates_in_order_and_do_not_overlap() -> None:
    periods: dict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for item in ITEMS:
        start = date.fromisoformat(item["valid_from"]) if item["valid_from"] else date.min
        end = date.fromisoformat(item["valid_to"]) if item["valid_to"] else date.max
        assert start <= end, item["code"]
        periods[(item["list"], item["code"])].append((start, end))
    for key, spans in periods.items():
        spans.sort()
        for (_, end), (next_start, _) in pairwise(spans):
            assert end < next_start, key


def test_serbian_and_macedonian_names_are_cyrillic() -> None:
    for item in ITEMS:
        for language in ("sr", "mk"):
            name = item["names"][language]
            assert all(is_cyrillic(ch) for ch in letters(name)), (item["code"], language, name)


def test_latin_script_languages_have_no_cyrillic() -> None:
    for item in ITEMS:
        for language in ("en", "sq", "bs", "cnr"):
            name = item["names"][language]
            assert not any(is_cyrillic(ch) for ch in letters(name)), (item["code"], language, name)


def test_serbian_latin_is_given_only_where_transliteration_would_be_wrong() -> None:
    for item in ITEMS:
        if "sr_Latn" in item["names"]:
            assert item["names"]["sr_Latn"] != cyrillic_to_latin(item["names"]["sr"])


# Countries ---------------------------------------------------------------------------------


def test_beneficiaries_eu_members_and_partners() -> None:
    countries = {i["code"]: i for i in items_of("country")}
    beneficiaries = {c for c, i in countries.items() if i["attrs"]["beneficiary"]}
    members = {c for c, i in countries.items() if i["attrs"]["eu_member"]}
    assert beneficiaries == {"AL", "BA", "XK", "ME", "MK", "RS"}
    assert len(members) == 27 and "HR" in members and "GB" not in members
    assert {"CH", "NO", "UA", "TR", "US", "GB"} <= set(countries) - members
    assert countries["AL"]["names"]["sq"] == "Shqipëria"
    assert cyrillic_to_latin(countries["RS"]["names"]["sr"]) == "Srbija"


def test_kosovo_carries_the_asterisk_in_every_language() -> None:
    (kosovo,) = [i for i in items_of("country") if i["code"] == "XK"]
    assert kosovo["names"]["en"] == "Kosovo*"
    for language in NAME_LANGUAGES:
        assert kosovo["names"][language].endswith("*"), language
    assert kosovo["attrs"]["footnote"] == "kosovo"
    others = [i for i in items_of("country") if i["code"] != "XK"]
    assert not any("*" in name for i in others for name in i["names"].values())


# Crime areas and EMPACT ---------------------------------------------------------------------

CYCLE_PRIORITIES = {
    "2022-2025": {
        "criminal_networks", "cyber_attacks", "trafficking_in_human_beings",
        "child_sexual_exploitation", "migrant_smuggling", "drug_trafficking",
        "economic_financial_crime", "organised_property_crime", "environmental_crime",
        "firearms_trafficking",
    },
    "2026-2029": {
        "criminal_networks", "online_crimes", "drug_trafficking", "migrant_smuggling_thb",
        "firearms_explosives", "environmental_crime", "economic_financial_crime",
    },
}  # fmt: skip
CYCLE_AREAS = {
    "2022-2025": CYCLE_PRIORITIES["2022-2025"],
    "2026-2029": {
        "criminal_networks", "cyber_attacks", "child_sexual_exploitation", "online_fraud",
        "drug_trafficking", "migrant_smuggling", "trafficking_in_human_beings",
        "firearms_trafficking", "environmental_crime", "economic_financial_crime",
    },
}  # fmt: skip
CYCLE_DATES = {"2022-2025": ("2022-01-01", "2025-12-31"), "2026-2029": ("2026-01-01", "2029-12-31")}


@pytest.mark.parametrize("cycle", sorted(CYCLE_PRIORITIES))
def test_each_cycle_has_exactly_its_empact_priorities(cycle: str) -> None:
    priorities = [i for i in items_of("empact_priority") if i["attrs"]["cycle"] == cycle]
    areas = [i for i in items_of("crime_area") if i["attrs"]["cycle"] == cycle]
    assert {i["code"] for i in priorities} == CYCLE_PRIORITIES[cycle]
    assert {i["code"] for i in areas} == CYCLE_AREAS[cycle]
    assert {i["attrs"]["priority"] for i in areas} == CYCLE_PRIORITIES[cycle]
    for item in priorities + areas:
        assert (item["valid_from"], item["valid_to"]) == CYCLE_DATES[cycle]


def test_crime_areas_follow_the_2026_regrouping() -> None:
    area = {
        (i["code"], i["attrs"]["cycle"]): i
        for i in items_of("crime_area")
        if i["attrs"]["cycle"] is not None
    }
    new = "2026-2029"
    assert area[("migrant_smuggling", new)]["attrs"]["priority"] == "migrant_smuggling_thb"
    assert (
        area[("trafficking_in_human_beings", new)]["attrs"]["priority"] == "migrant_smuggling_thb"
    )
    for code in ("cyber_attacks", "child_sexual_exploitation", "online_fraud"):
        assert area[(code, new)]["attrs"]["priority"] == "online_crimes"
    assert area[("firearms_trafficking", new)]["names"]["en"] == "Firearms and explosives"
    assert area[("criminal_networks", new)]["names"]["en"] == (
        "Most threatening criminal networks and individuals"
    )
    assert area[("criminal_networks", "2022-2025")]["names"]["en"] == "High-risk criminal networks"
    assert ("online_fraud", "2022-2025") not in area
    assert ("organised_property_crime", new) not in area


def test_terrorism_and_violent_extremism_are_always_valid_mandate_areas() -> None:
    for code in ("terrorism", "violent_extremism"):
        (item,) = [i for i in items_of("crime_area") if i["code"] == code]
        assert item["valid_from"] is None and item["valid_to"] is None
        assert item["attrs"]["cycle"] is None and item["attrs"]["mandate"] is True


# Institutions ------------------------------------------------------------------------------


def test_institutions_point_to_existing_countries_kinds_and_parents() -> None:
    countries, kinds = codes_of("country"), codes_of("institution_kind")
    institutions = {i["code"]: i for i in items_of("institution")}
    for code, item in institutions.items():
        attrs = item["attrs"]
        assert attrs["country"] in countries, code
        assert attrs["kind"] in kinds, code
        assert code.startswith(attrs["country"].lower() + "-"), code
        if "parent" in attrs:
            assert institutions[attrs["parent"]]["attrs"]["country"] == attrs["country"]
    for item in items_of("eu_agency"):
        assert item["attrs"]["kind"] == "eu_agency" and item["attrs"]["short"]


def test_the_named_institutions_exist() -> None:
    expected = {
        "al-spak", "al-nbi", "al-asp", "al-moi", "ba-pobih", "ba-sipa", "ba-bp", "ba-mos",
        "ba-fup", "ba-rsmoi", "ba-brcko", "xk-spk", "xk-kp", "xk-pi", "me-sspo", "me-pd",
        "mk-ppooc", "mk-moi", "mk-fpo", "rs-ppooc", "rs-moi-cpd",
    }  # fmt: skip
    assert expected <= codes_of("institution")
    justice = {
        i["attrs"]["country"]
        for i in items_of("institution")
        if i["attrs"]["kind"] == "ministry_of_justice"
    }
    assert justice == {"AL", "BA", "XK", "ME", "MK", "RS"}
    assert codes_of("eu_agency") == {"europol", "eurojust", "ejn", "frontex", "eppo", "cepol"}


def test_an_institution_name_finds_one_institution_within_its_country() -> None:
    # Names are matched folded (any language, any script): none may be shared in a country.
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items_of("institution"):
        names = set(item["names"].values()) | {cyrillic_to_latin(item["names"]["sr"])}
        if item["attrs"]["short"]:
            names.add(item["attrs"]["short"])
        for name in names:
            owners[(item["attrs"]["country"], fold(name))].add(item["code"])
    assert {key: codes for key, codes in owners.items() if len(codes) > 1} == {}


def test_local_names_are_the_official_ones() -> None:
    institution = {i["code"]: i["names"] for i in items_of("institution")}
    assert institution["al-spak"]["sq"] == (
        "Prokuroria e Posaçme kundër Korrupsionit dhe Krimit të Organizuar"
    )
    assert institution["ba-sipa"]["bs"] == "Državna agencija za istrage i zaštitu"
    assert institution["me-sspo"]["cnr"] == "Specijalno državno tužilaštvo"
    assert institution["mk-moi"]["mk"] == "Министерство за внатрешни работи"
    assert institution["rs-ppooc"]["sr"] == "Јавно тужилаштво за организовани криминал"
    assert institution["xk-kp"]["sq"] == "Policia e Kosovës"


# Small lists -------------------------------------------------------------------------------

REQUIRED_CODES = {
    "institution_kind": [
        "ministry_of_justice", "ministry_of_interior", "prosecution_office", "police",
        "other_law_enforcement", "court", "eu_agency", "other",
    ],
    "taf_type": [
        "expert_mission", "joint_exercise", "study_visit", "workshop", "legal_drafting",
        "training_course", "other",
    ],
    "taf_criterion": [
        "chapter_23_24_mandate", "joint_proposal", "eu_added_value", "sustainability",
        "cost_efficiency", "no_duplication",
    ],
    "status.pre_investigation": [
        "supported", "submitted", "accepted", "prosecution_started", "closed",
    ],
    "status.taf_request": [
        "draft", "submitted", "assessed", "approved", "rejected", "delivered", "closed",
    ],
    "status.training": ["planned", "held", "cancelled"],
    "gender": ["female", "male", "other", "undisclosed"],
    "function": [
        "prosecutor", "judge", "police_officer", "investigator", "analyst",
        "ministry_official", "customs_border_officer", "other",
    ],
    "attachment_kind": ["signed_sheet", "agenda", "report", "other"],
    "milestone_kind": [
        "eurojust_agreement", "draft_law_cross_border", "strategy_adopted", "other_agreement",
    ],
    "language": ["en", "sq", "sr", "sr_Latn", "mk", "bs", "cnr"],
}  # fmt: skip


@pytest.mark.parametrize("list_name", sorted(REQUIRED_CODES))
def test_small_lists_hold_exactly_their_codes_in_order(list_name: str) -> None:
    ordered = sorted(items_of(list_name), key=lambda i: i["sort"])
    assert [i["code"] for i in ordered] == REQUIRED_CODES[list_name]


@pytest.mark.parametrize(
    "list_name", ["taf_criterion", *[n for n in REQUIRED_CODES if n.startswith("status.")]]
)
def test_ordered_lists_number_their_steps(list_name: str) -> None:
    ordered = sorted(items_of(list_name), key=lambda i: i["sort"])
    assert [i["attrs"]["order"] for i in ordered] == list(range(1, len(ordered) + 1))


def test_languages_carry_their_own_names() -> None:
    autonyms = {i["code"]: i["attrs"]["autonym"] for i in items_of("language")}
    assert autonyms == {
        "en": "English", "sq": "Shqip", "sr": "Српски", "sr_Latn": "Srpski (latinica)",
        "mk": "Македонски", "bs": "Bosanski", "cnr": "Crnogorski",
    }  # fmt: skip


def test_names_are_unique_within_a_list_and_period() -> None:
    # Two codes with one name would be indistinguishable in a drop-down.
    seen: dict[tuple[str, str | None, str, str], str] = {}
    for item in ITEMS:
        scope = item["attrs"].get("country") if item["list"] == "institution" else None
        for language, name in item["names"].items():
            key = (item["list"], f"{scope}:{item['valid_from']}", language, name)
            assert seen.setdefault(key, item["code"]) == item["code"], (key, seen[key])


def test_loading_gives_a_fresh_copy() -> None:
    first = load_reference_seed()
    first["items"].clear()
    assert load_reference_seed()["items"]
