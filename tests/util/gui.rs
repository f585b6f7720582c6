//! Driving the desktop wizard headless with `egui_kittest`, and the fakes it is given: scripted
//! checks, a desktop whose "file dialog" returns a test folder, and a keychain probe answer.

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use icloud_mail_wizard::gui::{AppDeps, CheckRunner, Desktop, DnsLookup, SavedState, WizardApp};
use icloud_mail_wizard::i18n::Lang;
use icloud_mail_wizard::keyring_store::{MemoryStore, PasswordStore};
use icloud_mail_wizard::probe::plan::{self, Check, Event, Outcome, Plan, Servers};
use icloud_mail_wizard::probe::roundtrip::{Removal, RoundTripReport, RoundTripRequest};
use icloud_mail_wizard::probe::{
    CancelToken, Category, Failure, Phase, ProbeReport, Protocol, Target, Timings,
};
use icloud_mail_wizard::provider::Security;
use icloud_mail_wizard::secret::Secret;
use icloud_mail_wizard::sign::TrustAnchors;

/// The window size the tests draw at (the app's default size).
pub const SIZE: [f32; 2] = [920.0, 700.0];

/// How a scripted check ends: `None` for a working login.
pub type Verdict = fn(&Check) -> Option<Category>;

/// The name server every wizard in a test binary asks: dnsmasq on loopback with the zones of
/// `tests/util/dnsmasq.rs` (example.com and example.org are iCloud+ custom domains there).
pub fn dns() -> &'static super::dnsmasq::Dnsmasq {
    static DNS: std::sync::OnceLock<super::dnsmasq::Dnsmasq> = std::sync::OnceLock::new();
    DNS.get_or_init(|| {
        super::require(&["dnsmasq"], "the wizard's domain lookups");
        super::dnsmasq::Dnsmasq::start()
    })
}

/// Every login works.
pub fn all_ok(_: &Check) -> Option<Category> {
    None
}

/// Every login is refused.
#[allow(clippy::unnecessary_wraps, reason = "it is a `Verdict`")]
pub fn all_refused(_: &Check) -> Option<Category> {
    Some(Category::AuthFailed)
}

/// A gate the scripted checks wait at, until the test opens it (or the run is cancelled).
#[derive(Default)]
pub struct Gate {
    open: Mutex<bool>,
    changed: Condvar,
}

impl Gate {
    /// Lets every waiting and later check finish.
    pub fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.changed.notify_all();
    }

    fn wait(&self, cancel: &CancelToken) {
        let mut open = self.open.lock().unwrap();
        while !*open && !cancel.is_cancelled() {
            open = self
                .changed
                .wait_timeout(open, Duration::from_millis(10))
                .unwrap()
                .0;
        }
    }
}

/// Checks that answer from a script instead of the network.
pub struct FakeChecks {
    verdict: Verdict,
    gate: Option<Arc<Gate>>,
    runs: Mutex<usize>,
}

impl FakeChecks {
    /// Checks that end as `verdict` says, at once.
    pub fn new(verdict: Verdict) -> Self {
        Self {
            verdict,
            gate: None,
            runs: Mutex::new(0),
        }
    }

    /// Checks that end as `verdict` says once `gate` opens.
    pub fn gated(verdict: Verdict, gate: Arc<Gate>) -> Self {
        Self {
            gate: Some(gate),
            ..Self::new(verdict)
        }
    }

    /// How many runs were started.
    pub fn runs(&self) -> usize {
        *self.runs.lock().unwrap()
    }
}

fn fake_target(port: u16, security: Security) -> Target {
    Target {
        host: "mail.test".into(),
        port,
        security,
    }
}

impl CheckRunner for FakeChecks {
    fn servers(&self) -> Servers {
        Servers {
            imap: fake_target(993, Security::Tls),
            smtp_starttls: fake_target(587, Security::StartTls),
            smtp_tls: fake_target(465, Security::Tls),
        }
    }

