//! The round trip: send one small message to yourself by SMTP, watch INBOX over IMAP until it
//! arrives, report how long delivery took, and remove exactly that message again.

use std::thread;
use std::time::{Duration, Instant};

use lettre::Message;
use lettre::message::header::ContentType;

use super::plan::{Check, Outcome, Plan};
use super::{CancelToken, Category, Failure, Phase, ProbeOptions, ProbeRequest, Protocol, Timings};
use super::{imap, redact, smtp};
use crate::i18n::Lang;
use crate::secret::Secret;

/// How long the round trip waits for delivery unless told otherwise.
pub const DEFAULT_DELIVERY_TIMEOUT: Duration = Duration::from_secs(60);
/// How often it looks for the message unless told otherwise.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_millis(250);

/// What the round trip needs beyond the probes.
#[derive(Clone, Debug)]
pub struct RoundTripRequest {
    /// Where and how to send (a working SMTP check's request).
    pub smtp: ProbeRequest,
    /// Where and how to read (a working IMAP check's request).
    pub imap: ProbeRequest,
    /// The person's own address: sender and recipient.
    pub address: String,
    /// How long to wait for delivery.
    pub delivery_timeout: Duration,
    /// How often to look for the message.
    pub poll_interval: Duration,
    /// The language of the test message and of the report's own texts.
    pub lang: Lang,
}

impl RoundTripRequest {
    /// The round trip for a finished plan: it sends and reads with exactly the logins the
    /// recommendation chose (so it proves the settings the exports will carry), to and from
    /// `address`, with the default timing, in English (set [`RoundTripRequest::lang`] for
    /// another language). `None` when no IMAP or no SMTP login worked.
    pub fn for_outcome(plan: &Plan, outcome: &Outcome, address: &str) -> Option<Self> {
        let rec = outcome.recommendation;
        let (form, security) = (rec.imap_username?, rec.smtp_security?);
        let pick = |pred: &dyn Fn(&Check) -> bool| {
            plan.checks
                .iter()
                .zip(&outcome.reports)
                .find(|(c, r)| pred(c) && r.is_ok())
                .map(|(c, _)| c.request.clone())
        };
        Some(Self {
            imap: pick(&|c| c.request.protocol == Protocol::Imap && c.username_form == form)?,
            smtp: pick(&|c| {
                c.request.protocol == Protocol::Smtp && c.request.target.security == security
            })?,
            address: address.to_owned(),
            delivery_timeout: DEFAULT_DELIVERY_TIMEOUT,
            poll_interval: DEFAULT_POLL_INTERVAL,
            lang: Lang::En,
        })
    }
}

/// What became of the test message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Removal {
    /// Deleted and expunged: that one message, nothing else.
    Removed,
    /// Flagged as deleted, but the server cannot expunge a single message (no UIDPLUS), so it was
    /// left for the mail app to clean up rather than risk removing others.
    FlaggedOnly,
    /// Not found, so nothing was removed.
    NotFound,
}

/// The round trip's outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundTripReport {
    /// The unique Message-ID used.
    pub message_id: String,
    /// Time to submit the message (login included).
    pub sent_in: Option<Duration>,
    /// Time from submission to the message being found in INBOX.
    pub delivered_in: Option<Duration>,
    /// What was done with the message afterwards.
    pub removal: Removal,
    /// What went wrong, if anything.
    pub result: Result<(), Failure>,
}

/// Sends, waits and cleans up. Blocks for at most the probes' timeouts plus
/// `delivery_timeout`; `cancel` stops it between steps.
pub fn run(
    request: &RoundTripRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
) -> RoundTripReport {
    let message_id = format!("<{}@icloud-mail-wizard.invalid>", uuid::Uuid::new_v4());
    let mut report = RoundTripReport {
        message_id: message_id.clone(),
        sent_in: None,
        delivered_in: None,
        removal: Removal::NotFound,
        result: Ok(()),
    };
    report.result = steps(request, password, options, cancel, &mut report).map_err(|mut f| {
        if cancel.is_cancelled() {
            f.category = Category::Cancelled;
        }
        f.detail = redact(&f.detail, &request.smtp.username, password);
        f.server_text = f
            .server_text
            .map(|t| redact(&t, &request.smtp.username, password));
        f
    });
    report
}

