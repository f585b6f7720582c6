//! The command line, run as the real binary.
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use std::fmt::Write as _;
use std::fs;

use util::{fake_thunderbird, files_in, run, stderr, stdout_lines};

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn export_writes_every_format_and_prints_each_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new/sub");
    let o = run(&[
        "export",
        "--email",
        "jane.doe@icloud.com",
        "--name",
        "Jane Doe",
        "--out",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let printed = stdout_lines(&o);
    let mut files: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    // "all" is what applies to an iCloud address: no site (Apple's domain), no lone
    // Autodiscover file (only Apple could serve it), no Android QR code (asked for by name).
    assert_eq!(printed.len(), 3);
    let mut sorted = printed.clone();
    sorted.sort();
    files.sort();
    assert_eq!(sorted, files);
    // Thunderbird's isp folder reads a file named after the domain, nothing else.
    assert!(printed[0].ends_with("/icloud.com.xml"), "{printed:?}");
    assert!(printed[1].ends_with("jane.doe@icloud.com.mobileconfig"));
    assert!(printed[2].ends_with("jane.doe@icloud.com.outlook.html"));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

/// `--lang` writes the texts inside the files in that language and changes nothing else: the
/// same file names, the same printed lines, the same values; the command's own words stay
/// English.
#[test]
fn export_lang_writes_the_files_texts_in_that_language_and_nothing_else() {
    use icloud_mail_wizard::i18n::Lang;
    let dir = tempfile::tempdir().unwrap();
    let export = |lang: &str| {
        let out = dir.path().join(lang);
        let o = run(&[
            "export",
            "--email",
            "jane@icloud.com",
            "--format",
            "outlook,mobileconfig",
            "--lang",
            lang,
            "--out",
            s(&out),
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let sheet = fs::read_to_string(out.join("jane@icloud.com.outlook.html")).unwrap();
        let profile = fs::read_to_string(out.join("jane@icloud.com.mobileconfig")).unwrap();
        let printed: Vec<String> = stdout_lines(&o)
            .iter()
            .map(|l| l.replace(s(&out), "OUT"))
            .collect();
        (sheet, profile, printed)
    };
    let (en_sheet, en_profile, en_printed) = export("en");
    for lang in [Lang::De, Lang::Fr, Lang::PtBr] {
        let (sheet, profile, printed) = export(lang.tag());
        assert_eq!(
            printed, en_printed,
            "{lang}: the same files, the same lines"
        );
        assert!(
            sheet.contains(&format!(r#"<html lang="{}">"#, lang.tag())),
            "{lang}"
        );
        let title = icloud_mail_wizard::tr!(lang, "sheet-title", email = "jane@icloud.com");
        assert!(sheet.contains(&title), "{lang}: {title}");
        assert!(
            !sheet.contains("Common traps"),
            "{lang}: no English heading"
        );
        let display = icloud_mail_wizard::tr!(
            lang,
            "profile-description-without-password",
            email = "jane@icloud.com"
        );
        assert!(profile.contains(&display), "{lang}: {display}");
        for value in [
            "imap.mail.me.com",
            "smtp.mail.me.com",
            "<integer>993</integer>",
            "<integer>587</integer>",
        ] {
            assert_eq!(
                profile.matches(value).count(),
                en_profile.matches(value).count(),
                "{lang}: {value}"
            );
        }
        for value in ["imap.mail.me.com", "smtp.mail.me.com", ">993<", ">587<"] {
            assert!(
                sheet.contains(value) && en_sheet.contains(value),
                "{lang}: {value}"
            );
        }
    }
    let o = run(&[
        "export",
        "--email",
        "jane@icloud.com",
        "--lang",
        "xx",
        "--out",
        s(dir.path()),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("choose one of en, de, es, fr, it, nl, pt-BR"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn export_picks_formats_and_applies_the_recommendation() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&[
        "export",
        "--email",
        "jane@example.com",
        "--login",
        "jdoe@icloud.com",
        "--format",
        "thunderbird,mobileconfig",
        "--format",
        "thunderbird",
        "--smtp-port",
        "465",
        "--out",
        s(dir.path()),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout_lines(&o).len(), 2);
    let xml = fs::read_to_string(dir.path().join("example.com.xml")).unwrap();
    assert!(xml.contains("<port>465</port>"), "{xml}");
    assert!(xml.contains("<username>jdoe@icloud.com</username>"));
}

#[test]
fn export_errors_are_one_line_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["export", "--email", "jane.icloud.com"], "has no @"),
        (
            &["export", "--email", "jane@example.com"],
            "primary iCloud address",
        ),
        (
            &[
                "export",
                "--email",
                "jane@example.com",
                "--login",
                "j@gmail.com",
            ],
            "not an iCloud address",
        ),
        (
            &["export", "--email", "a@icloud.com", "--name", "x\u{1}y"],
            "control character",
        ),
        // An Apple Account made with a Gmail address: gmail.com is never iCloud, login or not.
        (
            &[
                "export",
                "--email",
                "jane@GMail.com",
                "--login",
                "jdoe@icloud.com",
            ],
            "jane@gmail.com is a Google address (gmail.com), never an iCloud Mail address",
        ),
        (
            &["export", "--email", "jane@outlook.com"],
            "is a Microsoft address (outlook.com)",
        ),
    ];
    for (args, needle) in cases {
        let mut args = args.to_vec();
        args.extend(["--out", s(dir.path())]);
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(o.stdout.is_empty());
    }
    assert!(files_in(dir.path()).is_empty(), "nothing written on error");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["export"]).status.code(), Some(2));
    assert_eq!(
        run(&["export", "--email", "a@icloud.com", "--smtp-port", "25"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(&["--version"]).status.code(), Some(0));
}

/// Issue 11, item 12: every command's fatal error reaches the edge, which prints it once: one
/// line on standard error starting with `error: `, nothing on standard output, exit status 2.
#[test]
fn each_command_prints_its_fatal_error_once_at_the_edge() {
    let dir = tempfile::tempdir().unwrap();
    // A regular file in the way of a folder stops every writer, root included.
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "not a folder").unwrap();
    let inside = blocker.join("sub");
    let missing = dir.path().join("missing");
    let cases: &[(&[&str], &str)] = &[
        (
            &["export", "--email", "jane@icloud.com", "--out", s(&inside)],
            "could not write ",
        ),
        (
            &["batch", "--csv", s(&missing), "--out", s(dir.path())],
            "could not read ",
        ),
        (
            &[
                "check",
                "--email",
                "jane@icloud.com",
                "--password-stdin",
                "--ca-file",
                s(&missing),
            ],
            "could not read the CA file ",
        ),
        (
            &["password", "save", "--email", "jane.icloud.com"],
            "has no @",
        ),
        (
            &[
                "thunderbird",
                "install",
                "--email",
                "jane@icloud.com",
                "--thunderbird-dir",
                s(&missing),
            ],
            "holds no Thunderbird program",
        ),
        (
            &[
                "serve",
                "--email",
                "jane@example.com",
                "--bind",
                "127.0.0.1",
            ],
            "primary iCloud address",
        ),
        (&["domain", "check", "a..b"], "is not a domain"),
    ];
    for (args, needle) in cases {
        let o = run(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("error: "), "{args:?}: {err}");
        assert_eq!(err.matches("error:").count(), 1, "{args:?}: {err}");
        assert!(err.contains(needle), "{args:?}: {err}");
    }
    assert!(!missing.exists());
}

/// Issue 11, item 12: ports, servers and limits are typed by the argument parser, so a bad one
/// is refused with clap's one `error:` line naming the option and its form, before any command
/// runs (exit status 2, nothing on standard output).
#[test]
fn ports_servers_and_limits_are_refused_by_the_parser() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["export", "--email", "a@icloud.com", "--smtp-port", "25"],
            "error: invalid value '25' for '--smtp-port <PORT>'",
        ),
        (
            &[
                "thunderbird",
                "install",
                "--email",
                "a@icloud.com",
                "--smtp-port",
                "0",
            ],
            "error: invalid value '0' for '--smtp-port <PORT>'",
        ),
        (
            &["check", "--email", "a@icloud.com", "--imap", "127.0.0.1:0"],
            "error: invalid value '127.0.0.1:0' for '--imap <HOST:PORT>': wants HOST:PORT",
        ),
        (
            &[
                "check",
                "--email",
                "a@icloud.com",
                "--smtp-tls",
                "example.com:x",
            ],
            "error: invalid value 'example.com:x' for '--smtp-tls <HOST:PORT>': wants HOST:PORT",
        ),
        (
            &[
                "domain",
                "check",
                "example.com",
                "--dns-server",
                "9.9.9.9:0",
            ],
            "error: invalid value '9.9.9.9:0' for '--dns-server <HOST:PORT>': wants an address",
        ),
        (
            &["domain", "check", "example.com", "--dns-server", "[::1]:x"],
            "error: invalid value '[::1]:x' for '--dns-server <HOST:PORT>': wants an address",
        ),
        (
            &["serve", "--email", "a@icloud.com", "--minutes", "0"],
            "error: invalid value '0' for '--minutes <M>': wants more than 0 and at most 1440",
        ),
        (
            &["serve", "--email", "a@icloud.com", "--minutes", "ten"],
            "error: invalid value 'ten' for '--minutes <M>': not a number of minutes",
        ),
    ];
    for (args, first) in cases {
        let o = run(args);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(o.stdout.is_empty(), "{args:?}");
        assert!(err.starts_with(first), "{args:?}: {err}");
        let errors = err.lines().filter(|l| l.contains("error:")).count();
        assert_eq!(errors, 1, "{args:?}: {err}");
        if first.contains("--smtp-port") {
            assert!(err.contains("[possible values: 587, 465]"), "{err}");
        }
    }
}

#[cfg(unix)]
#[test]
fn unwritable_folder_is_a_clear_error_and_old_files_survive() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ro");
    fs::create_dir(&out).unwrap();
    let existing = out.join("jane@icloud.com.mobileconfig");
    fs::write(&existing, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o555)).unwrap();
    // Root ignores directory permissions; a regular file in the way of the folder works for all.
    let blocked = dir.path().join("file");
    fs::write(&blocked, "x").unwrap();
    for target in [out.as_path(), &blocked.join("sub")] {
        let o = run(&["export", "--email", "jane@icloud.com", "--out", s(target)]);
        if o.status.success() {
            // Only possible as root in the read-only folder.
            continue;
        }
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.starts_with("error: could not write "), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    fs::set_permissions(&out, fs::Permissions::from_mode(0o755)).unwrap();
    let kept = fs::read_to_string(&existing).unwrap();
    assert!(
        kept == "old" || kept.contains("<plist"),
        "never half-written"
    );
}

#[test]
fn batch_exports_good_rows_reports_bad_ones_by_line_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    fs::write(
        &csv,
        "email,name,login,team\n\
         jane.doe@icloud.com,Jane Doe,,sales\n\
         not-an-address,Broken,,\n\
         \"bob@example.com\",\"Bob, \"\"the builder\"\"\",bob.b@me.com,ops\n\
         carol@example.com,Carol,,\n\
         JANE.DOE@icloud.com,Jane again,,\n\
         zoe@mac.com,Zoë,,\n\
         sam@gmail.com,Sam,sam@icloud.com,\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].starts_with("line 3: error: email address:"),
        "{err}"
    );
    assert!(
        lines[1].starts_with("line 5: error: carol@example.com is on a custom domain"),
        "{err}"
    );
    assert!(
        lines[2].starts_with("line 6: error: JANE.DOE@icloud.com is already on line 2"),
        "{err}"
    );
    assert!(
        lines[3].starts_with("line 8: error: sam@gmail.com is a Google address"),
        "{err}"
    );
    assert_eq!(lines[4], "3 accounts exported, 4 rows failed");
    assert_eq!(lines.len(), 5, "{err}");

    let dirs: Vec<String> = files_in(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        dirs,
        [
            "bob@example.com",
            "example.com.autoconfig-site",
            "jane.doe@icloud.com",
            "zoe@mac.com"
        ]
    );
    // Three account folders, then one site for the custom domain.
    let printed = stdout_lines(&o);
    assert_eq!(printed.len(), 4, "{printed:?}");
    assert!(
        printed[3].ends_with("example.com.autoconfig-site"),
        "{printed:?}"
    );
    for d in ["bob@example.com", "jane.doe@icloud.com", "zoe@mac.com"] {
        // Thunderbird, profile, sheet, and the Android QR code as PNG and SVG.
        assert_eq!(files_in(&out.join(d)).len(), 5, "{d}");
    }
    let site = out.join("example.com.autoconfig-site");
    let served = fs::read_to_string(site.join("mail/config-v1.1.xml")).unwrap();
    assert!(
        served.contains("<username>bob.b@me.com</username>"),
        "{served}"
    );
    assert_eq!(
        fs::read_to_string(site.join(".well-known/autoconfig/mail/config-v1.1.xml")).unwrap(),
        served
    );
    assert!(site.join("autodiscover/autodiscover.xml").is_file());
    let readme = fs::read_to_string(site.join("README.txt")).unwrap();
    assert!(
        readme.contains("https://autoconfig.example.com/mail/config-v1.1.xml"),
        "{readme}"
    );
    let profile =
        fs::read_to_string(out.join("bob@example.com/bob@example.com.mobileconfig")).unwrap();
    assert!(
        profile.contains("Bob, &quot;the builder&quot;"),
        "{profile}"
    );
    assert!(profile.contains("<string>bob.b@me.com</string>"));
}

