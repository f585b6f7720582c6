//! Remembering an app-specific password where the operating system keeps secrets.
//!
//! [`PasswordStore`] is what the wizard talks to. [`KeyringStore`] is the real one: the macOS
//! Keychain, the Windows Credential Manager, or the Secret Service on Linux and the BSDs (GNOME
//! Keyring, `KWallet`), reached through the [`keyring`] crate. [`MemoryStore`] keeps passwords in
//! memory only, for tests and for a session that must not touch the system keyring.
//!
//! Every password is filed under the service name [`SERVICE`] and the login address in lower
//! case ([`EmailAddress::canonical`]), so `Jane.Doe@iCloud.com` and `jane.doe@icloud.com` are the
//! same entry. The password travels only as a [`Secret`] and no error text ever contains it.
//!
//! When no keyring is available (a headless machine without a D-Bus session, no Secret Service,
//! a locked collection) every operation returns a [`KeyringError`] whose
//! [`is_unavailable`](KeyringError::is_unavailable) is true and whose message says what happens
//! next; nothing panics and nothing is saved anywhere else instead.
//!
//! How a command such as `check` finds the password when none was typed:
//!
//! ```
//! use icloud_mail_wizard::keyring_store::{MemoryStore, PasswordStore};
//! use icloud_mail_wizard::secret::Secret;
//! use icloud_mail_wizard::settings::AccountInput;
//!
//! let settings = AccountInput { email: "jane@icloud.com", ..Default::default() }.parse()?;
//! let store = MemoryStore::new(); // the real program uses KeyringStore::new()
//! store.save(settings.login(), &Secret::new("dksi-umcn-pqcz-kdit"))?;
//! match store.load(settings.login())? {
//!     Some(password) => assert_eq!(password.expose(), "dksi-umcn-pqcz-kdit"),
//!     None => unreachable!("nothing saved: ask for the password"),
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError, mpsc};
use std::time::Duration;

use zeroize::Zeroize as _;

use crate::address::EmailAddress;
use crate::i18n::Lang;
use crate::secret::Secret;

/// The service name every password is saved under in the system keyring.
///
/// On Linux it is the `service` attribute of the Secret Service item (the account is the
/// `username` attribute), so `secret-tool search --all service icloud-mail-wizard` lists what the
/// wizard saved. On macOS it is the Keychain item's service, on Windows part of the target name.
pub const SERVICE: &str = "icloud-mail-wizard";

/// Somewhere a password can be remembered for a login address.
///
/// Implementations key entries by [`EmailAddress::canonical`] of the login (the primary iCloud
/// address that signs in, [`AccountSettings::login`](crate::settings::AccountSettings::login)),
/// never by a custom-domain address. Calls may block (the system keyring answers over IPC and may
/// show an unlock prompt), so a GUI calls them off the UI thread; hence `Send + Sync`.
pub trait PasswordStore: Send + Sync {
    /// Saves `password` for `login`, replacing what was saved before.
    fn save(&self, login: &EmailAddress, password: &Secret) -> Result<(), KeyringError>;

    /// The password saved for `login`, or `None` when nothing is saved.
    fn load(&self, login: &EmailAddress) -> Result<Option<Secret>, KeyringError>;

    /// Removes the password saved for `login`. Returns whether something was removed.
    fn forget(&self, login: &EmailAddress) -> Result<bool, KeyringError>;

    /// Where the passwords go, for people: "the macOS Keychain", "the Secret Service keyring"
    /// (in English, for the command line).
    fn location(&self) -> &'static str;

    /// [`PasswordStore::location`] in `lang`, for the wizard.
    fn location_text(&self, lang: Lang) -> String {
        let _ = lang;
        self.location().to_owned()
    }
}

/// What was being done when the keyring failed; decides what the message says happens next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyringOperation {
    /// Checking whether a keyring is there at all.
    Probe,
    /// Saving a password.
    Save,
    /// Reading a saved password.
    Load,
    /// Removing a saved password.
    Forget,
}

impl KeyringOperation {
    /// What the failure means for the person, in a few words, in English.
    pub fn consequence(self) -> String {
        self.consequence_text(Lang::En)
    }

    /// What the failure means for the person, in a few words, in `lang`.
    pub fn consequence_text(self, lang: Lang) -> String {
        match self {
            Self::Probe => tr!(lang, "keychain-consequence-probe"),
            Self::Save => tr!(lang, "keychain-consequence-save"),
            Self::Load => tr!(lang, "keychain-consequence-load"),
            Self::Forget => tr!(lang, "keychain-consequence-forget"),
        }
    }
}

