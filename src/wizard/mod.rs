//! The wizard's steps and what each needs before the next one: pure data and functions, no GUI.
//!
//! The desktop wizard draws a [`Step`] at a time from a [`Draft`] (everything typed so far).
//! [`Step::next`] either names the following step or returns the [`Blocker`] that the GUI shows
//! beside its disabled Next button; [`Step::back`] never needs anything. Text the person typed is
//! kept as typed beside its parsed value ([`Field`]), so an invalid entry is explained, never
//! wiped.
//!
//! ```
//! use icloud_mail_wizard::wizard::{Blocker, Draft, Step};
//!
//! let mut draft = Draft::default();
//! assert_eq!(Step::Welcome.next(&draft), Ok(Step::Address));
//! assert_eq!(Step::Address.next(&draft), Err(Blocker::NoAddress));
//! draft.edit_email(|text| text.push_str("jane@icloud.com"));
//! assert_eq!(Step::Address.next(&draft), Ok(Step::Password));
//! draft.edit_password(|text| text.push_str("dksi umcn pqcz kdit"));
//! assert_eq!(Step::Password.next(&draft), Ok(Step::Test));
//! assert_eq!(Step::Test.next(&draft), Err(Blocker::ChecksNotRun));
//! draft.skip_checks();
//! assert_eq!(Step::Test.next(&draft), Ok(Step::Export));
//! ```

mod delivery;

use std::fmt;

use zeroize::Zeroizing;

pub use delivery::{AppleDevice, Delivery, Destination, OutlookEdition, Pending};

use crate::address::{AddressError, DomainKind, EmailAddress};
use crate::domain::{self, DomainVerdict};
use crate::i18n::Lang;
use crate::password::{AppPassword, ShapeError};
use crate::probe::plan::{Outcome, Recommendation};
use crate::provider::{Security, UsernameForm};
use crate::settings::{AccountInput, AccountSettings, InputError, SettingsError};

/// A page of the wizard, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// What the wizard does and what the person needs.
    Welcome,
    /// The email address (and, for a custom domain, the primary iCloud address).
    Address,
    /// The app-specific password.
    Password,
    /// The connection test.
    Test,
    /// Where the person reads mail, and getting the settings there.
    Export,
    /// The final settings, for setting up a mail app by hand.
    Done,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Self; 6] = [
        Self::Welcome,
        Self::Address,
        Self::Password,
        Self::Test,
        Self::Export,
        Self::Done,
    ];

    /// The step's name, as the side list shows it.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Self::Welcome => tr!(lang, "step-welcome"),
            Self::Address => tr!(lang, "step-address"),
            Self::Password => tr!(lang, "step-password"),
            Self::Test => tr!(lang, "step-test"),
            Self::Export => tr!(lang, "step-export"),
            Self::Done => tr!(lang, "step-done"),
        }
    }

    /// Position in [`Step::ALL`], from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The step after this one, or why the person cannot go there yet.
    pub fn next(self, draft: &Draft) -> Result<Self, Blocker> {
        match self {
            Self::Welcome => Ok(Self::Address),
            Self::Address => draft.account().map(|_| Self::Password),
            Self::Password => draft.app_password().map(|_| Self::Test),
            Self::Test => match draft.checks() {
                Checks::Finished(_) | Checks::Skipped => Ok(Self::Export),
                Checks::NotRun => Err(Blocker::ChecksNotRun),
                Checks::Running => Err(Blocker::ChecksRunning),
                Checks::Cancelled => Err(Blocker::ChecksCancelled),
            },
            Self::Export => match draft
                .delivery
                .blocker(draft.domain_kind().unwrap_or(DomainKind::ICloud))
            {
                None => Ok(Self::Done),
                Some(pending) => Err(Blocker::Delivery(pending)),
            },
            Self::Done => Err(Blocker::LastStep),
        }
    }

    /// The step before this one; `None` on the first. Going back never needs anything.
    pub fn back(self) -> Option<Self> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i).copied())
    }

    /// Whether `draft` lets the person reach this step from the start (every step before it is
    /// complete). The side list lets them jump to any such step.
    pub fn is_reachable(self, draft: &Draft) -> bool {
        self <= draft.furthest_step()
    }
}

impl fmt::Display for Step {
    /// The title in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.title(Lang::En))
    }
}

