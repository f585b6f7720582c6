//! `icloud-mail-wizard thunderbird install`

use std::io::Write as _;

use super::{CliError, Outcome, ThunderbirdInstallArgs};
use crate::settings::AccountInput;
use crate::thunderbird::{self, InstallError};

pub(super) fn install(args: &ThunderbirdInstallArgs) -> Result<Outcome, CliError> {
    let settings = args.found.apply(
        AccountInput {
            email: &args.login.email,
            login: args.login.login.as_deref(),
            ..AccountInput::default()
        }
        .parse()?,
    );
    let install = match &args.thunderbird_dir {
        Some(dir) => thunderbird::named_install(dir),
        None => {
            thunderbird::choose_install(&thunderbird::usual_folders(crate::home_dir().as_deref()))
        }
    };
    match install.and_then(|install| thunderbird::install(&settings, &install)) {
        Ok(path) => {
            let _ = writeln!(std::io::stdout().lock(), "{}", path.display());
            Ok(Outcome::Success)
        }
        // With administrator rights this same command does the whole job.
        Err(InstallError::NeedsAdmin { target }) => Err(CliError::failed(format!(
            "writing {} needs administrator rights; run the same command again with them (on Linux and macOS: sudo {})",
            target.display(),
            rerun_line()
        ))),
        Err(e @ InstallError::NotFound { .. }) => {
            Err(CliError::Usage(format!("{e} with --thunderbird-dir")))
        }
        Err(e) => Err(e.into()),
    }
}

/// This command line as typed, for the `sudo` hint (arguments hold no secret here).
fn rerun_line() -> String {
    std::env::args()
        .map(|a| thunderbird::shell_quote(&a))
        .collect::<Vec<_>>()
        .join(" ")
}