    fn run(
        &self,
        plan: &Plan,
        _password: &Secret,
        cancel: &CancelToken,
        on_event: &mut dyn FnMut(Event),
    ) -> Outcome {
        *self.runs.lock().unwrap() += 1;
        for check in &plan.checks {
            on_event(Event::Started { id: check.id });
        }
        if let Some(gate) = &self.gate {
            gate.wait(cancel);
        }
        let mut reports = Vec::new();
        for check in &plan.checks {
            let category = if cancel.is_cancelled() {
                Some(Category::Cancelled)
            } else {
                (self.verdict)(check)
            };
            let report = ProbeReport {
                request: check.request.clone(),
                result: match category {
                    None => Ok(()),
                    Some(category) => Err(Failure {
                        category,
                        phase: match category {
                            Category::AuthFailed => Phase::Auth,
                            _ => Phase::Connect,
                        },
                        cert: None,
                        detail: category.name().into(),
                        server_text: None,
                    }),
                },
                timings: Timings {
                    connect: Some(Duration::from_millis(12)),
                    tls: Some(Duration::from_millis(30)),
                    greeting: Some(Duration::from_millis(5)),
                    auth: category.is_none().then(|| Duration::from_millis(40)),
                    total: Duration::from_millis(90),
                },
            };
            on_event(Event::Finished {
                id: check.id,
                report: report.clone(),
            });
            reports.push(report);
        }
        let recommendation = plan::recommend(plan, &reports);
        Outcome {
            reports,
            recommendation,
        }
    }

    fn round_trip(
        &self,
        request: &RoundTripRequest,
        _password: &Secret,
        _cancel: &CancelToken,
    ) -> RoundTripReport {
        assert_eq!(request.smtp.protocol, Protocol::Smtp);
        assert_eq!(request.imap.protocol, Protocol::Imap);
        RoundTripReport {
            message_id: "<test@icloud-mail-wizard.invalid>".into(),
            sent_in: Some(Duration::from_millis(80)),
            delivered_in: Some(Duration::from_millis(120)),
            removal: Removal::Removed,
            result: Ok(()),
        }
    }
}

/// A desktop whose dialogs answer with paths chosen by the test.
#[derive(Clone, Default)]
pub struct FakeDesktop {
    /// Why dialogs cannot be shown; `None` when they can.
    pub unavailable: Option<String>,
    /// The folder the dialogs "choose".
    pub folder: PathBuf,
    /// Folders the file manager was asked to show.
    pub opened: Arc<Mutex<Vec<PathBuf>>>,
    /// The files the open dialog "chooses", in turn; it is cancelled when none is left.
    pub files: Arc<Mutex<VecDeque<PathBuf>>>,
}

impl Desktop for FakeDesktop {
    fn dialogs(&self, _lang: Lang) -> Result<(), String> {
        self.unavailable.clone().map_or(Ok(()), Err)
    }

    fn save_file(&self, _title: &str, file_name: &str, _folder: Option<&Path>) -> Option<PathBuf> {
        Some(self.folder.join(file_name))
    }

    fn pick_folder(&self, _title: &str, _folder: Option<&Path>) -> Option<PathBuf> {
        Some(self.folder.clone())
    }

    fn pick_file(
        &self,
        _title: &str,
        _filter: (&str, &[&str]),
        _folder: Option<&Path>,
    ) -> Option<PathBuf> {
        self.files.lock().unwrap().pop_front()
    }

    fn open_folder(&self, folder: &Path, _lang: Lang) -> Result<(), String> {
        self.opened.lock().unwrap().push(folder.to_owned());
        Ok(())
    }
}

/// What a test wires into the app, kept so it can look at it afterwards.
pub struct Fakes {
    /// The scripted checks.
    pub checks: Arc<FakeChecks>,
    /// The password store.
    pub store: Arc<MemoryStore>,
    /// Whether a keychain "works".
    pub keyring_works: bool,
    /// The desktop.
    pub desktop: FakeDesktop,
    /// Where the app looks for Thunderbird's program folder (nowhere real: a test makes one).
    pub thunderbird_dirs: Vec<PathBuf>,
    /// Domain lookups: [`dns`] without a pause in typing, unless a test changes it.
    pub domains: DnsLookup,
    /// The roots "Sign profiles" judges against (`None`: the bundled public roots).
    pub trust_anchors: Option<Arc<TrustAnchors>>,
    /// This computer's network addresses: a phone on "the network" is a client on loopback.
    pub lan: Vec<icloud_mail_wizard::serve::LanAddress>,
    /// A temp folder for files (dropped with the fakes).
    pub dir: tempfile::TempDir,
}

