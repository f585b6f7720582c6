//! The diagnosis plan: iCloud's documented troubleshooting steps, run at once.
//!
//! Instead of trying the name part, then the full address, then port 465, the plan probes IMAP
//! with both username forms and SMTP on 587 (STARTTLS) and 465 (TLS) concurrently, one named
//! thread per check. Results stream out as each check finishes; the outcome is a
//! [`Recommendation`] that [`Recommendation::apply`] feeds into the exports.

use std::sync::mpsc;
use std::thread;

use super::{CancelToken, ProbeOptions, ProbeReport, ProbeRequest, Protocol, Target, probe};
use crate::i18n::Lang;
use crate::provider::{Endpoint, Provider, Security, UsernameForm};
use crate::secret::Secret;
use crate::settings::AccountSettings;

/// The servers a plan probes. [`Servers::icloud`] gives the documented ones; tests and networks
/// with their own relays override them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Servers {
    /// Incoming server.
    pub imap: Target,
    /// Submission with STARTTLS (documented: 587).
    pub smtp_starttls: Target,
    /// Submission with implicit TLS (documented fallback: 465).
    pub smtp_tls: Target,
}

impl Servers {
    /// iCloud's documented servers.
    pub fn icloud() -> Self {
        let p = Provider::icloud();
        let target = |e: &Endpoint| Target {
            host: e.host.clone(),
            port: e.port,
            security: e.security,
        };
        let by_security = |s: Security| {
            p.smtp_candidates()
                .find(|e| e.security == s)
                .map_or_else(|| target(&p.smtp), target)
        };
        Self {
            imap: target(&p.imap),
            smtp_starttls: by_security(Security::StartTls),
            smtp_tls: by_security(Security::Tls),
        }
    }
}

/// One check of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// Position in the plan, stable for the run (UI rows use it).
    pub id: usize,
    /// What is probed.
    pub request: ProbeRequest,
    /// For IMAP: which username form this check tries.
    pub username_form: UsernameForm,
}

impl Check {
    /// A short name for people in `lang`, e.g. `IMAP 993, name part` or `SMTP 587, STARTTLS`
    /// (the command line passes [`Lang::En`]).
    pub fn title(&self, lang: Lang) -> String {
        let r = &self.request;
        let port = r.target.port;
        match (r.protocol, self.username_form) {
            (Protocol::Imap, UsernameForm::NamePart) => {
                tr!(lang, "test-check-imap-name-part", port = port)
            }
            (Protocol::Imap, UsernameForm::FullAddress) => {
                tr!(lang, "test-check-imap-full-address", port = port)
            }
            (Protocol::Smtp, _) => tr!(
                lang,
                "test-check-smtp",
                port = port,
                security = r.target.security.to_string()
            ),
        }
    }
}

/// The checks to run for one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The checks, in display order.
    pub checks: Vec<Check>,
    /// The IMAP username form the account uses when nothing says otherwise: the name part on
    /// iCloud's own domains, the whole primary address for a custom domain. The recommendation
    /// keeps it whenever it works.
    pub preferred_imap_username: UsernameForm,
}

impl Plan {
    /// IMAP with the login's name part and with the full login address; SMTP with the full login
    /// address on the STARTTLS port and on the implicit-TLS port.
    pub fn new(settings: &AccountSettings, servers: &Servers) -> Self {
        let login = settings.login();
        let mut checks = Vec::new();
        let mut add = |protocol, target: &Target, form: UsernameForm| {
            let username = match form {
                UsernameForm::NamePart => login.local_part(),
                UsernameForm::FullAddress => login.as_str(),
            };
            checks.push(Check {
                id: checks.len(),
                request: ProbeRequest {
                    protocol,
                    target: target.clone(),
                    username: username.to_owned(),
                },
                username_form: form,
            });
        };
        add(Protocol::Imap, &servers.imap, UsernameForm::NamePart);
        add(Protocol::Imap, &servers.imap, UsernameForm::FullAddress);
        add(
            Protocol::Smtp,
            &servers.smtp_starttls,
            UsernameForm::FullAddress,
        );
        add(Protocol::Smtp, &servers.smtp_tls, UsernameForm::FullAddress);
        Self {
            checks,
            preferred_imap_username: settings.imap().username_form,
        }
    }
}

/// Progress of a running plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// A check's thread started.
    Started {
        /// [`Check::id`].
        id: usize,
    },
    /// A check finished.
    Finished {
        /// [`Check::id`].
        id: usize,
        /// Its outcome.
        report: ProbeReport,
    },
}

/// What the plan found works.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Recommendation {
    /// The IMAP username form that logged in (the documented default when both did).
    pub imap_username: Option<UsernameForm>,
    /// The SMTP security (and so port) that logged in (587 STARTTLS when both did).
    pub smtp_security: Option<Security>,
}

