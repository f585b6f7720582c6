//! The command line for help desks and scripts: `export`, `batch`, `check`, `password`, `domain`.
//!
//! Exit codes: 0 everything worked, 1 some item failed (a batch row, a check), 2 usage or fatal
//! error, 130 interrupted (Ctrl-C or SIGTERM; `export` and `batch` finish or roll back the account
//! in hand first). Errors are printed once, one readable line each, on standard error.

mod batch;
mod check;
mod domain;
mod export;
pub mod password;
mod serve;
mod sign;
mod thunderbird;

use std::fmt;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::export::Format;
use crate::i18n::Lang;
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

/// Why a command stopped before doing its work. [`run`] prints it once, as one line starting
/// with `error: `, and exits with status 2; the commands themselves never print their fatal
/// errors.
#[derive(Debug)]
pub enum CliError {
    /// The arguments cannot work as given; the text says what to do instead.
    Usage(String),
    /// The work failed; the error and its causes are printed on one line.
    Failed(Box<dyn std::error::Error + Send + Sync>),
}

impl CliError {
    /// A usage error with this text.
    pub fn usage(text: impl Into<String>) -> Self {
        Self::Usage(text.into())
    }

    /// A failure told by this text (what went wrong and what to do).
    pub fn failed(text: impl Into<String>) -> Self {
        Self::Failed(text.into().into())
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(text) => f.write_str(text),
            Self::Failed(error) => {
                let error: &(dyn std::error::Error + 'static) = &**error;
                f.write_str(&crate::one_line(error))
            }
        }
    }
}

impl<E: std::error::Error + Send + Sync + 'static> From<E> for CliError {
    fn from(error: E) -> Self {
        Self::Failed(Box::new(error))
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
    /// Serve the Apple profile once over the local network for an iPhone or iPad: prints the
    /// URL, then its QR code; exit 0 after the download, 1 when nobody downloaded it in time
    Serve(ServeArgs),
    /// Check an iCloud+ custom domain's DNS records (MX, SPF, DKIM, verification, DMARC)
    Domain(DomainArgs),
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
    /// QR code for Thunderbird for Android, `<address>.android-qr.png` and `.svg` (never with
    /// the password)
    AndroidQr,
    /// Every settings file that applies to the account (the site only for a custom domain; the
    /// lone Autodiscover file is left out, the site carries it; the Android QR code only by name)
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
    /// Signing the Apple profile.
    #[command(flatten)]
    pub sign: SignArgs,
    /// The language of the texts inside the files.
    #[command(flatten)]
    pub lang: LangArg,
}

/// `--lang`: the language of the texts a person reads inside exported files (the Outlook sheet,
/// the Apple profile's descriptions, a site's README) and of the pages `serve` answers with.
/// Values and file names do not change; the command's own output stays English.
#[derive(Debug, Args)]
pub struct LangArg {
    /// Language of the texts inside the files: en, de, es, fr, it, nl or pt-BR
    #[arg(long = "lang", value_name = "LANG", default_value = "en")]
    pub lang: Lang,
}

/// Options that sign the Apple profile (the same on `export`, `batch` and `serve`).
#[derive(Debug, Args)]
#[command(next_help_heading = "Signing the Apple profile")]
pub struct SignArgs {
    /// Sign the Apple profile with this PEM certificate (more certificates after the first are
    /// taken as its chain)
    #[arg(
        long,
        value_name = "CERT.pem",
        requires = "sign_key",
        conflicts_with = "sign_p12"
    )]
    pub sign_cert: Option<PathBuf>,
    /// The certificate's private key: PEM, PKCS#8 (encrypted or not) or traditional RSA/EC
    #[arg(long, value_name = "KEY.pem", requires = "sign_cert")]
    pub sign_key: Option<PathBuf>,
    /// Intermediate certificates (PEM, any order) from the certificate up to its root
    #[arg(long, value_name = "CHAIN.pem", requires = "sign_cert")]
    pub sign_chain: Option<PathBuf>,
    /// Sign with the key and certificates in this PKCS#12 file (.p12, .pfx)
    #[arg(long, value_name = "FILE.p12")]
    pub sign_p12: Option<PathBuf>,
    /// Read the key's or PKCS#12 file's passphrase from this environment variable
    #[arg(long, value_name = "NAME", conflicts_with = "sign_passphrase_stdin")]
    pub sign_passphrase_env: Option<String>,
    /// Read the key's or PKCS#12 file's passphrase from the first line of standard input
    #[arg(long)]
    pub sign_passphrase_stdin: bool,
}

