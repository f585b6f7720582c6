//! `icloud-mail-wizard domain check`: an iCloud+ custom domain's DNS records, judged; and the
//! same check for each distinct custom domain of a `batch --check-domains` run.

use std::io::Write;
use std::time::Duration;

use super::{CliError, DnsArgs, DomainArgs, DomainCheckArgs, DomainCommand, Outcome};
use crate::address::{DomainKind, EmailAddress};
use crate::dns::{self, Resolver};
use crate::domain::health::{self, HealthReport, RecordCheck, Status};

pub(super) fn run(args: &DomainArgs) -> Result<Outcome, CliError> {
    match &args.command {
        DomainCommand::Check(args) => check(args),
    }
}

fn check(args: &DomainCheckArgs) -> Result<Outcome, CliError> {
    let domain = match dns::ascii_name(&args.domain) {
        Ok(domain) if domain.contains('.') => domain,
        Ok(_) => {
            return Err(CliError::Usage(format!(
                "{:?} is not a domain; give one such as example.com",
                args.domain
            )));
        }
        Err(e) => {
            return Err(CliError::Usage(format!(
                "{:?} is not a domain: {e}",
                args.domain
            )));
        }
    };
    let resolver = resolver(&args.dns)?;
    let report = health::check(&domain, &resolver);
    let mut out = std::io::stdout().lock();
    if args.json {
        let value = serde_json::json!({
            "domain": report.domain,
            "asked": report.asked,
            "ready": report.is_ready(),
            "complete": !report.lookup_failed(),
            "summary": report.summary(),
            "checks": report.checks,
        });
        let _ = writeln!(out, "{value:#}");
    } else {
        let _ = writeln!(out, "Domain {}, asked {}", report.domain, report.asked);
        let _ = write_report(&mut out, &report);
    }
    Ok(outcome(&report))
}

/// 0 when ready, 2 when a lookup failed (the report is incomplete), else 1.
fn outcome(report: &HealthReport) -> Outcome {
    if report.lookup_failed() {
        Outcome::Fatal
    } else if report.is_ready() {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    }
}

/// The resolver the DNS options ask for (a name server given by name is looked up here).
pub(super) fn resolver(args: &DnsArgs) -> Result<Resolver, CliError> {
    let resolver = match &args.dns_server {
        Some(server) => Resolver::with_server_host(&server.host, server.port)?,
        None => Resolver::system()?,
    };
    Ok(match args.timeout_secs {
        Some(secs) => resolver.with_timeout(Duration::from_secs(secs)),
        None => resolver,
    })
}

/// Each check as a line `STATUS  KIND  found ...`, followed for anything not ok by what it
/// means, what is expected and the records to publish; then the summary.
fn write_report(out: &mut impl Write, report: &HealthReport) -> std::io::Result<()> {
    for check in &report.checks {
        write_check(out, check)?;
    }
    writeln!(out, "{}", report.summary())
}

fn write_check(out: &mut impl Write, check: &RecordCheck) -> std::io::Result<()> {
    const INDENT: &str = "                      ";
    let found = if check.found.is_empty() {
        format!("found nothing at {}", check.name)
    } else {
        format!("found {}", check.found.join(", "))
    };
    let first = if check.status == Status::Error {
        check.note.to_string()
    } else {
        found
    };
    writeln!(
        out,
        "{:<8} {:<12} {first}",
        check.status.word(),
        check.kind.title()
    )?;
    if matches!(check.status, Status::Ok | Status::Error) {
        return Ok(());
    }
    writeln!(out, "{INDENT}{}", check.note)?;
    writeln!(out, "{INDENT}expected: {}", check.expected)?;
    for record in &check.publish {
        writeln!(out, "{INDENT}publish:  {record}")?;
    }
    Ok(())
}

/// The custom domains of a batch, each with the CSV lines that use it, in order of first use.
/// Without `--check-domains` it has no resolver and does nothing.
#[derive(Debug)]
pub(super) struct DomainRows {
    resolver: Option<Resolver>,
    domains: Vec<(String, Vec<u64>)>,
}

impl DomainRows {
    /// Ready to collect when `enabled`, with the resolver the DNS options ask for.
    pub(super) fn new(enabled: bool, args: &DnsArgs) -> Result<Self, CliError> {
        Ok(Self {
            resolver: if enabled { Some(resolver(args)?) } else { None },
            domains: Vec::new(),
        })
    }

    /// Notes the domain of `email` on `line` when it is a custom domain (iCloud's own domains
    /// and addresses that do not parse are left out).
    pub(super) fn add(&mut self, email: &str, line: u64) {
        if self.resolver.is_none() {
            return;
        }
        let Ok(address) = EmailAddress::parse(email) else {
            return;
        };
        if address.kind() != DomainKind::Custom {
            return;
        }
        let domain = address.domain();
        match self.domains.iter_mut().find(|(d, _)| d == domain) {
            Some((_, lines)) => lines.push(line),
            None => self.domains.push((domain.to_owned(), vec![line])),
        }
    }

    /// Checks every domain once and writes its report with the lines that use it; returns how
    /// many domains are not ready (missing or wrong records, or a failed lookup).
    pub(super) fn check_all(&self, out: &mut impl Write) -> usize {
        let Some(resolver) = &self.resolver else {
            return 0;
        };
        let mut failed = 0;
        for (domain, lines) in &self.domains {
            let report = health::check(domain, resolver);
            let lines: Vec<String> = lines.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                out,
                "\nDomain {} (CSV line{} {}), asked {}",
                report.domain,
                if lines.len() == 1 { "" } else { "s" },
                lines.join(", "),
                report.asked
            );
            let _ = write_report(out, &report);
            if outcome(&report) != Outcome::Success {
                failed += 1;
            }
        }
        let checked = self.domains.len();
        say!(
            "{checked} custom domain{} checked, {failed} not ready",
            if checked == 1 { "" } else { "s" }
        );
        failed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::health::RecordKind;

    #[test]
    fn a_line_says_status_kind_found_then_what_to_do() {
        let check = RecordCheck {
            kind: RecordKind::Dkim,
            status: Status::Missing,
            name: "sig1._domainkey.example.com".into(),
            found: vec![],
            expected: "CNAME a -> b".into(),
            publish: vec!["a. 3600 IN CNAME b.".into()],
            note: "no CNAME".into(),
        };
        let mut out = Vec::new();
        assert!(write_check(&mut out, &check).is_ok());
        let text = String::from_utf8_lossy(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "missing  DKIM         found nothing at sig1._domainkey.example.com"
        );
        assert_eq!(lines[1].trim(), "no CNAME");
        assert_eq!(lines[2].trim(), "expected: CNAME a -> b");
        assert_eq!(lines[3].trim(), "publish:  a. 3600 IN CNAME b.");
    }

    #[test]
    fn batch_collects_each_custom_domain_once_with_its_lines() {
        let mut rows = DomainRows {
            resolver: Some(Resolver::with_server(([127, 0, 0, 1], 9).into())),
            domains: Vec::new(),
        };
        rows.add("jane@Example.com", 2);
        rows.add("jane.doe@icloud.com", 3);
        rows.add("john@example.com", 4);
        rows.add("not an address", 5);
        rows.add("ann@other.org", 6);
        assert_eq!(
            rows.domains,
            [
                ("example.com".to_owned(), vec![2, 4]),
                ("other.org".to_owned(), vec![6])
            ]
        );
    }
}
