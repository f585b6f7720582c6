//! The wizard's runtime state that is never saved: the test run, keychain answers, saved files.

use crate::address::EmailAddress;
use crate::probe::plan::{Outcome, Plan};
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
