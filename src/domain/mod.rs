//! What an address's domain says about its mail: iCloud's own, a mail provider's own (gmail.com:
//! never iCloud), an iCloud+ custom domain, another provider, no mail at all, or unknown; near-misses of iCloud's domains; and the health
//! of a custom domain's DNS records for help desks ([`health`]).
//!
//! [`classify`] asks for the domain's MX records once, through a [`Resolver`] with its own time
//! limit, and never fails: a lookup that fails or times out is a verdict too
//! ([`VerdictKind::Unchecked`]), with which the person can go on. The plain-language texts a
//! screen shows are methods of [`DomainVerdict`].
//!
//! ```no_run
//! use icloud_mail_wizard::dns::Resolver;
//! use icloud_mail_wizard::domain::{self, VerdictKind};
//! use icloud_mail_wizard::i18n::Lang;
//!
//! let resolver = Resolver::system()?;
//! let verdict = domain::classify("example.com", &resolver);
//! if matches!(verdict.kind, VerdictKind::IcloudCustomDomain { .. }) {
//!     println!("{}", verdict.headline(Lang::En));
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod health;
mod providers;
mod suggest;

pub use providers::{
    MailProvider, ProviderKind, known_providers, provider_for_host, provider_of_own_domain,
};
pub use suggest::suggest_icloud_domain;

use std::time::Duration;

use crate::dns::{CancelToken, LookupProblem, Mx, Resolver};
use crate::i18n::Lang;
use crate::provider::Provider;
use crate::tr;

/// iCloud+ custom domains point their MX records at hosts under this name
/// (`mx01.mail.icloud.com`, `mx02.mail.icloud.com`).
pub const ICLOUD_MX_SUFFIX: &str = "mail.icloud.com";

/// Whether `host` is one of iCloud's mail servers (`*.mail.icloud.com`).
pub fn is_icloud_mx(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host.strip_suffix(ICLOUD_MX_SUFFIX)
        .is_some_and(|head| head.len() > 1 && head.ends_with('.'))
}

/// Whether `domain` needs [`classify`] (on a worker: it may ask the DNS): every domain except
/// iCloud's own. A known provider's own domain (gmail.com) is classified without a lookup.
pub fn needs_lookup(domain: &str) -> bool {
    !Provider::icloud().is_own_domain(&normalize(domain))
}

/// What is known of a normalised domain without asking the DNS.
fn known_without_lookup(domain: &str) -> Option<VerdictKind> {
    if Provider::icloud().is_own_domain(domain) {
        return Some(VerdictKind::IcloudOwn);
    }
    provider_of_own_domain(domain).map(|provider| VerdictKind::ProviderAddress { provider })
}

/// A domain as compared and shown: trimmed, lower case, without a final dot.
pub fn normalize(domain: &str) -> String {
    domain.trim().trim_end_matches('.').to_lowercase()
}

/// What the wizard knows about an address's domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainVerdict {
    /// The domain (normalised: lower case, no final dot).
    pub domain: String,
    /// Where its mail goes.
    pub kind: VerdictKind,
    /// One of iCloud's domains when this one looks like a typo of it (never for a domain whose
    /// mail is at iCloud).
    pub suggestion: Option<&'static str>,
}

/// Where a domain's mail goes, as far as its MX records tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerdictKind {
    /// icloud.com, me.com or mac.com (no lookup made).
    IcloudOwn,
    /// A mail provider's own addresses (gmail.com, outlook.com): never an iCloud Mail address,
    /// not even a custom domain, whatever the person confirms (no lookup made).
    ProviderAddress {
        /// The provider.
        provider: &'static MailProvider,
    },
    /// MX records at iCloud: an iCloud+ custom domain, which logs in with the primary address.
    IcloudCustomDomain {
        /// The MX records at iCloud.
        mx: Vec<Mx>,
        /// MX records elsewhere mixed in (mail sent there does not reach iCloud).
        elsewhere: Vec<Mx>,
    },
    /// MX records elsewhere: iCloud does not receive this domain's mail.
    OtherProvider {
        /// The provider when it is a known one (from the most preferred MX record it knows).
        provider: Option<&'static MailProvider>,
        /// The MX records.
        mx: Vec<Mx>,
    },
    /// The domain does not exist (NXDOMAIN).
    NoSuchDomain,
    /// The domain exists but has no MX records, or a null MX (it takes no mail).
    NoMail,
    /// The lookup failed or timed out: nothing is known, and the person can go on.
    Unchecked {
        /// Why.
        reason: LookupProblem,
    },
}

