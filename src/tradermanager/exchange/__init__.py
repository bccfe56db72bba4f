"""The connector to the user's own exchange account: orders, positions, balance, account set-up.

It speaks domain terms (:mod:`tradermanager.exchange.models`) and knows nothing of the store;
everything specific to one exchange (Binance USDⓈ-M through ccxt) stays in its own module.
"""
