//! A real DNS server for tests: Debian's dnsmasq on a free high port of 127.0.0.1, with no
//! upstream (`--no-resolv`), no hosts file and no configuration file, answering only for the
//! zones below; and a "silent" name server that never answers.
//!
//! Zones (all under `.test`, for which dnsmasq is authoritative with `--local=/test/`, so any
//! other name there is NXDOMAIN):
//!
//! | domain | what it has |
//! |---|---|
//! | `icloud.test` | every record an iCloud+ custom domain needs, DMARC `p=quarantine` |
//! | `nodkim.test` | the same without the DKIM CNAME |
//! | `twospf.test` | the same with a second SPF record |
//! | `dmarcnone.test` | complete, DMARC `p=none` |
//! | `google.test` | Google's MX records and SPF |
//! | `nomx.test` | a TXT record only (MX lookups get NODATA) |
//! | `big.test` | 12 long TXT records: too large for UDP, answered over TCP |
//! | `nx.test` | nothing (NXDOMAIN) |
//! | `example.com`, `example.org` | complete iCloud+ custom domains (for the wizard's tests) |
//! | `*.con` | nothing (NXDOMAIN): typos of `.com` such as `icloud.con` |
#![allow(dead_code, reason = "each test binary uses a different subset")]

use std::net::{SocketAddr, TcpListener, UdpSocket};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The DKIM target iCloud expects for `domain`.
pub fn dkim_target(domain: &str) -> String {
    format!("sig1.dkim.{domain}.at.icloudmailadmin.com")
}

fn complete(domain: &str, args: &mut Vec<String>) {
    args.extend([
        format!("--mx-host={domain},mx01.mail.icloud.com,10"),
        format!("--mx-host={domain},mx02.mail.icloud.com,10"),
        format!("--txt-record={domain},v=spf1 include:icloud.com ~all"),
        format!("--txt-record={domain},apple-domain=Tok3n{}", domain.len()),
    ]);
}

fn dkim(domain: &str, args: &mut Vec<String>) {
    args.push(format!(
        "--cname=sig1._domainkey.{domain},{}",
        dkim_target(domain)
    ));
}

fn dmarc(domain: &str, policy: &str, args: &mut Vec<String>) {
    args.push(format!(
        "--txt-record=_dmarc.{domain},v=DMARC1; p={policy}; rua=mailto:dmarc@{domain}"
    ));
}

/// The record options for every zone in the table above.
fn zone_args() -> Vec<String> {
    let mut a = Vec::new();
    complete("icloud.test", &mut a);
    dkim("icloud.test", &mut a);
    dmarc("icloud.test", "quarantine", &mut a);

    for domain in ["example.com", "example.org"] {
        complete(domain, &mut a);
        dkim(domain, &mut a);
    }

    complete("nodkim.test", &mut a);
    dmarc("nodkim.test", "quarantine", &mut a);

    complete("twospf.test", &mut a);
    dkim("twospf.test", &mut a);
    dmarc("twospf.test", "reject", &mut a);
    a.push("--txt-record=twospf.test,v=spf1 include:_spf.google.com ~all".into());

    complete("dmarcnone.test", &mut a);
    dkim("dmarcnone.test", &mut a);
    dmarc("dmarcnone.test", "none", &mut a);

    for (host, pref) in [
        ("aspmx.l.google.com", 1),
        ("alt1.aspmx.l.google.com", 5),
        ("alt2.aspmx.l.google.com", 5),
    ] {
        a.push(format!("--mx-host=google.test,{host},{pref}"));
    }
    a.push("--txt-record=google.test,v=spf1 include:_spf.google.com ~all".into());

    a.push("--txt-record=nomx.test,just some text".into());

    for i in 0..12 {
        a.push(format!(
            "--txt-record=big.test,record {i:02} {}",
            "x".repeat(180)
        ));
    }
    a
}

/// dnsmasq serving the test zones on loopback; stopped on drop.
pub struct Dnsmasq {
    child: Child,
    /// Where it listens (UDP and TCP).
    pub addr: SocketAddr,
    _dir: tempfile::TempDir,
    log: PathBuf,
}

impl Dnsmasq {
    /// Starts dnsmasq on a free port and waits until it answers (a TXT query for
    /// `nomx.test`). Tries a few ports in case another process takes the one picked.
    pub fn start() -> Self {
        let mut last = String::new();
        for _ in 0..5 {
            match Self::try_start() {
                Ok(server) => return server,
                Err(e) => last = e,
            }
        }
        panic!("dnsmasq did not start: {last}");
    }

