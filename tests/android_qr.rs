//! The Thunderbird for Android QR code: what the app reads back from our PNG and SVG files.
//!
//! Each code is decoded by an independent decoder (rqrr) and checked against JSON written out by
//! hand here and against the port of the app's reader rules.

#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use icloud_mail_wizard::export::android_qr::{self, AndroidQrError, Payload, Rejection, reader};
use icloud_mail_wizard::export::{self, ExportOptions, Format};
use icloud_mail_wizard::provider::{Provider, UsernameForm};
use icloud_mail_wizard::secret::Secret;
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};
use util::qr::{decode_png, decode_svg};

/// rqrr's number for error correction level L (the format bits 01).
const EC_LEVEL_L: u16 = 1;

fn settings(email: &str, login: Option<&str>) -> AccountSettings {
    AccountInput {
        email,
        login,
        name: Some("Jane Doe"),
        organization: None,
    }
    .parse()
    .unwrap()
}

fn port_465(s: AccountSettings) -> AccountSettings {
    let fallback = Provider::icloud()
        .smtp_candidates()
        .find(|e| e.port == 465)
        .unwrap();
    s.with_smtp_endpoint(fallback)
}

/// The cases of issue 9's "Done when", each with the payload written out by hand.
fn cases() -> Vec<(&'static str, AccountSettings, &'static str)> {
    vec![
        (
            "name part, 587",
            settings("jane.doe@icloud.com", None),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#,
        ),
        (
            "name part, 465",
            port_465(settings("jane.doe@icloud.com", None)),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",465,3,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#,
        ),
        (
            "full address, 587",
            settings("jane.doe@icloud.com", None).with_imap_username(UsernameForm::FullAddress),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe@icloud.com"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#,
        ),
        (
            "full address, 465",
            port_465(
                settings("jane.doe@icloud.com", None).with_imap_username(UsernameForm::FullAddress),
            ),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe@icloud.com"],[[[0,"smtp.mail.me.com",465,3,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#,
        ),
        (
            "custom domain with a primary login",
            settings("jane@example.com", Some("jdoe@icloud.com")),
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jdoe@icloud.com"],[[[0,"smtp.mail.me.com",587,2,1,"jdoe@icloud.com"],["jane@example.com","Jane Doe"]]]]"#,
        ),
    ]
}

#[test]
fn every_case_reads_back_from_the_png_and_the_svg() {
    for (case, s, expected) in cases() {
        let files = export::render_files(Format::AndroidQr, &s, &ExportOptions::default()).unwrap();
        let names: Vec<_> = files
            .iter()
            .map(|f| f.path.to_str().unwrap().to_owned())
            .collect();
        let stem = s.email().as_str();
        assert_eq!(
            names,
            [
                format!("{stem}.android-qr.png"),
                format!("{stem}.android-qr.svg")
            ],
            "{case}"
        );
        let (from_png, meta_png) = decode_png(&files[0].bytes);
        let (from_svg, meta_svg) = decode_svg(&files[1].bytes, 4);
        assert_eq!(from_png, expected, "{case}: PNG");
        assert_eq!(from_svg, expected, "{case}: SVG");
        assert_eq!(meta_png.ecc_level, EC_LEVEL_L, "{case}");
        assert_eq!(meta_svg.version.0, meta_png.version.0, "{case}");
        let data = reader::read(&from_png).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(data.accounts.len(), 1);
        assert_eq!(data.accounts[0].incoming.password, None, "{case}");
        let qr = android_qr::qr_code(&s, None).unwrap();
        // The figure for the report: modules per side without and with the quiet zone.
        eprintln!(
            "{case}: {} bytes, version {}, {} modules ({} with the quiet zone)",
            expected.len(),
            qr.version(),
            qr.width(),
            qr.size_with_quiet_zone()
        );
        assert_eq!(meta_png.version.0 * 4 + 17, qr.width(), "{case}");
    }
}

#[test]
fn the_handoff_example_matches_byte_for_byte() {
    let s = settings("jane.doe@icloud.com", None);
    assert_eq!(
        Payload::from_settings(&s, None).to_json().unwrap(),
        r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#
    );
}

#[test]
fn a_display_name_with_a_line_break_is_refused() {
    // The settings refuse it first…
    let typed = AccountInput {
        email: "jane.doe@icloud.com",
        name: Some("Jane\nDoe"),
        ..Default::default()
    };
    assert!(typed.parse().is_err());
    // …and a payload built by hand is refused before any code is made.
    for name in ["Jane\nDoe", "Jane\rDoe", "Jane\r\nDoe"] {
        let mut payload = Payload::from_settings(&settings("jane.doe@icloud.com", None), None);
        payload.outgoing[0].1.1 = name.to_owned();
        let err = payload.to_qr().unwrap_err();
        assert!(
            matches!(
                err,
                AndroidQrError::Rejected(Rejection::LineBreak {
                    field: "display name"
                })
            ),
            "{name:?}: {err}"
        );
        assert_eq!(
            err.to_string(),
            "Thunderbird for Android would refuse this QR code: the display name contains a line break"
        );
    }
}