/// Why no keyring could be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// No D-Bus session bus to reach the Secret Service through (a headless machine, SSH).
    NoSessionBus {
        /// What the connection attempt reported.
        detail: String,
    },
    /// A session bus, but nothing on it provides the Secret Service.
    NoSecretService {
        /// What the bus reported.
        detail: String,
    },
    /// The keyring is locked, or refused access, and was not unlocked.
    Locked {
        /// What the keyring reported.
        detail: String,
    },
    /// The keyring did not answer in time (it may be waiting for an unlock prompt nobody sees).
    NoAnswer {
        /// How long the wizard waited.
        waited: Duration,
    },
    /// Any other failure of the platform's keyring service.
    Platform {
        /// What the platform reported.
        detail: String,
    },
}

impl Unavailable {
    /// Why no keyring could be used, in `lang`, starting in lower case.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NoSessionBus { detail } => {
                tr!(lang, "keychain-no-session-bus", detail = detail.as_str())
            }
            Self::NoSecretService { detail } => {
                tr!(lang, "keychain-no-secret-service", detail = detail.as_str())
            }
            Self::Locked { detail } => tr!(lang, "keychain-locked", detail = detail.as_str()),
            Self::NoAnswer { waited } => {
                tr!(lang, "keychain-no-answer", seconds = waited.as_secs())
            }
            Self::Platform { detail } => {
                tr!(lang, "keychain-not-working", detail = detail.as_str())
            }
        }
    }
}

impl fmt::Display for Unavailable {
    /// The reason in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Why a password could not be saved, read or removed.
///
/// The text is one plain sentence saying what went wrong and what happens next. It never contains
/// the password: the keyring's own errors are reduced to their description, and the ones that
/// carry secret bytes (undecodable saved values) are dropped and wiped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyringError {
    /// No keyring can be used here at all; the wizard carries on without one.
    Unavailable {
        /// What was being done.
        operation: KeyringOperation,
        /// Why no keyring could be used.
        reason: Unavailable,
    },
    /// The keyring works but refused this entry (for example a saved value that is not text).
    Failed {
        /// What was being done.
        operation: KeyringOperation,
        /// What went wrong, without any secret.
        detail: FailedDetail,
    },
}

/// What went wrong with one entry, without any secret: [`FailedDetail::text`] says it in a
/// language, `Display` in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FailedDetail {
    /// Nothing is saved for this account.
    NothingSaved,
    /// The saved value is not text.
    NotText,
    /// The saved value is not in the expected format.
    BadFormat,
    /// This many entries match the account.
    Ambiguous(usize),
    /// An attribute (named by the keyring library) is longer than the keyring allows.
    TooLong {
        /// The attribute.
        what: String,
        /// The most characters allowed.
        limit: u32,
    },
    /// An attribute (named by the keyring library) is invalid.
    Invalid {
        /// The attribute.
        what: String,
        /// Why, as the keyring library says it.
        why: String,
    },
    /// No thread could be started to ask the keyring (the system's reason).
    NoThread(String),
    /// The keyring library stopped without answering.
    Stopped,
    /// Anything else, as the keyring library says it.
    Other(String),
}

impl FailedDetail {
    /// What went wrong, in `lang`, starting in lower case.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NothingSaved => tr!(lang, "keychain-detail-nothing-saved"),
            Self::NotText => tr!(lang, "keychain-detail-not-text"),
            Self::BadFormat => tr!(lang, "keychain-detail-bad-format"),
            Self::Ambiguous(count) => tr!(lang, "keychain-detail-ambiguous", count = *count),
            Self::TooLong { what, limit } => tr!(
                lang,
                "keychain-detail-too-long",
                what = what.as_str(),
                limit = *limit
            ),
            Self::Invalid { what, why } => tr!(
                lang,
                "keychain-detail-invalid",
                what = what.as_str(),
                why = why.as_str()
            ),
            Self::NoThread(error) => {
                tr!(lang, "keychain-detail-no-thread", error = error.as_str())
            }
            Self::Stopped => tr!(lang, "keychain-detail-stopped"),
            Self::Other(text) => text.clone(),
        }
    }
}

