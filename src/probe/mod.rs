//! Connection checks: blocking IMAP and SMTP login probes with explicit timeouts, a diagnosis for
//! every failure, and a plan that runs iCloud's documented troubleshooting steps at once.
//!
//! Every probe verifies the server certificate; an extra trusted root can be added
//! ([`ProbeOptions::extra_root_pem`]) for test servers and networks with their own CA, but
//! verification is never switched off. Probes block; callers choose their threads ([`plan::run`]
//! starts one named thread per check).

mod diagnosis;
mod imap;
mod net;
pub mod plan;
pub mod roundtrip;
mod smtp;

use std::fmt;
use std::time::Duration;

pub use diagnosis::{explain, phase_text};
pub use net::CancelToken;

use crate::provider::Security;
use crate::secret::Secret;

/// Which protocol a probe speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// Incoming mail.
    Imap,
    /// Outgoing mail (submission).
    Smtp,
}

impl Protocol {
    /// `IMAP` or `SMTP`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Imap => "IMAP",
            Self::Smtp => "SMTP",
        }
    }
}

/// A server to probe.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    /// Host name (checked against the certificate) or IP address.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Implicit TLS or STARTTLS.
    pub security: Security,
}

impl Target {
    /// `HOST:PORT` as it would be typed: an IPv6 address in brackets (`[::1]:993`).
    pub fn authority(&self) -> String {
        if self.host.contains(':') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.authority(), self.security)
    }
}

/// How long each step may take before the probe gives up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// TCP connect, for all the addresses of a name together.
    pub connect: Duration,
    /// The TLS handshake.
    pub tls: Duration,
    /// The server's greeting.
    pub greeting: Duration,
    /// Every later reply (capabilities, STARTTLS, login, logout).
    pub reply: Duration,
}

impl Timeouts {
    /// The same limit for every step.
    pub fn uniform(limit: Duration) -> Self {
        Self {
            connect: limit,
            tls: limit,
            greeting: limit,
            reply: limit,
        }
    }

    /// The limit for `phase`.
    pub fn for_phase(&self, phase: Phase) -> Duration {
        match phase {
            Phase::Resolve | Phase::Connect => self.connect,
            Phase::Tls => self.tls,
            Phase::Greeting => self.greeting,
            Phase::StartTls | Phase::Auth | Phase::Logout => self.reply,
        }
    }
}

impl Default for Timeouts {
    /// Ten seconds for each step, as Thunderbird's own guesser uses.
    fn default() -> Self {
        Self::uniform(Duration::from_secs(10))
    }
}

/// Settings shared by every probe of a run.
#[derive(Clone, Debug, Default)]
pub struct ProbeOptions {
    /// Time limits.
    pub timeouts: Timeouts,
    /// A PEM certificate to trust in addition to the system's roots (a test CA, a company CA).
    pub extra_root_pem: Option<Vec<u8>>,
}

/// One probe: who logs in where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProbeRequest {
    /// IMAP or SMTP.
    pub protocol: Protocol,
    /// The server.
    pub target: Target,
    /// The login name.
    pub username: String,
}

/// A step of a connection, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Looking up the host name.
    Resolve,
    /// Opening the TCP connection.
    Connect,
    /// The TLS handshake (implicit TLS, or after STARTTLS).
    Tls,
    /// Waiting for the server's greeting (and, for SMTP, the EHLO reply).
    Greeting,
    /// Asking to upgrade to TLS.
    StartTls,
    /// Logging in.
    Auth,
    /// Saying goodbye.
    Logout,
}

impl Phase {
    /// Stable machine name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Resolve => "resolve",
            Self::Connect => "connect",
            Self::Tls => "tls",
            Self::Greeting => "greeting",
            Self::StartTls => "starttls",
            Self::Auth => "auth",
            Self::Logout => "logout",
        }
    }

    /// What happens in this step, for people.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Resolve => "looking up the server name",
            Self::Connect => "connecting",
            Self::Tls => "the TLS handshake",
            Self::Greeting => "waiting for the server to greet",
            Self::StartTls => "switching to TLS (STARTTLS)",
            Self::Auth => "logging in",
            Self::Logout => "logging out",
        }
    }
}

/// Why a certificate was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CertProblem {
    /// Signed by no authority this computer trusts (self-signed, or an interception proxy).
    Untrusted,
    /// Valid, but for another host name.
    WrongHost,
    /// Expired or not yet valid.
    Expired,
    /// Refused for another reason.
    Other,
}

