//! The password in the system keyring, end to end: the real binary against a real Secret Service
//! (gnome-keyring on a private D-Bus session bus per test), checked with `secret-tool`, an
//! independent client; the no-keyring paths; and leak checks over every output and file.
//!
//! Needs gnome-keyring, libsecret-tools and dbus (`scripts/install-test-deps.sh`); without them
//! the tests fail and say so rather than skip.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use util::keyring::{Keyring, Start, run_with_stdin};
use util::{files_in, stderr, stdout_lines};

const SERVICE: &str = "icloud-mail-wizard";
/// A known app-specific password, in the normal form.
const PW: &str = "dksi-umcn-pqcz-kdit";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every way the password could show up: as typed, normalised, and without separators.
fn needles(password: &str) -> Vec<String> {
    let compact: String = password
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let mut all = vec![
        password.to_owned(),
        password.to_lowercase(),
        password.to_uppercase(),
    ];
    if compact.len() >= 8 {
        all.push(compact.to_lowercase());
    }
    all
}

fn assert_output_clean(o: &Output, password: &str, what: &str) {
    let text = format!("{}\n{}", stdout(o), stderr(o));
    for needle in needles(password) {
        assert!(
            !text.contains(&needle),
            "{what}: the password appears in the output:\n{text}"
        );
    }
    assert!(
        !text.contains("panicked"),
        "{what}: panic text in the output:\n{text}"
    );
}

/// Every file under `dir`, recursively.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return out;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path.is_file() {
            out.push(path);
        }
    }
    out
}

/// No file under `dir` contains the password, except those in `allowed`. Returns how many files
/// were searched.
fn assert_files_clean(dir: &Path, password: &str, allowed: &[PathBuf]) -> usize {
    let files = walk(dir);
    for file in &files {
        if allowed.contains(file) {
            continue;
        }
        let bytes = fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for needle in needles(password) {
            assert!(
                !text.contains(&needle),
                "the password appears in {}",
                file.display()
            );
        }
    }
    files.len()
}

fn save(k: &Keyring, args: &[&str], input: &str) -> Output {
    run_with_stdin(k.bin().args(["password", "save"]).args(args), input)
}

#[test]
fn save_stores_the_normalised_password_under_the_service_and_login() {
    let k = Keyring::start();
    eprintln!(
        "private bus + unlocked gnome-keyring started in {:?}",
        k.startup
    );
    let pasted = "  DKSI UMCN PQCZ KDIT \n";
    let o = save(&k, &["--email", "Jane.Doe@iCloud.com"], pasted);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout_lines(&o),
        [
            "saved the password for jane.doe@icloud.com in the Secret Service keyring (service icloud-mail-wizard)"
        ]
    );
    assert!(
        stderr(&o).is_empty(),
        "no warning for a good shape: {}",
        stderr(&o)
    );
    assert_output_clean(&o, PW, "password save");
    assert_output_clean(&o, pasted.trim(), "password save");

    let found = k.search(SERVICE);
    assert_eq!(found.items, 1, "{found:?}");
    assert!(found.has("service", SERVICE), "{found:?}");
    assert!(found.has("username", "jane.doe@icloud.com"), "{found:?}");
    assert_eq!(found.secrets, [PW]);
    assert_eq!(
        k.lookup(SERVICE, "jane.doe@icloud.com").as_deref(),
        Some(PW),
        "exactly the normalised password"
    );

    // Saving again replaces it rather than adding a second item.
    let o = save(
        &k,
        &["--email", "jane.doe@icloud.com"],
        "aaaabbbbccccdddd\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(k.search(SERVICE).items, 1);
    assert_eq!(
        k.lookup(SERVICE, "jane.doe@icloud.com").as_deref(),
        Some("aaaa-bbbb-cccc-dddd")
    );
}

#[test]
fn custom_domain_saves_under_the_primary_login() {
    let k = Keyring::start();
    let o = save(
        &k,
        &["--email", "jane@example.com", "--login", "JDoe@icloud.com"],
        PW,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("jdoe@icloud.com"), "{}", stdout(&o));
    assert_eq!(k.lookup(SERVICE, "jdoe@icloud.com").as_deref(), Some(PW));
    assert_eq!(k.lookup(SERVICE, "jane@example.com"), None);

    // Without the login the custom domain is a usage error and nothing is saved.
    let o = save(&k, &["--email", "bob@example.com"], PW);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("primary iCloud address"),
        "{}",
        stderr(&o)
    );
    assert_eq!(k.search(SERVICE).items, 1);
}

