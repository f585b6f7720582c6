//! IMAP login probe: the `imap` crate over streams this module builds (TCP with timeouts, then
//! native-tls), so every step has its own limit.
//!
//! For STARTTLS the few plaintext lines before the upgrade (greeting, CAPABILITY, STARTTLS) are
//! exchanged here, because the crate only offers STARTTLS through a builder that opens its own
//! socket without timeouts. Everything after the handshake goes through the crate.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::time::Instant;

use native_tls::TlsStream;

use super::net::{self, CancelToken, io_failure};
use super::{Category, Failure, Phase, ProbeOptions, ProbeRequest, Timings};
use crate::provider::Security;
use crate::secret::Secret;

/// An authenticated IMAP session over TLS, for the round trip.
pub(super) type Session = imap::Session<TlsStream<TcpStream>>;

/// Longest plaintext line accepted before STARTTLS.
const MAX_LINE: u64 = 8 * 1024;

pub(super) fn login(
    request: &ProbeRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    timings: &mut Timings,
) -> Result<(), Failure> {
    let mut session = open(request, password, options, cancel, timings)?;
    // Logging out is a courtesy: the login already proved what the probe is for.
    let _ = session.logout();
    Ok(())
}

/// Connects, secures, reads the greeting and logs in.
pub(super) fn open(
    request: &ProbeRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    timings: &mut Timings,
) -> Result<Session, Failure> {
    let target = &request.target;
    let tcp = net::connect(target, options, cancel, &mut timings.connect)?;
    // A second handle to the same socket, to change timeouts once the TLS stream owns it.
    let control = tcp
        .try_clone()
        .map_err(|e| io_failure(&e, Phase::Connect))?;
    cancel.check(Phase::Tls)?;
    let client = match target.security {
        Security::Tls => {
            let tls = net::handshake(tcp, &target.host, options, &mut timings.tls)?;
            let mut client = imap::Client::new(tls);
            set_timeout(&control, options, Phase::Greeting)?;
            let started = Instant::now();
            let greeting = client
                .read_greeting()
                .map_err(|e| imap_failure(e, Phase::Greeting))?;
            timings.greeting = Some(started.elapsed());
            check_greeting(&String::from_utf8_lossy(&greeting))?;
            client
        }
        Security::StartTls => {
            let tcp = starttls(tcp, options, cancel, timings)?;
            let tls = net::handshake(tcp, &target.host, options, &mut timings.tls)?;
            imap::Client::new(tls)
        }
    };
    cancel.check(Phase::Auth)?;
    set_timeout(&control, options, Phase::Auth)?;
    let started = Instant::now();
    let session = client
        .login(&request.username, password.expose())
        .map_err(|(e, _client)| imap_failure(e, Phase::Auth))?;
    timings.auth = Some(started.elapsed());
    Ok(session)
}

fn set_timeout(tcp: &TcpStream, options: &ProbeOptions, phase: Phase) -> Result<(), Failure> {
    let limit = options.timeouts.for_phase(phase);
    tcp.set_read_timeout(Some(limit))
        .and_then(|()| tcp.set_write_timeout(Some(limit)))
        .map_err(|e| io_failure(&e, phase))
}

/// Accepts `* OK` and `* PREAUTH` greetings; anything else is refused.
fn check_greeting(text: &str) -> Result<(), Failure> {
    let text = text.trim_end();
    if text.starts_with("* OK") || text.starts_with("* PREAUTH") {
        Ok(())
    } else if text.starts_with("* BYE") {
        Err(Failure::new(
            Category::Protocol,
            Phase::Greeting,
            "the server refused the connection",
        )
        .with_server_text(text))
    } else {
        Err(Failure::new(
            Category::Protocol,
            Phase::Greeting,
            "the server's greeting is not an IMAP greeting",
        )
        .with_server_text(text))
    }
}

