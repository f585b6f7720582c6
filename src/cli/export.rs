//! `icloud-mail-wizard export`

use std::io::Write as _;

use super::{ExportArgs, Outcome, UsernameArg, formats, report};
use crate::export::ExportOptions;
use crate::provider::{Provider, UsernameForm};
use crate::save::save_exports;
use crate::settings::{AccountInput, AccountSettings, InputError};

pub(super) fn run(args: &ExportArgs) -> Outcome {
    let settings = match settings(args) {
        Ok(settings) => settings,
        Err(e) => {
            report(&e);
            return Outcome::Fatal;
        }
    };
    let options = ExportOptions::default();
    match save_exports(&settings, &formats(&args.format), &options, &args.out) {
        Ok(paths) => {
            let mut out = std::io::stdout().lock();
            for path in paths {
                // A closed stdout (`| head`) is not an export failure.
                let _ = writeln!(out, "{}", path.display());
            }
            Outcome::Success
        }
        Err(e) => {
            report(&e);
            Outcome::Fatal
        }
    }
}

fn settings(args: &ExportArgs) -> Result<AccountSettings, InputError> {
    let a = &args.account;
    let mut settings = AccountInput {
        email: &a.email,
        login: a.login.as_deref(),
        name: a.name.as_deref(),
        organization: a.organization.as_deref(),
    }
    .parse()?;
    if let Some(form) = args.imap_username {
        settings = settings.with_imap_username(match form {
            UsernameArg::NamePart => UsernameForm::NamePart,
            UsernameArg::FullAddress => UsernameForm::FullAddress,
        });
    }
    if let Some(port) = &args.smtp_port {
        let endpoint = Provider::icloud()
            .smtp_candidates()
            .find(|e| e.port.to_string() == *port);
        if let Some(endpoint) = endpoint {
            settings = settings.with_smtp_endpoint(endpoint);
        }
    }
    Ok(settings)
}