/// Why Next is disabled: one short sentence, shown beside the button.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocker {
    /// Nothing typed in the address field.
    NoAddress,
    /// The address does not parse.
    BadAddress(AddressError),
    /// Where this domain's mail goes is being looked up.
    DomainChecking(String),
    /// This domain's mail is known not to go to iCloud, and the person has not confirmed the
    /// address anyway.
    DomainNotConfirmed(String),
    /// The address is at a mail provider's own domain (gmail.com), never at iCloud.
    ProviderAddress {
        /// The domain.
        domain: String,
        /// The provider's name.
        provider: String,
    },
    /// A custom-domain address without the primary iCloud address.
    NoLogin,
    /// The primary iCloud address does not parse.
    BadLogin(AddressError),
    /// The addresses parse but do not fit together (or the name is unusable).
    Settings(SettingsError),
    /// Nothing typed in the password field.
    NoPassword,
    /// The password is not shaped like an app-specific password.
    BadPassword(ShapeError),
    /// The connection test has not been run (or skipped).
    ChecksNotRun,
    /// The connection test is still running.
    ChecksRunning,
    /// The connection test was cancelled before it finished.
    ChecksCancelled,
    /// The mail app step is not settled: something chosen still needs its action.
    Delivery(Pending),
    /// There is no step after [`Step::Done`].
    LastStep,
}

impl Blocker {
    /// Whether Next stays pressable: the answer is on its way, and pressing Next means "go on
    /// once it allows" (a domain lookup).
    pub fn next_can_wait(&self) -> bool {
        matches!(self, Self::DomainChecking(_))
    }
}

impl Blocker {
    /// The sentence shown beside Next, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NoAddress => tr!(lang, "blocker-no-address"),
            Self::BadAddress(e) => tr!(lang, "blocker-bad-address", reason = e.text(lang)),
            Self::DomainChecking(d) => tr!(lang, "blocker-domain-checking", domain = d.as_str()),
            Self::DomainNotConfirmed(d) => {
                tr!(lang, "blocker-domain-not-confirmed", domain = d.as_str())
            }
            Self::ProviderAddress { domain, provider } => tr!(
                lang,
                "blocker-provider-address",
                domain = domain.as_str(),
                provider = provider.as_str()
            ),
            Self::NoLogin => tr!(lang, "blocker-no-login"),
            Self::BadLogin(e) => tr!(lang, "blocker-bad-login", reason = e.text(lang)),
            Self::Settings(e) => sentence(&e.text(lang)),
            Self::NoPassword => tr!(lang, "blocker-no-password"),
            Self::BadPassword(e) => tr!(lang, "blocker-bad-password", reason = e.text(lang)),
            Self::ChecksNotRun => tr!(lang, "blocker-checks-not-run"),
            Self::ChecksRunning => tr!(lang, "blocker-checks-running"),
            Self::ChecksCancelled => tr!(lang, "blocker-checks-cancelled"),
            Self::Delivery(pending) => pending.text(lang),
            Self::LastStep => tr!(lang, "blocker-last-step"),
        }
    }
}

impl fmt::Display for Blocker {
    /// The sentence in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// `text` with its first letter in upper case.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Text as typed, beside what it parses to. Editing keeps the text whatever it parses to.
#[derive(Clone)]
pub struct Field<T, E> {
    text: String,
    parsed: Result<T, E>,
    parse: fn(&str) -> Result<T, E>,
}

impl<T, E> Field<T, E> {
    /// An empty field that parses its text with `parse`.
    pub fn new(parse: fn(&str) -> Result<T, E>) -> Self {
        Self {
            text: String::new(),
            parsed: parse(""),
            parse,
        }
    }

    /// The text as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What the text parses to.
    pub fn parsed(&self) -> &Result<T, E> {
        &self.parsed
    }

    /// Whether nothing but white space was typed.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Replaces the text. Returns whether it changed.
    pub fn set(&mut self, text: &str) -> bool {
        self.edit(|t| {
            if t != text {
                text.clone_into(t);
            }
        })
        .1
    }

    /// Lets `f` edit the text (a text box does), then parses it again if it changed. Returns
    /// what `f` returned and whether the text changed.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> (R, bool) {
        let before = self.text.clone();
        let out = f(&mut self.text);
        let changed = before != self.text;
        if changed {
            self.parsed = (self.parse)(&self.text);
        }
        (out, changed)
    }
}

impl<T: fmt::Debug, E: fmt::Debug> fmt::Debug for Field<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Field")
            .field("text", &self.text)
            .field("parsed", &self.parsed)
            .finish_non_exhaustive()
    }
}

/// The password as typed, beside its parsed shape. Every copy is wiped when dropped and nothing
/// prints it.
pub struct PasswordField {
    text: Zeroizing<String>,
    parsed: Result<AppPassword, ShapeError>,
}

/// Room reserved for the typed password, so typing does not reallocate and leave copies behind.
const PASSWORD_CAPACITY: usize = 256;

