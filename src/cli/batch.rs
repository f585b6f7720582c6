//! `icloud-mail-wizard batch`: one folder of exports per CSV row, carrying on past bad rows.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, Write as _};

use super::domain::DomainRows;
use super::{BatchArgs, Outcome, report, sign};
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

#[allow(
    clippy::too_many_lines,
    reason = "one pass over the rows; the exports, autoconfig sites and domain checks share its state"
)]
pub(super) fn run(args: &BatchArgs) -> Outcome {
    let mut reader = match csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(&args.csv)
    {
        Ok(reader) => reader,
        Err(e) => {
            eprintln!("error: could not read {}: {e}", args.csv.display());
            return Outcome::Fatal;
        }
    };
    let columns = match reader.headers().map(Columns::from_header) {
        Ok(Some(columns)) => columns,
        Ok(None) => {
            eprintln!(
                "error: the first line of {} must be a header naming an email column, such as email,name,login",
                args.csv.display()
            );
            return Outcome::Fatal;
        }
        Err(e) => {
            eprintln!(
                "error: could not read the header of {}: {e}",
                args.csv.display()
            );
            return Outcome::Fatal;
        }
    };

    let mut domains = match DomainRows::new(args.check_domains, &args.dns) {
        Ok(domains) => domains,
        Err(message) => {
            eprintln!("error: {message}");
            return Outcome::Fatal;
        }
    };

    let Some(options) = options(args) else {
        return Outcome::Fatal;
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut seen: HashMap<String, u64> = HashMap::new();
    // Custom-domain accounts by domain, for one autoconfig site per domain at the end.
    let mut sites: BTreeMap<String, Vec<AccountSettings>> = BTreeMap::new();
    let (mut written, mut failed) = (0_usize, 0_usize);
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(0, csv::Position::line);
                eprintln!("line {line}: error: {e}");
                failed += 1;
                continue;
            }
        };
        let line = record.position().map_or(0, csv::Position::line);
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).filter(|v| !v.is_empty());
        let input = AccountInput {
            email: record.get(columns.email).unwrap_or_default(),
            login: field(columns.login),
            name: field(columns.name),
            organization: None,
        };
        domains.add(input.email, line);
        let settings = match input.parse() {
            Ok(settings) => settings,
            Err(e) => {
                eprintln!("line {line}: error: {e}");
                failed += 1;
                continue;
            }
        };
        if let Some(first) = seen.insert(settings.email().canonical(), line) {
            eprintln!(
                "line {line}: error: {} is already on line {first}; skipped so its files are not overwritten",
                settings.email()
            );
            failed += 1;
            continue;
        }
        let dir = args.out.join(file_name(settings.email().as_str(), ""));
        match save_exports(&settings, &account_formats(&settings), &options, &dir) {
            Ok(_) => {
                written += 1;
                let _ = writeln!(out, "{}", dir.display());
                if settings.email().kind() == DomainKind::Custom {
                    sites
                        .entry(settings.email().domain().to_owned())
                        .or_default()
                        .push(settings);
                }
            }
            Err(e) => {
                eprint!("line {line}: ");
                report(&e);
                failed += 1;
            }
        }
    }
    let sites_ok = write_sites(&sites, args, &mut out);
    let failed_domains = domains.check_all(&mut out);
    let _ = out.flush();
    eprintln!(
        "{written} account{} exported, {failed} row{} failed",
        if written == 1 { "" } else { "s" },
        if failed == 1 { "" } else { "s" }
    );
    if failed == 0 && sites_ok && failed_domains == 0 {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    }
}

/// The export options: the identity `--sign-*` names, loaded and checked once (every profile is
/// then signed with it). `None` after printing why it cannot be used.
fn options(args: &BatchArgs) -> Option<ExportOptions> {
    match sign::identity(&args.sign) {
        Ok(signing) => Some(ExportOptions {
            signing,
            ..ExportOptions::default()
        }),
        Err(line) => {
            eprintln!("error: {line}");
            None
        }
    }
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
        match autoconfig_site(accounts).map(|files| write_files(&files, &args.out)) {
            Ok(Ok(paths)) => {
                if let Some(site) = paths.first().and_then(|p| p.strip_prefix(&args.out).ok()) {
                    let folder = site.components().next().map(|c| args.out.join(c));
                    if let Some(folder) = folder {
                        let _ = writeln!(out, "{}", folder.display());
                    }
                }
            }
            Ok(Err(e)) => {
                eprint!("site for {domain}: ");
                report(&e);
                all_written = false;
            }
            Err(e) => eprintln!("note: no autoconfig site for {domain}: {e}"),
        }
    }
    all_written
}
