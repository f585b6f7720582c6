//! DNS lookups (MX, TXT, CNAME) as blocking calls with an explicit time limit.
//!
//! Messages are built and read with `hickory-proto` (the protocol crate of the Hickory DNS
//! project) and sent over a std `UdpSocket`, or a `TcpStream` when an answer is truncated, with
//! read timeouts: no async runtime. A [`Resolver`] asks the system's name servers (from
//! `/etc/resolv.conf` on Unix, the network adapters on Windows) or one name server given as
//! `HOST:PORT`, which is how tests and help desks aim it at a particular server.
//!
//! Every answer is told apart: records, a domain that does not exist (NXDOMAIN), a name with no
//! records of the type asked for (NODATA), no answer within the limit, and other failures; see
//! [`LookupFailure`]. A [`CancelToken`] shared with the connection checks stops a lookup within
//! 50 ms.
//!
//! ```no_run
//! use std::time::Duration;
//! use icloud_mail_wizard::dns::Resolver;
//!
//! let resolver = Resolver::with_server_host("127.0.0.1", 5353)?.with_timeout(Duration::from_secs(2));
//! for mx in resolver.mx("example.com")? {
//!     println!("{} {}", mx.preference, mx.host);
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod system;
mod transport;

use std::fmt;
use std::io;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs as _};
use std::sync::Arc;
use std::time::{Duration, Instant};

use hickory_proto::op::{Edns, Message, Query, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType as WireType};
use thiserror::Error;

use crate::i18n::Lang;
use crate::tr;

pub use crate::probe::CancelToken;

/// The limit for one lookup when none is given.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

/// The port name servers listen on.
pub const DNS_PORT: u16 = 53;

/// How often a waiting lookup looks at its [`CancelToken`].
const CANCEL_POLL: Duration = Duration::from_millis(50);

/// Each name server is asked at most this many times over UDP within the limit.
const ROUNDS: usize = 2;

/// The UDP payload size offered with EDNS: large enough for a domain's TXT records, small
/// enough not to be fragmented (the DNS flag day 2020 value).
const EDNS_PAYLOAD: u16 = 1232;

/// Where a resolver's name servers came from (for messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServerSource {
    /// The system's resolver configuration.
    System,
    /// Given explicitly (`--dns-server`).
    Explicit,
}

/// The name servers a report was made with, told in words by [`NameServers::text`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameServers {
    /// In the order asked.
    pub servers: Vec<SocketAddr>,
    /// Where they came from.
    pub source: ServerSource,
}

impl NameServers {
    /// In `lang`, e.g. `name server 127.0.0.1:5353` or
    /// `the system's name servers (192.168.1.1:53)`.
    pub fn text(&self, lang: Lang) -> String {
        let list = self
            .servers
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        match self.source {
            ServerSource::Explicit => tr!(lang, "dns-asked-server", servers = list),
            ServerSource::System => tr!(lang, "dns-asked-system", servers = list),
        }
    }
}

impl fmt::Display for NameServers {
    /// In English (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl serde::Serialize for NameServers {
    /// The English words, as a string (the command line's JSON).
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Asks name servers for MX, TXT and CNAME records, blocking, within a time limit per lookup.
///
/// Cheap to clone; `Send` and `Sync`, so several lookups can run on threads at once.
#[derive(Clone, Debug)]
pub struct Resolver {
    servers: Vec<SocketAddr>,
    source: ServerSource,
    timeout: Duration,
    cancel: CancelToken,
}

impl Resolver {
    /// The system's name servers (`/etc/resolv.conf` on Unix, the adapters' DNS servers on
    /// Windows), with [`DEFAULT_TIMEOUT`].
    pub fn system() -> Result<Self, ConfigError> {
        Ok(Self::from_servers(
            system::name_servers()?,
            ServerSource::System,
        ))
    }

    /// One explicit name server.
    pub fn with_server(server: SocketAddr) -> Self {
        Self::from_servers(vec![server], ServerSource::Explicit)
    }

