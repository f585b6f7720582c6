//! What the wizard needs from the outside world, passed to [`WizardApp::new`] so tests can
//! replace each part: the connection checks, the password store, the keychain probe, the
//! desktop (file dialogs, the file manager) and the roots a signed profile is judged against.
//!
//! [`AppDeps::system`] is the real set. Tests build their own [`AppDeps`] with a scripted
//! [`CheckRunner`], a [`MemoryStore`](crate::keyring_store::MemoryStore) and a [`Desktop`] whose
//! "dialog" returns a path chosen by the test.
//!
//! [`WizardApp::new`]: super::WizardApp::new

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::dns::{ConfigError, Resolver};
use crate::domain::health::HealthReport;
use crate::domain::{self, DomainVerdict};
use crate::i18n::Lang;
use crate::keyring_store::{KeyringError, KeyringStore, PasswordStore};
use crate::probe::plan::{self, Event, Outcome, Plan, Servers};
use crate::probe::roundtrip::{self, RoundTripReport, RoundTripRequest};
use crate::probe::{CancelToken, ProbeOptions};
use crate::secret::Secret;
use crate::sign::TrustAnchors;

/// Runs connection checks. Called on a worker thread; may block for as long as the checks take.
pub trait CheckRunner: Send + Sync {
    /// The servers to check.
    fn servers(&self) -> Servers;

    /// Runs every check of `plan`, calling `on_event` as each starts and finishes.
    fn run(
        &self,
        plan: &Plan,
        password: &Secret,
        cancel: &CancelToken,
        on_event: &mut dyn FnMut(Event),
    ) -> Outcome;

    /// Sends a test message to the person's own address and reads it back.
    fn round_trip(
        &self,
        request: &RoundTripRequest,
        password: &Secret,
        cancel: &CancelToken,
    ) -> RoundTripReport;
}

/// The real checks: [`plan::run`] and [`roundtrip::run`] against `servers`.
#[derive(Clone, Debug)]
pub struct ProbeRunner {
    servers: Servers,
    options: ProbeOptions,
}

impl ProbeRunner {
    /// iCloud's documented servers, the system's trusted roots, default timeouts.
    pub fn icloud() -> Self {
        Self::new(Servers::icloud(), ProbeOptions::default())
    }

    /// Other servers or options (a test harness, a company CA).
    pub fn new(servers: Servers, options: ProbeOptions) -> Self {
        Self { servers, options }
    }
}

impl CheckRunner for ProbeRunner {
    fn servers(&self) -> Servers {
        self.servers.clone()
    }

    fn run(
        &self,
        plan: &Plan,
        password: &Secret,
        cancel: &CancelToken,
        on_event: &mut dyn FnMut(Event),
    ) -> Outcome {
        plan::run(plan, password, &self.options, cancel, on_event)
    }

    fn round_trip(
        &self,
        request: &RoundTripRequest,
        password: &Secret,
        cancel: &CancelToken,
    ) -> RoundTripReport {
        roundtrip::run(request, password, &self.options, cancel)
    }
}

/// A pause in typing this long starts the lookup: long enough not to ask about every prefix
/// of a domain being typed, short enough to answer before the person reaches for Next.
pub const DOMAIN_LOOKUP_DEBOUNCE: Duration = Duration::from_millis(400);

/// How long one lookup may take before the wizard says the domain could not be checked.
pub const DOMAIN_LOOKUP_LIMIT: Duration = Duration::from_secs(4);

/// Where the wizard asks about domains: the system's name servers, or one chosen name server
/// (a test's on loopback), with a time limit per lookup and a pause in typing before the
/// Address step asks. Its calls block: run them on a worker thread.
#[derive(Clone, Copy, Debug)]
pub struct DnsLookup {
    server: Option<std::net::SocketAddr>,
    limit: Duration,
    debounce: Duration,
}

impl DnsLookup {
    /// The system's name servers.
    pub fn system() -> Self {
        Self {
            server: None,
            limit: DOMAIN_LOOKUP_LIMIT,
            debounce: DOMAIN_LOOKUP_DEBOUNCE,
        }
    }

    /// One name server.
    pub fn server(server: std::net::SocketAddr) -> Self {
        Self {
            server: Some(server),
            ..Self::system()
        }
    }

