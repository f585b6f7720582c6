//! Step 4: the connection test: one row per check, then what the exports will use.

use std::time::Duration;

use egui::{RichText, Ui};

use std::sync::Arc;

use crate::gui::command::Command;
use crate::gui::session::{CheckRow, CheckRun, RoundTripState, RowStatus, RowView};
use crate::gui::theme;
use crate::gui::ui_ext::{Mark, UiExt as _};
use crate::gui::worker::{Msg, StepCtx};
use crate::probe::CancelToken;
use crate::probe::plan::{Event, Outcome, Plan};
use crate::probe::roundtrip::RoundTripRequest;
use crate::probe::roundtrip::{Removal, RoundTripReport};
use crate::probe::{Category, ProbeReport, Timings, explain};
use crate::wizard::{Checks, Draft, ExportBasis};

use super::address::sentence;

/// What the Test step shows.
pub struct TestView<'a> {
    /// The draft (the test's state).
    pub draft: &'a Draft,
    /// The current run, if any.
    pub run: Option<&'a CheckRun>,
    /// The test message.
    pub round_trip: &'a RoundTripState,
    /// What happened to the password in the keychain.
    pub notice: Option<&'a Result<String, String>>,
}

/// The Test step.
pub fn test_ui(ui: &mut Ui, view: &TestView<'_>, commands: &mut Vec<Command>) {
    ui.step_heading("Connection test");
    ui.paragraph(
        "The wizard signs in to iCloud's mail servers the ways Apple documents, all at once, and \
         keeps what works from this network. Nothing is sent unless you ask for a test message.",
    );
    if let Some(notice) = view.notice {
        match notice {
            Ok(text) => ui.success_label(text.as_str()),
            Err(e) => ui.warning_label(sentence(e)),
        };
    }
    ui.add_space(theme::GAP_M);

    let checks = view.draft.checks();
    let running = *checks == Checks::Running;
    summary_ui(ui, view);
    ui.add_space(theme::GAP_S);
    buttons_ui(ui, checks, commands);
    ui.add_space(theme::GAP_M);
    if let Some(run) = view.run {
        let finished = match checks {
            Checks::Finished(outcome) => Some(outcome),
            _ => None,
        };
        for (i, row) in run.rows.iter().enumerate() {
            row_ui(ui, &row.title, run.row_view(i, finished), running);
        }
    }
    if let Checks::Finished(outcome) = checks
        && outcome.recommendation.is_working()
    {
        ui.add_space(theme::GAP_M);
        round_trip_ui(ui, view, commands);
    }
}

/// Where the test stands, and what the files will use.
fn summary_ui(ui: &mut Ui, view: &TestView<'_>) {
    match view.draft.checks() {
        Checks::Running => {
            let done = view.run.map_or(0, |r| {
                r.rows
                    .iter()
                    .filter(|row| matches!(row.status, RowStatus::Done(_)))
                    .count()
            });
            let total = view.run.map_or(0, |r| r.rows.len());
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!("Checking… {done} of {total} done"));
            });
        }
        Checks::Cancelled => {
            ui.warning_label("The test was cancelled. Retry it, or skip it to go on");
        }
        Checks::NotRun => {
            ui.hint_label("Run the test, or skip it if you only want the settings files");
        }
        Checks::Skipped => {
            ui.hint_label(ExportBasis::Untested.to_string());
        }
        Checks::Finished(_) => {
            let basis = view.draft.export_basis();
            match basis {
                ExportBasis::Tested(_) => {
                    ui.success_label("Receiving and sending both work from this network");
                }
                ExportBasis::PartlyTested(_) => {
                    ui.warning_label("Only some of the logins worked; the rows below say why");
                }
                ExportBasis::FailedTest | ExportBasis::Untested => {
                    // The domain's mail is not at iCloud: that explains it before any reply does.
                    if let Some(hint) = view.draft.login_failure_hint(ui.lang()) {
                        ui.error_label(hint);
                    }
                    ui.error_label("No login worked; the rows below say why and what to do");
                }
            }
            ui.paragraph(basis.to_string());
        }
    }
}

