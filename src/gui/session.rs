//! The wizard's runtime state that is never saved: the test run, keychain answers, saved files.

use crate::address::EmailAddress;
use crate::i18n::Lang;
use crate::keyring_store::KeyringError;
use crate::probe::plan::{Outcome, Plan};
use crate::probe::roundtrip::RoundTripReport;
use crate::probe::{CancelToken, ProbeReport};
use crate::secret::Secret;

/// Why the keychain could not be used: what it answered, or why no background job could ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyringTrouble {
    /// The keychain's error.
    Keyring(KeyringError),
    /// No background job could start (the worker's own text).
    NotStarted(String),
}

impl KeyringTrouble {
    /// The reason in `lang`, starting in lower case.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Keyring(e) => e.text(lang),
            Self::NotStarted(why) => why.clone(),
        }
    }
}

impl From<KeyringError> for KeyringTrouble {
    fn from(e: KeyringError) -> Self {
        Self::Keyring(e)
    }
}

impl From<String> for KeyringTrouble {
    fn from(why: String) -> Self {
        Self::NotStarted(why)
    }
}

/// What happened to the password in the keychain, shown on the Password and Test steps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyringNotice {
    /// The password was saved for this login.
    Saved(EmailAddress),
    /// The password saved for this login was removed.
    Removed(EmailAddress),
    /// Saving or removing failed.
    Failed(KeyringTrouble),
}

impl KeyringNotice {
    /// What happened, in `lang`; `location` is where passwords go
    /// ([`PasswordStore::location_text`](crate::keyring_store::PasswordStore::location_text)).
    /// A failure starts in lower case.
    pub fn text(&self, lang: Lang, location: &str) -> String {
        match self {
            Self::Saved(login) => crate::tr!(
                lang,
                "keychain-saved-notice",
                location = location,
                login = login.to_string()
            ),
            Self::Removed(login) => crate::tr!(
                lang,
                "keychain-removed-notice",
                login = login.to_string(),
                location = location
            ),
            Self::Failed(trouble) => trouble.text(lang),
        }
    }

    /// Whether it is good news.
    pub fn is_ok(&self) -> bool {
        !matches!(self, Self::Failed(_))
    }
}

/// Whether a system keychain works here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyringState {
    /// Still asking.
    Checking,
    /// It works.
    Available,
    /// It does not, and why.
    Unavailable(KeyringTrouble),
}

/// What the keychain holds for the current login.
#[derive(Debug, Default)]
pub enum SavedPassword {
    /// Not asked yet.
    #[default]
    Unknown,
    /// Asking for this login.
    Looking(EmailAddress),
    /// Nothing saved for this login.
    Nothing(EmailAddress),
    /// A password is saved for this login.
    Found(EmailAddress, Secret),
    /// The keychain failed, and why.
    Failed(KeyringTrouble),
}

impl SavedPassword {
    /// The login this answer is about, if any.
    pub fn login(&self) -> Option<&EmailAddress> {
        match self {
            Self::Looking(l) | Self::Nothing(l) | Self::Found(l, _) => Some(l),
            Self::Unknown | Self::Failed(_) => None,
        }
    }
}

/// One connection check on the Test step.
#[derive(Clone, Debug)]
pub struct CheckRow {
    /// What is checked, e.g. "IMAP 993 with the name part of the address".
    pub title: String,
    /// Where it stands.
    pub status: RowStatus,
}

/// Where one check stands.
#[derive(Clone, Debug)]
pub enum RowStatus {
    /// Not started.
    Waiting,
    /// Running.
    Running,
    /// Finished.
    Done(Box<ProbeReport>),
}

/// How one check looks on screen: what its row says, or the finished run's report.
#[derive(Clone, Copy, Debug)]
pub enum RowView<'a> {
    /// Not started.
    Waiting,
    /// Running.
    Running,
    /// Finished.
    Done(&'a ProbeReport),
}

/// One run of the connection test.
#[derive(Debug)]
pub struct CheckRun {
    /// Numbered from 1; messages of older runs are dropped.
    pub id: u64,
    /// Stops this run.
    pub cancel: CancelToken,
    /// The checks, in plan order.
    pub rows: Vec<CheckRow>,
    /// The plan (to find the requests a round trip reuses).
    pub plan: Plan,
}

/// The optional test message.
#[derive(Debug, Default)]
pub enum RoundTripState {
    /// Not sent.
    #[default]
    Idle,
    /// Sending and waiting for it.
    Running,
    /// Done, with what happened.
    Done(Box<RoundTripReport>),
}

impl CheckRun {
    /// How check `i` looks: from `finished` (the run's outcome, once it ended: it has a report
    /// for every check, also those whose events a cancel cut short), else from its row.
    pub fn row_view<'a>(&'a self, i: usize, finished: Option<&'a Outcome>) -> RowView<'a> {
        if let Some(report) = finished.and_then(|o| o.reports.get(i)) {
            return RowView::Done(report);
        }
        match self.rows.get(i).map(|row| &row.status) {
            Some(RowStatus::Running) => RowView::Running,
            Some(RowStatus::Done(report)) => RowView::Done(report),
            Some(RowStatus::Waiting) | None => RowView::Waiting,
        }
    }
}