impl Default for PasswordField {
    fn default() -> Self {
        Self {
            text: Zeroizing::new(String::with_capacity(PASSWORD_CAPACITY)),
            parsed: Err(ShapeError::Empty),
        }
    }
}

impl PasswordField {
    /// The text as typed. Expose it only to the text box that shows it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The password, if it has the app-specific shape.
    pub fn parsed(&self) -> &Result<AppPassword, ShapeError> {
        &self.parsed
    }

    /// Lets `f` edit the text, then checks the shape again if it changed. Returns what `f`
    /// returned and whether the text changed.
    pub fn edit<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> (R, bool) {
        let before = Zeroizing::new(self.text.as_str().to_owned());
        let out = f(&mut self.text);
        let changed = *before != *self.text;
        if changed {
            self.parsed = AppPassword::parse(&self.text);
        }
        (out, changed)
    }
}

impl fmt::Debug for PasswordField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PasswordField")
            .field("text", &"***")
            .field("parsed", &self.parsed.as_ref().map(|_| "***"))
            .finish()
    }
}

/// Where the connection test stands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Checks {
    /// Not started (or the address or password changed since it ran).
    #[default]
    NotRun,
    /// Running now.
    Running,
    /// Cancelled before it finished.
    Cancelled,
    /// Finished, whatever the outcome: a person behind a firewall may still export.
    Finished(Outcome),
    /// The person chose not to run it.
    Skipped,
}

/// What the test found, to be said in any language: the recommendation and the settings it
/// gives (`None` when the settings cannot be made).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Findings {
    /// What worked.
    pub recommendation: Recommendation,
    /// The settings with the findings applied.
    pub applied: Option<AccountSettings>,
}

impl Findings {
    /// The findings in words ([`Recommendation::describe`]), in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.applied
            .as_ref()
            .map(|applied| self.recommendation.describe(applied, lang))
            .unwrap_or_default()
    }
}

/// What the exported files are based on, for the sentence the Export and Done steps show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportBasis {
    /// Both an IMAP and an SMTP login worked: the files use what worked.
    Tested(Findings),
    /// Some logins worked: those findings are used, iCloud's documented values elsewhere.
    PartlyTested(Findings),
    /// The test ran but no login worked: iCloud's documented values.
    FailedTest,
    /// The test was skipped (or not run): iCloud's documented values.
    Untested,
}

impl ExportBasis {
    /// The sentence, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Tested(found) => tr!(lang, "basis-tested", found = found.text(lang)),
            Self::PartlyTested(found) => {
                tr!(lang, "basis-partly-tested", found = found.text(lang))
            }
            Self::FailedTest => tr!(lang, "basis-failed-test"),
            Self::Untested => tr!(lang, "basis-untested"),
        }
    }
}

impl fmt::Display for ExportBasis {
    /// The sentence in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Everything typed and decided so far. Holds the password only in memory.
#[derive(Debug)]
pub struct Draft {
    email: Field<EmailAddress, AddressError>,
    login: Field<EmailAddress, AddressError>,
    name: String,
    password: PasswordField,
    checks: Checks,
    /// Where the person reads mail, and what was done for each place.
    pub delivery: Delivery,
    /// Whether the Apple profile carries the password.
    pub include_password: bool,
    /// What a lookup found about a domain: the address's, unless it has changed since.
    domain_verdict: Option<DomainVerdict>,
    /// The domain the person confirmed although its mail is not known to go to iCloud.
    domain_confirmed: Option<String>,
}

impl Default for Draft {
    fn default() -> Self {
        Self {
            email: Field::new(EmailAddress::parse),
            login: Field::new(EmailAddress::parse),
            name: String::new(),
            password: PasswordField::default(),
            checks: Checks::NotRun,
            delivery: Delivery::default(),
            include_password: false,
            domain_verdict: None,
            domain_confirmed: None,
        }
    }
}

impl Draft {
    /// The address field.
    pub fn email(&self) -> &Field<EmailAddress, AddressError> {
        &self.email
    }

    /// The primary-iCloud-address field (used for custom domains only).
    pub fn login(&self) -> &Field<EmailAddress, AddressError> {
        &self.login
    }

    /// The sender name as typed (optional).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The password field.
    pub fn password(&self) -> &PasswordField {
        &self.password
    }

    /// Edits the address; a change makes an earlier connection test stale.
    pub fn edit_email<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> R {
        let (out, changed) = self.email.edit(f);
        self.invalidate_checks_if(changed);
        out
    }

    /// Edits the primary iCloud address; a change makes an earlier connection test stale.
    pub fn edit_login<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> R {
        let (out, changed) = self.login.edit(f);
        self.invalidate_checks_if(changed && self.needs_login());
        out
    }

    /// Edits the sender name (it does not affect the test).
    pub fn edit_name<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> R {
        f(&mut self.name)
    }

