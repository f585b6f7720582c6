//! Domain knowledge against a real DNS server on loopback (dnsmasq, `tests/util/dnsmasq.rs`):
//! the resolver's answers, `classify`, and `domain check` / `batch --check-domains` run as the
//! real binary. The system resolver is never used: every lookup names its server.
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use icloud_mail_wizard::dns::{CancelToken, LookupFailure, Resolver};
use icloud_mail_wizard::domain::{self, VerdictKind};
use util::dnsmasq::{Dnsmasq, Silent, dkim_target};
use util::{run, stderr, stdout_lines};

/// One dnsmasq for the whole test binary.
fn dns() -> &'static Dnsmasq {
    static SERVER: OnceLock<Dnsmasq> = OnceLock::new();
    SERVER.get_or_init(Dnsmasq::start)
}

fn resolver() -> Resolver {
    Resolver::with_server(dns().addr).with_timeout(Duration::from_secs(3))
}

/// Runs `domain check DOMAIN` against dnsmasq; returns (exit code, stdout lines).
fn check(domain: &str, extra: &[&str]) -> (Option<i32>, Vec<String>) {
    let server = dns().arg();
    let mut args = vec!["domain", "check", domain, "--dns-server", &server];
    args.extend_from_slice(extra);
    let o = run(&args);
    (o.status.code(), stdout_lines(&o))
}

/// The line for one record kind (`"DKIM"`), and the indented lines that follow it.
fn block(lines: &[String], title: &str) -> Vec<String> {
    let start = lines
        .iter()
        .position(|l| l.split_whitespace().nth(1) == Some(title))
        .unwrap_or_else(|| panic!("no {title} line in {lines:#?}"));
    let mut out = vec![lines[start].clone()];
    out.extend(
        lines[start + 1..]
            .iter()
            .take_while(|l| l.starts_with(' '))
            .cloned(),
    );
    out
}

