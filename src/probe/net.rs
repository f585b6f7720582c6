//! TCP and TLS with explicit timeouts, and the classification of what goes wrong there.

use std::io::{self, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream, ToSocketAddrs as _};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::{Duration, Instant};

use native_tls::{HandshakeError, TlsConnector, TlsStream};

use super::{Category, CertProblem, Failure, Phase, ProbeOptions, Target};

/// Stops running probes: sets a flag they check between steps and shuts down their sockets, so
/// a blocked read returns at once instead of waiting for its timeout.
#[derive(Clone, Debug, Default)]
pub struct CancelToken(Arc<CancelInner>);

#[derive(Debug, Default)]
struct CancelInner {
    cancelled: AtomicBool,
    sockets: Mutex<Vec<TcpStream>>,
}

impl CancelToken {
    /// A token that has not been cancelled.
    pub fn new() -> Self {
        Self::default()
    }

    /// Cancels every probe using this token.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        let sockets = self
            .0
            .sockets
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        for socket in sockets.iter() {
            let _ = socket.shutdown(Shutdown::Both);
        }
    }

    /// Whether [`CancelToken::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst)
    }

    fn register(&self, stream: &TcpStream) {
        if let Ok(clone) = stream.try_clone() {
            let mut sockets = self
                .0
                .sockets
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            sockets.push(clone);
        }
        // A cancel that raced with the connect still wins.
        if self.is_cancelled() {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }

    pub(super) fn check(&self, phase: Phase) -> Result<(), Failure> {
        if self.is_cancelled() {
            Err(Failure::new(Category::Cancelled, phase, "cancelled"))
        } else {
            Ok(())
        }
    }
}

/// A connection that is plain or TLS.
pub(super) enum Conn {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl Conn {
    fn tcp(&self) -> &TcpStream {
        match self {
            Self::Plain(s) => s,
            Self::Tls(s) => s.get_ref(),
        }
    }

    /// Sets the read and write timeout for the next step.
    pub(super) fn set_timeout(&self, limit: Duration) -> io::Result<()> {
        set_timeouts(self.tcp(), limit)
    }
}

impl Read for Conn {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.read(buf),
            Self::Tls(s) => s.read(buf),
        }
    }
}

impl Write for Conn {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.write(buf),
            Self::Tls(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Plain(s) => s.flush(),
            Self::Tls(s) => s.flush(),
        }
    }
}

fn set_timeouts(stream: &TcpStream, limit: Duration) -> io::Result<()> {
    // A zero duration means "no timeout" to the OS: never pass it.
    let limit = limit.max(Duration::from_millis(1));
    stream.set_read_timeout(Some(limit))?;
    stream.set_write_timeout(Some(limit))
}

/// Resolves and connects within the connect limit, then sets the TLS or greeting timeout for
/// what follows. Records the time taken in `elapsed`.
///
/// The connect limit covers the whole step, however many addresses the name has: the addresses
/// are tried in turn, each with an equal share of the time left, so a name whose addresses all
/// drop packets gives up after one limit, not one per address.
pub(super) fn connect(
    target: &Target,
    options: &ProbeOptions,
    cancel: &CancelToken,
    elapsed: &mut Option<Duration>,
) -> Result<TcpStream, Failure> {
    cancel.check(Phase::Resolve)?;
    let started = Instant::now();
    let limit = options.timeouts.connect;
    let addrs = resolve(target, limit, cancel)?;
    let deadline = deadline_after(started, limit);
    let mut last = None;
    for (i, addr) in addrs.iter().enumerate() {
        cancel.check(Phase::Connect)?;
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let share = left / u32::try_from(addrs.len() - i).unwrap_or(u32::MAX);
        match TcpStream::connect_timeout(addr, share.max(Duration::from_millis(1))) {
            Ok(stream) => {
                *elapsed = Some(started.elapsed());
                cancel.register(&stream);
                let _ = stream.set_nodelay(true);
                set_timeouts(&stream, options.timeouts.greeting)
                    .map_err(|e| io_failure(&e, Phase::Connect))?;
                return Ok(stream);
            }
            Err(e) => last = Some(e),
        }
    }
    let e = last.unwrap_or_else(|| io::Error::from(io::ErrorKind::TimedOut));
    let mut failure = io_failure(&e, Phase::Connect);
    if failure.category == Category::Timeout {
        failure.detail = match addrs.len() {
            1 => format!("no answer within the {} s limit", limit.as_secs_f64()),
            n => format!(
                "no answer from any of its {n} addresses, which share the {} s limit",
                limit.as_secs_f64()
            ),
        };
    }
    Err(failure)
}

