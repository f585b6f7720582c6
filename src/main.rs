//! The `icloud-mail-wizard` binary: the desktop wizard, or the command line when a command is
//! given. Exit status: 0 ok, 1 some item failed, 2 usage or fatal error (also: no display).

// A double-clicked release build on Windows opens no console window; started from a console,
// it attaches to that console first (`windows_console`), so the commands print there.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]
// The one exception is `windows_console::attach_to_parent`.
#![deny(unsafe_code)]

use std::process::ExitCode;

use clap::Parser as _;
use icloud_mail_wizard::cli::{self, Cli};

fn main() -> ExitCode {
    #[cfg(windows)]
    windows_console::attach_to_parent();
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

/// A GUI-subsystem program on Windows starts without a console, so standard output and error
/// go nowhere unless redirected. Started from `cmd` or PowerShell, the program attaches to that
/// console before anything prints (help, errors, every command's output); double-clicked, there
/// is no parent console and nothing changes.
#[cfg(windows)]
mod windows_console {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};

    /// Attaches to the console of the process that started this one, if it has one.
    /// Redirected handles (`> file`, a pipe) are kept: Windows sets only the handles that are
    /// unset, and Rust's standard streams ask Windows for the handle at each write.
    #[allow(unsafe_code)]
    pub(crate) fn attach_to_parent() {
        // SAFETY: `AttachConsole` takes a process id by value and reads or writes no memory of
        // ours. It fails (returns 0) when the parent has no console or this process already
        // has one (a debug build, which is a console program), and then nothing changes.
        let _attached = unsafe { AttachConsole(ATTACH_PARENT_PROCESS) };
    }
}
