//! One account's complete mail settings: the value every exporter and probe starts from.

use std::fmt;

use crate::address::{AddressError, DomainKind, EmailAddress};
use crate::i18n::Lang;
use crate::provider::{Endpoint, Provider, Security, UsernameForm};

/// Longest display name or organization accepted, in characters.
pub const MAX_LABEL_CHARS: usize = 200;

/// One server with the login name to use on it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Server {
    /// Host name.
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// Implicit TLS or STARTTLS.
    pub security: Security,
    /// Which form of the login address is the username.
    pub username_form: UsernameForm,
    /// The username itself.
    pub username: String,
}

/// Settings for one iCloud Mail account, ready to export.
///
/// ```
/// use icloud_mail_wizard::settings::AccountSettings;
/// let s = AccountSettings::new("jane.doe@icloud.com".parse()?, None)?;
/// assert_eq!(s.imap().username, "jane.doe");
/// assert_eq!(s.smtp().username, "jane.doe@icloud.com");
/// assert_eq!(s.smtp().port, 587);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountSettings {
    email: EmailAddress,
    login: EmailAddress,
    display_name: Option<String>,
    organization: Option<String>,
    imap: Server,
    smtp: Server,
}

/// Why settings cannot be built from what was given.
///
/// [`SettingsError::text`] says it in a language; `Display` says it in English (the command
/// line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// The address is at a mail provider's own domain (gmail.com): never an iCloud Mail
    /// address, whatever the login.
    ProviderAddress {
        /// The address.
        email: String,
        /// Its domain.
        domain: String,
        /// The provider's name (Google).
        provider: String,
    },
    /// A custom-domain address was given without the primary iCloud address that logs in.
    MissingPrimaryLogin {
        /// The custom-domain address.
        email: String,
        /// Its domain.
        domain: String,
    },
    /// The login given is not on one of iCloud's own domains.
    LoginNotICloud {
        /// The login as given.
        login: String,
    },
    /// A display name or organization longer than [`MAX_LABEL_CHARS`].
    LabelTooLong {
        /// Which field (`name` or `organization`).
        field: &'static str,
        /// Its length in characters.
        chars: usize,
    },
    /// A display name or organization with a control or non-character code point.
    LabelControlCharacter {
        /// Which field (`name` or `organization`).
        field: &'static str,
    },
}

impl SettingsError {
    /// Why, in `lang`: one line, starting in lower case where the language allows.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::ProviderAddress {
                email,
                domain,
                provider,
            } => tr!(
                lang,
                "address-settings-provider-address",
                email = email.as_str(),
                domain = domain.as_str(),
                provider = provider.as_str()
            ),
            Self::MissingPrimaryLogin { email, domain } => tr!(
                lang,
                "address-settings-missing-primary-login",
                email = email.as_str(),
                domain = domain.as_str()
            ),
            Self::LoginNotICloud { login } => {
                tr!(
                    lang,
                    "address-settings-login-not-icloud",
                    login = login.as_str()
                )
            }
            Self::LabelTooLong { field, chars } => tr!(
                lang,
                "address-settings-label-too-long",
                field = *field,
                chars = *chars,
                max = MAX_LABEL_CHARS
            ),
            Self::LabelControlCharacter { field } => tr!(
                lang,
                "address-settings-label-control-character",
                field = *field
            ),
        }
    }
}

impl fmt::Display for SettingsError {
    /// The English text (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for SettingsError {}

impl AccountSettings {
    /// Settings for `email`, logging in as `login` when given.
    ///
    /// A custom-domain address needs `login`: the person's primary address on one of iCloud's own
    /// domains. On iCloud's own domains `login` is optional and serves aliases, which also log in
    /// with the primary address.
    pub fn new(email: EmailAddress, login: Option<EmailAddress>) -> Result<Self, SettingsError> {
        if let Some(other) = crate::domain::provider_of_own_domain(email.domain()) {
            return Err(SettingsError::ProviderAddress {
                email: email.to_string(),
                domain: crate::domain::normalize(email.domain()),
                provider: other.name.clone(),
            });
        }
        let provider = Provider::icloud();
        let login = match (email.kind(), login) {
            (_, Some(login)) if login.kind() != DomainKind::ICloud => {
                return Err(SettingsError::LoginNotICloud {
                    login: login.to_string(),
                });
            }
            (_, Some(login)) => login,
            (DomainKind::ICloud, None) => email.clone(),
            (DomainKind::Custom, None) => {
                return Err(SettingsError::MissingPrimaryLogin {
                    domain: email.domain().to_owned(),
                    email: email.to_string(),
                });
            }
        };
        // Documented: the name part by default, but a custom domain logs in with the whole
        // primary address on both servers.
        let imap_form = if email.kind() == DomainKind::Custom {
            UsernameForm::FullAddress
        } else {
            provider.imap.username
        };
        let imap = server(&provider.imap, imap_form, &login);
        let smtp = server(&provider.smtp, provider.smtp.username, &login);
        Ok(Self {
            email,
            login,
            display_name: None,
            organization: None,
            imap,
            smtp,
        })
    }

