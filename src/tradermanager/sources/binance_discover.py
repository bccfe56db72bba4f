"""Reading candidates from Binance: the copy-trading lead portfolios and the futures leaderboard.

These are the public web endpoints the binance.com pages call, read through the same polite
client as the lead-trader poller (:class:`BinanceLeaderboardClient`: rate limit, retries,
base URL, strict envelope checks). Shapes, as the site answers them:

* ``POST …/copy-trade/home-page/query-list`` with ``{"pageNumber", "pageSize", "timeRange":
  "90D", "dataType": "ROI", "order": "DESC", …}`` → ``data.list[]`` of lead portfolios
  (``leadPortfolioId``, ``nickname``, ``roi`` and ``mdd`` in percent, ``pnl`` and ``aum`` in
  USDT, ``currentCopyCount``, ``maxCopyCount``) and ``data.total``.
* ``GET …/copy-trade/lead-portfolio/detail?portfolioId=`` → ``status``, ``positionShow``,
  ``aumAmount``, ``currentCopyCount``, ``maxCopyCount``, ``nickname``.
* ``GET …/copy-trade/lead-portfolio/chart-data?portfolioId=&timeRange=90D&dataType=ROI`` →
  ``data[]`` of ``{"value", "dataType", "dateTime"}``: the cumulative ROI in percent at each
  UTC day (epoch ms); ``dataType=PNL`` gives the cumulative P&L in USDT the same way.
* ``GET …/copy-trade/lead-data/positions?portfolioId=`` → ``data[]`` of positions
  (``symbol``, ``positionAmount``, ``markPrice``, ``leverage``, ``notionalValue``, as text);
  ``null`` when the lead trader hides them.
* ``POST …/leaderboard/getLeaderboardRank`` (v3) with ``{"tradeType": "PERPETUAL",
  "statisticsType": "ROI", "periodType": "MONTHLY", "isShared": true}`` → ``data[]`` of
  ``encryptedUid``, ``nickName``, ``rank``, ``value``, ``positionShared``, ``followerCount``.

Binance's ROI is P&L over margin, not a time-weighted return; a day's return is taken as
``(1 + R_t)/(1 + R_{t−1}) − 1`` from the cumulative figure (docs/discover.md says what that
means). A cumulative ROI at or below −100 % is a wiped-out account: that day's return is −1.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from tradermanager.domain.discover import CandidateDay
from tradermanager.sources.binance_leaderboard import (
    BinanceError,
    BinanceLeaderboardClient,
    LeadPositions,
)

_COPY = "/bapi/futures/v1/friendly/future/copy-trade"
_COPY_PUBLIC = "/bapi/futures/v1/public/future/copy-trade"
COPY_LIST = f"{_COPY}/home-page/query-list"
COPY_DETAIL = f"{_COPY}/lead-portfolio/detail"
COPY_CHART = f"{_COPY_PUBLIC}/lead-portfolio/chart-data"
COPY_POSITIONS = f"{_COPY}/lead-data/positions"
LEADERBOARD_RANK = "/bapi/futures/v3/public/future/leaderboard/getLeaderboardRank"
TIME_RANGES = ("7D", "30D", "90D", "180D", "365D")
PERIODS = ("DAILY", "WEEKLY", "MONTHLY", "ALL")
PAGE_SIZE_MAX = 30  # the site answers at most this many per page


@dataclass(frozen=True, slots=True)
class CopyLead:
    """A lead portfolio as the copy-trading list shows it (ROI and drawdown as fractions)."""

    portfolio_id: str
    nickname: str
    roi: float | None
    max_drawdown: float | None
    pnl: float | None
    aum: float | None
    copiers: int | None
    max_copiers: int | None


@dataclass(frozen=True, slots=True)
class CopyLeadDetail:
    nickname: str
    status: str
    positions_shared: bool | None
    aum: float | None
    copiers: int | None
    max_copiers: int | None

    @property
    def closed(self) -> bool:
        return bool(self.status) and self.status.upper() not in ("ACTIVE", "OPEN")


@dataclass(frozen=True, slots=True)
class OpenPosition:
    symbol: str
    notional: float  # USD, absolute
    leverage: float


@dataclass(frozen=True, slots=True)
class BookPositions:
    """Open positions, or ``hidden`` when the lead trader does not share them."""

    hidden: bool
    positions: tuple[OpenPosition, ...] = ()

    def average_leverage(self) -> float | None:
        """Notional-weighted mean leverage (metrics-conventions §5.1); None without positions."""
        total = sum(p.notional for p in self.positions)
        if self.hidden or total <= 0:
            return None
        return sum(p.leverage * p.notional for p in self.positions) / total

    def hhi(self) -> float | None:
        """Concentration of the open notional by symbol (§6), 0..1; None without positions."""
        total = sum(p.notional for p in self.positions)
        if self.hidden or total <= 0:
            return None
        by_symbol: dict[str, float] = {}
        for p in self.positions:
            by_symbol[p.symbol] = by_symbol.get(p.symbol, 0.0) + p.notional
        return sum((v / total) ** 2 for v in by_symbol.values())

    def to_json(self) -> str:
        return json.dumps(
            {
                "hidden": self.hidden,
                "positions": [
                    {"symbol": p.symbol, "notional": p.notional, "leverage": p.leverage}
                    for p in self.positions
                ],
            }
        )


@dataclass(frozen=True, slots=True)
class LeaderboardEntry:
    encrypted_uid: str
    nickname: str
    rank: int | None
    value: float | None
    positions_shared: bool | None
    followers: int | None


# -- strict reading helpers ---------------------------------------------------------------------


def _obj(value: Any, endpoint: str, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BinanceError(endpoint, f"{where} is not an object")
    return value


def _list(value: Any, endpoint: str, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise BinanceError(endpoint, f"{where} is not a list")
    return value


def _num(obj: dict[str, Any], name: str, endpoint: str, where: str) -> float | None:
    """An optional finite number (numeric text accepted); None when absent or null."""
    value = obj.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BinanceError(endpoint, f"{where}.{name} is true/false, expected a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BinanceError(endpoint, f"{where}.{name} is {value!r}, expected a number") from None
    if not math.isfinite(number):
        raise BinanceError(endpoint, f"{where}.{name} is {value!r}, expected a finite number")
    return number


def _int(obj: dict[str, Any], name: str, endpoint: str, where: str) -> int | None:
    value = _num(obj, name, endpoint, where)
    return None if value is None else int(value)


def _str(obj: dict[str, Any], name: str, endpoint: str, where: str) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not value.strip():
        raise BinanceError(endpoint, f"{where}.{name} is missing or not text")
    return value.strip()


def _pct(value: float | None) -> float | None:
    return None if value is None else value / 100.0


# -- the reads ----------------------------------------------------------------------------------


def copy_leads(
    client: BinanceLeaderboardClient,
    *,
    time_range: str = "90D",
    sort_by: str = "ROI",
    page: int = 1,
    page_size: int = 18,
) -> tuple[list[CopyLead], int]:
    """One page of the copy-trading lead list and the list's total length."""
    payload = {
        "pageNumber": page,
        "pageSize": min(page_size, PAGE_SIZE_MAX),
        "timeRange": time_range,
        "dataType": sort_by,
        "favoriteOnly": False,
        "hideFull": False,
        "nickname": "",
        "order": "DESC",
        "userAsset": 0,
        "portfolioType": "ALL",
    }
    data = _obj(client.call(COPY_LIST, payload), COPY_LIST, "data")
    rows = data.get("list")
    if rows is None:
        return [], 0
    leads = []
    for i, row in enumerate(_list(rows, COPY_LIST, "data.list")):
        where = f"data.list[{i}]"
        item = _obj(row, COPY_LIST, where)
        mdd = _pct(_num(item, "mdd", COPY_LIST, where))
        leads.append(
            CopyLead(
                portfolio_id=_str(item, "leadPortfolioId", COPY_LIST, where),
                nickname=_str(item, "nickname", COPY_LIST, where),
                roi=_pct(_num(item, "roi", COPY_LIST, where)),
                max_drawdown=None if mdd is None else -abs(mdd),
                pnl=_num(item, "pnl", COPY_LIST, where),
                aum=_num(item, "aum", COPY_LIST, where),
                copiers=_int(item, "currentCopyCount", COPY_LIST, where),
                max_copiers=_int(item, "maxCopyCount", COPY_LIST, where),
            )
        )
    total = _int(data, "total", COPY_LIST, "data")
    return leads, total if total is not None else len(leads)


