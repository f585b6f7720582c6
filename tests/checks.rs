//! Connection checks against real mail servers on loopback (Dovecot, Postfix or aiosmtpd) and
//! fault servers, with a throwaway test CA (tests/harness).
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use std::time::{Duration, Instant};

use icloud_mail_wizard::i18n::Lang;
use icloud_mail_wizard::probe::plan::{self, Event, Plan, Servers};
use icloud_mail_wizard::probe::roundtrip::{self, Removal, RoundTripRequest};
use icloud_mail_wizard::probe::{
    CancelToken, Category, CertProblem, Phase, ProbeOptions, ProbeReport, ProbeRequest, Protocol,
    Target, Timeouts, explain, probe,
};
use icloud_mail_wizard::provider::{Security, UsernameForm};
use icloud_mail_wizard::secret::Secret;
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};
use util::harness::{Harness, harness};

const HOST: &str = "127.0.0.1";

fn options(h: &Harness, limit: Duration) -> ProbeOptions {
    ProbeOptions {
        timeouts: Timeouts::uniform(limit),
        extra_root_pem: Some(h.ca_pem()),
    }
}

fn target(port: u16, security: Security) -> Target {
    Target {
        host: HOST.into(),
        port,
        security,
    }
}

fn run_probe(
    protocol: Protocol,
    port: u16,
    security: Security,
    user: &str,
    pw: &str,
) -> ProbeReport {
    let h = harness();
    probe(
        &ProbeRequest {
            protocol,
            target: target(port, security),
            username: user.into(),
        },
        &Secret::new(pw),
        &options(h, Duration::from_secs(5)),
        &CancelToken::new(),
    )
}

#[test]
fn imap_logins_work_with_the_name_part_and_the_full_address() {
    let h = harness();
    let pw = h.password();
    for user in ["alice", "alice@icloud.com", "alice@example.com"] {
        for (port, security) in [
            (h.port("IMAPS_PORT"), Security::Tls),
            (h.port("IMAP_STARTTLS_PORT"), Security::StartTls),
        ] {
            let r = run_probe(Protocol::Imap, port, security, user, pw);
            assert_eq!(r.category(), Category::Ok, "{user} {security}: {r:?}");
            let t = r.timings;
            assert!(
                t.connect.is_some() && t.tls.is_some() && t.greeting.is_some() && t.auth.is_some(),
                "{t:?}"
            );
            assert!(t.total >= t.auth.unwrap());
        }
    }
}

#[test]
fn smtp_logins_work_on_starttls_and_implicit_tls() {
    let h = harness();
    for (port, security) in [
        (h.port("SUBMISSION_PORT"), Security::StartTls),
        (h.port("SMTPS_PORT"), Security::Tls),
    ] {
        let r = run_probe(
            Protocol::Smtp,
            port,
            security,
            "alice@icloud.com",
            h.password(),
        );
        assert_eq!(r.category(), Category::Ok, "{security}: {r:?}");
        assert!(r.timings.tls.is_some() && r.timings.auth.is_some());
    }
}

#[test]
fn a_wrong_password_is_auth_failed_and_never_echoed() {
    let h = harness();
    let wrong = "Summer2024!";
    let cases = [
        (Protocol::Imap, h.port("IMAPS_PORT"), Security::Tls),
        (
            Protocol::Imap,
            h.port("IMAP_STARTTLS_PORT"),
            Security::StartTls,
        ),
        (
            Protocol::Smtp,
            h.port("SUBMISSION_PORT"),
            Security::StartTls,
        ),
        (Protocol::Smtp, h.port("SMTPS_PORT"), Security::Tls),
    ];
    for (protocol, port, security) in cases {
        let r = run_probe(protocol, port, security, "alice@icloud.com", wrong);
        assert_eq!(
            r.category(),
            Category::AuthFailed,
            "{protocol:?} {port}: {r:?}"
        );
        let failure = r.result.as_ref().unwrap_err();
        assert_eq!(failure.phase, Phase::Auth);
        let shape = icloud_mail_wizard::password::AppPassword::parse(wrong).unwrap_err();
        let text = explain(&r, Some(&shape), Lang::En);
        assert!(text.contains("app-specific password"), "{text}");
        assert!(text.contains("Apple Account password"), "{text}");
        assert!(
            !text.contains(wrong) && !format!("{r:?}").contains(wrong),
            "{text}"
        );
    }
}

