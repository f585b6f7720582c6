//! iCloud Mail's documented server settings, kept as data in `assets/providers/icloud.toml`.

use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

/// The provider data file, compiled into the binary.
const ICLOUD_TOML: &str = include_str!("../assets/providers/icloud.toml");

static ICLOUD: LazyLock<Provider> = LazyLock::new(|| {
    // The file is part of the source tree and checked by a unit test, so a parse failure here is a
    // build defect, not a user error.
    toml::from_str(ICLOUD_TOML).expect("assets/providers/icloud.toml is valid")
});

/// A mail provider's documented settings.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Provider {
    /// Short machine name, e.g. `icloud`.
    pub id: String,
    /// Name shown in mail clients, e.g. `Apple iCloud` (as in Mozilla's database).
    pub display_name: String,
    /// Shorter name, e.g. `Apple`.
    pub short_name: String,
    /// The product's own name, e.g. `iCloud Mail`.
    pub product_name: String,
    /// The provider's page that documents these settings.
    pub documentation_url: String,
    /// Domains that belong to the provider itself, lower case.
    pub own_domains: Vec<String>,
    /// MX hosts a custom domain points at.
    pub custom_domain_mx: Vec<String>,
    /// Name of the IMAP folder that holds sent mail.
    pub sent_folder: String,
    /// Where and how app-specific passwords are made.
    pub app_password: AppPasswordInfo,
    /// The incoming (IMAP) server.
    pub imap: Endpoint,
    /// The documented outgoing (SMTP submission) server.
    pub smtp: Endpoint,
    /// Outgoing servers to try when [`Provider::smtp`] cannot be reached, in order.
    pub smtp_fallbacks: Vec<Endpoint>,
}

impl Provider {
    /// iCloud Mail, as documented by Apple.
    pub fn icloud() -> &'static Self {
        &ICLOUD
    }

    /// Whether `domain` (lower case) is one of the provider's own domains.
    pub fn is_own_domain(&self, domain: &str) -> bool {
        self.own_domains.iter().any(|own| own == domain)
    }

    /// The documented SMTP server followed by its fallbacks.
    pub fn smtp_candidates(&self) -> impl Iterator<Item = &Endpoint> {
        std::iter::once(&self.smtp).chain(&self.smtp_fallbacks)
    }
}

/// Where and how a person creates an app-specific password.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct AppPasswordInfo {
    /// The web page to sign in to.
    pub url: String,
    /// Menu path on that page, e.g. `["Sign-In and Security", "App-Specific Passwords"]`.
    pub path: Vec<String>,
    /// Number of letter groups.
    pub groups: usize,
    /// Letters per group.
    pub group_len: usize,
    /// How many can be active at once.
    pub max_active: u32,
}

/// One server a client connects to.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq, Hash)]
pub struct Endpoint {
    /// Host name.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// How the connection is encrypted.
    pub security: Security,
    /// Which form of the address logs in.
    pub username: UsernameForm,
    /// The documented alternative when [`Endpoint::username`] is refused.
    #[serde(default)]
    pub username_alternative: Option<UsernameForm>,
}

/// How a connection is encrypted. There is no plaintext option: iCloud requires TLS.
#[derive(Clone, Copy, Debug, Deserialize, serde::Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte ("SSL/TLS", implicit TLS; ports 993 and 465).
    Tls,
    /// Plain connection upgraded with STARTTLS before login (port 587, or IMAP 143).
    StartTls,
}

impl Security {
    /// The wording mail clients use for this setting, e.g. `SSL/TLS` or `STARTTLS`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Tls => "SSL/TLS",
            Self::StartTls => "STARTTLS",
        }
    }

    /// Stable machine name: `tls` or `starttls`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Tls => "tls",
            Self::StartTls => "starttls",
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Which form of the address a server expects as the login name.
#[derive(Clone, Copy, Debug, Deserialize, serde::Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum UsernameForm {
    /// The part before the `@` (`emilyparker`).
    NamePart,
    /// The whole address (`emilyparker@icloud.com`).
    FullAddress,
}

impl UsernameForm {
    /// Stable machine name: `name-part` or `full-address`.
    pub fn name(self) -> &'static str {
        match self {
            Self::NamePart => "name-part",
            Self::FullAddress => "full-address",
        }
    }

    /// Short label for tables: `name part` or `full address`.
    pub fn short_label(self) -> &'static str {
        match self {
            Self::NamePart => "name part",
            Self::FullAddress => "full address",
        }
    }
}

impl fmt::Display for UsernameForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::NamePart => "name part of the address",
            Self::FullAddress => "full address",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icloud_values_match_apples_documentation() {
        let p = Provider::icloud();
        assert_eq!(p.imap.host, "imap.mail.me.com");
        assert_eq!(p.imap.port, 993);
        assert_eq!(p.imap.security, Security::Tls);
        assert_eq!(p.imap.username, UsernameForm::NamePart);
        assert_eq!(p.imap.username_alternative, Some(UsernameForm::FullAddress));
        assert_eq!(p.smtp.host, "smtp.mail.me.com");
        assert_eq!(p.smtp.port, 587);
        assert_eq!(p.smtp.security, Security::StartTls);
        assert_eq!(p.smtp.username, UsernameForm::FullAddress);
        let fallbacks: Vec<_> = p
            .smtp_fallbacks
            .iter()
            .map(|e| (e.host.as_str(), e.port, e.security))
            .collect();
        assert_eq!(fallbacks, [("smtp.mail.me.com", 465, Security::Tls)]);
        assert_eq!(p.own_domains, ["icloud.com", "me.com", "mac.com"]);
        assert!(p.is_own_domain("me.com"));
        assert!(!p.is_own_domain("example.com"));
        assert_eq!(p.app_password.groups * p.app_password.group_len, 16);
        assert!(p.app_password.url.starts_with("https://account.apple.com/"));
        assert_eq!(p.sent_folder, "Sent Messages");
    }

    #[test]
    fn every_endpoint_is_encrypted_and_named_with_hostname_characters() {
        for e in Provider::icloud()
            .smtp_candidates()
            .chain([&Provider::icloud().imap])
        {
            assert!(
                e.host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.'),
                "{}",
                e.host
            );
            assert_ne!(e.port, 0);
        }
    }
}