    fn try_start() -> Result<Self, String> {
        let port = free_port();
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let log = dir.path().join("dnsmasq.log");
        let log_file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
        let mut command = Command::new(dnsmasq_path());
        command
            .args([
                "--keep-in-foreground",
                "--conf-file=/dev/null",
                "--no-resolv",
                "--no-hosts",
                "--no-poll",
                "--bind-interfaces",
                "--listen-address=127.0.0.1",
                "--pid-file=",
                "--log-facility=-",
                "--log-queries",
                "--local=/test/",
                // icloud.con: a typo that does not exist, as in the real DNS.
                "--local=/con/",
                "--cache-size=0",
            ])
            .arg(format!("--port={port}"))
            .args(zone_args())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log_file);
        let child = command.spawn().map_err(|e| {
            format!("could not run dnsmasq (scripts/install-test-deps.sh installs it): {e}")
        })?;
        let mut server = Self {
            child,
            addr: SocketAddr::from(([127, 0, 0, 1], port)),
            _dir: dir,
            log,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!(
                    "dnsmasq exited with {status}: {}",
                    server.log_text()
                ));
            }
            if answers(server.addr) {
                server.watch();
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Err(format!(
            "dnsmasq did not answer in 10 s: {}",
            server.log_text()
        ))
    }

    /// A server kept in a `static` is never dropped: a watchdog shell stops dnsmasq once the
    /// test process has exited (or dnsmasq has stopped on its own).
    fn watch(&self) {
        let (test, server) = (std::process::id(), self.child.id());
        let script = format!(
            "while kill -0 {test} 2>/dev/null && kill -0 {server} 2>/dev/null; do sleep 0.2; done; kill {server} 2>/dev/null"
        );
        let _ = Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
    }

    /// `HOST:PORT` for `--dns-server`.
    pub fn arg(&self) -> String {
        self.addr.to_string()
    }

    /// What dnsmasq logged (its queries and answers).
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Dnsmasq {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// dnsmasq lives in /usr/sbin, which is not on every user's PATH.
fn dnsmasq_path() -> PathBuf {
    ["/usr/sbin/dnsmasq", "/usr/local/sbin/dnsmasq"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("dnsmasq"))
}

/// A port free for both UDP and TCP on 127.0.0.1 right now.
fn free_port() -> u16 {
    loop {
        let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
        let port = udp.local_addr().expect("udp addr").port();
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// Whether a hand-made TXT query for `nomx.test` gets a reply (any reply) within 200 ms. Built
/// by hand so that readiness does not depend on the resolver under test.
fn answers(addr: SocketAddr) -> bool {
    let Ok(socket) = UdpSocket::bind("127.0.0.1:0") else {
        return false;
    };
    let mut query = vec![0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0];
    for label in ["nomx", "test"] {
        query.push(u8::try_from(label.len()).expect("short label"));
        query.extend_from_slice(label.as_bytes());
    }
    query.extend_from_slice(&[0, 0, 16, 0, 1]);
    let _ = socket.set_read_timeout(Some(Duration::from_millis(200)));
    if socket.send_to(&query, addr).is_err() {
        return false;
    }
    let mut buf = [0_u8; 512];
    matches!(socket.recv_from(&mut buf), Ok((n, _)) if n >= 12 && buf[..2] == [0x12, 0x34])
}

/// A name server that never answers: a bound UDP socket (and TCP listener on the same port)
/// that nobody reads. Queries to it wait for the full time limit.
pub struct Silent {
    _udp: UdpSocket,
    _tcp: TcpListener,
    /// Its address.
    pub addr: SocketAddr,
}

impl Silent {
    /// Binds the socket on a free port of 127.0.0.1.
    pub fn start() -> Self {
        loop {
            let udp = UdpSocket::bind("127.0.0.1:0").expect("bind udp");
            let addr = udp.local_addr().expect("udp addr");
            if let Ok(tcp) = TcpListener::bind(addr) {
                return Self {
                    _udp: udp,
                    _tcp: tcp,
                    addr,
                };
            }
        }
    }

    /// `HOST:PORT` for `--dns-server`.
    pub fn arg(&self) -> String {
        self.addr.to_string()
    }
}
