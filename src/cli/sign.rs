//! `--sign-*` options of `export`, `batch` and `serve`: load and check the signing identity once.

use std::io::{BufRead as _, IsTerminal as _, Read as _};
use std::sync::Arc;

use zeroize::Zeroizing;

use super::{CliError, SignArgs};
use crate::secret::Secret;
use crate::sign::{IdentityError, IdentitySource, SigningIdentity};

/// Longest passphrase line read from standard input, in bytes.
const MAX_LINE: u64 = 4096;

impl SignArgs {
    /// Whether any signing was asked for.
    pub fn wanted(&self) -> bool {
        self.sign_cert.is_some() || self.sign_p12.is_some()
    }

    fn source(&self) -> Option<IdentitySource> {
        if let Some(p12) = &self.sign_p12 {
            return Some(IdentitySource::Pkcs12(p12.clone()));
        }
        Some(IdentitySource::Pem {
            cert: self.sign_cert.clone()?,
            key: self.sign_key.clone()?,
            chain: self.sign_chain.clone(),
        })
    }
}

/// Reads the passphrase the options name: the environment variable, or the first line of
/// standard input (without its line ending; a terminal is refused, as typing would show it).
fn passphrase(args: &SignArgs) -> Result<Option<Secret>, CliError> {
    if let Some(name) = &args.sign_passphrase_env {
        return match std::env::var(name) {
            Ok(value) => Ok(Some(Secret::from(value))),
            Err(std::env::VarError::NotPresent) => Err(CliError::Usage(format!(
                "the environment variable {name} named by --sign-passphrase-env is not set"
            ))),
            Err(std::env::VarError::NotUnicode(_)) => Err(CliError::Usage(format!(
                "the environment variable {name} named by --sign-passphrase-env is not UTF-8 text"
            ))),
        };
    }
    if !args.sign_passphrase_stdin {
        return Ok(None);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(CliError::usage(
            "--sign-passphrase-stdin reads the passphrase from standard input, which is a terminal here, so it would show on screen; pipe it in, or use --sign-passphrase-env NAME",
        ));
    }
    let mut line = Zeroizing::new(String::with_capacity(
        usize::try_from(MAX_LINE).unwrap_or(0),
    ));
    stdin
        .lock()
        .take(MAX_LINE)
        .read_line(&mut line)
        .map_err(|_| CliError::failed("could not read the passphrase from standard input"))?;
    Ok(Some(Secret::new(line.trim_end_matches(['\r', '\n']))))
}

/// Loads and checks the identity the options name, printing what devices will show and any
/// warning on standard error. `Ok(None)` when no signing was asked for.
pub(super) fn identity(args: &SignArgs) -> Result<Option<Arc<SigningIdentity>>, CliError> {
    let Some(source) = args.source() else {
        if args.sign_passphrase_stdin || args.sign_passphrase_env.is_some() {
            return Err(CliError::usage(
                "a signing passphrase was given but nothing to sign with; add --sign-cert and --sign-key, or --sign-p12",
            ));
        }
        return Ok(None);
    };
    let passphrase = passphrase(args)?;
    let identity = SigningIdentity::load(&source, passphrase.as_ref()).map_err(|e| match e {
        IdentityError::PassphraseNeeded { .. } => CliError::Usage(format!(
            "{}; give it with --sign-passphrase-env NAME or --sign-passphrase-stdin",
            crate::one_line(&e)
        )),
        e => e.into(),
    })?;
    drop(passphrase);
    let trust = identity.trust();
    if trust.is_verified() {
        say!(
            "signing as {} ({}); devices will show the profile as {trust}",
            identity.subject(),
            identity.key_kind()
        );
    } else {
        say!(
            "signing as {} ({})",
            identity.subject(),
            identity.key_kind()
        );
        say!("warning: devices will show the profile as {trust}");
    }
    for warning in identity.warnings() {
        say!("warning: {warning}");
    }
    Ok(Some(Arc::new(identity)))
}
