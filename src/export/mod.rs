//! Exporters: pure functions from [`AccountSettings`] to the bytes of a settings file.
//!
//! Each format is written with a real serializer (quick-xml or plist), so every value the person
//! controls is escaped. Nothing here touches the file system; see [`crate::fs`] for writing.

pub mod android_qr;
mod autodiscover;
mod mobileconfig;
pub mod outlook;
mod site;
mod thunderbird;
mod xml;

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

use crate::address::DomainKind;
use crate::fs::Visibility;
use crate::i18n::Lang;
use crate::secret::Secret;
use crate::settings::AccountSettings;
use crate::sign::{self, SigningIdentity};

pub use mobileconfig::{mail_payload_uuid, profile_identifier, profile_uuid};
pub use site::{
    AUTOCONFIG_PATH, AUTODISCOVER_PATH, README_PATH, SiteError, WELL_KNOWN_PATH, autoconfig_site,
    site_folder_name,
};

/// A settings-file format.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Thunderbird autoconfig (clientConfig v1.1) XML, named `<domain>.xml` for Thunderbird's
    /// `isp` folder.
    Thunderbird,
    /// Apple configuration profile for iPhone, iPad and Mac Mail.
    Mobileconfig,
    /// A printable HTML sheet for setting up Outlook by hand, one section per edition.
    Outlook,
    /// A folder ready to publish on a custom domain's web servers: Thunderbird's autoconfig
    /// files at both of their addresses, the Autodiscover file, and a README.
    AutoconfigSite,
    /// Outlook POX Autodiscover response XML on its own (the site carries it too).
    Autodiscover,
    /// A QR code Thunderbird for Android scans to add the account: `<address>.android-qr.png`
    /// and `.svg` (never with a password).
    AndroidQr,
}

impl Format {
    /// Every format, in the order they are offered.
    pub const ALL: [Self; 6] = [
        Self::Thunderbird,
        Self::Mobileconfig,
        Self::Outlook,
        Self::AutoconfigSite,
        Self::Autodiscover,
        Self::AndroidQr,
    ];

    /// Stable machine name, as used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Self::Thunderbird => "thunderbird",
            Self::Mobileconfig => "mobileconfig",
            Self::Outlook => "outlook",
            Self::AutoconfigSite => "autoconfig-site",
            Self::Autodiscover => "autodiscover",
            Self::AndroidQr => "android-qr",
        }
    }

    /// What the file is, for people, in `lang`.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Self::Thunderbird => crate::tr!(lang, "format-thunderbird-title"),
            Self::Mobileconfig => crate::tr!(lang, "format-mobileconfig-title"),
            Self::Outlook => crate::tr!(lang, "format-outlook-title"),
            Self::AutoconfigSite => crate::tr!(lang, "format-autoconfig-site-title"),
            Self::Autodiscover => crate::tr!(lang, "format-autodiscover-title"),
            Self::AndroidQr => crate::tr!(lang, "format-android-qr-title"),
        }
    }

    /// One line on where the file goes, in `lang`.
    pub fn description(self, lang: Lang) -> String {
        match self {
            Self::Thunderbird => crate::tr!(lang, "format-thunderbird-description"),
            Self::Mobileconfig => crate::tr!(lang, "format-mobileconfig-description"),
            Self::Outlook => crate::tr!(lang, "format-outlook-description"),
            Self::AutoconfigSite => crate::tr!(lang, "format-autoconfig-site-description"),
            Self::Autodiscover => crate::tr!(lang, "format-autodiscover-description"),
            Self::AndroidQr => crate::tr!(lang, "format-android-qr-description"),
        }
    }

    /// Whether the format makes sense for `settings`: an autoconfig site only for a custom domain
    /// (iCloud's own domains are Apple's to publish).
    pub fn applies_to(self, settings: &AccountSettings) -> bool {
        self != Self::AutoconfigSite || settings.email().kind() == DomainKind::Custom
    }

    /// The settings files a help desk hands out for `settings`: every format that applies, except
    /// the lone Autodiscover file (a custom domain's site carries it, and for iCloud's own domains
    /// only Apple could serve it) and the Android QR code (an image for a phone, asked for by
    /// name; `batch` adds it to each account's folder).
    pub fn everything_for(settings: &AccountSettings) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|f| {
                !matches!(f, Self::Autodiscover | Self::AndroidQr) && f.applies_to(settings)
            })
            .collect()
    }

    /// The name of what is written for `settings`, relative to the output folder: a file, or for
    /// [`Format::AutoconfigSite`] a folder.
    pub fn file_name(self, settings: &AccountSettings) -> String {
        let email = settings.email().as_str();
        let domain = settings.email().domain();
        match self {
            Self::Thunderbird => crate::fs::file_name(domain, ".xml"),
            Self::Mobileconfig => crate::fs::file_name(email, ".mobileconfig"),
            Self::Outlook => crate::fs::file_name(email, ".outlook.html"),
            Self::AutoconfigSite => site_folder_name(domain),
            Self::Autodiscover => crate::fs::file_name(email, ".autodiscover.xml"),
            Self::AndroidQr => crate::fs::file_name(email, ".android-qr.png"),
        }
    }

    /// Whether the format is a folder of files rather than one file.
    pub fn is_folder(self) -> bool {
        self == Self::AutoconfigSite
    }

    /// MIME type, for serving the file.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::Thunderbird | Self::Autodiscover => "application/xml",
            Self::Mobileconfig => "application/x-apple-aspen-config",
            Self::Outlook => "text/html; charset=utf-8",
            Self::AutoconfigSite => "inode/directory",
            Self::AndroidQr => "image/png",
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
#[error(
    "unknown format {0:?}; expected thunderbird, mobileconfig, outlook, autoconfig-site, autodiscover or android-qr"
)]
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
    /// Sign the Apple profile with this identity (a CMS `SignedData` around the plist; the file
    /// keeps its `.mobileconfig` name). Other formats are never signed. Signing does not
    /// encrypt: a password in a signed profile is as readable as in an unsigned one.
    pub signing: Option<Arc<SigningIdentity>>,
    /// The language of the texts a person reads in the files: the Outlook sheet, the profile's
    /// display texts. Values, names of settings and file names never change with it.
    pub lang: crate::i18n::Lang,
}

