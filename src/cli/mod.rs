//! The command line for help desks and scripts: `export`, `batch`, `password` (and later `check`).
//!
//! Exit codes: 0 everything worked, 1 some item failed (a batch row, a check), 2 usage or fatal
//! error, 130 interrupted (Ctrl-C or SIGTERM; `export` and `batch` finish or roll back the account
//! in hand first). Errors are printed once, one readable line each, on standard error.

mod batch;
mod check;
mod export;
pub mod password;
mod thunderbird;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::Format;
use crate::provider::{Provider, UsernameForm};
use crate::settings::AccountSettings;

/// How a command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked (exit 0).
    Success,
    /// At least one item failed; the rest were done (exit 1).
    SomeFailed,
    /// Usage or fatal error; nothing or little was done (exit 2).
    Fatal,
    /// Stopped by Ctrl-C or SIGTERM after finishing or rolling back the item in hand (exit 130).
    Interrupted,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Success => Self::SUCCESS,
            Outcome::SomeFailed => Self::from(1),
            Outcome::Fatal => Self::from(2),
            Outcome::Interrupted => Self::from(crate::interrupt::EXIT_STATUS),
        }
    }
}

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(
    name = "icloud-mail-wizard",
    version,
    about = "Set up iCloud Mail in Thunderbird, Outlook, Apple Mail and other mail apps",
    long_about = "Set up iCloud Mail in Thunderbird, Outlook, Apple Mail and other mail apps.\n\n\
        With no command, opens the desktop wizard. The commands serve help desks and scripts.\n\n\
        Exit status: 0 ok, 1 some item failed, 2 usage or fatal error."
)]
pub struct Cli {
    /// What to do; none opens the desktop wizard.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write settings files for one account and print each path written
    Export(ExportArgs),
    /// Write settings files for every account in a CSV file (header: email,name,login)
    Batch(BatchArgs),
    /// Test IMAP and SMTP logins the way iCloud's troubleshooting steps do, all at once
    Check(CheckArgs),
    /// Save or forget the app-specific password in the system keyring
    Password(PasswordArgs),
    /// Set up Thunderbird on this computer
    Thunderbird(ThunderbirdArgs),
}

/// The account an export is for.
#[derive(Debug, Args)]
pub struct AccountArgs {
    /// The address and the login.
    #[command(flatten)]
    pub login: LoginArgs,
    /// Sender name shown to recipients
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Organization shown in the Apple profile
    #[arg(long, value_name = "ORG")]
    pub organization: Option<String>,
}

/// A format choice on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Thunderbird settings file `<domain>.xml`, for the `isp` folder in Thunderbird's program
    /// folder
    Thunderbird,
    /// Apple configuration profile
    Mobileconfig,
    /// Printable Outlook settings sheet (HTML), one section per edition
    Outlook,
    /// A folder to publish on a custom domain's web servers (autoconfig and Autodiscover)
    AutoconfigSite,
    /// Outlook POX Autodiscover XML on its own
    Autodiscover,
    /// Every format that applies to the account (the site only for a custom domain; the lone
    /// Autodiscover file is left out, the site carries it)
    All,
}

/// Which username form IMAP should use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum UsernameArg {
    /// The part before the @ (iCloud's documented default)
    NamePart,
    /// The whole address (the documented alternative)
    FullAddress,
}

/// `export` arguments.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The account.
    #[command(flatten)]
    pub account: AccountArgs,
    /// Formats to write (repeat or separate with commas)
    #[arg(long, value_enum, value_delimiter = ',', default_value = "all")]
    pub format: Vec<FormatArg>,
    /// Folder to write into (created if missing)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// What a connection check found.
    #[command(flatten)]
    pub found: FoundArgs,
    /// Put the app-specific password into the Apple profile (only there; the file is then
    /// readable by you alone). The password is the one saved with `password save`, or standard
    /// input with --password-stdin
    #[arg(long)]
    pub include_password: bool,
    /// Read the password for --include-password from the first line of standard input
    #[arg(long, requires = "include_password")]
    pub password_stdin: bool,
}