    /// One explicit name server given by address or host name (an IPv6 address without
    /// brackets) and port. A host name is looked up with the system's resolver, once, here;
    /// each of its addresses is asked in turn.
    ///
    /// # Errors
    /// [`ConfigError::BadServer`] when the port is 0 or the name has no address.
    pub fn with_server_host(host: &str, port: u16) -> Result<Self, ConfigError> {
        let shown = if host.contains(':') {
            format!("[{host}]:{port}")
        } else {
            format!("{host}:{port}")
        };
        let bad = |reason: String| ConfigError::BadServer {
            arg: shown.clone(),
            reason,
        };
        if port == 0 {
            return Err(bad("the port must be a number from 1 to 65535".into()));
        }
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(Self::with_server(SocketAddr::new(ip, port)));
        }
        let servers: Vec<SocketAddr> = (host, port)
            .to_socket_addrs()
            .map_err(|e| bad(format!("the host name could not be looked up: {e}")))?
            .collect();
        if servers.is_empty() {
            return Err(bad("the host name has no addresses".into()));
        }
        Ok(Self::from_servers(servers, ServerSource::Explicit))
    }

    fn from_servers(servers: Vec<SocketAddr>, source: ServerSource) -> Self {
        Self {
            servers,
            source,
            timeout: DEFAULT_TIMEOUT,
            cancel: CancelToken::new(),
        }
    }

    /// The same resolver with another limit per lookup (at least 1 ms).
    #[must_use]
    pub fn with_timeout(mut self, limit: Duration) -> Self {
        self.timeout = limit.max(Duration::from_millis(1));
        self
    }

    /// The same resolver stopped by `cancel` (a cancelled lookup ends with
    /// [`LookupFailure::Cancelled`] within 50 ms).
    #[must_use]
    pub fn with_cancel(mut self, cancel: CancelToken) -> Self {
        self.cancel = cancel;
        self
    }

    /// The name servers asked, in order.
    pub fn servers(&self) -> &[SocketAddr] {
        &self.servers
    }

    /// Where the name servers came from.
    pub fn source(&self) -> ServerSource {
        self.source
    }

    /// The limit for one lookup.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The name servers asked and where they came from, for reports.
    pub fn name_servers(&self) -> NameServers {
        NameServers {
            servers: self.servers.clone(),
            source: self.source,
        }
    }

    /// The MX records of `domain`, most preferred first. A null MX (RFC 7505: the domain takes
    /// no mail) is an [`Mx`] whose host is empty.
    pub fn mx(&self, domain: &str) -> Result<Vec<Mx>, LookupError> {
        let answer = self.lookup(domain, RecordType::Mx)?;
        let mut records: Vec<Mx> = answer
            .answers
            .into_iter()
            .filter_map(|record| match record.data {
                RData::MX(mx) => Some(Mx {
                    preference: mx.preference,
                    host: host_text(&mx.exchange),
                }),
                _ => None,
            })
            .collect();
        records.sort_by(|a, b| (a.preference, &a.host).cmp(&(b.preference, &b.host)));
        records.dedup();
        nonempty(records, domain, RecordType::Mx)
    }

    /// The TXT records at `name`, each one's strings joined (as SPF and DMARC read them).
    pub fn txt(&self, name: &str) -> Result<Vec<String>, LookupError> {
        let answer = self.lookup(name, RecordType::Txt)?;
        let records = answer
            .answers
            .into_iter()
            .filter_map(|record| match record.data {
                RData::TXT(txt) => {
                    let bytes: Vec<u8> = txt
                        .txt_data
                        .iter()
                        .flat_map(|s| s.iter().copied())
                        .collect();
                    Some(String::from_utf8_lossy(&bytes).into_owned())
                }
                _ => None,
            })
            .collect();
        nonempty(records, name, RecordType::Txt)
    }

    /// The target of the CNAME record at `name` (lower case, without the final dot).
    pub fn cname(&self, name: &str) -> Result<String, LookupError> {
        let answer = self.lookup(name, RecordType::Cname)?;
        let targets = answer
            .answers
            .into_iter()
            .filter(|record| record.name == answer.query)
            .filter_map(|record| match record.data {
                RData::CNAME(target) => Some(host_text(&target.0)),
                _ => None,
            })
            .collect::<Vec<_>>();
        nonempty(targets, name, RecordType::Cname).map(|mut t| t.swap_remove(0))
    }