#[test]
fn batch_without_an_email_header_or_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    fs::write(&csv, "jane@icloud.com,Jane\n").unwrap();
    let o = run(&["batch", "--csv", s(&csv), "--out", s(dir.path())]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("header naming an email column"),
        "{}",
        stderr(&o)
    );

    let o = run(&[
        "batch",
        "--csv",
        s(&dir.path().join("missing.csv")),
        "--out",
        s(dir.path()),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("error: could not read "),
        "{}",
        stderr(&o)
    );
}

#[test]
fn batch_all_good_exits_0_and_accepts_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    fs::write(
        &csv,
        "\u{feff}Email,Name\r\na@icloud.com,A\r\nb@me.com,\r\n",
    )
    .unwrap();
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&dir.path().join("o"))]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout_lines(&o).len(), 2);
    assert!(stderr(&o).contains("2 accounts exported, 0 rows failed"));
}

/// Double-clicked or run over SSH without a display: one line that says so and points at the
/// command line, exit 2, and no attempt to open a window.
#[test]
fn no_command_without_a_display_says_so_in_one_line() {
    let out = util::bin()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("icloud-mail-wizard --help"), "{err}");
    if cfg!(feature = "gui") {
        assert!(err.contains("no display"), "{err}");
    } else {
        assert!(err.contains("no desktop wizard"), "{err}");
    }
}