/// The kind of outcome, with a stable machine name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Logged in.
    Ok,
    /// The host name was not found.
    Dns,
    /// Nothing listens there, or the network refused the connection.
    Refused,
    /// A step took longer than its limit.
    Timeout,
    /// The server's certificate was refused.
    TlsCertificate,
    /// TLS could not be negotiated (for example TLS spoken to a STARTTLS port).
    TlsHandshake,
    /// The server does not offer STARTTLS where it is required.
    #[serde(rename = "starttls_unavailable")]
    StartTlsUnavailable,
    /// The server refused the username or password.
    AuthFailed,
    /// The server answered something unexpected or unreadable.
    Protocol,
    /// The server dropped the connection.
    Closed,
    /// The check was cancelled.
    Cancelled,
}

impl Category {
    /// Stable machine name, e.g. `auth_failed`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Dns => "dns",
            Self::Refused => "refused",
            Self::Timeout => "timeout",
            Self::TlsCertificate => "tls_certificate",
            Self::TlsHandshake => "tls_handshake",
            Self::StartTlsUnavailable => "starttls_unavailable",
            Self::AuthFailed => "auth_failed",
            Self::Protocol => "protocol",
            Self::Closed => "closed",
            Self::Cancelled => "cancelled",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a probe failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What kind of failure.
    pub category: Category,
    /// The step that failed.
    pub phase: Phase,
    /// For [`Category::TlsCertificate`]: why the certificate was refused.
    pub cert: Option<CertProblem>,
    /// Technical detail (an OS or TLS library message). Never contains the password.
    pub detail: String,
    /// What the server said, when it said something. Never contains the password.
    pub server_text: Option<String>,
}

impl Failure {
    pub(crate) fn new(category: Category, phase: Phase, detail: impl Into<String>) -> Self {
        Self {
            category,
            phase,
            cert: None,
            detail: detail.into(),
            server_text: None,
        }
    }

    pub(crate) fn with_server_text(mut self, text: impl Into<String>) -> Self {
        self.server_text = Some(text.into());
        self
    }
}

/// How long each step took; `None` for steps not reached or not applicable.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Timings {
    /// Name lookup and TCP connect.
    pub connect: Option<Duration>,
    /// TLS handshake (both handshakes' sum never happens: one per connection).
    pub tls: Option<Duration>,
    /// Greeting (and EHLO for SMTP).
    pub greeting: Option<Duration>,
    /// Login.
    pub auth: Option<Duration>,
    /// The whole probe, including logout.
    pub total: Duration,
}

/// The outcome of one probe.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProbeReport {
    /// What was probed.
    pub request: ProbeRequest,
    /// `Ok` when the login worked.
    pub result: Result<(), Failure>,
    /// Step durations.
    pub timings: Timings,
}

impl ProbeReport {
    /// The outcome's category ([`Category::Ok`] on success).
    pub fn category(&self) -> Category {
        match &self.result {
            Ok(()) => Category::Ok,
            Err(f) => f.category,
        }
    }

    /// Whether the login worked.
    pub fn is_ok(&self) -> bool {
        self.result.is_ok()
    }
}

/// Runs one probe: connect, secure, greet, log in, log out. Blocks for at most the sum of the
/// relevant timeouts; `cancel` ends it early.
pub fn probe(
    request: &ProbeRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
) -> ProbeReport {
    let started = std::time::Instant::now();
    let mut timings = Timings::default();
    let result = match request.protocol {
        Protocol::Imap => imap::login(request, password, options, cancel, &mut timings),
        Protocol::Smtp => smtp::login(request, password, options, cancel, &mut timings),
    };
    let result = result.map_err(|mut failure| {
        if cancel.is_cancelled() {
            failure.category = Category::Cancelled;
            failure.detail = "cancelled".into();
        }
        redact_failure(failure, &request.username, password)
    });
    timings.total = started.elapsed();
    ProbeReport {
        request: request.clone(),
        result,
        timings,
    }
}

/// Removes every form of the password a server could echo back from a failure's texts, and
/// keeps server text short and printable.
fn redact_failure(mut failure: Failure, username: &str, password: &Secret) -> Failure {
    failure.detail = redact(&failure.detail, username, password);
    failure.server_text = failure.server_text.map(|t| redact(&t, username, password));
    failure
}

