"""Leverage brackets from Binance's /fapi/v1/leverageBracket response, ccxt's
fetch_leverage_tiers result and the shipped table: read, checked, errors naming where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradermanager.domain.engine.brackets import BracketOrigin
from tradermanager.domain.errors import ValidationError
from tradermanager.sources.binance_brackets import (
    bundled_brackets,
    bundled_table,
    parse_brackets,
    read_bracket_file,
)

FIXTURES = Path(__file__).parent / "fixtures" / "leverage_brackets"


def test_binance_response_shape() -> None:
    read = read_bracket_file(FIXTURES / "binance_leverage_bracket.json")
    sushi, wif = read.tables
    assert (sushi.symbol, wif.symbol) == ("SUSHIUSDT", "WIFUSDT")
    assert sushi.origin is BracketOrigin.FILE
    first, second = wif.brackets[:2]
    assert (first.floor, first.cap, first.rate, first.cum, first.max_leverage) == (
        0,
        5_000,
        0.015,
        0,
        50,
    )
    assert (second.floor, second.cap, second.rate, second.cum) == (5_000, 50_000, 0.02, 25)
    assert [b.cum for b in sushi.brackets] == [0, 50, 1_300, 31_300, 71_300, 321_300, 1_821_300]


def test_ccxt_shape_with_string_numbers_and_a_quarterly_contract() -> None:
    read = read_bracket_file(FIXTURES / "ccxt_leverage_tiers.json")
    by_symbol = {t.symbol: t for t in read.tables}
    assert set(by_symbol) == {"DOGEUSDT", "BTCUSDT_241227"}
    doge = by_symbol["DOGEUSDT"]
    assert [b.cum for b in doge.brackets[:3]] == [0, 20, 170]
    assert doge.brackets[2].max_leverage == 40


def test_a_single_symbol_response_is_read_too() -> None:
    one = json.loads((FIXTURES / "binance_leverage_bracket.json").read_text())[1]
    (table,) = parse_brackets(one, "one.json", BracketOrigin.EXCHANGE).tables
    assert table.symbol == "WIFUSDT" and table.origin is BracketOrigin.EXCHANGE


def test_every_bad_symbol_is_listed_with_its_bracket_and_field(tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "binance_leverage_bracket.json").read_text())
    data[0]["brackets"][2]["cum"] = 1_000.0  # 1,300 by the rule
    data[1]["brackets"][1]["notionalFloor"] = 6_000  # leaves a gap after 5,000
    bad = tmp_path / "brackets.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(ValidationError) as caught:
        read_bracket_file(bad)
    text = str(caught.value)
    assert "brackets.json" in text
    assert "SUSHIUSDT bracket 3 cum" in text and "1300.00" in text
    assert "WIFUSDT bracket 2 notional floor" in text and "5000, the cap above" in text


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json", "invalid JSON at line 1"),
        ('{"a": 1}', "a /fapi/v1/leverageBracket response"),
        ("[]", "at least one symbol"),
        ('[{"symbol": "BTCUSDT"}]', "BTCUSDT brackets"),
        ('[{"symbol": "btc usdt", "brackets": []}]', "entry 1 symbol"),
        ('[{"symbol": "BTCUSDT", "brackets": [{"notionalCap": 5}]}]', "bracket 1 notionalFloor"),
        ('[{"symbol": "BTCUSD", "brackets": [{"qtyCap": 5}]}]', "a COIN-M bracket"),
    ],
)
def test_malformed_files(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content)
    with pytest.raises(ValidationError, match=words):
        read_bracket_file(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="readable file"):
        read_bracket_file(tmp_path / "nope.json")


def test_the_shipped_table_covers_the_demo_the_corpus_and_the_majors() -> None:
    shipped = bundled_brackets()
    assert shipped.as_of_ms is not None and "leverageBracket" in (shipped.source or "")
    symbols = {t.symbol for t in shipped.tables}
    assert len(symbols) >= 300
    demo = ["BTC", "ETH", "BNB", "SOL", "XRP", "ADA", "AVAX", "DOGE", "SHIB", "PEPE"]
    corpus = ["TRX", "SEI", "OP", "NEAR", "LTC", "LINK", "ATOM", "INJ", "ARB", "SUI"]
    corpus += ["DOT", "WIF", "TIA", "APT", "ORDI", "1INCH", "NEIRO"]
    corpus += ["1000BONK", "1000FLOKI", "TURBO", "1MBABYDOGE", "DIA", "LQTY", "BRETT"]
    for token in demo + corpus:
        assert bundled_table(f"{token}USDT") is not None, token
    assert bundled_table("PEPEUSDT").symbol == "1000PEPEUSDT"  # type: ignore[union-attr]
    assert bundled_table("NOSUCHUSDT") is None
    # every shipped cum follows the rule (checked on reading); BTCUSDT's first brackets
    btc = bundled_table("BTCUSDT")
    assert btc is not None
    assert [(b.cap, b.rate, b.cum, b.max_leverage) for b in btc.brackets[:3]] == [
        (50_000, 0.004, 0, 125),
        (600_000, 0.005, 50, 100),
        (3_000_000, 0.0065, 950, 75),
    ]


rates = st.lists(st.floats(0.001, 0.5), min_size=1, max_size=10).map(sorted)


@given(rates, st.data())
def test_cum_by_the_rule_is_accepted_and_one_cent_off_more_is_not(rates, data) -> None:
    caps = sorted(
        data.draw(st.sets(st.integers(1, 10**9), min_size=len(rates), max_size=len(rates)))
    )
    floor, cum, prev, rows = 0, 0.0, 0.0, []
    for n, (cap, rate) in enumerate(zip(caps, rates, strict=True), start=1):
        cum += floor * (rate - prev)
        rows.append({"bracket": n, "initialLeverage": 1, "notionalCap": cap,
                     "notionalFloor": floor, "maintMarginRatio": rate, "cum": cum})  # fmt: skip
        floor, prev = cap, rate
    table = parse_brackets([{"symbol": "ABCUSDT", "brackets": rows}], "h", BracketOrigin.FILE)
    assert len(table.tables[0].brackets) == len(rows)
    rows[-1]["cum"] = cum + 0.02 + 1e-9 * cum * 2
    with pytest.raises(ValidationError, match=f"ABCUSDT bracket {len(rows)} cum"):
        parse_brackets([{"symbol": "ABCUSDT", "brackets": rows}], "h", BracketOrigin.FILE)
