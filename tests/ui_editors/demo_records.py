"""Realistic records for screenshots and tests: Serbian Cyrillic and Albanian text."""

from __future__ import annotations

from typing import Any

from csc_desktop.services.workspace import Workspace

TRAINING: dict[str, Any] = {
    "title": "Финансијске истраге и одузимање имовине",
    "topic": "Паралелне финансијске истраге у предметима организованог криминала",
    "crime_areas": ["economic_financial_crime", "criminal_networks"],
    "start_date": "2026-03-10",
    "end_date": "2026-03-12",
    "venue": "Палата правде, Београд",
    "trainers": "Милица Јовановић, Arben Krasniqi",
    "organiser_institution": "rs-ppooc",
    "beneficiary_institutions": ["rs-moi-cpd", "rs-moi-sbpok"],
    "notes": "Обука у сарадњи са Европолом и CEPOL-ом.",
}

PARTICIPANTS: list[dict[str, Any]] = [
    {
        "name": "Јелена Петровић",
        "gender": "female",
        "institution": "rs-ppooc",
        "position": "Заменица тужиоца",
        "function": "prosecutor",
        "attendance": [True, True, True],
        "evaluation": 5,
        "pre_score": 62,
        "post_score": 88,
    },
    {
        "name": "Драган Ђорђевић",
        "gender": "male",
        "institution": "rs-moi-sbpok",
        "position": "Инспектор",
        "function": "police_officer",
        "attendance": [True, True, False],
        "evaluation": 4,
        "pre_score": 55.5,
        "post_score": 79,
    },
    {
        "name": "Blerta Hoxha",
        "gender": "female",
        "institution": "Prokuroria e Posaçme e Republikës së Kosovës",
        "position": "Prokurore",
        "function": "prosecutor",
        "attendance": [True, False, True],
        "evaluation": 5,
    },
]

TAF_REQUEST: dict[str, Any] = {
    "title": "Студијска посета Еуроџасту: заједнички истражни тимови",
    "requesting_institution": "rs-ppooc",
    "partner_institutions": ["rs-moi-cpd"],
    "topic": "Оснивање и вођење заједничких истражних тимова",
    "crime_areas": ["migrant_smuggling"],
    "assistance_type": "study_visit",
    "expertise_profile": "Тужилац са искуством у ЗИТ-овима (Еуроџаст), два аналитичара.",
    "start_date": "2026-05-18",
    "end_date": "2026-05-20",
    "expert_days": 6,
    "participants_count": 8,
    "budget_eur": 12500.5,
    "justification": "Три предмета кријумчарења миграната захтевају ЗИТ са Аустријом и Мађарском.",
    "criteria": ["chapter_23_24_mandate", "joint_proposal", "eu_added_value"],
}

PRE_INVESTIGATION: dict[str, Any] = {
    "title": "Krijumčarenje migranata preko Drine",
    "reference": "ТОК-ПИ-2026/014",
    "opened_on": "2026-02-02",
    "crime_areas": ["migrant_smuggling", "trafficking_in_human_beings"],
    "lead_institution": "rs-ppooc",
    "institutions": ["rs-moi-sbpok"],
    "partner_countries": ["BA", "AT"],
    "eu_agencies": ["europol", "eurojust"],
    "cross_border": True,
    "support_given": "Анализа финансијских токова и припрема захтева за међународну помоћ.",
    "submitted_to_prosecutor_on": "2026-03-15",
    "jit_established_on": "2026-04-01",
    "jit_partner_states": ["BA", "AT"],
    "jit_eurojust": True,
}


def add_demo_records(ws: Workspace) -> dict[str, str]:
    """Create one record of each kind; returns their ids by kind."""
    training = ws.records.create("training", {**TRAINING, "participants": PARTICIPANTS})
    taf = ws.records.create("taf-request", TAF_REQUEST)
    pre = ws.records.create("pre-investigation", PRE_INVESTIGATION)
    ws.attachments.add(
        training["id"], "Листа присутних - потписана.pdf", b"%PDF-1.4 demo", "signed_sheet"
    )
    ws.attachments.add(training["id"], "Agenda.docx", b"PK demo agenda" * 900, "agenda")
    return {"training": training["id"], "taf-request": taf["id"], "pre-investigation": pre["id"]}