/// A display that is there but a window that cannot open (here: an X display nobody serves;
/// on a real desktop, graphics without OpenGL 2): one line on standard error, exit 2, and the
/// same reason in a message box in the system's language, shown by zenity on Linux (a stand-in
/// here, which records what it was asked to show), because a double-clicked program has nowhere
/// to print.
#[cfg(feature = "gui")]
#[test]
fn a_window_that_cannot_open_says_why_in_a_message_box_too() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let shown = dir.path().join("zenity-args");
    let zenity = dir.path().join("zenity");
    fs::write(
        &zenity,
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\n", shown.display()),
    )
    .unwrap();
    fs::set_permissions(&zenity, fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        dir.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = util::bin()
        .env("DISPLAY", ":250")
        .env_remove("WAYLAND_DISPLAY")
        .env("PATH", path)
        .env("LANG", "de_DE.UTF-8")
        .env("LC_ALL", "de_DE.UTF-8")
        .env("XDG_DATA_HOME", dir.path())
        .env("HOME", dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("could not open the window"), "{err}");
    let args = fs::read_to_string(&shown).expect("no message box was shown");
    let args: Vec<&str> = args.lines().collect();
    assert!(
        args.contains(&"--error") && args.contains(&"--no-markup"),
        "{args:?}"
    );
    let title = args.iter().position(|a| *a == "--title").unwrap();
    assert_eq!(args[title + 1], "iCloud Mail Wizard");
    let text = args.iter().position(|a| *a == "--text").unwrap();
    assert!(
        args[text + 1].starts_with("Das Fenster des Assistenten konnte nicht geöffnet werden: ")
            && args[text + 1].ends_with("führe icloud-mail-wizard --help aus"),
        "{args:?}"
    );
}