    /// Edits the password; a change makes an earlier connection test stale.
    pub fn edit_password<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> R {
        let (out, changed) = self.password.edit(f);
        self.invalidate_checks_if(changed);
        out
    }

    fn invalidate_checks_if(&mut self, changed: bool) {
        if changed && self.checks != Checks::Running {
            self.checks = Checks::NotRun;
            self.delivery.reset_done();
        }
    }

    /// Whose domain the address is on, once it parses.
    pub fn domain_kind(&self) -> Option<DomainKind> {
        self.email.parsed().as_ref().ok().map(EmailAddress::kind)
    }

    /// The address's domain (normalised) when it parses and is not one of iCloud's own: the one
    /// to ask the DNS about.
    pub fn domain_to_look_up(&self) -> Option<String> {
        let address = self.email.parsed().as_ref().ok()?;
        (address.kind() == DomainKind::Custom && domain::needs_lookup(address.domain()))
            .then(|| domain::normalize(address.domain()))
    }

    /// What is known about the address's domain; `None` until a lookup for it has answered.
    pub fn domain_verdict(&self) -> Option<&DomainVerdict> {
        let domain = self.domain_to_look_up()?;
        self.domain_verdict.as_ref().filter(|v| v.domain == domain)
    }

    /// Records what a lookup found. A verdict for a domain no longer typed is kept but not used
    /// (see [`Self::domain_verdict`]).
    pub fn set_domain_verdict(&mut self, verdict: DomainVerdict) {
        self.domain_verdict = Some(verdict);
    }

    /// Whether the person confirmed the address although its domain's mail is not known to go
    /// to iCloud (the domain may be moving there right now).
    pub fn domain_confirmed(&self) -> bool {
        self.domain_to_look_up()
            .is_some_and(|d| self.domain_confirmed.as_deref() == Some(d.as_str()))
    }

    /// Confirms the address's domain, or takes the confirmation back.
    pub fn confirm_domain(&mut self, confirmed: bool) {
        self.domain_confirmed = if confirmed {
            self.domain_to_look_up()
        } else {
            None
        };
    }

    /// What to say first, in `lang`, when the login fails: the domain's mail is not at iCloud.
    pub fn login_failure_hint(&self, lang: Lang) -> Option<String> {
        self.domain_verdict()
            .and_then(|verdict| verdict.login_failure_hint(lang))
    }

    /// Whether the address is on a custom domain, so the primary iCloud address is needed.
    pub fn needs_login(&self) -> bool {
        self.domain_kind() == Some(DomainKind::Custom)
    }

    /// The account, or why the Address step is not complete.
    pub fn account(&self) -> Result<AccountSettings, Blocker> {
        if self.email.is_blank() {
            return Err(Blocker::NoAddress);
        }
        if let Err(e) = self.email.parsed() {
            return Err(Blocker::BadAddress(e.clone()));
        }
        if let Some(domain) = self.domain_to_look_up() {
            match self.domain_verdict() {
                None => return Err(Blocker::DomainChecking(domain)),
                Some(v) if v.is_never_icloud() => {
                    return Err(Blocker::ProviderAddress {
                        domain,
                        provider: v.provider_name().unwrap_or_default().to_owned(),
                    });
                }
                Some(v) if v.needs_confirmation() && !self.domain_confirmed() => {
                    return Err(Blocker::DomainNotConfirmed(domain));
                }
                Some(_) => {}
            }
        }
        let needs_login = self.needs_login();
        if needs_login && self.login.is_blank() {
            return Err(Blocker::NoLogin);
        }
        let input = AccountInput {
            email: self.email.text(),
            login: needs_login.then(|| self.login.text()),
            name: Some(&self.name),
            organization: None,
        };
        input.parse().map_err(|e| match e {
            InputError::Email(e) => Blocker::BadAddress(e),
            InputError::Login(e) => Blocker::BadLogin(e),
            InputError::Settings(e) => Blocker::Settings(e),
        })
    }

    /// The password, or why the Password step is not complete.
    pub fn app_password(&self) -> Result<&AppPassword, Blocker> {
        match self.password.parsed() {
            Ok(p) => Ok(p),
            Err(ShapeError::Empty) => Err(Blocker::NoPassword),
            Err(e) => Err(Blocker::BadPassword(e.clone())),
        }
    }

    /// The connection test's state.
    pub fn checks(&self) -> &Checks {
        &self.checks
    }

    /// Marks the test as started.
    pub fn start_checks(&mut self) {
        self.checks = Checks::Running;
    }

    /// Records the test's outcome. Files saved before were made from other settings, so the mail
    /// app step starts over.
    pub fn finish_checks(&mut self, outcome: Outcome) {
        self.checks = Checks::Finished(outcome);
        self.delivery.reset_done();
    }

