//! Well-known mail providers, recognised by their MX hosts (`assets/providers/mail-hosts.toml`).

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

/// The provider list, compiled into the binary.
const MAIL_HOSTS_TOML: &str = include_str!("../../assets/providers/mail-hosts.toml");

#[derive(Deserialize)]
struct MailHostsFile {
    provider: Vec<MailProvider>,
}

static PROVIDERS: LazyLock<Vec<MailProvider>> = LazyLock::new(|| {
    // The file is part of the source tree and a unit test parses it, so an empty list here
    // would be a build defect caught by that test.
    toml::from_str::<MailHostsFile>(MAIL_HOSTS_TOML)
        .map(|file| file.provider)
        .unwrap_or_default()
});

/// A mail provider other than iCloud.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct MailProvider {
    /// The name people know it by, e.g. `Google`.
    pub name: String,
    /// Whether it keeps the mailboxes or filters mail for mailboxes elsewhere.
    pub kind: ProviderKind,
    /// MX host names, or the domains they end in, that belong to the provider (lower case).
    pub mx_suffixes: Vec<String>,
    /// The domains of the provider's own addresses (gmail.com): never an iCloud address.
    #[serde(default)]
    pub own_domains: Vec<String>,
}

/// What a provider does with a domain's mail.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ProviderKind {
    /// Keeps the mailboxes (Google, Microsoft, ...).
    Mailbox,
    /// Filters mail in front of mailboxes kept elsewhere (Mimecast, ...).
    Filter,
}

/// Every provider in the data file.
pub fn known_providers() -> &'static [MailProvider] {
    &PROVIDERS
}

/// The provider whose MX host `host` is (any case, final dot or not), if it is a known one.
pub fn provider_for_host(host: &str) -> Option<&'static MailProvider> {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    known_providers().iter().find(|provider| {
        provider
            .mx_suffixes
            .iter()
            .any(|suffix| host_is_under(&host, suffix))
    })
}

/// The provider whose own addresses are at `domain` (gmail.com is Google's), if it is a known
/// one. Only the domain itself: `mail.gmail.com` is not, and neither is a company's domain
/// whose mail Google keeps (that one is found by its MX records).
pub fn provider_of_own_domain(domain: &str) -> Option<&'static MailProvider> {
    let domain = super::normalize(domain);
    known_providers()
        .iter()
        .find(|provider| provider.own_domains.contains(&domain))
}

/// Whether `host` is `suffix` or a name under it (`a.b.suffix`), on label boundaries.
pub(crate) fn host_is_under(host: &str, suffix: &str) -> bool {
    host == suffix
        || host
            .strip_suffix(suffix)
            .is_some_and(|head| head.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_and_every_entry_is_usable() {
        let file: Result<MailHostsFile, _> = toml::from_str(MAIL_HOSTS_TOML);
        assert!(file.is_ok(), "{:?}", file.err());
        let providers = known_providers();
        assert!(providers.len() >= 10, "{} providers", providers.len());
        for p in providers {
            assert!(!p.name.trim().is_empty());
            assert!(!p.mx_suffixes.is_empty(), "{}", p.name);
            for s in &p.mx_suffixes {
                assert_eq!(s, &s.to_ascii_lowercase(), "{}", p.name);
                assert!(
                    s.contains('.') && !s.starts_with('.') && !s.ends_with('.'),
                    "{s}"
                );
                assert!(
                    !host_is_under(s, "icloud.com"),
                    "iCloud is not another provider: {s}"
                );
            }
        }
    }

    #[test]
    fn own_domains_are_plain_unique_and_never_icloud() {
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        for p in known_providers() {
            for d in &p.own_domains {
                count += 1;
                assert_eq!(d, &super::super::normalize(d), "{}: {d}", p.name);
                assert!(d.contains('.') && !d.starts_with('.'), "{d}");
                assert!(seen.insert(d.clone()), "{d} is listed twice");
                assert!(
                    !crate::provider::Provider::icloud().is_own_domain(d),
                    "{d} is iCloud's"
                );
                assert_eq!(
                    provider_of_own_domain(d).map(|p| p.name.as_str()),
                    Some(p.name.as_str())
                );
            }
        }
        assert!(count >= 40, "{count} own domains");
        assert_eq!(
            provider_of_own_domain(" GMail.com. ").map(|p| p.name.as_str()),
            Some("Google")
        );
        assert_eq!(
            provider_of_own_domain("aol.com").map(|p| p.name.as_str()),
            Some("AOL")
        );
        for not_own in [
            "mail.gmail.com",
            "example.com",
            "icloud.com",
            "notgmail.com",
        ] {
            assert_eq!(provider_of_own_domain(not_own), None, "{not_own}");
        }
    }

    #[test]
    fn providers_are_named_from_real_mx_hosts() {
        let cases = [
            ("aspmx.l.google.com", Some("Google")),
            ("ALT1.ASPMX.L.GOOGLE.COM.", Some("Google")),
            ("gmail-smtp-in.l.google.com", Some("Google")),
            ("example-com.mail.protection.outlook.com", Some("Microsoft")),
            ("mta5.am0.yahoodns.net", Some("Yahoo")),
            ("in1-smtp.messagingengine.com", Some("Fastmail")),
            ("mail.protonmail.ch", Some("Proton")),
            ("mx.zoho.eu", Some("Zoho")),
            ("mx00.gmx.net", Some("GMX")),
            ("mx-ha02.web.de", Some("WEB.DE")),
            ("eu-smtp-inbound-1.mimecast.com", Some("Mimecast")),
            // Label boundaries: a look-alike is not the provider.
            ("mx.notgoogle.com", None),
            ("google.com.evil.example", None),
            ("mx01.mail.icloud.com", None),
            ("mail.example.org", None),
        ];
        for (host, want) in cases {
            let got = provider_for_host(host).map(|p| p.name.as_str());
            assert_eq!(got, want, "{host}");
        }
    }
}
