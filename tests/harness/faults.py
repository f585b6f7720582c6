#!/usr/bin/env python3
"""Fault servers for negative tests (stdlib only). One process, one loopback port per fault.

usage: faults.py CERT_DIR [--host 127.0.0.1] [--base 10900] [--port NAME=PORT ...]
                 [--slow-seconds 30] [--ready-file PATH]

Each fault listens on BASE+offset unless given explicitly with --port NAME=PORT (start.sh passes
all eleven explicitly, which is what makes PORTS=auto work). start.sh exports each one as
FAULT_<NAME upper-cased>_PORT, e.g. FAULT_TLS_EXPIRED_PORT.

 +1  tarpit            listening socket never accept()ed: the kernel completes the TCP handshake
                       (up to the backlog), then nothing is ever sent or read -> read timeout
 +2  close             accept, then close at once (client sees EOF before any greeting)
 +3  reset             accept, then RST (SO_LINGER 0) -> ECONNRESET
 +4  garbage           sends 512 random bytes (plus CRLF) then closes
 +5  tls_wronghost     implicit TLS, cert signed by the test CA but for wrong.example only
 +6  tls_untrusted     implicit TLS, self-signed cert for localhost/127.0.0.1 (unknown issuer)
 +7  tls_expired       implicit TLS, test-CA cert for localhost, expired 2020-02-01
 +8  plaintext_on_tls  plaintext IMAP greeting on a port the client will treat as implicit TLS
 +9  slow_greeting     IMAP greeting only after --slow-seconds (greeting/read timeout)
 +10 smtp_no_starttls  plaintext SMTP server that never offers STARTTLS nor AUTH
 +11 tls_hang          TCP accepted, reads the ClientHello, never answers (TLS handshake timeout)
 +12 echo_imap         implicit TLS (valid test-CA cert), answers every IMAP command with
                       "<tag> NO [AUTHENTICATIONFAILED] you sent: <the whole command line>", so the
                       client's password comes back in the server text (leak tests)
 +13 echo_smtp         implicit TLS (valid test-CA cert), offers AUTH PLAIN LOGIN and answers every
                       AUTH line with "535 5.7.8 you sent: <the line>" (the base64 password)
The TLS ones send an IMAP greeting after the handshake ("* OK fault server ready").
--ready-file is created once every port is listening (start.sh waits for it).
"""
import argparse, asyncio, os, socket, ssl, struct

FAULTS = ["tarpit", "close", "reset", "garbage", "tls_wronghost", "tls_untrusted", "tls_expired",
          "plaintext_on_tls", "slow_greeting", "smtp_no_starttls", "tls_hang", "echo_imap",
          "echo_smtp"]


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("certs", help="directory written by gen-certs.sh")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--base", type=int, default=10900, help="fault i listens on BASE+i (1..11)")
    ap.add_argument("--port", action="append", default=[], metavar="NAME=PORT",
                    help="explicit port for one fault; NAME one of: " + ", ".join(FAULTS))
    ap.add_argument("--slow-seconds", type=float, default=30.0)
    ap.add_argument("--ready-file")
    a = ap.parse_args()
    ports = {name: a.base + i + 1 for i, name in enumerate(FAULTS)}
    for spec in a.port:
        name, _, port = spec.partition("=")
        if name not in ports:
            ap.error("unknown fault %r" % name)
        ports[name] = int(port)
    a.ports = ports
    return a


ARGS = parse_args()


def tls(name):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    c.load_cert_chain(os.path.join(ARGS.certs, name + ".crt"), os.path.join(ARGS.certs, name + ".key"))
    return c


async def close_now(r, w):
    w.close()


async def reset(r, w):
    sock = w.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    w.transport.abort()


async def garbage(r, w):
    w.write(os.urandom(512) + b"\r\n")
    await w.drain()
    w.close()


async def greet(r, w):  # used for the TLS faults and plaintext-on-TLS-port
    w.write(b"* OK fault server ready\r\n")
    try:
        await w.drain()
        await asyncio.wait_for(r.read(4096), 30)
    except Exception:
        pass
    w.close()


async def slow(r, w):
    await asyncio.sleep(ARGS.slow_seconds)
    await greet(r, w)


async def nostarttls(r, w):
    w.write(b"220 fault.example ESMTP no-starttls\r\n")
    await w.drain()
    while True:
        line = await r.readline()
        if not line:
            break
        cmd = line[:4].upper()
        if cmd in (b"EHLO", b"HELO"):
            w.write(b"250-fault.example\r\n250 8BITMIME\r\n")
        elif cmd == b"QUIT":
            w.write(b"221 bye\r\n")
            await w.drain()
            break
        else:
            w.write(b"502 5.5.1 not implemented\r\n")
        await w.drain()
    w.close()


async def hang(r, w):
    await r.read(4096)
    await asyncio.sleep(3600)


async def echo_imap(r, w):
    w.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] echo server ready\r\n")
    await w.drain()
    while True:
        line = (await r.readline()).rstrip(b"\r\n")
        if not line:
            break
        tag = line.split(b" ", 1)[0]
        w.write(tag + b" NO [AUTHENTICATIONFAILED] you sent: " + line + b"\r\n")
        await w.drain()
    w.close()


async def echo_smtp(r, w):
    w.write(b"220 echo.example ESMTP echo\r\n")
    await w.drain()
    while True:
        line = (await r.readline()).rstrip(b"\r\n")
        if not line:
            break
        cmd = line[:4].upper()
        if cmd in (b"EHLO", b"HELO"):
            w.write(b"250-echo.example\r\n250 AUTH PLAIN LOGIN\r\n")
        elif cmd == b"QUIT":
            w.write(b"221 bye\r\n")
            await w.drain()
            break
        else:
            w.write(b"535 5.7.8 you sent: " + line + b"\r\n")
        await w.drain()
    w.close()


async def main():
    p = ARGS.ports
    # tarpit: a listening socket that is never accept()ed (kept referenced so it stays open).
    tarpit = socket.socket()
    tarpit.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    tarpit.bind((ARGS.host, p["tarpit"]))
    tarpit.listen(128)
    servers = [
        ("close", close_now, None), ("reset", reset, None), ("garbage", garbage, None),
        ("tls_wronghost", greet, tls("wronghost")), ("tls_untrusted", greet, tls("untrusted")),
        ("tls_expired", greet, tls("expired")), ("plaintext_on_tls", greet, None),
        ("slow_greeting", slow, None), ("smtp_no_starttls", nostarttls, None), ("tls_hang", hang, None),
        ("echo_imap", echo_imap, tls("server")), ("echo_smtp", echo_smtp, tls("server")),
    ]
    keep = [tarpit]
    for name, cb, ctx in servers:
        keep.append(await asyncio.start_server(cb, ARGS.host, p[name], ssl=ctx, reuse_address=True,
                                               ssl_handshake_timeout=10 if ctx else None))
    print("faults: listening on %s: %s" % (ARGS.host, " ".join("%s=%d" % kv for kv in p.items())), flush=True)
    if ARGS.ready_file:
        with open(ARGS.ready_file, "w") as f:
            f.write("ready\n")
    await asyncio.Event().wait()   # runs until SIGTERM/SIGINT (default action: exit at once)


asyncio.run(main())
