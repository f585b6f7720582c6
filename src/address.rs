//! Email addresses as a person types them: parsed once, with a precise reason when they are wrong.

use std::fmt;
use std::str::FromStr;

use crate::i18n::Lang;
use crate::provider::Provider;
use crate::tr;

/// Longest local part (before the `@`) RFC 5321 allows, in bytes.
pub const MAX_LOCAL_LEN: usize = 64;
/// Longest domain RFC 1035 allows, in bytes.
pub const MAX_DOMAIN_LEN: usize = 253;
/// Longest address RFC 5321 allows in a path, in bytes.
pub const MAX_ADDRESS_LEN: usize = 254;
/// Longest DNS label, in bytes.
pub const MAX_LABEL_LEN: usize = 63;

/// A syntactically valid email address: trimmed, with a lower-case domain.
///
/// The local part keeps the case the person typed (iCloud ignores it, but it is theirs).
///
/// ```
/// use icloud_mail_wizard::address::{EmailAddress, DomainKind};
/// let a: EmailAddress = "  Jane.Doe@iCloud.COM ".parse().unwrap();
/// assert_eq!(a.as_str(), "Jane.Doe@icloud.com");
/// assert_eq!(a.local_part(), "Jane.Doe");
/// assert_eq!(a.kind(), DomainKind::ICloud);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EmailAddress {
    full: String,
    at: usize,
}

/// Whose domain an address is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DomainKind {
    /// One of iCloud's own domains (icloud.com, me.com, mac.com).
    ICloud,
    /// An iCloud+ custom domain: a domain the person owns, with mail hosted by iCloud.
    Custom,
}

/// Why a typed address is not a valid email address.
///
/// [`AddressError::text`] says it in a language; `Display` says it in English (the command line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// Nothing was typed.
    Empty,
    /// A space, tab or line break inside the address.
    Space,
    /// A control character (other than white space) inside the address.
    ControlCharacter,
    /// No `@` at all.
    MissingAt,
    /// More than one `@`.
    MultipleAt {
        /// How many `@` were found.
        count: usize,
    },
    /// Nothing before the `@`.
    EmptyLocalPart,
    /// The part before the `@` is too long.
    LocalPartTooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// The part before the `@` has a character mail addresses cannot have unquoted.
    LocalPartCharacter {
        /// The offending character.
        found: char,
    },
    /// A dot at the start or end of the local part, or two dots in a row.
    LocalPartDots,
    /// Nothing after the `@`.
    EmptyDomain,
    /// The domain has no dot.
    DomainWithoutDot {
        /// The domain as typed (lower case).
        domain: String,
    },
    /// The domain is too long.
    DomainTooLong {
        /// Its length in bytes.
        len: usize,
    },
    /// One of the domain's dot-separated labels is malformed.
    BadDomainLabel {
        /// The label (may be empty for `a..b`).
        label: String,
        /// What is wrong with it.
        reason: LabelFault,
    },
    /// A domain with non-ASCII letters, which mail clients want in its `xn--` form.
    NonAsciiDomain,
    /// The whole address is too long.
    TooLong {
        /// Its length in bytes.
        len: usize,
    },
}

/// What is wrong with one dot-separated part of a domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelFault {
    /// Two dots in a row, or a dot at the start.
    Empty,
    /// Longer than [`MAX_LABEL_LEN`].
    TooLong,
    /// A character other than a letter, a digit or a hyphen.
    Characters,
    /// A hyphen at the start or the end.
    Hyphen,
    /// The last part is a number.
    NumericEnding,
}

impl LabelFault {
    /// The fault in `lang`, as the end of a sentence.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::Empty => tr!(lang, "address-label-empty"),
            Self::TooLong => tr!(lang, "address-label-too-long", max = MAX_LABEL_LEN),
            Self::Characters => tr!(lang, "address-label-characters"),
            Self::Hyphen => tr!(lang, "address-label-hyphen"),
            Self::NumericEnding => tr!(lang, "address-label-numeric-ending"),
        }
    }
}

