//! SMTP submission probe built from lettre's protocol pieces (commands, reply parser, EHLO
//! capabilities, AUTH mechanisms) over streams this module builds, so every step has its own
//! timeout. lettre's own `SmtpConnection::connect` does the implicit-TLS handshake before any read
//! timeout is set, which would let a server that never answers the handshake hang a probe.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::str::FromStr as _;
use std::time::Instant;

use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::commands::{Auth, Data, Ehlo, Mail, Quit, Rcpt, Starttls};
use lettre::transport::smtp::extension::{ClientId, Extension, ServerInfo};
use lettre::transport::smtp::response::Response;

use super::net::{self, CancelToken, Conn, io_failure};
use super::{Category, Failure, Phase, ProbeOptions, ProbeRequest, Timings};
use crate::provider::Security;
use crate::secret::Secret;

/// Longest reply line accepted (Postfix's `line_length_limit`).
const MAX_LINE: u64 = 1000;
/// Longest multi-line reply accepted.
const MAX_REPLY: usize = 100_000;

/// The name this client gives in EHLO.
fn client_id() -> ClientId {
    ClientId::Domain("icloud-mail-wizard.invalid".into())
}

/// An SMTP session that has said EHLO.
pub(super) struct Session {
    io: BufReader<Conn>,
    /// Capabilities from the last EHLO; `None` before the first.
    info: Option<ServerInfo>,
    options: ProbeOptions,
}

pub(super) fn login(
    request: &ProbeRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    timings: &mut Timings,
) -> Result<(), Failure> {
    let mut session = open(request, password, options, cancel, timings)?;
    session.quit();
    Ok(())
}

/// Connects, secures, greets and authenticates.
pub(super) fn open(
    request: &ProbeRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    timings: &mut Timings,
) -> Result<Session, Failure> {
    let target = &request.target;
    let tcp = net::connect(target, options, cancel, &mut timings.connect)?;
    cancel.check(Phase::Tls)?;
    let conn = match target.security {
        Security::Tls => Conn::Tls(Box::new(net::handshake(
            tcp,
            &target.host,
            options,
            &mut timings.tls,
        )?)),
        Security::StartTls => Conn::Plain(tcp),
    };
    let started = Instant::now();
    let mut session = Session::greet(conn, options)?;
    timings.greeting = Some(started.elapsed());

    if target.security == Security::StartTls {
        cancel.check(Phase::StartTls)?;
        session = session.starttls(&target.host, &mut timings.tls)?;
    }
    cancel.check(Phase::Auth)?;
    let started = Instant::now();
    session.auth(&request.username, password)?;
    timings.auth = Some(started.elapsed());
    Ok(session)
}

impl Session {
    /// Reads the greeting and says EHLO.
    fn greet(conn: Conn, options: &ProbeOptions) -> Result<Self, Failure> {
        conn.set_timeout(options.timeouts.greeting)
            .map_err(|e| io_failure(&e, Phase::Greeting))?;
        let mut io = BufReader::new(conn);
        let greeting = read_reply(&mut io, Phase::Greeting)?;
        if !greeting.has_code(220) {
            return Err(Failure::new(
                Category::Protocol,
                Phase::Greeting,
                "the server did not greet with 220",
            )
            .with_server_text(reply_text(&greeting)));
        }
        let mut session = Self {
            io,
            info: None,
            options: options.clone(),
        };
        session.ehlo(Phase::Greeting)?;
        Ok(session)
    }

    fn ehlo(&mut self, phase: Phase) -> Result<(), Failure> {
        let reply = self.command(&Ehlo::new(client_id()).to_string(), phase)?;
        expect_positive(&reply, phase, "the server refused EHLO")?;
        // lettre's capability parser panics on a whitespace-only line: drop such lines first.
        let lines: Vec<String> = reply
            .message()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
        let info = ServerInfo::from_response(&Response::new(reply.code(), lines)).map_err(|e| {
            Failure::new(
                Category::Protocol,
                phase,
                format!("unreadable EHLO reply: {e}"),
            )
        })?;
        self.info = Some(info);
        Ok(())
    }