fn status_of(lines: &[String], title: &str) -> String {
    block(lines, title)[0]
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

// ---------------------------------------------------------------- the resolver

#[test]
fn lookups_return_mx_txt_and_cname_records() {
    let r = resolver();
    let mx = r.mx("icloud.test").unwrap();
    let hosts: Vec<&str> = mx.iter().map(|m| m.host.as_str()).collect();
    assert_eq!(hosts, ["mx01.mail.icloud.com", "mx02.mail.icloud.com"]);
    assert!(mx.iter().all(|m| m.preference == 10));

    let google = r.mx("google.test").unwrap();
    assert_eq!(google[0].host, "aspmx.l.google.com");
    assert_eq!(google[0].preference, 1);

    let mut txt = r.txt("icloud.test").unwrap();
    txt.sort();
    assert_eq!(
        txt,
        ["apple-domain=Tok3n11", "v=spf1 include:icloud.com ~all"]
    );
    assert_eq!(
        r.cname("sig1._domainkey.icloud.test").unwrap(),
        dkim_target("icloud.test")
    );
    // Case and a final dot do not matter.
    assert_eq!(r.mx("ICLOUD.test.").unwrap().len(), 2);
}

#[test]
fn nxdomain_nodata_and_timeout_are_told_apart() {
    let r = resolver();
    let nx = r.mx("nx.test").unwrap_err();
    assert!(nx.is_no_such_domain() && nx.is_negative(), "{nx}");
    assert_eq!(
        nx.to_string(),
        "MX lookup for nx.test: the domain does not exist (NXDOMAIN)"
    );

    let nodata = r.mx("nomx.test").unwrap_err();
    assert!(
        nodata.is_no_records() && !nodata.is_no_such_domain(),
        "{nodata}"
    );
    let no_cname = r.cname("sig1._domainkey.nodkim.test").unwrap_err();
    assert!(no_cname.is_negative(), "{no_cname}");

    let silent = Silent::start();
    let limit = Duration::from_millis(700);
    let started = Instant::now();
    let timeout = Resolver::with_server(silent.addr)
        .with_timeout(limit)
        .mx("icloud.test")
        .unwrap_err();
    let elapsed = started.elapsed();
    assert!(timeout.is_timeout() && !timeout.is_negative(), "{timeout}");
    assert!(elapsed >= limit, "gave up early: {elapsed:?}");
    assert!(
        elapsed < limit + Duration::from_millis(300),
        "not within the limit: {elapsed:?}"
    );
}

#[test]
fn a_refused_port_is_a_network_failure_not_a_timeout() {
    // Bind then drop: nobody listens there, so the kernel answers with ICMP port unreachable.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let started = Instant::now();
    let e = Resolver::with_server(port)
        .with_timeout(Duration::from_secs(5))
        .mx("icloud.test")
        .unwrap_err();
    assert!(matches!(e.failure, LookupFailure::Network { .. }), "{e:?}");
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn an_answer_too_large_for_udp_is_fetched_over_tcp() {
    let txt = resolver().txt("big.test").unwrap();
    assert_eq!(txt.len(), 12, "{txt:?}");
    assert!(txt.iter().all(|t| t.len() > 180));
    // dnsmasq saw the question twice: over UDP (answered truncated), then over TCP.
    let log = dns().log_text();
    assert_eq!(log.matches("query[TXT] big.test").count(), 2, "{log}");
}

#[test]
fn a_cancelled_lookup_ends_within_50_ms_of_the_cancel() {
    let silent = Silent::start();
    let cancel = CancelToken::new();
    let resolver = Resolver::with_server(silent.addr)
        .with_timeout(Duration::from_secs(10))
        .with_cancel(cancel.clone());
    let started = Instant::now();
    let canceller = std::thread::Builder::new()
        .name("canceller".into())
        .spawn(move || {
            std::thread::sleep(Duration::from_millis(150));
            cancel.cancel();
        })
        .unwrap();
    let e = resolver.mx("icloud.test").unwrap_err();
    canceller.join().unwrap();
    assert!(e.is_cancelled(), "{e}");
    let elapsed = started.elapsed();
    assert!(elapsed < Duration::from_millis(400), "{elapsed:?}");
}

// ---------------------------------------------------------------- classify

#[test]
fn classify_gives_the_verdict_of_each_zone() {
    let r = resolver();

    let v = domain::classify("icloud.test", &r);
    assert!(
        matches!(&v.kind, VerdictKind::IcloudCustomDomain { mx, elsewhere } if mx.len() == 2 && elsewhere.is_empty()),
        "{v:?}"
    );
    assert!(v.is_icloud() && v.needs_primary_address() && !v.needs_confirmation());

    let v = domain::classify("google.test", &r);
    assert_eq!(v.provider_name(), Some("Google"), "{v:?}");
    assert!(v.needs_confirmation() && !v.is_icloud());
    assert_eq!(
        v.headline(icloud_mail_wizard::i18n::Lang::En),
        "Mail for google.test goes to Google, not to iCloud"
    );

    let v = domain::classify("nx.test", &r);
    assert_eq!(v.kind, VerdictKind::NoSuchDomain);
    let v = domain::classify("nomx.test", &r);
    assert_eq!(v.kind, VerdictKind::NoMail);

    // iCloud's own domains are known without asking the server.
    let v = domain::classify("me.com", &r);
    assert_eq!(v.kind, VerdictKind::IcloudOwn);
    assert!(!dns().log_text().contains("me.com"));
}

#[test]
fn classify_against_a_silent_server_lets_the_person_go_on_within_the_limit() {
    let silent = Silent::start();
    let limit = Duration::from_secs(1);
    let started = Instant::now();
    let v = domain::classify(
        "iclod.com",
        &Resolver::with_server(silent.addr).with_timeout(limit),
    );
    let elapsed = started.elapsed();
    assert!(
        matches!(&v.kind, VerdictKind::Unchecked { reason } if reason.is_timeout() && reason.to_string().contains("no answer within 1 s")),
        "{v:?}"
    );
    assert!(!v.needs_confirmation());
    // The typo is caught without the network.
    assert_eq!(v.suggestion, Some("icloud.com"));
    assert!(elapsed < limit + Duration::from_millis(300), "{elapsed:?}");
}

// ---------------------------------------------------------------- domain check (the binary)

#[test]
fn domain_check_passes_a_complete_icloud_domain() {
    let (code, lines) = check("icloud.test", &[]);
    assert_eq!(code, Some(0), "{lines:#?}");
    assert!(lines[0].starts_with("Domain icloud.test, asked name server 127.0.0.1:"));
    for title in ["MX", "SPF", "DKIM", "Verification", "DMARC"] {
        assert_eq!(status_of(&lines, title), "ok", "{title}: {lines:#?}");
        assert_eq!(block(&lines, title).len(), 1, "an ok line stands alone");
    }
    assert_eq!(
        block(&lines, "MX")[0],
        "ok       MX           found 10 mx01.mail.icloud.com, 10 mx02.mail.icloud.com"
    );
    assert_eq!(
        lines.last().unwrap(),
        "Mail for icloud.test reaches and leaves iCloud as configured"
    );
}

#[test]
fn domain_check_says_dkim_is_missing_and_what_to_publish() {
    let (code, lines) = check("nodkim.test", &[]);
    assert_eq!(code, Some(1), "{lines:#?}");
    let dkim = block(&lines, "DKIM");
    assert_eq!(
        dkim[0],
        "missing  DKIM         found nothing at sig1._domainkey.nodkim.test"
    );
    assert!(dkim.iter().any(|l| l.trim()
        == "expected: CNAME sig1._domainkey.nodkim.test -> sig1.dkim.nodkim.test.at.icloudmailadmin.com"));
    assert!(dkim.iter().any(|l| l.trim()
        == "publish:  sig1._domainkey.nodkim.test. 3600 IN CNAME sig1.dkim.nodkim.test.at.icloudmailadmin.com."));
    for title in ["MX", "SPF", "Verification", "DMARC"] {
        assert_eq!(status_of(&lines, title), "ok", "{title}");
    }
    assert_eq!(
        lines.last().unwrap(),
        "1 record kind to fix for nodkim.test: DKIM"
    );
}

#[test]
fn domain_check_says_two_spf_records_are_wrong_and_gives_the_merged_one() {
    let (code, lines) = check("twospf.test", &[]);
    assert_eq!(code, Some(1), "{lines:#?}");
    let spf = block(&lines, "SPF");
    assert!(
        spf[0].starts_with("wrong    SPF          found \"v=spf1 "),
        "{spf:#?}"
    );
    assert!(spf[1].trim().starts_with("2 SPF records"), "{spf:#?}");
    assert!(spf.iter().any(|l| l.trim()
        == "publish:  twospf.test. 3600 IN TXT \"v=spf1 include:_spf.google.com include:icloud.com ~all\""
        || l.trim()
            == "publish:  twospf.test. 3600 IN TXT \"v=spf1 include:icloud.com include:_spf.google.com ~all\""),
        "{spf:#?}");
    assert_eq!(status_of(&lines, "DKIM"), "ok");
}

#[test]
fn domain_check_on_a_google_domain_says_the_mx_is_wrong() {
    let (code, lines) = check("google.test", &[]);
    assert_eq!(code, Some(1), "{lines:#?}");
    let mx = block(&lines, "MX");
    assert_eq!(
        mx[0],
        "wrong    MX           found 1 aspmx.l.google.com, 5 alt1.aspmx.l.google.com, 5 alt2.aspmx.l.google.com"
    );
    assert!(
        mx[1].trim().starts_with("no MX record points at iCloud"),
        "{mx:#?}"
    );
    assert!(
        mx.iter()
            .any(|l| l.trim() == "publish:  google.test. 3600 IN MX 10 mx01.mail.icloud.com.")
    );
    assert_eq!(status_of(&lines, "SPF"), "wrong");
    assert_eq!(status_of(&lines, "DKIM"), "missing");
    assert_eq!(status_of(&lines, "Verification"), "missing");
    assert_eq!(status_of(&lines, "DMARC"), "advice");
}

#[test]
fn domain_check_on_a_name_that_does_not_exist() {
    let (code, lines) = check("nx.test", &[]);
    assert_eq!(code, Some(1), "{lines:#?}");
    let mx = block(&lines, "MX");
    assert_eq!(mx[0], "missing  MX           found nothing at nx.test");
    assert_eq!(mx[1].trim(), "nx.test does not exist (NXDOMAIN)");
    assert!(
        lines
            .last()
            .unwrap()
            .starts_with("nx.test does not exist (NXDOMAIN)"),
        "{lines:#?}"
    );
}

#[test]
fn domain_check_treats_dmarc_as_advice_only() {
    let (code, lines) = check("dmarcnone.test", &[]);
    assert_eq!(code, Some(0), "{lines:#?}");
    let dmarc = block(&lines, "DMARC");
    assert!(dmarc[0].starts_with("advice   DMARC"), "{dmarc:#?}");
    assert!(dmarc[1].contains("policy none"), "{dmarc:#?}");
    assert!(dmarc.iter().any(|l| l.trim()
        == "publish:  _dmarc.dmarcnone.test. 3600 IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@dmarcnone.test\""));
}

#[test]
fn domain_check_against_a_silent_server_times_out_within_the_limit() {
    let silent = Silent::start();
    let server = silent.arg();
    let started = Instant::now();
    let o = run(&[
        "domain",
        "check",
        "icloud.test",
        "--dns-server",
        &server,
        "--timeout-secs",
        "1",
    ]);
    let elapsed = started.elapsed();
    let lines = stdout_lines(&o);
    assert_eq!(o.status.code(), Some(2), "{lines:#?}");
    assert_eq!(
        block(&lines, "MX")[0],
        "error    MX           MX lookup for icloud.test: no answer within 1 s"
    );
    for title in ["SPF", "DKIM", "Verification", "DMARC"] {
        assert_eq!(status_of(&lines, title), "error", "{title}");
    }
    // The four lookups run at once: the whole check takes one limit, not four.
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1800), "{elapsed:?}");
}

