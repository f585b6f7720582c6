//! The desktop wizard's connection test against real mail servers on loopback (Dovecot and
//! Postfix or aiosmtpd from tests/harness), through the real check runner: the same code the
//! window uses, with the harness's ports and its test CA as an extra trusted root.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use std::sync::Arc;
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable as _;
use icloud_mail_wizard::gui::{ProbeRunner, SavedState, WizardApp};
use icloud_mail_wizard::probe::plan::Servers;
use icloud_mail_wizard::probe::{Category, ProbeOptions, Target, Timeouts};
use icloud_mail_wizard::provider::Security;
use icloud_mail_wizard::wizard::{Checks, Step};
use util::gui::{Fakes, all_ok, click, harness, settle, shows_text, step_until, type_into};
use util::harness::{Harness, harness as mail_harness};

type H = egui_kittest::Harness<'static, WizardApp>;

fn loopback(port: u16, security: Security) -> Target {
    Target {
        host: "127.0.0.1".into(),
        port,
        security,
    }
}

fn servers(h: &Harness) -> Servers {
    Servers {
        imap: loopback(h.port("IMAPS_PORT"), Security::Tls),
        smtp_starttls: loopback(h.port("SUBMISSION_PORT"), Security::StartTls),
        smtp_tls: loopback(h.port("SMTPS_PORT"), Security::Tls),
    }
}

fn options(h: &Harness, limit: Duration) -> ProbeOptions {
    ProbeOptions {
        timeouts: Timeouts::uniform(limit),
        extra_root_pem: Some(h.ca_pem()),
    }
}

/// The wizard with the real runner against `servers`, at the Test step with `password`.
fn at_test_step(runner: ProbeRunner, password: &str) -> (H, Fakes) {
    let mut fakes = Fakes::new(all_ok);
    fakes.keyring_works = false;
    let mut deps = fakes.deps();
    deps.checks = Arc::new(runner);
    let mut h = harness(deps, SavedState::default());
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "alice@icloud.com");
    click(&mut h, "Next");
    type_into(&mut h, "App-specific password", password);
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Test);
    (h, fakes)
}

fn finished(h: &egui_kittest::Harness<'_, WizardApp>) -> bool {
    matches!(h.state().draft().checks(), Checks::Finished(_))
}

#[test]
fn the_gui_checks_pass_against_real_servers_and_the_test_message_arrives() {
    let mh = mail_harness();
    let runner = ProbeRunner::new(servers(mh), options(mh, Duration::from_secs(5)));
    let (mut h, _fakes) = at_test_step(runner, mh.password());
    step_until(&mut h, "the real checks", finished);
    let Checks::Finished(outcome) = h.state().draft().checks() else {
        unreachable!()
    };
    for report in &outcome.reports {
        assert_eq!(report.category(), Category::Ok, "{report:?}");
    }
    assert!(shows_text(
        &h,
        "Receiving and sending both work from this network"
    ));
    assert_eq!(h.get_all_by_label_contains("login works as").count(), 4);
    assert!(shows_text(&h, "IMAP login works as alice on 127.0.0.1"));

    click(&mut h, "Send myself a test message");
    step_until(&mut h, "the test message to come back", |h| {
        shows_text(h, "The test message was sent and arrived after")
            || shows_text(h, "The test message did not make it")
    });
    assert!(shows_text(&h, "it was deleted again"), "round trip failed");

    click(&mut h, "Next");
    assert!(shows_text(
        &h,
        "The files use what the test found works: IMAP username alice (name part of the address), SMTP port 587 with STARTTLS"
    ));
}

#[test]
fn a_wrong_password_against_real_servers_is_explained() {
    let mh = mail_harness();
    let runner = ProbeRunner::new(servers(mh), options(mh, Duration::from_secs(5)));
    let (mut h, _fakes) = at_test_step(runner, "wxyz-wxyz-wxyz-wxyz");
    step_until(&mut h, "the real checks", finished);
    assert!(shows_text(&h, "No login worked"));
    assert_eq!(
        h.get_all_by_label_contains("The server refused the login as")
            .count(),
        4
    );
    assert!(
        !util::gui::is_disabled(&h, "Next"),
        "a failed test does not block the export"
    );
}

/// Frame times of the headless UI while checks run against a server that never answers: the
/// window must stay responsive (figures printed for the README's performance notes).
#[test]
fn the_window_stays_responsive_while_checks_run() {
    let mh = mail_harness();
    let mut servers = servers(mh);
    servers.smtp_starttls = loopback(mh.port("FAULT_TARPIT_PORT"), Security::StartTls);
    let runner = ProbeRunner::new(servers, options(mh, Duration::from_secs(2)));
    let (mut h, _fakes) = at_test_step(runner, mh.password());
    let mut frames = Vec::new();
    let started = Instant::now();
    while !finished(&h) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "checks never finished"
        );
        let t = Instant::now();
        h.step();
        frames.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(16));
    }
    settle(&mut h);
    let Checks::Finished(outcome) = h.state().draft().checks() else {
        unreachable!()
    };
    let categories: Vec<Category> = outcome
        .reports
        .iter()
        .map(icloud_mail_wizard::probe::ProbeReport::category)
        .collect();
    assert_eq!(
        categories,
        [Category::Ok, Category::Ok, Category::Timeout, Category::Ok]
    );
    assert!(shows_text(&h, "SMTP port 465 with SSL/TLS"));
    frames.sort();
    let median = frames[frames.len() / 2];
    let max = frames[frames.len() - 1];
    println!(
        "frame time while checks ran for {:.1} s ({} frames, headless egui pass): median {:.2} ms, max {:.2} ms",
        started.elapsed().as_secs_f64(),
        frames.len(),
        median.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
    assert!(frames.len() > 50, "frames kept coming while the checks ran");
    assert!(max < Duration::from_millis(250), "a frame took {max:?}");
}
