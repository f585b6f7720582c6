//! The health of an iCloud+ custom domain's DNS records, for help desks.
//!
//! [`check`] looks up the domain's MX records, its TXT records (SPF and the `apple-domain=`
//! verification), the DKIM CNAME `sig1._domainkey.<domain>` and the DMARC record
//! `_dmarc.<domain>`, four lookups at once, and judges each record kind: [`Status::Ok`],
//! [`Status::Missing`], [`Status::Wrong`], [`Status::Advice`] (DMARC is the owner's choice), or
//! [`Status::Error`] when the lookup itself failed. Every check carries what was found, what is
//! expected and the exact records to publish, in zone-file form. The judging is pure
//! (`judge_*`), so it is tested without a network.

use std::thread::{Builder, Scope, ScopedJoinHandle};

use std::fmt;

use serde::{Serialize, Serializer};

use super::{is_icloud_mx, normalize};
use crate::dns::{LookupError, LookupProblem, Mx, NameServers, Resolver};
use crate::i18n::Lang;
use crate::provider::Provider;
use crate::tr;

/// The TTL written into suggested records.
const TTL: u32 = 3600;

/// The SPF term that authorises iCloud's servers.
const SPF_INCLUDE: &str = "include:icloud.com";

/// The record kinds checked, in the order they are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    /// MX: mail for the domain reaches iCloud.
    Mx,
    /// SPF: iCloud may send mail for the domain.
    Spf,
    /// DKIM: iCloud's signatures for the domain can be checked.
    Dkim,
    /// The `apple-domain=` TXT record that proves the domain is yours.
    Verification,
    /// DMARC: what receivers do with mail that fails SPF and DKIM (advice only).
    Dmarc,
}

impl RecordKind {
    /// Every kind, in report order.
    pub const ALL: [Self; 5] = [
        Self::Mx,
        Self::Spf,
        Self::Dkim,
        Self::Verification,
        Self::Dmarc,
    ];

    /// The short name shown in reports, in `lang` (the record types' own names are the same in
    /// every language).
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::Verification => tr!(lang, "health-kind-verification"),
            _ => self.title().to_owned(),
        }
    }

    /// The short name shown in reports, in English (the command line's).
    pub fn title(self) -> &'static str {
        match self {
            Self::Mx => "MX",
            Self::Spf => "SPF",
            Self::Dkim => "DKIM",
            Self::Verification => "Verification",
            Self::Dmarc => "DMARC",
        }
    }

    /// Whether this kind must be ok for the domain to work with iCloud (DMARC is advice).
    pub fn is_required(self) -> bool {
        !matches!(self, Self::Dmarc)
    }
}

/// How a record kind was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// As iCloud needs it.
    Ok,
    /// Not published.
    Missing,
    /// Published, but not as iCloud needs it.
    Wrong,
    /// Works, but could be better (DMARC only).
    Advice,
    /// The lookup failed or timed out: not known.
    Error,
}

impl Status {
    /// The word shown in reports, in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::Ok => tr!(lang, "health-status-ok"),
            Self::Missing => tr!(lang, "health-status-missing"),
            Self::Wrong => tr!(lang, "health-status-wrong"),
            Self::Advice => tr!(lang, "health-status-advice"),
            Self::Error => tr!(lang, "health-status-error"),
        }
    }

    /// The word shown in reports, in English (the command line's and the JSON's).
    pub fn word(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Missing => "missing",
            Self::Wrong => "wrong",
            Self::Advice => "advice",
            Self::Error => "error",
        }
    }
}

/// The judgement of one record kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RecordCheck {
    /// Which records.
    pub kind: RecordKind,
    /// The judgement.
    pub status: Status,
    /// The DNS name looked up.
    pub name: String,
    /// What was found there, one entry per record (empty when none).
    pub found: Vec<String>,
    /// What iCloud expects, in words.
    pub expected: Note,
    /// The exact records to publish, in zone-file form (empty when nothing is to be done).
    pub publish: Vec<String>,
    /// What the status means, in plain words.
    pub note: Note,
}