/// Runs the binary with `args` and `input` on standard input.
fn run_with_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    use std::io::Write as _;
    let mut child = util::bin()
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The binary may stop reading early (a refused length): a broken pipe is fine then.
    let _ = child.stdin.take().unwrap().write_all(input);
    child.wait_with_output().unwrap()
}

/// Loopback servers that refuse at once, so a `check` that gets past its arguments never
/// leaves the machine.
const LOOPBACK: [&str; 6] = [
    "--imap",
    "localhost:1",
    "--smtp-starttls",
    "localhost:1",
    "--smtp-tls",
    "localhost:1",
];

fn check_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["check", "--email", "jane@icloud.com", "--password-stdin"];
    args.extend_from_slice(&LOOPBACK);
    args.extend_from_slice(extra);
    args
}

/// Issue 11, item 6: a timeout too large to add to a clock is refused as usage (exit 2, one
/// line), never a panic (exit 101).
#[test]
fn absurd_timeouts_are_refused_with_exit_2() {
    for value in ["18446744073709551615", "100000", "0", "-1", "ten"] {
        let o = run_with_stdin(
            &check_args(&["--timeout-secs", value]),
            b"abcd-efgh-ijkl-mnop\n",
        );
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{value}: {err}");
        assert!(err.contains("--timeout-secs"), "{value}: {err}");
        assert!(!err.contains("panicked"), "{value}: {err}");
    }
}

