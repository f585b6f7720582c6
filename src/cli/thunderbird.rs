//! `icloud-mail-wizard thunderbird install`

use std::io::Write as _;

use super::{Outcome, ThunderbirdInstallArgs, report};
use crate::settings::AccountInput;
use crate::thunderbird::{self, InstallError};

pub(super) fn install(args: &ThunderbirdInstallArgs) -> Outcome {
    let settings = match (AccountInput {
        email: &args.login.email,
        login: args.login.login.as_deref(),
        ..AccountInput::default()
    })
    .parse()
    {
        Ok(settings) => args.found.apply(settings),
        Err(e) => {
            report(&e);
            return Outcome::Fatal;
        }
    };
    let install = match &args.thunderbird_dir {
        Some(dir) => thunderbird::named_install(dir),
        None => {
            thunderbird::choose_install(&thunderbird::usual_folders(crate::home_dir().as_deref()))
        }
    };
    let result = install.and_then(|install| thunderbird::install(&settings, &install));
    match result {
        Ok(path) => {
            let _ = writeln!(std::io::stdout().lock(), "{}", path.display());
            Outcome::Success
        }
        Err(InstallError::NeedsAdmin { target }) => {
            // With administrator rights this same command does the whole job.
            eprintln!(
                "error: writing {} needs administrator rights; run the same command again with them (on Linux and macOS: sudo {})",
                target.display(),
                rerun_line()
            );
            Outcome::Fatal
        }
        Err(e @ InstallError::NotFound { .. }) => {
            eprintln!("error: {e} with --thunderbird-dir");
            Outcome::Fatal
        }
        Err(e) => {
            report(&e);
            Outcome::Fatal
        }
    }
}

/// This command line as typed, for the `sudo` hint (arguments hold no secret here).
fn rerun_line() -> String {
    std::env::args()
        .map(|a| thunderbird::shell_quote(&a))
        .collect::<Vec<_>>()
        .join(" ")
}