#[test]
fn an_apple_account_password_is_saved_with_a_warning() {
    let k = Keyring::start();
    let typed = "Summer2024!";
    let o = save(
        &k,
        &["--email", "jane@icloud.com"],
        &format!(" {typed}\r\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("warning: "), "{err}");
    assert!(err.contains("contains digits"), "{err}");
    assert!(err.contains("Apple Account password"), "{err}");
    assert!(err.contains("which iCloud refuses for mail apps"), "{err}");
    assert!(err.contains("https://account.apple.com/"), "{err}");
    assert_eq!(stdout_lines(&o).len(), 1);
    assert_output_clean(&o, typed, "password save");
    assert_eq!(
        k.lookup(SERVICE, "jane@icloud.com").as_deref(),
        Some(typed),
        "saved as typed, trimmed"
    );

    // A wrong grouping is not the account password: the warning says what is wrong instead.
    let o = save(&k, &["--email", "jane@icloud.com"], "dksiu-mcn-pqcz-kdit");
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(err.contains("4 groups of 4"), "{err}");
    assert!(!err.contains("Apple Account"), "{err}");
}

#[test]
fn save_refuses_an_empty_password_and_takes_only_the_first_line() {
    let k = Keyring::start();
    for input in ["", "\n", "   \nabcd-efgh-ijkl-mnop\n"] {
        let o = save(&k, &["--email", "jane@icloud.com"], input);
        assert_eq!(o.status.code(), Some(2), "{input:?}");
        let err = stderr(&o);
        assert_eq!(
            err,
            "error: no password on standard input: the first line is empty\n"
        );
    }
    assert_eq!(k.search(SERVICE).items, 0, "nothing saved");
    let o = save(
        &k,
        &["--email", "jane@icloud.com"],
        &format!("{PW}\nsecond line\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(k.lookup(SERVICE, "jane@icloud.com").as_deref(), Some(PW));
    // The password is never an argument.
    let o = run_with_stdin(
        k.bin()
            .args(["password", "save", "--email", "jane@icloud.com", PW]),
        "",
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn forget_removes_the_item_and_a_second_forget_exits_1() {
    let k = Keyring::start();
    let o = save(&k, &["--email", "jane@icloud.com"], PW);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Another account stays.
    let o = save(&k, &["--email", "bob@icloud.com"], "aaaa-bbbb-cccc-dddd");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(k.lookup(SERVICE, "jane@icloud.com").as_deref(), Some(PW));

    let forget =
        |email: &str| run_with_stdin(k.bin().args(["password", "forget", "--email", email]), "");
    let o = forget("JANE@icloud.com");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout_lines(&o),
        ["removed the password for jane@icloud.com from the Secret Service keyring"]
    );
    assert_eq!(k.lookup(SERVICE, "jane@icloud.com"), None, "really removed");
    let found = k.search(SERVICE);
    assert_eq!(found.items, 1, "{found:?}");
    assert!(found.has("username", "bob@icloud.com"));

    let o = forget("jane@icloud.com");
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert_eq!(
        stderr(&o),
        "no password is saved for jane@icloud.com in the Secret Service keyring; nothing was removed\n"
    );
}

fn assert_no_keyring_message(o: &Output, what: &str, reason: &str) {
    assert_eq!(o.status.code(), Some(2), "{what}: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "{what}: one line: {err}");
    assert!(err.starts_with("error: "), "{what}: {err}");
    assert!(err.contains(reason), "{what}: {err}");
    assert!(
        err.trim_end().ends_with(
            "the password was not saved, and the wizard will ask for it again next time"
        ),
        "{what}: {err}"
    );
    assert!(o.stdout.is_empty(), "{what}");
    assert_output_clean(o, PW, what);
}

#[test]
fn without_a_session_bus_save_says_so_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bin = || {
        let mut cmd = util::bin();
        cmd.args(["password", "save", "--email", "jane@icloud.com"])
            .env("HOME", dir.path())
            .env("XDG_RUNTIME_DIR", dir.path());
        cmd
    };
    let missing = format!("unix:path={}/no-such-bus", dir.path().display());
    let o = run_with_stdin(bin().env("DBUS_SESSION_BUS_ADDRESS", &missing), PW);
    assert_no_keyring_message(
        &o,
        "bus socket missing",
        "no system keyring is available here (no D-Bus session bus is running",
    );
    // No variable at all, and no bus where zbus looks then ($XDG_RUNTIME_DIR/bus).
    let o = run_with_stdin(bin().env_remove("DBUS_SESSION_BUS_ADDRESS"), PW);
    assert_no_keyring_message(
        &o,
        "no DBUS_SESSION_BUS_ADDRESS",
        "no system keyring is available here (no D-Bus session bus is running",
    );
    assert!(
        files_in(dir.path()).is_empty(),
        "nothing saved anywhere else"
    );

    // export --include-password has nothing to take it from either.
    let out = dir.path().join("out");
    let o = run_with_stdin(
        util::bin()
            .args(["export", "--email", "jane@icloud.com", "--include-password"])
            .args(["--out", s(&out)])
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env("XDG_RUNTIME_DIR", dir.path()),
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("no system keyring is available here"), "{err}");
    assert!(err.trim_end().ends_with("with --password-stdin"), "{err}");
    assert!(!out.exists(), "nothing written");
}

#[test]
fn a_bus_without_secret_service_and_a_locked_keyring_are_clear_errors() {
    let k = Keyring::start_with(Start::NoDaemon);
    let o = save(&k, &["--email", "jane@icloud.com"], PW);
    assert_no_keyring_message(
        &o,
        "no Secret Service",
        "nothing on the D-Bus session bus provides the Secret Service",
    );

    let mut k = Keyring::start();
    let o = save(&k, &["--email", "jane@icloud.com"], PW);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    k.restart_locked();
    let o = save(&k, &["--email", "jane@icloud.com"], "aaaa-bbbb-cccc-dddd");
    assert_no_keyring_message(&o, "locked collection", "the system keyring is locked");
    let o = run_with_stdin(
        k.bin()
            .args(["password", "forget", "--email", "jane@icloud.com"]),
        "",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing was removed"), "{}", stderr(&o));
}

fn export(k: &Keyring, out: &Path, extra: &[&str], input: &str) -> Output {
    run_with_stdin(
        k.bin()
            .args(["export", "--email", "jane@icloud.com", "--out", s(out)])
            .args(extra),
        input,
    )
}

const WARNING: &str = "warning: the Apple profile will contain your app-specific password: anyone with the file can read and send your mail; keep it private and delete it after installing";

/// The password in the profile, read back with a plist parser.
fn profile_password(path: &Path) -> Option<String> {
    let top = plist::Value::from_file(path).unwrap();
    let payload = top.as_dictionary().unwrap()["PayloadContent"]
        .as_array()
        .unwrap()[0]
        .as_dictionary()
        .unwrap()
        .clone();
    payload
        .get("IncomingPassword")
        .and_then(|v| v.as_string())
        .map(str::to_owned)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Files `export` writes for an iCloud address by default: Thunderbird's, the profile, the sheet.
const EXPORTED: usize = 3;
/// Files of a custom domain's autoconfig site.
const SITE_FILES: usize = 4;

/// The profile has the password and is private; the other files have no trace of it.
fn assert_only_the_profile_has_it(out: &Path, password: &str) {
    let files = files_in(out);
    assert_eq!(files.len(), EXPORTED, "{files:?}");
    let profile = out.join("jane@icloud.com.mobileconfig");
    assert_eq!(profile_password(&profile).as_deref(), Some(password));
    #[cfg(unix)]
    {
        assert_eq!(mode(&profile), 0o600, "the profile is private");
        for f in files.iter().filter(|f| **f != profile) {
            assert_eq!(mode(f), 0o644, "{}", f.display());
        }
    }
    assert_eq!(
        assert_files_clean(out, password, std::slice::from_ref(&profile)),
        EXPORTED
    );
}

#[test]
fn export_include_password_from_stdin_goes_into_the_profile_only() {
    let k = Keyring::start();
    let out = k.dir().join("out");
    let o = export(
        &k,
        &out,
        &["--include-password", "--password-stdin"],
        "DKSI-UMCN-PQCZ-KDIT\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), format!("{WARNING}\n"));
    assert_eq!(stdout_lines(&o).len(), EXPORTED);
    assert_output_clean(&o, PW, "export --include-password --password-stdin");
    assert_only_the_profile_has_it(&out, PW);
    // The keyring was not touched.
    assert_eq!(k.search(SERVICE).items, 0);
    // Nothing else anywhere in the throwaway home either.
    let profile = out.join("jane@icloud.com.mobileconfig");
    assert_files_clean(&k.home(), PW, &[]);
    assert_files_clean(k.dir(), PW, &[profile]);
}

#[test]
fn export_include_password_takes_the_saved_one() {
    let k = Keyring::start();
    let o = save(&k, &["--email", "jane@icloud.com"], PW);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = k.dir().join("out");
    let o = export(&k, &out, &["--include-password"], "");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), format!("{WARNING}\n"));
    assert_output_clean(&o, PW, "export --include-password");
    assert_only_the_profile_has_it(&out, PW);
}

#[test]
fn export_include_password_without_any_password_is_a_clear_error() {
    let k = Keyring::start();
    let out = k.dir().join("out");
    let o = export(&k, &out, &["--include-password"], "");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: no password is saved for jane@icloud.com in the Secret Service keyring; give it with --password-stdin, or save it first with: icloud-mail-wizard password save --email jane@icloud.com\n"
    );
    assert!(!out.exists(), "nothing written");

    // Empty standard input is no password either.
    let o = export(&k, &out, &["--include-password", "--password-stdin"], "\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("the first line is empty"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn export_password_options_are_checked() {
    let k = Keyring::start();
    let out = k.dir().join("out");
    // --password-stdin alone means nothing: a usage error rather than a silent no-op.
    let o = export(&k, &out, &["--password-stdin"], PW);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--include-password"), "{}", stderr(&o));
    // Asking for the password without an Apple profile.
    let o = export(
        &k,
        &out,
        &[
            "--include-password",
            "--password-stdin",
            "--format",
            "thunderbird",
        ],
        PW,
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--format mobileconfig"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());
    assert_output_clean(&o, PW, "usage errors");
    // A password without the app-specific shape is warned about but embedded as asked.
    let o = export(
        &k,
        &out,
        &[
            "--include-password",
            "--password-stdin",
            "--format",
            "mobileconfig",
        ],
        "Summer2024!\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("Apple Account password"), "{err}");
    assert!(err.contains(WARNING), "{err}");
    assert_output_clean(&o, "Summer2024!", "export with a bad shape");
    assert_eq!(
        profile_password(&out.join("jane@icloud.com.mobileconfig")).as_deref(),
        Some("Summer2024!")
    );
}

#[test]
fn with_a_saved_password_no_other_export_contains_it() {
    let k = Keyring::start();
    let o = save(&k, &["--email", "jane@icloud.com"], PW);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = save(
        &k,
        &["--email", "bob@example.com", "--login", "bob@icloud.com"],
        "aaaa-bbbb-cccc-dddd",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    // export without --include-password
    let out = k.dir().join("plain");
    let o = export(&k, &out, &[], "");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert_output_clean(&o, PW, "export");
    assert_eq!(
        profile_password(&out.join("jane@icloud.com.mobileconfig")),
        None
    );
    #[cfg(unix)]
    assert_eq!(mode(&out.join("jane@icloud.com.mobileconfig")), 0o644);
    assert_eq!(assert_files_clean(&out, PW, &[]), EXPORTED);

    // batch over both accounts
    let csv = k.dir().join("staff.csv");
    fs::write(
        &csv,
        "email,name,login\njane@icloud.com,Jane,\nbob@example.com,Bob,bob@icloud.com\n",
    )
    .unwrap();
    let batch_out = k.dir().join("batch");
    let o = run_with_stdin(
        k.bin()
            .args(["batch", "--csv", s(&csv), "--out", s(&batch_out)]),
        "",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    for pw in [PW, "aaaa-bbbb-cccc-dddd"] {
        assert_output_clean(&o, pw, "batch");
        // Each account's files with its Android QR code (PNG and SVG), and the custom
        // domain's site.
        assert_eq!(
            assert_files_clean(&batch_out, pw, &[]),
            2 * (EXPORTED + 2) + SITE_FILES
        );
        // The whole throwaway tree: home (keyring files included), exports, the CSV.
        assert!(assert_files_clean(k.dir(), pw, &[]) >= 12);
    }
}

/// Set in a child copy of this test binary to run [`library_store_in_a_child`] for real.
const CHILD: &str = "ICLOUD_MAIL_WIZARD_KEYRING_CHILD";

/// The library API itself ([`KeyringStore`] through [`PasswordStore`]) against a real Secret
/// Service and without any. It must run in a child process, since only a child can get the
/// private bus address (the test process's environment is not changed).
#[test]
fn the_library_store_works_with_and_without_a_keyring() {
    let child = |k: Option<&Keyring>, mode: &str| {
        let exe = std::env::current_exe().unwrap();
        let mut cmd = if let Some(k) = k {
            k.command(&exe)
        } else {
            let mut cmd = std::process::Command::new(&exe);
            cmd.env_remove("DBUS_SESSION_BUS_ADDRESS")
                .env("XDG_RUNTIME_DIR", "/nonexistent");
            cmd
        };
        let o = cmd
            .args(["--exact", "library_store_in_a_child", "--nocapture"])
            .env(CHILD, mode)
            .output()
            .unwrap();
        assert!(
            o.status.success() && stdout(&o).contains("child: ok"),
            "{mode}: {}\n{}",
            stdout(&o),
            stderr(&o)
        );
    };
    let k = Keyring::start();
    child(Some(&k), "available");
    // What the library saved, an independent client reads, and the library removed it again.
    assert_eq!(k.lookup(SERVICE, "kept@icloud.com").as_deref(), Some(PW));
    assert_eq!(k.lookup(SERVICE, "jane@icloud.com"), None);
    child(None, "unavailable");
}

/// The child half of [`the_library_store_works_with_and_without_a_keyring`]; does nothing when
/// run on its own.
#[test]
fn library_store_in_a_child() {
    use icloud_mail_wizard::keyring_store::{KeyringStore, PasswordStore as _};
    use icloud_mail_wizard::secret::Secret;
    let Some(mode) = std::env::var_os(CHILD) else {
        return;
    };
    let store = KeyringStore::new().with_timeout(std::time::Duration::from_secs(30));
    let jane = "Jane@iCloud.com".parse().unwrap();
    let kept = "kept@icloud.com".parse().unwrap();
    if mode == "available" {
        store.probe().unwrap();
        assert!(store.is_available());
        assert_eq!(store.load(&jane).unwrap(), None);
        store.save(&jane, &Secret::new(PW)).unwrap();
        assert_eq!(
            store.load(&"jane@icloud.com".parse().unwrap()).unwrap(),
            Some(Secret::new(PW))
        );
        assert!(store.forget(&jane).unwrap());
        assert!(!store.forget(&jane).unwrap());
        assert_eq!(store.load(&jane).unwrap(), None);
        store.save(&kept, &Secret::new(PW)).unwrap();
    } else {
        let e = store.probe().unwrap_err();
        assert!(e.is_unavailable(), "{e}");
        assert!(!store.is_available());
        for e in [
            store.save(&jane, &Secret::new(PW)).unwrap_err(),
            store.load(&jane).unwrap_err(),
            store.forget(&jane).unwrap_err(),
        ] {
            assert!(e.is_unavailable(), "{e}");
            let text = e.to_string();
            assert!(
                text.starts_with("no system keyring is available here"),
                "{text}"
            );
            assert!(!text.contains(PW) && !format!("{e:?}").contains(PW));
        }
    }
    println!("child: ok");
}

// ---------------------------------------------------------------------------------------------
// `check` takes the saved password when --password-stdin is not given

fn check_against_harness(keyring: &Keyring) -> std::process::Output {
    let h = util::harness::harness();
    let mut cmd = keyring.bin();
    cmd.args([
        "check",
        "--email",
        "alice@icloud.com",
        "--timeout-secs",
        "5",
    ])
    .arg("--ca-file")
    .arg(h.ca_path())
    .args(["--imap", &format!("127.0.0.1:{}", h.port("IMAPS_PORT"))])
    .args([
        "--smtp-starttls",
        &format!("127.0.0.1:{}", h.port("SUBMISSION_PORT")),
    ])
    .args(["--smtp-tls", &format!("127.0.0.1:{}", h.port("SMTPS_PORT"))])
    .stdin(std::process::Stdio::null());
    cmd.output().expect("the binary runs")
}

#[test]
fn check_uses_the_saved_password_and_never_prints_it() {
    let h = util::harness::harness();
    let keyring = Keyring::start();
    let saved = run_with_stdin(
        keyring
            .bin()
            .args(["password", "save", "--email", "alice@icloud.com"]),
        &format!("{}\n", h.password()),
    );
    assert_eq!(
        saved.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&saved.stderr)
    );
    let out = check_against_harness(&keyring);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0), "{all}");
    assert!(all.contains("Works: IMAP username alice"), "{all}");
    assert!(!all.contains(h.password()), "{all}");
}

#[test]
fn check_without_a_saved_password_says_how_to_give_one() {
    let keyring = Keyring::start();
    let out = check_against_harness(&keyring);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("alice@icloud.com"), "{err}");
}