/// Issue 11, items 9 and 12: `HOST:PORT` is parsed by a typed parser: port 0, a missing or
/// non-numeric port, an empty host and an unbracketed IPv6 address are usage errors (exit 2).
#[test]
fn host_port_arguments_are_checked_by_type() {
    for (flag, value) in [
        ("--imap", "127.0.0.1:0"),
        ("--imap", "[::1]:0"),
        ("--imap", "localhost:0"),
        ("--smtp-tls", "localhost:99999"),
        ("--smtp-starttls", "localhost"),
        ("--imap", ":993"),
        ("--imap", "::1:993"),
    ] {
        let mut args = vec!["check", "--email", "jane@icloud.com", "--password-stdin"];
        args.extend([flag, value]);
        let o = run_with_stdin(&args, b"abcd-efgh-ijkl-mnop\n");
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{value}: {err}");
        assert!(err.contains(flag), "{value}: {err}");
        assert!(err.contains("HOST:PORT"), "{value}: {err}");
    }
}

/// Issue 11, item 9: an IPv6 server is shown as `[::1]:PORT` in every message, as it would be
/// typed.
#[test]
fn ipv6_servers_are_shown_with_brackets() {
    let o = run_with_stdin(
        &[
            "check",
            "--email",
            "jane@icloud.com",
            "--password-stdin",
            "--timeout-secs",
            "2",
            "--imap",
            "[::1]:1",
            "--smtp-starttls",
            "[::1]:1",
            "--smtp-tls",
            "[::1]:1",
            "--json",
        ],
        b"abcd-efgh-ijkl-mnop\n",
    );
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for check in v["checks"].as_array().unwrap() {
        let message = check["message"].as_str().unwrap();
        assert!(message.contains("[::1]:1"), "{message}");
        assert!(!message.contains(" ::1:1"), "{message}");
    }
}

/// Issue 11, item 9: what can be wrong with a password on standard input is said in one line
/// that says what to do, before any connection: a control character, a length beyond the limit
/// (never cut silently), input that is not UTF-8 (with the cause).
#[test]
fn password_input_problems_are_one_clear_line() {
    let long = vec![b'a'; 100_000];
    let cases: [(&[u8], &str); 4] = [
        (b"abcd\x01efgh-ijkl-mnop\n", "control character"),
        (b"abcd\x1befgh-ijkl-mnop\n", "control character"),
        (&long, "longer than"),
        (b"abcd-\xff\xfe-ijkl-mnop\n", "UTF-8"),
    ];
    for (input, expected) in cases {
        let o = run_with_stdin(&check_args(&["--timeout-secs", "1"]), input);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{expected}: {err}");
        assert!(err.contains(expected), "{expected}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            String::from_utf8_lossy(&o.stdout).is_empty(),
            "no check ran: {}",
            String::from_utf8_lossy(&o.stdout)
        );
        // The same rule for the profile's password.
        let dir = tempfile::tempdir().unwrap();
        let o = run_with_stdin(
            &[
                "export",
                "--email",
                "jane@icloud.com",
                "--format",
                "mobileconfig",
                "--include-password",
                "--password-stdin",
                "--out",
                s(dir.path()),
            ],
            input,
        );
        assert_eq!(o.status.code(), Some(2), "{expected}: {}", stderr(&o));
        assert!(stderr(&o).contains(expected), "{}", stderr(&o));
        assert!(files_in(dir.path()).is_empty());
    }
}

/// Issue 11, item 9: text-direction overrides and other invisible format characters in a name
/// would make an export show something other than what it holds: refused in export and batch.
#[test]
fn names_with_direction_overrides_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["Jane \u{202e}eoD", "Jane\u{2066}Doe", "Jane\u{200f}Doe"] {
        for flag in ["--name", "--organization"] {
            let o = run(&[
                "export",
                "--email",
                "jane@icloud.com",
                flag,
                name,
                "--out",
                s(dir.path()),
            ]);
            assert_eq!(o.status.code(), Some(2), "{name:?}: {}", stderr(&o));
            assert!(stderr(&o).contains("invisible"), "{}", stderr(&o));
        }
    }
    assert!(files_in(dir.path()).is_empty());
    let csv = dir.path().join("x.csv");
    fs::write(&csv, "email,name\njane@icloud.com,Jane \u{202e}eoD\n").unwrap();
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&dir.path().join("o"))]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("line 2: error: the name contains an invisible"),
        "{}",
        stderr(&o)
    );
}

