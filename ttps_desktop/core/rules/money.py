"""Money as Decimal, converted to Hong Kong dollars only with rates the user recorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

HKD = "HKD"
CENTS = Decimal("0.01")


@dataclass(frozen=True)
class ExchangeRate:
    """One unit of ``currency`` is worth ``hkd_per_unit`` Hong Kong dollars, per ``source`` on ``date``."""

    currency: str
    hkd_per_unit: Decimal
    date: date
    source: str


class MissingRateError(LookupError):
    def __init__(self, currency: str) -> None:
        super().__init__(currency)
        self.currency = currency


def round_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENTS, rounding=ROUND_HALF_UP)


def to_hkd(amount: Decimal, currency: str, rates: dict[str, ExchangeRate]) -> Decimal:
    """Convert exactly (no rounding); raise MissingRateError when no rate was recorded."""
    if currency == HKD:
        return amount
    rate = rates.get(currency)
    if rate is None:
        raise MissingRateError(currency)
    return amount * rate.hkd_per_unit
