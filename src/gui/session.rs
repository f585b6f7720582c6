//! The wizard's runtime state that is never saved: the test run, keychain answers, saved files.

use crate::address::EmailAddress;
use crate::probe::plan::Plan;
use crate::probe::roundtrip::RoundTripReport;
use crate::probe::{CancelToken, ProbeReport};
use crate::secret::Secret;

/// Whether a system keychain works here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyringState {
    /// Still asking.
    Checking,
    /// It works.
    Available,
    /// It does not, and why.
    Unavailable(String),
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
    Failed(String),
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