/// Issue 11, item 7: batch errors name the physical line where the record starts, whatever the
/// line ends (LF, CRLF, bare CR) and however many blank lines come before it.
#[test]
fn batch_errors_name_the_physical_line() {
    let dir = tempfile::tempdir().unwrap();
    for (label, text) in [
        (
            "LF",
            "email\n\nbad-one\n\n\nbad-two\n\"multi\nline\"\nbad-three\n",
        ),
        (
            "CRLF",
            "email\r\n\r\nbad-one\r\n\r\n\r\nbad-two\r\n\"multi\r\nline\"\r\nbad-three\r\n",
        ),
        (
            "CR",
            "email\r\rbad-one\r\r\rbad-two\r\"multi\rline\"\rbad-three\r",
        ),
        (
            "mixed",
            "email\r\n\nbad-one\r\r\n\nbad-two\n\"multi\r\nline\"\rbad-three",
        ),
    ] {
        let csv = dir.path().join("x.csv");
        fs::write(&csv, text).unwrap();
        let o = run(&["batch", "--csv", s(&csv), "--out", s(&dir.path().join("o"))]);
        let err = stderr(&o);
        let starts: Vec<&str> = err
            .lines()
            .filter_map(|l| l.split_once(": error:").map(|(at, _)| at))
            .collect();
        assert_eq!(
            starts,
            ["line 3", "line 6", "line 7", "line 9"],
            "{label}: {err}"
        );
    }
}

#[test]
fn batch_refuses_one_site_for_a_domain_whose_people_log_in_differently() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("family.csv");
    fs::write(
        &csv,
        "email,login\nann@family.example,ann.x@icloud.com\nben@family.example,ben.y@icloud.com\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&out)]);
    // Both accounts are exported; the missing site is a fact about the domain, not a failure.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("no autoconfig site for family.example: the accounts on family.example log in with different primary addresses (ann.x@icloud.com and ben.y@icloud.com)"),
        "{err}"
    );
    assert!(!out.join("family.example.autoconfig-site").exists());
    assert_eq!(stdout_lines(&o).len(), 2);
}