    /// Sends one question and returns the answer section of a NOERROR reply.
    fn lookup(&self, name: &str, record: RecordType) -> Result<Answer, LookupError> {
        let fail = |failure| LookupError {
            name: name.to_owned(),
            record,
            failure,
        };
        let query_name = to_query_name(name).map_err(fail)?;
        let deadline = Instant::now() + self.timeout;
        let reply = self.exchange(&query_name, record, deadline).map_err(fail)?;
        match reply.metadata.response_code {
            ResponseCode::NoError => Ok(Answer {
                query: query_name,
                answers: reply.answers,
            }),
            ResponseCode::NXDomain => Err(fail(LookupFailure::NoSuchDomain)),
            code => Err(fail(LookupFailure::ServerError(rcode_text(code)))),
        }
    }

    /// Asks the servers in turn, twice round at most, sharing what is left of the time limit
    /// among the tries still to come. NOERROR and NXDOMAIN are final; another reply code sends
    /// the question to the next server, and is the result once every server has said the like.
    fn exchange(
        &self,
        name: &Name,
        record: RecordType,
        deadline: Instant,
    ) -> Result<Message, LookupFailure> {
        if self.servers.is_empty() {
            return Err(LookupFailure::NoServers);
        }
        let tries: Vec<SocketAddr> = (0..ROUNDS).flat_map(|_| self.servers.clone()).collect();
        let mut last: Option<LookupFailure> = None;
        let mut timed_out = false;
        for (i, server) in tries.iter().enumerate() {
            self.check_cancel()?;
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                timed_out = true;
                break;
            }
            let try_limit = left / u32::try_from(tries.len() - i).unwrap_or(1);
            let (bytes, question) = build_query(name, record)?;
            let exchange = transport::Exchange {
                query: &bytes,
                question: &question,
                server: *server,
                cancel: &self.cancel,
            };
            match exchange.udp(Instant::now() + try_limit) {
                Ok(reply) if reply.metadata.truncation => {
                    // Too large for UDP: the same question over TCP with all the time left.
                    match exchange.tcp(deadline) {
                        Ok(reply) if is_final(&reply) => return Ok(reply),
                        Ok(reply) => last = Some(server_error(&reply)),
                        Err(transport::Error::TimedOut) => timed_out = true,
                        Err(transport::Error::Failed(f)) => return Err(f),
                        Err(transport::Error::Other(f)) => last = Some(f),
                    }
                }
                Ok(reply) if is_final(&reply) => return Ok(reply),
                Ok(reply) => {
                    last = Some(server_error(&reply));
                    // Every server has answered with a failure: asking again will not help.
                    if i + 1 >= self.servers.len() && !timed_out {
                        break;
                    }
                }
                Err(transport::Error::TimedOut) => timed_out = true,
                Err(transport::Error::Failed(f)) => return Err(f),
                Err(transport::Error::Other(f)) => last = Some(f),
            }
        }
        match last {
            Some(failure) if !timed_out => Err(failure),
            _ => Err(LookupFailure::TimedOut {
                limit: self.timeout,
            }),
        }
    }

    fn check_cancel(&self) -> Result<(), LookupFailure> {
        if self.cancel.is_cancelled() {
            Err(LookupFailure::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// The answer section of a NOERROR reply to `query`.
struct Answer {
    query: Name,
    answers: Vec<hickory_proto::rr::Record>,
}

fn is_final(reply: &Message) -> bool {
    matches!(
        reply.metadata.response_code,
        ResponseCode::NoError | ResponseCode::NXDomain
    )
}

fn server_error(reply: &Message) -> LookupFailure {
    LookupFailure::ServerError(rcode_text(reply.metadata.response_code))
}

/// The reply code's mnemonic, as `dig` prints it.
fn rcode_text(code: ResponseCode) -> String {
    match code {
        ResponseCode::FormErr => "FORMERR".into(),
        ResponseCode::ServFail => "SERVFAIL".into(),
        ResponseCode::NotImp => "NOTIMP".into(),
        ResponseCode::Refused => "REFUSED".into(),
        ResponseCode::NXDomain => "NXDOMAIN".into(),
        ResponseCode::NoError => "NOERROR".into(),
        other => format!("{} ({})", other.to_str(), u16::from(other)),
    }
}

/// A query with a fresh random ID, as bytes, and its question.
fn build_query(name: &Name, record: RecordType) -> Result<(Vec<u8>, Query), LookupFailure> {
    let question = Query::query(name.clone(), record.wire());
    let mut message = Message::query();
    message.metadata.recursion_desired = true;
    message.add_query(question.clone());
    let mut edns = Edns::new();
    edns.set_max_payload(EDNS_PAYLOAD);
    message.set_edns(edns);
    let bytes = message
        .to_vec()
        .map_err(|e| LookupFailure::BadName(e.to_string()))?;
    Ok((bytes, question))
}

/// A domain as the name asked about: international names in their ASCII form, always fully
/// qualified (no search list is applied).
fn to_query_name(name: &str) -> Result<Name, LookupFailure> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed == "." {
        return Err(LookupFailure::BadName("the name is empty".into()));
    }
    let mut parsed = Name::from_utf8(trimmed).map_err(|e| LookupFailure::BadName(e.to_string()))?;
    parsed.set_fqdn(true);
    Ok(parsed)
}

/// `name` as it is asked about and written in records: ASCII (an international name in its
/// `xn--` form), lower case, without the final dot.
pub fn ascii_name(name: &str) -> Result<String, LookupFailure> {
    to_query_name(name).map(|n| host_text(&n))
}

/// A host name from an answer: lower case ASCII, no final dot; the root is the empty string.
fn host_text(name: &Name) -> String {
    name.to_ascii().trim_end_matches('.').to_ascii_lowercase()
}

fn nonempty<T>(items: Vec<T>, name: &str, record: RecordType) -> Result<Vec<T>, LookupError> {
    if items.is_empty() {
        Err(LookupError {
            name: name.to_owned(),
            record,
            failure: LookupFailure::NoRecords,
        })
    } else {
        Ok(items)
    }
}

/// One MX record.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Mx {
    /// Lower is tried first.
    pub preference: u16,
    /// The mail server, lower case, without the final dot; empty for a null MX.
    pub host: String,
}

impl Mx {
    /// Whether this is a null MX (RFC 7505: the domain accepts no mail).
    pub fn is_null(&self) -> bool {
        self.host.is_empty()
    }
}

impl fmt::Display for Mx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = if self.is_null() { "." } else { &self.host };
        write!(f, "{} {host}", self.preference)
    }
}