    /// Upgrades to TLS with STARTTLS and says EHLO again.
    fn starttls(
        mut self,
        host: &str,
        elapsed: &mut Option<std::time::Duration>,
    ) -> Result<Self, Failure> {
        let phase = Phase::StartTls;
        self.set_timeout(phase)?;
        if !self
            .info
            .as_ref()
            .is_some_and(|i| i.supports_feature(Extension::StartTls))
        {
            return Err(Failure::new(
                Category::StartTlsUnavailable,
                phase,
                "the server does not offer STARTTLS",
            ));
        }
        let reply = self.command(&Starttls.to_string(), phase)?;
        if !reply.has_code(220) {
            return Err(Failure::new(
                Category::StartTlsUnavailable,
                phase,
                "the server refused STARTTLS",
            )
            .with_server_text(reply_text(&reply)));
        }
        // Anything the server sent after its 220 would be injected into the TLS session.
        if !self.io.buffer().is_empty() {
            return Err(Failure::new(
                Category::Protocol,
                phase,
                "the server sent data before the TLS handshake (a STARTTLS injection)",
            ));
        }
        let Conn::Plain(tcp) = self.io.into_inner() else {
            return Err(Failure::new(
                Category::Protocol,
                phase,
                "STARTTLS on a connection that already uses TLS",
            ));
        };
        let tls = net::handshake(tcp, host, &self.options, elapsed)?;
        let mut session = Self {
            io: BufReader::new(Conn::Tls(Box::new(tls))),
            info: None,
            options: self.options,
        };
        session.set_timeout(phase)?;
        session.ehlo(phase)?;
        Ok(session)
    }

    fn auth(&mut self, username: &str, password: &Secret) -> Result<(), Failure> {
        let phase = Phase::Auth;
        self.set_timeout(phase)?;
        let Some(mechanism) = self
            .info
            .as_ref()
            .and_then(|i| i.get_auth_mechanism(&[Mechanism::Plain, Mechanism::Login]))
        else {
            return Err(Failure::new(
                Category::Protocol,
                phase,
                "the server offers no password login (AUTH PLAIN or LOGIN)",
            ));
        };
        let credentials = Credentials::new(username.to_owned(), password.expose().to_owned());
        let auth_error = |e: lettre::transport::smtp::Error| {
            Failure::new(Category::Protocol, phase, format!("AUTH failed: {e}"))
        };
        let command = Auth::new(mechanism, credentials.clone(), None).map_err(auth_error)?;
        let mut reply = self.command(&command.to_string(), phase)?;
        // PLAIN needs no challenge; LOGIN asks twice. A server that keeps asking is broken.
        for _ in 0..3 {
            if !reply.has_code(334) {
                break;
            }
            let command = Auth::new_from_response(mechanism, credentials.clone(), &reply)
                .map_err(auth_error)?;
            reply = self.command(&command.to_string(), phase)?;
        }
        if reply.has_code(235) {
            return Ok(());
        }
        // 535 credentials invalid, 534 mechanism too weak or web sign-in required, 454 temporary
        // authentication failure. Anything else (530 STARTTLS first, 4xx, 5xx) is the protocol.
        let category = if [535, 534, 454].iter().any(|&c| reply.has_code(c)) {
            Category::AuthFailed
        } else {
            Category::Protocol
        };
        Err(
            Failure::new(category, phase, "the server refused the login")
                .with_server_text(reply_text(&reply)),
        )
    }