#[test]
fn unknown_host_is_dns() {
    let h = harness();
    let r = probe(
        &ProbeRequest {
            protocol: Protocol::Imap,
            target: Target {
                host: "no-such-host.invalid".into(),
                port: 993,
                security: Security::Tls,
            },
            username: "alice".into(),
        },
        &Secret::new("x"),
        &options(h, Duration::from_secs(3)),
        &CancelToken::new(),
    );
    assert_eq!(r.category(), Category::Dns, "{r:?}");
}

#[test]
fn closed_port_is_refused() {
    // Bind and drop: the port is free and nothing listens on it.
    let port = std::net::TcpListener::bind((HOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = run_probe(Protocol::Smtp, port, Security::StartTls, "a", "x");
    assert_eq!(r.category(), Category::Refused, "{r:?}");
}

/// Each fault server, the probe pointed at it, and what it must be classified as.
/// A fault server's port key, the probe pointed at it, and the expected category, phase and
/// certificate problem.
type FaultCase = (
    &'static str,
    Protocol,
    Security,
    Category,
    Phase,
    Option<CertProblem>,
);

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "a table of cases, one line each before formatting"
)]
fn every_fault_maps_to_its_category_within_its_timeout() {
    let h = harness();
    let limit = Duration::from_millis(1500);
    let cases: &[FaultCase] = &[
        (
            "FAULT_TARPIT_PORT",
            Protocol::Imap,
            Security::Tls,
            Category::Timeout,
            Phase::Tls,
            None,
        ),
        (
            "FAULT_TARPIT_PORT",
            Protocol::Smtp,
            Security::StartTls,
            Category::Timeout,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_CLOSE_PORT",
            Protocol::Imap,
            Security::StartTls,
            Category::Closed,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_CLOSE_PORT",
            Protocol::Smtp,
            Security::Tls,
            Category::Closed,
            Phase::Tls,
            None,
        ),
        (
            "FAULT_RESET_PORT",
            Protocol::Smtp,
            Security::StartTls,
            Category::Closed,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_GARBAGE_PORT",
            Protocol::Smtp,
            Security::StartTls,
            Category::Protocol,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_GARBAGE_PORT",
            Protocol::Imap,
            Security::StartTls,
            Category::Protocol,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_TLS_WRONGHOST_PORT",
            Protocol::Imap,
            Security::Tls,
            Category::TlsCertificate,
            Phase::Tls,
            Some(CertProblem::WrongHost),
        ),
        (
            "FAULT_TLS_UNTRUSTED_PORT",
            Protocol::Imap,
            Security::Tls,
            Category::TlsCertificate,
            Phase::Tls,
            Some(CertProblem::Untrusted),
        ),
        (
            "FAULT_TLS_EXPIRED_PORT",
            Protocol::Smtp,
            Security::Tls,
            Category::TlsCertificate,
            Phase::Tls,
            Some(CertProblem::Expired),
        ),
        (
            "FAULT_PLAINTEXT_ON_TLS_PORT",
            Protocol::Imap,
            Security::Tls,
            Category::TlsHandshake,
            Phase::Tls,
            None,
        ),
        (
            "FAULT_SLOW_GREETING_PORT",
            Protocol::Imap,
            Security::StartTls,
            Category::Timeout,
            Phase::Greeting,
            None,
        ),
        (
            "FAULT_SMTP_NO_STARTTLS_PORT",
            Protocol::Smtp,
            Security::StartTls,
            Category::StartTlsUnavailable,
            Phase::StartTls,
            None,
        ),
        (
            "FAULT_TLS_HANG_PORT",
            Protocol::Smtp,
            Security::Tls,
            Category::Timeout,
            Phase::Tls,
            None,
        ),
    ];
    // All at once, as the plan would, so the whole table costs about one timeout.
    let results: Vec<(usize, ProbeReport, Duration)> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .iter()
            .enumerate()
            .map(|(i, (port, protocol, security, ..))| {
                let request = ProbeRequest {
                    protocol: *protocol,
                    target: target(h.port(port), *security),
                    username: "alice@icloud.com".into(),
                };
                let opts = options(h, limit);
                s.spawn(move || {
                    let started = Instant::now();
                    let r = probe(
                        &request,
                        &Secret::new(h.password()),
                        &opts,
                        &CancelToken::new(),
                    );
                    (i, r, started.elapsed())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (i, report, took) in results {
        let (port, _, _, category, phase, cert) = cases[i];
        let failure = report.result.as_ref().expect_err(port);
        // A reset can arrive while connect() is still checking the socket's error, or with the
        // first read: both phases are honest for that one fault.
        let phase_ok = failure.phase == phase
            || (port == "FAULT_RESET_PORT" && failure.phase == Phase::Connect);
        assert!(
            failure.category == category && failure.cert == cert && phase_ok,
            "{port} {:?}: expected {category:?} in {phase:?} ({cert:?}), got {failure:?}",
            report.request.protocol
        );
        // One step's limit, plus scheduling slack; never the fault server's 30 s.
        assert!(took < limit * 3, "{port}: took {took:?}");
        let text = explain(&report, None, Lang::En);
        assert!(!text.is_empty() && !text.contains(h.password()), "{text}");
    }
}

#[test]
fn direct_tls_on_the_starttls_port_is_explained() {
    let h = harness();
    let r = run_probe(
        Protocol::Smtp,
        h.port("SUBMISSION_PORT"),
        Security::Tls,
        "alice@icloud.com",
        h.password(),
    );
    assert_eq!(r.category(), Category::TlsHandshake, "{r:?}");
    let text = explain(&r, None, Lang::En);
    assert!(
        text.contains("choose STARTTLS instead of SSL/TLS"),
        "{text}"
    );
}

#[test]
fn the_certificate_is_checked_without_the_test_ca() {
    let h = harness();
    let r = probe(
        &ProbeRequest {
            protocol: Protocol::Imap,
            target: target(h.port("IMAPS_PORT"), Security::Tls),
            username: "alice".into(),
        },
        &Secret::new(h.password()),
        &ProbeOptions {
            timeouts: Timeouts::uniform(Duration::from_secs(5)),
            extra_root_pem: None,
        },
        &CancelToken::new(),
    );
    let f = r.result.unwrap_err();
    assert_eq!(
        (f.category, f.cert),
        (Category::TlsCertificate, Some(CertProblem::Untrusted))
    );
}

/// Settings for the harness's iCloud-shaped user.
fn alice() -> AccountSettings {
    AccountInput {
        email: "alice@icloud.com",
        ..AccountInput::default()
    }
    .parse()
    .unwrap()
}

fn servers(h: &Harness) -> Servers {
    Servers {
        imap: target(h.port("IMAPS_PORT"), Security::Tls),
        smtp_starttls: target(h.port("SUBMISSION_PORT"), Security::StartTls),
        smtp_tls: target(h.port("SMTPS_PORT"), Security::Tls),
    }
}

#[test]
fn the_plan_streams_results_and_recommends_the_documented_settings() {
    let h = harness();
    let settings = alice();
    let plan = Plan::new(&settings, &servers(h));
    let mut events = Vec::new();
    let out = plan::run(
        &plan,
        &Secret::new(h.password()),
        &options(h, Duration::from_secs(5)),
        &CancelToken::new(),
        |e| events.push(e),
    );
    let finished: Vec<usize> = events
        .iter()
        .filter_map(|e| match e {
            Event::Finished { id, .. } => Some(*id),
            Event::Started { .. } => None,
        })
        .collect();
    assert_eq!(finished.len(), 4);
    assert!(
        out.reports.iter().all(ProbeReport::is_ok),
        "{:?}",
        out.reports
    );
    assert_eq!(
        out.recommendation.imap_username,
        Some(UsernameForm::NamePart)
    );
    assert_eq!(out.recommendation.smtp_security, Some(Security::StartTls));
    assert!(out.recommendation.is_working());
}

#[test]
fn a_blocked_587_recommends_465() {
    let h = harness();
    let settings = alice();
    let mut servers = servers(h);
    servers.smtp_starttls = target(h.port("FAULT_TARPIT_PORT"), Security::StartTls);
    let plan = Plan::new(&settings, &servers);
    let out = plan::run(
        &plan,
        &Secret::new(h.password()),
        &options(h, Duration::from_millis(800)),
        &CancelToken::new(),
        |_| {},
    );
    assert_eq!(out.reports[2].category(), Category::Timeout);
    assert_eq!(out.recommendation.smtp_security, Some(Security::Tls));
    let applied = out.recommendation.apply(settings);
    assert_eq!(
        (applied.smtp().port, applied.smtp().security),
        (465, Security::Tls)
    );
}

#[test]
fn cancel_ends_a_plan_at_once() {
    let h = harness();
    let settings = alice();
    let tarpit = target(h.port("FAULT_TLS_HANG_PORT"), Security::Tls);
    let servers = Servers {
        imap: tarpit.clone(),
        smtp_starttls: target(h.port("FAULT_SLOW_GREETING_PORT"), Security::StartTls),
        smtp_tls: tarpit,
    };
    let plan = Plan::new(&settings, &servers);
    let cancel = CancelToken::new();
    let canceller = cancel.clone();
    let started = Instant::now();
    let out = std::thread::scope(|s| {
        s.spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            canceller.cancel();
        });
        plan::run(
            &plan,
            &Secret::new(h.password()),
            &options(h, Duration::from_secs(20)),
            &cancel,
            |_| {},
        )
    });
    let took = started.elapsed();
    assert!(took < Duration::from_secs(3), "cancel took {took:?}");
    assert!(
        out.reports
            .iter()
            .all(|r| r.category() == Category::Cancelled),
        "{:?}",
        out.reports
    );
}

#[test]
fn round_trip_delivers_and_removes_exactly_that_message() {
    let h = harness();
    let opts = options(h, Duration::from_secs(5));
    let request = RoundTripRequest {
        smtp: ProbeRequest {
            protocol: Protocol::Smtp,
            target: target(h.port("SUBMISSION_PORT"), Security::StartTls),
            username: "alice@icloud.com".into(),
        },
        imap: ProbeRequest {
            protocol: Protocol::Imap,
            target: target(h.port("IMAPS_PORT"), Security::Tls),
            username: "alice".into(),
        },
        address: "alice@icloud.com".into(),
        delivery_timeout: Duration::from_secs(20),
        lang: Lang::En,
        poll_interval: Duration::from_millis(100),
    };
    let report = roundtrip::run(
        &request,
        &Secret::new(h.password()),
        &opts,
        &CancelToken::new(),
    );
    assert_eq!(report.result, Ok(()), "{report:?}");
    assert!(report.sent_in.is_some() && report.delivered_in.is_some());
    assert_eq!(report.removal, Removal::Removed);

    // An independent client finds no message with that Message-ID any more.
    let out = std::process::Command::new("curl")
        .args(["-sS", "--cacert"])
        .arg(h.ca_path())
        .arg(format!("imaps://{HOST}:{}/INBOX", h.port("IMAPS_PORT")))
        .args(["-u", &format!("alice:{}", h.password())])
        .args([
            "-X",
            &format!("SEARCH HEADER Message-ID \"{}\"", report.message_id),
        ])
        .output()
        .expect("curl runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(text.trim(), "* SEARCH", "the test message is gone: {text}");
}

// ---------------------------------------------------------------------------------------------
// The `check` command, as the real binary

fn check_cmd(h: &Harness, password: &str, extra: &[&str]) -> (std::process::Output, String) {
    use std::io::Write as _;
    let mut args: Vec<String> = [
        "check",
        "--email",
        "alice@icloud.com",
        "--password-stdin",
        "--timeout-secs",
        "3",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    if !extra.contains(&"--ca-file") {
        args.push("--ca-file".into());
        args.push(h.var("MAIL_CA").to_owned());
    }
    for (flag, key) in [
        ("--imap", "IMAPS_PORT"),
        ("--smtp-starttls", "SUBMISSION_PORT"),
        ("--smtp-tls", "SMTPS_PORT"),
    ] {
        if !extra.contains(&flag) {
            args.push(flag.into());
            args.push(format!("{HOST}:{}", h.port(key)));
        }
    }
    args.extend(extra.iter().map(ToString::to_string));
    let mut child = util::bin()
        .args(&args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{password}\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out, all)
}

#[test]
fn check_json_reports_every_check_and_the_recommendation() {
    let h = harness();
    let (out, all) = check_cmd(h, h.password(), &["--json", "--round-trip"]);
    assert_eq!(out.status.code(), Some(0), "{all}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let checks = v["checks"].as_array().unwrap();
    assert_eq!(checks.len(), 4);
    for c in checks {
        for key in [
            "server",
            "port",
            "security",
            "username",
            "category",
            "message",
            "timings_ms",
        ] {
            assert!(!c[key].is_null(), "{key} in {c}");
        }
        assert_eq!(c["category"], "ok");
        assert!(c["timings_ms"]["total"].as_u64().is_some());
    }
    assert_eq!(checks[0]["username"], "alice");
    assert_eq!(checks[1]["username"], "alice@icloud.com");
    assert_eq!(checks[2]["security"], "starttls");
    assert_eq!(checks[3]["security"], "tls");
    let rec = &v["recommendation"];
    assert_eq!(rec["working"], true);
    assert_eq!(rec["imap_username"], "alice");
    assert_eq!(rec["smtp_port"], 587);
    assert_eq!(v["round_trip"]["category"], "ok", "{}", v["round_trip"]);
    assert_eq!(v["round_trip"]["removed"], true);
    assert!(!all.contains(h.password()));
}

#[test]
fn check_with_the_apple_account_password_exits_1_and_explains() {
    let h = harness();
    let (out, all) = check_cmd(h, "Summer2024!", &[]);
    assert_eq!(out.status.code(), Some(1), "{all}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("auth_failed").count(), 4, "{stdout}");
    assert!(
        stdout.contains("looks like your Apple Account password"),
        "{stdout}"
    );
    assert!(stdout.contains("Not working yet"), "{stdout}");
    assert!(!all.contains("Summer2024!"), "{all}");
}

#[test]
fn check_never_shows_a_password_a_hostile_server_echoes() {
    use base64::Engine as _;
    let h = harness();
    let imap = format!("{HOST}:{}", h.port("FAULT_ECHO_IMAP_PORT"));
    let smtp = format!("{HOST}:{}", h.port("FAULT_ECHO_SMTP_PORT"));
    for json in [false, true] {
        let mut extra = vec![
            "--imap",
            &imap,
            "--smtp-tls",
            &smtp,
            "--smtp-starttls",
            &smtp,
        ];
        if json {
            extra.push("--json");
        }
        let (out, all) = check_cmd(h, h.password(), &extra);
        assert_eq!(out.status.code(), Some(1), "{all}");
        assert!(
            all.contains("you sent"),
            "the echo reached the output: {all}"
        );
        assert!(!all.contains(h.password()), "{all}");
        let b64 = base64::engine::general_purpose::STANDARD;
        assert!(!all.contains(&b64.encode(h.password())), "{all}");
        assert!(
            !all.contains(&b64.encode(format!("\0alice@icloud.com\0{}", h.password()))),
            "{all}"
        );
    }
}

/// Issue 11, item 5: the echo servers repeat the command line, so a password with `"` and `\`
/// comes back in its IMAP quoted form (escaped) and in the SASL base64 forms; none may show.
#[test]
fn check_never_shows_an_echoed_password_in_any_wire_form() {
    use base64::Engine as _;
    let h = harness();
    let imap = format!("{HOST}:{}", h.port("FAULT_ECHO_IMAP_PORT"));
    let smtp = format!("{HOST}:{}", h.port("FAULT_ECHO_SMTP_PORT"));
    let b64 = base64::engine::general_purpose::STANDARD;
    for password in [r#"ab"cd\ef-ghij-klmn"#, r#"x\"y"z\\w 100% é"#] {
        let quoted = format!("\"{}\"", password.replace('\\', r"\\").replace('"', "\\\""));
        for json in [false, true] {
            let mut extra = vec![
                "--imap",
                &imap,
                "--smtp-tls",
                &smtp,
                "--smtp-starttls",
                &smtp,
            ];
            if json {
                extra.push("--json");
            }
            let (out, all) = check_cmd(h, password, &extra);
            assert_eq!(out.status.code(), Some(1), "{all}");
            assert!(
                all.contains("you sent"),
                "the echo reached the output: {all}"
            );
            // JSON escapes `"` and `\` once more: look for both spellings.
            let json_quoted = serde_json::to_string(&quoted).unwrap();
            for leak in [
                password.to_owned(),
                quoted.clone(),
                json_quoted[1..json_quoted.len() - 1].to_owned(),
                b64.encode(password),
                b64.encode(format!("\0alice@icloud.com\0{password}")),
            ] {
                assert!(!all.contains(&leak), "{leak:?} leaked: {all}");
            }
            assert!(all.contains("***"), "{all}");
        }
    }
}

#[test]
fn check_usage_errors_exit_2() {
    let h = harness();
    let (out, all) = check_cmd(h, h.password(), &["--imap", "no-port"]);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(
        all.contains("--imap") && all.contains("wants HOST:PORT"),
        "{all}"
    );
    let (out, all) = check_cmd(h, "", &[]);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(all.contains("empty"), "{all}");
    let o = util::run(&["check", "--email", "a@icloud.com", "--password", "x"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "a --password argument does not exist"
    );
}

/// A name server that never answers: inside a private user and network namespace (only a
/// loopback interface, so nothing can leave the machine) with its own resolv.conf, `check` must
/// give up on each name lookup after its limit instead of waiting for the system resolver.
#[test]
fn a_silent_name_server_is_a_timeout_in_the_lookup() {
    util::require(&["unshare", "ip"], "the network namespace tests");
    let dir = tempfile::tempdir().unwrap();
    let resolv = dir.path().join("resolv.conf");
    std::fs::write(
        &resolv,
        "nameserver 127.0.0.53\noptions timeout:5 attempts:2\n",
    )
    .unwrap();
    let script = r#"
        set -e
        ip link set lo up
        /usr/bin/python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.53", 53))
open(__import__("sys").argv[1], "w").close()
while True:
    s.recv(512)
' "$2.ready" </dev/null >/dev/null 2>&1 &
        trap "kill $! 2>/dev/null" EXIT
        while [ ! -e "$2.ready" ]; do sleep 0.02; done
        mount --bind "$2" /etc/resolv.conf
        echo abcd-efgh-ijkl-mnop | "$1" check --email jane@icloud.com --password-stdin --timeout-secs 1 --json
    "#;
    let started = Instant::now();
    let out = std::process::Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--net",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .arg(env!("CARGO_BIN_EXE_icloud-mail-wizard"))
        .arg(&resolv)
        .output()
        .expect("unshare runs (util-linux)");
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for check in v["checks"].as_array().unwrap() {
        assert_eq!(check["category"], "timeout", "{check}");
        assert_eq!(check["phase"], "resolve", "{check}");
        assert!(
            check["message"].as_str().unwrap().contains("DNS"),
            "{check}"
        );
    }
    // One lookup limit for all four at once, not the resolver's own 2 x 5 s.
    assert!(v["plan_ms"].as_u64().unwrap() < 2500, "{v}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}

/// Issue 11, item 8: a `--ca-file` bundle with several certificates trusts every one of them,
/// not only the first (here the test CA comes second, after an unrelated self-signed one).
#[test]
fn every_certificate_of_a_ca_bundle_is_trusted() {
    let h = harness();
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("bundle.pem");
    let other = std::fs::read(h.ca_path().with_file_name("untrusted.crt")).unwrap();
    std::fs::write(&bundle, [other, h.ca_pem()].concat()).unwrap();
    let (out, all) = check_cmd(
        h,
        h.password(),
        &["--ca-file", bundle.to_str().unwrap(), "--json"],
    );
    assert_eq!(out.status.code(), Some(0), "{all}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for check in v["checks"].as_array().unwrap() {
        assert_eq!(check["category"], "ok", "{check}");
    }
    // A file without any certificate is refused in one line before anything is tried.
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    let (out, all) = check_cmd(h, h.password(), &["--ca-file", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{all}");
    assert!(all.contains("no PEM certificate"), "{all}");
    assert_eq!(all.lines().count(), 1, "{all}");
}

/// Issue 11, item 6: `--timeout-secs` limits the connect step as a whole, across every address
/// of a host name. In a private user, network and mount namespace, a name with four addresses
/// routed into nowhere (packets are dropped, so every connect waits) must time out after about
/// one limit, not four.
#[test]
fn the_connect_limit_covers_every_address_of_a_name() {
    util::require(&["unshare", "ip"], "the network namespace tests");
    let dir = tempfile::tempdir().unwrap();
    let hosts = dir.path().join("hosts");
    std::fs::write(
        &hosts,
        "127.0.0.1 localhost\n10.9.0.2 blackhole.test\n10.9.0.3 blackhole.test\n\
         10.9.0.4 blackhole.test\n10.9.0.5 blackhole.test\n",
    )
    .unwrap();
    let script = r#"
        set -e
        ip link set lo up
        ip route add 10.9.0.0/24 dev lo
        mount --bind "$2" /etc/hosts
        echo abcd-efgh-ijkl-mnop | "$1" check --email jane@icloud.com --password-stdin --timeout-secs 2 --json \
            --imap blackhole.test:993 --smtp-starttls blackhole.test:587 --smtp-tls blackhole.test:465
    "#;
    let started = Instant::now();
    let out = std::process::Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--net",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .arg(env!("CARGO_BIN_EXE_icloud-mail-wizard"))
        .arg(&hosts)
        .output()
        .expect("unshare runs (util-linux)");
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    for check in v["checks"].as_array().unwrap() {
        assert_eq!(check["category"], "timeout", "{check}");
        assert_eq!(check["phase"], "connect", "{check}");
        assert!(
            check["message"].as_str().unwrap().contains("4 addresses"),
            "the rule is shown: {check}"
        );
    }
    // One limit (2 s) for the four addresses together, not 4 x 2 s.
    assert!(v["plan_ms"].as_u64().unwrap() < 3500, "{v}");
    assert!(took < Duration::from_secs(6), "{took:?}");
}