/// Longest server text kept, in characters.
const MAX_SERVER_TEXT: usize = 300;

/// Replaces every form the password takes on the wire with `***`, then blanks control characters
/// and shortens the text to [`MAX_SERVER_TEXT`] characters.
///
/// The forms: as typed (also inside an IMAP literal); the IMAP quoted string (`\` and `"`
/// escaped); percent-encoded (either case of hex digits, `+` or `%20` for a space); and base64 at
/// every byte alignment, which covers the password inside any SASL blob (PLAIN's
/// `\0user\0password`, LOGIN's separate answer, XOAUTH2), padded or not. Letters are matched
/// without regard to ASCII case, except in base64 where case carries the bits.
pub(crate) fn redact(text: &str, username: &str, password: &Secret) -> String {
    let pw = password.expose();
    let mut out = text.to_owned();
    if !pw.is_empty() {
        for form in text_forms(pw) {
            out = replace_ignore_ascii_case(&out, &form, "***");
        }
        // Longest first: the AUTH PLAIN blob of this username, then the password at each
        // alignment inside any other base64.
        let mut b64 = vec![plain_blob_base64(username, pw)];
        b64.extend(base64_cores(pw.as_bytes()));
        for form in b64 {
            out = out.replace(&form, "***");
        }
    }
    let out: String = out
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = out.trim();
    if trimmed.chars().count() > MAX_SERVER_TEXT {
        let cut: String = trimmed.chars().take(MAX_SERVER_TEXT).collect();
        format!("{cut}…")
    } else {
        trimmed.to_owned()
    }
}

/// The textual forms of the password, longest first: IMAP quoted, percent-encoded, plain.
fn text_forms(pw: &str) -> Vec<String> {
    let quoted = format!("\"{}\"", pw.replace('\\', r"\\").replace('"', "\\\""));
    let url: String = pw
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let form_url = url.replace("%20", "+");
    let mut forms = vec![quoted, url, form_url, pw.to_owned()];
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    forms
}

/// The base64 of the whole AUTH PLAIN blob for `username`.
fn plain_blob_base64(username: &str, pw: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(format!("\0{username}\0{pw}"))
}

/// The parts of the base64 encoding of `bytes` that do not depend on what comes before them, for
/// each of the three alignments `bytes` can have inside a longer base64 stream: first as the end
/// of the stream (with its padding), then as the middle (without the last character, which also
/// holds bits of what follows).
fn base64_cores(bytes: &[u8]) -> Vec<String> {
    use base64::Engine as _;
    let engine = base64::engine::general_purpose::STANDARD;
    let mut ends = Vec::new();
    let mut middles = Vec::new();
    for offset in 0..3_usize {
        let mut input = vec![0_u8; offset];
        input.extend_from_slice(bytes);
        let encoded = engine.encode(&input);
        // Characters whose six bits include bits of the `offset` bytes before.
        let skip = (offset * 8).div_ceil(6);
        let Some(end) = encoded.get(skip..) else {
            continue;
        };
        let unpadded = end.trim_end_matches('=');
        if unpadded.len() >= 4 {
            ends.push(end.to_owned());
        }
        let middle = if input.len() % 3 == 0 {
            unpadded
        } else {
            &unpadded[..unpadded.len().saturating_sub(1)]
        };
        if middle.len() >= 4 {
            middles.push(middle.to_owned());
        }
    }
    ends.extend(middles);
    ends
}