impl AddressError {
    /// Why the address is not valid, in `lang`: one line, starting in lower case where the
    /// language allows (a screen makes it a sentence; the command line puts it after a colon).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Empty => tr!(lang, "address-error-empty"),
            Self::Space => tr!(lang, "address-error-space"),
            Self::ControlCharacter => tr!(lang, "address-error-control-character"),
            Self::MissingAt => tr!(lang, "address-error-missing-at"),
            Self::MultipleAt { count } => tr!(lang, "address-error-multiple-at", count = *count),
            Self::EmptyLocalPart => tr!(lang, "address-error-empty-local-part"),
            Self::LocalPartTooLong { len } => tr!(
                lang,
                "address-error-local-part-too-long",
                len = *len,
                max = MAX_LOCAL_LEN
            ),
            Self::LocalPartCharacter { found } => tr!(
                lang,
                "address-error-local-part-character",
                found = format!("{found:?}")
            ),
            Self::LocalPartDots => tr!(lang, "address-error-local-part-dots"),
            Self::EmptyDomain => tr!(lang, "address-error-empty-domain"),
            Self::DomainWithoutDot { domain } => tr!(
                lang,
                "address-error-domain-without-dot",
                quoted = format!("{domain:?}"),
                domain = domain.as_str()
            ),
            Self::DomainTooLong { len } => tr!(
                lang,
                "address-error-domain-too-long",
                len = *len,
                max = MAX_DOMAIN_LEN
            ),
            Self::BadDomainLabel { label, reason } => tr!(
                lang,
                "address-error-bad-domain-label",
                label = format!("{label:?}"),
                reason = reason.text(lang)
            ),
            Self::NonAsciiDomain => tr!(lang, "address-error-non-ascii-domain"),
            Self::TooLong { len } => tr!(
                lang,
                "address-error-too-long",
                len = *len,
                max = MAX_ADDRESS_LEN
            ),
        }
    }
}

impl fmt::Display for AddressError {
    /// The English text (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for AddressError {}

/// Characters RFC 5322 allows in an unquoted local part (besides letters, digits and dots).
const LOCAL_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";

impl EmailAddress {
    /// Parses what a person typed. Surrounding white space is ignored; the domain is lower-cased.
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(AddressError::Empty);
        }
        if s.chars().any(char::is_whitespace) {
            return Err(AddressError::Space);
        }
        if s.chars().any(char::is_control) {
            return Err(AddressError::ControlCharacter);
        }
        let count = s.matches('@').count();
        let (local, domain) = match count {
            0 => return Err(AddressError::MissingAt),
            1 => s.split_once('@').unwrap_or_default(),
            count => return Err(AddressError::MultipleAt { count }),
        };
        check_local(local)?;
        let domain = parse_domain(domain)?;
        let len = local.len() + 1 + domain.len();
        if len > MAX_ADDRESS_LEN {
            return Err(AddressError::TooLong { len });
        }
        Ok(Self {
            full: format!("{local}@{domain}"),
            at: local.len(),
        })
    }

    /// The whole address.
    pub fn as_str(&self) -> &str {
        &self.full
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        &self.full[..self.at]
    }

    /// The domain, lower case.
    pub fn domain(&self) -> &str {
        &self.full[self.at + 1..]
    }

    /// Whether the domain is iCloud's own or a custom domain.
    pub fn kind(&self) -> DomainKind {
        if Provider::icloud().is_own_domain(self.domain()) {
            DomainKind::ICloud
        } else {
            DomainKind::Custom
        }
    }

    /// The address with the local part lower-cased too: the same mailbox however it was typed.
    pub fn canonical(&self) -> String {
        self.full.to_ascii_lowercase()
    }
}

fn check_local(local: &str) -> Result<(), AddressError> {
    if local.is_empty() {
        return Err(AddressError::EmptyLocalPart);
    }
    if local.len() > MAX_LOCAL_LEN {
        return Err(AddressError::LocalPartTooLong { len: local.len() });
    }
    if let Some(found) = local
        .chars()
        .find(|&c| !(c.is_ascii_alphanumeric() || c == '.' || LOCAL_SPECIALS.contains(c)))
    {
        return Err(AddressError::LocalPartCharacter { found });
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(AddressError::LocalPartDots);
    }
    Ok(())
}

