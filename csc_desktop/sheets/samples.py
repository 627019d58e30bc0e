"""Example sheets with realistic names in every script: for previews, tests and the benchmark."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from csc_desktop.sheets.model import (
    ActivitySheet,
    AttendanceSheet,
    Country,
    EvaluationSummary,
    Fact,
    Gender,
    Participant,
    PrintContext,
    SheetKind,
    Signatory,
    TrainingInfo,
    TrainingReportSheet,
)

SAMPLE_RECORD_ID = "6f1c2a4e-9b7d-4c21-8e3f-2d5a7b9c0e14"
PRINTED_AT = datetime(2025, 3, 20, 14, 5)

_PEOPLE = (
    (
        "Љубиша Ђорђевић",
        "Јавно тужилаштво за организовани криминал",
        "Заменик тужиоца",
        Gender.MALE,
    ),
    (
        "Arbër Çela",
        "Prokuroria e Posaçme kundër Korrupsionit dhe Krimit të Organizuar (SPAK)",
        "Prokuror",
        Gender.MALE,
    ),
    (
        "Ѓорѓи Ќосев",
        "Министерство за внатрешни работи, Биро за јавна безбедност",
        "Инспектор",
        Gender.MALE,
    ),
    (
        "Jelena Marković",
        "Ministarstvo unutrašnjih poslova, Uprava kriminalističke policije",
        "Inspektorka",
        Gender.FEMALE,
    ),
    (
        "Emina Hadžić",
        "Državna agencija za istrage i zaštitu (SIPA)",
        "Viša inspektorica",
        Gender.FEMALE,
    ),
    ("Blerina Gashi", "Drejtoria e Përgjithshme e Policisë së Shtetit", "Komisare", Gender.FEMALE),
    ("Milica Vujošević", "Specijalno državno tužilaštvo", "Savjetnica", Gender.FEMALE),
    ("Dragan Stojanović", "Granična policija Bosne i Hercegovine", "Inspektor", Gender.MALE),
    ("Ilir Hoxha", "Byroja Kombëtare e Hetimit", "Hetues", Gender.MALE),
    (
        "Александра Трајковска",
        "Јавно обвинителство за гонење на организиран криминал и корупција",
        "Јавен обвинител",
        Gender.FEMALE,
    ),
)


def sample_context(
    language: str = "en", *, second_language: str | None = None, version: str = "3"
) -> PrintContext:
    return PrintContext(
        record_id=SAMPLE_RECORD_ID,
        record_version=version,
        language=language,
        printed_at=PRINTED_AT,
        printed_by="Ana Petrović",
        device_id="RS-LAPTOP-02",
        second_language=second_language,
    )


def sample_participants(count: int) -> tuple[Participant, ...]:
    people = []
    for index in range(count):
        name, institution, position, gender = _PEOPLE[index % len(_PEOPLE)]
        people.append(Participant(index + 1, name, institution, position, gender))
    return tuple(people)


def sample_training(days: int = 3, *, country: Country | None = None) -> TrainingInfo:
    first = date(2025, 3, 17)
    return TrainingInfo(
        title="Financial investigations and asset recovery in organised crime cases",
        venue="Hotel Metropol, Bulevar kralja Aleksandra 12, Beograd",
        country=country or Country("RS", "Serbia"),
        trainers=("Dr. Maria Rossi (EU expert)", "Stefan Becker (BKA)"),
        days=tuple(first + timedelta(days=i) for i in range(days)),
    )


def sample_attendance(
    participants: int = 10,
    days: int = 3,
    language: str = "en",
    *,
    second_language: str | None = None,
) -> AttendanceSheet:
    return AttendanceSheet(
        context=sample_context(language, second_language=second_language),
        training=sample_training(days),
        participants=sample_participants(participants),
    )


def sample_report(participants: int = 24, language: str = "en") -> TrainingReportSheet:
    return TrainingReportSheet(
        context=sample_context(language),
        training=sample_training(3),
        participants=sample_participants(participants),
        evaluation=EvaluationSummary((0, 1, 3, 9, 11), pre_test_mean=54.5, post_test_mean=78.25),
        facts=(
            Fact("Topic", "Financial investigations"),
            Fact("EMPACT priority (2022–2025)", "Fraud, economic and financial crimes"),
            Fact("Organiser", "CSC country team Serbia"),
        ),
    )


def sample_activity(
    kind: SheetKind = SheetKind.PRE_INVESTIGATION, language: str = "en"
) -> ActivitySheet:
    return ActivitySheet(
        context=sample_context(language),
        activity=kind,
        title="Support to the analysis of financial flows in a migrant smuggling case",
        country=Country("ME", "Montenegro"),
        facts=(
            Fact("Case reference", "KTS-12/2025"),
            Fact("Crime areas", "Migrant smuggling; money laundering"),
            Fact("Submitted to the prosecutor's office", date(2025, 2, 3)),
            Fact("Partner countries", "Serbia, Bosnia and Herzegovina"),
            Fact("Expert-days", 4),
        ),
        support_given=(
            "Analysis of bank records received through mutual legal assistance, and a workshop "
            "with the case team on tracing proceeds of crime.\n"
            "Drafting of a request to Eurojust for a coordination meeting."
        ),
        adviser=Signatory("Marco Bianchi", "Resident EU Prosecutor", "CSC country team Montenegro"),
        beneficiary=Signatory("", "Special State Prosecutor", "Special State Prosecutor's Office"),
    )
