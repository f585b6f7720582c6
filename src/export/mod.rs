//! Exporters: pure functions from [`AccountSettings`] to the bytes of a settings file.
//!
//! Each format is written with a real serializer (quick-xml or plist), so every value the person
//! controls is escaped. Nothing here touches the file system; see [`crate::fs`] for writing.

pub mod android_qr;
mod autodiscover;
mod mobileconfig;
mod outlook;
mod thunderbird;
mod xml;

use std::fmt;
use std::str::FromStr;

use crate::secret::Secret;
use crate::settings::AccountSettings;

pub use mobileconfig::{mail_payload_uuid, profile_identifier, profile_uuid};

/// A settings-file format.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Thunderbird autoconfig (clientConfig v1.1) XML.
    Thunderbird,
    /// Apple configuration profile for iPhone, iPad and Mac Mail.
    Mobileconfig,
    /// A printable HTML sheet for setting up Outlook by hand.
    Outlook,
    /// Outlook POX Autodiscover response XML.
    Autodiscover,
}

impl Format {
    /// Every format, in the order they are offered.
    pub const ALL: [Self; 4] = [
        Self::Thunderbird,
        Self::Mobileconfig,
        Self::Outlook,
        Self::Autodiscover,
    ];

    /// Stable machine name, as used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Thunderbird => "thunderbird",
            Self::Mobileconfig => "mobileconfig",
            Self::Outlook => "outlook",
            Self::Autodiscover => "autodiscover",
        }
    }

    /// What the file is, for people.
    pub fn title(self) -> &'static str {
        match self {
            Self::Thunderbird => "Thunderbird autoconfig",
            Self::Mobileconfig => "Apple configuration profile",
            Self::Outlook => "Outlook settings sheet",
            Self::Autodiscover => "Outlook Autodiscover XML",
        }
    }

    /// One line on what to do with the file.
    pub fn description(self) -> &'static str {
        match self {
            Self::Thunderbird => {
                "For Thunderbird: serve it as autoconfig or drop it into Thunderbird's isp folder"
            }
            Self::Mobileconfig => "For iPhone, iPad and Mac: open it to install the Mail account",
            Self::Outlook => "For Outlook on Windows and Mac: a printable step-by-step sheet",
            Self::Autodiscover => "For servers that answer Outlook's Autodiscover requests",
        }
    }

    /// File name ending, including the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Thunderbird => ".autoconfig.xml",
            Self::Mobileconfig => ".mobileconfig",
            Self::Outlook => ".outlook.html",
            Self::Autodiscover => ".autodiscover.xml",
        }
    }

    /// The file name to suggest for `settings`: the address, made safe, plus the extension.
    pub fn file_name(self, settings: &AccountSettings) -> String {
        crate::fs::file_name(settings.email().as_str(), self.extension())
    }

    /// MIME type, for serving the file.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::Thunderbird | Self::Autodiscover => "application/xml",
            Self::Mobileconfig => "application/x-apple-aspen-config",
            Self::Outlook => "text/html; charset=utf-8",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An unknown format name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown format {0:?}; expected thunderbird, mobileconfig, outlook or autodiscover")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownFormat(s.to_owned()))
    }
}

/// Choices that change an export's content.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Embed this password in the Apple profile. Other formats never contain a password.
    pub password: Option<Secret>,
}

/// Why an export could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The XML writer failed (it writes to memory, so this is not expected in practice).
    #[error("could not write XML")]
    Xml(#[from] std::io::Error),
    /// The property-list writer failed.
    #[error("could not write the property list")]
    Plist(#[from] plist::Error),
}

/// Renders `settings` in `format`.
pub fn render(
    format: Format,
    settings: &AccountSettings,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Thunderbird => Ok(thunderbird::render(settings)?),
        Format::Mobileconfig => mobileconfig::render(settings, options.password.as_ref()),
        Format::Outlook => Ok(outlook::render(settings)?),
        Format::Autodiscover => Ok(autodiscover::render(settings)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
            assert_eq!(f.to_string().to_uppercase().parse::<Format>().unwrap(), f);
        }
        assert!("pop3".parse::<Format>().is_err());
    }
}
