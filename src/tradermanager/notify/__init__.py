"""Delivery channels for alerts beyond the tray: the Telegram Bot API and e-mail over SMTP,
and their secrets in the OS keyring. Speaks domain objects; knows nothing of the store."""