fn row_ui(ui: &mut Ui, title: &str, status: RowView<'_>, running: bool) {
    ui.card(|ui| {
        ui.spacing_mut().item_spacing.y = theme::GAP_S;
        ui.horizontal(|ui| {
            match status {
                RowView::Waiting | RowView::Running if running => {
                    ui.spinner();
                }
                RowView::Waiting | RowView::Running => {
                    ui.label("–");
                }
                RowView::Done(report) if report.is_ok() => {
                    ui.mark(Mark::Success);
                }
                RowView::Done(report) if report.category() == Category::Cancelled => {
                    ui.label("–");
                }
                RowView::Done(_) => {
                    ui.mark(Mark::Error);
                }
            }
            ui.label(RichText::new(title).strong());
            if let RowView::Done(report) = status {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.hint_label(duration_text(report.timings.total));
                });
            }
        });
        match status {
            RowView::Waiting if running => {
                ui.hint_label("Waiting");
            }
            RowView::Running if running => {
                ui.hint_label("Checking…");
            }
            RowView::Waiting | RowView::Running => {
                ui.hint_label("Cancelled");
            }
            RowView::Done(report) => {
                diagnosis_ui(ui, report);
                let timings = timings_text(&report.timings);
                if !timings.is_empty() && report.category() != Category::Cancelled {
                    ui.label(
                        RichText::new(timings)
                            .small()
                            .color(ui.visuals().weak_text_color()),
                    );
                }
            }
        }
    });
}

fn diagnosis_ui(ui: &mut Ui, report: &ProbeReport) {
    let text = explain(report, None);
    if report.is_ok() {
        ui.hint_label(text);
    } else {
        ui.paragraph(text);
    }
}

fn buttons_ui(ui: &mut Ui, checks: &Checks, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| match checks {
        Checks::Running => {
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelChecks);
            }
        }
        Checks::NotRun => {
            if ui.button("Run the test").clicked() {
                commands.push(Command::RunChecks);
            }
            if ui.button("Skip the test").clicked() {
                commands.push(Command::SkipChecks);
            }
        }
        Checks::Cancelled | Checks::Finished(_) | Checks::Skipped => {
            if ui.button("Retry").clicked() {
                commands.push(Command::RunChecks);
            }
            if matches!(checks, Checks::Cancelled) && ui.button("Skip the test").clicked() {
                commands.push(Command::SkipChecks);
            }
        }
    });
}

fn round_trip_ui(ui: &mut Ui, view: &TestView<'_>, commands: &mut Vec<Command>) {
    let address = view
        .draft
        .account()
        .map(|s| s.email().to_string())
        .unwrap_or_default();
    match view.round_trip {
        RoundTripState::Idle => {
            if ui.button("Send myself a test message").clicked() {
                commands.push(Command::SendTestMessage);
            }
            ui.hint_label(format!(
                "Optional: sends a message to {address} and deletes it once it arrives"
            ));
        }
        RoundTripState::Running => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "Sending a test message to {address} and waiting for it…"
                ));
            });
        }
        RoundTripState::Done(report) => round_trip_result_ui(ui, report),
    }
}

fn round_trip_result_ui(ui: &mut Ui, report: &RoundTripReport) {
    match &report.result {
        Ok(()) => {
            let arrived = report.delivered_in.map_or_else(String::new, |d| {
                format!(" and arrived after {}", duration_text(d))
            });
            let removal = match report.removal {
                Removal::Removed => "; it was deleted again",
                Removal::FlaggedOnly => "; it is marked as deleted",
                Removal::NotFound => "",
            };
            ui.success_label(format!("The test message was sent{arrived}{removal}"));
        }
        Err(failure) => {
            ui.error_label(format!(
                "The test message did not make it ({}): {}",
                failure.phase.describe(),
                failure.detail
            ));
        }
    }
}

fn timings_text(t: &Timings) -> String {
    let mut parts = Vec::new();
    for (name, value) in [
        ("connect", t.connect),
        ("TLS", t.tls),
        ("greeting", t.greeting),
        ("login", t.auth),
    ] {
        if let Some(d) = value {
            parts.push(format!("{name} {}", duration_text(d)));
        }
    }
    parts.join(" · ")
}