/// The record types this layer looks up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum RecordType {
    /// Mail exchanger.
    Mx,
    /// Text (SPF, DMARC, verification tokens).
    Txt,
    /// Alias.
    Cname,
}

impl RecordType {
    fn wire(self) -> WireType {
        match self {
            Self::Mx => WireType::MX,
            Self::Txt => WireType::TXT,
            Self::Cname => WireType::CNAME,
        }
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Mx => "MX",
            Self::Txt => "TXT",
            Self::Cname => "CNAME",
        })
    }
}

/// A lookup that found no records, with what was asked and why.
#[derive(Clone, Debug, Error)]
#[error("{record} lookup for {name}: {failure}")]
pub struct LookupError {
    /// The name asked about, as given.
    pub name: String,
    /// The record type asked for.
    pub record: RecordType,
    /// What happened.
    #[source]
    pub failure: LookupFailure,
}

impl LookupError {
    /// NXDOMAIN: the name does not exist.
    pub fn is_no_such_domain(&self) -> bool {
        matches!(self.failure, LookupFailure::NoSuchDomain)
    }

    /// NODATA: the name exists but has no records of the type asked for.
    pub fn is_no_records(&self) -> bool {
        matches!(self.failure, LookupFailure::NoRecords)
    }

    /// A definite answer that there is nothing: NXDOMAIN or NODATA.
    pub fn is_negative(&self) -> bool {
        self.is_no_such_domain() || self.is_no_records()
    }