#[test]
fn domain_check_json_has_one_object_per_record_kind() {
    for (domain, code, dkim) in [("icloud.test", 0, "ok"), ("nodkim.test", 1, "missing")] {
        let (got, lines) = check(domain, &["--json"]);
        assert_eq!(got, Some(code), "{lines:#?}");
        let value: serde_json::Value = serde_json::from_str(&lines.join("\n")).unwrap();
        assert_eq!(value["domain"], domain);
        assert_eq!(value["ready"], code == 0);
        assert_eq!(value["complete"], true);
        let checks = value["checks"].as_array().unwrap();
        let kinds: Vec<&str> = checks.iter().map(|c| c["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["mx", "spf", "dkim", "verification", "dmarc"]);
        for c in checks {
            assert!(c["status"].is_string() && c["found"].is_array() && c["publish"].is_array());
        }
        assert_eq!(checks[2]["status"], dkim);
        assert_eq!(checks[2]["name"], format!("sig1._domainkey.{domain}"));
    }
}

#[test]
fn domain_check_usage_errors_exit_2() {
    for args in [
        &["domain", "check", "", "--dns-server", "127.0.0.1:9"][..],
        &["domain", "check", "a..b", "--dns-server", "127.0.0.1:9"],
        &["domain", "check", "example", "--dns-server", "127.0.0.1:9"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.starts_with("error: ") && err.lines().count() == 1,
            "{err}"
        );
    }
}

/// Issue 11, item 12: the name server and the time limit are typed by the argument parser, so a
/// bad one is refused before anything runs (a huge limit used to panic, exit 101), and
/// `batch --check-domains` refuses the same values.
#[test]
fn bad_name_servers_and_limits_are_refused_by_the_parser() {
    let cases: [(&str, &str, &str); 6] = [
        ("--dns-server", "127.0.0.1:0", "--dns-server"),
        ("--dns-server", "[::1]:0", "--dns-server"),
        ("--dns-server", "ns example", "--dns-server"),
        ("--timeout-secs", "0", "1..=3600"),
        ("--timeout-secs", "3601", "1..=3600"),
        ("--timeout-secs", "18446744073709551615", "1..=3600"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    std::fs::write(
        &csv,
        "email,name,login\njane@icloud.test,Jane,jane.doe@icloud.com\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    for (option, value, says) in cases {
        let check = ["domain", "check", "icloud.test", option, value];
        let batch = [
            "batch",
            "--csv",
            csv.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--check-domains",
            option,
            value,
        ];
        for args in [&check[..], &batch[..]] {
            let o = run(args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
            let first = err.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(&format!("error: invalid value '{value}' for '{option}"))
                    && first.contains(says),
                "{args:?}: {err}"
            );
        }
    }
    assert!(
        !out.exists(),
        "nothing is written when an option is refused"
    );
}

/// `batch` asks no name server without `--check-domains`, so the options for one are refused
/// rather than ignored (they were, silently).
#[test]
fn batch_refuses_name_server_options_without_check_domains() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    std::fs::write(&csv, "email\njane@icloud.com\n").unwrap();
    let out = dir.path().join("out");
    for option in [["--dns-server", "127.0.0.1:5353"], ["--timeout-secs", "3"]] {
        let mut args = vec!["batch", "--csv", csv.to_str().unwrap(), "--out"];
        args.push(out.to_str().unwrap());
        args.extend(option);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{option:?}: {}", stderr(&o));
        assert_eq!(
            stderr(&o).trim(),
            "error: --dns-server and --timeout-secs are for --check-domains: add --check-domains, or leave them out"
        );
        assert!(!out.exists(), "nothing written");
    }
}

/// A name server given by name is looked up once, and may carry its port.
#[test]
fn a_name_server_may_be_given_by_name() {
    let port = dns().addr.port();
    let o = run(&[
        "domain",
        "check",
        "icloud.test",
        "--dns-server",
        &format!("localhost:{port}"),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout_lines(&o)[0].starts_with("Domain icloud.test, asked name server"));
}

// ---------------------------------------------------------------- batch --check-domains

#[test]
fn batch_checks_each_custom_domain_once_with_the_rows_that_use_it() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    std::fs::write(
        &csv,
        "email,name,login\n\
         jane@icloud.test,Jane,jane.doe@icloud.com\n\
         john@icloud.test,John,john.doe@icloud.com\n\
         ann@nodkim.test,Ann,ann@icloud.com\n\
         bob@icloud.com,Bob,\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let server = dns().arg();
    let o = run(&[
        "batch",
        "--csv",
        csv.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--check-domains",
        "--dns-server",
        &server,
    ]);
    let lines = stdout_lines(&o);
    // nodkim.test is not ready: the batch reports an item that failed.
    assert_eq!(o.status.code(), Some(1), "{lines:#?}\n{}", stderr(&o));
    let headers: Vec<&String> = lines.iter().filter(|l| l.starts_with("Domain ")).collect();
    assert_eq!(headers.len(), 2, "{lines:#?}");
    assert!(headers[0].starts_with("Domain icloud.test (CSV lines 2, 3), asked name server"));
    assert!(headers[1].starts_with("Domain nodkim.test (CSV line 4), asked name server"));
    assert!(
        lines
            .iter()
            .any(|l| l == "1 record kind to fix for nodkim.test: DKIM")
    );
    // The exports were written as without the option: a folder per account.
    let written: Vec<String> = util::files_in(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for account in [
        "jane@icloud.test",
        "john@icloud.test",
        "ann@nodkim.test",
        "bob@icloud.com",
    ] {
        assert!(
            written.iter().any(|w| w == account),
            "{account}: {written:?}"
        );
    }
    assert!(
        stderr(&o).contains("2 custom domains checked, 1 not ready"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn batch_without_check_domains_asks_no_name_server() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    std::fs::write(
        &csv,
        "email,login\njane@unchecked.test,jane.doe@icloud.com\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(&[
        "batch",
        "--csv",
        csv.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout_lines(&o).iter().any(|l| l.starts_with("Domain ")));
    assert!(!stderr(&o).contains("custom domain"), "{}", stderr(&o));
}
