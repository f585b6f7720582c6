//! Background jobs: each runs on its own named thread and reports over one bounded channel,
//! asking egui for a repaint after every message so the window picks it up at once.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use crate::address::EmailAddress;
use crate::gui::steps::apps::ThunderbirdSetup;
use crate::keyring_store::KeyringError;
use crate::probe::plan::{Event, Outcome};
use crate::probe::roundtrip::RoundTripReport;
use crate::secret::Secret;
use crate::wizard::Destination;

/// What a background job reports.
#[derive(Debug)]
pub enum Msg {
    /// A check of run `run` started or finished.
    Check {
        /// Which run (a retry starts a new one; late events of an old run are dropped).
        run: u64,
        /// What happened.
        event: Event,
    },
    /// Run `run` finished.
    ChecksDone {
        /// Which run.
        run: u64,
        /// Its outcome.
        outcome: Outcome,
    },
    /// The test message came back (or did not).
    RoundTrip {
        /// Which run it belongs to.
        run: u64,
        /// What happened.
        report: RoundTripReport,
    },
    /// Whether a system keychain works.
    KeyringProbed(Result<(), KeyringError>),
    /// The password saved for `login`, if any.
    PasswordLoaded {
        /// Whose.
        login: EmailAddress,
        /// What the store answered.
        result: Result<Option<Secret>, KeyringError>,
    },
    /// The password was saved (or forgotten) in the keychain.
    PasswordStored {
        /// What was done, for people; or why it failed.
        result: Result<String, KeyringError>,
    },
    /// Settings files were written.
    Saved {
        /// The place they were saved for: its work is done once they are written.
        destination: Destination,
        /// The files written, or why writing failed.
        result: Result<Vec<PathBuf>, String>,
    },
    /// Setting up Thunderbird on this computer ended.
    ThunderbirdSetUp(ThunderbirdSetup),
}

/// Room for every event of a plan run and then some; a full channel makes a job wait for the
/// window to catch up, never drops a message.
const CHANNEL_BOUND: usize = 64;

/// Starts jobs and collects what they report.
pub struct Worker {
    tx: SyncSender<Msg>,
    rx: Receiver<Msg>,
    ctx: Option<egui::Context>,
}

impl Default for Worker {
    fn default() -> Self {
        let (tx, rx) = sync_channel(CHANNEL_BOUND);
        Self { tx, rx, ctx: None }
    }
}

/// A job's way to report: sends, then wakes the window.
pub struct Reporter {
    tx: SyncSender<Msg>,
    ctx: Option<egui::Context>,
}

impl Reporter {
    /// Sends `msg` and asks for a repaint. A closed window just drops it.
    pub fn send(&self, msg: Msg) {
        if self.tx.send(msg).is_ok()
            && let Some(ctx) = &self.ctx
        {
            ctx.request_repaint();
        }
    }
}

impl Worker {
    /// Lets jobs wake the window of `ctx`.
    pub fn attach(&mut self, ctx: &egui::Context) {
        self.ctx = Some(ctx.clone());
    }

    /// Runs `job` on a new thread called `name`. If no thread can be started, says why.
    pub fn spawn(
        &self,
        name: &str,
        job: impl FnOnce(&Reporter) + Send + 'static,
    ) -> Result<(), String> {
        let reporter = Reporter {
            tx: self.tx.clone(),
            ctx: self.ctx.clone(),
        };
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || job(&reporter))
            .map(drop)
            .map_err(|e| format!("could not start a background task ({name}): {e}"))
    }

    /// Messages that have arrived, without waiting.
    pub fn drain(&self) -> Vec<Msg> {
        self.rx.try_iter().collect()
    }
}
