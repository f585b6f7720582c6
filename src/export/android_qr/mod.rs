//! Thunderbird for Android's account import by QR code (format version 1).
//!
//! Thunderbird for Android ("Import settings" > "Scan QR code") reads a JSON document made only
//! of arrays:
//!
//! ```text
//! [1, [1, 1], [0, host, port, security, auth, username, account name?, password?],
//!             [[[0, host, port, security, auth, username, password?], [address, name]]]]
//! ```
//!
//! [`Payload::from_settings`] builds it from the applied settings as typed values, [`Payload::to_json`]
//! writes it with `serde_json`, and [`render`] checks it with [`reader`] (a port of the app's own
//! reader) before it draws a QR code, so a code the app would reject is never made.
//!
//! ```
//! use icloud_mail_wizard::export::android_qr::Payload;
//! use icloud_mail_wizard::settings::AccountInput;
//!
//! let s = AccountInput { email: "jane.doe@icloud.com", name: Some("Jane Doe"), ..Default::default() }
//!     .parse()?;
//! assert_eq!(
//!     Payload::from_settings(&s, None).to_json()?,
//!     r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod reader;

use serde::ser::{Serialize, SerializeSeq as _, Serializer};

use crate::i18n::Lang;
use crate::provider::Security;
use crate::qr::{EcLevel, QrError, QrMatrix};
use crate::secret::Secret;
use crate::settings::{AccountSettings, Server};

pub use reader::Rejection;

/// The format version this module writes and its reader accepts.
pub const FORMAT_VERSION: u8 = 1;

/// Error correction of the code: L, as Thunderbird desktop writes it (the smallest code; a
/// screen or a print is a clean source).
pub const EC_LEVEL: EcLevel = EcLevel::L;

/// The warning to show before a password goes into a code, in `lang`.
pub fn password_warning(lang: Lang) -> String {
    crate::tr!(lang, "android-password-warning")
}

/// `IncomingProtocol`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IncomingProtocol {
    /// IMAP (0).
    Imap,
}

/// `OutgoingProtocol`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutgoingProtocol {
    /// SMTP (0).
    Smtp,
}

/// `ConnectionSecurity` (1 is reserved and never written).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionSecurity {
    /// No TLS (0).
    Plain,
    /// STARTTLS, required (2).
    AlwaysStartTls,
    /// TLS from the first byte (3).
    Tls,
}

/// `AuthenticationType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthenticationType {
    /// No authentication (0).
    None,
    /// A password sent as is, inside TLS (1): what iCloud takes.
    PasswordCleartext,
}

/// The incoming server with the account's optional name and password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingServer {
    /// Protocol.
    pub protocol: IncomingProtocol,
    /// Host name.
    pub hostname: String,
    /// TCP port.
    pub port: u16,
    /// TLS mode.
    pub security: ConnectionSecurity,
    /// How to log in.
    pub authentication: AuthenticationType,
    /// Login name.
    pub username: String,
    /// The account's name in the app; `None` lets the app use the identity's address.
    pub account_name: Option<String>,
    /// The password; `None` leaves it out and the app asks for it.
    pub password: Option<Secret>,
}

/// The outgoing server.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingServer {
    /// Protocol.
    pub protocol: OutgoingProtocol,
    /// Host name.
    pub hostname: String,
    /// TCP port.
    pub port: u16,
    /// TLS mode.
    pub security: ConnectionSecurity,
    /// How to log in.
    pub authentication: AuthenticationType,
    /// Login name.
    pub username: String,
    /// The password; `None` leaves it out.
    pub password: Option<Secret>,
}

/// The sender: address and display name (empty when there is none).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Identity(pub String, pub String);

/// An outgoing server and the identities that send through it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct OutgoingServerGroup(pub OutgoingServer, pub Identity);

/// The whole payload for one account in one code (sequence 1 of 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payload {
    /// The incoming server.
    pub incoming: IncomingServer,
    /// Its outgoing server groups (one for iCloud).
    pub outgoing: Vec<OutgoingServerGroup>,
}