/// Words of a record check that a person reads: [`Note::text`] gives them in any language;
/// `Display` and the JSON give the English the command line prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// Not a message: values only (a record).
    Plain(String),
    /// A lookup that got no answer.
    LookupFailed(LookupProblem),
    /// What MX records iCloud expects.
    MxExpected {
        /// iCloud's mail hosts.
        hosts: Vec<String>,
    },
    /// The domain does not exist.
    MxNoSuchDomain {
        /// The domain.
        domain: String,
    },
    /// The domain has no MX records.
    MxNone {
        /// The domain.
        domain: String,
    },
    /// The MX records are iCloud's.
    MxOk,
    /// No MX record points at iCloud.
    MxElsewhere,
    /// Some MX records are to be removed, some added.
    MxFix {
        /// Hosts that are not iCloud's.
        remove: Vec<String>,
        /// iCloud's hosts that are missing.
        add: Vec<String>,
    },
    /// What SPF record iCloud expects.
    SpfExpected,
    /// No SPF record.
    SpfMissing,
    /// The SPF record includes iCloud.
    SpfOk,
    /// The SPF record does not include iCloud.
    SpfNoIcloud,
    /// More than one SPF record.
    SpfMany {
        /// How many.
        count: usize,
    },
    /// The DKIM name points at iCloud.
    DkimOk,
    /// The DKIM name points elsewhere.
    DkimElsewhere,
    /// The DKIM name has no CNAME.
    DkimMissing {
        /// The DKIM name.
        name: String,
    },
    /// What verification record iCloud expects.
    VerificationExpected,
    /// The verification token is there.
    VerificationOk,
    /// The verification token is missing or empty.
    VerificationMissing,
    /// What DMARC record is advised.
    DmarcExpected,
    /// No DMARC record.
    DmarcMissing,
    /// A DMARC policy of quarantine or reject.
    DmarcOk {
        /// The policy.
        policy: String,
    },
    /// A DMARC policy of none.
    DmarcNone,
    /// A DMARC record without a valid policy.
    DmarcNoPolicy,
    /// More than one DMARC record.
    DmarcMany {
        /// How many.
        count: usize,
    },
}

impl Note {
    /// The words in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Plain(text) => text.clone(),
            Self::LookupFailed(problem) => problem.text(lang),
            Self::MxExpected { hosts } => mx_expected(lang, hosts),
            Self::MxNoSuchDomain { domain } => {
                tr!(lang, "health-mx-no-such-domain", domain = domain.as_str())
            }
            Self::MxNone { domain } => tr!(lang, "health-mx-none", domain = domain.as_str()),
            Self::MxOk => tr!(lang, "health-mx-ok"),
            Self::MxElsewhere => tr!(lang, "health-mx-elsewhere"),
            Self::MxFix { remove, add } => mx_fix(lang, remove, add),
            Self::SpfExpected => tr!(
                lang,
                "health-spf-expected",
                record = "TXT \"v=spf1 ...\"",
                include = SPF_INCLUDE,
                redirect = "redirect=icloud.com"
            ),
            Self::SpfMissing => tr!(lang, "health-spf-missing"),
            Self::SpfOk => tr!(lang, "health-spf-ok"),
            Self::SpfNoIcloud => tr!(lang, "health-spf-no-icloud"),
            Self::SpfMany { count } => tr!(lang, "health-spf-many", count = *count),
            Self::DkimOk => tr!(lang, "health-dkim-ok"),
            Self::DkimElsewhere => tr!(lang, "health-dkim-elsewhere"),
            Self::DkimMissing { name } => tr!(lang, "health-dkim-missing", name = name.as_str()),
            Self::VerificationExpected => tr!(
                lang,
                "health-verification-expected",
                record = "\"apple-domain=TOKEN\""
            ),
            Self::VerificationOk => tr!(lang, "health-verification-ok"),
            Self::VerificationMissing => {
                tr!(lang, "health-verification-missing", token = "TOKEN")
            }
            Self::DmarcExpected => tr!(
                lang,
                "health-dmarc-expected",
                record = "TXT \"v=DMARC1; p=...\"",
                quarantine = "quarantine",
                reject = "reject"
            ),
            Self::DmarcMissing => tr!(lang, "health-dmarc-missing"),
            Self::DmarcOk { policy } => tr!(lang, "health-dmarc-ok", policy = policy.as_str()),
            Self::DmarcNone => tr!(
                lang,
                "health-dmarc-none",
                none = "none",
                quarantine = "quarantine"
            ),
            Self::DmarcNoPolicy => tr!(
                lang,
                "health-dmarc-no-policy",
                none = "none",
                quarantine = "quarantine",
                reject = "reject"
            ),
            Self::DmarcMany { count } => tr!(lang, "health-dmarc-many", count = *count),
        }
    }

    /// Whether there are no words (a check that expects nothing in particular).
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Plain(text) if text.is_empty())
    }
}

