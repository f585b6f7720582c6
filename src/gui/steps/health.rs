//! The help desk's view of a custom domain's DNS records: MX, SPF, DKIM, the verification record
//! and DMARC, each judged by [`domain::health::check`](crate::domain::health::check) on a worker
//! thread, with what was found, what iCloud expects and the exact records to publish.

use egui::{RichText, Ui};

use crate::domain::health::{HealthReport, RecordCheck, Status};
use crate::gui::command::Command;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::worker::{Msg, StepCtx};
use crate::probe::CancelToken;

use super::apps::AppsMsg;

/// What a health check reports.
#[derive(Debug)]
pub struct HealthMsg {
    /// The domain checked.
    pub domain: String,
    /// The report, or why no name server could be asked.
    pub result: Result<HealthReport, String>,
}

/// The domain health view's state: the check running and the last report.
#[derive(Debug, Default)]
pub struct DomainHealth {
    /// The domain being checked and how to stop it.
    running: Option<(String, CancelToken)>,
    /// The last report, for the domain it was made for.
    report: Option<(String, Result<HealthReport, String>)>,
}

impl DomainHealth {
    /// Starts checking `domain`'s records (stopping a check of another domain).
    pub fn start(&mut self, ctx: &StepCtx<'_>, domain: &str) -> Result<(), String> {
        if let Some((_, cancel)) = self.running.take() {
            cancel.cancel();
        }
        let cancel = CancelToken::new();
        let lookup = *ctx.domains;
        let (job_domain, job_cancel) = (domain.to_owned(), cancel.clone());
        ctx.worker.spawn("wizard-domain-health", move |r| {
            let result = lookup.health(&job_domain, &job_cancel);
            r.send(Msg::Apps(AppsMsg::Health(HealthMsg {
                domain: job_domain,
                result,
            })));
        })?;
        self.running = Some((domain.to_owned(), cancel));
        Ok(())
    }

    /// Takes a finished check; one for a domain no longer being checked is dropped.
    pub fn handle(&mut self, msg: HealthMsg) {
        if self.running.as_ref().is_some_and(|(d, _)| *d == msg.domain) {
            self.running = None;
            self.report = Some((msg.domain, msg.result));
        }
    }

    /// The view for `domain`: a button that checks it, then the report.
    pub fn ui(&self, ui: &mut Ui, domain: &str, commands: &mut Vec<Command>) {
        ui.add_space(theme::GAP_M);
        ui.label(RichText::new(format!("DNS records of {domain}")).strong());
        ui.hint_label(format!(
            "Whether mail for {domain} reaches iCloud and may leave it: the records iCloud+ \
             Custom Email Domain needs, as the DNS answers now"
        ));
        let running = self.running.as_ref().is_some_and(|(d, _)| d == domain);
        let report = self
            .report
            .as_ref()
            .filter(|(d, _)| d == domain)
            .map(|(_, r)| r);
        ui.horizontal_wrapped(|ui| {
            let label = if report.is_some() {
                "Check again".to_owned()
            } else {
                format!("Check {domain}'s records")
            };
            if ui.add_enabled(!running, egui::Button::new(label)).clicked() {
                commands.push(Command::CheckDomainHealth(domain.to_owned()));
            }
            if running {
                ui.spinner();
                ui.hint_label("Asking the DNS…");
            }
        });
        match report {
            None => {}
            Some(Err(reason)) => {
                ui.error_label(format!("The records could not be checked: {reason}"));
            }
            Some(Ok(report)) => report_ui(ui, report, commands),
        }
    }
}

fn report_ui(ui: &mut Ui, report: &HealthReport, commands: &mut Vec<Command>) {
    if report.lookup_failed() {
        ui.warning_label(report.summary());
    } else if report.is_ready() {
        ui.success_label(report.summary());
    } else {
        ui.error_label(report.summary());
    }
    ui.hint_label(format!("Asked {}", report.asked));
    for check in &report.checks {
        ui.add_space(theme::GAP_S);
        record_ui(ui, check, commands);
    }
}

fn record_ui(ui: &mut Ui, check: &RecordCheck, commands: &mut Vec<Command>) {
    let line = format!(
        "{} ({}): {} — {}",
        check.kind.title(),
        check.name,
        check.status.word(),
        check.note
    );
    match check.status {
        Status::Ok => ui.success_label(line),
        Status::Advice | Status::Error => ui.warning_label(line),
        Status::Missing | Status::Wrong => ui.error_label(line),
    };
    ui.indent(check.kind.title(), |ui| {
        if !check.found.is_empty() {
            ui.hint_label(format!("Found: {}", check.found.join("; ")));
        }
        if check.status != Status::Ok && !check.expected.is_empty() {
            ui.hint_label(format!("Expected: {}", check.expected));
        }
        for record in &check.publish {
            ui.horizontal_wrapped(|ui| {
                let name = format!("Copy the {} record", check.kind.title());
                if ui.named_button("Copy", &name).clicked() {
                    commands.push(Command::Copy(record.clone()));
                }
                ui.add(egui::Label::new(RichText::new(record).monospace()).wrap());
            });
        }
    });
}
