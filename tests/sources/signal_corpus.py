"""Channel messages of many styles with the parse each must give (only the fields that
matter for that message). Written for these tests; no real channel's text."""

from __future__ import annotations

from typing import Any

L, S = "long", "short"
SIG, FU, NO, REV = "signal", "follow_up", "not_signal", "needs_review"

CORPUS: list[tuple[str, dict[str, Any]]] = [
    # Cornix-style blocks
    (
        "#BTC/USDT LONG\nLeverage: Cross 10x\nEntry: 65,000\nTargets:\n1) 66,000\n2) 67,500\n"
        "Stop Loss: 63,500",
        {
            "kind": SIG,
            "symbol": "BTC",
            "side": L,
            "entries": (65000.0,),
            "take_profits": (66000.0, 67500.0),
            "stop_loss": 63500.0,
            "leverage": 10.0,
            "margin_mode": "cross",
        },
    ),
    (
        "📍Coin: #ETH/USDT\n🟢 Direction: Long\n🔥Leverage: Isolated 20x\n"
        "Entry Zone: 3,400 - 3,450\n"
        "Take-Profit Targets:\n1) 3,500\n2) 3,600\n3) 3,750\n⛔️Stop Loss: 3,300",
        {
            "kind": SIG,
            "symbol": "ETH",
            "side": L,
            "entries": (3400.0, 3450.0),
            "entry_kind": "range",
            "take_profits": (3500.0, 3600.0, 3750.0),
            "stop_loss": 3300.0,
            "leverage": 20.0,
            "margin_mode": "isolated",
        },
    ),
    (
        "$SOL SHORT 🔻\nEntry zone: 150 - 152\nTP1: 145\nTP2: 140\nSL: 156\nIsolated 5x\n"
        "Confidence: 65%",
        {
            "kind": SIG,
            "symbol": "SOL",
            "side": S,
            "entries": (150.0, 152.0),
            "take_profits": (145.0, 140.0),
            "stop_loss": 156.0,
            "leverage": 5.0,
            "confidence": 0.65,
        },
    ),
    (
        "Pair: XRP/USDT\nSide: SHORT\nEntry: 0.62\nTP1 0.60 TP2 0.58 TP3 0.55\nSL 0.65\nLev 15",
        {
            "kind": SIG,
            "symbol": "XRP",
            "side": S,
            "take_profits": (0.60, 0.58, 0.55),
            "leverage": 15.0,
        },
    ),
    (
        "AVAXUSDT LONG\nEntry: 1) 35.2 2) 34.8\nTargets: 36.5 / 38 / 40\nStop: 33.9\nCross 8x",
        {
            "kind": SIG,
            "symbol": "AVAX",
            "entries": (35.2, 34.8),
            "entry_kind": "multiple",
            "take_profits": (36.5, 38.0, 40.0),
            "stop_loss": 33.9,
            "leverage": 8.0,
        },
    ),
    (
        "BNB/USDT buy\nEntry: market\nTP: 600 / 620\nSL: 560\n5x",
        {
            "kind": SIG,
            "symbol": "BNB",
            "side": L,
            "entry_kind": "market",
            "take_profits": (600.0, 620.0),
        },
    ),
    (
        "#DOGE/USDT LONG\nLeverage: Cross 20x\nEntry: 0.1500\nTargets: 0.1600 / 0.1700\n"
        "Stop: 0.1420\n"
        "Confidence: 90%",
        {"kind": SIG, "symbol": "DOGE", "confidence": 0.9, "leverage": 20.0},
    ),
    (
        "Coin: $ADA\nLong\nEntry 0,45\nTarget 1 - 0,50\nTarget 2 - 0,55\nStop loss 0,42",
        {
            "kind": SIG,
            "symbol": "ADA",
            "entries": (0.45,),
            "take_profits": (0.50, 0.55),
            "stop_loss": 0.42,
        },
    ),
    (
        "🚀🚀 #PEPE LONG 🚀🚀\nEntry: 0.0000120\nTP1: 0.0000130 TP2: 0.0000145\nSL: 0.0000110\n25x",
        {"kind": SIG, "symbol": "PEPE", "entries": (0.000012,), "leverage": 25.0},
    ),
    (
        "SHIB/USDT 📉 SHORT\nEntry: 0.0000250\nTarget: 0.0000235\nStop Loss: 0.0000262\n"
        "Leverage 10x",
        {"kind": SIG, "symbol": "SHIB", "side": S, "take_profits": (0.0000235,), "leverage": 10.0},
    ),
    # terse one-liners
    (
        "BTC long 65k tp 66k sl 64k 10x",
        {
            "kind": SIG,
            "symbol": "BTC",
            "entries": (65000.0,),
            "take_profits": (66000.0,),
            "stop_loss": 64000.0,
            "leverage": 10.0,
        },
    ),
    (
        "eth short 3500 tp 3400 sl 3560",
        {"kind": SIG, "symbol": "ETH", "side": S, "entries": (3500.0,), "take_profits": (3400.0,)},
    ),
    ("$LINK buy @ 14.2 tp 15 sl 13.6", {"kind": SIG, "symbol": "LINK", "entries": (14.2,)}),
    ("sol long now tp 160 sl 140", {"kind": SIG, "symbol": "SOL", "entry_kind": "market"}),
    (
        "BTCUSDT SHORT\nEntry 67,200\nTP 66,000\nSL 68,000",
        {"kind": SIG, "symbol": "BTC", "side": S, "entries": (67200.0,)},
    ),
    # spot buy-zone posts
    (
        "Buy zone 0.45-0.47 #ADA targets 0.50 0.55 0.60 stop 0.42",
        {
            "kind": SIG,
            "symbol": "ADA",
            "side": L,
            "entries": (0.45, 0.47),
            "take_profits": (0.50, 0.55, 0.60),
        },
    ),
    (
        "#MATIC spot buy zone: 0.80 - 0.85\nSell targets: 0.92, 1.00, 1.10\nStop: 0.74",
        {"kind": SIG, "symbol": "MATIC", "side": L, "entry_kind": "range"},
    ),
    (
        "$DOT\nBuy between 6.1 and 6.4\nTargets 7 / 7.5 / 8",
        {"kind": SIG, "symbol": "DOT", "side": L},
    ),
    # numbers with separators and k
    (
        "#BTC LONG Entry 64 500 tp 66,000 sl 63k",
        {"kind": SIG, "symbol": "BTC", "stop_loss": 63000.0, "take_profits": (66000.0,)},
    ),
    (
        "#ETH long entry 3.4k targets 3.5k 3.6k stop 3.3k",
        {"kind": SIG, "entries": (3400.0,), "take_profits": (3500.0, 3600.0), "stop_loss": 3300.0},
    ),
    # mixed case
    (
        "#Btc/Usdt LoNg EnTrY: 65000 tP1: 66000 sL: 64000",
        {"kind": SIG, "symbol": "BTC", "side": L, "take_profits": (66000.0,)},
    ),
    ("Confidence 0.8 - #ARB long entry 1.10 tp 1.20 sl 1.05", {"kind": SIG, "confidence": 0.8}),
    # follow-ups
    ("Target 1 ✅", {"kind": FU, "action": "target_hit", "target_index": 1}),
    (
        "#BTC/USDT Take-Profit target 1 ✅\nProfit: 15.38% 📈",
        {"kind": FU, "action": "target_hit", "symbol": "BTC", "target_index": 1},
    ),
    ("TP2 hit 🎯", {"kind": FU, "action": "target_hit", "target_index": 2}),
    ("#ETH All targets achieved 😎", {"kind": FU, "action": "target_hit", "symbol": "ETH"}),
    ("Target 1 ✅ Move SL to entry", {"kind": FU, "action": "target_hit", "stop_to_entry": True}),
    ("Move SL to entry", {"kind": FU, "action": "stop_moved", "stop_to_entry": True}),
    ("SL moved to breakeven", {"kind": FU, "action": "stop_moved", "stop_to_entry": True}),
    ("Stop moved to 64,000", {"kind": FU, "action": "stop_moved", "new_stop": 64000.0}),
    ("SOL stop loss hit ❌", {"kind": FU, "action": "stop_hit", "symbol": "SOL"}),
    ("Stop loss triggered", {"kind": FU, "action": "stop_hit"}),
    ("SL hit", {"kind": FU, "action": "stop_hit"}),
    ("Close BTC now", {"kind": FU, "action": "close", "symbol": "BTC"}),
    ("Closed at 66,100 ✅", {"kind": FU, "action": "close", "price": 66100.0}),
    ("Close all positions", {"kind": FU, "action": "close"}),
    ("Signal cancelled — don't enter", {"kind": FU, "action": "cancel"}),
    ("#XRP cancelled", {"kind": FU, "action": "cancel", "symbol": "XRP"}),
    (
        "Take profit now and book profits on #AVAX",
        {"kind": FU, "action": "close", "symbol": "AVAX"},
    ),
    # chatter, ads, news
    ("Good morning traders ☕️", {"kind": NO}),
    ("🐋 5,000 BTC moved to an exchange", {"kind": NO}),
    ("Join our VIP group for 90% accuracy signals! DM @admin", {"kind": NO}),
    ("Market looks choppy today, stay patient.", {"kind": NO}),
    ("Weekly results: +340% 🔥🔥", {"kind": NO}),
    ("", {"kind": NO}),
    ("BTC dominance rising, alts may bleed.", {"kind": NO}),
    ("Happy new year everyone 🎉", {"kind": NO}),
    # contradictory or incomplete
    ("ETH long and short both possible here, entry 3400", {"kind": REV}),
    ("#BTC LONG entry 65000 tp 64000 sl 63000", {"kind": REV}),
    ("#BTC SHORT entry 65000 tp 66000 sl 67000", {"kind": REV}),
    ("#BTC LONG entry 65000 tp 66000 sl 65500", {"kind": REV}),
    ("#ETH SHORT entry 3500 tp 3400 sl 3450", {"kind": REV}),
    ("LONG entry 65000 tp 66000 sl 64000", {"kind": REV}),
    ("#SOL long", {"kind": REV}),
    ("Buy now!!! tp 2x", {"kind": REV}),
    ("#ETH short entry 3,500", {"kind": SIG, "entries": (3500.0,)}),
    (
        "#BTC long entry 65000 targets 66000 67000 sl 64000 leverage 5x - 10x",
        {"kind": SIG, "leverage": 10.0},
    ),
    ("#OP SELL 2.10 TP 1.95 SL 2.20", {"kind": SIG, "side": S, "entries": (2.1,)}),
    ("INJ-PERP long entry 25 tp 27 sl 24", {"kind": SIG, "symbol": "INJ"}),
    (
        "#TIA/USDT long\nentry: 11.5\ntp: 12.2 / 13.0\nsl: 10.9\nconfidence: 72%",
        {"kind": SIG, "confidence": 0.72, "take_profits": (12.2, 13.0)},
    ),
]
