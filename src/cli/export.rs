//! `icloud-mail-wizard export`

use std::io::Write as _;

use super::password::{checked_shape, password_for};
use super::{CliError, ExportArgs, Outcome, formats, sign};
use crate::export::{ExportOptions, Format};
use crate::keyring_store::KeyringStore;
use crate::save::save_exports;
use crate::settings::{AccountInput, AccountSettings, InputError};

pub(super) fn run(args: &ExportArgs) -> Result<Outcome, CliError> {
    let settings = settings(args)?;
    let formats = formats(&args.format, &settings)?;
    let mut options = ExportOptions {
        lang: args.lang.lang,
        ..ExportOptions::default()
    };
    if args.sign.wanted() && !formats.contains(&Format::Mobileconfig) {
        return Err(CliError::usage(
            "signing applies to the Apple profile only, and no Apple profile is being written; add --format mobileconfig",
        ));
    }
    if args.sign.sign_passphrase_stdin && args.password_stdin {
        return Err(CliError::usage(
            "--password-stdin and --sign-passphrase-stdin both read standard input; give the passphrase with --sign-passphrase-env NAME instead",
        ));
    }
    // The identity is loaded (and its passphrase read) before the password, so standard input
    // is read once, in the order the options document.
    options.signing = sign::identity(&args.sign)?;
    if args.include_password {
        if !formats.contains(&Format::Mobileconfig) {
            return Err(CliError::usage(
                "--include-password puts the password into the Apple profile only, and no Apple profile is being written; add --format mobileconfig",
            ));
        }
        let password = password_for(args.password_stdin, settings.login(), &KeyringStore::new())?;
        let password = if args.password_stdin {
            checked_shape(password, "it goes into the profile as typed anyway")
        } else {
            password
        };
        say!(
            "warning: the Apple profile will contain your app-specific password: anyone with the file can read and send your mail; keep it private and delete it after installing"
        );
        if options.signing.is_some() {
            say!(
                "warning: signing does not encrypt: the password in the signed profile is as readable as in an unsigned one (Apple says passwords belong only in encrypted profiles)"
            );
        }
        options.password = Some(password);
    }
    crate::interrupt::install();
    if crate::interrupt::requested() {
        say!("interrupted: nothing was written");
        return Ok(Outcome::Interrupted);
    }
    // All of the files are replaced or none; an interrupt waits until they are.
    let paths = save_exports(&settings, &formats, &options, &args.out)?;
    let mut out = std::io::stdout().lock();
    for path in paths {
        // A closed stdout (`| head`) is not an export failure.
        let _ = writeln!(out, "{}", path.display());
    }
    if crate::interrupt::requested() {
        say!("interrupted: the files above were written whole");
        Ok(Outcome::Interrupted)
    } else {
        Ok(Outcome::Success)
    }
}

fn settings(args: &ExportArgs) -> Result<AccountSettings, InputError> {
    let a = &args.account;
    let settings = AccountInput {
        email: &a.login.email,
        login: a.login.login.as_deref(),
        name: a.name.as_deref(),
        organization: a.organization.as_deref(),
    }
    .parse()?;
    Ok(args.found.apply(settings))
}