/// One file of an export: where it goes, relative to the output folder, and its bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct ExportFile {
    /// Relative path (a bare file name, or `folder/…/name` for a site).
    pub path: PathBuf,
    /// The content.
    pub bytes: Vec<u8>,
    /// Who may read it: private when it holds the password.
    pub visibility: Visibility,
}

impl fmt::Debug for ExportFile {
    /// The path and size only: the content may hold a password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExportFile")
            .field("path", &self.path)
            .field("bytes", &self.bytes.len())
            .field("visibility", &self.visibility)
            .finish()
    }
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
    /// Signing the Apple profile failed.
    #[error("could not sign the profile")]
    Sign(#[from] sign::SignError),
    /// An autoconfig site cannot be made for these accounts.
    #[error(transparent)]
    Site(#[from] SiteError),
    /// Thunderbird for Android would refuse the QR code, or it could not be drawn.
    #[error(transparent)]
    AndroidQr(#[from] android_qr::AndroidQrError),
}

/// Renders `settings` in a single-file `format` (for [`Format::AutoconfigSite`], the site's
/// Thunderbird file; for [`Format::AndroidQr`], the PNG).
pub fn render(
    format: Format,
    settings: &AccountSettings,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Thunderbird | Format::AutoconfigSite => Ok(thunderbird::render(settings)?),
        Format::Mobileconfig => {
            let profile = mobileconfig::render(settings, options.password.as_ref(), options.lang)?;
            match &options.signing {
                Some(identity) => Ok(sign::sign_profile(
                    &profile,
                    identity,
                    std::time::SystemTime::now(),
                )?),
                None => Ok(profile),
            }
        }
        Format::Outlook => Ok(outlook::render(settings, options.lang)?),
        Format::Autodiscover => Ok(autodiscover::render(settings)?),
        Format::AndroidQr => Ok(android_qr::render(settings)?.0),
    }
}

/// Renders `format` for `settings` into the files it consists of, with their paths relative to
/// the output folder.
pub fn render_files(
    format: Format,
    settings: &AccountSettings,
    options: &ExportOptions,
) -> Result<Vec<ExportFile>, ExportError> {
    if format == Format::AutoconfigSite {
        return autoconfig_site(std::slice::from_ref(settings), options.lang);
    }
    if format == Format::AndroidQr {
        // Printed and kept, so never with a password, whatever `options` says.
        let (png, svg) = android_qr::render(settings)?;
        let email = settings.email().as_str();
        return Ok(vec![
            ExportFile {
                path: PathBuf::from(crate::fs::file_name(email, ".android-qr.png")),
                bytes: png,
                visibility: Visibility::Shared,
            },
            ExportFile {
                path: PathBuf::from(crate::fs::file_name(email, ".android-qr.svg")),
                bytes: svg,
                visibility: Visibility::Shared,
            },
        ]);
    }
    let private = format == Format::Mobileconfig && options.password.is_some();
    Ok(vec![ExportFile {
        path: PathBuf::from(format.file_name(settings)),
        bytes: render(format, settings, options)?,
        visibility: if private {
            Visibility::Private
        } else {
            Visibility::Shared
        },
    }])
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
