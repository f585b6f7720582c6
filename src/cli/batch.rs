//! `icloud-mail-wizard batch`: one folder of exports per CSV row, carrying on past bad rows.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, Write as _};

use super::domain::DomainRows;
use super::{BatchArgs, CliError, Outcome, sign};
use crate::address::DomainKind;
use crate::export::autoconfig_site;
use crate::export::{ExportOptions, Format};
use crate::fs::file_name;
use crate::save::{save_exports, write_files};
use crate::settings::{AccountInput, AccountSettings};

/// Column positions found in the header line.
struct Columns {
    email: usize,
    name: Option<usize>,
    login: Option<usize>,
}

impl Columns {
    fn from_header(header: &csv::StringRecord) -> Option<Self> {
        let find = |name: &str| {
            header.iter().position(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .eq_ignore_ascii_case(name)
            })
        };
        Some(Self {
            email: find("email")?,
            name: find("name"),
            login: find("login"),
        })
    }
}

/// Largest CSV file read, in bytes: about 250,000 rows.
pub const MAX_CSV_BYTES: u64 = 16 * 1024 * 1024;

/// Largest record (one row, with any quoted line breaks), in bytes.
pub const MAX_RECORD_BYTES: u64 = 64 * 1024;

/// Why the CSV file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CsvFileError {
    /// Opening or reading it failed.
    #[error("could not read {}", path.display())]
    Read {
        /// The file.
        path: std::path::PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// It is larger than [`MAX_CSV_BYTES`] (or endless, like `/dev/zero`).
    #[error(
        "{} is larger than {} MiB; split it into smaller files",
        path.display(),
        MAX_CSV_BYTES / 1024 / 1024
    )]
    TooLarge {
        /// The file.
        path: std::path::PathBuf,
    },
}

/// Reads `path` whole, refusing more than [`MAX_CSV_BYTES`] without reading further.
pub fn read_csv_file(path: &std::path::Path) -> Result<Vec<u8>, CsvFileError> {
    use std::io::Read as _;
    let read = |source| CsvFileError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read)?;
    let mut data = Vec::new();
    file.take(MAX_CSV_BYTES + 1)
        .read_to_end(&mut data)
        .map_err(read)?;
    if data.len() as u64 > MAX_CSV_BYTES {
        return Err(CsvFileError::TooLarge {
            path: path.to_owned(),
        });
    }
    Ok(data)
}

/// The physical line (counting from 1) on which the record that begins at byte `start` of
/// `data` starts: line ends are LF, CRLF or a bare CR, and the blank lines a reader skips
/// before a record are counted.
pub fn physical_line(data: &[u8], start: u64) -> u64 {
    let mut at = usize::try_from(start).unwrap_or(data.len()).min(data.len());
    // The reader's position can sit before the blank lines it skipped.
    while data.get(at).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
        at += 1;
    }
    let before = &data[..at];
    let mut line = 1;
    for (i, &b) in before.iter().enumerate() {
        match b {
            b'\n' => line += 1,
            b'\r' if before.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
    }
    line
}

