#!/usr/bin/python3
"""Minimal SMTP submission server for tests (works as root or as a normal user).

start.sh uses it when not root (Postfix needs root) or with SMTP_IMPL=aiosmtpd.

  587-style port: plain TCP, STARTTLS required before AUTH/MAIL  (--starttls-port)
  465-style port: implicit TLS                                     (--tls-port)
  AUTH PLAIN / LOGIN against a Dovecot passwd-file ({PLAIN} passwords)
  Accepted mail is handed to Dovecot over LMTP (unix socket), so it appears in IMAP.

Needs aiosmtpd (Debian: python3-aiosmtpd 1.4.3, or pip install aiosmtpd). Run it with Debian's
/usr/bin/python3: a python3 earlier on PATH (pyenv etc.) usually lacks aiosmtpd.

Reply codes match Postfix, texts differ: wrong password -> "535 5.7.8 Authentication credentials
invalid" (Postfix: "535 5.7.8 Error: authentication failed: ..."); AUTH before STARTTLS on the
STARTTLS port -> "530 Must issue a STARTTLS command first" (Postfix adds "5.7.0"). Tests should
look at the code, not the text.
"""
import argparse, asyncio, logging, os, smtplib, ssl, warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def load_users(path):
    users = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, pw = line.split(":")[:2]
        if pw.startswith("{PLAIN}"):
            pw = pw[len("{PLAIN}"):]
        users[name] = pw
    return users


class Handler:
    def __init__(self, users, lmtp_socket):
        self.users, self.lmtp_socket = users, lmtp_socket

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address not in self.users:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        def deliver():
            with smtplib.LMTP(self.lmtp_socket) as l:
                return l.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
        try:
            refused = await asyncio.get_running_loop().run_in_executor(None, deliver)
        except smtplib.SMTPException as e:
            return "451 4.3.0 LMTP delivery failed: %s" % e
        if refused:
            return "550 5.1.1 Delivery failed for %s" % ",".join(refused)
        return "250 2.0.0 Ok: delivered"


def make_authenticator(users):
    def authenticator(server, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode("utf-8", "replace")
            if users.get(user) == auth_data.password.decode("utf-8", "replace"):
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)
    return authenticator


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--starttls-port", type=int, default=10587)
    ap.add_argument("--tls-port", type=int, default=10465)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--users", required=True)
    ap.add_argument("--lmtp", required=True, help="Dovecot LMTP unix socket")
    ap.add_argument("--hostname", default="mail.example.test")
    a = ap.parse_args()

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(a.cert, a.key)
    users = load_users(a.users)
    handler = Handler(users, os.path.abspath(a.lmtp))  # smtplib.LMTP needs an absolute path
    common = dict(hostname=a.hostname, authenticator=make_authenticator(users), auth_required=True)
    loop = asyncio.get_running_loop()
    s1 = await loop.create_server(
        lambda: SMTP(handler, tls_context=ctx, require_starttls=True, auth_require_tls=True, **common),
        a.host, a.starttls_port)
    # implicit TLS: aiosmtpd only knows about STARTTLS-TLS, so auth_require_tls must be False here
    # (the socket is TLS from the first byte anyway); silence its warnings about that.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    s2 = await loop.create_server(
        lambda: SMTP(handler, auth_require_tls=False, **common), a.host, a.tls_port, ssl=ctx)
    print("smtp_submission: STARTTLS on %s:%d, implicit TLS on %s:%d"
          % (a.host, a.starttls_port, a.host, a.tls_port), flush=True)
    await asyncio.Event().wait()   # runs until SIGTERM/SIGINT (default action: exit at once)


if __name__ == "__main__":
    asyncio.run(main())