fn steps(
    request: &RoundTripRequest,
    password: &Secret,
    options: &ProbeOptions,
    cancel: &CancelToken,
    report: &mut RoundTripReport,
) -> Result<(), Failure> {
    let address: lettre::Address = request.address.parse().map_err(|e| {
        Failure::new(
            Category::Protocol,
            Phase::Auth,
            format!("unusable address: {e}"),
        )
    })?;
    let message = Message::builder()
        .from(address.clone().into())
        .to(address.clone().into())
        .subject(tr!(request.lang, "test-email-subject"))
        .message_id(Some(report.message_id.clone()))
        .header(ContentType::TEXT_PLAIN)
        .body(format!("{}\r\n", tr!(request.lang, "test-email-body")))
        .map_err(|e| Failure::new(Category::Protocol, Phase::Auth, e.to_string()))?;

    let started = Instant::now();
    let mut timings = Timings::default();
    let mut sender = smtp::open(&request.smtp, password, options, cancel, &mut timings)?;
    sender.send(&address, &address, &message.formatted())?;
    sender.quit();
    report.sent_in = Some(started.elapsed());
    let submitted = Instant::now();

    debug_assert_eq!(request.imap.protocol, Protocol::Imap);
    let mut session = imap::open(&request.imap, password, options, cancel, &mut timings)?;
    let imap_err = |e| imap::imap_failure(e, Phase::Auth);
    session.select("INBOX").map_err(imap_err)?;
    let query = format!("HEADER Message-ID \"{}\"", report.message_id);
    let deadline = submitted + request.delivery_timeout;
    let uid = loop {
        cancel.check(Phase::Auth)?;
        let found = session.uid_search(&query).map_err(imap_err)?;
        if let Some(uid) = found.into_iter().min() {
            report.delivered_in = Some(submitted.elapsed());
            break uid;
        }
        if Instant::now() >= deadline {
            let _ = session.logout();
            return Err(Failure::new(
                Category::Timeout,
                Phase::Auth,
                tr!(
                    request.lang,
                    "test-detail-not-arrived",
                    seconds = request.delivery_timeout.as_secs()
                ),
            ));
        }
        thread::sleep(request.poll_interval);
        // NOOP lets the server announce new mail in the selected mailbox.
        session.noop().map_err(imap_err)?;
    };

    session
        .uid_store(uid.to_string(), "+FLAGS.SILENT (\\Deleted)")
        .map_err(imap_err)?;
    let uidplus = session.capabilities().is_ok_and(|c| c.has_str("UIDPLUS"));
    report.removal = if uidplus {
        session.uid_expunge(uid.to_string()).map_err(imap_err)?;
        Removal::Removed
    } else {
        Removal::FlaggedOnly
    };
    let _ = session.logout();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::plan::{Servers, recommend};
    use crate::probe::{ProbeReport, Timings};
    use crate::settings::AccountInput;

    /// Regression: the wizard used to read the test message with the first IMAP login that
    /// worked (the name part) even where the exports use the whole primary address.
    #[test]
    fn the_round_trip_uses_the_recommended_logins() {
        let settings = AccountInput {
            email: "jane@example.com",
            login: Some("jdoe@icloud.com"),
            ..AccountInput::default()
        }
        .parse()
        .unwrap();
        let plan = Plan::new(&settings, &Servers::icloud());
        let reports: Vec<ProbeReport> = plan
            .checks
            .iter()
            .map(|c| ProbeReport {
                request: c.request.clone(),
                result: Ok(()),
                timings: Timings::default(),
            })
            .collect();
        let recommendation = recommend(&plan, &reports);
        let outcome = Outcome {
            reports,
            recommendation,
        };
        let request = RoundTripRequest::for_outcome(&plan, &outcome, "jane@example.com").unwrap();
        assert_eq!(request.imap.username, "jdoe@icloud.com");
        assert_eq!(request.smtp.target.port, 587);
        assert_eq!(request.address, "jane@example.com");

        let mut failed = outcome.clone();
        failed.recommendation.smtp_security = None;
        assert!(RoundTripRequest::for_outcome(&plan, &failed, "jane@example.com").is_none());
    }
}