/// `start + limit`, or a far-away instant when that cannot be represented (a huge limit).
pub(super) fn deadline_after(start: Instant, limit: Duration) -> Instant {
    start
        .checked_add(limit)
        .or_else(|| start.checked_add(Duration::from_secs(86_400 * 365)))
        .unwrap_or(start)
}

/// Looks `target` up on a named helper thread and waits at most `limit` for the answer, checking
/// for cancellation meanwhile. The system resolver has no timeout of its own; when it is slower
/// than `limit`, its thread finishes on its own later and its answer is dropped.
fn resolve(
    target: &Target,
    limit: Duration,
    cancel: &CancelToken,
) -> Result<Vec<SocketAddr>, Failure> {
    if let Ok(ip) = target.host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, target.port)]);
    }
    let (tx, rx) = mpsc::sync_channel(1);
    let (host, port) = (target.host.clone(), target.port);
    let spawned = std::thread::Builder::new()
        .name("probe-resolve".into())
        .spawn(move || {
            let answer = (host.as_str(), port)
                .to_socket_addrs()
                .map(Iterator::collect::<Vec<_>>);
            let _ = tx.send(answer);
        });
    if let Err(e) = spawned {
        return Err(Failure::new(Category::Dns, Phase::Resolve, e.to_string()));
    }
    let deadline = deadline_after(Instant::now(), limit);
    let addrs = loop {
        cancel.check(Phase::Resolve)?;
        let wait = deadline
            .saturating_duration_since(Instant::now())
            .min(Duration::from_millis(50));
        match rx.recv_timeout(wait) {
            Ok(Ok(addrs)) => break addrs,
            Ok(Err(e)) => return Err(Failure::new(Category::Dns, Phase::Resolve, e.to_string())),
            Err(mpsc::RecvTimeoutError::Timeout) if Instant::now() < deadline => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {
                return Err(Failure::new(
                    Category::Timeout,
                    Phase::Resolve,
                    "the name lookup did not answer in time",
                ));
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(Failure::new(
                    Category::Dns,
                    Phase::Resolve,
                    "the name lookup failed",
                ));
            }
        }
    };
    if addrs.is_empty() {
        return Err(Failure::new(
            Category::Dns,
            Phase::Resolve,
            "the name has no addresses",
        ));
    }
    Ok(addrs)
}

/// The TLS connector: system roots plus the optional extra root; verification always on.
///
/// Building one loads the system's root store, which takes longer than a loopback handshake, so
/// connectors are built once per extra root and shared by every probe of the process.
pub(super) fn connector(options: &ProbeOptions) -> Result<TlsConnector, Failure> {
    static CACHE: Mutex<Vec<(Option<Vec<u8>>, TlsConnector)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, connector)) = cache.iter().find(|(pem, _)| *pem == options.extra_root_pem) {
        return Ok(connector.clone());
    }
    let connector = build_connector(options)?;
    cache.push((options.extra_root_pem.clone(), connector.clone()));
    Ok(connector)
}

fn build_connector(options: &ProbeOptions) -> Result<TlsConnector, Failure> {
    let mut builder = TlsConnector::builder();
    builder.min_protocol_version(Some(native_tls::Protocol::Tlsv12));
    if let Some(pem) = &options.extra_root_pem {
        for cert in extra_roots(pem)? {
            builder.add_root_certificate(cert);
        }
    }
    builder
        .build()
        .map_err(|e| Failure::new(Category::TlsHandshake, Phase::Tls, e.to_string()))
}

/// Every certificate in a PEM bundle; a bundle without any is an error.
pub(super) fn extra_roots(pem: &[u8]) -> Result<Vec<native_tls::Certificate>, Failure> {
    let bad = |why: String| {
        Failure::new(
            Category::TlsCertificate,
            Phase::Tls,
            format!("the extra CA certificates could not be read: {why}"),
        )
    };
    let certs = native_tls::Certificate::stack_from_pem(pem).map_err(|e| bad(e.to_string()))?;
    if certs.is_empty() {
        return Err(bad("the file holds no PEM certificate".into()));
    }
    Ok(certs)
}

/// Performs the TLS handshake with the TLS timeout, checking the certificate against `host`.
pub(super) fn handshake(
    stream: TcpStream,
    host: &str,
    options: &ProbeOptions,
    elapsed: &mut Option<Duration>,
) -> Result<TlsStream<TcpStream>, Failure> {
    let started = Instant::now();
    let connector = connector(options)?;
    set_timeouts(&stream, options.timeouts.tls).map_err(|e| io_failure(&e, Phase::Tls))?;
    let tls = connector.connect(host, stream).map_err(|e| match e {
        HandshakeError::WouldBlock(_) => Failure::new(
            Category::Timeout,
            Phase::Tls,
            "the server did not complete the TLS handshake in time",
        ),
        HandshakeError::Failure(e) => tls_failure(&e.to_string()),
    })?;
    *elapsed = Some(started.elapsed());
    Ok(tls)
}

