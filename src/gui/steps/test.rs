//! Step 4: the connection test: one row per check, then what the exports will use.

use std::time::Duration;

use egui::{RichText, Ui};

use std::sync::Arc;

use crate::gui::command::Command;
use crate::gui::session::{CheckRow, CheckRun, KeyringNotice, RoundTripState, RowStatus, RowView};
use crate::gui::theme;
use crate::gui::ui_ext::{Mark, UiExt as _};
use crate::gui::worker::{Msg, StepCtx};
use crate::i18n::Lang;
use crate::probe::CancelToken;
use crate::probe::plan::{Event, Outcome, Plan};
use crate::probe::roundtrip::RoundTripRequest;
use crate::probe::roundtrip::{Removal, RoundTripReport};
use crate::probe::{Category, ProbeReport, Timings, explain, phase_text};
use crate::wizard::{Checks, Draft, ExportBasis};

use super::password::notice_ui;

/// What the Test step shows.
pub struct TestView<'a> {
    /// The draft (the test's state).
    pub draft: &'a Draft,
    /// The current run, if any.
    pub run: Option<&'a CheckRun>,
    /// The test message.
    pub round_trip: &'a RoundTripState,
    /// What happened to the password in the keychain.
    pub notice: Option<&'a KeyringNotice>,
    /// Where saved passwords go, for people, in the wizard's language.
    pub store_location: &'a str,
}

/// The Test step.
pub fn test_ui(ui: &mut Ui, view: &TestView<'_>, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.step_heading(&tr!(lang, "test-heading"));
    ui.paragraph(tr!(lang, "test-intro"));
    if let Some(notice) = view.notice {
        notice_ui(ui, notice, view.store_location);
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
            let title = run
                .plan
                .checks
                .get(i)
                .map_or_else(|| row.title.clone(), |check| check.title(lang));
            row_ui(ui, &title, run.row_view(i, finished), running);
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
    let lang = ui.lang();
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
                ui.label(tr!(lang, "test-progress", done = done, total = total));
            });
        }
        Checks::Cancelled => {
            ui.warning_label(tr!(lang, "test-cancelled"));
        }
        Checks::NotRun => {
            ui.hint_label(tr!(lang, "test-not-run"));
        }
        Checks::Skipped => {
            ui.hint_label(ExportBasis::Untested.text(lang));
        }
        Checks::Finished(_) => {
            let basis = view.draft.export_basis();
            match basis {
                ExportBasis::Tested(_) => {
                    ui.success_label(tr!(lang, "test-all-work"));
                }
                ExportBasis::PartlyTested(_) => {
                    ui.warning_label(tr!(lang, "test-some-work"));
                }
                ExportBasis::FailedTest | ExportBasis::Untested => {
                    // The domain's mail is not at iCloud: that explains it before any reply does.
                    if let Some(hint) = view.draft.login_failure_hint(ui.lang()) {
                        ui.error_label(hint);
                    }
                    ui.error_label(tr!(lang, "test-none-work"));
                }
            }
            ui.paragraph(basis.text(lang));
        }
    }
}

