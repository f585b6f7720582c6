//! Step 2: the address, checked as it is typed; where its domain's mail goes, looked up in the
//! DNS once typing pauses; for a custom domain, the primary iCloud address.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use egui::{TextEdit, Ui};

use crate::address::DomainKind;
use crate::domain::{DomainVerdict, VerdictKind};
use crate::gui::command::Command;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::worker::{Msg, StepCtx};
use crate::probe::CancelToken;
use crate::settings::SettingsError;
use crate::wizard::{Blocker, Draft};

/// What a domain lookup reports to the Address step.
#[derive(Debug)]
pub enum AddressMsg {
    /// Where the domain's mail goes.
    Looked(DomainVerdict),
}

/// The Address step's own state: the domain lookups.
#[derive(Debug, Default)]
pub struct AddressStep {
    /// Verdicts already found, by domain: each domain is asked about once per run (a failed
    /// lookup is not kept, so typing the domain again retries it).
    known: HashMap<String, DomainVerdict>,
    /// The domain typed last and when, until typing pauses long enough to look it up.
    typed: Option<(String, Instant)>,
    /// The lookup running now: its domain and how to stop it.
    running: Option<(String, CancelToken)>,
    /// Next was pressed while this domain was being looked up: go on when the answer allows.
    next_for: Option<String>,
}

impl AddressStep {
    /// Called every frame on the Address step: gives the draft a verdict already known for its
    /// domain, or starts a lookup once typing has paused for the lookup's debounce (at once
    /// when `now_please`: the person pressed Next). Returns how soon to look again.
    pub fn tick(
        &mut self,
        ctx: &StepCtx<'_>,
        draft: &mut Draft,
        now: Instant,
        now_please: bool,
    ) -> Result<Option<Duration>, String> {
        let Some(domain) = draft.domain_to_look_up() else {
            self.typed = None;
            return Ok(None);
        };
        if draft.domain_verdict().is_some() {
            self.typed = None;
            return Ok(None);
        }
        if let Some(verdict) = self.known.get(&domain) {
            draft.set_domain_verdict(verdict.clone());
            self.typed = None;
            return Ok(None);
        }
        if self.running.as_ref().is_some_and(|(d, _)| *d == domain) {
            if now_please {
                self.next_for = Some(domain);
            }
            return Ok(None);
        }
        let since = match &self.typed {
            Some((d, since)) if *d == domain => *since,
            _ => {
                self.typed = Some((domain.clone(), now));
                now
            }
        };
        if now_please {
            self.next_for = Some(domain.clone());
        }
        let wait = ctx.domains.debounce().saturating_sub(now - since);
        if !wait.is_zero() && !now_please {
            return Ok(Some(wait));
        }
        self.typed = None;
        self.start(ctx, domain)?;
        Ok(None)
    }

    /// Starts a lookup of `domain`, stopping one of another domain that is still running.
    fn start(&mut self, ctx: &StepCtx<'_>, domain: String) -> Result<(), String> {
        if let Some((_, cancel)) = self.running.take() {
            cancel.cancel();
        }
        let cancel = CancelToken::new();
        let lookup = *ctx.domains;
        let job_domain = domain.clone();
        let job_cancel = cancel.clone();
        ctx.worker.spawn("wizard-domain-lookup", move |r| {
            let verdict = lookup.classify(&job_domain, &job_cancel);
            r.send(Msg::Address(AddressMsg::Looked(verdict)));
        })?;
        self.running = Some((domain, cancel));
        Ok(())
    }

    /// Takes a lookup's report. A verdict from a lookup that was stopped is dropped. Returns
    /// whether Next was pressed while waiting for this answer (the app then goes on if it can).
    pub fn handle(&mut self, msg: AddressMsg, draft: &mut Draft) -> bool {
        match msg {
            AddressMsg::Looked(verdict) => {
                if self
                    .running
                    .as_ref()
                    .is_none_or(|(d, _)| *d != verdict.domain)
                {
                    return false;
                }
                self.running = None;
                if !matches!(verdict.kind, VerdictKind::Unchecked { .. }) {
                    self.known.insert(verdict.domain.clone(), verdict.clone());
                }
                let go_on = self.next_for.take().is_some_and(|d| d == verdict.domain)
                    && draft.domain_to_look_up().as_ref() == Some(&verdict.domain);
                draft.set_domain_verdict(verdict);
                go_on
            }
        }
    }
}

