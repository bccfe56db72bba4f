"""The sections of the trader card, one module each; ``ui/trader_card.py`` composes them."""