    /// Sets the sender name shown to recipients (trimmed; empty means none).
    pub fn with_display_name(mut self, name: Option<&str>) -> Result<Self, SettingsError> {
        self.display_name = label("name", name)?;
        Ok(self)
    }

    /// Sets the organization shown in the profile (trimmed; empty means none).
    pub fn with_organization(mut self, org: Option<&str>) -> Result<Self, SettingsError> {
        self.organization = label("organization", org)?;
        Ok(self)
    }

    /// Uses `form` as the IMAP username (the outcome of a connection check).
    #[must_use]
    pub fn with_imap_username(mut self, form: UsernameForm) -> Self {
        self.imap = server(&Provider::icloud().imap, form, &self.login);
        self
    }

    /// Uses `endpoint` for outgoing mail (for example the 465 fallback when 587 is blocked).
    #[must_use]
    pub fn with_smtp_endpoint(mut self, endpoint: &Endpoint) -> Self {
        self.smtp = server(endpoint, endpoint.username, &self.login);
        self
    }

    /// The address people write to.
    pub fn email(&self) -> &EmailAddress {
        &self.email
    }

    /// The iCloud address that logs in: the address itself, or the primary address for a custom
    /// domain or an alias.
    pub fn login(&self) -> &EmailAddress {
        &self.login
    }

    /// Whether the login is the address itself (no custom domain, no alias).
    pub fn logs_in_as_itself(&self) -> bool {
        self.login == self.email
    }

    /// The sender name, if any.
    pub fn display_name(&self) -> Option<&str> {
        self.display_name.as_deref()
    }

    /// The organization, if any.
    pub fn organization(&self) -> Option<&str> {
        self.organization.as_deref()
    }

    /// The incoming server.
    pub fn imap(&self) -> &Server {
        &self.imap
    }

    /// The outgoing server.
    pub fn smtp(&self) -> &Server {
        &self.smtp
    }

    /// The provider these settings come from.
    pub fn provider(&self) -> &'static Provider {
        Provider::icloud()
    }
}

/// What a person typed for one account, before parsing.
#[derive(Clone, Copy, Debug, Default)]
pub struct AccountInput<'a> {
    /// The address, as typed.
    pub email: &'a str,
    /// The primary iCloud address that logs in (custom domains, aliases); blank means none.
    pub login: Option<&'a str>,
    /// Sender name; blank means none.
    pub name: Option<&'a str>,
    /// Organization; blank means none.
    pub organization: Option<&'a str>,
}

/// Why typed input does not make an account, naming the field at fault.
///
/// [`InputError::text`] says it in a language; `Display` says it in English (the command line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// The address is malformed.
    Email(AddressError),
    /// The login is malformed.
    Login(AddressError),
    /// The parts are valid but do not fit together.
    Settings(SettingsError),
}

impl InputError {
    /// Why, in `lang`, naming the field at fault.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Email(e) => tr!(lang, "address-input-email", reason = e.text(lang)),
            Self::Login(e) => tr!(lang, "address-input-login", reason = e.text(lang)),
            Self::Settings(e) => e.text(lang),
        }
    }
}

impl From<SettingsError> for InputError {
    fn from(e: SettingsError) -> Self {
        Self::Settings(e)
    }
}

impl fmt::Display for InputError {
    /// The English text (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for InputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Email(e) | Self::Login(e) => Some(e),
            Self::Settings(e) => e.source(),
        }
    }
}

impl AccountInput<'_> {
    /// Parses every field and builds the settings.
    pub fn parse(&self) -> Result<AccountSettings, InputError> {
        let email = EmailAddress::parse(self.email).map_err(InputError::Email)?;
        let login = match self.login.map(str::trim).filter(|l| !l.is_empty()) {
            Some(login) => Some(EmailAddress::parse(login).map_err(InputError::Login)?),
            None => None,
        };
        Ok(AccountSettings::new(email, login)?
            .with_display_name(self.name)?
            .with_organization(self.organization)?)
    }
}

fn server(endpoint: &Endpoint, form: UsernameForm, login: &EmailAddress) -> Server {
    Server {
        host: endpoint.host.clone(),
        port: endpoint.port,
        security: endpoint.security,
        username_form: form,
        username: match form {
            UsernameForm::NamePart => login.local_part().to_owned(),
            UsernameForm::FullAddress => login.as_str().to_owned(),
        },
    }
}

