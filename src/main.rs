//! The `icloud-mail-wizard` binary: the command line, or the desktop wizard when no command is given.

use std::process::ExitCode;

use clap::Parser as _;
use icloud_mail_wizard::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = cli.command else {
        eprintln!(
            "The desktop wizard is not built yet; use a command (see --help), for example:\n  icloud-mail-wizard export --email you@icloud.com"
        );
        return ExitCode::from(2);
    };
    cli::run(command).into()
}