impl fmt::Display for FailedDetail {
    /// The detail in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl From<&str> for FailedDetail {
    fn from(text: &str) -> Self {
        Self::Other(text.to_owned())
    }
}

impl From<String> for FailedDetail {
    fn from(text: String) -> Self {
        Self::Other(text)
    }
}

impl fmt::Display for KeyringError {
    /// The sentence in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl KeyringError {
    /// What went wrong and what happens next, in `lang`, starting in lower case.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Unavailable { operation, reason } => tr!(
                lang,
                "keychain-unavailable",
                reason = reason.text(lang),
                consequence = operation.consequence_text(lang)
            ),
            Self::Failed { operation, detail } => {
                let consequence = operation.consequence_text(lang);
                let detail = detail.text(lang);
                match operation {
                    KeyringOperation::Probe => tr!(
                        lang,
                        "keychain-failed-probe",
                        detail = detail,
                        consequence = consequence
                    ),
                    KeyringOperation::Save => tr!(
                        lang,
                        "keychain-failed-save",
                        detail = detail,
                        consequence = consequence
                    ),
                    KeyringOperation::Load => tr!(
                        lang,
                        "keychain-failed-load",
                        detail = detail,
                        consequence = consequence
                    ),
                    KeyringOperation::Forget => tr!(
                        lang,
                        "keychain-failed-forget",
                        detail = detail,
                        consequence = consequence
                    ),
                }
            }
        }
    }

    /// Whether no keyring can be used at all (as opposed to a failure with this one entry).
    ///
    /// The GUI turns "Remember in the system keychain" off and goes on; the command line says so
    /// and exits with status 2.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable { .. })
    }

    /// What was being done when it failed.
    pub fn operation(&self) -> KeyringOperation {
        match self {
            Self::Unavailable { operation, .. } | Self::Failed { operation, .. } => *operation,
        }
    }
}

/// The operating system's keyring: macOS Keychain, Windows Credential Manager, or the Secret
/// Service (over D-Bus) on Linux and the BSDs.
///
/// The platform store is set up once per process, on first use, by the `keyring` crate (feature
/// `v1`): if it could not be reached then (no D-Bus session, say), it stays unavailable until
/// the program is restarted. Each call runs on a short-lived named thread and gives up after
/// [`KeyringStore::timeout`], so a keyring stuck behind an unlock prompt nobody can see cannot
/// hang the wizard.
#[derive(Clone, Debug)]
pub struct KeyringStore {
    timeout: Duration,
}

impl Default for KeyringStore {
    fn default() -> Self {
        Self::new()
    }
}

impl KeyringStore {
    /// How long a call waits for the keyring by default: long enough for a person to answer an
    /// unlock prompt.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(120);

    /// The system keyring with [`Self::DEFAULT_TIMEOUT`].
    pub fn new() -> Self {
        Self {
            timeout: Self::DEFAULT_TIMEOUT,
        }
    }

    /// The same store, giving up on each call after `timeout`.
    #[must_use]
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How long each call waits for the keyring.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Checks that a system keyring can be reached and searched, without saving anything.
    ///
    /// The GUI uses this to decide whether "Remember in the system keychain" starts ticked. A
    /// locked collection is only noticed when a password is actually saved or read, since
    /// noticing it earlier would pop up an unlock prompt just for asking.
    pub fn probe(&self) -> Result<(), KeyringError> {
        let op = KeyringOperation::Probe;
        // An account name no login address can have, so nothing real is read.
        self.call(op, "probe (not an address)", move |entry| {
            match entry.get_password() {
                Ok(mut found) => {
                    found.zeroize();
                    Ok(())
                }
                Err(keyring::Error::NoEntry) => Ok(()),
                Err(e) => Err(classify(op, e)),
            }
        })
    }

    /// Whether [`Self::probe`] succeeds.
    pub fn is_available(&self) -> bool {
        self.probe().is_ok()
    }

