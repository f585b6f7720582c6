//! A port of Thunderbird for Android's QR code reader, to refuse what the app would refuse.
//!
//! Ported from thunderbird-android `feature/migration/qrcode`: the structure from
//! `QrCodePayloadAdapter.kt` (Moshi), the rules from `QrCodePayloadValidator.kt` and
//! `IntValueMapper.kt`, host names from `core/common/net/HostNameUtils.kt`, ports from `Port.kt`
//! and addresses from `EmailAddressParser.kt` and `EmailDomainParser.kt` with the `LIMITED`
//! configuration (`toUserEmailAddress`). Where the port differs it is stricter: host names and
//! addresses must be ASCII (Kotlin's case-insensitive regex also takes the Kelvin sign and the
//! long s as letters), and a number read as a string keeps `serde_json`'s spelling.
//!
//! The app rejects the whole code on the first failure; so does [`read`], with the reason.

use serde_json::Value;

/// Why Thunderbird for Android would reject a payload.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// Not JSON, or not the structure of format version 1 (the reader's JSON adapter fails).
    #[error("the payload does not have the structure of format version 1: {0}")]
    Structure(String),
    /// A format version other than 1.
    #[error("format version {0} is not supported (only 1 is)")]
    Version(i64),
    /// A value contains a carriage return or line feed.
    #[error("the {field} contains a line break")]
    LineBreak {
        /// Which value.
        field: &'static str,
    },
    /// Not a legal host name, IPv4 or IPv6 address.
    #[error("{value:?} is not a valid host name or IP address")]
    Hostname {
        /// The value.
        value: String,
    },
    /// A port outside 1-65535.
    #[error("port {value} is outside 1-65535")]
    Port {
        /// The value.
        value: i32,
    },
    /// An enum value the reader does not know or support.
    #[error("{value} is not a supported {field}")]
    Unsupported {
        /// Which value (`incoming protocol`, `connection security`, ...).
        field: &'static str,
        /// The number.
        value: i32,
    },
    /// An identity's address the app's address parser (LIMITED) refuses.
    #[error("the address {value:?} is not accepted: {reason} (only plain ASCII addresses are)")]
    EmailAddress {
        /// The address.
        value: String,
        /// The parser's reason.
        reason: &'static str,
    },
}

/// A payload as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCodeData {
    /// Format version (always 1 once read).
    pub version: i32,
    /// `[SequenceNumber, SequenceEnd]`.
    pub sequence: (i32, i32),
    /// Every account.
    pub accounts: Vec<Account>,
}

/// One account: an incoming server and its outgoing servers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The incoming server.
    pub incoming: Incoming,
    /// The outgoing servers with their identities.
    pub outgoing: Vec<Outgoing>,
}

/// An incoming server as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// 0 IMAP, 1 POP3.
    pub protocol: i32,
    /// Host name.
    pub hostname: String,
    /// Port.
    pub port: i32,
    /// Connection security number.
    pub connection_security: i32,
    /// Authentication type number.
    pub authentication_type: i32,
    /// Username.
    pub username: String,
    /// Account name, if present.
    pub account_name: Option<String>,
    /// Password, if present.
    pub password: Option<String>,
}

/// An outgoing server as read, with its identities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    /// 0 SMTP.
    pub protocol: i32,
    /// Host name.
    pub hostname: String,
    /// Port.
    pub port: i32,
    /// Connection security number.
    pub connection_security: i32,
    /// Authentication type number.
    pub authentication_type: i32,
    /// Username.
    pub username: String,
    /// Password, if present.
    pub password: Option<String>,
    /// `(address, display name)` pairs.
    pub identities: Vec<(String, String)>,
}

/// Reads and validates `payload` the way Thunderbird for Android does.
pub fn read(payload: &str) -> Result<QrCodeData, Rejection> {
    let data = parse(payload)?;
    validate(&data)?;
    Ok(data)
}