fn duration_text(d: Duration) -> String {
    if d < Duration::from_millis(1) {
        "<1 ms".to_owned()
    } else if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// What the check jobs report to the Test step.
#[derive(Debug)]
pub enum TestMsg {
    /// A check of run `run` started or finished.
    Check {
        /// Which run (a retry starts a new one; late events of an old run are dropped).
        run: u64,
        /// What happened.
        event: Event,
    },
    /// Run `run` finished.
    Done {
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
}

/// The Test step's own state: the current run and the test message. The outcome itself lives
/// in the draft, which every later step reads.
#[derive(Debug)]
pub struct TestStep {
    next_run_id: u64,
    /// The current run, if any.
    pub run: Option<CheckRun>,
    /// The test message.
    pub round_trip: RoundTripState,
}

impl Default for TestStep {
    fn default() -> Self {
        Self {
            next_run_id: 1,
            run: None,
            round_trip: RoundTripState::Idle,
        }
    }
}

impl TestStep {
    /// Takes in what a check job reported; a finished run's outcome goes into `draft`.
    pub fn handle(&mut self, msg: TestMsg, draft: &mut Draft) {
        match msg {
            TestMsg::Check { run, event } => {
                let Some(current) = self.run.as_mut().filter(|r| r.id == run) else {
                    return;
                };
                let (id, status) = match event {
                    Event::Started { id } => (id, RowStatus::Running),
                    Event::Finished { id, report } => (id, RowStatus::Done(Box::new(report))),
                };
                if let Some(row) = current.rows.get_mut(id) {
                    row.status = status;
                }
            }
            TestMsg::Done { run, outcome } => {
                if self.run.as_ref().is_some_and(|r| r.id == run)
                    && *draft.checks() == Checks::Running
                {
                    draft.finish_checks(outcome);
                }
            }
            TestMsg::RoundTrip { run, report } => {
                if self.run.as_ref().is_some_and(|r| r.id == run) {
                    self.round_trip = RoundTripState::Done(Box::new(report));
                }
            }
        }
    }

    /// Starts the test (cancelling a run still going). Says why when no thread could start.
    pub fn run(&mut self, ctx: &StepCtx<'_>, draft: &mut Draft) -> Result<(), String> {
        let (Ok(settings), Ok(password)) = (draft.account(), draft.app_password()) else {
            return Ok(());
        };
        let secret = password.secret().clone();
        if let Some(old) = &self.run {
            old.cancel.cancel();
        }
        let plan = Plan::new(&settings, &ctx.checks.servers());
        let id = self.next_run_id;
        self.next_run_id += 1;
        let cancel = CancelToken::new();
        self.run = Some(CheckRun {
            id,
            cancel: cancel.clone(),
            rows: plan
                .checks
                .iter()
                .map(|c| CheckRow {
                    title: c.title(),
                    status: RowStatus::Waiting,
                })
                .collect(),
            plan: plan.clone(),
        });
        self.round_trip = RoundTripState::Idle;
        draft.start_checks();
        let runner = Arc::clone(ctx.checks);
        let spawned = ctx.worker.spawn("wizard-checks", move |r| {
            let outcome = runner.run(&plan, &secret, &cancel, &mut |event| {
                r.send(Msg::Test(TestMsg::Check { run: id, event }));
            });
            r.send(Msg::Test(TestMsg::Done { run: id, outcome }));
        });
        spawned.inspect_err(|_| draft.cancel_checks())
    }

    /// Stops a running test.
    pub fn cancel(&mut self, draft: &mut Draft) {
        if let Some(run) = &self.run {
            run.cancel.cancel();
        }
        draft.cancel_checks();
    }

    /// Sends the test message with what the finished test found. Says why when no thread could
    /// start.
    pub fn send_test_message(&mut self, ctx: &StepCtx<'_>, draft: &Draft) -> Result<(), String> {
        let (Checks::Finished(outcome), Some(run)) = (draft.checks(), &self.run) else {
            return Ok(());
        };
        let (Ok(settings), Ok(password)) = (draft.account(), draft.app_password()) else {
            return Ok(());
        };
        let Some(request) =
            RoundTripRequest::for_outcome(&run.plan, outcome, settings.email().as_str())
        else {
            return Ok(());
        };
        let id = run.id;
        let cancel = run.cancel.clone();
        let secret = password.secret().clone();
        let runner = Arc::clone(ctx.checks);
        self.round_trip = RoundTripState::Running;
        let spawned = ctx.worker.spawn("wizard-round-trip", move |r| {
            let report = runner.round_trip(&request, &secret, &cancel);
            r.send(Msg::Test(TestMsg::RoundTrip { run: id, report }));
        });
        spawned.inspect_err(|_| self.round_trip = RoundTripState::Idle)
    }
}