/// What a connection check found, carried into the settings (`check` prints these flags).
#[derive(Debug, Args)]
pub struct FoundArgs {
    /// IMAP username form, for example after `check` found the full address works
    #[arg(long, value_enum)]
    pub imap_username: Option<UsernameArg>,
    /// Outgoing port: 587 (STARTTLS, documented) or 465 (SSL/TLS, for networks that block 587)
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["587", "465"]))]
    pub smtp_port: Option<String>,
}

impl FoundArgs {
    /// Applies the findings to `settings`.
    pub fn apply(&self, mut settings: AccountSettings) -> AccountSettings {
        if let Some(form) = self.imap_username {
            settings = settings.with_imap_username(match form {
                UsernameArg::NamePart => UsernameForm::NamePart,
                UsernameArg::FullAddress => UsernameForm::FullAddress,
            });
        }
        if let Some(endpoint) = self.smtp_port.as_ref().and_then(|port| {
            Provider::icloud()
                .smtp_candidates()
                .find(|e| e.port.to_string() == *port)
        }) {
            settings = settings.with_smtp_endpoint(endpoint);
        }
        settings
    }
}

/// `thunderbird` arguments.
#[derive(Debug, Args)]
pub struct ThunderbirdArgs {
    /// What to do.
    #[command(subcommand)]
    pub command: ThunderbirdCommand,
}

/// A `thunderbird` command.
#[derive(Debug, Subcommand)]
pub enum ThunderbirdCommand {
    /// Put the settings file into Thunderbird's program folder (isp/<domain>.xml), where
    /// Thunderbird looks first when an account is added; prints the path written
    Install(ThunderbirdInstallArgs),
}

/// `thunderbird install` arguments.
#[derive(Debug, Args)]
pub struct ThunderbirdInstallArgs {
    /// The address and the login.
    #[command(flatten)]
    pub login: LoginArgs,
    /// What a connection check found.
    #[command(flatten)]
    pub found: FoundArgs,
    /// Thunderbird's program folder (the one holding application.ini), instead of looking in
    /// the usual places
    #[arg(long, value_name = "DIR")]
    pub thunderbird_dir: Option<PathBuf>,
}

/// `batch` arguments.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// CSV file with a header line naming the columns email, name and login (login only for
    /// custom domains; other columns are ignored)
    #[arg(long, value_name = "FILE")]
    pub csv: PathBuf,
    /// Folder to write into; each account gets a folder named after its address
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// `password` arguments.
#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// What to do with the password.
    #[command(subcommand)]
    pub command: PasswordCommand,
}

/// A `password` command.
#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Save the app-specific password, read from the first line of standard input, in the
    /// system keyring (never give it as an argument)
    Save(LoginArgs),
    /// Remove the saved password from the system keyring (exit status 1 if none was saved)
    Forget(LoginArgs),
}

/// Whose password: the address, and for a custom domain the primary address that logs in.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The email address (an iCloud address or one on an iCloud+ custom domain)
    #[arg(long, value_name = "ADDR")]
    pub email: String,
    /// The primary @icloud.com (or @me.com, @mac.com) address that logs in; required for a
    /// custom domain. A saved password is stored for this address
    #[arg(long, value_name = "PRIMARY")]
    pub login: Option<String>,
}

/// `check` arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The account.
    #[command(flatten)]
    pub account: LoginArgs,
    /// Read the app-specific password from the first line of standard input instead of the
    /// system keyring (it is never accepted as an argument, where other users could see it)
    #[arg(long)]
    pub password_stdin: bool,
    /// Also send a test message to yourself, wait for it in INBOX, then delete it
    #[arg(long)]
    pub round_trip: bool,
    /// Print one JSON object instead of the table
    #[arg(long)]
    pub json: bool,
    /// Limit for each step (connect, TLS, greeting, every reply), in seconds, from 1 to 3600.
    /// The connect step tries every address of a server within this one limit
    #[arg(
        long,
        value_name = "N",
        allow_negative_numbers = true,
        value_parser = clap::value_parser!(u64).range(1..=MAX_TIMEOUT_SECS)
    )]
    pub timeout_secs: Option<u64>,
    /// Trust this PEM certificate too (a company or test CA); verification is never turned off
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// IMAP server with implicit TLS instead of imap.mail.me.com:993 (`[v6]:PORT` for an IPv6 address)
    #[arg(long, value_name = "HOST:PORT", value_parser = HostPort::parse)]
    pub imap: Option<HostPort>,
    /// SMTP server with STARTTLS instead of smtp.mail.me.com:587 (`[v6]:PORT` for an IPv6 address)
    #[arg(long, value_name = "HOST:PORT", value_parser = HostPort::parse)]
    pub smtp_starttls: Option<HostPort>,
    /// SMTP server with implicit TLS instead of smtp.mail.me.com:465 (`[v6]:PORT` for an IPv6 address)
    #[arg(long, value_name = "HOST:PORT", value_parser = HostPort::parse)]
    pub smtp_tls: Option<HostPort>,
}