impl Recommendation {
    /// Whether both an IMAP and an SMTP login worked.
    pub fn is_working(&self) -> bool {
        self.imap_username.is_some() && self.smtp_security.is_some()
    }

    /// What the test found, in words, with the values `applied` (the settings after
    /// [`Recommendation::apply`]) carries, e.g. `IMAP username jane.doe (name part of the
    /// address), SMTP port 465 with SSL/TLS`. The command line, the wizard and the exports all
    /// describe a recommendation with this line, in `lang` (the command line in
    /// [`Lang::En`]). Empty when nothing worked.
    pub fn describe(&self, applied: &AccountSettings, lang: Lang) -> String {
        let (imap, smtp) = (applied.imap(), applied.smtp());
        let username = imap.username.as_str();
        let mut parts = Vec::new();
        if let Some(form) = self.imap_username {
            parts.push(match form {
                UsernameForm::NamePart => {
                    tr!(lang, "basis-imap-name-part", username = username)
                }
                UsernameForm::FullAddress => {
                    tr!(lang, "basis-imap-full-address", username = username)
                }
            });
        }
        if let Some(security) = self.smtp_security {
            parts.push(tr!(
                lang,
                "basis-smtp",
                port = smtp.port,
                security = security.to_string()
            ));
        }
        parts.join(", ")
    }

    /// Applies the findings to `settings`; what was not found is left as documented.
    pub fn apply(&self, mut settings: AccountSettings) -> AccountSettings {
        if let Some(form) = self.imap_username {
            settings = settings.with_imap_username(form);
        }
        if let Some(security) = self.smtp_security
            && let Some(endpoint) = Provider::icloud()
                .smtp_candidates()
                .find(|e| e.security == security)
        {
            settings = settings.with_smtp_endpoint(endpoint);
        }
        settings
    }
}

/// The whole plan's outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// One report per check, in plan order.
    pub reports: Vec<ProbeReport>,
    /// What to use.
    pub recommendation: Recommendation,
}

/// Derives the recommendation from finished reports, preferring the account's own IMAP username
/// form and the documented SMTP port (587 with STARTTLS) whenever they work.
pub fn recommend(plan: &Plan, reports: &[ProbeReport]) -> Recommendation {
    let works = |pred: &dyn Fn(&Check) -> bool| {
        plan.checks
            .iter()
            .zip(reports)
            .any(|(check, report)| pred(check) && report.is_ok())
    };
    let documented = Provider::icloud();
    let imap_order = match plan.preferred_imap_username {
        UsernameForm::NamePart => [UsernameForm::NamePart, UsernameForm::FullAddress],
        UsernameForm::FullAddress => [UsernameForm::FullAddress, UsernameForm::NamePart],
    };
    let imap_username = imap_order.into_iter().find(|&form| {
        works(&|c: &Check| c.request.protocol == Protocol::Imap && c.username_form == form)
    });
    let smtp_security = [documented.smtp.security, Security::Tls]
        .into_iter()
        .find(|&sec| {
            works(&|c: &Check| {
                c.request.protocol == Protocol::Smtp && c.request.target.security == sec
            })
        });
    Recommendation {
        imap_username,
        smtp_security,
    }
}

/// Bound of the event channel: one start and one finish per check fit without blocking.
const CHANNEL_BOUND: usize = 8;