/// Whether `c` may appear in a name or organization: no control characters, no Unicode
/// non-characters (which XML cannot carry), and no text-direction controls (U+061C, U+200E,
/// U+200F, U+202A to U+202E, U+2066 to U+2069), which make a name show something other than
/// what it holds.
fn is_label_char(c: char) -> bool {
    let code = u32::from(c);
    let direction = matches!(code, 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069);
    !(c.is_control() || direction || (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE)
}

fn label(field: &'static str, value: Option<&str>) -> Result<Option<String>, SettingsError> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let chars = value.chars().count();
    if chars > MAX_LABEL_CHARS {
        return Err(SettingsError::LabelTooLong { field, chars });
    }
    if !value.chars().all(is_label_char) {
        return Err(SettingsError::LabelControlCharacter { field });
    }
    Ok(Some(value.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> EmailAddress {
        s.parse().unwrap()
    }

    #[test]
    fn icloud_address_uses_documented_usernames() {
        let s = AccountSettings::new(addr("jane.doe@icloud.com"), None).unwrap();
        assert_eq!(
            (s.imap().host.as_str(), s.imap().port, s.imap().security),
            ("imap.mail.me.com", 993, Security::Tls)
        );
        assert_eq!(s.imap().username, "jane.doe");
        assert_eq!(s.imap().username_form, UsernameForm::NamePart);
        assert_eq!(
            (s.smtp().host.as_str(), s.smtp().port, s.smtp().security),
            ("smtp.mail.me.com", 587, Security::StartTls)
        );
        assert_eq!(s.smtp().username, "jane.doe@icloud.com");
        assert!(s.logs_in_as_itself());
    }

    #[test]
    fn custom_domain_needs_and_uses_the_primary_address() {
        let err = AccountSettings::new(addr("jane@example.com"), None).unwrap_err();
        assert!(matches!(err, SettingsError::MissingPrimaryLogin { .. }));
        assert!(err.to_string().contains("@icloud.com"), "{err}");

        let err = AccountSettings::new(addr("jane@example.com"), Some(addr("jane@gmail.com")))
            .unwrap_err();
        assert!(matches!(err, SettingsError::LoginNotICloud { .. }));

        let s =
            AccountSettings::new(addr("jane@example.com"), Some(addr("jdoe@icloud.com"))).unwrap();
        assert_eq!(s.imap().username, "jdoe@icloud.com");
        assert_eq!(s.smtp().username, "jdoe@icloud.com");
        assert!(!s.logs_in_as_itself());
    }

    #[test]
    fn recommendation_changes_username_and_port() {
        let fallback = &Provider::icloud().smtp_fallbacks[0];
        let s = AccountSettings::new(addr("jane@me.com"), None)
            .unwrap()
            .with_imap_username(UsernameForm::FullAddress)
            .with_smtp_endpoint(fallback);
        assert_eq!(s.imap().username, "jane@me.com");
        assert_eq!((s.smtp().port, s.smtp().security), (465, Security::Tls));
        assert_eq!(s.smtp().username, "jane@me.com");
    }

    #[test]
    fn labels_are_trimmed_and_checked() {
        let s = AccountSettings::new(addr("a@icloud.com"), None).unwrap();
        let named = s
            .clone()
            .with_display_name(Some("  Zoë \"Z\" <&> O'Neil "))
            .unwrap();
        assert_eq!(named.display_name(), Some("Zoë \"Z\" <&> O'Neil"));
        assert_eq!(
            s.clone()
                .with_display_name(Some("   "))
                .unwrap()
                .display_name(),
            None
        );
        assert_eq!(
            s.clone()
                .with_display_name(Some(&"x".repeat(10_000)))
                .unwrap_err(),
            SettingsError::LabelTooLong {
                field: "name",
                chars: 10_000
            }
        );
        assert_eq!(
            SettingsError::LabelTooLong {
                field: "name",
                chars: 10_000
            }
            .to_string(),
            "the name is 10000 characters long; at most 200 are allowed"
        );
        assert_eq!(
            SettingsError::LabelControlCharacter {
                field: "organization"
            }
            .to_string(),
            "the organization contains an invisible control character or text-direction mark; remove it and try again"
        );
        for bad in ["a\u{0}b", "a\nb", "a\u{1b}[31mb", "a\u{FFFF}", "a\u{FDD0}"] {
            assert_eq!(
                s.clone().with_organization(Some(bad)).unwrap_err(),
                SettingsError::LabelControlCharacter {
                    field: "organization"
                },
                "{bad:?}"
            );
        }
    }
}