/// Largest `--timeout-secs` accepted: an hour per step.
pub const MAX_TIMEOUT_SECS: u64 = 3600;

/// A server given as `HOST:PORT` on the command line (`[v6]:PORT` for an IPv6 address).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostPort {
    /// Host name or IP address (an IPv6 address without its brackets).
    pub host: String,
    /// TCP port, 1 to 65535.
    pub port: u16,
}

/// Why a `HOST:PORT` argument was refused.
#[derive(Debug, thiserror::Error)]
#[error(
    "wants HOST:PORT with a port from 1 to 65535 ([v6]:PORT for an IPv6 address), for example 127.0.0.1:10993"
)]
pub struct HostPortError;

impl HostPort {
    /// Parses `HOST:PORT` or `[v6]:PORT`; port 0, an empty host and an IPv6 address without
    /// brackets are refused.
    ///
    /// ```
    /// use icloud_mail_wizard::cli::HostPort;
    /// assert_eq!(HostPort::parse("[::1]:993").unwrap().host, "::1");
    /// assert!(HostPort::parse("localhost:0").is_err());
    /// ```
    pub fn parse(spec: &str) -> Result<Self, HostPortError> {
        let (host, port) = spec.rsplit_once(':').ok_or(HostPortError)?;
        let port: u16 = port.parse().map_err(|_| HostPortError)?;
        let host = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            Some(v6) => v6
                .parse::<std::net::Ipv6Addr>()
                .map_err(|_| HostPortError)?
                .to_string(),
            None => host.to_owned(),
        };
        let bare_v6 = host.contains(':') && !spec.starts_with('[');
        if port == 0 || host.is_empty() || bare_v6 || host.chars().any(char::is_whitespace) {
            return Err(HostPortError);
        }
        Ok(Self { host, port })
    }
}

/// Expands format choices for `settings`, keeping their order and dropping repeats. A format
/// named on its own that does not apply to the account is an error.
pub fn formats(choices: &[FormatArg], settings: &AccountSettings) -> Result<Vec<Format>, String> {
    let mut out = Vec::new();
    for choice in choices {
        let add = match choice {
            FormatArg::Thunderbird => vec![Format::Thunderbird],
            FormatArg::Mobileconfig => vec![Format::Mobileconfig],
            FormatArg::Outlook => vec![Format::Outlook],
            FormatArg::AutoconfigSite => vec![Format::AutoconfigSite],
            FormatArg::Autodiscover => vec![Format::Autodiscover],
            FormatArg::All => Format::everything_for(settings),
        };
        for f in add {
            if !f.applies_to(settings) {
                return Err(format!(
                    "--format {f}: {} is one of iCloud's own domains, and an autoconfig site is for a custom domain (Thunderbird already knows iCloud's own domains)",
                    settings.email().domain()
                ));
            }
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    Ok(out)
}

/// Runs a parsed command.
pub fn run(command: Command) -> Outcome {
    match command {
        Command::Export(args) => export::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Password(args) => password::run(&args),
        Command::Thunderbird(args) => match args.command {
            ThunderbirdCommand::Install(args) => thunderbird::install(&args),
        },
    }
}

/// Prints an error once, as one line, with its causes.
pub(crate) fn report(error: &(dyn std::error::Error + 'static)) {
    eprintln!("error: {}", crate::one_line(error));
}