    /// Sends one message (already formatted, CRLF line ends) from `from` to `to`.
    pub(super) fn send(
        &mut self,
        from: &lettre::Address,
        to: &lettre::Address,
        message: &[u8],
    ) -> Result<(), Failure> {
        let phase = Phase::Auth;
        self.set_timeout(phase)?;
        let reply = self.command(&Mail::new(Some(from.clone()), vec![]).to_string(), phase)?;
        expect_positive(&reply, phase, "the server refused the sender")?;
        let reply = self.command(&Rcpt::new(to.clone(), vec![]).to_string(), phase)?;
        expect_positive(&reply, phase, "the server refused the recipient")?;
        let reply = self.command(&Data.to_string(), phase)?;
        if !reply.has_code(354) {
            return Err(
                Failure::new(Category::Protocol, phase, "the server refused DATA")
                    .with_server_text(reply_text(&reply)),
            );
        }
        let mut body = dot_stuff(message);
        body.extend_from_slice(b".\r\n");
        let reply = self.command_bytes(&body, phase)?;
        expect_positive(&reply, phase, "the server refused the message")
    }

    /// Says QUIT; the answer does not matter.
    pub(super) fn quit(&mut self) {
        let _ = self.command(&Quit.to_string(), Phase::Logout);
    }

    fn set_timeout(&self, phase: Phase) -> Result<(), Failure> {
        self.io
            .get_ref()
            .set_timeout(self.options.timeouts.for_phase(phase))
            .map_err(|e| io_failure(&e, phase))
    }

    fn command(&mut self, line: &str, phase: Phase) -> Result<Response, Failure> {
        self.command_bytes(line.as_bytes(), phase)
    }

    fn command_bytes(&mut self, bytes: &[u8], phase: Phase) -> Result<Response, Failure> {
        let stream = self.io.get_mut();
        stream
            .write_all(bytes)
            .and_then(|()| stream.flush())
            .map_err(|e| io_failure(&e, phase))?;
        read_reply(&mut self.io, phase)
    }
}

/// Reads one (possibly multi-line) reply.
fn read_reply(io: &mut BufReader<Conn>, phase: Phase) -> Result<Response, Failure> {
    let mut text = String::new();
    loop {
        let mut line = Vec::new();
        let read = io
            .by_ref()
            .take(MAX_LINE + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| io_failure(&e, phase))?;
        if read == 0 {
            return Err(Failure::new(
                Category::Closed,
                phase,
                "the server closed the connection",
            ));
        }
        if line.len() as u64 > MAX_LINE || text.len() + line.len() > MAX_REPLY {
            return Err(Failure::new(
                Category::Protocol,
                phase,
                "the server's reply is too long",
            ));
        }
        let line = String::from_utf8_lossy(&line);
        text.push_str(&line);
        let bytes = line.as_bytes();
        let well_formed = bytes.len() >= 3 && bytes[..3].iter().all(u8::is_ascii_digit);
        if !well_formed {
            return Err(
                Failure::new(Category::Protocol, phase, "the server's reply is not SMTP")
                    .with_server_text(text.trim_end()),
            );
        }
        // "250-..." continues; "250 ..." or a bare "250" ends the reply.
        if bytes.get(3) != Some(&b'-') {
            break;
        }
    }
    Response::from_str(&text).map_err(|_| {
        Failure::new(Category::Protocol, phase, "the server's reply is not SMTP")
            .with_server_text(text.trim_end())
    })
}

fn expect_positive(reply: &Response, phase: Phase, what: &str) -> Result<(), Failure> {
    if reply.is_positive() {
        Ok(())
    } else {
        Err(Failure::new(Category::Protocol, phase, what).with_server_text(reply_text(reply)))
    }
}

/// The reply as the server wrote it: code and text, lines joined.
fn reply_text(reply: &Response) -> String {
    let lines: Vec<&str> = reply.message().collect();
    format!("{} {}", reply.code(), lines.join(" / "))
}

/// SMTP transparency (RFC 5321 4.5.2): a line starting with `.` gets a second one. The message
/// must end with CRLF; one is added when it does not.
fn dot_stuff(message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + 64);
    let mut line_start = true;
    for &b in message {
        if line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        line_start = b == b'\n';
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_stuffing_doubles_leading_dots_only() {
        assert_eq!(
            dot_stuff(b".a\r\nb.c\r\n..d\r\n"),
            b"..a\r\nb.c\r\n...d\r\n"
        );
        assert_eq!(dot_stuff(b"no newline"), b"no newline\r\n");
    }
}
