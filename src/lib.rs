//! # iCloud Mail setup wizard
//!
//! The core of a wizard that sets up iCloud Mail in third-party mail apps: iCloud's documented
//! settings ([`provider`]), the address a person types ([`address`]), app-specific password
//! shapes ([`password`]), one account's settings ([`settings`]), and exporters for Thunderbird,
//! Apple profiles, Outlook and Autodiscover ([`export`]), and the system keyring that remembers
//! the app-specific password ([`keyring_store`]). The command line ([`cli`]) and the
//! desktop wizard (feature `gui`) sit on top; nothing below them depends on a GUI toolkit.
//!
//! ```
//! use icloud_mail_wizard::export::{self, ExportOptions, Format};
//! use icloud_mail_wizard::settings::AccountInput;
//!
//! let settings = AccountInput { email: "jane.doe@icloud.com", ..Default::default() }.parse()?;
//! let xml = export::render(Format::Thunderbird, &settings, &ExportOptions::default())?;
//! assert!(String::from_utf8(xml)?.contains("<hostname>imap.mail.me.com</hostname>"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]

/// `eprintln!` that never panics. `eprintln!` panics when standard error is a pipe nobody reads
/// any more (`batch ... 2>&1 | head -1`), which would stop a command half-way; a note that
/// cannot be shown is dropped instead.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

pub mod address;
pub mod cli;
pub mod dns;
pub mod domain;
pub mod export;
pub mod fs;
#[macro_use]
pub mod i18n;
#[cfg(feature = "gui")]
pub mod gui;
pub mod interrupt;
pub mod keyring_store;
pub mod password;
pub mod probe;
pub mod provider;
pub mod qr;
pub mod save;
pub mod secret;
pub mod serve;
pub mod settings;
pub mod thunderbird;
pub mod wizard;

/// The person's home folder, from the environment.
pub fn home_dir() -> Option<std::path::PathBuf> {
    std::env::var_os(if cfg!(windows) { "USERPROFILE" } else { "HOME" })
        .filter(|h| !h.is_empty())
        .map(std::path::PathBuf::from)
}

/// An error and its causes as one line, each cause once (a cause whose text the line already
/// holds is not repeated).
pub(crate) fn one_line(error: &(dyn std::error::Error + 'static)) -> String {
    let mut line = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        let text = e.to_string();
        if !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        cause = e.source();
    }
    line
}
pub mod sign;