/// The JSON adapter: structure only (`QrCodePayloadAdapter.fromJson`).
pub fn parse(payload: &str) -> Result<QrCodeData, Rejection> {
    let root: Value =
        serde_json::from_str(payload).map_err(|e| Rejection::Structure(e.to_string()))?;
    let mut root = Array::begin(&root, "the payload")?;
    let version = root.next_int("the format version")?;
    if version != 1 {
        return Err(Rejection::Version(version.into()));
    }
    let mut misc = Array::begin(root.next("the sequence")?, "the sequence")?;
    let sequence = (
        misc.next_int("the sequence number")?,
        misc.next_int("the sequence end")?,
    );
    let mut accounts = Vec::new();
    loop {
        let incoming = read_incoming(root.next("an incoming server")?)?;
        let outgoing = read_outgoing_groups(root.next("the outgoing servers")?)?;
        accounts.push(Account { incoming, outgoing });
        if !root.has_next() {
            break;
        }
    }
    Ok(QrCodeData {
        version,
        sequence,
        accounts,
    })
}

fn read_incoming(value: &Value) -> Result<Incoming, Rejection> {
    let mut a = Array::begin(value, "the incoming server")?;
    Ok(Incoming {
        protocol: a.next_int("the incoming protocol")?,
        hostname: a.next_string("the incoming host name")?,
        port: a.next_int("the incoming port")?,
        connection_security: a.next_int("the incoming connection security")?,
        authentication_type: a.next_int("the incoming authentication type")?,
        username: a.next_string("the incoming username")?,
        account_name: a.optional_string("the account name")?,
        password: a.optional_string("the incoming password")?,
    })
}

fn read_outgoing_groups(value: &Value) -> Result<Vec<Outgoing>, Rejection> {
    let mut groups = Array::begin(value, "the outgoing server groups")?;
    let mut out = Vec::new();
    loop {
        let mut group = Array::begin(
            groups.next("an outgoing server group")?,
            "an outgoing server group",
        )?;
        let mut s = Array::begin(group.next("an outgoing server")?, "an outgoing server")?;
        let mut server = Outgoing {
            protocol: s.next_int("the outgoing protocol")?,
            hostname: s.next_string("the outgoing host name")?,
            port: s.next_int("the outgoing port")?,
            connection_security: s.next_int("the outgoing connection security")?,
            authentication_type: s.next_int("the outgoing authentication type")?,
            username: s.next_string("the outgoing username")?,
            password: s.optional_string("the outgoing password")?,
            identities: Vec::new(),
        };
        loop {
            let mut identity = Array::begin(group.next("an identity")?, "an identity")?;
            server.identities.push((
                identity.next_string("an identity's address")?,
                identity.next_string("an identity's display name")?,
            ));
            if !group.has_next() {
                break;
            }
        }
        out.push(server);
        if !groups.has_next() {
            break;
        }
    }
    Ok(out)
}

/// A cursor over a JSON array with Moshi's `JsonReader` semantics for the calls the adapter makes.
struct Array<'a> {
    items: &'a [Value],
    at: usize,
}

impl<'a> Array<'a> {
    fn begin(value: &'a Value, what: &str) -> Result<Self, Rejection> {
        match value {
            Value::Array(items) => Ok(Self { items, at: 0 }),
            other => Err(Rejection::Structure(format!(
                "{what} is not an array but {other}"
            ))),
        }
    }

    fn has_next(&self) -> bool {
        self.at < self.items.len()
    }

    fn next(&mut self, what: &str) -> Result<&'a Value, Rejection> {
        let item = self
            .items
            .get(self.at)
            .ok_or_else(|| Rejection::Structure(format!("{what} is missing")))?;
        self.at += 1;
        Ok(item)
    }

    /// `nextInt`: an integral number, or a string holding one, within 32 bits.
    fn next_int(&mut self, what: &str) -> Result<i32, Rejection> {
        let value = self.next(what)?;
        int_of(value)
            .ok_or_else(|| Rejection::Structure(format!("{what} is not an integer but {value}")))
    }

    /// `nextString`: a string, or a number's text; `null` is an error.
    fn next_string(&mut self, what: &str) -> Result<String, Rejection> {
        let value = self.next(what)?;
        match value {
            Value::String(s) => Ok(s.clone()),
            Value::Number(n) => Ok(n.to_string()),
            other => Err(Rejection::Structure(format!(
                "{what} is not a string but {other}"
            ))),
        }
    }

    /// `if (hasNext()) nextString() else null`.
    fn optional_string(&mut self, what: &str) -> Result<Option<String>, Rejection> {
        if self.has_next() {
            self.next_string(what).map(Some)
        } else {
            Ok(None)
        }
    }
}

