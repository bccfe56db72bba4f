"""Sending an alert by e-mail with smtplib: STARTTLS, SSL or plain, login when a user is set,
a plain-text body with an HTML alternative.

Errors come back as :class:`DeliveryError` in words: a refused login or a refused recipient is
permanent (retrying cannot help until the settings change); a connection that fails, times
out or gets a 4xx answer is retried by the outbox.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from tradermanager.domain.alert_message import AlertNotice
from tradermanager.domain.notification_settings import EmailChannel
from tradermanager.notify.errors import DeliveryError

TIMEOUT = 20.0  # seconds per SMTP operation


def build_message(notice: AlertNotice, channel: EmailChannel, message_id: str = "") -> EmailMessage:
    """The e-mail for ``notice``; ``message_id`` (e.g. the outbox key) makes a resend of the
    same alert recognisable to mail clients."""
    message = EmailMessage()
    message["Subject"] = notice.title
    message["From"] = channel.sender
    message["To"] = ", ".join(channel.recipients)
    message["Date"] = formatdate(localtime=False, usegmt=True)
    domain = channel.sender.rsplit("@", 1)[-1]
    message["Message-ID"] = f"<{message_id}@{domain}>" if message_id else make_msgid(domain=domain)
    if notice.severity.value == "urgent":
        message["X-Priority"] = "1"
        message["Importance"] = "high"
    message.set_content(notice.text + "\n\n-- \ntradermanager\n")
    message.add_alternative(notice.html, subtype="html")
    return message


@dataclass
class SmtpMailer:
    channel: EmailChannel
    password: str = field(default="", repr=False)
    timeout: float = TIMEOUT
    ssl_context: ssl.SSLContext | None = None  # None = the system's trusted certificates

    def __repr__(self) -> str:
        return f"SmtpMailer({self.channel.host}:{self.channel.port}, {self.channel.security})"

    def send(self, notice: AlertNotice, message_id: str = "") -> None:
        message = build_message(notice, self.channel, message_id)
        c = self.channel
        context = self.ssl_context or ssl.create_default_context()
        try:
            smtp: smtplib.SMTP
            if c.security == "ssl":
                smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=self.timeout)
            with smtp:
                if c.security == "starttls":
                    smtp.ehlo()
                    if not smtp.has_extn("starttls"):
                        raise DeliveryError(
                            f"{c.host} does not offer STARTTLS on port {c.port}; choose SSL or "
                            "another port",
                            permanent=True,
                        )
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if c.user:
                    if not self.password:
                        raise DeliveryError(
                            "no SMTP password is saved for this e-mail account", permanent=True
                        )
                    smtp.login(c.user, self.password)
                refused = smtp.send_message(message)
            if refused:
                raise DeliveryError(
                    f"the server refused {', '.join(sorted(refused))}", permanent=True
                )
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(
                f"the SMTP server refused the login for {c.user} ({exc.smtp_code}); check the user "
                "and password (many providers need an app password)",
                permanent=True,
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError(
                f"{c.host}:{c.port} does not support what the settings ask ({exc}); check the "
                "security mode, or leave the user empty for a server without login",
                permanent=True,
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError(
                f"the server refused the recipients {', '.join(sorted(exc.recipients))}",
                permanent=True,
            ) from None
        except smtplib.SMTPResponseException as exc:
            text = (
                exc.smtp_error.decode("utf-8", "replace")
                if isinstance(exc.smtp_error, bytes)
                else str(exc.smtp_error)
            )
            raise DeliveryError(
                f"the SMTP server answered {exc.smtp_code} {text.strip()}",
                permanent=500 <= exc.smtp_code < 600,
            ) from None
        except ssl.SSLError as exc:
            raise DeliveryError(
                f"the TLS handshake with {c.host}:{c.port} failed ({exc.reason or exc}); check "
                "SSL vs STARTTLS and the port",
                permanent=True,
            ) from None
        except TimeoutError:
            raise DeliveryError(f"{c.host}:{c.port} did not answer in time") from None
        except smtplib.SMTPServerDisconnected as exc:
            if "timed out" in str(exc):
                raise DeliveryError(f"{c.host}:{c.port} did not answer in time") from None
            raise DeliveryError(f"{c.host}:{c.port} closed the connection ({exc})") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(
                f"could not talk to {c.host}:{c.port} ({type(exc).__name__}: {exc})"
            ) from None