    /// Runs `f` on the entry for `account` on a worker thread, waiting at most `self.timeout`.
    fn call<T: Send + 'static>(
        &self,
        op: KeyringOperation,
        account: &str,
        f: impl FnOnce(&keyring::Entry) -> Result<T, KeyringError> + Send + 'static,
    ) -> Result<T, KeyringError> {
        let account = account.to_owned();
        let (tx, rx) = mpsc::sync_channel(1);
        let spawned = std::thread::Builder::new()
            .name("keyring".into())
            .spawn(move || {
                let result = keyring::Entry::new(SERVICE, &account)
                    .map_err(|e| classify(op, e))
                    .and_then(|entry| f(&entry));
                // The caller may have given up waiting; then nobody needs the answer.
                let _ = tx.send(result);
            });
        if let Err(e) = spawned {
            return Err(KeyringError::Failed {
                operation: op,
                detail: FailedDetail::NoThread(e.to_string()),
            });
        }
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(KeyringError::Unavailable {
                operation: op,
                reason: Unavailable::NoAnswer {
                    waited: self.timeout,
                },
            }),
            // The worker ended without answering: the keyring library panicked.
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(KeyringError::Failed {
                operation: op,
                detail: FailedDetail::Stopped,
            }),
        }
    }
}

impl PasswordStore for KeyringStore {
    fn save(&self, login: &EmailAddress, password: &Secret) -> Result<(), KeyringError> {
        let op = KeyringOperation::Save;
        let password = password.clone();
        self.call(op, &login.canonical(), move |entry| {
            entry
                .set_password(password.expose())
                .map_err(|e| classify(op, e))
        })
    }

    fn load(&self, login: &EmailAddress) -> Result<Option<Secret>, KeyringError> {
        let op = KeyringOperation::Load;
        self.call(op, &login.canonical(), move |entry| {
            match entry.get_password() {
                Ok(password) => Ok(Some(Secret::from(password))),
                Err(keyring::Error::NoEntry) => Ok(None),
                Err(e) => Err(classify(op, e)),
            }
        })
    }

    fn forget(&self, login: &EmailAddress) -> Result<bool, KeyringError> {
        let op = KeyringOperation::Forget;
        self.call(op, &login.canonical(), move |entry| {
            match entry.delete_credential() {
                Ok(()) => Ok(true),
                Err(keyring::Error::NoEntry) => Ok(false),
                // Several items for one account (saved by other tools too): remove them all.
                Err(keyring::Error::Ambiguous(entries)) => {
                    for entry in &entries {
                        entry.delete_credential().map_err(|e| classify(op, e))?;
                    }
                    Ok(true)
                }
                Err(e) => Err(classify(op, e)),
            }
        })
    }

    fn location(&self) -> &'static str {
        if cfg!(target_os = "macos") {
            "the macOS Keychain"
        } else if cfg!(windows) {
            "the Windows Credential Manager"
        } else {
            "the Secret Service keyring"
        }
    }

    fn location_text(&self, lang: Lang) -> String {
        if cfg!(target_os = "macos") {
            tr!(lang, "keychain-location-macos")
        } else if cfg!(windows) {
            tr!(lang, "keychain-location-windows")
        } else {
            tr!(lang, "keychain-location-secret-service")
        }
    }
}

/// Turns a keyring error into ours, keeping its description but never a secret byte.
fn classify(operation: KeyringOperation, error: keyring::Error) -> KeyringError {
    let unavailable = |reason| KeyringError::Unavailable { operation, reason };
    let failed = |detail: FailedDetail| KeyringError::Failed { operation, detail };
    match error {
        keyring::Error::NoDefaultStore => unavailable(match keyring::Entry::store_status() {
            Err(e) => unavailable_reason(e),
            Ok(()) => Unavailable::Platform {
                detail: "no keyring was set up".into(),
            },
        }),
        keyring::Error::PlatformFailure(e) => unavailable(platform_reason(e.as_ref())),
        keyring::Error::NoStorageAccess(e) => unavailable(Unavailable::Locked {
            detail: crate::one_line(e.as_ref()),
        }),
        keyring::Error::NoEntry => failed(FailedDetail::NothingSaved),
        keyring::Error::BadEncoding(mut bytes) => {
            bytes.zeroize();
            failed(FailedDetail::NotText)
        }
        keyring::Error::BadDataFormat(mut bytes, _) => {
            bytes.zeroize();
            failed(FailedDetail::BadFormat)
        }
        keyring::Error::Ambiguous(entries) => failed(FailedDetail::Ambiguous(entries.len())),
        keyring::Error::TooLong(what, limit) => failed(FailedDetail::TooLong { what, limit }),
        keyring::Error::Invalid(what, why) => failed(FailedDetail::Invalid { what, why }),
        // The remaining kinds describe the store, not the entry; none carries secret bytes.
        other => failed(FailedDetail::Other(other.to_string())),
    }
}