/// Moshi's `nextInt` on one value: an integer literal, or a number or string whose value is a
/// whole number, within 32 bits.
// The float is checked to be whole and within `i32` before the cast.
#[allow(clippy::cast_possible_truncation)]
fn int_of(value: &Value) -> Option<i32> {
    let (int, float) = match value {
        Value::Number(n) => (n.as_i64(), n.as_f64()),
        Value::String(s) => (s.parse::<i64>().ok(), s.parse::<f64>().ok()),
        _ => (None, None),
    };
    match int {
        Some(i) => i32::try_from(i).ok(),
        None => float
            .filter(|f| f.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(f))
            .map(|f| f as i32),
    }
}

/// The validator (`QrCodePayloadValidator.isValid`).
pub fn validate(data: &QrCodeData) -> Result<(), Rejection> {
    if data.version != 1 {
        return Err(Rejection::Version(data.version.into()));
    }
    if data.accounts.is_empty() {
        return Err(Rejection::Structure("there is no account".into()));
    }
    for account in &data.accounts {
        let i = &account.incoming;
        incoming_protocol(i.protocol)?;
        hostname(&i.hostname)?;
        port(i.port)?;
        connection_security(i.connection_security)?;
        authentication_type(i.authentication_type)?;
        single_line("username", &i.username)?;
        if let Some(name) = &i.account_name {
            single_line("account name", name)?;
        }
        if let Some(password) = &i.password {
            single_line("password", password)?;
        }
        if account.outgoing.is_empty() {
            return Err(Rejection::Structure("there is no outgoing server".into()));
        }
        for o in &account.outgoing {
            if o.protocol != 0 {
                return Err(Rejection::Unsupported {
                    field: "outgoing protocol",
                    value: o.protocol,
                });
            }
            hostname(&o.hostname)?;
            port(o.port)?;
            connection_security(o.connection_security)?;
            authentication_type(o.authentication_type)?;
            single_line("username", &o.username)?;
            if let Some(password) = &o.password {
                single_line("password", password)?;
            }
            if o.identities.is_empty() {
                return Err(Rejection::Structure("there is no identity".into()));
            }
            for (address, name) in &o.identities {
                user_email_address(address).map_err(|reason| Rejection::EmailAddress {
                    value: address.clone(),
                    reason,
                })?;
                single_line("display name", name)?;
            }
        }
    }
    Ok(())
}

fn single_line(field: &'static str, text: &str) -> Result<(), Rejection> {
    if text.contains(['\r', '\n']) {
        Err(Rejection::LineBreak { field })
    } else {
        Ok(())
    }
}

fn incoming_protocol(value: i32) -> Result<(), Rejection> {
    // 0 IMAP, 1 POP3.
    if matches!(value, 0 | 1) {
        Ok(())
    } else {
        Err(Rejection::Unsupported {
            field: "incoming protocol",
            value,
        })
    }
}

fn port(value: i32) -> Result<(), Rejection> {
    if (1..=65535).contains(&value) {
        Ok(())
    } else {
        Err(Rejection::Port { value })
    }
}

fn connection_security(value: i32) -> Result<(), Rejection> {
    // 0 plain, 1 legacy (read as STARTTLS), 2 STARTTLS, 3 TLS.
    if (0..=3).contains(&value) {
        Ok(())
    } else {
        Err(Rejection::Unsupported {
            field: "connection security",
            value,
        })
    }
}

