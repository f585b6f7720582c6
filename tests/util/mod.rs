//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test binary uses a different subset")]

pub mod dnsmasq;
#[cfg(feature = "gui")]
pub mod gui;
pub mod harness;
pub mod keyring;
pub mod xml;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

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