impl Payload {
    /// The payload for `settings` as applied (after a check's recommendation): IMAP and SMTP as
    /// in the settings, the address and display name as the identity, and `password` in both
    /// servers only when given (an explicit choice: see [`password_warning`]).
    pub fn from_settings(settings: &AccountSettings, password: Option<&Secret>) -> Self {
        let imap = settings.imap();
        let smtp = settings.smtp();
        Self {
            incoming: IncomingServer {
                protocol: IncomingProtocol::Imap,
                hostname: imap.host.clone(),
                port: imap.port,
                security: security(imap),
                authentication: AuthenticationType::PasswordCleartext,
                username: imap.username.clone(),
                account_name: None,
                password: password.cloned(),
            },
            outgoing: vec![OutgoingServerGroup(
                OutgoingServer {
                    protocol: OutgoingProtocol::Smtp,
                    hostname: smtp.host.clone(),
                    port: smtp.port,
                    security: security(smtp),
                    authentication: AuthenticationType::PasswordCleartext,
                    username: smtp.username.clone(),
                    password: password.cloned(),
                },
                Identity(
                    settings.email().as_str().to_owned(),
                    settings.display_name().unwrap_or_default().to_owned(),
                ),
            )],
        }
    }

    /// Whether a password is inside.
    pub fn has_password(&self) -> bool {
        self.incoming.password.is_some() || self.outgoing.iter().any(|g| g.0.password.is_some())
    }

    /// The compact JSON text (UTF-8), as it goes into the code. It is not checked: see
    /// [`Payload::to_checked_json`].
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    /// The JSON text, after the reader's rules accepted it.
    pub fn to_checked_json(&self) -> Result<String, AndroidQrError> {
        let json = self.to_json().map_err(AndroidQrError::Json)?;
        reader::read(&json)?;
        Ok(json)
    }

    /// The QR code for the payload, after the reader's rules accepted it.
    pub fn to_qr(&self) -> Result<QrMatrix, AndroidQrError> {
        Ok(QrMatrix::encode(
            self.to_checked_json()?.as_bytes(),
            EC_LEVEL,
        )?)
    }
}

impl Serialize for Payload {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(4))?;
        seq.serialize_element(&FORMAT_VERSION)?;
        // [SequenceNumber, SequenceEnd]: one account, one code.
        seq.serialize_element(&(1u32, 1u32))?;
        seq.serialize_element(&self.incoming)?;
        seq.serialize_element(&self.outgoing)?;
        seq.end()
    }
}

impl Serialize for IncomingServer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Optional trailing elements are left out; an account name before a password is written
        // as the empty string (the reader then uses the identity's address).
        let password = self.password.as_ref().map(Secret::expose);
        let account_name = match (&self.account_name, password) {
            (Some(name), _) => Some(name.as_str()),
            (None, Some(_)) => Some(""),
            (None, None) => None,
        };
        let len = 6 + usize::from(account_name.is_some()) + usize::from(password.is_some());
        let mut seq = s.serialize_seq(Some(len))?;
        seq.serialize_element(&self.protocol)?;
        seq.serialize_element(&self.hostname)?;
        seq.serialize_element(&self.port)?;
        seq.serialize_element(&self.security)?;
        seq.serialize_element(&self.authentication)?;
        seq.serialize_element(&self.username)?;
        if let Some(name) = account_name {
            seq.serialize_element(name)?;
        }
        if let Some(password) = password {
            seq.serialize_element(password)?;
        }
        seq.end()
    }
}

impl Serialize for OutgoingServer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let password = self.password.as_ref().map(Secret::expose);
        let mut seq = s.serialize_seq(Some(6 + usize::from(password.is_some())))?;
        seq.serialize_element(&self.protocol)?;
        seq.serialize_element(&self.hostname)?;
        seq.serialize_element(&self.port)?;
        seq.serialize_element(&self.security)?;
        seq.serialize_element(&self.authentication)?;
        seq.serialize_element(&self.username)?;
        if let Some(password) = password {
            seq.serialize_element(password)?;
        }
        seq.end()
    }
}

impl Serialize for IncomingProtocol {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Imap => s.serialize_u8(0),
        }
    }
}

impl Serialize for OutgoingProtocol {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Smtp => s.serialize_u8(0),
        }
    }
}

impl Serialize for ConnectionSecurity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(match self {
            Self::Plain => 0,
            Self::AlwaysStartTls => 2,
            Self::Tls => 3,
        })
    }
}

impl Serialize for AuthenticationType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(match self {
            Self::None => 0,
            Self::PasswordCleartext => 1,
        })
    }
}