impl Fakes {
    /// Working checks, a working in-memory keychain, dialogs that choose a temp folder.
    pub fn new(verdict: Verdict) -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self {
            checks: Arc::new(FakeChecks::new(verdict)),
            store: Arc::new(MemoryStore::new()),
            keyring_works: true,
            desktop: FakeDesktop {
                unavailable: None,
                folder: dir.path().join("chosen"),
                opened: Arc::default(),
                files: Arc::default(),
            },
            thunderbird_dirs: vec![dir.path().join("no-thunderbird-here")],
            domains: DnsLookup::server(dns().addr).with_debounce(Duration::ZERO),
            trust_anchors: None,
            lan: vec![icloud_mail_wizard::serve::LanAddress {
                interface: "lo".into(),
                ip: std::net::Ipv4Addr::LOCALHOST.into(),
            }],
            dir,
        }
    }

    /// The services for a new app.
    pub fn deps(&self) -> AppDeps {
        let works = self.keyring_works;
        let store: Arc<dyn PasswordStore> = self.store.clone();
        AppDeps {
            checks: self.checks.clone(),
            passwords: store.clone(),
            keyring_probe: Box::new(move || {
                if works {
                    Ok(())
                } else {
                    // The unavailable store's own error is the one a machine without one gives.
                    MemoryStore::unavailable()
                        .load(&"probe@icloud.com".parse().unwrap())
                        .map(drop)
                }
            }),
            desktop: Box::new(self.desktop.clone()),
            thunderbird_dirs: self.thunderbird_dirs.clone(),
            lan_addresses: {
                let lan = self.lan.clone();
                Box::new(move || Ok(lan.clone()))
            },
            domains: self.domains,
            trust_anchors: self.trust_anchors.clone(),
            // The tests find widgets by their English labels, whatever this machine speaks.
            language: Lang::En,
        }
    }
}

/// The wizard in a headless harness, driven through `eframe::App::logic` and `ui` as eframe
/// drives it.
pub fn harness(deps: AppDeps, saved: SavedState) -> Harness<'static, WizardApp> {
    harness_sized(deps, saved, SIZE)
}

/// [`harness`] in a window of `size` points.
pub fn harness_sized(
    deps: AppDeps,
    saved: SavedState,
    size: [f32; 2],
) -> Harness<'static, WizardApp> {
    // What egui_kittest's own eframe integration passes to an app's `logic` and `ui`.
    let mut frame = eframe::Frame::_new_kittest();
    let mut harness = Harness::builder().with_size(size).build_ui_state(
        move |ui, app: &mut WizardApp| {
            eframe::App::logic(app, ui.ctx(), &mut frame);
            eframe::App::ui(app, ui, &mut frame);
        },
        WizardApp::new(deps, saved),
    );
    settle(&mut harness);
    harness
}

/// Steps until nothing changes any more (or a few frames passed while a spinner turns).
pub fn settle(h: &mut Harness<'_, WizardApp>) {
    for _ in 0..6 {
        h.step();
    }
}

/// Steps until `done` holds, panicking with `what` after 10 s.
pub fn step_until(
    h: &mut Harness<'_, WizardApp>,
    what: &str,
    done: impl Fn(&Harness<'_, WizardApp>) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        h.step();
        if done(h) {
            settle(h);
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Whether a node with exactly this label is shown.
pub fn shows(h: &Harness<'_, WizardApp>, label: &str) -> bool {
    h.query_all_by_label(label).next().is_some()
}

/// Whether a node whose label contains `text` is shown.
pub fn shows_text(h: &Harness<'_, WizardApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Clicks the node labelled `label` and lets the app apply it.
/// Scrolls it into view first, as a person would.
pub fn click(h: &mut Harness<'_, WizardApp>, label: &str) {
    scroll_to(h, label);
    h.get_by_label(label).click();
    settle(h);
}

/// Scrolls the node labelled `label` into view.
pub fn scroll_to(h: &mut Harness<'_, WizardApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    settle(h);
}

/// Whether the node labelled `label` is disabled.
pub fn is_disabled(h: &Harness<'_, WizardApp>, label: &str) -> bool {
    h.get_by_label(label).accesskit_node().is_disabled()
}

/// Replaces the text of the field labelled `label` with `text`, as typed.
///
/// A click lands where the field was drawn last frame; when a worker's answer (the keychain's,
/// the domain lookup's) adds a row above it in between, the click misses, so it is repeated
/// until the field has the focus, as a person would click again.
pub fn type_into(h: &mut Harness<'_, WizardApp>, label: &str, text: &str) {
    for _ in 0..5 {
        scroll_to(h, label);
        h.get_by_label(label).click();
        settle(h);
        if h.get_by_label(label).is_focused() {
            break;
        }
    }
    assert!(
        h.get_by_label(label).is_focused(),
        "the field {label:?} did not take the focus after five clicks"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.key_press(egui::Key::Backspace);
    h.get_by_label(label).type_text(text);
    settle(h);
}

/// What the app put on the clipboard in the last frame.
pub fn copied_texts(h: &Harness<'_, WizardApp>) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

/// eframe's storage as a map: what `App::save` would write to `app.ron`.
#[derive(Default)]
pub struct MemStorage(pub std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}