/// Classifies `domain` from its MX records, asked through `resolver` (iCloud's own domains and
/// the providers' own, such as gmail.com, are known without asking). Never fails: a failed
/// lookup is [`VerdictKind::Unchecked`].
pub fn classify(domain: &str, resolver: &Resolver) -> DomainVerdict {
    let domain = normalize(domain);
    if let Some(kind) = known_without_lookup(&domain) {
        return DomainVerdict::new(domain, kind);
    }
    let kind = match resolver.mx(&domain) {
        Ok(mx) => kind_from_mx(mx),
        Err(e) if e.is_no_such_domain() => VerdictKind::NoSuchDomain,
        Err(e) if e.is_no_records() => VerdictKind::NoMail,
        Err(e) => VerdictKind::Unchecked { reason: e.into() },
    };
    DomainVerdict::new(domain, kind)
}

/// [`classify`] through the system's name servers with a time limit and a cancel token: the one
/// call a screen needs (run it off the UI thread). A system whose resolver configuration cannot
/// be read gives [`VerdictKind::Unchecked`]; iCloud's own domains and the providers' own are
/// known without it.
pub fn classify_with_system(domain: &str, limit: Duration, cancel: &CancelToken) -> DomainVerdict {
    let normal = normalize(domain);
    if let Some(kind) = known_without_lookup(&normal) {
        return DomainVerdict::new(normal, kind);
    }
    match Resolver::system() {
        Ok(resolver) => classify(
            domain,
            &resolver.with_timeout(limit).with_cancel(cancel.clone()),
        ),
        Err(e) => DomainVerdict::new(normal, VerdictKind::Unchecked { reason: e.into() }),
    }
}

/// The verdict for a domain with these MX records (no lookup).
pub fn kind_from_mx(mx: Vec<Mx>) -> VerdictKind {
    let (icloud, elsewhere): (Vec<Mx>, Vec<Mx>) = mx
        .into_iter()
        .partition(|record| is_icloud_mx(&record.host));
    if !icloud.is_empty() {
        return VerdictKind::IcloudCustomDomain {
            mx: icloud,
            elsewhere,
        };
    }
    if elsewhere.iter().all(Mx::is_null) {
        return VerdictKind::NoMail;
    }
    let mut sorted = elsewhere;
    sorted.sort_by_key(|record| record.preference);
    let provider = sorted
        .iter()
        .find_map(|record| provider_for_host(&record.host));
    VerdictKind::OtherProvider {
        provider,
        mx: sorted,
    }
}

impl DomainVerdict {
    /// A verdict; the suggestion is worked out here.
    pub fn new(domain: String, kind: VerdictKind) -> Self {
        let suggestion = match kind {
            VerdictKind::IcloudOwn | VerdictKind::IcloudCustomDomain { .. } => None,
            _ => suggest_icloud_domain(&domain),
        };
        Self {
            domain,
            kind,
            suggestion,
        }
    }

    /// Whether the domain's mail is at iCloud (its own domains or a custom domain).
    pub fn is_icloud(&self) -> bool {
        matches!(
            self.kind,
            VerdictKind::IcloudOwn | VerdictKind::IcloudCustomDomain { .. }
        )
    }

    /// Whether mail apps log in with the primary @icloud.com address (a custom domain).
    pub fn needs_primary_address(&self) -> bool {
        !matches!(self.kind, VerdictKind::IcloudOwn)
    }

    /// Whether the address can never be an iCloud Mail address (gmail.com): no confirmation
    /// lets the person go on with it.
    pub fn is_never_icloud(&self) -> bool {
        matches!(self.kind, VerdictKind::ProviderAddress { .. })
    }

