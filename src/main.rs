//! The `icloud-mail-wizard` binary: the desktop wizard, or the command line when a command is
//! given. Exit status: 0 ok, 1 some item failed, 2 usage or fatal error (also: no display).

// A double-clicked release build on Windows opens no console window. (The command line then
// prints nothing on Windows: attaching to the parent console would need unsafe code.)
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser as _;
use icloud_mail_wizard::cli::{self, Cli};

fn main() -> ExitCode {
    match Cli::parse().command {
        Some(command) => cli::run(command).into(),
        None => desktop(),
    }
}

#[cfg(feature = "gui")]
fn desktop() -> ExitCode {
    use icloud_mail_wizard::gui;
    if let Some(problem) = gui::missing_display() {
        eprintln!("{problem}");
        return ExitCode::from(2);
    }
    gui::run()
}

#[cfg(not(feature = "gui"))]
fn desktop() -> ExitCode {
    eprintln!(
        "icloud-mail-wizard: this build has no desktop wizard (built without the gui feature); see icloud-mail-wizard --help"
    );
    ExitCode::from(2)
}