    /// Marks a running test as cancelled.
    pub fn cancel_checks(&mut self) {
        if self.checks == Checks::Running {
            self.checks = Checks::Cancelled;
        }
    }

    /// Skips the test: the files will use iCloud's documented settings.
    pub fn skip_checks(&mut self) {
        if self.checks != Checks::Running {
            self.checks = Checks::Skipped;
            self.delivery.reset_done();
        }
    }

    /// What the test found to use, once it finished.
    pub fn recommendation(&self) -> Option<Recommendation> {
        match &self.checks {
            Checks::Finished(outcome) => Some(outcome.recommendation),
            _ => None,
        }
    }

    /// What the exports are based on.
    pub fn export_basis(&self) -> ExportBasis {
        let found = |recommendation: Recommendation| Findings {
            recommendation,
            applied: self.export_settings().ok(),
        };
        match self.recommendation() {
            Some(r) if r.is_working() => ExportBasis::Tested(found(r)),
            Some(r) if r.imap_username.is_some() || r.smtp_security.is_some() => {
                ExportBasis::PartlyTested(found(r))
            }
            Some(_) => ExportBasis::FailedTest,
            None => ExportBasis::Untested,
        }
    }

    /// The settings to export: the account with the test's findings applied.
    pub fn export_settings(&self) -> Result<AccountSettings, Blocker> {
        let account = self.account()?;
        Ok(match self.recommendation() {
            Some(recommendation) => recommendation.apply(account),
            None => account,
        })
    }

    /// The last step the person can reach: the first one whose Next is blocked, or Done.
    pub fn furthest_step(&self) -> Step {
        let mut step = Step::Welcome;
        while let Ok(next) = step.next(self) {
            step = next;
        }
        step
    }
}

/// The settings rows the Done step shows: one per protocol.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsRow {
    /// `Incoming (IMAP)` or `Outgoing (SMTP)`, in the language asked for.
    pub protocol: String,
    /// Server host name.
    pub server: String,
    /// Port.
    pub port: u16,
    /// Security, as mail apps word it.
    pub security: Security,
    /// Username.
    pub username: String,
    /// Which form the username takes.
    pub username_form: UsernameForm,
}

