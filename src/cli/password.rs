//! `icloud-mail-wizard password save|forget`, and where other commands get the password from.
//!
//! A command that needs the password (`export --include-password`, later `check`) calls
//! [`password_for`]: from standard input when `--password-stdin` was given, otherwise the one
//! saved in the system keyring for the account's login address. The password is never accepted
//! as an argument, so it cannot end up in the shell history or in another user's `ps`.

use std::io::{BufRead as _, IsTerminal as _, Read as _, Write as _};

use zeroize::Zeroizing;

use super::{CliError, LoginArgs, Outcome, PasswordArgs, PasswordCommand};
use crate::address::EmailAddress;
use crate::keyring_store::{KeyringError, KeyringStore, PasswordStore, SERVICE};
use crate::password::{AppPassword, ShapeError};
use crate::provider::Provider;
use crate::secret::Secret;
use crate::settings::{AccountInput, InputError};

/// Longest line read from standard input, in bytes; far more than any password.
const MAX_LINE: u64 = 4096;

/// Why no password came from standard input.
#[derive(Debug, thiserror::Error)]
pub enum StdinError {
    /// Standard input is a terminal: typing there would show the password on screen.
    #[error(
        "the password is read from standard input, which is a terminal here, so it would show on screen; pipe it in instead, for example: pbpaste | icloud-mail-wizard password save --email you@icloud.com"
    )]
    Terminal,
    /// The first line was empty.
    #[error("no password on standard input: the first line is empty")]
    Empty,
    /// Reading failed.
    #[error("could not read the password from standard input")]
    Read(#[source] std::io::Error),
    /// The first line is not UTF-8 text.
    #[error(
        "the password on standard input is not UTF-8 text (byte {at} of the line); save the text as UTF-8 and pipe it in again"
    )]
    NotUtf8 {
        /// Where the first invalid byte is, counting from 1.
        at: usize,
    },
    /// The first line is longer than any password.
    #[error(
        "the first line of standard input is longer than {max} bytes, far longer than any password; pipe in only the password, on a line of its own",
        max = MAX_LINE
    )]
    TooLong,
    /// The password holds a control character, which no mail server accepts in a login.
    #[error(
        "the password contains a control character (at character {at}), which no mail server accepts in a login; copy the app-specific password again, without anything around it"
    )]
    ControlCharacter {
        /// Where the character is, counting from 1.
        at: usize,
    },
}

/// Why a command has no password to use.
#[derive(Debug, thiserror::Error)]
pub enum PasswordSourceError {
    /// Reading standard input failed.
    #[error(transparent)]
    Stdin(#[from] StdinError),
    /// `--password-stdin` was not given and nothing is saved.
    #[error(
        "no password is saved for {login} in {location}; give it with --password-stdin, or save it first with: icloud-mail-wizard password save --email {login}"
    )]
    NotSaved {
        /// The login address looked up.
        login: String,
        /// Where it was looked up.
        location: &'static str,
    },
    /// The keyring could not be read.
    #[error("{0}, with --password-stdin")]
    Keyring(#[from] KeyringError),
}

/// Reads the first line of standard input as a password, without its surrounding white space.
pub fn read_stdin() -> Result<Secret, StdinError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(StdinError::Terminal);
    }
    // Room for any password up front, so the buffer is not reallocated (leaving copies behind).
    let mut line = Zeroizing::new(Vec::with_capacity(
        usize::try_from(MAX_LINE + 1).unwrap_or(0),
    ));
    stdin
        .lock()
        .take(MAX_LINE + 1)
        .read_until(b'\n', &mut line)
        .map_err(StdinError::Read)?;
    if line.len() > usize::try_from(MAX_LINE).unwrap_or(usize::MAX) && !line.ends_with(b"\n") {
        return Err(StdinError::TooLong);
    }
    parse_line(&line)
}

/// The password in one line of input, without its surrounding white space.
fn parse_line(line: &[u8]) -> Result<Secret, StdinError> {
    let text = std::str::from_utf8(line).map_err(|e| StdinError::NotUtf8 {
        at: e.valid_up_to() + 1,
    })?;
    let password = text.trim();
    if password.is_empty() {
        return Err(StdinError::Empty);
    }
    if let Some(at) = password.chars().position(char::is_control) {
        return Err(StdinError::ControlCharacter { at: at + 1 });
    }
    Ok(Secret::new(password))
}

/// The password to use for `login`: standard input when `from_stdin`, else the one saved in
/// `store`.
///
/// `check` calls it as `password_for(args.password_stdin, settings.login(), &KeyringStore::new())`;
/// an error goes up to [`super::run`], which prints it once and exits with status 2.
pub fn password_for(
    from_stdin: bool,
    login: &EmailAddress,
    store: &dyn PasswordStore,
) -> Result<Secret, PasswordSourceError> {
    if from_stdin {
        return Ok(read_stdin()?);
    }
    store
        .load(login)?
        .ok_or_else(|| PasswordSourceError::NotSaved {
            login: login.to_string(),
            location: store.location(),
        })
}