/// "MX records for A and B only".
fn mx_expected(lang: Lang, hosts: &[String]) -> String {
    match hosts {
        [first, rest @ ..] if !rest.is_empty() => {
            let (last, middle) = rest.split_last().unwrap_or((first, &[]));
            let mut some = vec![first.as_str()];
            some.extend(middle.iter().map(String::as_str));
            tr!(
                lang,
                "health-mx-expected-hosts",
                hosts = some.join(", "),
                last = last.as_str()
            )
        }
        _ => tr!(lang, "health-mx-expected", host = hosts.join(", ")),
    }
}

/// What to do about MX records that are not all iCloud's.
fn mx_fix(lang: Lang, remove: &[String], add: &[String]) -> String {
    let (remove, add) = (remove.join(", "), add.join(", "));
    match (remove.is_empty(), add.is_empty()) {
        (false, true) => tr!(lang, "health-mx-remove", remove = remove),
        (true, false) => tr!(lang, "health-mx-add", add = add),
        _ => tr!(lang, "health-mx-remove-add", remove = remove, add = add),
    }
}

impl fmt::Display for Note {
    /// The English words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Serialize for Note {
    /// The English words, as a string.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text(Lang::En))
    }
}

impl From<&str> for Note {
    fn from(text: &str) -> Self {
        Self::Plain(text.to_owned())
    }
}

impl From<String> for Note {
    fn from(text: String) -> Self {
        Self::Plain(text)
    }
}

/// Every record kind's judgement for one domain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HealthReport {
    /// The domain, lower case ASCII.
    pub domain: String,
    /// The name servers asked.
    pub asked: NameServers,
    /// False when the domain does not exist (NXDOMAIN for its MX records).
    pub exists: bool,
    /// One check per [`RecordKind`], in [`RecordKind::ALL`] order.
    pub checks: Vec<RecordCheck>,
}

impl HealthReport {
    /// The check of one kind.
    pub fn get(&self, kind: RecordKind) -> Option<&RecordCheck> {
        self.checks.iter().find(|c| c.kind == kind)
    }

    /// Whether MX, SPF, DKIM and the verification record are all ok: mail for the domain can
    /// reach and leave iCloud as configured.
    pub fn is_ready(&self) -> bool {
        self.checks
            .iter()
            .filter(|c| c.kind.is_required())
            .all(|c| c.status == Status::Ok)
    }

    /// Whether a lookup failed, so the report is incomplete.
    pub fn lookup_failed(&self) -> bool {
        self.checks.iter().any(|c| c.status == Status::Error)
    }

    /// The required kinds that are missing or wrong.
    pub fn problems(&self) -> Vec<RecordKind> {
        self.checks
            .iter()
            .filter(|c| c.kind.is_required() && matches!(c.status, Status::Missing | Status::Wrong))
            .map(|c| c.kind)
            .collect()
    }

    /// One sentence that sums the report up, in English (the command line's and the JSON's).
    pub fn summary(&self) -> String {
        self.summary_text(Lang::En)
    }

    /// One sentence that sums the report up, in `lang`.
    pub fn summary_text(&self, lang: Lang) -> String {
        let domain = self.domain.as_str();
        if self.lookup_failed() {
            return tr!(lang, "health-summary-incomplete", domain = domain);
        }
        if !self.exists {
            return tr!(lang, "health-summary-no-domain", domain = domain);
        }
        let problems = self.problems();
        if problems.is_empty() {
            return tr!(lang, "health-summary-ready", domain = domain);
        }
        let names: Vec<String> = problems.iter().map(|k| k.text(lang)).collect();
        tr!(
            lang,
            "health-summary-problems",
            count = problems.len(),
            domain = domain,
            kinds = names.join(", ")
        )
    }
}

/// The DKIM name iCloud signs with for `domain`.
pub fn dkim_name(domain: &str) -> String {
    format!("sig1._domainkey.{domain}")
}

/// The target iCloud expects the DKIM name to point at.
pub fn dkim_target(domain: &str) -> String {
    format!("sig1.dkim.{domain}.at.icloudmailadmin.com")
}