/// Reads the greeting, checks for STARTTLS and asks for it. Returns the socket ready for the
/// TLS handshake.
fn starttls(
    tcp: TcpStream,
    options: &ProbeOptions,
    cancel: &CancelToken,
    timings: &mut Timings,
) -> Result<TcpStream, Failure> {
    let read_half = tcp
        .try_clone()
        .map_err(|e| io_failure(&e, Phase::Greeting))?;
    let mut reader = BufReader::new(read_half);
    let mut writer = &tcp;

    set_timeout(&tcp, options, Phase::Greeting)?;
    let started = Instant::now();
    let greeting = read_line(&mut reader, Phase::Greeting)?;
    timings.greeting = Some(started.elapsed());
    check_greeting(&greeting)?;

    cancel.check(Phase::StartTls)?;
    let phase = Phase::StartTls;
    set_timeout(&tcp, options, phase)?;
    let send = |w: &mut &TcpStream, line: &[u8]| {
        w.write_all(line)
            .and_then(|()| w.flush())
            .map_err(|e| io_failure(&e, phase))
    };
    send(&mut writer, b"w1 CAPABILITY\r\n")?;
    let (untagged, status) = read_tagged(&mut reader, "w1")?;
    if !status.starts_with("w1 OK") {
        return Err(
            Failure::new(Category::Protocol, phase, "CAPABILITY failed").with_server_text(status)
        );
    }
    let offers_starttls = untagged.iter().any(|line| {
        line.starts_with("* CAPABILITY")
            && line
                .split_ascii_whitespace()
                .any(|cap| cap.eq_ignore_ascii_case("STARTTLS"))
    });
    if !offers_starttls {
        return Err(Failure::new(
            Category::StartTlsUnavailable,
            phase,
            "the server does not offer STARTTLS",
        ));
    }
    send(&mut writer, b"w2 STARTTLS\r\n")?;
    let (_, status) = read_tagged(&mut reader, "w2")?;
    if !status.starts_with("w2 OK") {
        return Err(Failure::new(
            Category::StartTlsUnavailable,
            phase,
            "the server refused STARTTLS",
        )
        .with_server_text(status));
    }
    // Anything the server sent after its OK would be injected into the TLS session.
    if !reader.buffer().is_empty() {
        return Err(Failure::new(
            Category::Protocol,
            phase,
            "the server sent data before the TLS handshake (a STARTTLS injection)",
        ));
    }
    Ok(tcp)
}

fn read_line(reader: &mut BufReader<TcpStream>, phase: Phase) -> Result<String, Failure> {
    let mut line = Vec::new();
    let n = reader
        .by_ref()
        .take(MAX_LINE + 1)
        .read_until(b'\n', &mut line)
        .map_err(|e| io_failure(&e, phase))?;
    if n == 0 {
        return Err(Failure::new(
            Category::Closed,
            phase,
            "the server closed the connection",
        ));
    }
    if n as u64 > MAX_LINE {
        return Err(Failure::new(
            Category::Protocol,
            phase,
            "the server's line is too long",
        ));
    }
    Ok(String::from_utf8_lossy(&line).trim_end().to_owned())
}

/// Reads untagged lines until the line tagged `tag`; returns both.
fn read_tagged(
    reader: &mut BufReader<TcpStream>,
    tag: &str,
) -> Result<(Vec<String>, String), Failure> {
    let mut untagged = Vec::new();
    for _ in 0..64 {
        let line = read_line(reader, Phase::StartTls)?;
        if line.starts_with(&format!("{tag} ")) {
            return Ok((untagged, line));
        }
        if !line.starts_with('*') {
            return Err(Failure::new(
                Category::Protocol,
                Phase::StartTls,
                "the server's reply is not IMAP",
            )
            .with_server_text(line));
        }
        untagged.push(line);
    }
    Err(Failure::new(
        Category::Protocol,
        Phase::StartTls,
        "the server sent too many lines",
    ))
}

/// Classifies an error from the `imap` crate in `phase`.
pub(super) fn imap_failure(e: imap::Error, phase: Phase) -> Failure {
    match e {
        imap::Error::Io(io) => io_failure(&io, phase),
        imap::Error::TlsHandshake(h) => net::tls_failure(&h.to_string()),
        imap::Error::Tls(t) => net::tls_failure(&t.to_string()),
        imap::Error::No(no) if phase == Phase::Auth => {
            Failure::new(Category::AuthFailed, phase, "the server refused the login")
                .with_server_text(no.information)
        }
        imap::Error::No(no) => Failure::new(Category::Protocol, phase, "the server said NO")
            .with_server_text(no.information),
        imap::Error::Bad(bad) => {
            Failure::new(Category::Protocol, phase, "the server rejected a command")
                .with_server_text(bad.information)
        }
        imap::Error::Bye(bye) => Failure::new(Category::Closed, phase, "the server said goodbye")
            .with_server_text(bye.information),
        imap::Error::ConnectionLost => {
            Failure::new(Category::Closed, phase, "the connection was closed")
        }
        imap::Error::Parse(p) => Failure::new(
            Category::Protocol,
            phase,
            format!("the server's reply could not be read: {p}"),
        ),
        imap::Error::StartTlsNotAvailable => Failure::new(
            Category::StartTlsUnavailable,
            phase,
            "the server does not offer STARTTLS",
        ),
        other => Failure::new(Category::Protocol, phase, other.to_string()),
    }
}
