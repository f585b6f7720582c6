//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

pub mod dnsmasq;
#[cfg(feature = "gui")]
pub mod gui;
pub mod harness;
pub mod keyring;
pub mod pki;
pub mod qr;
pub mod xml;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Fails the test at once, with the command that fixes it, when a program it needs is not
/// installed: plain `cargo test` on a machine without the Debian packages then says what is
/// missing and what to run instead of failing somewhere inside a helper.
pub fn require(programs: &[&str], for_what: &str) {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let missing: Vec<&str> = programs
        .iter()
        .copied()
        .filter(|p| !std::env::split_paths(&path).any(|dir| dir.join(p).is_file()))
        .collect();
    assert!(
        missing.is_empty(),
        "{for_what} need {} (not installed here): run the tests with scripts/test.sh, which installs the Debian packages (scripts/install-test-deps.sh) and runs every test",
        missing.join(", ")
    );
}

/// The real binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_icloud-mail-wizard"))
}

/// Runs the binary with `args` and no stdin; returns its output.
pub fn run(args: &[&str]) -> Output {
    bin()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

/// Standard output as lines.
pub fn stdout_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The files in `dir`, sorted by name.
pub fn files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir exists")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
}

/// A folder nobody may write into, not even root, until dropped: `chattr +i` (which also stops
/// root; needs ext4 or a similar file system) when running as root, plain permissions otherwise.
pub struct ReadOnlyDir {
    path: PathBuf,
    immutable: bool,
}

impl ReadOnlyDir {
    /// Makes `path` unwritable.
    pub fn new(path: &Path) -> Self {
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
        if root {
            let status = Command::new("chattr").arg("+i").arg(path).status();
            assert!(
                status.is_ok_and(|s| s.success()),
                "chattr +i {} failed: as root, a read-only folder needs a file system with the immutable attribute",
                path.display()
            );
        } else {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        }
        Self {
            path: path.to_owned(),
            immutable: root,
        }
    }
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        if self.immutable {
            let _ = Command::new("chattr").arg("-i").arg(&self.path).status();
        } else {
            use std::os::unix::fs::PermissionsExt as _;
            let _ = std::fs::set_permissions(&self.path, std::fs::Permissions::from_mode(0o755));
        }
    }
}

/// A folder that looks like Thunderbird's program folder (its `application.ini`).
pub fn fake_thunderbird(dir: &Path) {
    std::fs::create_dir_all(dir).expect("mkdir");
    std::fs::write(
        dir.join("application.ini"),
        "[App]\nVendor=Mozilla\nName=Thunderbird\nVersion=128.5.0\n",
    )
    .expect("write application.ini");
}