fn authentication_type(value: i32) -> Result<(), Rejection> {
    // 3 GSSAPI and 4 NTLM are defined by the format but refused by the app.
    if matches!(value, 0 | 1 | 2 | 5 | 6) {
        Ok(())
    } else {
        Err(Rejection::Unsupported {
            field: "authentication type",
            value,
        })
    }
}

fn hostname(value: &str) -> Result<(), Rejection> {
    if is_legal_ipv4(value) || is_legal_ipv6(value) || is_legal_host_name(value) {
        Ok(())
    } else {
        Err(Rejection::Hostname {
            value: value.to_owned(),
        })
    }
}

/// `HostNameUtils.isLegalIPv4Address`: four decimal components 0-255 without leading zeros,
/// the first not zero.
fn is_legal_ipv4(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| ipv4_component(p).is_some())
        && ipv4_component(parts[0]) != Some(0)
}

fn ipv4_component(part: &str) -> Option<u32> {
    let digits_ok = !part.is_empty()
        && part.len() <= 3
        && part.bytes().all(|b| b.is_ascii_digit())
        && (part == "0" || !part.starts_with('0'));
    digits_ok
        .then(|| part.parse::<u32>().ok())
        .flatten()
        .filter(|n| *n <= 255)
}

/// `HostNameUtils.isLegalIPv6Address`, step by step.
fn is_legal_ipv6(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let mut parts: Vec<String> = lower.split(':').map(str::to_owned).collect();
    if parts.len() < 3 {
        return false;
    }
    // An IPv4 address as the last part becomes two hex components.
    if let Some(last) = parts.last().filter(|l| is_legal_ipv4(l)).cloned() {
        let n: Vec<u32> = last.split('.').filter_map(|c| c.parse().ok()).collect();
        parts.pop();
        parts.push(format!("{:x}", (n[0] << 8) | n[1]));
        parts.push(format!("{:x}", (n[2] << 8) | n[3]));
    }
    // At most one empty component between the first and the last.
    let mut empty_index = None;
    for (index, part) in parts.iter().enumerate().take(parts.len() - 1).skip(1) {
        if part.is_empty() {
            if empty_index.is_some() {
                return false;
            }
            empty_index = Some(index);
        }
    }
    let full: Vec<String> = match empty_index {
        Some(e) => {
            let zeros = (8 + 1usize).saturating_sub(parts.len());
            let mut full = parts[..e].to_vec();
            full.extend(std::iter::repeat_n(String::from("0"), zeros));
            full.extend(parts[e + 1..].iter().cloned());
            full
        }
        None => parts,
    };
    if full.len() != 8 {
        return false;
    }
    let mut all_zero = true;
    for part in &full {
        let n = if part.is_empty() {
            0
        } else if (1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit()) {
            u32::from_str_radix(part, 16).unwrap_or(0)
        } else {
            return false;
        };
        all_zero &= n == 0;
    }
    !all_zero
}

/// `HostNameUtils.isLegalHostName`: at most 255 characters, LDH labels of 1-63 characters
/// separated by dots, one final dot allowed.
fn is_legal_host_name(value: &str) -> bool {
    let body = value.strip_suffix('.').unwrap_or(value);
    value.len() <= 255 && body.split('.').all(is_ldh_label)
}

fn is_ldh_label(label: &str) -> bool {
    let b = label.as_bytes();
    match b {
        [] => false,
        [one] => one.is_ascii_alphanumeric(),
        [first, middle @ .., last] => {
            b.len() <= 63
                && first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && middle
                    .iter()
                    .all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }
    }
}

/// RFC 5322 `atext`, ASCII only.
fn is_atext(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&c)
}

