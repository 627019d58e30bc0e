"""Which automatic backups to keep: every one of the last day (at most 10), then one a day for two
weeks, then one a week for two months. Older ones go."""

from __future__ import annotations

from datetime import datetime, timedelta


def thin(
    stamps: list[datetime],
    now: datetime,
    *,
    recent: int = 10,
    daily_days: int = 14,
    weekly_weeks: int = 8,
) -> set[datetime]:
    keep: set[datetime] = set()
    ordered = sorted(stamps, reverse=True)
    last_day = [s for s in ordered if now - s <= timedelta(days=1)]
    keep.update(last_day[:recent])
    seen_days: set[object] = set()
    seen_weeks: set[object] = set()
    for stamp in ordered:
        age = now - stamp
        if age <= timedelta(days=1):
            continue
        if age <= timedelta(days=daily_days):
            day = stamp.date()
            if day not in seen_days:
                seen_days.add(day)
                keep.add(stamp)
        elif age <= timedelta(weeks=weekly_weeks):
            week = stamp.isocalendar()[:2]
            if week not in seen_weeks:
                seen_weeks.add(week)
                keep.add(stamp)
    if not keep and ordered:
        keep.add(ordered[0])  # never delete the only backup there is
    return keep