    /// Another time limit per lookup.
    #[must_use]
    pub fn with_limit(mut self, limit: Duration) -> Self {
        self.limit = limit;
        self
    }

    /// Another pause in typing before the Address step asks.
    #[must_use]
    pub fn with_debounce(mut self, debounce: Duration) -> Self {
        self.debounce = debounce;
        self
    }

    /// How long typing must pause before a lookup starts.
    pub fn debounce(&self) -> Duration {
        self.debounce
    }

    /// Where `domain`'s mail goes (never fails: a failed lookup is
    /// [`VerdictKind::Unchecked`](crate::domain::VerdictKind::Unchecked)).
    pub fn classify(&self, domain: &str, cancel: &CancelToken) -> DomainVerdict {
        match self.server {
            None => domain::classify_with_system(domain, self.limit, cancel),
            Some(server) => domain::classify(domain, &self.resolver(server, cancel)),
        }
    }

    /// The health of `domain`'s records for iCloud+, or why the name servers are unknown.
    pub fn health(&self, domain: &str, cancel: &CancelToken) -> Result<HealthReport, ConfigError> {
        let resolver = match self.server {
            None => Resolver::system()?
                .with_timeout(self.limit)
                .with_cancel(cancel.clone()),
            Some(server) => self.resolver(server, cancel),
        };
        Ok(domain::health::check(domain, &resolver))
    }

    fn resolver(&self, server: std::net::SocketAddr, cancel: &CancelToken) -> Resolver {
        Resolver::with_server(server)
            .with_timeout(self.limit)
            .with_cancel(cancel.clone())
    }
}

/// File dialogs and the file manager. Called on the UI thread (native dialogs are modal).
pub trait Desktop {
    /// Whether native file dialogs can be shown; the reason (in `lang`) when they cannot.
    fn dialogs(&self, lang: Lang) -> Result<(), String>;

    /// Asks where to save a file, in a dialog titled `title`, suggesting `file_name` in
    /// `folder`. `None` when cancelled.
    fn save_file(&self, title: &str, file_name: &str, folder: Option<&Path>) -> Option<PathBuf>;

    /// Asks for a folder, in a dialog titled `title`, starting in `folder`. `None` when
    /// cancelled.
    fn pick_folder(&self, title: &str, folder: Option<&Path>) -> Option<PathBuf>;

    /// Asks for an existing file, with `title` and a `filter` (its name and the extensions it
    /// shows), starting in `folder`. `None` when cancelled.
    fn pick_file(
        &self,
        title: &str,
        filter: (&str, &[&str]),
        folder: Option<&Path>,
    ) -> Option<PathBuf>;

    /// Shows `folder` in the system's file manager; the reason (in `lang`) when it cannot.
    fn open_folder(&self, folder: &Path, lang: Lang) -> Result<(), String>;
}

/// The real desktop: rfd's native dialogs and the system's "open" command.
#[derive(Clone, Copy, Debug, Default)]
pub struct NativeDesktop;

impl Desktop for NativeDesktop {
    fn dialogs(&self, lang: Lang) -> Result<(), String> {
        native_dialogs_available().map_err(|()| tr!(lang, "app-no-file-dialogs"))
    }

    fn save_file(&self, title: &str, file_name: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .set_file_name(file_name)
            .set_can_create_directories(true);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    fn pick_folder(&self, title: &str, folder: Option<&Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .set_can_create_directories(true);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_folder()
    }

    fn pick_file(
        &self,
        title: &str,
        (name, extensions): (&str, &[&str]),
        folder: Option<&Path>,
    ) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title(title)
            .add_filter(name, extensions);
        if let Some(folder) = folder.filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        dialog.pick_file()
    }

    fn open_folder(&self, folder: &Path, lang: Lang) -> Result<(), String> {
        let program = if cfg!(windows) {
            "explorer"
        } else if cfg!(target_os = "macos") {
            "open"
        } else {
            "xdg-open"
        };
        let failed = |e: std::io::Error| {
            tr!(
                lang,
                "app-program-failed",
                program = program,
                error = e.to_string()
            )
        };
        let mut child = std::process::Command::new(program)
            .arg(folder)
            .spawn()
            .map_err(failed)?;
        // Reap it when it exits, so no zombie process is left behind.
        std::thread::Builder::new()
            .name("open-folder".into())
            .spawn(move || {
                let _ = child.wait();
            })
            .map(drop)
            .map_err(failed)
    }
}