    /// No answer within the limit.
    pub fn is_timeout(&self) -> bool {
        matches!(self.failure, LookupFailure::TimedOut { .. })
    }

    /// Stopped through the [`CancelToken`].
    pub fn is_cancelled(&self) -> bool {
        matches!(self.failure, LookupFailure::Cancelled)
    }

    /// What was asked and why nothing came back, in `lang` (the [`Display`](fmt::Display) form
    /// is English): `MX lookup for example.com: no answer within 2 s`.
    pub fn text(&self, lang: Lang) -> String {
        tr!(
            lang,
            "dns-lookup-failed",
            record = self.record.to_string(),
            name = self.name.as_str(),
            failure = self.failure.text(lang)
        )
    }
}

/// Why a lookup found no records.
#[derive(Clone, Debug, Error)]
pub enum LookupFailure {
    /// NXDOMAIN.
    #[error("the domain does not exist (NXDOMAIN)")]
    NoSuchDomain,
    /// NOERROR with no records of the type asked for (NODATA).
    #[error("no such records (the name exists but has none of this type)")]
    NoRecords,
    /// No name server answered within the limit.
    #[error("no answer within {}", seconds(*.limit))]
    TimedOut {
        /// The limit that ran out.
        limit: Duration,
    },
    /// Stopped through the [`CancelToken`].
    #[error("cancelled")]
    Cancelled,
    /// The name server answered with a failure code such as SERVFAIL or REFUSED.
    #[error("the name server answered {0}")]
    ServerError(String),
    /// The network failed (for example a refused port, no route).
    #[error("could not reach {server}")]
    Network {
        /// The name server.
        server: SocketAddr,
        /// The operating system's error (shared, so the failure can be kept and copied).
        #[source]
        source: Arc<io::Error>,
    },
    /// A reply that could not be read.
    #[error("unreadable reply from {server}: {detail}")]
    BadReply {
        /// The name server.
        server: SocketAddr,
        /// What was wrong with it.
        detail: String,
    },
    /// The name cannot be asked about.
    #[error("not a domain name: {0}")]
    BadName(String),
    /// The resolver has no name servers.
    #[error("no name server to ask")]
    NoServers,
}

impl LookupFailure {
    /// Why, in `lang` (the [`Display`](fmt::Display) form is English). The operating system's
    /// words for a network error are its own.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NoSuchDomain => tr!(lang, "dns-no-such-domain"),
            Self::NoRecords => tr!(lang, "dns-no-records"),
            Self::TimedOut { limit } => tr!(lang, "dns-timed-out", limit = seconds(*limit)),
            Self::Cancelled => tr!(lang, "dns-cancelled"),
            Self::ServerError(code) => tr!(lang, "dns-server-error", code = code.as_str()),
            Self::Network { server, source } => tr!(
                lang,
                "dns-network",
                server = server.to_string(),
                detail = crate::one_line(source.as_ref())
            ),
            Self::BadReply { server, detail } => tr!(
                lang,
                "dns-bad-reply",
                server = server.to_string(),
                detail = detail.as_str()
            ),
            Self::BadName(name) => tr!(lang, "dns-bad-name", name = name.as_str()),
            Self::NoServers => tr!(lang, "dns-no-servers"),
        }
    }
}

/// A duration as people read it: `2 s`, `1.5 s`, `300 ms`.
pub fn seconds(limit: Duration) -> String {
    if limit < Duration::from_secs(1) {
        format!("{} ms", limit.as_millis())
    } else if limit.subsec_millis() == 0 {
        format!("{} s", limit.as_secs())
    } else {
        format!("{:.1} s", limit.as_secs_f64())
    }
}

/// The resolver could not be set up.
#[derive(Clone, Debug, Error)]
pub enum ConfigError {
    /// The system's resolver configuration could not be read.
    #[error("could not read the system's name servers from {path}")]
    Read {
        /// The file.
        path: String,
        /// The operating system's error (shared, so the error can be kept and copied).
        #[source]
        source: Arc<io::Error>,
    },
    /// The system's resolver configuration is not valid.
    #[error("could not understand {path}: {detail}")]
    Parse {
        /// The file.
        path: String,
        /// What is wrong.
        detail: String,
    },
    /// The system lists no name server.
    #[error("the system has no name server configured; give one with --dns-server HOST:PORT")]
    NoServers,
    /// The system's name servers cannot be read on this platform.
    #[error("the system's name servers cannot be read here: {0}")]
    Unsupported(String),
    /// An explicit name server that is not `HOST:PORT`.
    #[error("name server {arg:?} is not usable: {reason}")]
    BadServer {
        /// What was given.
        arg: String,
        /// Why it is not usable.
        reason: String,
    },
}

