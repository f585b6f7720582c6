//! `icloud-mail-wizard check`: run the diagnosis plan and print what works and why not.

use std::io::Write as _;
use std::time::Duration;

use serde_json::{Value, json};

use super::password::password_for;
use super::{CheckArgs, CliError, HostPort, Outcome};
use crate::i18n::Lang;
use crate::keyring_store::KeyringStore;
use crate::password::{AppPassword, ShapeError};
use crate::probe::plan::{self, Event, Plan, Recommendation, Servers};
use crate::probe::roundtrip::{self, Removal, RoundTripReport, RoundTripRequest};
use crate::probe::{CancelToken, Category, ProbeOptions, ProbeReport, Target, Timeouts, explain};
use crate::provider::{Security, UsernameForm};
use crate::secret::Secret;
use crate::settings::{AccountInput, AccountSettings};

pub(super) fn run(args: &CheckArgs) -> Result<Outcome, CliError> {
    let Prepared {
        settings,
        servers,
        options,
        password,
        shape,
    } = prepare(args)?;

    let plan = Plan::new(&settings, &servers);
    let cancel = CancelToken::new();
    let mut out = std::io::stdout().lock();
    if !args.json {
        let _ = writeln!(
            out,
            "Checking {} (login {}) with {} checks at once…",
            settings.email(),
            settings.login(),
            plan.checks.len()
        );
    }
    let started = std::time::Instant::now();
    let outcome = plan::run(&plan, &password, &options, &cancel, |event| {
        if let (false, Event::Finished { id, report }) = (args.json, &event) {
            let _ = writeln!(
                out,
                "{}",
                human_line(&plan.checks[*id].title(Lang::En), report, shape.as_ref())
            );
        }
    });
    let plan_elapsed = started.elapsed();
    let recommendation = outcome.recommendation;

    let round_trip = if args.round_trip {
        Some(
            match RoundTripRequest::for_outcome(&plan, &outcome, settings.email().as_str()) {
                Some(request) => Ok(roundtrip::run(&request, &password, &options, &cancel)),
                None => Err("skipped: no working IMAP and SMTP login to use"),
            },
        )
    } else {
        None
    };

    if args.json {
        let mut value = json_report(
            &settings,
            &plan,
            &outcome.reports,
            recommendation,
            round_trip.as_ref(),
            shape.as_ref(),
        );
        // Wall time of the whole plan, all checks together.
        value["plan_ms"] = ms(Some(plan_elapsed));
        let _ = writeln!(out, "{value:#}");
    } else {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", human_recommendation(&settings, recommendation));
        if let Some(rt) = &round_trip {
            let _ = writeln!(out, "{}", human_round_trip(rt));
        }
    }
    let round_trip_ok = round_trip
        .as_ref()
        .is_none_or(|rt| rt.as_ref().is_ok_and(|r| r.result.is_ok()));
    Ok(if recommendation.is_working() && round_trip_ok {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

struct Prepared {
    settings: AccountSettings,
    servers: Servers,
    options: ProbeOptions,
    password: Secret,
    shape: Option<ShapeError>,
}

fn prepare(args: &CheckArgs) -> Result<Prepared, CliError> {
    let settings = AccountInput {
        email: &args.account.email,
        login: args.account.login.as_deref(),
        ..AccountInput::default()
    }
    .parse()?;

    let mut servers = Servers::icloud();
    if let Some(spec) = &args.imap {
        servers.imap = target(spec, Security::Tls);
    }
    if let Some(spec) = &args.smtp_starttls {
        servers.smtp_starttls = target(spec, Security::StartTls);
    }
    if let Some(spec) = &args.smtp_tls {
        servers.smtp_tls = target(spec, Security::Tls);
    }

    let extra_root_pem = match &args.ca_file {
        Some(path) => {
            let pem = std::fs::read(path).map_err(|e| {
                CliError::failed(format!(
                    "could not read the CA file {}: {e}",
                    path.display()
                ))
            })?;
            match native_tls::Certificate::stack_from_pem(&pem) {
                Ok(certs) if !certs.is_empty() => Some(pem),
                Ok(_) => {
                    return Err(CliError::Usage(format!(
                        "{} holds no PEM certificate (-----BEGIN CERTIFICATE-----); give the CA certificate in PEM form",
                        path.display()
                    )));
                }
                Err(e) => {
                    return Err(CliError::Usage(format!(
                        "{} holds no PEM certificate that can be read: {e}",
                        path.display()
                    )));
                }
            }
        }
        None => None,
    };
    let timeouts = args.timeout_secs.map_or_else(Timeouts::default, |secs| {
        Timeouts::uniform(Duration::from_secs(secs))
    });

    let raw = password_for(args.password_stdin, settings.login(), &KeyringStore::new())?;
    let (password, shape) = match AppPassword::parse(raw.expose()) {
        Ok(app) => (app.into_secret(), None),
        Err(shape) => (Secret::new(raw.expose().trim()), Some(shape)),
    };
    Ok(Prepared {
        settings,
        servers,
        options: ProbeOptions {
            timeouts,
            extra_root_pem,
        },
        password,
        shape,
    })
}

fn target(spec: &HostPort, security: Security) -> Target {
    Target {
        host: spec.host.clone(),
        port: spec.port,
        security,
    }
}

fn ms(d: Option<Duration>) -> Value {
    d.map_or(Value::Null, |d| {
        json!(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
    })
}

fn human_time(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

fn human_line(title: &str, report: &ProbeReport, shape: Option<&ShapeError>) -> String {
    let mark = if report.is_ok() { " ok " } else { "FAIL" };
    let mut line = format!(
        "[{mark}] {title:<24} as {:<26} {:<20} {:>8}",
        report.request.username,
        report.category().name(),
        human_time(report.timings.total)
    );
    if !report.is_ok() {
        line.push_str("\n       ");
        line.push_str(&explain(report, shape, Lang::En));
    }
    line
}

fn human_recommendation(settings: &AccountSettings, rec: Recommendation) -> String {
    let applied = rec.apply(settings.clone());
    if rec.is_working() {
        format!(
            "Works: {}.\nExport these settings with:\n  icloud-mail-wizard export --email {}{} --imap-username {} --smtp-port {}",
            rec.describe(&applied, Lang::En),
            settings.email(),
            if settings.logs_in_as_itself() {
                String::new()
            } else {
                format!(" --login {}", settings.login())
            },
            applied.imap().username_form.name(),
            applied.smtp().port
        )
    } else {
        let found = rec.describe(&applied, Lang::En);
        let missing = match (rec.imap_username, rec.smtp_security) {
            (None, None) => "no IMAP and no SMTP login worked",
            (None, Some(_)) => "no IMAP login worked",
            _ => "no SMTP login worked",
        };
        if found.is_empty() {
            format!("Not working yet: {missing}. See the messages above.")
        } else {
            format!("Not working yet: {found}; {missing}. See the messages above.")
        }
    }
}

fn human_round_trip(rt: &Result<RoundTripReport, &str>) -> String {
    match rt {
        Err(why) => format!("Round trip {why}."),
        Ok(r) => match &r.result {
            Ok(()) => format!(
                "Round trip: sent in {}, arrived in INBOX {} later, {}.",
                r.sent_in.map_or_else(|| "?".into(), human_time),
                r.delivered_in.map_or_else(|| "?".into(), human_time),
                match r.removal {
                    Removal::Removed => "then deleted again",
                    Removal::FlaggedOnly => "flagged as deleted (your mail app removes it)",
                    Removal::NotFound => "not removed",
                }
            ),
            Err(f) => format!(
                "Round trip failed ({}, during {}): {}",
                f.category,
                f.phase.describe(),
                f.server_text.as_deref().unwrap_or(&f.detail)
            ),
        },
    }
}

fn json_report(
    settings: &AccountSettings,
    plan: &Plan,
    reports: &[ProbeReport],
    rec: Recommendation,
    round_trip: Option<&Result<RoundTripReport, &str>>,
    shape: Option<&ShapeError>,
) -> Value {
    let checks: Vec<Value> = plan
        .checks
        .iter()
        .zip(reports)
        .map(|(check, r)| {
            let failure = r.result.as_ref().err();
            json!({
                "check": check.title(Lang::En),
                "protocol": r.request.protocol,
                "server": r.request.target.host,
                "port": r.request.target.port,
                "security": r.request.target.security.name(),
                "username": r.request.username,
                "username_form": check.username_form.name(),
                "category": r.category().name(),
                "phase": failure.map(|f| f.phase.name()),
                "certificate": failure.and_then(|f| f.cert),
                "message": explain(r, shape, Lang::En),
                "server_text": failure.and_then(|f| f.server_text.clone()),
                "timings_ms": {
                    "connect": ms(r.timings.connect),
                    "tls": ms(r.timings.tls),
                    "greeting": ms(r.timings.greeting),
                    "auth": ms(r.timings.auth),
                    "total": ms(Some(r.timings.total)),
                },
            })
        })
        .collect();
    let applied = rec.apply(settings.clone());
    json!({
        "email": settings.email().as_str(),
        "login": settings.login().as_str(),
        "password_shape": shape.map_or_else(|| "app-specific".to_owned(), ToString::to_string),
        "checks": checks,
        "recommendation": {
            "working": rec.is_working(),
            "imap_username": rec.imap_username.map(|_| applied.imap().username.clone()),
            "imap_username_form": rec.imap_username.map(UsernameForm::name),
            "smtp_port": rec.smtp_security.map(|_| applied.smtp().port),
            "smtp_security": rec.smtp_security.map(Security::name),
        },
        "round_trip": round_trip.map(|rt| match rt {
            Err(why) => json!({ "category": "skipped", "message": why }),
            Ok(r) => json!({
                "category": r.result.as_ref().err().map_or(Category::Ok, |f| f.category).name(),
                "message_id": r.message_id,
                "sent_ms": ms(r.sent_in),
                "delivered_ms": ms(r.delivered_in),
                "removed": r.removal == Removal::Removed,
                "message": human_round_trip(rt),
            }),
        }),
    })
}
