//! Real mail servers on loopback (tests/harness): started once per test binary, stopped by the
//! harness's watchdog when the test process exits, which also deletes the run folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// A running harness: its folder and the values from its `env` file.
pub struct Harness {
    pub dir: PathBuf,
    env: HashMap<String, String>,
}

impl Harness {
    /// A value from the harness's env file.
    pub fn var(&self, key: &str) -> &str {
        self.env
            .get(key)
            .unwrap_or_else(|| panic!("harness env has no {key}"))
    }

    /// A port from the env file, e.g. `IMAPS_PORT`.
    pub fn port(&self, key: &str) -> u16 {
        self.var(key).parse().expect("a port number")
    }

    /// The test CA in PEM form.
    pub fn ca_pem(&self) -> Vec<u8> {
        std::fs::read(self.var("MAIL_CA")).expect("the test CA exists")
    }

    /// Path of the test CA.
    pub fn ca_path(&self) -> &Path {
        Path::new(self.var("MAIL_CA"))
    }

    /// The password every harness user of alice's mailbox has.
    pub fn password(&self) -> &str {
        self.var("MAIL_PASSWORD")
    }
}

/// The harness of this test binary, started on first use.
pub fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(start)
}

fn start() -> Harness {
    super::require(
        &["dovecot", "python3", "openssl", "setsid"],
        "the loopback mail servers (tests/harness)",
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/harness");
    // Unix socket paths are short: keep the run folder directly under /tmp.
    let dir = tempfile::Builder::new()
        .prefix("imw-")
        .tempdir_in("/tmp")
        .expect("a temp dir")
        .keep();
    let out = Command::new(root.join("start.sh"))
        .arg(&dir)
        .env("PORTS", "auto")
        .env("HARNESS_WATCH_PID", std::process::id().to_string())
        .env("HARNESS_REMOVE_DIR", "1")
        .output()
        .expect("tests/harness/start.sh runs");
    assert!(
        out.status.success(),
        "the mail harness did not start (run scripts/install-test-deps.sh first):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(dir.join("env")).expect("the harness wrote its env file");
    let env = text
        .lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    Harness { dir, env }
}