/// The address fields, with the reason under each while it is not valid, and what the DNS says
/// about a custom domain.
pub fn address_ui(ui: &mut Ui, draft: &mut Draft, focus: bool, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.step_heading(&tr!(lang, "address-heading"));
    ui.paragraph(tr!(lang, "address-intro"));
    ui.add_space(theme::GAP_M);

    let label = ui.field_label(&tr!(lang, "address-email-label"));
    let field = draft.edit_email(|text| {
        ui.add(
            TextEdit::singleline(text)
                .id_salt("email-address")
                .hint_text(tr!(lang, "address-email-placeholder"))
                .desired_width(theme::FIELD_WIDTH),
        )
        .labelled_by(label.id)
    });
    if focus {
        field.request_focus();
    }
    match (draft.email().is_blank(), draft.email().parsed()) {
        (true, _) => {
            ui.hint_label(tr!(lang, "address-email-example"));
        }
        (false, Err(e)) => {
            ui.error_label(sentence(&e.text(lang)));
        }
        (false, Ok(address)) => match address.kind() {
            DomainKind::ICloud => {
                ui.success_label(tr!(lang, "address-icloud-own", domain = address.domain()));
            }
            DomainKind::Custom => {
                let local = address.local_part().to_owned();
                domain_ui(ui, draft, &local, commands);
            }
        },
    }

    // No primary address is asked while the address is known not to be at iCloud.
    let elsewhere = matches!(
        draft.account(),
        Err(Blocker::DomainNotConfirmed(_) | Blocker::ProviderAddress { .. })
    );
    if draft.needs_login() && !elsewhere {
        ui.add_space(theme::GAP_L);
        let label = ui.field_label(&tr!(lang, "address-login-label"));
        ui.hint_label(tr!(lang, "address-login-hint"));
        draft.edit_login(|text| {
            ui.add(
                TextEdit::singleline(text)
                    .id_salt("primary-icloud-address")
                    .hint_text(tr!(lang, "address-email-placeholder"))
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id)
        });
        if !draft.login().is_blank() {
            match draft.account() {
                Err(Blocker::BadLogin(e)) => {
                    ui.error_label(sentence(&e.text(lang)));
                }
                Err(Blocker::Settings(e)) if !is_about_labels(&e) => {
                    ui.error_label(sentence(&e.text(lang)));
                }
                Ok(settings) => {
                    ui.success_label(tr!(
                        lang,
                        "address-signs-in-as",
                        login = settings.login().as_str()
                    ));
                }
                Err(_) => {}
            }
        }
    }

    ui.add_space(theme::GAP_L);
    let label = ui.field_label(&tr!(lang, "address-name-label"));
    ui.hint_label(tr!(lang, "address-name-hint"));
    draft.edit_name(|text| {
        ui.add(
            TextEdit::singleline(text)
                .id_salt("your-name")
                .hint_text(tr!(lang, "address-name-placeholder"))
                .desired_width(theme::FIELD_WIDTH),
        )
        .labelled_by(label.id)
    });
    if let Err(Blocker::Settings(e)) = draft.account()
        && is_about_labels(&e)
    {
        ui.error_label(sentence(&e.text(lang)));
    }
}

/// What is known about a custom domain: checking, at iCloud, elsewhere (with the confirmation),
/// no mail, or not checked; and a one-click fix for a near-miss of iCloud's own domains.
fn domain_ui(ui: &mut Ui, draft: &mut Draft, local_part: &str, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let Some(verdict) = draft.domain_verdict().cloned() else {
        let domain = draft.domain_to_look_up().unwrap_or_default();
        // A typo of iCloud's domains needs no network to be noticed.
        if let Some(suggested) = crate::domain::suggest_icloud_domain(&domain) {
            suggestion_ui(ui, &format!("{local_part}@{suggested}"), commands);
        }
        ui.horizontal_wrapped(|ui| {
            ui.spinner();
            ui.hint_label(tr!(
                lang,
                "address-checking-domain",
                domain = domain.as_str()
            ));
        });
        return;
    };
    match &verdict.kind {
        VerdictKind::IcloudOwn => {
            ui.success_label(verdict.headline(lang));
        }
        VerdictKind::IcloudCustomDomain { elsewhere, .. } if elsewhere.is_empty() => {
            ui.success_label(verdict.headline(lang));
        }
        VerdictKind::IcloudCustomDomain { .. } | VerdictKind::Unchecked { .. } => {
            ui.warning_label(verdict.headline(lang));
        }
        VerdictKind::ProviderAddress { .. }
        | VerdictKind::OtherProvider { .. }
        | VerdictKind::NoSuchDomain
        | VerdictKind::NoMail => {
            ui.error_label(verdict.headline(lang));
        }
    }
    if let Some(address) = verdict.suggested_address(local_part) {
        suggestion_ui(ui, &address, commands);
    }
    for paragraph in verdict.details(lang) {
        ui.hint_label(paragraph);
    }
    if let Some(label) = verdict.confirmation_label(lang) {
        let mut confirmed = draft.domain_confirmed();
        if ui.checkbox(&mut confirmed, label).changed() {
            draft.confirm_domain(confirmed);
        }
    }
}

/// "Did you mean jane@icloud.com?" with a button that puts that address in the field.
fn suggestion_ui(ui: &mut Ui, address: &str, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.warning_label(tr!(lang, "domain-did-you-mean", address = address));
    if ui
        .button(tr!(lang, "address-use-suggestion", address = address))
        .clicked()
    {
        commands.push(Command::UseAddress(address.to_owned()));
    }
    ui.add_space(theme::GAP_S);
}

fn is_about_labels(e: &SettingsError) -> bool {
    matches!(
        e,
        SettingsError::LabelTooLong { .. } | SettingsError::LabelControlCharacter { .. }
    )
}

/// `text` with a capital first letter.
pub(crate) fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
