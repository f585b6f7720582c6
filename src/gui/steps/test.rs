//! Step 4: the connection test: one row per check, then what the exports will use.

use std::time::Duration;

use egui::{RichText, Ui};

use crate::gui::command::Command;
use crate::gui::session::{CheckRun, RoundTripState, RowStatus, RowView};
use crate::gui::theme;
use crate::gui::ui_ext::{Mark, UiExt as _};
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