/// Why no code was made.
#[derive(Debug, thiserror::Error)]
pub enum AndroidQrError {
    /// Thunderbird for Android would reject the payload; the reason says which value and why.
    #[error("Thunderbird for Android would refuse this QR code: {0}")]
    Rejected(#[from] Rejection),
    /// The JSON writer failed (it writes to memory, so this is not expected in practice).
    #[error("could not write the QR code's JSON")]
    Json(#[source] serde_json::Error),
    /// The QR code could not be made or drawn.
    #[error(transparent)]
    Qr(#[from] QrError),
}

impl AndroidQrError {
    /// The error and its causes on one line, in `lang` (the reader's reasons and the QR
    /// encoder's stay in English); in English the same line as `one_line` makes of it.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Rejected(rejection) => {
                crate::tr!(lang, "android-qr-rejected", reason = rejection.to_string())
            }
            Self::Json(e) => crate::tr!(lang, "android-qr-json", reason = crate::one_line(e)),
            Self::Qr(e) => crate::one_line(e),
        }
    }
}

/// The QR code for `settings` (checked with the reader's rules first), with `password` inside
/// only when given.
pub fn qr_code(
    settings: &AccountSettings,
    password: Option<&Secret>,
) -> Result<QrMatrix, AndroidQrError> {
    Payload::from_settings(settings, password).to_qr()
}

/// Pixels per module in saved PNG files: 8, so an iCloud code (version 7: 45 modules, 53 with
/// its quiet zone) is 424 pixels wide and prints sharply at 3 cm and more.
pub const PNG_MODULE_PX: u32 = 8;

/// The code for `settings` as a PNG and an SVG file's bytes (never with a password: files are
/// printed and kept).
pub fn render(settings: &AccountSettings) -> Result<(Vec<u8>, Vec<u8>), AndroidQrError> {
    let qr = qr_code(settings, None)?;
    Ok((qr.to_png(PNG_MODULE_PX)?, qr.to_svg()?))
}

fn security(server: &Server) -> ConnectionSecurity {
    match server.security {
        Security::Tls => ConnectionSecurity::Tls,
        Security::StartTls => ConnectionSecurity::AlwaysStartTls,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::AccountInput;

    fn jane() -> AccountSettings {
        AccountInput {
            email: "jane.doe@icloud.com",
            name: Some("Jane Doe"),
            ..Default::default()
        }
        .parse()
        .unwrap()
    }

    #[test]
    fn password_goes_into_both_servers_with_an_empty_account_name() {
        let payload = Payload::from_settings(&jane(), Some(&Secret::new("abcd-efgh-ijkl-mnop")));
        assert!(payload.has_password());
        assert_eq!(
            payload.to_checked_json().unwrap(),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe","","abcd-efgh-ijkl-mnop"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com","abcd-efgh-ijkl-mnop"],["jane.doe@icloud.com","Jane Doe"]]]]"#
        );
        assert!(!Payload::from_settings(&jane(), None).has_password());
    }

    #[test]
    fn debug_output_hides_the_password() {
        let payload = Payload::from_settings(&jane(), Some(&Secret::new("abcd-efgh-ijkl-mnop")));
        assert!(!format!("{payload:?}").contains("abcd"));
    }

    #[test]
    fn no_display_name_is_an_empty_string() {
        let s = AccountInput {
            email: "jane@me.com",
            ..Default::default()
        }
        .parse()
        .unwrap();
        let json = Payload::from_settings(&s, None).to_checked_json().unwrap();
        assert!(json.ends_with(r#"["jane@me.com",""]]]]"#), "{json}");
    }

    #[test]
    fn refusals_name_the_value() {
        let mut payload = Payload::from_settings(&jane(), None);
        payload.outgoing[0].1.1 = "Jane\nDoe".into();
        let err = payload.to_qr().unwrap_err();
        assert!(
            matches!(
                err,
                AndroidQrError::Rejected(Rejection::LineBreak {
                    field: "display name"
                })
            ),
            "{err}"
        );
        assert!(err.to_string().contains("display name"), "{err}");
        assert_eq!(err.text(Lang::En), crate::one_line(&err));
        assert!(
            err.text(Lang::De)
                .starts_with("Thunderbird für Android würde diesen QR-Code ablehnen: "),
            "{}",
            err.text(Lang::De)
        );

        let mut payload = Payload::from_settings(&jane(), None);
        payload.outgoing[0].1.0 = "zoë@icloud.com".into();
        let err = payload.to_qr().unwrap_err();
        assert!(
            matches!(
                err,
                AndroidQrError::Rejected(Rejection::EmailAddress { .. })
            ),
            "{err}"
        );
    }
}