/// The DMARC name of `domain`.
pub fn dmarc_name(domain: &str) -> String {
    format!("_dmarc.{domain}")
}

/// Checks `domain`'s records for iCloud+ through `resolver`, four lookups at once, each within
/// the resolver's time limit.
pub fn check(domain: &str, resolver: &Resolver) -> HealthReport {
    let domain = crate::dns::ascii_name(domain).unwrap_or_else(|_| normalize(domain));
    let (dkim, dmarc) = (dkim_name(&domain), dmarc_name(&domain));
    let mx = || resolver.mx(&domain);
    let txt = || resolver.txt(&domain);
    let dkim_cname = || resolver.cname(&dkim);
    let dmarc_txt = || resolver.txt(&dmarc);
    let (mx, txt, dkim_cname, dmarc_txt) = std::thread::scope(|s| {
        let jobs = (
            start(s, &mx),
            start(s, &txt),
            start(s, &dkim_cname),
            start(s, &dmarc_txt),
        );
        (
            finish(jobs.0, &mx),
            finish(jobs.1, &txt),
            finish(jobs.2, &dkim_cname),
            finish(jobs.3, &dmarc_txt),
        )
    });
    HealthReport {
        asked: resolver.name_servers(),
        exists: !mx.as_ref().is_err_and(LookupError::is_no_such_domain),
        checks: vec![
            judge_mx(&domain, &mx),
            judge_spf(&domain, &txt),
            judge_dkim(&domain, &dkim_cname),
            judge_verification(&domain, &txt),
            judge_dmarc(&domain, &dmarc_txt),
        ],
        domain,
    }
}

/// Runs `job` on a named thread of `scope`; `None` when no thread could be started.
fn start<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    job: &'scope (impl Fn() -> T + Sync),
) -> Option<ScopedJoinHandle<'scope, T>> {
    Builder::new()
        .name("dns-lookup".into())
        .spawn_scoped(scope, job)
        .ok()
}

/// The thread's result, or `job` run here when the thread could not start (or panicked).
fn finish<T>(handle: Option<ScopedJoinHandle<'_, T>>, job: &impl Fn() -> T) -> T {
    handle.and_then(|h| h.join().ok()).unwrap_or_else(job)
}

fn check_of(kind: RecordKind, name: &str) -> RecordCheck {
    RecordCheck {
        kind,
        status: Status::Ok,
        name: name.to_owned(),
        found: Vec::new(),
        expected: Note::Plain(String::new()),
        publish: Vec::new(),
        note: Note::Plain(String::new()),
    }
}

/// A failed lookup (not a negative answer) as an `error` line.
fn lookup_error(mut check: RecordCheck, error: &LookupError) -> RecordCheck {
    check.status = Status::Error;
    check.note = Note::LookupFailed(error.clone().into());
    check
}

/// Judges the MX records: both of iCloud's hosts, nothing else.
pub fn judge_mx(domain: &str, answer: &Result<Vec<Mx>, LookupError>) -> RecordCheck {
    let icloud = &Provider::icloud().custom_domain_mx;
    let mut check = check_of(RecordKind::Mx, domain);
    check.expected = Note::MxExpected {
        hosts: icloud.clone(),
    };
    let publish: Vec<String> = icloud
        .iter()
        .map(|host| format!("{domain}. {TTL} IN MX 10 {host}."))
        .collect();
    let records = match answer {
        Ok(records) => records,
        Err(e) if e.is_negative() => {
            check.status = Status::Missing;
            check.publish = publish;
            let domain = domain.to_owned();
            check.note = if e.is_no_such_domain() {
                Note::MxNoSuchDomain { domain }
            } else {
                Note::MxNone { domain }
            };
            return check;
        }
        Err(e) => return lookup_error(check, e),
    };
    check.found = records.iter().map(ToString::to_string).collect();
    let others: Vec<&Mx> = records.iter().filter(|m| !is_icloud_mx(&m.host)).collect();
    let absent: Vec<&String> = icloud
        .iter()
        .filter(|host| !records.iter().any(|m| &m.host == *host))
        .collect();
    if others.is_empty() && absent.is_empty() {
        check.note = Note::MxOk;
        return check;
    }
    check.publish = publish;
    check.status = Status::Wrong;
    if others.len() == records.len() {
        check.note = Note::MxElsewhere;
    } else {
        check.note = Note::MxFix {
            remove: others.iter().map(|m| m.host.clone()).collect(),
            add: absent.iter().map(|h| (*h).clone()).collect(),
        };
    }
    check
}