#[allow(
    clippy::too_many_lines,
    reason = "one pass over the rows; the exports, autoconfig sites and domain checks share its state"
)]
pub(super) fn run(args: &BatchArgs) -> Result<Outcome, CliError> {
    if !args.check_domains && (args.dns.dns_server.is_some() || args.dns.timeout_secs.is_some()) {
        return Err(CliError::usage(
            "--dns-server and --timeout-secs are for --check-domains: add --check-domains, or leave them out",
        ));
    }
    let data = read_csv_file(&args.csv)?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(data.as_slice());
    let columns = header(&mut reader, args)?;
    let mut domains = DomainRows::new(args.check_domains, &args.dns)?;
    // The identity `--sign-*` names is loaded and checked once; every profile is signed with it.
    let options = ExportOptions {
        signing: sign::identity(&args.sign)?,
        lang: args.lang.lang,
        ..ExportOptions::default()
    };
    crate::interrupt::install();
    let mut out = BufWriter::new(std::io::stdout().lock());
    // Folder names as a file system that ignores case sees them, with the line that took each.
    let mut folders: HashMap<String, u64> = HashMap::new();
    let mut stop: Option<Stop> = None;
    let mut seen: HashMap<String, u64> = HashMap::new();
    // Custom-domain accounts by domain, for one autoconfig site per domain at the end.
    let mut sites: BTreeMap<String, Vec<AccountSettings>> = BTreeMap::new();
    let (mut written, mut failed) = (0_usize, 0_usize);
    let line_of =
        |position: Option<&csv::Position>| position.map_or(0, |p| physical_line(&data, p.byte()));
    let mut record = csv::StringRecord::new();
    loop {
        if crate::interrupt::requested() {
            stop = Some(Stop::Interrupted);
            break;
        }
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                say!("line {}: error: {e}", line_of(e.position()));
                failed += 1;
                continue;
            }
        }
        let line = line_of(record.position());
        domains.add(record.get(columns.email).unwrap_or_default(), line);
        let size = reader.position().byte() - record.position().map_or(0, csv::Position::byte);
        let (settings, folder) =
            match account(&record, size, &columns, line, &mut seen, &mut folders) {
                Ok(account) => account,
                Err(message) => {
                    say!("line {line}: error: {message}");
                    failed += 1;
                    continue;
                }
            };
        let dir = args.out.join(folder);
        match save_exports(&settings, &account_formats(&settings), &options, &dir) {
            Ok(_) => {
                written += 1;
                // Each folder is on standard output as soon as it is complete.
                let _ = writeln!(out, "{}", dir.display()).and_then(|()| out.flush());
                if settings.email().kind() == DomainKind::Custom {
                    sites
                        .entry(settings.email().domain().to_owned())
                        .or_default()
                        .push(settings);
                }
            }
            Err(e) if e.is_out_of_space() => {
                stop = Some(Stop::OutOfSpace(format!(
                    "line {line}: {}; the disk is full, so the batch stopped here ({written} account{} exported before)",
                    crate::one_line(&e),
                    if written == 1 { "" } else { "s" }
                )));
                break;
            }
            Err(e) => {
                say!("line {line}: error: {}", crate::one_line(&e));
                failed += 1;
            }
        }
    }
    let _ = out.flush();
    match stop {
        Some(Stop::OutOfSpace(line)) => return Err(CliError::failed(line)),
        Some(Stop::Interrupted) => {
            say!(
                "interrupted: {}; the rest of {} was not read and no autoconfig site was written",
                counts(written, failed),
                args.csv.display()
            );
            return Ok(Outcome::Interrupted);
        }
        None => {}
    }
    let sites_ok = write_sites(&sites, args, &mut out);
    let failed_domains = domains.check_all(&mut out);
    let _ = out.flush();
    say!("{}", counts(written, failed));
    Ok(if failed == 0 && sites_ok && failed_domains == 0 {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

/// The columns named by the header line, or what is wrong with it.
fn header(reader: &mut csv::Reader<&[u8]>, args: &BatchArgs) -> Result<Columns, CliError> {
    match reader.headers().map(Columns::from_header) {
        Ok(Some(columns)) => Ok(columns),
        Ok(None) => Err(CliError::Usage(format!(
            "the first line of {} must be a header naming an email column, such as email,name,login",
            args.csv.display()
        ))),
        Err(e) => Err(CliError::failed(format!(
            "could not read the header of {}: {e}",
            args.csv.display()
        ))),
    }
}

/// The account on a row (`size` bytes long) and its folder name; or why the row is skipped: too
/// long, bad input, an address
/// already seen, or a folder name another row has (as a file system that ignores case sees it).
fn account(
    record: &csv::StringRecord,
    size: u64,
    columns: &Columns,
    line: u64,
    seen: &mut HashMap<String, u64>,
    folders: &mut HashMap<String, u64>,
) -> Result<(AccountSettings, String), String> {
    if size > MAX_RECORD_BYTES {
        return Err(format!(
            "the record is longer than {} KiB; is this the right file?",
            MAX_RECORD_BYTES / 1024
        ));
    }
    let field = |i: Option<usize>| i.and_then(|i| record.get(i)).filter(|v| !v.is_empty());
    let settings = AccountInput {
        email: record.get(columns.email).unwrap_or_default(),
        login: field(columns.login),
        name: field(columns.name),
        organization: None,
    }
    .parse()
    .map_err(|e| e.to_string())?;
    if let Some(first) = seen.insert(settings.email().canonical(), line) {
        return Err(format!(
            "{} is already on line {first}; skipped so its files are not overwritten",
            settings.email()
        ));
    }
    let folder = file_name(settings.email().as_str(), "");
    if let Some(first) = folders.insert(folder.to_lowercase(), line) {
        return Err(format!(
            "{} would share the folder {folder} with line {first}; skipped so its files are not overwritten",
            settings.email()
        ));
    }
    Ok((settings, folder))
}

/// "N accounts exported, M rows failed".
fn counts(written: usize, failed: usize) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    format!(
        "{written} account{} exported, {failed} row{} failed",
        plural(written),
        plural(failed)
    )
}

/// Why a batch stopped before the end of its file.
enum Stop {
    /// Ctrl-C or SIGTERM.
    Interrupted,
    /// The disk is full: every later account would fail the same way (the line to print).
    OutOfSpace(String),
}

/// What goes into an account's own folder: everything but the domain's site, which is written
/// once per domain, and the Android QR code (PNG and SVG) for a printed sheet per person.
fn account_formats(settings: &AccountSettings) -> Vec<Format> {
    Format::everything_for(settings)
        .into_iter()
        .filter(|f| *f != Format::AutoconfigSite)
        .chain([Format::AndroidQr])
        .collect()
}

/// One autoconfig site per custom domain, beside the account folders. A domain whose accounts log
/// in with different primary addresses gets none, with the reason: that is a fact about the
/// domain, not a failed row. Returns whether every site that could be made was written.
fn write_sites(
    sites: &BTreeMap<String, Vec<AccountSettings>>,
    args: &BatchArgs,
    out: &mut impl std::io::Write,
) -> bool {
    let mut all_written = true;
    for (domain, accounts) in sites {
        match autoconfig_site(accounts, args.lang.lang).map(|files| write_files(&files, &args.out))
        {
            Ok(Ok(paths)) => {
                if let Some(site) = paths.first().and_then(|p| p.strip_prefix(&args.out).ok()) {
                    let folder = site.components().next().map(|c| args.out.join(c));
                    if let Some(folder) = folder {
                        let _ = writeln!(out, "{}", folder.display());
                    }
                }
            }
            Ok(Err(e)) => {
                say!("site for {domain}: error: {}", crate::one_line(&e));
                all_written = false;
            }
            Err(e) => say!("note: no autoconfig site for {domain}: {e}"),
        }
    }
    all_written
}