/// On Linux and the BSDs rfd shows the desktop portal's file chooser, or zenity's; with neither
/// it silently returns "cancelled". Say so up front instead.
#[cfg(all(unix, not(target_os = "macos")))]
fn native_dialogs_available() -> Result<(), ()> {
    if on_path("zenity") || file_chooser_portal() {
        Ok(())
    } else {
        Err(())
    }
}

/// Windows and macOS always have their own file dialogs (the same signature as the check above).
#[cfg(not(all(unix, not(target_os = "macos"))))]
#[allow(
    clippy::unnecessary_wraps,
    reason = "one signature for every platform; only the Linux one can fail"
)]
fn native_dialogs_available() -> Result<(), ()> {
    Ok(())
}

#[cfg(all(unix, not(target_os = "macos")))]
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// Whether a session bus is there and an installed portal backend offers a file chooser.
#[cfg(all(unix, not(target_os = "macos")))]
fn file_chooser_portal() -> bool {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    if !bus {
        return false;
    }
    let data_dirs = std::env::var("XDG_DATA_DIRS")
        .ok()
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    data_dirs.split(':').any(|dir| {
        let Ok(entries) = std::fs::read_dir(Path::new(dir).join("xdg-desktop-portal/portals"))
        else {
            return false;
        };
        entries.flatten().any(|entry| {
            std::fs::read_to_string(entry.path())
                .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
        })
    })
}

/// Checks whether a system keychain works, without saving anything. Run on a worker thread.
pub type KeyringProbe = Box<dyn FnOnce() -> Result<(), KeyringError> + Send>;

/// Everything the wizard takes from outside.
pub struct AppDeps {
    /// Connection checks.
    pub checks: Arc<dyn CheckRunner>,
    /// Where passwords are remembered.
    pub passwords: Arc<dyn PasswordStore>,
    /// Whether a keychain works here; decides whether "Remember" starts ticked.
    pub keyring_probe: KeyringProbe,
    /// File dialogs and the file manager.
    pub desktop: Box<dyn Desktop>,
    /// Where Thunderbird's program folder is looked for, in order.
    pub thunderbird_dirs: Vec<PathBuf>,
    /// This computer's addresses a phone may reach, best first (tests give loopback).
    pub lan_addresses: LanAddresses,
    /// Where the wizard asks about domains (the DNS).
    pub domains: DnsLookup,
    /// The roots devices are taken to trust when "Sign profiles" says "Verified" or "Not
    /// Verified": `None` is the bundled list of public roots; tests give their own root.
    pub trust_anchors: Option<Arc<TrustAnchors>>,
    /// The language spoken until the person picks one: the system's (tests give English).
    pub language: Lang,
}

/// Lists the addresses a phone on the same network may reach.
pub type LanAddresses = Box<dyn Fn() -> std::io::Result<Vec<crate::serve::LanAddress>>>;

/// How long the start-up keychain probe waits: a keychain that needs longer is treated as
/// missing (nothing is saved then; the person can still copy the password themselves).
const KEYRING_PROBE_TIMEOUT: Duration = Duration::from_secs(10);

impl AppDeps {
    /// The real services: iCloud's servers, the system keychain, native dialogs.
    pub fn system() -> Self {
        Self {
            checks: Arc::new(ProbeRunner::icloud()),
            passwords: Arc::new(KeyringStore::new()),
            keyring_probe: Box::new(|| {
                KeyringStore::new()
                    .with_timeout(KEYRING_PROBE_TIMEOUT)
                    .probe()
            }),
            desktop: Box::new(NativeDesktop),
            thunderbird_dirs: crate::thunderbird::usual_folders(crate::home_dir().as_deref()),
            lan_addresses: Box::new(crate::serve::lan_addresses),
            language: Lang::system(),
            domains: DnsLookup::system(),
            trust_anchors: None,
        }
    }
}
