"""Each contract's maintenance-margin brackets, for the engine's liquidation prices and the
leverage it allows: the table stored from the exchange or an imported file, else the one shipped
with the application, else an estimate (docs/execution.md, "Liquidation")."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tradermanager.domain.clock import Clock
from tradermanager.domain.engine.brackets import BracketOrigin, BracketTable, estimated_table
from tradermanager.domain.errors import ValidationError
from tradermanager.domain.market import DAY_MS, to_ms
from tradermanager.exchange.connector import ExchangeConnector
from tradermanager.exchange.errors import ExchangeError
from tradermanager.sources.binance_brackets import (
    bundled_brackets,
    bundled_table,
    candidate_symbols,
    read_bracket_file,
)
from tradermanager.store import brackets as repo
from tradermanager.store.connection import Store

if TYPE_CHECKING:
    from tradermanager.services.live_exchange import LiveExchange


@dataclass(frozen=True, slots=True)
class BracketImport:
    """What an import or an exchange refresh stored: the contracts, in file order."""

    symbols: tuple[str, ...]
    origin: BracketOrigin


# A token or symbol → its USDⓈ-M contract (raises ValidationError); the market data service
# owns that rule and hands it in.
ContractName = Callable[[str], str]


class BracketService:
    def __init__(self, store: Store, clock: Clock, contract: ContractName) -> None:
        self._store = store
        self._clock = clock
        self._contract = contract

    def tables(self, symbols: Iterable[str]) -> dict[str, BracketTable]:
        """The table of each symbol or token (``BTC``, ``BTCUSDT``), keyed as asked."""
        asked = list(dict.fromkeys(symbols))
        contracts: dict[str, str | None] = {}
        for raw in asked:
            try:
                contracts[raw] = self._contract(raw)
            except ValidationError:
                contracts[raw] = None
        names = {n for c in contracts.values() if c is not None for n in candidate_symbols(c)}
        stored = repo.load_tables(names)
        out: dict[str, BracketTable] = {}
        for raw in asked:
            contract = contracts[raw]
            out[raw] = self._pick(contract, stored) if contract else estimated_table(raw)
        return out

    def table(self, symbol: str) -> BracketTable:
        """One contract's table (see :meth:`tables`)."""
        return self.tables([symbol])[symbol]

    @staticmethod
    def _pick(contract: str, stored: dict[str, BracketTable]) -> BracketTable:
        for name in candidate_symbols(contract):
            if name in stored:
                return stored[name]
        return bundled_table(contract) or estimated_table(contract)

    def import_file(self, path: Path | str) -> BracketImport:
        """Store every table of a saved /fapi/v1/leverageBracket response or ccxt
        fetch_leverage_tiers result, replacing those contracts' stored tables, in one
        transaction; a bad file raises ValidationError and nothing is stored."""
        read = read_bracket_file(path, BracketOrigin.FILE)
        return self.save(read.tables, BracketOrigin.FILE)

    def save(self, tables: Iterable[BracketTable], origin: BracketOrigin) -> BracketImport:
        """Store tables (read from the exchange, or imported) in one transaction."""
        kept = tuple(BracketTable(t.symbol, t.brackets, origin, t.as_of_ms) for t in tables)
        with self._store.write():
            repo.replace_tables(kept, to_ms(self._clock.now()))
        return BracketImport(tuple(t.symbol for t in kept), origin)

    def refresh_from_exchange(
        self, connector: ExchangeConnector, max_age_ms: int = DAY_MS
    ) -> BracketImport | None:
        """Store the connected account's brackets of every contract, unless tables read from
        the exchange less than ``max_age_ms`` ago are stored (Binance changes them rarely, and
        announces it). None when nothing was read."""
        now = to_ms(self._clock.now())
        newest = repo.newest(BracketOrigin.EXCHANGE)
        if newest is not None and now - newest < max_age_ms:
            return None
        return self.save(connector.leverage_brackets(), BracketOrigin.EXCHANGE)

    def refresh_from_account(self, exchange: LiveExchange) -> str | None:
        """:meth:`refresh_from_exchange` with the connected account, when one is; returns
        why it failed (the stored tables stay), or None."""
        if not exchange.connected():
            return None
        try:
            self.refresh_from_exchange(exchange.gateway().connector)
        except ExchangeError as exc:
            return str(exc)
        return None

    def forget(self, symbol: str) -> int:
        """Drop a contract's stored table (the shipped one, or the estimate, applies again)."""
        contract = self._contract(symbol)
        with self._store.write():
            return repo.delete_table(contract)

    def stored(self) -> list[BracketTable]:
        """Every stored table, by contract."""
        return sorted(repo.load_tables().values(), key=lambda t: t.symbol)

    @staticmethod
    def bundled_source() -> tuple[str | None, int | None]:
        """(where the shipped tables come from, as of when in UTC epoch ms)."""
        shipped = bundled_brackets()
        return shipped.source, shipped.as_of_ms