/// `haystack` with every ASCII-case-insensitive occurrence of `needle` replaced by `with`.
fn replace_ignore_ascii_case(haystack: &str, needle: &str, with: &str) -> String {
    if needle.is_empty() {
        return haystack.to_owned();
    }
    let lower_hay = haystack.to_ascii_lowercase();
    let lower_needle = needle.to_ascii_lowercase();
    let mut out = String::with_capacity(haystack.len());
    let mut rest = 0;
    // ASCII lowering keeps byte offsets, so positions in the lowered text are valid in the
    // original, and both match on the same character boundaries.
    for (at, _) in lower_hay.match_indices(&lower_needle) {
        if at < rest {
            continue;
        }
        out.push_str(&haystack[rest..at]);
        out.push_str(with);
        rest = at + needle.len();
    }
    out.push_str(&haystack[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_removes_every_form_of_the_password() {
        use base64::Engine as _;
        let pw = Secret::new("abcd-efgh-ijkl-mnop");
        let b64 = base64::engine::general_purpose::STANDARD;
        // "\0al\0" is 4 bytes: the password's own base64 is not a substring of this one.
        let plain = b64.encode("\0al\0abcd-efgh-ijkl-mnop");
        let text = format!(
            "NO echo abcd-efgh-ijkl-mnop {} {plain}\r\n\u{1b}[31m",
            b64.encode("abcd-efgh-ijkl-mnop")
        );
        assert!(!plain.contains(&b64.encode("abcd-efgh-ijkl-mnop")));
        let out = redact(&text, "al", &pw);
        assert_eq!(out, "NO echo *** *** ***   [31m");
        assert!(redact(&"x".repeat(1000), "a", &pw).chars().count() <= MAX_SERVER_TEXT + 1);
    }

    /// Issue 11, item 5: every wire form of the password is redacted, for passwords with the
    /// characters that change those forms (`"` and `\\` in IMAP quoted strings, `%`, space and
    /// non-ASCII in URLs, any byte alignment inside a SASL base64 blob).
    #[test]
    fn redaction_covers_every_wire_form_of_the_password() {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD;
        let b64_bare = base64::engine::general_purpose::STANDARD_NO_PAD;
        for pw in [
            r#"ab"cd\ef gh%ij-é"#,
            "abcd-efgh-ijkl-mnop",
            r#"\"\"\""#,
            "pässwörd 100%",
        ] {
            let secret = Secret::new(pw);
            let quoted = format!("\"{}\"", pw.replace('\\', r"\\").replace('"', "\\\""));
            let literal = format!("{{{}}}\r\n{pw}", pw.len());
            let url: String = pw
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                        char::from(b).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            let form_url = url.replace("%20", "+");
            let mut forms = vec![
                format!("a1 LOGIN alice {quoted}"),
                format!("a1 LOGIN alice {literal}"),
                format!("a1 login alice {}", quoted.to_ascii_uppercase()),
                b64.encode(pw),
                b64_bare.encode(pw),
                b64.encode(format!("\0alice\0{pw}")),
                b64.encode(format!("\0al\0{pw}")),
                b64.encode(format!("\0a\0{pw}")),
                b64.encode(format!("alice\0alice\0{pw}")),
                b64.encode(format!("user=alice\x01auth=Bearer {pw}\x01\x01")),
                url.clone(),
                url.to_ascii_lowercase(),
                form_url,
                format!("NO \u{1b}[31m{pw}\r\n"),
            ];
            forms.push(format!("two at once: {quoted} {} {url}", b64.encode(pw)));
            for text in forms {
                let out = redact(&text, "alice", &secret);
                assert!(!out.contains(pw), "{pw:?} in {out:?} (from {text:?})");
                assert!(
                    !out.to_ascii_lowercase().contains(&pw.to_ascii_lowercase()),
                    "{pw:?} in {out:?}"
                );
                for leak in [&quoted, &url, &b64.encode(pw), &b64_bare.encode(pw)] {
                    assert!(!out.contains(leak.as_str()), "{leak:?} in {out:?}");
                }
                assert!(
                    out.contains("***"),
                    "nothing redacted in {out:?} (from {text:?})"
                );
            }
        }
        // Text without the password is left alone (apart from control characters).
        let secret = Secret::new("abcd-efgh-ijkl-mnop");
        assert_eq!(
            redact(
                "NO [AUTHENTICATIONFAILED] Invalid credentials",
                "alice",
                &secret
            ),
            "NO [AUTHENTICATIONFAILED] Invalid credentials"
        );
    }

    /// A password with a control character is redacted too: the control characters of the
    /// server text are blanked only after the password's forms are gone.
    #[test]
    fn redaction_happens_before_control_characters_are_blanked() {
        let secret = Secret::new("abcd\u{7}efgh-ijkl-mnop");
        let out = redact("NO you sent abcd\u{7}efgh-ijkl-mnop", "alice", &secret);
        assert!(!out.contains("efgh-ijkl-mnop"), "{out}");
    }

    #[test]
    fn category_names_are_stable() {
        let json = serde_json::to_string(&Category::StartTlsUnavailable).unwrap();
        assert_eq!(json, "\"starttls_unavailable\"");
        assert_eq!(Category::StartTlsUnavailable.name(), "starttls_unavailable");
        assert_eq!(
            serde_json::to_string(&Category::TlsCertificate).unwrap(),
            format!("\"{}\"", Category::TlsCertificate.name())
        );
    }
}