impl ConfigError {
    /// What is wrong, in `lang` (the [`Display`](fmt::Display) form is English and names the
    /// command line's `--dns-server`; this one does not).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Read { path, source } => tr!(
                lang,
                "dns-config-read",
                path = path.as_str(),
                detail = crate::one_line(source.as_ref())
            ),
            Self::Parse { path, detail } => tr!(
                lang,
                "dns-config-parse",
                path = path.as_str(),
                detail = detail.as_str()
            ),
            Self::NoServers => tr!(lang, "dns-config-no-servers"),
            Self::Unsupported(detail) => {
                tr!(lang, "dns-config-unsupported", detail = detail.as_str())
            }
            Self::BadServer { arg, reason } => tr!(
                lang,
                "dns-config-bad-server",
                server = format!("{arg:?}"),
                reason = reason.as_str()
            ),
        }
    }
}

/// Why nothing is known about a name: its lookup failed, or no name server could be asked.
/// Kept whole, so a screen can say it in the language picked after the lookup.
#[derive(Clone, Debug)]
pub enum LookupProblem {
    /// A lookup that got no answer.
    Lookup(LookupError),
    /// The system's name servers could not be found.
    Config(ConfigError),
}

impl LookupProblem {
    /// In `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Lookup(e) => e.text(lang),
            Self::Config(e) => e.text(lang),
        }
    }

    /// The lookup ran out of time (rather than failed).
    pub fn is_timeout(&self) -> bool {
        matches!(self, Self::Lookup(e) if e.is_timeout())
    }
}

impl fmt::Display for LookupProblem {
    /// In English, one line with its causes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Lookup(e) => f.write_str(&crate::one_line(e)),
            Self::Config(e) => f.write_str(&crate::one_line(e)),
        }
    }
}

impl PartialEq for LookupProblem {
    /// The same words: the operating system's errors inside cannot be compared otherwise.
    fn eq(&self, other: &Self) -> bool {
        self.to_string() == other.to_string()
    }
}

impl Eq for LookupProblem {}

impl From<LookupError> for LookupProblem {
    fn from(error: LookupError) -> Self {
        Self::Lookup(error)
    }
}