#[test]
fn a_non_ascii_address_and_other_bad_values_are_refused() {
    let good = Payload::from_settings(&settings("jane.doe@icloud.com", None), None);
    let mut p = good.clone();
    p.outgoing[0].1.0 = "jäne@icloud.com".into();
    assert!(matches!(
        p.to_qr(),
        Err(AndroidQrError::Rejected(Rejection::EmailAddress { .. }))
    ));
    let mut p = good.clone();
    p.incoming.hostname = "imap mail.me.com".into();
    assert!(matches!(
        p.to_qr(),
        Err(AndroidQrError::Rejected(Rejection::Hostname { .. }))
    ));
    let mut p = good.clone();
    p.incoming.port = 0;
    assert!(matches!(
        p.to_qr(),
        Err(AndroidQrError::Rejected(Rejection::Port { value: 0 }))
    ));
    let mut p = good;
    p.incoming.username = "jane\n".into();
    assert!(matches!(
        p.to_qr(),
        Err(AndroidQrError::Rejected(Rejection::LineBreak {
            field: "username"
        }))
    ));
}

#[test]
fn files_never_hold_the_password_and_the_explicit_choice_does() {
    let s = settings("jane.doe@icloud.com", None);
    let options = ExportOptions {
        password: Some(Secret::new("abcd-efgh-ijkl-mnop")),
        ..ExportOptions::default()
    };
    for file in export::render_files(Format::AndroidQr, &s, &options).unwrap() {
        let text = if file.path.extension().unwrap() == "png" {
            decode_png(&file.bytes).0
        } else {
            decode_svg(&file.bytes, 3).0
        };
        assert!(!text.contains("abcd"), "{}", file.path.display());
    }
    // The GUI's explicit choice: read the module matrix the way the GUI paints it.
    let qr = android_qr::qr_code(&s, options.password.as_ref()).unwrap();
    let n = qr.size_with_quiet_zone();
    let scale = 4;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(n * scale, n * scale, |x, y| {
        if qr.is_dark(x / scale, y / scale) {
            0
        } else {
            255
        }
    });
    let (_, text) = img.detect_grids()[0].decode().unwrap();
    let data = reader::read(&text).unwrap();
    assert_eq!(
        data.accounts[0].incoming.password.as_deref(),
        Some("abcd-efgh-ijkl-mnop")
    );
    assert_eq!(
        data.accounts[0].outgoing[0].password.as_deref(),
        Some("abcd-efgh-ijkl-mnop")
    );
    assert_eq!(data.accounts[0].incoming.account_name.as_deref(), Some(""));
}

#[test]
fn export_and_batch_write_the_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let out = util::run(&[
        "export",
        "--email",
        "jane@example.com",
        "--login",
        "jdoe@icloud.com",
        "--format",
        "android-qr",
        "--out",
        dir.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    let lines = util::stdout_lines(&out);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let png = std::fs::read(dir.path().join("jane@example.com.android-qr.png")).unwrap();
    assert!(decode_png(&png).0.contains("\"jdoe@icloud.com\""));

    let csv = dir.path().join("staff.csv");
    std::fs::write(
        &csv,
        "email,name,login\njane.doe@icloud.com,Jane Doe,\nbob@example.com,Bob,bob@me.com\n",
    )
    .unwrap();
    let out_dir = dir.path().join("settings");
    let out = util::run(&[
        "batch",
        "--csv",
        csv.to_str().unwrap(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    for (folder, address, login) in [
        ("jane.doe@icloud.com", "jane.doe@icloud.com", "jane.doe"),
        ("bob@example.com", "bob@example.com", "bob@me.com"),
    ] {
        let base = out_dir.join(folder);
        let (text, _) =
            decode_png(&std::fs::read(base.join(format!("{address}.android-qr.png"))).unwrap());
        let (svg_text, _) = decode_svg(
            &std::fs::read(base.join(format!("{address}.android-qr.svg"))).unwrap(),
            3,
        );
        assert_eq!(text, svg_text);
        let data = reader::read(&text).unwrap();
        assert_eq!(data.accounts[0].incoming.username, login);
        assert_eq!(data.accounts[0].incoming.password, None);
    }
}

/// The code as the wizard draws it, scanned from the screenshots of the real window under Xvfb
/// (`scripts/screenshots-apps.sh`): a phone reads what the screen shows.
#[test]
fn the_code_on_screen_scans_from_the_screenshots() {
    for theme in ["light", "dark"] {
        let path = format!(
            "{}/assets/screenshots/android-qr-{theme}-apps.png",
            env!("CARGO_MANIFEST_DIR")
        );
        let (text, meta) = util::qr::decode_png(&std::fs::read(&path).unwrap());
        assert_eq!(meta.ecc_level, EC_LEVEL_L, "{theme}: level L");
        assert!(
            text.starts_with(
                r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"],["jane.doe@icloud.com","Jane Doe"]]]]"#
            ),
            "{theme}: {text}"
        );
        // "Send to iPhone or iPad": the code of the one-time URL on the address the wizard
        // serves on (the screenshot's private network gives it 192.168.77.2).
        let path = format!(
            "{}/assets/screenshots/send-to-iphone-{theme}-apps.png",
            env!("CARGO_MANIFEST_DIR")
        );
        let (url, _) = util::qr::decode_png(&std::fs::read(&path).unwrap());
        let token = url
            .strip_prefix("http://192.168.77.2:")
            .and_then(|rest| rest.split_once('/'))
            .map(|(_, token)| token);
        assert!(
            token.is_some_and(|t| t.len() == 22
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')),
            "{theme}: {url}"
        );
    }
}