/// Whether a TXT record is an SPF record (`v=spf1`, alone or followed by a space).
fn is_spf(txt: &str) -> bool {
    let t = txt.trim_start();
    t.get(..6).is_some_and(|v| v.eq_ignore_ascii_case("v=spf1"))
        && t[6..].chars().next().is_none_or(char::is_whitespace)
}

/// Whether an SPF record authorises iCloud (`include:icloud.com` or `redirect=icloud.com`,
/// without a qualifier other than `+`).
fn spf_includes_icloud(spf: &str) -> bool {
    spf.split_whitespace().any(|term| {
        let term = term.strip_prefix('+').unwrap_or(term).to_ascii_lowercase();
        term == SPF_INCLUDE || term == "redirect=icloud.com"
    })
}

/// One SPF record with every term of `records` and iCloud's include: the record that replaces
/// them. `redirect=` terms become includes, and the first `all` term is kept last.
fn merged_spf(records: &[&String]) -> String {
    let mut terms: Vec<String> = Vec::new();
    let mut all: Option<String> = None;
    let push = |t: String, terms: &mut Vec<String>| {
        if !terms.iter().any(|x| x.eq_ignore_ascii_case(&t)) {
            terms.push(t);
        }
    };
    for record in records {
        for term in record.split_whitespace().skip(1) {
            let lower = term.to_ascii_lowercase();
            if lower.trim_start_matches(['+', '-', '~', '?']) == "all" {
                all.get_or_insert_with(|| term.to_owned());
            } else if let Some(target) = lower.strip_prefix("redirect=") {
                if target != "icloud.com" {
                    push(format!("include:{target}"), &mut terms);
                }
            } else if lower.trim_start_matches('+') != SPF_INCLUDE {
                push(term.to_owned(), &mut terms);
            }
        }
    }
    push(SPF_INCLUDE.to_owned(), &mut terms);
    let mut out = String::from("v=spf1");
    for term in &terms {
        out.push(' ');
        out.push_str(term);
    }
    out.push(' ');
    out.push_str(all.as_deref().unwrap_or("~all"));
    out
}

/// Judges SPF from the domain's TXT records: exactly one SPF record, including iCloud.
pub fn judge_spf(domain: &str, answer: &Result<Vec<String>, LookupError>) -> RecordCheck {
    let mut check = check_of(RecordKind::Spf, domain);
    check.expected = Note::SpfExpected;
    let txt = match answer {
        Ok(txt) => txt.as_slice(),
        Err(e) if e.is_negative() => &[],
        Err(e) => return lookup_error(check, e),
    };
    let spf: Vec<&String> = txt.iter().filter(|t| is_spf(t)).collect();
    check.found = spf.iter().map(|t| format!("\"{t}\"")).collect();
    let publish = |record: String| vec![format!("{domain}. {TTL} IN TXT \"{record}\"")];
    match spf.as_slice() {
        [] => {
            check.status = Status::Missing;
            check.publish = publish(format!("v=spf1 {SPF_INCLUDE} ~all"));
            check.note = Note::SpfMissing;
        }
        [one] if spf_includes_icloud(one) => {
            check.note = Note::SpfOk;
        }
        [_] => {
            check.status = Status::Wrong;
            check.publish = publish(merged_spf(&spf));
            check.note = Note::SpfNoIcloud;
        }
        _ => {
            check.status = Status::Wrong;
            check.publish = publish(merged_spf(&spf));
            check.note = Note::SpfMany { count: spf.len() };
        }
    }
    check
}

/// Judges the DKIM CNAME `sig1._domainkey.<domain>`.
pub fn judge_dkim(domain: &str, answer: &Result<String, LookupError>) -> RecordCheck {
    let name = dkim_name(domain);
    let target = dkim_target(domain);
    let mut check = check_of(RecordKind::Dkim, &name);
    check.expected = Note::Plain(format!("CNAME {name} -> {target}"));
    let publish = vec![format!("{name}. {TTL} IN CNAME {target}.")];
    match answer {
        Ok(found) if *found == target => {
            check.found = vec![found.clone()];
            check.note = Note::DkimOk;
        }
        Ok(found) => {
            check.found = vec![found.clone()];
            check.status = Status::Wrong;
            check.publish = publish;
            check.note = Note::DkimElsewhere;
        }
        Err(e) if e.is_negative() => {
            check.status = Status::Missing;
            check.publish = publish;
            check.note = Note::DkimMissing { name };
        }
        Err(e) => return lookup_error(check, e),
    }
    check
}