    /// Whether the person should confirm before going on: the domain's mail is known not to go
    /// to iCloud (it may be moving there right now). A failed lookup needs no confirmation.
    pub fn needs_confirmation(&self) -> bool {
        matches!(
            self.kind,
            VerdictKind::OtherProvider { .. } | VerdictKind::NoSuchDomain | VerdictKind::NoMail
        )
    }

    /// The address with the suggested domain, e.g. `jane@icloud.com` for `jane` on `icloud.con`.
    pub fn suggested_address(&self, local_part: &str) -> Option<String> {
        self.suggestion
            .map(|domain| format!("{local_part}@{domain}"))
    }

    /// "Did you mean jane@icloud.com?" in `lang` when there is a suggestion.
    pub fn suggestion_question(&self, local_part: &str, lang: Lang) -> Option<String> {
        self.suggested_address(local_part)
            .map(|address| tr!(lang, "domain-did-you-mean", address = address))
    }

    /// The provider's name when the mail goes to a known provider.
    pub fn provider_name(&self) -> Option<&'static str> {
        match &self.kind {
            VerdictKind::OtherProvider {
                provider: Some(p), ..
            }
            | VerdictKind::ProviderAddress { provider: p } => Some(p.name.as_str()),
            _ => None,
        }
    }

    /// One sentence in `lang` saying where the domain's mail goes.
    pub fn headline(&self, lang: Lang) -> String {
        let domain = self.domain.as_str();
        match &self.kind {
            VerdictKind::IcloudOwn => tr!(lang, "domain-own", domain = domain),
            VerdictKind::ProviderAddress { provider } => tr!(
                lang,
                "domain-provider-address",
                domain = domain,
                provider = provider.name.as_str()
            ),
            VerdictKind::IcloudCustomDomain { elsewhere, .. } if elsewhere.is_empty() => {
                tr!(lang, "domain-custom", domain = domain)
            }
            VerdictKind::IcloudCustomDomain { .. } => {
                tr!(lang, "domain-custom-mixed", domain = domain)
            }
            VerdictKind::OtherProvider {
                provider: Some(p), ..
            } => {
                let provider = p.name.as_str();
                match p.kind {
                    ProviderKind::Mailbox => tr!(
                        lang,
                        "domain-provider-mailbox",
                        domain = domain,
                        provider = provider
                    ),
                    ProviderKind::Filter => tr!(
                        lang,
                        "domain-provider-filter",
                        domain = domain,
                        provider = provider
                    ),
                }
            }
            VerdictKind::OtherProvider { mx, .. } => {
                let host = mx.first().map_or("", |m| m.host.as_str());
                tr!(lang, "domain-provider-other", domain = domain, host = host)
            }
            VerdictKind::NoSuchDomain => tr!(lang, "domain-no-such-domain", domain = domain),
            VerdictKind::NoMail => tr!(lang, "domain-no-mail", domain = domain),
            VerdictKind::Unchecked { reason } => {
                if reason.is_timeout() {
                    tr!(lang, "domain-unchecked-timed-out", domain = domain)
                } else {
                    tr!(lang, "domain-unchecked", domain = domain)
                }
            }
        }
    }

    /// What follows from the headline, in plain words in `lang`, one paragraph per entry.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        let domain = self.domain.as_str();
        match &self.kind {
            VerdictKind::IcloudOwn => Vec::new(),
            VerdictKind::IcloudCustomDomain { elsewhere, .. } => {
                let mut out = vec![tr!(lang, "domain-custom-login")];
                if !elsewhere.is_empty() {
                    let hosts: Vec<&str> = elsewhere.iter().map(|m| m.host.as_str()).collect();
                    out.push(tr!(
                        lang,
                        "domain-custom-elsewhere",
                        hosts = hosts.join(", "),
                        domain = domain
                    ));
                }
                out
            }
            VerdictKind::ProviderAddress { .. } => {
                vec![tr!(lang, "domain-apple-account-elsewhere")]
            }
            VerdictKind::OtherProvider { .. } => vec![
                tr!(lang, "domain-other-not-received", domain = domain),
                tr!(lang, "domain-apple-account-elsewhere"),
                tr!(lang, "domain-other-moving", domain = domain),
            ],
            VerdictKind::NoSuchDomain => vec![tr!(lang, "domain-check-spelling")],
            VerdictKind::NoMail => vec![
                tr!(lang, "domain-check-spelling"),
                tr!(lang, "domain-no-mail-setting-up", domain = domain),
            ],
            VerdictKind::Unchecked { reason, .. } => vec![tr!(
                lang,
                "domain-unchecked-details",
                domain = domain,
                reason = reason.text(lang)
            )],
        }
    }

    /// The label, in `lang`, of the button that confirms going on, when
    /// [`Self::needs_confirmation`].
    pub fn confirmation_label(&self, lang: Lang) -> Option<String> {
        match self.kind {
            VerdictKind::OtherProvider { .. } => Some(tr!(lang, "domain-confirm-moving")),
            VerdictKind::NoSuchDomain | VerdictKind::NoMail => {
                Some(tr!(lang, "domain-confirm-setting-up"))
            }
            _ => None,
        }
    }

    /// What to say first, in `lang`, when a login fails for an address on this domain: its
    /// mail is not at iCloud, which explains the failure better than the server's reply.
    pub fn login_failure_hint(&self, lang: Lang) -> Option<String> {
        match &self.kind {
            VerdictKind::OtherProvider { .. } => Some(tr!(
                lang,
                "domain-login-hint-elsewhere",
                headline = self.headline(lang),
                explanation = tr!(lang, "domain-apple-account-elsewhere")
            )),
            VerdictKind::NoSuchDomain | VerdictKind::NoMail => {
                let headline = self.headline(lang);
                Some(self.suggestion.map_or_else(
                    || tr!(lang, "domain-login-hint", headline = headline.as_str()),
                    |suggested| {
                        tr!(
                            lang,
                            "domain-login-hint-typo",
                            headline = headline.as_str(),
                            suggested = suggested
                        )
                    },
                ))
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mx(preference: u16, host: &str) -> Mx {
        Mx {
            preference,
            host: host.into(),
        }
    }

    #[test]
    fn icloud_mail_servers_are_recognised_on_label_boundaries() {
        for host in &Provider::icloud().custom_domain_mx {
            assert!(is_icloud_mx(host), "{host}");
        }
        assert!(is_icloud_mx("MX01.MAIL.ICLOUD.COM."));
        for host in [
            "mail.icloud.com",
            "mx01.notmail.icloud.com",
            "mx01.mail.icloud.com.evil.example",
            "icloud.com",
            "aspmx.l.google.com",
        ] {
            assert!(!is_icloud_mx(host), "{host}");
        }
    }

    #[test]
    fn mx_records_decide_the_verdict() {
        let icloud = vec![
            mx(10, "mx01.mail.icloud.com"),
            mx(10, "mx02.mail.icloud.com"),
        ];
        assert_eq!(
            kind_from_mx(icloud.clone()),
            VerdictKind::IcloudCustomDomain {
                mx: icloud.clone(),
                elsewhere: vec![]
            }
        );
        let mixed = vec![mx(5, "aspmx.l.google.com"), mx(10, "mx01.mail.icloud.com")];
        assert!(matches!(
            kind_from_mx(mixed),
            VerdictKind::IcloudCustomDomain { ref elsewhere, .. } if elsewhere.len() == 1
        ));
        let google = kind_from_mx(vec![
            mx(20, "alt1.aspmx.l.google.com"),
            mx(10, "aspmx.l.google.com"),
        ]);
        assert!(matches!(
            google,
            VerdictKind::OtherProvider { provider: Some(p), ref mx } if p.name == "Google" && mx[0].preference == 10
        ));
        assert!(matches!(
            kind_from_mx(vec![mx(10, "mail.example.org")]),
            VerdictKind::OtherProvider { provider: None, .. }
        ));
        assert_eq!(kind_from_mx(vec![mx(0, "")]), VerdictKind::NoMail);
    }

    #[test]
    fn own_domains_need_no_lookup() {
        for d in ["icloud.com", "ME.COM", "mac.com."] {
            assert!(!needs_lookup(d), "{d}");
        }
        assert!(needs_lookup("example.com"));
        // A resolver with nowhere to ask: an own domain is still known.
        let resolver = Resolver::with_server(([127, 0, 0, 1], 9).into());
        let verdict = classify("iCloud.com", &resolver);
        assert_eq!(verdict.kind, VerdictKind::IcloudOwn);
        let system = classify_with_system("mac.com", Duration::from_secs(1), &CancelToken::new());
        assert_eq!(system.kind, VerdictKind::IcloudOwn);
        assert!(verdict.is_icloud() && !verdict.needs_primary_address());
    }

    #[test]
    fn texts_name_the_provider_and_explain_the_apple_account_case() {
        // A company's domain whose mail Google keeps: it may be moving to iCloud.
        let verdict = DomainVerdict::new(
            "example.com".into(),
            kind_from_mx(vec![mx(5, "aspmx.l.google.com")]),
        );
        assert_eq!(
            verdict.headline(Lang::En),
            "Mail for example.com goes to Google, not to iCloud"
        );
        assert!(!verdict.is_never_icloud());
        assert!(verdict.needs_confirmation());
        assert!(verdict.confirmation_label(Lang::En).is_some());
        assert_eq!(verdict.suggestion, None);
        let details = verdict.details(Lang::En).join("\n");
        assert!(
            details.contains("Settings > [your name] > iCloud > iCloud Mail"),
            "{details}"
        );
        assert!(details.contains("@icloud.com"), "{details}");
        let hint = verdict.login_failure_hint(Lang::En).unwrap_or_default();
        assert!(
            hint.starts_with("Mail for example.com goes to Google"),
            "{hint}"
        );
    }

    /// gmail.com is Google's own: known without asking (the name server here does not exist),
    /// never an iCloud address, and no confirmation is offered.
    #[test]
    fn a_providers_own_domain_is_never_icloud_and_needs_no_lookup() {
        let nowhere = Resolver::with_server(([127, 0, 0, 1], 9).into());
        for (domain, provider) in [("gmail.com", "Google"), ("Hotmail.CO.UK.", "Microsoft")] {
            let verdict = classify(domain, &nowhere);
            assert!(
                matches!(verdict.kind, VerdictKind::ProviderAddress { provider: p } if p.name == provider),
                "{verdict:?}"
            );
            let system =
                classify_with_system(domain, Duration::from_millis(1), &CancelToken::new());
            assert_eq!(system.kind, verdict.kind);
            assert!(verdict.is_never_icloud() && !verdict.is_icloud());
            assert!(!verdict.needs_confirmation());
            assert_eq!(verdict.confirmation_label(Lang::En), None);
            assert_eq!(verdict.provider_name(), Some(provider));
        }
        let verdict = classify("gmail.com", &nowhere);
        assert_eq!(
            verdict.headline(Lang::En),
            "Addresses at gmail.com are Google addresses, never iCloud Mail addresses"
        );
        let details = verdict.details(Lang::En).join("\n");
        assert!(details.contains("@icloud.com"), "{details}");
        assert_eq!(verdict.suggestion, None);
    }

    #[test]
    fn a_typo_domain_gets_a_one_click_fix() {
        let verdict = DomainVerdict::new("icloud.con".into(), VerdictKind::NoSuchDomain);
        assert_eq!(verdict.suggestion, Some("icloud.com"));
        assert_eq!(
            verdict.suggestion_question("jane", Lang::En).as_deref(),
            Some("Did you mean jane@icloud.com?")
        );
        assert_eq!(
            verdict.headline(Lang::En),
            "icloud.con does not exist: no mail can reach it"
        );
        // Offline, the typo is still caught.
        let offline = DomainVerdict::new(
            "iclod.com".into(),
            VerdictKind::Unchecked {
                reason: crate::dns::LookupError {
                    name: "iclod.com".into(),
                    record: crate::dns::RecordType::Mx,
                    failure: crate::dns::LookupFailure::TimedOut {
                        limit: Duration::from_secs(2),
                    },
                }
                .into(),
            },
        );
        assert_eq!(offline.suggestion, Some("icloud.com"));
        assert!(!offline.needs_confirmation());
    }
}