/// Why the platform store could not be set up at all.
fn unavailable_reason(error: &keyring::Error) -> Unavailable {
    match error {
        keyring::Error::PlatformFailure(e) => platform_reason(e.as_ref()),
        keyring::Error::NoStorageAccess(e) => Unavailable::Locked {
            detail: crate::one_line(e.as_ref()),
        },
        other => Unavailable::Platform {
            detail: other.to_string(),
        },
    }
}

/// Sorts a platform failure into "no bus", "no Secret Service" or anything else.
fn platform_reason(error: &(dyn std::error::Error + 'static)) -> Unavailable {
    let detail = crate::one_line(error);
    let mut io = false;
    let mut cause = Some(error);
    while let Some(e) = cause {
        io |= e.is::<std::io::Error>();
        cause = e.source();
    }
    // secret-service reports a missing or unreachable session bus as "Unavailable"; zbus reports
    // a socket nobody listens on as an I/O error.
    if io || detail.contains("no secret service provider or dbus session found") {
        Unavailable::NoSessionBus { detail }
    } else if detail.contains("ServiceUnknown") || detail.contains("org.freedesktop.secrets") {
        Unavailable::NoSecretService { detail }
    } else {
        Unavailable::Platform { detail }
    }
}

/// Passwords kept in this process's memory only: gone when the program ends.
///
/// A real implementation, not a mock: it keys entries exactly as [`KeyringStore`] does (the
/// canonical login address) and follows the same contract. The GUI tests inject it instead of
/// the system keyring; [`MemoryStore::unavailable`] stands in for a machine without a keyring.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: Mutex<HashMap<String, Secret>>,
    unavailable: bool,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that behaves like a machine without any keyring: every call fails with
    /// [`Unavailable::NoSessionBus`].
    pub fn unavailable() -> Self {
        Self {
            entries: Mutex::default(),
            unavailable: true,
        }
    }

    /// How many passwords are saved.
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    /// Whether no password is saved.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, Secret>> {
        // A panic elsewhere while holding the lock leaves the map itself intact.
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn check(&self, operation: KeyringOperation) -> Result<(), KeyringError> {
        if self.unavailable {
            Err(KeyringError::Unavailable {
                operation,
                reason: Unavailable::NoSessionBus {
                    detail: "this is a memory store standing in for a machine without a keyring"
                        .into(),
                },
            })
        } else {
            Ok(())
        }
    }
}

impl PasswordStore for MemoryStore {
    fn save(&self, login: &EmailAddress, password: &Secret) -> Result<(), KeyringError> {
        self.check(KeyringOperation::Save)?;
        self.entries().insert(login.canonical(), password.clone());
        Ok(())
    }

    fn load(&self, login: &EmailAddress) -> Result<Option<Secret>, KeyringError> {
        self.check(KeyringOperation::Load)?;
        Ok(self.entries().get(&login.canonical()).cloned())
    }

    fn forget(&self, login: &EmailAddress) -> Result<bool, KeyringError> {
        self.check(KeyringOperation::Forget)?;
        Ok(self.entries().remove(&login.canonical()).is_some())
    }