/// What a connection check found, carried into the settings (`check` prints these flags).
#[derive(Debug, Args)]
pub struct FoundArgs {
    /// IMAP username form, for example after `check` found the full address works
    #[arg(long, value_enum)]
    pub imap_username: Option<UsernameArg>,
    /// Outgoing port: 587 (STARTTLS, documented) or 465 (SSL/TLS, for networks that block 587)
    #[arg(long, value_enum, value_name = "PORT")]
    pub smtp_port: Option<SmtpPortArg>,
}

/// The outgoing ports iCloud documents, as `--smtp-port` takes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SmtpPortArg {
    /// 587 with STARTTLS (documented)
    #[value(name = "587")]
    Submission,
    /// 465 with SSL/TLS (for networks that block 587)
    #[value(name = "465")]
    Submissions,
}

impl SmtpPortArg {
    /// The port number.
    pub fn port(self) -> u16 {
        match self {
            Self::Submission => 587,
            Self::Submissions => 465,
        }
    }
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
        if let Some(endpoint) = self.smtp_port.and_then(|port| {
            Provider::icloud()
                .smtp_candidates()
                .find(|e| e.port == port.port())
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
    /// Put the settings file into Thunderbird's program folder (`isp/<domain>.xml`), where
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
    /// Signing every Apple profile.
    #[command(flatten)]
    pub sign: SignArgs,
    /// The language of the texts inside the files.
    #[command(flatten)]
    pub lang: LangArg,
    /// Also check the DNS records of each distinct custom domain once, listing the CSV lines
    /// that use it (exit status 1 when a domain is not ready)
    #[arg(long)]
    pub check_domains: bool,
    /// Name server and time limit for --check-domains.
    #[command(flatten)]
    pub dns: DnsArgs,
}

/// `domain` arguments.
#[derive(Debug, Args)]
pub struct DomainArgs {
    /// What to do with the domain.
    #[command(subcommand)]
    pub command: DomainCommand,
}

/// A `domain` command.
#[derive(Debug, Subcommand)]
pub enum DomainCommand {
    /// Check that MX, SPF, DKIM and the verification record are as iCloud+ needs them, and give
    /// advice on DMARC (exit status 0 ready, 1 something missing or wrong, 2 lookup failed)
    Check(DomainCheckArgs),
}

/// `domain check` arguments.
#[derive(Debug, Args)]
pub struct DomainCheckArgs {
    /// The custom domain, e.g. example.com
    #[arg(value_name = "DOMAIN")]
    pub domain: String,
    /// Name server and time limit.
    #[command(flatten)]
    pub dns: DnsArgs,
    /// Print one JSON object instead of the lines
    #[arg(long)]
    pub json: bool,
}

/// Where DNS lookups go and how long each may take.
#[derive(Debug, Args)]
pub struct DnsArgs {
    /// Ask this name server instead of the system's (HOST:PORT, `[v6]:PORT`, or an address or
    /// host name for port 53)
    #[arg(long, value_name = "HOST:PORT", value_parser = HostPort::parse_name_server)]
    pub dns_server: Option<HostPort>,
    /// Limit for each lookup, in seconds, from 1 to 3600 (default 5)
    #[arg(
        long,
        value_name = "N",
        allow_negative_numbers = true,
        value_parser = timeout_secs()
    )]
    pub timeout_secs: Option<u64>,
}

/// `serve` arguments.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The account.
    #[command(flatten)]
    pub account: AccountArgs,
    /// The address to listen on and to put in the URL (default: this computer's best LAN
    /// address, a private IPv4 address on Wi-Fi or Ethernet)
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// TCP port (default: any free port)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port: u16,
    /// Stop when nobody downloaded the profile within this many minutes (fractions allowed)
    #[arg(long, value_name = "M", default_value = "10", value_parser = serve::parse_minutes)]
    pub minutes: f64,
    /// Signing the served profile.
    #[command(flatten)]
    pub sign: SignArgs,
    /// The language of the profile's texts and of the pages a phone's browser gets.
    #[command(flatten)]
    pub lang: LangArg,
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
        value_parser = timeout_secs()
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