#[test]
fn export_refuses_a_site_for_icloud_own_domains() {
    let dir = tempfile::tempdir().unwrap();
    let o = run(&[
        "export",
        "--email",
        "jane@icloud.com",
        "--format",
        "autoconfig-site",
        "--out",
        s(dir.path()),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("icloud.com is one of iCloud's own domains"),
        "{}",
        stderr(&o)
    );
    assert!(files_in(dir.path()).is_empty());
}

#[test]
fn thunderbird_install_writes_the_isp_file_with_the_primary_login() {
    let dir = tempfile::tempdir().unwrap();
    let tb = dir.path().join("thunderbird");
    fake_thunderbird(&tb);
    let o = run(&[
        "thunderbird",
        "install",
        "--email",
        "jane@example.org",
        "--login",
        "jdoe@icloud.com",
        "--smtp-port",
        "465",
        "--thunderbird-dir",
        s(&tb),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = tb.join("isp/example.org.xml");
    assert_eq!(stdout_lines(&o), [written.display().to_string()]);
    let xml = fs::read_to_string(&written).unwrap();
    assert!(
        xml.contains("<username>jdoe@icloud.com</username>"),
        "{xml}"
    );
    assert!(!xml.contains("%EMAILLOCALPART%"), "{xml}");
    assert!(xml.contains("<port>465</port>"), "{xml}");
}

#[test]
fn thunderbird_install_errors_are_one_line_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let not_tb = dir.path().join("firefox");
    fs::create_dir_all(&not_tb).unwrap();
    fs::write(not_tb.join("application.ini"), "[App]\nName=Firefox\n").unwrap();
    let o = run(&[
        "thunderbird",
        "install",
        "--email",
        "jane@example.org",
        "--login",
        "jdoe@icloud.com",
        "--thunderbird-dir",
        s(&not_tb),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("holds no Thunderbird program"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!not_tb.join("isp").exists());
}

#[cfg(unix)]
#[test]
fn thunderbird_install_in_a_folder_needing_admin_rights_says_how() {
    let dir = tempfile::tempdir().unwrap();
    let tb = dir.path().join("thunderbird");
    fake_thunderbird(&tb);
    let locked = util::ReadOnlyDir::new(&tb);
    let o = run(&[
        "thunderbird",
        "install",
        "--email",
        "jane@example.org",
        "--login",
        "jdoe@icloud.com",
        "--thunderbird-dir",
        s(&tb),
    ]);
    drop(locked);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("needs administrator rights"), "{err}");
    assert!(err.contains("sudo "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// Issue 11, item 1: addresses that file-name sanitising or the length cut would collapse get
/// folders of their own in a batch, each with its own files.
#[test]
fn batch_never_lets_two_addresses_share_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("x.csv");
    let local = "l".repeat(64);
    let (long_a, long_b) = (
        format!("{local}@{}a.example", "d".repeat(60)),
        format!("{local}@{}b.example", "d".repeat(60)),
    );
    fs::write(
        &csv,
        format!(
            "email,login\no'neil@icloud.com,\no_neil@icloud.com,\no?neil@icloud.com,\n{long_a},a@icloud.com\n{long_b},b@icloud.com\n"
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let printed = stdout_lines(&o);
    let folders: Vec<&String> = printed
        .iter()
        .filter(|p| p.contains("neil") || p.contains(&local))
        .collect();
    assert_eq!(folders.len(), 5, "{printed:?}");
    let unique: std::collections::HashSet<String> =
        folders.iter().map(|f| f.to_lowercase()).collect();
    assert_eq!(unique.len(), 5, "{printed:?}");
    // Each folder holds the profile of its own address and of no other.
    for (folder, email) in folders.iter().zip([
        "o'neil@icloud.com",
        "o_neil@icloud.com",
        "o?neil@icloud.com",
        long_a.as_str(),
        long_b.as_str(),
    ]) {
        let profile = files_in(std::path::Path::new(folder))
            .into_iter()
            .find(|p| p.to_string_lossy().ends_with(".mobileconfig"))
            .unwrap();
        let text = fs::read_to_string(&profile).unwrap();
        assert!(
            text.contains(&format!(
                "<string>{}</string>",
                email.replace('\'', "&apos;")
            )) || text.contains(&format!("<string>{email}</string>")),
            "{folder} does not hold {email}"
        );
    }
}

/// Issue 11, item 1: separate `export` runs into one folder never overwrite another address's
/// files.
#[test]
fn exports_of_different_addresses_into_one_folder_keep_both() {
    let dir = tempfile::tempdir().unwrap();
    let mut written = Vec::new();
    for email in [
        "o'neil@icloud.com",
        "o_neil@icloud.com",
        "o neil@icloud.com",
    ] {
        let o = run(&[
            "export",
            "--email",
            email,
            "--format",
            "mobileconfig,outlook",
            "--out",
            s(dir.path()),
        ]);
        if o.status.code() != Some(0) {
            // An address the parser refuses writes nothing, which is fine too.
            continue;
        }
        written.extend(stdout_lines(&o));
    }
    let unique: std::collections::HashSet<&String> = written.iter().collect();
    assert_eq!(unique.len(), written.len(), "{written:?}");
    assert!(written.len() >= 4, "{written:?}");
    assert_eq!(files_in(dir.path()).len(), written.len());
}

/// Issue 11, item 4: a CSV file without line ends (`/dev/zero`, endless) is refused quickly
/// with exit 2; a record longer than the limit is a failed row.
#[test]
fn endless_or_huge_csv_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    let o = run(&["batch", "--csv", "/dev/zero", "--out", s(dir.path())]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("larger than"), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(files_in(dir.path()).is_empty());

    let csv = dir.path().join("x.csv");
    fs::write(
        &csv,
        format!(
            "email,name\na@icloud.com,{}\nb@icloud.com,B\n",
            "n".repeat(100_000)
        ),
    )
    .unwrap();
    let o = run(&["batch", "--csv", s(&csv), "--out", s(&dir.path().join("o"))]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("line 2: error: the record is longer than"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout_lines(&o).len(), 1);
}

/// Runs `script` as root of a private user and mount namespace, where it may mount a small
/// tmpfs; `$1` is the binary, `$2` a scratch folder.
fn in_namespace(script: &str, scratch: &std::path::Path) -> std::process::Output {
    std::process::Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .arg(env!("CARGO_BIN_EXE_icloud-mail-wizard"))
        .arg(scratch)
        .output()
        .expect("unshare runs (util-linux)")
}

/// Issue 11, item 3: on a full disk (a 96 KiB tmpfs) a batch stops at the first out-of-space
/// error with one line and exit 2, leaving only complete account folders and no temporary
/// files; an `export` that replaces files on a full disk keeps every old file as it was.
#[test]
fn a_full_disk_stops_the_batch_and_replaces_all_or_nothing() {
    util::require(
        &["unshare", "mount", "dd", "truncate", "md5sum"],
        "the full-disk test",
    );
    let scratch = tempfile::tempdir().unwrap();
    let mut csv = String::from("email\n");
    for i in 0..200 {
        writeln!(csv, "user{i}@icloud.com").unwrap();
    }
    fs::write(scratch.path().join("staff.csv"), csv).unwrap();
    let script = r#"
        set -u
        mkdir "$2/disk"
        mount -t tmpfs -o size=96k tmpfs "$2/disk"
        "$1" batch --csv "$2/staff.csv" --out "$2/disk/out" >"$2/batch.out" 2>"$2/batch.err"
        echo "batch=$?" >"$2/status"
        find "$2/disk" >"$2/batch.tree"
        for d in "$2"/disk/out/*/; do ls -a "$d" | grep -vc '^\.\.\?$'; done >"$2/batch.counts"
        umount "$2/disk"
        mount -t tmpfs -o size=64k tmpfs "$2/disk"
        "$1" export --email jane@icloud.com --name Old --out "$2/disk/e" >/dev/null 2>&1
        for f in "$2"/disk/e/*; do cat "$f"; done | md5sum >"$2/old.sum"
        dd if=/dev/zero of="$2/disk/fill" bs=4k 2>/dev/null
        truncate -s -4096 "$2/disk/fill"
        "$1" export --email jane@icloud.com --name New --out "$2/disk/e" >"$2/export.out" 2>"$2/export.err"
        echo "export=$?" >>"$2/status"
        for f in "$2"/disk/e/*; do cat "$f"; done | md5sum >"$2/new.sum"
        find "$2/disk" >"$2/export.tree"
    "#;
    let o = in_namespace(script, scratch.path());
    let read = |name: &str| fs::read_to_string(scratch.path().join(name)).unwrap_or_default();
    let all = format!(
        "{}{}\nstatus:\n{}\nbatch.err:\n{}\nexport.err:\n{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
        read("status"),
        read("batch.err"),
        read("export.err")
    );
    assert!(read("status").contains("batch=2"), "{all}");
    let err = read("batch.err");
    assert_eq!(err.lines().count(), 1, "{all}");
    assert!(err.contains("disk is full"), "{all}");
    assert!(
        !read("batch.tree").contains(".icloud-mail-wizard-"),
        "{all}"
    );
    // Every folder that exists is complete (Thunderbird's file, the profile, the sheet and the
    // Android code's PNG and SVG), and each was printed.
    let counts = read("batch.counts");
    assert!(counts.lines().all(|c| c == "5"), "{counts}\n{all}");
    assert_eq!(
        counts.lines().count(),
        read("batch.out").lines().count(),
        "{all}"
    );

    assert!(read("status").contains("export=2"), "{all}");
    assert_eq!(read("old.sum"), read("new.sum"), "old files changed: {all}");
    assert!(
        !read("export.tree").contains(".icloud-mail-wizard-"),
        "{all}"
    );
    assert!(read("export.out").is_empty(), "{all}");
}

/// Notes on standard error never stop a command: with standard error a pipe nobody reads any
/// more (`batch ... 2>&1 | head -1`), every account is still written and the exit status is
/// the batch's own (1: one row failed), not a panic's 101.
#[test]
fn a_closed_standard_error_never_stops_a_batch() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("staff.csv");
    let mut text = String::from("email,name,login\nnot an address,Bad,\n");
    for i in 0..20 {
        let _ = writeln!(text, "user{i}@icloud.com,User {i},");
    }
    fs::write(&csv, text).unwrap();
    let out = dir.path().join("out");
    for args in [
        vec![
            "batch",
            "--csv",
            csv.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        vec![
            "export",
            "--email",
            "jane@icloud.com",
            "--out",
            out.to_str().unwrap(),
            "--include-password",
            "--password-stdin",
        ],
    ] {
        let mut child = util::bin()
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Nobody reads standard error: its pipe is closed before the command writes to it.
        drop(child.stderr.take());
        {
            use std::io::Write as _;
            let mut stdin = child.stdin.take().unwrap();
            let _ = stdin.write_all(b"dksi-umcn-pqcz-kdit\n");
        }
        let status = child.wait().unwrap();
        // The batch has one bad row (exit 1); the export has none (exit 0).
        let one_row_failed = i32::from(args[0] == "batch");
        assert_eq!(status.code(), Some(one_row_failed), "{args:?}");
    }
    let folders = fs::read_dir(&out)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    assert_eq!(folders, 20, "every account of the batch was written");
    assert!(out.join("jane@icloud.com.mobileconfig").is_file());
}