/// `String.toUserEmailAddress()`: `EmailAddressParser` with `EmailAddressParserConfig.LIMITED`
/// (dot-string local part, no quoting, length checks on).
fn user_email_address(address: &str) -> Result<(), &'static str> {
    let bytes = address.as_bytes();
    let mut i = 0;
    // Local part: Dot-string = Atom *("." Atom); a quoted string is refused in LIMITED.
    match bytes.first() {
        Some(&c) if is_atext(c) => {}
        Some(b'"') => return Err("a quoted local part is not allowed"),
        _ => return Err("the local part is invalid"),
    }
    loop {
        let start = i;
        while i < bytes.len() && is_atext(bytes[i]) {
            i += 1;
        }
        if i == start {
            return Err("the local part has an empty atom (a misplaced dot)");
        }
        if i < bytes.len() && bytes[i] == b'.' {
            i += 1;
        } else {
            break;
        }
    }
    let local_len = i;
    if bytes.get(i) != Some(&b'@') {
        return Err("expected an @ after the local part");
    }
    i += 1;
    // Domain: sub-domain *("." sub-domain), sub-domain = Let-dig [Ldh-str].
    let domain_start = i;
    match bytes.get(i) {
        Some(c) if c.is_ascii_alphanumeric() => {}
        Some(b'[') => return Err("address literals are not supported"),
        _ => return Err("the domain is invalid"),
    }
    loop {
        let label_start = i;
        if !bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            return Err("a domain label must start with a letter or digit");
        }
        i += 1;
        let mut require_let_dig = false;
        while let Some(&c) = bytes.get(i) {
            if c == b'-' {
                require_let_dig = true;
            } else if c.is_ascii_alphanumeric() {
                require_let_dig = false;
            } else {
                break;
            }
            i += 1;
        }
        if require_let_dig {
            return Err("a domain label must end with a letter or digit");
        }
        if i - label_start > 63 {
            return Err("a domain label is longer than 63 characters");
        }
        if bytes.get(i) == Some(&b'.') {
            i += 1;
        } else {
            break;
        }
    }
    if i - domain_start > 253 {
        return Err("the domain is longer than 253 characters");
    }
    if i != bytes.len() {
        return Err("unexpected characters after the domain");
    }
    if address.len() > 254 {
        return Err("the address is longer than 254 characters");
    }
    if local_len > 64 {
        return Err("the local part is longer than 64 characters");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HANDOFF: &str = r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#;

    #[test]
    fn reads_the_handoff_example_and_the_spec_examples() {
        let data = read(HANDOFF).unwrap();
        assert_eq!(data.sequence, (1, 1));
        assert_eq!(data.accounts[0].incoming.username, "jane.doe");
        assert_eq!(data.accounts[0].outgoing[0].identities[0].1, "Jane Doe");
        // The spec's two-account example, with OAuth2 and empty passwords.
        let two = r#"[1,[1,2],[0,"imap.company.example",993,3,6,"user@company.example","user@company.example",""],[[[0,"smtp.company.example",465,3,6,"user@company.example",""],["user@company.example","Jane Doe"]]],[0,"imap.domain.example",993,3,1,"jane@domain.example","Jane (Personal)",""],[[[0,"smtp.domain.example",465,3,1,"jane@domain.example",""],["jane@domain.example","Jane"]]]]"#;
        assert_eq!(read(two).unwrap().accounts.len(), 2);
        // Extra elements are ignored for forward compatibility.
        let extra = r#"[1,[1,1,"x"],[0,"imap.a.example",993,3,1,"u","","",7],[[[0,"smtp.a.example",465,3,1,"u","",9],["u@a.example","U",1]]]]"#;
        read(extra).unwrap();
    }

    #[test]
    fn rejects_what_the_app_rejects() {
        let cases: &[(&str, Rejection)] = &[
            (&HANDOFF.replacen("[1,", "[2,", 1), Rejection::Version(2)),
            (
                &HANDOFF.replace("Jane Doe", "Jane\\nDoe"),
                Rejection::LineBreak {
                    field: "display name",
                },
            ),
            (
                &HANDOFF.replace("\"jane.doe\"]", "\"jane\\r.doe\"]"),
                Rejection::LineBreak { field: "username" },
            ),
            (&HANDOFF.replace("993", "0"), Rejection::Port { value: 0 }),
            (
                &HANDOFF.replace("993", "65536"),
                Rejection::Port { value: 65536 },
            ),
            (
                &HANDOFF.replace("993,3,1", "993,4,1"),
                Rejection::Unsupported {
                    field: "connection security",
                    value: 4,
                },
            ),
            (
                &HANDOFF.replace("993,3,1", "993,3,3"),
                Rejection::Unsupported {
                    field: "authentication type",
                    value: 3,
                },
            ),
            (
                &HANDOFF.replace("993,3,1", "993,3,4"),
                Rejection::Unsupported {
                    field: "authentication type",
                    value: 4,
                },
            ),
            (
                &HANDOFF.replace("[0,\"imap", "[2,\"imap"),
                Rejection::Unsupported {
                    field: "incoming protocol",
                    value: 2,
                },
            ),
            (
                &HANDOFF.replace("[0,\"smtp", "[1,\"smtp"),
                Rejection::Unsupported {
                    field: "outgoing protocol",
                    value: 1,
                },
            ),
            (
                &HANDOFF.replace("imap.mail.me.com", "imap_mail.me.com"),
                Rejection::Hostname {
                    value: "imap_mail.me.com".into(),
                },
            ),
        ];
        for (json, expected) in cases {
            assert_eq!(read(json).unwrap_err(), *expected, "{json}");
        }
        for bad in [
            "zoë@icloud.com",
            "\"jane\"@icloud.com",
            "jane..doe@icloud.com",
            "jane@-icloud.com",
            "jane@icloud-.com",
            "jane@[1.2.3.4]",
            "jane@icloud.com.",
            &format!("{}@icloud.com", "a".repeat(65)),
        ] {
            let json = HANDOFF.replace(
                "[\"jane.doe@icloud.com\",\"Jane Doe\"]",
                &format!("[{},\"Jane Doe\"]", serde_json::to_string(bad).unwrap()),
            );
            assert!(
                matches!(read(&json), Err(Rejection::EmailAddress { .. })),
                "{bad}"
            );
        }
        for structure in [
            "",
            "{}",
            "[1]",
            "[1,[1,1]]",
            "[1,[1,1],[0,\"a\",1,3,1,\"u\"],[]]",
            "[1,[1,1],[0,\"a\",1,3,1,\"u\"],[[[0,\"a\",1,3,1,\"u\"]]]]",
            "[1,[1,1],[0,\"a\",1,3,1,\"u\",null],[[[0,\"a\",1,3,1,\"u\"],[\"u@a\",\"\"]]]]",
            "[1,[1,1],[0,\"a\",1.5,3,1,\"u\"],[[[0,\"a\",1,3,1,\"u\"],[\"u@a\",\"\"]]]]",
        ] {
            assert!(
                matches!(read(structure), Err(Rejection::Structure(_))),
                "{structure}"
            );
        }
    }

    #[test]
    fn host_names_and_ip_addresses() {
        for good in [
            "imap.mail.me.com",
            "a",
            "a.",
            "A-1.example",
            "10.0.0.1",
            "255.255.255.255",
            "::1",
            "fe80::1",
            "2001:db8::10.0.0.1",
            "1:2:3:4:5:6:7:8",
            "a.b-c.d",
        ] {
            assert!(hostname(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            ".",
            "a..b",
            "-a.example",
            "a-.example",
            "a_b",
            "::",
            "1::2::3",
            "1:2",
            "12345::1",
            &"a".repeat(64),
            "mail.me.com ",
            "ímap.me.com",
        ] {
            assert!(hostname(bad).is_err(), "{bad}");
        }
        // Numbers spelled the Moshi way still read.
        assert_eq!(
            read(&HANDOFF.replace("993", "\"993\"")).unwrap().accounts[0]
                .incoming
                .port,
            993
        );
        assert_eq!(
            read(&HANDOFF.replace("993", "993.0")).unwrap().accounts[0]
                .incoming
                .port,
            993
        );
    }
}
