//! What the wizard remembers between runs: non-secret choices only.
//!
//! eframe writes this to a plain `app.ron` in the user's data folder, so it never holds a
//! password (the password lives in the system keychain, when the person asks for that).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::wizard::{AppleDevice, Destination, OutlookEdition};

/// The key the state is saved under in eframe's storage.
pub const STORAGE_KEY: &str = "icloud-mail-wizard";

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in the order offered.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The choice's name, as the switch shows it.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Self::System => tr!(lang, "theme-system"),
            Self::Light => tr!(lang, "theme-light"),
            Self::Dark => tr!(lang, "theme-dark"),
        }
    }
}

impl From<ThemeChoice> for egui::ThemePreference {
    fn from(choice: ThemeChoice) -> Self {
        match choice {
            ThemeChoice::System => Self::System,
            ThemeChoice::Light => Self::Light,
            ThemeChoice::Dark => Self::Dark,
        }
    }
}

/// Non-secret choices remembered between runs. Missing fields take their defaults, so an older
/// or newer file still loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedState {
    /// The last address, as typed.
    pub email: String,
    /// The last primary iCloud address (custom domains), as typed.
    pub login: String,
    /// The last sender name.
    pub name: String,
    /// Where the person reads mail, as last ticked.
    pub destinations: Vec<Destination>,
    /// The Outlook last chosen.
    pub outlook: Option<OutlookEdition>,
    /// Whether the Apple device uses the same Apple Account, as last answered.
    pub apple_device: Option<AppleDevice>,
    /// The folder files were last saved into.
    pub folder: Option<PathBuf>,
    /// Light or dark mode.
    pub theme: ThemeChoice,
    /// "Sign profiles" in the help-desk choice: whether it is ticked and the files named (never
    /// the passphrase).
    pub signing: SigningChoice,
    /// The language picked in the wizard; `None` follows the system's.
    pub language: Option<Lang>,
}

/// Where the signing identity comes from, as chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SigningFiles {
    /// A PEM certificate and key, and optionally a chain.
    #[default]
    Pem,
    /// A PKCS#12 file (`.p12`, `.pfx`).
    Pkcs12,
}

/// "Sign profiles": the tick and the files as typed or picked. The passphrase is not here: it
/// lives only in the field that shows it, and is never saved.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SigningChoice {
    /// Whether profiles are signed.
    pub sign: bool,
    /// PEM files or a PKCS#12 file.
    pub files: SigningFiles,
    /// The certificate (PEM), as typed.
    pub cert: String,
    /// The private key (PEM), as typed.
    pub key: String,
    /// The intermediate certificates (PEM), as typed; may be empty.
    pub chain: String,
    /// The PKCS#12 file, as typed.
    pub pkcs12: String,
}

impl Default for SavedState {
    fn default() -> Self {
        Self {
            email: String::new(),
            login: String::new(),
            name: String::new(),
            destinations: Vec::new(),
            outlook: None,
            apple_device: None,
            folder: None,
            theme: ThemeChoice::System,
            signing: SigningChoice::default(),
            language: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_fields_take_defaults_and_unknown_ones_are_ignored() {
        let state: SavedState =
            serde_json::from_str(r#"{"email":"jane@icloud.com","future":1}"#).unwrap();
        assert_eq!(state.email, "jane@icloud.com");
        assert_eq!(state.theme, ThemeChoice::System);
    }
}