def copy_detail(client: BinanceLeaderboardClient, portfolio_id: str) -> CopyLeadDetail:
    data = client.call(COPY_DETAIL, params={"portfolioId": portfolio_id})
    if data is None:
        raise BinanceError(COPY_DETAIL, f"no lead portfolio {portfolio_id}")
    item = _obj(data, COPY_DETAIL, "data")
    shown = item.get("positionShow")
    status = item.get("status")
    return CopyLeadDetail(
        nickname=_str(item, "nickname", COPY_DETAIL, "data"),
        status=status if isinstance(status, str) else "",
        positions_shared=shown if isinstance(shown, bool) else None,
        aum=_num(item, "aumAmount", COPY_DETAIL, "data"),
        copiers=_int(item, "currentCopyCount", COPY_DETAIL, "data"),
        max_copiers=_int(item, "maxCopyCount", COPY_DETAIL, "data"),
    )


def copy_chart(
    client: BinanceLeaderboardClient, portfolio_id: str, data_type: str, time_range: str
) -> dict[date, float]:
    """One chart series (cumulative ``ROI`` in percent or ``PNL`` in USDT) by UTC day."""
    params = {"portfolioId": portfolio_id, "timeRange": time_range, "dataType": data_type}
    data = client.call(COPY_CHART, params=params)
    if data is None:
        return {}
    points: dict[date, float] = {}
    for i, row in enumerate(_list(data, COPY_CHART, "data")):
        where = f"data[{i}]"
        item = _obj(row, COPY_CHART, where)
        value = _num(item, "value", COPY_CHART, where)
        stamp = _num(item, "dateTime", COPY_CHART, where)
        if value is None or stamp is None:
            raise BinanceError(COPY_CHART, f"{where} lacks value or dateTime")
        if stamp <= 0:
            raise BinanceError(COPY_CHART, f"{where}.dateTime is {stamp!r}, expected epoch ms")
        points[datetime.fromtimestamp(stamp / 1000, UTC).date()] = value
    return points


