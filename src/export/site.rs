//! An autoconfig site for an iCloud+ custom domain: the files a help desk publishes so that
//! Thunderbird (and Outlook's Autodiscover) find the right settings for the domain.
//!
//! Thunderbird asks `https://autoconfig.<domain>/mail/config-v1.1.xml` and then
//! `https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml`; a file found there wins over
//! the MX lookup that would otherwise land on Mozilla's iCloud entry and use the name part of the
//! custom address as the username, which iCloud refuses.
//!
//! One static file answers for every address on the domain, so it can carry one login only: a
//! site is refused for accounts of one domain that log in with different primary addresses.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::{ExportError, ExportFile, autodiscover, thunderbird};
use crate::address::DomainKind;
use crate::fs::Visibility;
use crate::i18n::Lang;
use crate::settings::AccountSettings;

/// Path of the autoconfig file inside the site, as served by `autoconfig.<domain>`.
pub const AUTOCONFIG_PATH: &str = "mail/config-v1.1.xml";
/// Path of the same file as served by `<domain>` itself.
pub const WELL_KNOWN_PATH: &str = ".well-known/autoconfig/mail/config-v1.1.xml";
/// Path of the Autodiscover file inside the site.
pub const AUTODISCOVER_PATH: &str = "autodiscover/autodiscover.xml";
/// The site's README.
pub const README_PATH: &str = "README.txt";

/// Why a site cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SiteError {
    /// No accounts were given.
    #[error("no accounts to build an autoconfig site from")]
    NoAccounts,
    /// The domain is one of iCloud's own.
    #[error(
        "{domain} is one of iCloud's own domains: only Apple can publish settings there, and Thunderbird already knows them"
    )]
    OwnDomain {
        /// The domain.
        domain: String,
    },
    /// The accounts are on different domains.
    #[error("an autoconfig site is for one domain; these accounts are on {first} and {other}")]
    MixedDomains {
        /// The first account's domain.
        first: String,
        /// Another domain among the accounts.
        other: String,
    },
    /// Accounts of the domain log in with different primary addresses.
    #[error(
        "the accounts on {domain} log in with different primary addresses ({first} and {other}); one static site file serves every address on the domain and can carry one login only, so give each person their own Thunderbird file instead"
    )]
    MixedLogins {
        /// The domain.
        domain: String,
        /// The first account's login.
        first: String,
        /// Another login among the accounts.
        other: String,
    },
}

/// The name of the folder a site for `domain` is written into.
pub fn site_folder_name(domain: &str) -> String {
    crate::fs::file_name(domain, ".autoconfig-site")
}

/// The site for `accounts` (all on one custom domain, all logging in with one primary address),
/// with paths under the folder [`site_folder_name`] names; its README is in `lang`.
pub fn autoconfig_site(
    accounts: &[AccountSettings],
    lang: Lang,
) -> Result<Vec<ExportFile>, ExportError> {
    let first = accounts.first().ok_or(SiteError::NoAccounts)?;
    let domain = first.email().domain();
    if first.email().kind() != DomainKind::Custom {
        return Err(SiteError::OwnDomain {
            domain: domain.to_owned(),
        }
        .into());
    }
    for other in accounts {
        if other.email().domain() != domain {
            return Err(SiteError::MixedDomains {
                first: domain.to_owned(),
                other: other.email().domain().to_owned(),
            }
            .into());
        }
        if other.login() != first.login() {
            return Err(SiteError::MixedLogins {
                domain: domain.to_owned(),
                first: first.login().to_string(),
                other: other.login().to_string(),
            }
            .into());
        }
    }
    // The first account decides the usernames and ports; the others share its login, and their
    // applied settings can only differ in what a connection check found on their own network.
    let folder = PathBuf::from(site_folder_name(domain));
    let autoconfig = thunderbird::render(first)?;
    let autodiscover = autodiscover::render(first)?;
    let file = |path: &str, bytes: Vec<u8>| ExportFile {
        path: folder.join(path),
        bytes,
        visibility: Visibility::Shared,
    };
    Ok(vec![
        file(AUTOCONFIG_PATH, autoconfig.clone()),
        file(WELL_KNOWN_PATH, autoconfig),
        file(AUTODISCOVER_PATH, autodiscover),
        file(
            README_PATH,
            readme(first, accounts.len(), lang).into_bytes(),
        ),
    ])
}

fn readme(s: &AccountSettings, accounts: usize, lang: Lang) -> String {
    let domain = s.email().domain();
    let login = s.login().to_string();
    let mut text = String::new();
    let title = crate::tr!(lang, "site-readme-title", domain = domain);
    let _ = writeln!(text, "{title}");
    // As long as it always was: six short of the English title.
    let underline = title.chars().count().saturating_sub(6);
    let _ = writeln!(text, "{}", "=".repeat(underline));
    let _ = writeln!(
        text,
        "\n{}\n\n  \
         https://autoconfig.{domain}/{AUTOCONFIG_PATH}\n  \
         https://{domain}/{WELL_KNOWN_PATH}\n\n{}\n\n  \
         https://autodiscover.{domain}/{AUTODISCOVER_PATH}\n  \
         https://{domain}/{AUTODISCOVER_PATH}\n\n{}",
        crate::tr!(lang, "site-readme-publish", domain = domain),
        crate::tr!(lang, "site-readme-autodiscover"),
        crate::tr!(lang, "site-readme-post"),
    );
    let _ = writeln!(
        text,
        "\n{}\n\n  {login}\n\n{}",
        crate::tr!(lang, "site-readme-one-login", domain = domain),
        crate::tr!(
            lang,
            "site-readme-primary-address",
            domain = domain,
            login = login.as_str(),
            accounts = accounts,
        ),
    );
    let _ = writeln!(
        text,
        "\n{}\n\n{}",
        crate::tr!(lang, "site-readme-password"),
        crate::tr!(lang, "site-readme-made-by"),
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::AccountInput;

    #[test]
    fn the_readme_speaks_the_language_and_counts_the_accounts() {
        let s = AccountInput {
            email: "jane@example.com",
            login: Some("jane.doe@icloud.com"),
            ..Default::default()
        }
        .parse()
        .unwrap();
        let one = readme(&s, 1, Lang::De);
        assert!(
            one.starts_with("Autoconfig-Site für example.com (iCloud Mail)\n"),
            "{one}"
        );
        assert!(one.contains("(1 Account angegeben)"), "{one}");
        assert!(
            one.contains(
                "account.apple.com > Anmelden und Sicherheit > App-spezifische Passwörter"
            ),
            "{one}"
        );
        assert!(one.contains("  https://autoconfig.example.com/mail/config-v1.1.xml\n"));
        assert!(one.contains("\n\n  jane.doe@icloud.com\n\n"), "{one}");
        assert!(readme(&s, 3, Lang::De).contains("(3 Accounts angegeben)"));
        let english = readme(&s, 1, Lang::En);
        assert!(english.contains("(1\naccount given)"), "{english}");
        assert!(readme(&s, 2, Lang::En).contains("(2\naccounts given)"));
    }
}
