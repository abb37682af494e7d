"""Numbers as the report's language writes them: its thousands grouping and its decimal mark."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# language → (thousands separator, decimal mark); French groups with a narrow no-break space
_MARKS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "fr": ("\u202f", ","),
    "nl": (".", ","),
    "es": (".", ","),
}
NO_VALUE = "–"


def number(value: int | float | Decimal | None, language: str, digits: int = 0) -> str:
    """``value`` rounded half away from zero to ``digits`` decimals (an int keeps none), grouped
    by thousands and with the decimal mark of ``language`` (English's for a language without its
    own, e.g. ``ht``): en "1,832.5", fr "1 832,5", nl/es "1.832,5"; "–" for no value."""
    if value is None:
        return NO_VALUE
    group, mark = _MARKS.get(language, _MARKS["en"])
    places = 0 if isinstance(value, int) else digits
    exact = Decimal(value) if isinstance(value, int | Decimal) else Decimal(repr(value))
    rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return text.replace(",", "\0").replace(".", mark).replace("\0", group)