/// The parser of every `--timeout-secs` (`check`, `domain check`, `batch --check-domains`):
/// whole seconds from 1 to [`MAX_TIMEOUT_SECS`].
fn timeout_secs() -> clap::builder::RangedU64ValueParser<u64> {
    clap::value_parser!(u64).range(1..=MAX_TIMEOUT_SECS)
}

/// A server given as `HOST:PORT` on the command line (`[v6]:PORT` for an IPv6 address).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostPort {
    /// Host name or IP address (an IPv6 address without its brackets).
    pub host: String,
    /// TCP port, 1 to 65535.
    pub port: u16,
}

/// Why a `HOST:PORT` argument was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HostPortError {
    /// Not a mail server's `HOST:PORT`.
    #[error(
        "wants HOST:PORT with a port from 1 to 65535 ([v6]:PORT for an IPv6 address), for example 127.0.0.1:10993"
    )]
    Server,
    /// Not a name server.
    #[error(
        "wants an address or host name (port 53), or HOST:PORT with a port from 1 to 65535 ([v6]:PORT for an IPv6 address), for example 9.9.9.9 or 127.0.0.1:5353"
    )]
    NameServer,
}

impl fmt::Display for HostPort {
    /// `host:port`, or `[v6]:port` for an IPv6 address.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

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
        let bad = HostPortError::Server;
        let (host, port) = spec.rsplit_once(':').ok_or(bad)?;
        let port: u16 = port.parse().map_err(|_| bad)?;
        let host = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            Some(v6) => v6
                .parse::<std::net::Ipv6Addr>()
                .map_err(|_| bad)?
                .to_string(),
            None => host.to_owned(),
        };
        let bare_v6 = host.contains(':') && !spec.starts_with('[');
        if port == 0 || host.is_empty() || bare_v6 || host.chars().any(char::is_whitespace) {
            return Err(bad);
        }
        Ok(Self { host, port })
    }

    /// Parses a name server: `HOST:PORT`, `[v6]:PORT`, or an address or host name alone for
    /// port 53 (a bare IPv6 address needs no brackets here, as it carries no port).
    ///
    /// ```
    /// use icloud_mail_wizard::cli::HostPort;
    /// assert_eq!(HostPort::parse_name_server("::1").unwrap().to_string(), "[::1]:53");
    /// assert_eq!(HostPort::parse_name_server("ns.example:5353").unwrap().port, 5353);
    /// assert!(HostPort::parse_name_server("127.0.0.1:0").is_err());
    /// ```
    pub fn parse_name_server(spec: &str) -> Result<Self, HostPortError> {
        use crate::dns::DNS_PORT;
        let spec = spec.trim();
        let unbracketed = spec
            .strip_prefix('[')
            .and_then(|s| s.strip_suffix(']'))
            .unwrap_or(spec);
        if let Ok(ip) = unbracketed.parse::<std::net::IpAddr>() {
            return Ok(Self {
                host: ip.to_string(),
                port: DNS_PORT,
            });
        }
        let plain_name = !spec.is_empty()
            && !spec.contains([':', '[', ']'])
            && !spec.chars().any(char::is_whitespace);
        if plain_name {
            return Ok(Self {
                host: spec.to_owned(),
                port: DNS_PORT,
            });
        }
        Self::parse(spec).map_err(|_| HostPortError::NameServer)
    }
}

