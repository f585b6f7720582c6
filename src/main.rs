//! The `icloud-mail-wizard` binary: the command line, or the desktop wizard when no command is given.

use std::process::ExitCode;

use clap::Parser as _;
use icloud_mail_wizard::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(command) = cli.command {
        return cli::run(command).into();
    }
    eprintln!(
        "The desktop wizard is not built yet; use a command (see --help), for example:\n  icloud-mail-wizard export --email you@icloud.com"
    );
    ExitCode::from(2)
}