def copy_roi_days(
    client: BinanceLeaderboardClient, portfolio_id: str, *, time_range: str = "90D"
) -> list[CandidateDay]:
    """Daily returns from the cumulative ROI chart, one per UTC day, in order."""
    points = copy_chart(client, portfolio_id, "ROI", time_range)
    return returns_from_cumulative({d: v / 100.0 for d, v in points.items()})


def copy_daily_pnl(
    client: BinanceLeaderboardClient, portfolio_id: str, *, time_range: str = "90D"
) -> dict[date, float]:
    """Each UTC day's P&L (USDT) from the cumulative P&L chart (the range starts at 0)."""
    points = copy_chart(client, portfolio_id, "PNL", time_range)
    daily: dict[date, float] = {}
    previous = 0.0
    for day in sorted(points):
        daily[day] = points[day] - previous
        previous = points[day]
    return daily


def returns_from_cumulative(points: dict[date, float]) -> list[CandidateDay]:
    """Daily returns from cumulative ROI (fractions) per day; the range starts at 0."""
    days: list[CandidateDay] = []
    previous = 0.0
    for day in sorted(points):
        level = points[day]
        if 1.0 + previous <= 0.0:
            break  # wiped out before: nothing after it is a return of the same money
        r = -1.0 if 1.0 + level <= 0.0 else (1.0 + level) / (1.0 + previous) - 1.0
        days.append(CandidateDay(day=day, daily_return=max(r, -1.0)))
        previous = level
    return days


def copy_positions(client: BinanceLeaderboardClient, portfolio_id: str) -> BookPositions:
    try:
        data = client.call(COPY_POSITIONS, params={"portfolioId": portfolio_id})
    except BinanceError as exc:
        answer = exc.problem.lower()
        if answer.startswith("error code") and ("share" in answer or "privacy" in answer):
            return BookPositions(hidden=True)
        raise
    if data is None:
        return BookPositions(hidden=True)
    positions = []
    for i, row in enumerate(_list(data, COPY_POSITIONS, "data")):
        where = f"data[{i}]"
        item = _obj(row, COPY_POSITIONS, where)
        amount = _num(item, "positionAmount", COPY_POSITIONS, where) or 0.0
        if amount == 0:
            continue
        symbol = _str(item, "symbol", COPY_POSITIONS, where).upper()
        notional = _num(item, "notionalValue", COPY_POSITIONS, where)
        mark = _num(item, "markPrice", COPY_POSITIONS, where)
        if notional is None:
            if mark is None:
                raise BinanceError(
                    COPY_POSITIONS, f"{where} has neither notionalValue nor markPrice"
                )
            notional = amount * mark
        leverage = _num(item, "leverage", COPY_POSITIONS, where)
        if leverage is None or not 1 <= leverage <= 125:
            raise BinanceError(
                COPY_POSITIONS, f"{where}.leverage is {leverage!r}, expected 1 to 125"
            )
        positions.append(OpenPosition(symbol, abs(notional), leverage))
    return BookPositions(hidden=False, positions=tuple(positions))


def lead_book(positions: LeadPositions) -> BookPositions:
    """The leaderboard poller's positions as a book (notional at the mark price)."""
    if positions.hidden:
        return BookPositions(hidden=True)
    return BookPositions(
        hidden=False,
        positions=tuple(
            OpenPosition(p.symbol, p.quantity * p.mark_price, p.leverage)
            for p in positions.positions
        ),
    )


def leaderboard(
    client: BinanceLeaderboardClient, *, period: str = "MONTHLY", statistic: str = "ROI"
) -> list[LeaderboardEntry]:
    """The futures leaderboard's traders who share their positions."""
    payload = {
        "tradeType": "PERPETUAL",
        "statisticsType": statistic,
        "periodType": period,
        "isShared": True,
        "isTrader": False,
    }
    data = client.call(LEADERBOARD_RANK, payload)
    if data is None:
        return []
    entries = []
    for i, row in enumerate(_list(data, LEADERBOARD_RANK, "data")):
        where = f"data[{i}]"
        item = _obj(row, LEADERBOARD_RANK, where)
        shared = item.get("positionShared")
        entries.append(
            LeaderboardEntry(
                encrypted_uid=_str(item, "encryptedUid", LEADERBOARD_RANK, where),
                nickname=_str(item, "nickName", LEADERBOARD_RANK, where),
                rank=_int(item, "rank", LEADERBOARD_RANK, where),
                value=_num(item, "value", LEADERBOARD_RANK, where),
                positions_shared=shared if isinstance(shared, bool) else None,
                followers=_int(item, "followerCount", LEADERBOARD_RANK, where),
            )
        )
    return entries
