"""E-mail through a real SMTP server on loopback (aiosmtpd): plain text with an HTML
alternative, login, STARTTLS and SSL, and failures in words."""

from __future__ import annotations

import socket
import ssl

import pytest

from notify_servers import SMTP_PASSWORD, SMTP_USER, self_signed_cert, smtp_server
from tradermanager.domain.alert_message import AlertNotice
from tradermanager.domain.alert_routing import Severity
from tradermanager.domain.notification_settings import make_email
from tradermanager.notify.email_smtp import SmtpMailer
from tradermanager.notify.errors import DeliveryError

NOTICE = AlertNotice(
    "URGENT: Daily loss — Ann <fx>",
    "What fired: Copying Ann lost $250.00 today (limit $200.00).\nTrader: Ann <fx>",
    "<html><body><p>What fired: Copying Ann lost $250.00 today</p></body></html>",
    Severity.URGENT,
)


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    cert, key = self_signed_cert(tmp_path_factory.mktemp("tls"))
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(cert, key)
    client = ssl.create_default_context(cafile=str(cert))
    return server, client


def channel(port, security="none", user="", to="ann@example.com"):
    return make_email("127.0.0.1", port, security, user, "alerts@example.com", to)


def test_plain_and_html_bodies_reach_the_mailbox():
    with smtp_server() as box:
        SmtpMailer(channel(box.port), timeout=5).send(NOTICE, "tradermanager-alert-7-email")
    [message] = box.messages
    assert message["Subject"] == NOTICE.title
    assert message["To"] == "ann@example.com" and message["From"] == "alerts@example.com"
    assert message["Message-ID"] == "<tradermanager-alert-7-email@example.com>"
    assert message["X-Priority"] == "1"
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert plain.replace("\r\n", "\n").startswith(NOTICE.text) and "<p>What fired" in html
    assert box.envelopes == [("alerts@example.com", ["ann@example.com"])]


def test_several_recipients_get_one_message():
    with smtp_server() as box:
        SmtpMailer(channel(box.port, to="a@example.com, b@example.org"), timeout=5).send(NOTICE)
    assert box.envelopes == [("alerts@example.com", ["a@example.com", "b@example.org"])]


def test_starttls_with_login(tls):
    server_ctx, client_ctx = tls
    with smtp_server(login=True, tls=server_ctx) as box:
        mailer = SmtpMailer(channel(box.port, "starttls", SMTP_USER), SMTP_PASSWORD, 5, client_ctx)
        mailer.send(NOTICE)
    assert box.logins == [SMTP_USER] and len(box.messages) == 1


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_ssl_with_login(tls):
    server_ctx, client_ctx = tls
    with smtp_server(login=True, tls=server_ctx, implicit_tls=True) as box:
        SmtpMailer(channel(box.port, "ssl", SMTP_USER), SMTP_PASSWORD, 5, client_ctx).send(NOTICE)
    assert box.logins == [SMTP_USER] and len(box.messages) == 1


def test_a_wrong_password_is_permanent_and_does_not_show_the_password(tls):
    server_ctx, client_ctx = tls
    with smtp_server(login=True, tls=server_ctx) as box:
        mailer = SmtpMailer(
            channel(box.port, "starttls", SMTP_USER), "wrong-pass-123", 5, client_ctx
        )
        with pytest.raises(DeliveryError) as err:
            mailer.send(NOTICE)
    assert err.value.permanent and "refused the login for desk@example.com" in err.value.reason
    assert "wrong-pass-123" not in str(err.value) and box.messages == []


def test_starttls_on_a_server_without_it_is_explained():
    with smtp_server() as box, pytest.raises(DeliveryError) as err:
        SmtpMailer(channel(box.port, "starttls"), timeout=5).send(NOTICE)
    assert "does not offer STARTTLS" in err.value.reason and err.value.permanent


def test_an_untrusted_certificate_is_refused(tls):
    server_ctx, _ = tls
    with smtp_server(tls=server_ctx, implicit_tls=True) as box, pytest.raises(DeliveryError) as err:
        SmtpMailer(channel(box.port, "ssl"), timeout=5).send(NOTICE)
    assert "TLS handshake" in err.value.reason


def test_a_closed_port_is_a_retryable_failure():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeliveryError) as err:
        SmtpMailer(channel(port), timeout=5).send(NOTICE)
    assert not err.value.permanent and f"127.0.0.1:{port}" in err.value.reason


def test_a_server_that_does_not_answer_times_out():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts the connection, never sends a greeting
        port = listener.getsockname()[1]
        with pytest.raises(DeliveryError) as err:
            SmtpMailer(channel(port), timeout=0.5).send(NOTICE)
    assert "did not answer in time" in err.value.reason and not err.value.permanent
