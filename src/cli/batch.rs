//! `icloud-mail-wizard batch`: one folder of exports per CSV row, carrying on past bad rows.

use std::collections::HashMap;
use std::io::{BufWriter, Write as _};

use super::domain::DomainRows;
use super::{BatchArgs, Outcome, report};
use crate::export::{ExportOptions, Format};
use crate::fs::file_name;
use crate::save::save_exports;
use crate::settings::AccountInput;

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

    let options = ExportOptions::default();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut seen: HashMap<String, u64> = HashMap::new();
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
        match save_exports(&settings, &Format::ALL, &options, &dir) {
            Ok(_) => {
                written += 1;
                let _ = writeln!(out, "{}", dir.display());
            }
            Err(e) => {
                eprint!("line {line}: ");
                report(&e);
                failed += 1;
            }
        }
    }
    let failed_domains = domains.check_all(&mut out);
    let _ = out.flush();
    eprintln!(
        "{written} account{} exported, {failed} row{} failed",
        if written == 1 { "" } else { "s" },
        if failed == 1 { "" } else { "s" }
    );
    if failed == 0 && failed_domains == 0 {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    }
}
