"""Date functions: today, now, date, decimal-date-time, format-date; the clock is the context's."""

from __future__ import annotations

import datetime as dt

from sp_collect.engine.expr.context import EvalContext
from sp_collect.engine.expr.dates import day_fraction, format_date, from_days, parse_iso, to_days
from sp_collect.engine.expr.spec import FunctionSpec
from sp_collect.engine.expr.values import NAN, Value, to_number, to_string


def moment_of(value: Value) -> dt.datetime | None:
    """The moment a value names: an ISO date/datetime string, or a number of days."""
    if isinstance(value, str):
        moment = parse_iso(value)
        if moment is not None or value.strip() == "":
            return moment
    return from_days(to_number(value))


def _today(ctx: EvalContext) -> str:
    return ctx.now().date().isoformat()


def _now(ctx: EvalContext) -> str:
    return ctx.now().isoformat(timespec="milliseconds")


def _date(_ctx: EvalContext, value: Value) -> str:
    """An ISO date from a date, datetime or number of days; "" when there is none."""
    moment = moment_of(value)
    return moment.date().isoformat() if moment is not None else ""


def _date_time(_ctx: EvalContext, value: Value) -> str:
    """An ISO date-time from a date, date-time or number of days; "" when there is none."""
    moment = moment_of(value)
    return moment.isoformat(timespec="milliseconds") if moment is not None else ""


def _decimal_date_time(_ctx: EvalContext, value: Value) -> float:
    moment = moment_of(value)
    return to_days(moment) if moment is not None else NAN


def _decimal_time(_ctx: EvalContext, value: Value) -> float:
    fraction = day_fraction(to_string(value))
    return fraction if fraction is not None else NAN


def _format_date(_ctx: EvalContext, value: Value, pattern: Value) -> str:
    moment = moment_of(value)
    return format_date(moment, to_string(pattern)) if moment is not None else ""


DATE_FUNCTIONS: dict[str, FunctionSpec] = {
    "today": FunctionSpec(0, 0, _today, volatile=True),
    "now": FunctionSpec(0, 0, _now, volatile=True),
    "date": FunctionSpec(1, 1, _date),
    "date-time": FunctionSpec(1, 1, _date_time),
    "decimal-date-time": FunctionSpec(1, 1, _decimal_date_time),
    "decimal-time": FunctionSpec(1, 1, _decimal_time),
    "format-date": FunctionSpec(2, 2, _format_date),
    "format-date-time": FunctionSpec(2, 2, _format_date),
}