    fn location(&self) -> &'static str {
        "memory (until the program ends)"
    }

    fn location_text(&self, lang: Lang) -> String {
        tr!(lang, "keychain-location-memory")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> EmailAddress {
        s.parse().unwrap()
    }

    const PW: &str = "dksi-umcn-pqcz-kdit";

    #[test]
    fn memory_store_saves_loads_and_forgets_by_canonical_login() {
        let store = MemoryStore::new();
        let login = addr("Jane.Doe@iCloud.com");
        assert_eq!(store.load(&login).unwrap(), None);
        store.save(&login, &Secret::new(PW)).unwrap();
        assert_eq!(store.len(), 1);
        let loaded = store.load(&addr("jane.doe@icloud.com")).unwrap().unwrap();
        assert_eq!(loaded.expose(), PW);
        store
            .save(
                &addr("jane.doe@icloud.com"),
                &Secret::new("aaaa-bbbb-cccc-dddd"),
            )
            .unwrap();
        assert_eq!(store.len(), 1, "replaced, not added");
        assert_eq!(
            store.load(&login).unwrap().unwrap().expose(),
            "aaaa-bbbb-cccc-dddd"
        );
        assert_eq!(store.load(&addr("other@icloud.com")).unwrap(), None);
        assert!(store.forget(&login).unwrap());
        assert!(!store.forget(&login).unwrap());
        assert!(store.is_empty());
    }

    #[test]
    fn memory_store_never_prints_a_password() {
        let store = MemoryStore::new();
        store.save(&addr("a@icloud.com"), &Secret::new(PW)).unwrap();
        let debug = format!("{store:?}");
        assert!(!debug.contains("dksi"), "{debug}");
    }

    #[test]
    fn unavailable_memory_store_fails_like_a_machine_without_keyring() {
        let store = MemoryStore::unavailable();
        let login = addr("a@icloud.com");
        let e = store.save(&login, &Secret::new(PW)).unwrap_err();
        assert!(e.is_unavailable());
        assert_eq!(e.operation(), KeyringOperation::Save);
        assert!(store.load(&login).unwrap_err().is_unavailable());
        assert!(store.forget(&login).unwrap_err().is_unavailable());
        assert!(store.is_empty());
    }

    #[test]
    fn error_texts_say_what_happens_next() {
        let no_bus = Unavailable::NoSessionBus {
            detail: "zbus error: I/O error: No such file or directory (os error 2)".into(),
        };
        let e = KeyringError::Unavailable {
            operation: KeyringOperation::Save,
            reason: no_bus.clone(),
        };
        assert_eq!(
            e.to_string(),
            "no system keyring is available here (no D-Bus session bus is running, as on a headless machine or over SSH: zbus error: I/O error: No such file or directory (os error 2)); the password was not saved, and the wizard will ask for it again next time"
        );
        let e = KeyringError::Unavailable {
            operation: KeyringOperation::Load,
            reason: Unavailable::Locked {
                detail: "SS Error: object locked".into(),
            },
        };
        assert_eq!(
            e.to_string(),
            "the system keyring is locked (or has no default collection) and was not opened (SS Error: object locked); no saved password could be read, so it has to be given again"
        );
        let e = KeyringError::Unavailable {
            operation: KeyringOperation::Forget,
            reason: Unavailable::NoAnswer {
                waited: Duration::from_secs(120),
            },
        };
        assert!(e.to_string().contains("within 120 seconds"), "{e}");
        assert!(e.to_string().ends_with("; nothing was removed"), "{e}");
        let e = KeyringError::Failed {
            operation: KeyringOperation::Load,
            detail: FailedDetail::NotText,
        };
        assert!(!e.is_unavailable());
        assert_eq!(
            e.to_string(),
            "the system keyring could not read the password: the saved value is not text; no saved password could be read, so it has to be given again"
        );
        for e in [
            e,
            KeyringError::Unavailable {
                operation: KeyringOperation::Probe,
                reason: no_bus,
            },
        ] {
            let text = e.to_string();
            assert!(!text.contains('\n'), "one line: {text}");
        }
    }

    #[test]
    fn keyring_errors_with_secret_bytes_lose_them() {
        let secret = PW.as_bytes().to_vec();
        for error in [
            keyring::Error::BadEncoding(secret.clone()),
            keyring::Error::BadDataFormat(secret.clone(), "bad".into()),
        ] {
            let ours = classify(KeyringOperation::Load, error);
            for text in [ours.to_string(), format!("{ours:?}")] {
                assert!(!text.contains("dksi"), "{text}");
                assert!(!text.contains("100, 107, 115"), "bytes: {text}");
            }
            assert!(!ours.is_unavailable());
        }
    }

    #[test]
    fn platform_failures_are_sorted_by_cause() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "no socket");
        let e = classify(
            KeyringOperation::Save,
            keyring::Error::PlatformFailure(Box::new(io)),
        );
        assert!(matches!(
            e,
            KeyringError::Unavailable {
                reason: Unavailable::NoSessionBus { .. },
                ..
            }
        ));
        let e = classify(
            KeyringOperation::Save,
            keyring::Error::PlatformFailure(
                "zbus error: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files".into(),
            ),
        );
        assert!(matches!(
            e,
            KeyringError::Unavailable {
                reason: Unavailable::NoSecretService { .. },
                ..
            }
        ));
        let e = classify(
            KeyringOperation::Load,
            keyring::Error::NoStorageAccess("SS error: prompt dismissed".into()),
        );
        assert!(matches!(
            e,
            KeyringError::Unavailable {
                reason: Unavailable::Locked { .. },
                ..
            }
        ));
    }
}