fn parse_domain(domain: &str) -> Result<String, AddressError> {
    if domain.is_empty() {
        return Err(AddressError::EmptyDomain);
    }
    if !domain.is_ascii() {
        return Err(AddressError::NonAsciiDomain);
    }
    // A trailing dot is the DNS root; people paste it from zone files.
    let domain = domain
        .strip_suffix('.')
        .unwrap_or(domain)
        .to_ascii_lowercase();
    if domain.len() > MAX_DOMAIN_LEN {
        return Err(AddressError::DomainTooLong { len: domain.len() });
    }
    if !domain.contains('.') {
        return Err(AddressError::DomainWithoutDot { domain });
    }
    let labels: Vec<&str> = domain.split('.').collect();
    for label in &labels {
        let bad = |reason| AddressError::BadDomainLabel {
            label: (*label).to_owned(),
            reason,
        };
        if label.is_empty() {
            return Err(bad(LabelFault::Empty));
        }
        if label.len() > MAX_LABEL_LEN {
            return Err(bad(LabelFault::TooLong));
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(bad(LabelFault::Characters));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(bad(LabelFault::Hyphen));
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(AddressError::BadDomainLabel {
            label: labels.last().copied().unwrap_or_default().to_owned(),
            reason: LabelFault::NumericEnding,
        });
    }
    Ok(domain)
}

impl FromStr for EmailAddress {
    type Err = AddressError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.full)
    }
}

