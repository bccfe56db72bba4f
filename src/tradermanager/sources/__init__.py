"""Where traders, trades, signals and prices come from. Produces domain objects; no SQL."""