/// Judges the `apple-domain=` verification TXT record at the domain.
pub fn judge_verification(domain: &str, answer: &Result<Vec<String>, LookupError>) -> RecordCheck {
    let mut check = check_of(RecordKind::Verification, domain);
    check.expected = Note::VerificationExpected;
    let txt = match answer {
        Ok(txt) => txt.as_slice(),
        Err(e) if e.is_negative() => &[],
        Err(e) => return lookup_error(check, e),
    };
    let tokens: Vec<&String> = txt
        .iter()
        .filter(|t| {
            t.trim()
                .get(..13)
                .is_some_and(|p| p.eq_ignore_ascii_case("apple-domain="))
        })
        .collect();
    check.found = tokens.iter().map(|t| format!("\"{}\"", t.trim())).collect();
    let with_value = tokens.iter().any(|t| t.trim().len() > 13);
    if with_value {
        check.note = Note::VerificationOk;
    } else {
        check.status = if tokens.is_empty() {
            Status::Missing
        } else {
            Status::Wrong
        };
        check.publish = vec![format!("{domain}. {TTL} IN TXT \"apple-domain=TOKEN\"")];
        check.note = Note::VerificationMissing;
    }
    check
}

/// The `p=` policy of a DMARC record, lower case.
fn dmarc_policy(record: &str) -> Option<String> {
    record.split(';').find_map(|tag| {
        let (key, value) = tag.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("p")
            .then(|| value.trim().to_ascii_lowercase())
    })
}

