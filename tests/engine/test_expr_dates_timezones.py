"""Dates and times: date-only values are days (midnight UTC), offsets are kept, and no result
depends on the machine's time zone (each case is evaluated under several TZ settings)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CASES: dict[str, object] = {
    "date('2024-02-29') + 1": 19783.0,
    "format-date(date('2024-02-28') + 1, '%Y-%m-%d')": "2024-02-29",
    "date(date('2024-12-31') + 1)": "2025-01-01",
    "decimal-date-time('1970-01-02')": 1.0,
    "decimal-date-time('1970-01-01T12:00:00Z')": 0.5,
    "decimal-date-time('1970-01-01T12:00:00')": 0.5,  # no offset: read as UTC
    "decimal-date-time('1970-01-01T12:00:00+02:00')": 0.41666666666666669,
    "decimal-time('06:00:00-07:00')": 0.25,  # the clock time as written
    "date('2024-03-10T23:30:00-05:00')": "2024-03-10",  # the date as written there
    "'2024-01-31' < '2024-02-01'": True,
    "date('2024-01-31') = '2024-01-31'": True,
    "${d} + 30 = date('2024-03-01')": True,  # 2024 is a leap year
    "format-date(${d}, '%e %b %Y, %a')": "31 Jan 2024, Wed",
    "format-date-time('2024-01-31T08:05:09.250Z', '%H:%M:%S.%3')": "08:05:09.250",
    "today()": "2026-11-23",
    "format-date(now(), '%Y-%m-%d %H:%M')": "2026-11-23 23:30",
    "date(today()) - date('2026-11-01')": 22.0,
}

SCRIPT = """
import datetime as dt, json, sys
from sp_collect.engine.expr import SimpleContext, evaluate
now = dt.datetime(2026, 11, 23, 23, 30, tzinfo=dt.UTC)
context = SimpleContext({"d": "2024-01-31"}, now=now)
print(json.dumps({source: evaluate(source, context) for source in json.loads(sys.argv[1])}))
"""


def _evaluate_in(zone: str) -> dict[str, object]:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "TZ": zone, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(list(CASES))],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])
def test_date_results_do_not_depend_on_the_machine_time_zone(zone: str) -> None:
    results = _evaluate_in(zone)
    for source, expected in CASES.items():
        if isinstance(expected, float):
            assert results[source] == pytest.approx(expected), source
        else:
            assert results[source] == expected, source