/// Expands format choices for `settings`, keeping their order and dropping repeats. A format
/// named on its own that does not apply to the account is an error.
///
/// # Errors
/// A usage error naming the format that does not apply.
pub fn formats(choices: &[FormatArg], settings: &AccountSettings) -> Result<Vec<Format>, CliError> {
    let mut out = Vec::new();
    for choice in choices {
        let add = match choice {
            FormatArg::Thunderbird => vec![Format::Thunderbird],
            FormatArg::Mobileconfig => vec![Format::Mobileconfig],
            FormatArg::Outlook => vec![Format::Outlook],
            FormatArg::AutoconfigSite => vec![Format::AutoconfigSite],
            FormatArg::Autodiscover => vec![Format::Autodiscover],
            FormatArg::AndroidQr => vec![Format::AndroidQr],
            FormatArg::All => Format::everything_for(settings),
        };
        for f in add {
            if !f.applies_to(settings) {
                return Err(CliError::Usage(format!(
                    "--format {f}: {} is one of iCloud's own domains, and an autoconfig site is for a custom domain (Thunderbird already knows iCloud's own domains)",
                    settings.email().domain()
                )));
            }
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    Ok(out)
}

/// Runs a parsed command: the one place a command's fatal error is printed (`error: ` and one
/// line on standard error, never a panic when standard error is closed) and mapped to exit
/// status 2.
pub fn run(command: Command) -> Outcome {
    match execute(command) {
        Ok(outcome) => outcome,
        Err(error) => {
            let _ = writeln!(std::io::stderr().lock(), "error: {error}");
            Outcome::Fatal
        }
    }
}

/// Runs a parsed command without printing its fatal error.
///
/// # Errors
/// What stopped the command before its work was done.
pub fn execute(command: Command) -> Result<Outcome, CliError> {
    match command {
        Command::Export(args) => export::run(&args),
        Command::Batch(args) => batch::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Password(args) => password::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Domain(args) => domain::run(&args),
        Command::Thunderbird(args) => match args.command {
            ThunderbirdCommand::Install(args) => thunderbird::install(&args),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("icloud-mail-wizard").chain(args.iter().copied()))
    }

    #[test]
    fn a_failed_command_returns_its_error_instead_of_printing_it() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("a-file");
        std::fs::write(&blocker, "not a folder").unwrap();
        let out = blocker.join("out");
        let cli = parse(&[
            "export",
            "--email",
            "jane@icloud.com",
            "--out",
            out.to_str().unwrap(),
        ])
        .unwrap();
        let error = execute(cli.command.unwrap()).unwrap_err();
        assert!(matches!(error, CliError::Failed(_)), "{error:?}");
        let line = error.to_string();
        assert!(line.starts_with("could not write "), "{line}");
        assert_eq!(line.lines().count(), 1, "{line}");

        let cli = parse(&[
            "export",
            "--email",
            "jane@icloud.com",
            "--format",
            "autoconfig-site",
        ]);
        let error = execute(cli.unwrap().command.unwrap()).unwrap_err();
        assert!(matches!(error, CliError::Usage(_)), "{error:?}");
        assert!(error.to_string().starts_with("--format autoconfig-site: "));
    }

    #[test]
    fn ports_and_servers_are_typed_by_the_parser() {
        let cli = parse(&["export", "--email", "j@icloud.com", "--smtp-port", "465"]).unwrap();
        let Some(Command::Export(args)) = cli.command else {
            panic!("not export")
        };
        assert_eq!(args.found.smtp_port, Some(SmtpPortArg::Submissions));
        let settings = args.found.apply(
            crate::settings::AccountInput {
                email: "j@icloud.com",
                ..Default::default()
            }
            .parse()
            .unwrap(),
        );
        assert_eq!(settings.smtp().port, 465);
        for bad in ["25", "0", "587x", ""] {
            assert!(parse(&["export", "--email", "j@icloud.com", "--smtp-port", bad]).is_err());
        }

        let cases = [
            ("127.0.0.1:5353", "127.0.0.1:5353"),
            ("127.0.0.1", "127.0.0.1:53"),
            ("[::1]:5300", "[::1]:5300"),
            ("::1", "[::1]:53"),
            ("[::1]", "[::1]:53"),
            ("ns.example", "ns.example:53"),
            ("ns.example:5353", "ns.example:5353"),
        ];
        for (arg, want) in cases {
            let got = HostPort::parse_name_server(arg).map(|h| h.to_string());
            assert_eq!(got.ok().as_deref(), Some(want), "{arg}");
        }
        for bad in [
            "",
            "127.0.0.1:0",
            "127.0.0.1:99999",
            "ns:port",
            "[::1]:0",
            "a b",
        ] {
            assert_eq!(
                HostPort::parse_name_server(bad),
                Err(HostPortError::NameServer),
                "{bad:?}"
            );
        }
        assert_eq!(HostPort::parse("::1:993"), Err(HostPortError::Server));
        assert_eq!(
            HostPort::parse("[2001:db8::1]:993").map(|h| h.to_string()),
            Ok("[2001:db8::1]:993".to_owned())
        );
    }
}