/// Runs every check of `plan` concurrently, one named thread each, and calls `on_event` on the
/// calling thread as each starts and finishes. Returns when all have finished (at most the
/// longest check's timeouts; sooner after `cancel`).
pub fn run(
    plan: &Plan,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    mut on_event: impl FnMut(Event),
) -> Outcome {
    let (tx, rx) = mpsc::sync_channel::<Event>(CHANNEL_BOUND);
    let mut reports: Vec<Option<ProbeReport>> = vec![None; plan.checks.len()];
    thread::scope(|scope| {
        for check in &plan.checks {
            let tx = tx.clone();
            let name = format!("probe-{}-{}", check.id, check.request.protocol.label());
            let spawned = thread::Builder::new()
                .name(name)
                .spawn_scoped(scope, move || {
                    let _ = tx.send(Event::Started { id: check.id });
                    let report = probe(&check.request, password, options, cancel);
                    let _ = tx.send(Event::Finished {
                        id: check.id,
                        report,
                    });
                });
            if spawned.is_err() {
                // No thread could be started: run the check here rather than lose it.
                let report = probe(&check.request, password, options, cancel);
                reports[check.id] = Some(report.clone());
                on_event(Event::Finished {
                    id: check.id,
                    report,
                });
            }
        }
        drop(tx);
        for event in rx {
            if let Event::Finished { id, report } = &event
                && let Some(slot) = reports.get_mut(*id)
            {
                *slot = Some(report.clone());
            }
            on_event(event);
        }
    });
    let reports: Vec<ProbeReport> = reports.into_iter().flatten().collect();
    let recommendation = recommend(plan, &reports);
    Outcome {
        reports,
        recommendation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::{Category, Failure, Phase, Timings};
    use crate::settings::AccountInput;

    fn settings(email: &str, login: Option<&str>) -> AccountSettings {
        AccountInput {
            email,
            login,
            ..AccountInput::default()
        }
        .parse()
        .unwrap()
    }

    #[test]
    fn plan_tries_both_usernames_and_both_ports() {
        let plan = Plan::new(&settings("jane.doe@icloud.com", None), &Servers::icloud());
        let summary: Vec<(Protocol, u16, Security, &str)> = plan
            .checks
            .iter()
            .map(|c| {
                (
                    c.request.protocol,
                    c.request.target.port,
                    c.request.target.security,
                    c.request.username.as_str(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                (Protocol::Imap, 993, Security::Tls, "jane.doe"),
                (Protocol::Imap, 993, Security::Tls, "jane.doe@icloud.com"),
                (
                    Protocol::Smtp,
                    587,
                    Security::StartTls,
                    "jane.doe@icloud.com"
                ),
                (Protocol::Smtp, 465, Security::Tls, "jane.doe@icloud.com"),
            ]
        );
        let custom = Plan::new(
            &settings("jane@example.com", Some("jdoe@icloud.com")),
            &Servers::icloud(),
        );
        assert_eq!(custom.checks[0].request.username, "jdoe");
        assert_eq!(custom.checks[1].request.username, "jdoe@icloud.com");
        assert_eq!(custom.checks[3].request.username, "jdoe@icloud.com");
    }

    fn outcome(plan: &Plan, ok: [bool; 4]) -> Vec<ProbeReport> {
        plan.checks
            .iter()
            .zip(ok)
            .map(|(c, ok)| ProbeReport {
                request: c.request.clone(),
                result: if ok {
                    Ok(())
                } else {
                    Err(Failure::new(Category::Timeout, Phase::Connect, "t"))
                },
                timings: Timings::default(),
            })
            .collect()
    }

    #[test]
    fn recommendation_prefers_documented_choices_and_falls_back() {
        let s = settings("jane@icloud.com", None);
        let plan = Plan::new(&s, &Servers::icloud());
        let all = recommend(&plan, &outcome(&plan, [true; 4]));
        assert_eq!(all.imap_username, Some(UsernameForm::NamePart));
        assert_eq!(all.smtp_security, Some(Security::StartTls));
        let fallback = recommend(&plan, &outcome(&plan, [false, true, false, true]));
        assert_eq!(fallback.imap_username, Some(UsernameForm::FullAddress));
        assert_eq!(fallback.smtp_security, Some(Security::Tls));
        assert!(fallback.is_working());
        let applied = fallback.apply(s);
        assert_eq!(applied.imap().username, "jane@icloud.com");
        assert_eq!(applied.smtp().port, 465);
        let none = recommend(&plan, &outcome(&plan, [false; 4]));
        assert!(!none.is_working());
    }

    #[test]
    fn a_custom_domain_keeps_the_whole_primary_address_when_it_works() {
        let s = settings("jane@example.com", Some("jdoe@icloud.com"));
        let plan = Plan::new(&s, &Servers::icloud());
        assert_eq!(plan.preferred_imap_username, UsernameForm::FullAddress);
        let both = recommend(&plan, &outcome(&plan, [true; 4]));
        assert_eq!(both.imap_username, Some(UsernameForm::FullAddress));
        assert_eq!(both.apply(s.clone()).imap().username, "jdoe@icloud.com");
        let only_name = recommend(&plan, &outcome(&plan, [true, false, true, true]));
        assert_eq!(only_name.imap_username, Some(UsernameForm::NamePart));
        assert_eq!(only_name.apply(s).imap().username, "jdoe");
    }

    #[test]
    fn an_unreachable_plan_streams_every_event_and_finishes() {
        // Port 9 on loopback: nothing listens, so every check is refused at once.
        let dead = Target {
            host: "127.0.0.1".into(),
            port: 9,
            security: Security::Tls,
        };
        let servers = Servers {
            imap: dead.clone(),
            smtp_starttls: Target {
                security: Security::StartTls,
                ..dead.clone()
            },
            smtp_tls: dead,
        };
        let plan = Plan::new(&settings("jane@icloud.com", None), &servers);
        let mut events = Vec::new();
        let out = run(
            &plan,
            &Secret::new("abcd-efgh-ijkl-mnop"),
            &ProbeOptions::default(),
            &CancelToken::new(),
            |e| events.push(e),
        );
        assert_eq!(events.len(), 8, "{events:?}");
        assert_eq!(out.reports.len(), 4);
        assert!(
            out.reports
                .iter()
                .all(|r| r.category() == Category::Refused)
        );
        assert!(!out.recommendation.is_working());
    }
}