impl From<ConfigError> for LookupProblem {
    fn from(error: ConfigError) -> Self {
        Self::Config(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_is_an_address_or_a_name_with_a_port() {
        let got = Resolver::with_server_host("::1", 5300).map(|r| r.servers().to_vec());
        assert_eq!(got.ok(), Some(vec!["[::1]:5300".parse().unwrap()]));
        let got = Resolver::with_server_host("localhost", 53).map(|r| r.servers()[0].port());
        assert_eq!(got.ok(), Some(53));
        let e = Resolver::with_server_host("127.0.0.1", 0).unwrap_err();
        assert!(e.to_string().contains("\"127.0.0.1:0\""), "{e}");
    }

    #[test]
    fn names_are_asked_fully_qualified_and_in_ascii() {
        let name = to_query_name("Bücher.Example").map(|n| n.to_ascii());
        assert_eq!(name.ok().as_deref(), Some("xn--bcher-kva.example."));
        assert!(to_query_name("").is_err());
        assert!(to_query_name(".").is_err());
        assert!(to_query_name("a..b").is_err());
    }

    #[test]
    fn durations_read_as_people_say_them() {
        assert_eq!(seconds(Duration::from_secs(2)), "2 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
        assert_eq!(seconds(Duration::from_millis(300)), "300 ms");
    }

    #[test]
    fn a_resolver_without_servers_says_so() {
        let resolver = Resolver::from_servers(Vec::new(), ServerSource::System);
        let e = resolver.mx("example.com").err();
        assert!(
            matches!(e.map(|e| e.failure), Some(LookupFailure::NoServers)),
            "no servers"
        );
    }

    #[test]
    fn a_cancelled_resolver_stops_before_asking() {
        let cancel = CancelToken::new();
        cancel.cancel();
        let resolver =
            Resolver::with_server("127.0.0.1:9".parse().unwrap_or_else(|_| unreachable!()))
                .with_cancel(cancel);
        let e = resolver.txt("example.com").err();
        assert!(e.is_some_and(|e| e.is_cancelled()));
    }

    /// Every way a lookup or the resolver's setup can fail, with the values each carries.
    fn every_problem() -> Vec<(LookupProblem, Vec<&'static str>)> {
        let server: SocketAddr = "192.0.2.1:53".parse().unwrap();
        let refused = || Arc::new(io::Error::from(io::ErrorKind::ConnectionRefused));
        let failures = [
            (LookupFailure::NoSuchDomain, vec!["NXDOMAIN"]),
            (LookupFailure::NoRecords, vec![]),
            (
                LookupFailure::TimedOut {
                    limit: Duration::from_millis(300),
                },
                vec!["300 ms"],
            ),
            (LookupFailure::Cancelled, vec![]),
            (
                LookupFailure::ServerError("SERVFAIL".into()),
                vec!["SERVFAIL"],
            ),
            (
                LookupFailure::Network {
                    server,
                    source: refused(),
                },
                vec!["connection refused"],
            ),
            (
                LookupFailure::BadReply {
                    server,
                    detail: "truncated".into(),
                },
                vec!["truncated"],
            ),
            (LookupFailure::BadName("a..b".into()), vec!["a..b"]),
            (LookupFailure::NoServers, vec![]),
        ];
        let mut all: Vec<(LookupProblem, Vec<&str>)> = failures
            .into_iter()
            .map(|(failure, mut data)| {
                data.extend(["MX", "example.test", "192.0.2.1:53"]);
                let error = LookupError {
                    name: "example.test".into(),
                    record: RecordType::Mx,
                    failure,
                };
                (error.into(), data)
            })
            .collect();
        let configs = [
            (
                ConfigError::Read {
                    path: "/etc/resolv.conf".into(),
                    source: refused(),
                },
                vec!["/etc/resolv.conf", "connection refused"],
            ),
            (
                ConfigError::Parse {
                    path: "/etc/resolv.conf".into(),
                    detail: "bad line".into(),
                },
                vec!["/etc/resolv.conf", "bad line"],
            ),
            (ConfigError::NoServers, vec![]),
            (
                ConfigError::Unsupported("no adapters".into()),
                vec!["no adapters"],
            ),
            (
                ConfigError::BadServer {
                    arg: "dns:0".into(),
                    reason: "port 0".into(),
                },
                vec!["dns:0", "port 0"],
            ),
        ];
        all.extend(configs.map(|(e, data)| (e.into(), data)));
        all
    }

    /// The window says why a lookup failed in the person's language: in the pseudo-locale no
    /// letter is left unaccented but the values. The English words are the command line's.
    #[test]
    fn every_lookup_problem_is_told_in_the_language_asked() {
        for (problem, data) in every_problem() {
            let mut rest = problem.text(Lang::Pseudo);
            for value in &data {
                rest = rest.replace(value, " ");
            }
            assert!(
                !rest.chars().any(|c| c.is_ascii_alphabetic()),
                "{problem}: {rest:?} is not from a message"
            );
            if !matches!(problem, LookupProblem::Config(ConfigError::NoServers)) {
                // Only the command line's advice (--dns-server) differs.
                assert_eq!(problem.text(Lang::En), problem.to_string());
            }
            assert_ne!(problem.text(Lang::De), problem.text(Lang::En), "{problem}");
        }
        let asked = Resolver::with_server("192.0.2.1:53".parse().unwrap()).name_servers();
        assert_eq!(asked.to_string(), "name server 192.0.2.1:53");
        assert_eq!(asked.text(Lang::De), "Nameserver 192.0.2.1:53");
    }
}