/// Judges the DMARC record at `_dmarc.<domain>` (advice only: never missing or wrong).
pub fn judge_dmarc(domain: &str, answer: &Result<Vec<String>, LookupError>) -> RecordCheck {
    let name = dmarc_name(domain);
    let mut check = check_of(RecordKind::Dmarc, &name);
    check.expected = Note::DmarcExpected;
    let txt = match answer {
        Ok(txt) => txt.as_slice(),
        Err(e) if e.is_negative() => &[],
        Err(e) => return lookup_error(check, e),
    };
    let records: Vec<&String> = txt
        .iter()
        .filter(|t| {
            t.trim_start()
                .get(..8)
                .is_some_and(|v| v.eq_ignore_ascii_case("v=DMARC1"))
        })
        .collect();
    check.found = records.iter().map(|t| format!("\"{t}\"")).collect();
    let publish = |record: &str| vec![format!("{name}. {TTL} IN TXT \"{record}\"")];
    check.status = Status::Advice;
    match records.as_slice() {
        [] => {
            check.publish = publish("v=DMARC1; p=quarantine");
            check.note = Note::DmarcMissing;
        }
        [one] => match dmarc_policy(one).as_deref() {
            Some("quarantine" | "reject") => {
                check.status = Status::Ok;
                check.note = Note::DmarcOk {
                    policy: dmarc_policy(one).unwrap_or_default(),
                };
            }
            Some("none") => {
                check.publish = publish(&one.replacen("p=none", "p=quarantine", 1));
                check.note = Note::DmarcNone;
            }
            _ => {
                check.publish = publish("v=DMARC1; p=quarantine");
                check.note = Note::DmarcNoPolicy;
            }
        },
        _ => {
            check.publish = publish("v=DMARC1; p=quarantine");
            check.note = Note::DmarcMany {
                count: records.len(),
            };
        }
    }
    check
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::{LookupFailure, RecordType};

    const D: &str = "example.com";

    fn negative(record: RecordType, failure: LookupFailure) -> LookupError {
        LookupError {
            name: D.into(),
            record,
            failure,
        }
    }

    fn mx(preference: u16, host: &str) -> Mx {
        Mx {
            preference,
            host: host.into(),
        }
    }

    #[allow(clippy::unnecessary_wraps, reason = "the shape of a lookup's answer")]
    fn txt(records: &[&str]) -> Result<Vec<String>, LookupError> {
        Ok(records.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn mx_needs_both_icloud_hosts_and_nothing_else() {
        let both = Ok(vec![
            mx(10, "mx01.mail.icloud.com"),
            mx(10, "mx02.mail.icloud.com"),
        ]);
        assert_eq!(judge_mx(D, &both).status, Status::Ok);
        assert!(judge_mx(D, &both).publish.is_empty());
        let one = Ok(vec![mx(10, "mx01.mail.icloud.com")]);
        let c = judge_mx(D, &one);
        assert_eq!(c.status, Status::Wrong);
        assert!(
            c.note.to_string().contains("add mx02.mail.icloud.com"),
            "{}",
            c.note
        );
        let mixed = Ok(vec![
            mx(10, "mx01.mail.icloud.com"),
            mx(10, "mx02.mail.icloud.com"),
            mx(20, "backup.example.net"),
        ]);
        let c = judge_mx(D, &mixed);
        assert_eq!(c.status, Status::Wrong);
        assert!(
            c.note.to_string().contains("remove backup.example.net"),
            "{}",
            c.note
        );
        let google = Ok(vec![mx(1, "aspmx.l.google.com")]);
        let c = judge_mx(D, &google);
        assert_eq!(c.status, Status::Wrong);
        assert!(
            c.note
                .to_string()
                .starts_with("no MX record points at iCloud"),
            "{}",
            c.note
        );
        let none = Err(negative(RecordType::Mx, LookupFailure::NoRecords));
        let c = judge_mx(D, &none);
        assert_eq!(c.status, Status::Missing);
        assert_eq!(
            c.publish,
            [
                "example.com. 3600 IN MX 10 mx01.mail.icloud.com.",
                "example.com. 3600 IN MX 10 mx02.mail.icloud.com."
            ]
        );
        let timeout = Err(negative(
            RecordType::Mx,
            LookupFailure::TimedOut {
                limit: std::time::Duration::from_secs(2),
            },
        ));
        assert_eq!(judge_mx(D, &timeout).status, Status::Error);
    }

    #[test]
    fn spf_must_be_one_record_that_includes_icloud() {
        let cases: &[(&[&str], Status)] = &[
            (&["v=spf1 include:icloud.com ~all"], Status::Ok),
            (
                &["V=SPF1 +include:iCloud.com -all", "apple-domain=x"],
                Status::Ok,
            ),
            (&["v=spf1 redirect=icloud.com"], Status::Ok),
            (&["v=spf1 include:_spf.google.com ~all"], Status::Wrong),
            (&["v=spf1 ~include:icloud.com ~all"], Status::Wrong),
            (
                &[
                    "v=spf1 include:icloud.com ~all",
                    "v=spf1 include:_spf.google.com ~all",
                ],
                Status::Wrong,
            ),
            (&["apple-domain=abc", "v=spf10 nonsense"], Status::Missing),
            (&[], Status::Missing),
        ];
        for (records, want) in cases {
            assert_eq!(judge_spf(D, &txt(records)).status, *want, "{records:?}");
        }
    }

    #[test]
    fn the_spf_record_to_publish_merges_what_is_there() {
        let c = judge_spf(D, &txt(&["v=spf1 include:_spf.google.com -all"]));
        assert_eq!(
            c.publish,
            ["example.com. 3600 IN TXT \"v=spf1 include:_spf.google.com include:icloud.com -all\""]
        );
        let two = judge_spf(
            D,
            &txt(&[
                "v=spf1 include:icloud.com ~all",
                "v=spf1 ip4:192.0.2.1 redirect=example.net",
            ]),
        );
        assert_eq!(
            two.publish,
            [
                "example.com. 3600 IN TXT \"v=spf1 ip4:192.0.2.1 include:example.net include:icloud.com ~all\""
            ]
        );
        assert!(
            two.note.to_string().starts_with("2 SPF records"),
            "{}",
            two.note
        );
        let none = judge_spf(
            D,
            &Err(negative(RecordType::Txt, LookupFailure::NoSuchDomain)),
        );
        assert_eq!(
            none.publish,
            ["example.com. 3600 IN TXT \"v=spf1 include:icloud.com ~all\""]
        );
    }

    #[test]
    fn dkim_must_point_at_icloud_for_this_domain() {
        let right = Ok("sig1.dkim.example.com.at.icloudmailadmin.com".to_owned());
        assert_eq!(judge_dkim(D, &right).status, Status::Ok);
        let other = Ok("sig1.dkim.other.org.at.icloudmailadmin.com".to_owned());
        let c = judge_dkim(D, &other);
        assert_eq!(c.status, Status::Wrong);
        assert_eq!(
            c.publish,
            [
                "sig1._domainkey.example.com. 3600 IN CNAME sig1.dkim.example.com.at.icloudmailadmin.com."
            ]
        );
        let none = Err(negative(RecordType::Cname, LookupFailure::NoSuchDomain));
        assert_eq!(judge_dkim(D, &none).status, Status::Missing);
    }

    #[test]
    fn verification_needs_an_apple_domain_token() {
        assert_eq!(
            judge_verification(
                D,
                &txt(&["v=spf1 include:icloud.com ~all", "apple-domain=AbC123"])
            )
            .status,
            Status::Ok
        );
        assert_eq!(
            judge_verification(D, &txt(&["apple-domain="])).status,
            Status::Wrong
        );
        let missing = judge_verification(D, &txt(&["google-site-verification=x"]));
        assert_eq!(missing.status, Status::Missing);
        assert_eq!(
            missing.publish,
            ["example.com. 3600 IN TXT \"apple-domain=TOKEN\""]
        );
    }

    #[test]
    fn dmarc_is_advice_only() {
        let cases: &[(&[&str], Status)] = &[
            (
                &["v=DMARC1; p=reject; rua=mailto:d@example.com"],
                Status::Ok,
            ),
            (&["v=DMARC1;p=quarantine"], Status::Ok),
            (&["v=DMARC1; p=none"], Status::Advice),
            (&["v=DMARC1"], Status::Advice),
            (&["v=DMARC1; p=reject", "v=DMARC1; p=none"], Status::Advice),
            (&[], Status::Advice),
        ];
        for (records, want) in cases {
            assert_eq!(judge_dmarc(D, &txt(records)).status, *want, "{records:?}");
        }
        let none = judge_dmarc(D, &txt(&["v=DMARC1; p=none; rua=mailto:d@example.com"]));
        assert_eq!(
            none.publish,
            [
                "_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=quarantine; rua=mailto:d@example.com\""
            ]
        );
    }

    #[test]
    fn notes_speak_the_language_asked_and_english_by_default() {
        let c = judge_mx(D, &Ok(vec![mx(10, "mx01.mail.icloud.com")]));
        assert_eq!(c.note.to_string(), "add mx02.mail.icloud.com");
        assert_eq!(c.note.text(Lang::De), "mx02.mail.icloud.com hinzufügen");
        assert_eq!(
            c.expected.to_string(),
            "MX records for mx01.mail.icloud.com and mx02.mail.icloud.com only"
        );
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["note"], "add mx02.mail.icloud.com");
        assert_eq!(Status::Missing.text(Lang::Fr), "absent");
        assert_eq!(RecordKind::Verification.text(Lang::Es), "Verificación");
        assert_eq!(RecordKind::Dkim.text(Lang::Es), "DKIM");
    }

    #[test]
    fn a_report_is_ready_when_the_four_required_kinds_are_ok() {
        let ok = |kind| RecordCheck {
            status: Status::Ok,
            ..check_of(kind, D)
        };
        let mut report = HealthReport {
            domain: D.into(),
            asked: Resolver::with_server("127.0.0.1:53".parse().unwrap()).name_servers(),
            exists: true,
            checks: RecordKind::ALL.iter().map(|k| ok(*k)).collect(),
        };
        report.checks[4].status = Status::Advice;
        assert!(report.is_ready() && !report.lookup_failed());
        assert_eq!(
            report.summary(),
            "Mail for example.com reaches and leaves iCloud as configured"
        );
        report.checks[2].status = Status::Missing;
        assert!(!report.is_ready());
        assert_eq!(report.problems(), [RecordKind::Dkim]);
        assert_eq!(
            report.summary(),
            "1 record kind to fix for example.com: DKIM"
        );
        report.checks[3].status = Status::Wrong;
        assert_eq!(
            report.summary_text(Lang::De),
            "Eintragsarten für example.com zu korrigieren: DKIM, Bestätigung"
        );
        report.checks[4].status = Status::Error;
        assert!(report.lookup_failed());
    }
}