fn row_ui(ui: &mut Ui, title: &str, status: RowView<'_>, running: bool) {
    let lang = ui.lang();
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
                    ui.hint_label(duration_text(report.timings.total, lang));
                });
            }
        });
        match status {
            RowView::Waiting if running => {
                ui.hint_label(tr!(lang, "test-row-waiting"));
            }
            RowView::Running if running => {
                ui.hint_label(tr!(lang, "test-row-checking"));
            }
            RowView::Waiting | RowView::Running => {
                ui.hint_label(tr!(lang, "test-row-cancelled"));
            }
            RowView::Done(report) => {
                diagnosis_ui(ui, report);
                let timings = timings_text(&report.timings, lang);
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
    let text = explain(report, None, ui.lang());
    if report.is_ok() {
        ui.hint_label(text);
    } else {
        ui.paragraph(text);
    }
}

fn buttons_ui(ui: &mut Ui, checks: &Checks, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.horizontal(|ui| match checks {
        Checks::Running => {
            if ui.button(tr!(lang, "test-cancel")).clicked() {
                commands.push(Command::CancelChecks);
            }
        }
        Checks::NotRun => {
            if ui.button(tr!(lang, "test-run")).clicked() {
                commands.push(Command::RunChecks);
            }
            if ui.button(tr!(lang, "test-skip")).clicked() {
                commands.push(Command::SkipChecks);
            }
        }
        Checks::Cancelled | Checks::Finished(_) | Checks::Skipped => {
            if ui.button(tr!(lang, "test-retry")).clicked() {
                commands.push(Command::RunChecks);
            }
            if matches!(checks, Checks::Cancelled) && ui.button(tr!(lang, "test-skip")).clicked() {
                commands.push(Command::SkipChecks);
            }
        }
    });
}

fn round_trip_ui(ui: &mut Ui, view: &TestView<'_>, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let address = view
        .draft
        .account()
        .map(|s| s.email().to_string())
        .unwrap_or_default();
    match view.round_trip {
        RoundTripState::Idle => {
            if ui.button(tr!(lang, "test-send-message")).clicked() {
                commands.push(Command::SendTestMessage);
            }
            ui.hint_label(tr!(lang, "test-send-hint", address = address.as_str()));
        }
        RoundTripState::Running => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!(lang, "test-sending", address = address.as_str()));
            });
        }
        RoundTripState::Done(report) => round_trip_result_ui(ui, report),
    }
}

fn round_trip_result_ui(ui: &mut Ui, report: &RoundTripReport) {
    let lang = ui.lang();
    match &report.result {
        Ok(()) => {
            let removal = match report.removal {
                Removal::Removed => "removed",
                Removal::FlaggedOnly => "flagged",
                Removal::NotFound => "none",
            };
            let text = if let Some(d) = report.delivered_in {
                tr!(
                    lang,
                    "test-message-arrived",
                    duration = duration_text(d, lang),
                    removal = removal
                )
            } else {
                tr!(lang, "test-message-sent", removal = removal)
            };
            ui.success_label(text);
        }
        Err(failure) => {
            ui.error_label(tr!(
                lang,
                "test-message-failed",
                phase = phase_text(failure.phase, lang),
                detail = failure.detail.as_str()
            ));
        }
    }
}

fn timings_text(t: &Timings, lang: Lang) -> String {
    let mut parts = Vec::new();
    for (phase, value) in [
        ("connect", t.connect),
        ("tls", t.tls),
        ("greeting", t.greeting),
        ("login", t.auth),
    ] {
        if let Some(d) = value {
            let duration = duration_text(d, lang);
            parts.push(match phase {
                "connect" => tr!(lang, "test-timing-connect", duration = duration),
                "tls" => tr!(lang, "test-timing-tls", duration = duration),
                "greeting" => tr!(lang, "test-timing-greeting", duration = duration),
                _ => tr!(lang, "test-timing-login", duration = duration),
            });
        }
    }
    parts.join(" · ")
}

fn duration_text(d: Duration, lang: Lang) -> String {
    if d < Duration::from_millis(1) {
        tr!(lang, "test-duration-under-ms")
    } else if d < Duration::from_secs(1) {
        tr!(lang, "test-duration-ms", ms = d.as_millis().to_string())
    } else {
        let seconds =
            format!("{:.1}", d.as_secs_f64()).replace('.', &tr!(lang, "test-decimal-separator"));
        tr!(lang, "test-duration-s", seconds = seconds)
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
                    title: c.title(Lang::En),
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

    /// Sends the test message, written in `lang`, with what the finished test found. Says why
    /// when no thread could start.
    pub fn send_test_message(
        &mut self,
        ctx: &StepCtx<'_>,
        draft: &Draft,
        lang: Lang,
    ) -> Result<(), String> {
        let (Checks::Finished(outcome), Some(run)) = (draft.checks(), &self.run) else {
            return Ok(());
        };
        let (Ok(settings), Ok(password)) = (draft.account(), draft.app_password()) else {
            return Ok(());
        };
        let Some(mut request) =
            RoundTripRequest::for_outcome(&run.plan, outcome, settings.email().as_str())
        else {
            return Ok(());
        };
        request.lang = lang;
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