/// Normalises a typed password when it has the app-specific shape; otherwise warns on standard
/// error, saying precisely what is wrong and that `anyway` happens with it as typed.
pub fn checked_shape(typed: Secret, anyway: &str) -> Secret {
    match AppPassword::parse(typed.expose()) {
        Ok(password) => password.into_secret(),
        Err(e) => {
            say!("{}", shape_warning(&e, anyway));
            typed
        }
    }
}

/// The warning for a password without the app-specific shape. Never contains the password.
fn shape_warning(error: &ShapeError, anyway: &str) -> String {
    let info = &Provider::icloud().app_password;
    let mut line = format!("warning: this is not an app-specific password: {error}");
    if error.looks_like_account_password() {
        if !line.contains("Apple Account password") {
            line.push_str("; it looks like your Apple Account password");
        }
        line.push_str(", which iCloud refuses for mail apps");
    }
    format!(
        "{line}; {anyway}. Make an app-specific password at {} ({})",
        info.url,
        info.path.join(" > ")
    )
}

pub(super) fn run(args: &PasswordArgs) -> Result<Outcome, CliError> {
    match &args.command {
        PasswordCommand::Save(login) => save(login, &KeyringStore::new()),
        PasswordCommand::Forget(login) => forget(login, &KeyringStore::new()),
    }
}

/// The login address for `args`: the primary iCloud address of a custom-domain address.
fn login(args: &LoginArgs) -> Result<EmailAddress, InputError> {
    let settings = AccountInput {
        email: &args.email,
        login: args.login.as_deref(),
        ..AccountInput::default()
    }
    .parse()?;
    Ok(settings.login().clone())
}

fn save(args: &LoginArgs, store: &dyn PasswordStore) -> Result<Outcome, CliError> {
    let login = login(args)?;
    let password = checked_shape(read_stdin()?, "it is saved as typed anyway");
    store.save(&login, &password)?;
    let _ = writeln!(
        std::io::stdout().lock(),
        "saved the password for {} in {} (service {SERVICE})",
        login.canonical(),
        store.location()
    );
    Ok(Outcome::Success)
}

fn forget(args: &LoginArgs, store: &dyn PasswordStore) -> Result<Outcome, CliError> {
    let login = login(args)?;
    if store.forget(&login)? {
        let _ = writeln!(
            std::io::stdout().lock(),
            "removed the password for {} from {}",
            login.canonical(),
            store.location()
        );
        Ok(Outcome::Success)
    } else {
        say!(
            "no password is saved for {} in {}; nothing was removed",
            login.canonical(),
            store.location()
        );
        Ok(Outcome::SomeFailed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keyring_store::MemoryStore;

    #[test]
    fn shape_warnings_say_what_is_wrong_and_never_the_password() {
        let e = AppPassword::parse("Summer2024!").unwrap_err();
        let w = shape_warning(&e, "it is saved as typed anyway");
        assert_eq!(
            w,
            "warning: this is not an app-specific password: it contains digits, but app-specific passwords are letters only: this looks like your Apple Account password, which iCloud refuses for mail apps; it is saved as typed anyway. Make an app-specific password at https://account.apple.com/account/manage (Sign-In and Security > App-Specific Passwords)"
        );
        assert!(!w.contains("Summer"));

        let e = AppPassword::parse("abcdefghijk").unwrap_err();
        let w = shape_warning(&e, "x");
        assert!(
            w.contains("it has 11 letters, but an app-specific password has exactly 16; it looks like your Apple Account password, which iCloud refuses"),
            "{w}"
        );

        let e = AppPassword::parse("dksiu-mcn-pqcz-kdit").unwrap_err();
        let w = shape_warning(&e, "x");
        assert!(!w.contains("Apple Account"), "{w}");
        assert!(w.contains("groups of 4"), "{w}");
    }

    #[test]
    fn password_for_uses_the_saved_one_or_says_how_to_give_it() {
        let store = MemoryStore::new();
        let login: EmailAddress = "jdoe@icloud.com".parse().unwrap();
        let e = password_for(false, &login, &store).unwrap_err();
        assert_eq!(
            e.to_string(),
            "no password is saved for jdoe@icloud.com in memory (until the program ends); give it with --password-stdin, or save it first with: icloud-mail-wizard password save --email jdoe@icloud.com"
        );
        store
            .save(&login, &Secret::new("dksi-umcn-pqcz-kdit"))
            .unwrap();
        assert_eq!(
            password_for(false, &login, &store).unwrap().expose(),
            "dksi-umcn-pqcz-kdit"
        );
        let e = password_for(false, &login, &MemoryStore::unavailable()).unwrap_err();
        assert!(
            e.to_string()
                .ends_with("no saved password could be read, so it has to be given again, with --password-stdin"),
            "{e}"
        );
    }
}