/// Classifies an I/O error in `phase`.
pub(super) fn io_failure(e: &io::Error, phase: Phase) -> Failure {
    use io::ErrorKind as K;
    let category = match e.kind() {
        K::TimedOut | K::WouldBlock => Category::Timeout,
        K::ConnectionRefused
        | K::NetworkUnreachable
        | K::HostUnreachable
        | K::AddrNotAvailable
        | K::NetworkDown => Category::Refused,
        K::InvalidData => Category::Protocol,
        // ConnectionReset, ConnectionAborted, UnexpectedEof, BrokenPipe, NotConnected and
        // whatever else the OS reports: the connection is gone.
        _ => Category::Closed,
    };
    Failure::new(category, phase, e.to_string())
}

/// Classifies a TLS handshake failure from the TLS library's message. The three native TLS
/// stacks word things differently (OpenSSL on Linux, Secure Transport on macOS, `SChannel` on
/// Windows); each phrase below is one of theirs.
pub(super) fn tls_failure(message: &str) -> Failure {
    let m = message.to_ascii_lowercase();
    let has = |needles: &[&str]| needles.iter().any(|n| m.contains(n));
    let cert = if has(&[
        "certificate has expired",
        "certificate is not yet valid",
        "not within its validity period",
        "expired",
    ]) {
        Some(CertProblem::Expired)
    } else if has(&[
        "hostname mismatch",
        "ip address mismatch",
        "target principal name is incorrect",
        "does not match",
        "not valid for",
    ]) {
        Some(CertProblem::WrongHost)
    } else if has(&[
        "self-signed",
        "self signed",
        "unable to get local issuer",
        "unable to get issuer",
        "unknown ca",
        "not trusted",
        "untrusted",
        "authority that is not trusted",
    ]) {
        Some(CertProblem::Untrusted)
    } else if has(&["certificate verify failed", "certificate"]) {
        Some(CertProblem::Other)
    } else {
        None
    };
    if let Some(problem) = cert {
        let mut f = Failure::new(Category::TlsCertificate, Phase::Tls, message);
        f.cert = Some(problem);
        return f;
    }
    let category = if has(&[
        "unexpected eof",
        "connection reset",
        "broken pipe",
        "connection aborted",
        "os error 104",
    ]) {
        Category::Closed
    } else if has(&[
        "timed out",
        "would block",
        "resource temporarily unavailable",
    ]) {
        Category::Timeout
    } else {
        Category::TlsHandshake
    };
    Failure::new(category, Phase::Tls, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_messages_of_the_three_stacks_are_classified() {
        let cases = [
            (
                "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:../ssl/statem/statem_clnt.c:1889: (self-signed certificate)",
                Category::TlsCertificate,
                Some(CertProblem::Untrusted),
            ),
            (
                "... certificate verify failed ... (certificate has expired)",
                Category::TlsCertificate,
                Some(CertProblem::Expired),
            ),
            (
                "... certificate verify failed ... (Hostname mismatch)",
                Category::TlsCertificate,
                Some(CertProblem::WrongHost),
            ),
            (
                "The target principal name is incorrect.",
                Category::TlsCertificate,
                Some(CertProblem::WrongHost),
            ),
            (
                "A required certificate is not within its validity period",
                Category::TlsCertificate,
                Some(CertProblem::Expired),
            ),
            (
                "The certificate chain was issued by an authority that is not trusted.",
                Category::TlsCertificate,
                Some(CertProblem::Untrusted),
            ),
            (
                "error:0A00010B:SSL routines:ssl3_get_record:wrong version number",
                Category::TlsHandshake,
                None,
            ),
            (
                "error:0A000126:SSL routines::unexpected eof while reading",
                Category::Closed,
                None,
            ),
        ];
        for (message, category, cert) in cases {
            let f = tls_failure(message);
            assert_eq!((f.category, f.cert), (category, cert), "{message}");
        }
    }

    #[test]
    fn io_errors_are_classified() {
        use io::ErrorKind as K;
        for (kind, category) in [
            (K::TimedOut, Category::Timeout),
            (K::WouldBlock, Category::Timeout),
            (K::ConnectionRefused, Category::Refused),
            (K::ConnectionReset, Category::Closed),
            (K::UnexpectedEof, Category::Closed),
        ] {
            let f = io_failure(&io::Error::from(kind), Phase::Greeting);
            assert_eq!(f.category, category, "{kind:?}");
            assert_eq!(f.phase, Phase::Greeting);
        }
    }
}