/// The incoming and outgoing rows for `settings`, named in `lang`.
pub fn settings_rows(settings: &AccountSettings, lang: Lang) -> [SettingsRow; 2] {
    let row = |protocol, s: &crate::settings::Server| SettingsRow {
        protocol,
        server: s.host.clone(),
        port: s.port,
        security: s.security,
        username: s.username.clone(),
        username_form: s.username_form,
    };
    [
        row(tr!(lang, "done-row-incoming"), settings.imap()),
        row(tr!(lang, "done-row-outgoing"), settings.smtp()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::probe::plan::Outcome;

    fn draft(email: &str) -> Draft {
        let mut d = Draft::default();
        d.edit_email(|t| t.push_str(email));
        d
    }

    /// A draft whose custom domain a lookup found at iCloud.
    fn custom(email: &str) -> Draft {
        let mut d = draft(email);
        let domain = d.domain_to_look_up().unwrap();
        d.set_domain_verdict(at_icloud(&domain));
        d
    }

    fn mx(host: &str) -> crate::dns::Mx {
        crate::dns::Mx {
            preference: 10,
            host: host.to_owned(),
        }
    }

    fn at_icloud(domain: &str) -> DomainVerdict {
        DomainVerdict::new(
            domain.to_owned(),
            domain::kind_from_mx(vec![mx("mx01.mail.icloud.com")]),
        )
    }

    fn outcome(imap: Option<UsernameForm>, smtp: Option<Security>) -> Outcome {
        Outcome {
            reports: Vec::new(),
            recommendation: Recommendation {
                imap_username: imap,
                smtp_security: smtp,
            },
        }
    }

    #[test]
    fn welcome_always_goes_on_and_done_is_last() {
        let d = Draft::default();
        assert_eq!(Step::Welcome.next(&d), Ok(Step::Address));
        assert_eq!(Step::Done.next(&d), Err(Blocker::LastStep));
        assert_eq!(Step::Welcome.back(), None);
    }

    #[test]
    fn back_goes_one_step_back_from_every_step() {
        for pair in Step::ALL.windows(2) {
            assert_eq!(pair[1].back(), Some(pair[0]));
            assert_eq!(pair[1].index(), pair[0].index() + 1);
        }
    }

    #[test]
    fn address_step_needs_a_valid_address_and_says_why() {
        assert_eq!(
            Step::Address.next(&Draft::default()),
            Err(Blocker::NoAddress)
        );
        assert_eq!(Step::Address.next(&draft("   ")), Err(Blocker::NoAddress));
        let bad = draft("jane.icloud.com");
        assert_eq!(
            Step::Address.next(&bad),
            Err(Blocker::BadAddress(AddressError::MissingAt))
        );
        assert_eq!(bad.email().text(), "jane.icloud.com", "never wiped");
        let text = Step::Address.next(&bad).unwrap_err().to_string();
        assert!(text.starts_with("The address is not valid yet: "), "{text}");
        assert!(!text.ends_with('.'), "{text}");
        assert_eq!(
            Step::Address.next(&draft("Jane@iCloud.com")),
            Ok(Step::Password)
        );
    }

    #[test]
    fn a_providers_own_address_never_goes_on_whatever_is_confirmed_or_typed() {
        let mut d = draft("jane@gmail.com");
        assert_eq!(
            Step::Address.next(&d),
            Err(Blocker::DomainChecking("gmail.com".into()))
        );
        d.set_domain_verdict(domain::classify(
            "gmail.com",
            &crate::dns::Resolver::with_server(([127, 0, 0, 1], 9).into()),
        ));
        let blocker = Blocker::ProviderAddress {
            domain: "gmail.com".into(),
            provider: "Google".into(),
        };
        assert_eq!(Step::Address.next(&d), Err(blocker.clone()));
        d.confirm_domain(true);
        d.edit_login(|t| *t = "jdoe@icloud.com".into());
        assert_eq!(Step::Address.next(&d), Err(blocker.clone()));
        assert_eq!(
            blocker.text(Lang::En),
            "Addresses at gmail.com are Google's: enter your @icloud.com address"
        );
        d.edit_email(|t| *t = "jane@icloud.com".into());
        assert_eq!(Step::Address.next(&d), Ok(Step::Password));
    }

    #[test]
    fn a_custom_domain_waits_for_its_lookup_and_a_domain_elsewhere_for_a_confirmation() {
        let mut d = draft("jane@Example.COM");
        assert_eq!(d.domain_to_look_up().as_deref(), Some("example.com"));
        assert_eq!(
            Step::Address.next(&d),
            Err(Blocker::DomainChecking("example.com".into()))
        );
        assert_eq!(draft("jane@me.com").domain_to_look_up(), None);
        assert_eq!(draft("jane@").domain_to_look_up(), None);

        // Mail at Google: not on to the login until confirmed.
        d.set_domain_verdict(DomainVerdict::new(
            "example.com".into(),
            domain::kind_from_mx(vec![mx("aspmx.l.google.com")]),
        ));
        assert_eq!(
            Step::Address.next(&d),
            Err(Blocker::DomainNotConfirmed("example.com".into()))
        );
        assert!(d.login_failure_hint(Lang::En).unwrap().contains("Google"));
        d.confirm_domain(true);
        assert!(d.domain_confirmed());
        assert_eq!(Step::Address.next(&d), Err(Blocker::NoLogin));

        // Another domain: its own lookup, and the confirmation does not carry over.
        d.edit_email(|t| *t = "jane@example.org".into());
        assert!(
            d.domain_verdict().is_none(),
            "the verdict was for example.com"
        );
        assert!(!d.domain_confirmed());
        d.set_domain_verdict(at_icloud("example.org"));
        assert_eq!(Step::Address.next(&d), Err(Blocker::NoLogin));
        assert_eq!(d.login_failure_hint(Lang::En), None);

        // A lookup that failed lets the person go on.
        let mut offline = draft("jane@example.net");
        offline.set_domain_verdict(DomainVerdict::new(
            "example.net".into(),
            domain::VerdictKind::Unchecked {
                reason: crate::dns::ConfigError::NoServers.into(),
            },
        ));
        offline.edit_login(|t| t.push_str("jdoe@icloud.com"));
        assert_eq!(Step::Address.next(&offline), Ok(Step::Password));
    }

    #[test]
    fn custom_domain_needs_an_icloud_login() {
        let mut d = custom("jane@example.com");
        assert!(d.needs_login());
        assert_eq!(Step::Address.next(&d), Err(Blocker::NoLogin));
        d.edit_login(|t| t.push_str("jane@"));
        assert_eq!(
            Step::Address.next(&d),
            Err(Blocker::BadLogin(AddressError::EmptyDomain))
        );
        d.edit_login(|t| *t = "jane@gmail.com".into());
        assert!(matches!(
            Step::Address.next(&d),
            Err(Blocker::Settings(SettingsError::LoginNotICloud { .. }))
        ));
        assert!(
            Step::Address
                .next(&d)
                .unwrap_err()
                .to_string()
                .starts_with("The login jane@gmail.com")
        );
        d.edit_login(|t| *t = "jdoe@icloud.com".into());
        assert_eq!(Step::Address.next(&d), Ok(Step::Password));
        assert_eq!(d.account().unwrap().imap().username, "jdoe@icloud.com");
    }

    #[test]
    fn a_login_typed_for_a_custom_domain_is_ignored_for_icloud_addresses() {
        let mut d = custom("jane@example.com");
        d.edit_login(|t| t.push_str("not an address"));
        d.edit_email(|t| *t = "jane@icloud.com".into());
        assert!(!d.needs_login());
        assert_eq!(d.account().unwrap().login().as_str(), "jane@icloud.com");
        assert_eq!(d.login().text(), "not an address", "kept for a switch back");
    }

    #[test]
    fn an_unusable_name_blocks_with_its_reason() {
        let mut d = draft("jane@icloud.com");
        d.edit_name(|t| t.push_str("a\u{7}b"));
        let err = Step::Address.next(&d).unwrap_err();
        assert!(matches!(err, Blocker::Settings(_)));
        assert!(err.to_string().starts_with("The name contains"), "{err}");
    }

    #[test]
    fn password_step_needs_the_app_specific_shape() {
        let mut d = draft("jane@icloud.com");
        assert_eq!(Step::Password.next(&d), Err(Blocker::NoPassword));
        d.edit_password(|t| t.push_str("Summer2024!"));
        assert_eq!(
            Step::Password.next(&d),
            Err(Blocker::BadPassword(ShapeError::Digits))
        );
        d.edit_password(|t| *t = " DKSI umcn-pqcz kdit\n".into());
        assert_eq!(Step::Password.next(&d), Ok(Step::Test));
        assert_eq!(
            d.app_password().unwrap().secret().expose(),
            "dksi-umcn-pqcz-kdit"
        );
    }

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let mut d = draft("jane@icloud.com");
        d.edit_password(|t| t.push_str("dksi-umcn-pqcz-kdit"));
        let text = format!("{d:?}");
        assert!(!text.contains("dksi"), "{text}");
    }

    #[test]
    fn test_step_passes_after_any_finished_run_or_a_skip() {
        let mut d = draft("jane@icloud.com");
        assert_eq!(Step::Test.next(&d), Err(Blocker::ChecksNotRun));
        d.start_checks();
        assert_eq!(Step::Test.next(&d), Err(Blocker::ChecksRunning));
        d.skip_checks();
        assert_eq!(d.checks(), &Checks::Running, "no skip while running");
        d.cancel_checks();
        assert_eq!(Step::Test.next(&d), Err(Blocker::ChecksCancelled));
        d.start_checks();
        d.finish_checks(outcome(None, None));
        assert_eq!(Step::Test.next(&d), Ok(Step::Export), "a failed run");
        assert_eq!(d.export_basis(), ExportBasis::FailedTest);
        d.skip_checks();
        assert_eq!(Step::Test.next(&d), Ok(Step::Export));
        assert_eq!(d.export_basis(), ExportBasis::Untested);
        assert_eq!(
            Step::Export.next(&d),
            Err(Blocker::Delivery(Pending::NothingChosen)),
            "Enter on the mail app step never skips it silently"
        );
        d.delivery.skip();
        assert_eq!(Step::Export.next(&d), Ok(Step::Done));
    }

    #[test]
    fn saved_files_go_stale_when_the_settings_change() {
        let mut d = custom("jane@example.com");
        d.edit_login(|t| t.push_str("jdoe@icloud.com"));
        d.edit_password(|t| t.push_str("dksi-umcn-pqcz-kdit"));
        d.skip_checks();
        d.delivery.set_chosen(Destination::ThunderbirdHere, true);
        d.delivery.mark_done(Destination::ThunderbirdHere);
        assert_eq!(Step::Export.next(&d), Ok(Step::Done));
        d.edit_login(|t| t.push('x'));
        assert_eq!(
            Step::Export.next(&d),
            Err(Blocker::Delivery(Pending::ThunderbirdNotSetUp))
        );
    }

    #[test]
    fn editing_the_address_or_password_makes_the_test_stale() {
        let mut d = draft("jane@icloud.com");
        d.finish_checks(outcome(Some(UsernameForm::NamePart), Some(Security::Tls)));
        d.edit_name(|t| t.push_str("Jane"));
        assert!(
            matches!(d.checks(), Checks::Finished(_)),
            "names do not matter"
        );
        d.edit_password(|t| t.push('x'));
        assert_eq!(d.checks(), &Checks::NotRun);
        d.skip_checks();
        d.edit_email(|t| t.push('x'));
        assert_eq!(d.checks(), &Checks::NotRun);
        d.skip_checks();
        d.edit_email(|_| ());
        assert_eq!(d.checks(), &Checks::Skipped, "no change, no reset");
    }

    #[test]
    fn the_recommendation_reaches_the_exports() {
        let mut d = draft("jane@icloud.com");
        d.finish_checks(outcome(
            Some(UsernameForm::FullAddress),
            Some(Security::Tls),
        ));
        let s = d.export_settings().unwrap();
        assert_eq!(s.imap().username, "jane@icloud.com");
        assert_eq!(s.smtp().port, 465);
        let basis = d.export_basis();
        assert!(matches!(basis, ExportBasis::Tested(_)));
        assert_eq!(
            basis.to_string(),
            "The files use what the test found works: IMAP username jane@icloud.com (full address), SMTP port 465 with SSL/TLS"
        );
        d.finish_checks(outcome(None, Some(Security::StartTls)));
        assert!(matches!(d.export_basis(), ExportBasis::PartlyTested(_)));
        assert_eq!(d.export_settings().unwrap().imap().username, "jane");
    }

    #[test]
    fn a_custom_domain_keeps_the_full_address_when_the_name_part_works_too() {
        use crate::probe::plan::{Plan, Servers, recommend};
        use crate::probe::{ProbeReport, Timings};
        let mut d = custom("jane@example.com");
        d.edit_login(|t| t.push_str("jdoe@icloud.com"));
        let plan = Plan::new(&d.account().unwrap(), &Servers::icloud());
        let reports: Vec<ProbeReport> = plan
            .checks
            .iter()
            .map(|c| ProbeReport {
                request: c.request.clone(),
                result: Ok(()),
                timings: Timings::default(),
            })
            .collect();
        // Regression: the plan used to prefer the name part here, switching a custom domain's
        // documented login (the whole primary address) whenever the name part also worked.
        let recommendation = recommend(&plan, &reports);
        assert_eq!(
            recommendation.imap_username,
            Some(UsernameForm::FullAddress)
        );
        d.finish_checks(Outcome {
            reports,
            recommendation,
        });
        let s = d.export_settings().unwrap();
        assert_eq!(s.imap().username, "jdoe@icloud.com");
        assert_eq!(
            d.recommendation().unwrap().imap_username,
            Some(UsernameForm::FullAddress)
        );
    }

    #[test]
    fn furthest_step_walks_until_blocked() {
        let mut d = Draft::default();
        assert_eq!(d.furthest_step(), Step::Address);
        assert!(Step::Welcome.is_reachable(&d));
        assert!(!Step::Password.is_reachable(&d));
        d.edit_email(|t| t.push_str("jane@me.com"));
        assert_eq!(d.furthest_step(), Step::Password);
        d.edit_password(|t| t.push_str("dksiumcnpqczkdit"));
        assert_eq!(d.furthest_step(), Step::Test);
        d.skip_checks();
        // Regression: the side list ticked the mail app step before it was visited.
        assert_eq!(d.furthest_step(), Step::Export);
        assert!(!Step::Done.is_reachable(&d));
        d.delivery.set_chosen(Destination::OtherApp, true);
        assert_eq!(d.furthest_step(), Step::Done);
        assert!(Step::Done.is_reachable(&d));
    }

    #[test]
    fn blocker_texts_are_one_sentence_without_a_final_period() {
        let d = custom("jane@example.com");
        let all = [
            Blocker::NoAddress,
            Blocker::BadAddress(AddressError::Space),
            Blocker::NoLogin,
            Blocker::BadLogin(AddressError::MissingAt),
            Step::Address.next(&d).unwrap_err(),
            Blocker::NoPassword,
            Blocker::BadPassword(ShapeError::Digits),
            Blocker::ChecksNotRun,
            Blocker::ChecksRunning,
            Blocker::ChecksCancelled,
            Blocker::LastStep,
        ];
        for b in all {
            let text = b.to_string();
            assert!(!text.ends_with('.') && !text.contains('\n'), "{text}");
            assert!(text.starts_with(char::is_uppercase), "{text}");
        }
    }

    #[test]
    fn settings_rows_name_every_value() {
        let d = draft("jane@icloud.com");
        let [imap, smtp] = settings_rows(&d.account().unwrap(), Lang::En);
        assert_eq!(imap.protocol, "Incoming (IMAP)");
        assert_eq!(
            (imap.server.as_str(), imap.port, imap.username.as_str()),
            ("imap.mail.me.com", 993, "jane")
        );
        assert_eq!(
            (smtp.server.as_str(), smtp.port, smtp.security),
            ("smtp.mail.me.com", 587, Security::StartTls)
        );
    }
}
