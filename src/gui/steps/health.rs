//! The help desk's view of a custom domain's DNS records: MX, SPF, DKIM, the verification record
//! and DMARC, each judged by [`domain::health::check`](crate::domain::health::check) on a worker
//! thread, with what was found, what iCloud expects and the exact records to publish.

use egui::{RichText, Ui};

use crate::dns::ConfigError;
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
    pub result: Result<HealthReport, ConfigError>,
}

/// The domain health view's state: the check running and the last report.
#[derive(Debug, Default)]
pub struct DomainHealth {
    /// The domain being checked and how to stop it.
    running: Option<(String, CancelToken)>,
    /// The last report, for the domain it was made for.
    report: Option<(String, Result<HealthReport, ConfigError>)>,
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
        let lang = ui.lang();
        ui.add_space(theme::GAP_M);
        ui.label(RichText::new(tr!(lang, "health-heading", domain = domain)).strong());
        ui.hint_label(tr!(lang, "health-intro", domain = domain));
        let running = self.running.as_ref().is_some_and(|(d, _)| d == domain);
        let report = self
            .report
            .as_ref()
            .filter(|(d, _)| d == domain)
            .map(|(_, r)| r);
        ui.horizontal_wrapped(|ui| {
            let label = if report.is_some() {
                tr!(lang, "health-check-again")
            } else {
                tr!(lang, "health-check", domain = domain)
            };
            if ui.add_enabled(!running, egui::Button::new(label)).clicked() {
                commands.push(Command::CheckDomainHealth(domain.to_owned()));
            }
            if running {
                ui.spinner();
                ui.hint_label(tr!(lang, "health-asking"));
            }
        });
        match report {
            None => {}
            Some(Err(reason)) => {
                ui.error_label(tr!(lang, "health-failed", reason = reason.text(lang)));
            }
            Some(Ok(report)) => report_ui(ui, report, commands),
        }
    }
}

fn report_ui(ui: &mut Ui, report: &HealthReport, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let summary = report.summary_text(lang);
    if report.lookup_failed() {
        ui.warning_label(summary);
    } else if report.is_ready() {
        ui.success_label(summary);
    } else {
        ui.error_label(summary);
    }
    ui.hint_label(tr!(lang, "health-asked", servers = report.asked.text(lang)));
    for check in &report.checks {
        ui.add_space(theme::GAP_S);
        record_ui(ui, check, commands);
    }
}

fn record_ui(ui: &mut Ui, check: &RecordCheck, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let kind = check.kind.text(lang);
    let line = tr!(
        lang,
        "health-record",
        kind = kind.as_str(),
        name = check.name.as_str(),
        status = check.status.text(lang),
        note = check.note.text(lang)
    );
    match check.status {
        Status::Ok => ui.success_label(line),
        Status::Advice | Status::Error => ui.warning_label(line),
        Status::Missing | Status::Wrong => ui.error_label(line),
    };
    ui.indent(check.kind.title(), |ui| {
        if !check.found.is_empty() {
            ui.hint_label(tr!(lang, "health-found", records = check.found.join("; ")));
        }
        if check.status != Status::Ok && !check.expected.is_empty() {
            ui.hint_label(tr!(
                lang,
                "health-expected",
                expected = check.expected.text(lang)
            ));
        }
        for record in &check.publish {
            ui.horizontal_wrapped(|ui| {
                let name = tr!(lang, "health-copy-name", kind = kind.as_str());
                if ui.named_button(&tr!(lang, "health-copy"), &name).clicked() {
                    commands.push(Command::Copy(record.clone()));
                }
                ui.add(egui::Label::new(RichText::new(record).monospace()).wrap());
            });
        }
    });
}
