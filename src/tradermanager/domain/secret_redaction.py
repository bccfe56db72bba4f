"""Secrets never reach a log file, stderr or a crash report: one logging filter, shared by
every place that holds a secret (Telegram credentials, the exchange key, the bot token and
SMTP password), masks each known secret in messages and tracebacks."""

from __future__ import annotations

import logging

MASK = "«hidden»"


class SecretRedactor(logging.Filter):
    """Masks known secret strings in a record's message and arguments."""

    def __init__(self) -> None:
        super().__init__("tradermanager-secrets")
        self.secrets: set[str] = set()

    def add(self, secret: str) -> None:
        """Mask ``secret`` from now on (shorter than 6 characters: too common to mask) in
        every record that reaches a root-logger handler."""
        if len(secret) >= 6:
            self.secrets.add(secret)
        for handler in logging.getLogger().handlers:
            if self not in handler.filters:
                handler.addFilter(self)

    def mask(self, text: str) -> str:
        for secret in sorted(self.secrets, key=len, reverse=True):
            text = text.replace(secret, MASK)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        masked = self.mask(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            formatter = logging.Formatter()
            record.exc_text = self.mask(formatter.formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        return True


REDACTOR = SecretRedactor()