impl AsRef<str> for EmailAddress {
    fn as_ref(&self) -> &str {
        &self.full
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn err(s: &str) -> AddressError {
        EmailAddress::parse(s).unwrap_err()
    }

    #[test]
    fn parses_trims_and_lowercases_the_domain_only() {
        let a = EmailAddress::parse("\t Jane.Doe@ICloud.Com \n").unwrap();
        assert_eq!(a.as_str(), "Jane.Doe@icloud.com");
        assert_eq!(a.local_part(), "Jane.Doe");
        assert_eq!(a.domain(), "icloud.com");
        assert_eq!(a.canonical(), "jane.doe@icloud.com");
        assert_eq!(
            EmailAddress::parse("a@example.com.").unwrap().domain(),
            "example.com"
        );
    }

    #[test]
    fn classifies_icloud_and_custom_domains() {
        for d in ["icloud.com", "me.com", "mac.com", "ME.COM"] {
            assert_eq!(
                EmailAddress::parse(&format!("x@{d}")).unwrap().kind(),
                DomainKind::ICloud
            );
        }
        for d in ["example.com", "icloud.co", "mail.icloud.com", "notme.com"] {
            assert_eq!(
                EmailAddress::parse(&format!("x@{d}")).unwrap().kind(),
                DomainKind::Custom,
                "{d}"
            );
        }
    }

    #[test]
    fn rejects_with_a_specific_reason() {
        assert_eq!(err("   "), AddressError::Empty);
        assert_eq!(err("jane doe@icloud.com"), AddressError::Space);
        assert_eq!(err("jane\u{7}@icloud.com"), AddressError::ControlCharacter);
        assert_eq!(err("jane.icloud.com"), AddressError::MissingAt);
        assert_eq!(err("a@b@icloud.com"), AddressError::MultipleAt { count: 2 });
        assert_eq!(err("@icloud.com"), AddressError::EmptyLocalPart);
        assert_eq!(err("jane@"), AddressError::EmptyDomain);
        assert_eq!(
            err("jane@icloud"),
            AddressError::DomainWithoutDot {
                domain: "icloud".into()
            }
        );
        assert_eq!(err(".jane@icloud.com"), AddressError::LocalPartDots);
        assert_eq!(err("ja..ne@icloud.com"), AddressError::LocalPartDots);
        assert_eq!(
            err("ja\"ne@icloud.com"),
            AddressError::LocalPartCharacter { found: '"' }
        );
        assert_eq!(
            err("jané@icloud.com"),
            AddressError::LocalPartCharacter { found: 'é' }
        );
        assert_eq!(err("jane@exämple.com"), AddressError::NonAsciiDomain);
        assert!(matches!(
            err("jane@icloud..com"),
            AddressError::BadDomainLabel { .. }
        ));
        assert!(matches!(
            err("jane@-icloud.com"),
            AddressError::BadDomainLabel { .. }
        ));
        assert!(matches!(
            err("jane@icl_oud.com"),
            AddressError::BadDomainLabel { .. }
        ));
        assert!(matches!(
            err("jane@10.0.0.1"),
            AddressError::BadDomainLabel { .. }
        ));
    }

    #[test]
    fn rejects_over_long_parts() {
        let local = "a".repeat(65);
        assert_eq!(
            err(&format!("{local}@icloud.com")),
            AddressError::LocalPartTooLong { len: 65 }
        );
        let label = "b".repeat(64);
        assert!(matches!(
            err(&format!("a@{label}.com")),
            AddressError::BadDomainLabel { .. }
        ));
        let domain = format!("{}.com", vec!["c".repeat(60); 5].join("."));
        assert!(matches!(
            err(&format!("a@{domain}")),
            AddressError::DomainTooLong { .. }
        ));
        let domain = format!("{}.com", vec!["d".repeat(60); 4].join("."));
        let long = format!("{}@{domain}", "e".repeat(64));
        assert!(matches!(err(&long), AddressError::TooLong { .. }));
    }

    #[test]
    fn error_texts_are_one_readable_line() {
        for e in [err(""), err("a@b"), err("a@@b.com"), err("x@a..b")] {
            let text = e.to_string();
            assert!(!text.contains('\n'));
            assert!(text.len() > 10, "{text}");
        }
    }

    #[test]
    fn english_texts_are_the_command_lines() {
        let cases: [(AddressError, &str); 6] = [
            (
                AddressError::MultipleAt { count: 2 },
                "the address has 2 @ signs; it should have exactly one",
            ),
            (
                err("jane@icloud"),
                "the domain \"icloud\" has no dot; did you mean icloud.com?",
            ),
            (
                err("ja\"ne@icloud.com"),
                "the part before the @ contains '\"', which email addresses cannot contain",
            ),
            (
                err("jane@icloud..com"),
                "the domain part \"\" is not valid: it is empty (two dots in a row, or a dot at the start)",
            ),
            (
                err(&format!("a@{}.com", "b".repeat(64))),
                "the domain part \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\" is not valid: it is longer than 63 characters",
            ),
            (
                err(&format!("{}@icloud.com", "a".repeat(65))),
                "the part before the @ is 65 characters long; at most 64 are allowed",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(e.to_string(), want);
        }
        assert_ne!(
            AddressError::MissingAt.text(Lang::De),
            AddressError::MissingAt.to_string()
        );
    }

    proptest! {
        #[test]
        fn parse_never_panics_and_accepted_addresses_reparse_identically(s in "\\PC{0,80}") {
            if let Ok(a) = EmailAddress::parse(&s) {
                let again = EmailAddress::parse(a.as_str()).unwrap();
                prop_assert_eq!(&again, &a);
                prop_assert!(a.as_str().len() <= MAX_ADDRESS_LEN);
                prop_assert!(a.as_str().is_ascii());
            }
        }

        #[test]
        fn generated_valid_addresses_are_accepted(
            local in "[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]",
            domain in "[a-z][a-z0-9-]{0,10}[a-z0-9]\\.[a-z]{2,6}",
        ) {
            prop_assume!(!local.contains(".."));
            let a = EmailAddress::parse(&format!("{local}@{domain}")).unwrap();
            prop_assert_eq!(a.local_part(), local.as_str());
            prop_assert_eq!(a.domain(), domain.as_str());
        }
    }
}
