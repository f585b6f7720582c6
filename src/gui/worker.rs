//! Background jobs: each runs on its own named thread and reports over one bounded channel,
//! asking egui for a repaint after every message so the window picks it up at once.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use crate::gui::deps::{CheckRunner, DnsLookup};
use crate::gui::steps::address::AddressMsg;
use crate::gui::steps::apps::AppsMsg;
use crate::gui::steps::password::PasswordMsg;
use crate::gui::steps::test::TestMsg;
use crate::keyring_store::PasswordStore;

/// What a background job reports, addressed to the step that started it.
#[derive(Debug)]
pub enum Msg {
    /// For the Address step (domain lookups).
    Address(AddressMsg),
    /// For the Password step (keychain jobs).
    Password(PasswordMsg),
    /// For the Test step (checks and the test message).
    Test(TestMsg),
    /// For the mail app step (saves and the Thunderbird set-up).
    Apps(AppsMsg),
}

/// What a step's actions need from the app: where to start jobs, and the services.
pub struct StepCtx<'a> {
    /// Starts jobs.
    pub worker: &'a Worker,
    /// Connection checks.
    pub checks: &'a Arc<dyn CheckRunner>,
    /// The password store.
    pub passwords: &'a Arc<dyn PasswordStore>,
    /// Domain lookups.
    pub domains: &'a DnsLookup,
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
            .map_err(|e| {
                let lang = self
                    .ctx
                    .as_ref()
                    .map(super::ui_ext::lang_of)
                    .unwrap_or_default();
                tr!(lang, "app-task-failed", task = name, error = e.to_string())
            })
    }

    /// A reporter for a job that runs on a thread started elsewhere (a server's own thread).
    pub fn reporter(&self) -> Reporter {
        Reporter {
            tx: self.tx.clone(),
            ctx: self.ctx.clone(),
        }
    }

    /// Messages that have arrived, without waiting.
    pub fn drain(&self) -> Vec<Msg> {
        self.rx.try_iter().collect()
    }
}
