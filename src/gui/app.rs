//! The wizard window: state, the frame loop (`logic` then `ui`) and command handling.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use egui::{Key, Ui};

use super::command::Command;
use super::deps::AppDeps;
use super::session::{
    CheckRow, CheckRun, Exports, KeyringState, RoundTripState, RowStatus, SavedPassword,
};
use super::state::{STORAGE_KEY, SavedState, ThemeChoice};
use super::worker::{Msg, Worker};
use super::{nav, steps, theme};
use crate::export::{ExportOptions, Format};
use crate::probe::CancelToken;
use crate::probe::plan::{Event, Outcome, Plan};
use crate::probe::roundtrip::RoundTripRequest;
use crate::provider::Provider;
use crate::save::{save_export, save_exports};
use crate::settings::AccountSettings;
use crate::wizard::{Checks, Draft, Step};

/// The desktop wizard. Build it with [`WizardApp::new`] and hand it to eframe, or drive it
/// headless in tests through [`eframe::App::logic`] and [`eframe::App::ui`].
pub struct WizardApp {
    deps: AppDeps,
    step: Step,
    draft: Draft,
    theme: ThemeChoice,
    /// The folder files were last saved into.
    folder: Option<PathBuf>,
    /// The folder typed when no file dialog can be shown.
    typed_folder: String,
    /// Whether native file dialogs work, checked once.
    dialogs: Result<(), String>,
    worker: Worker,
    started: bool,
    keyring: KeyringState,
    /// The person's choice; `None` until they touch the box (then it follows the keychain).
    remember: Option<bool>,
    saved_password: SavedPassword,
    password_visible: bool,
    /// What happened to the password in the keychain, or why it failed.
    keyring_notice: Option<Result<String, String>>,
    next_run_id: u64,
    run: Option<CheckRun>,
    round_trip: RoundTripState,
    exports: Exports,
    /// The value last copied, to confirm it.
    copied: Option<String>,
    /// A step was entered: focus its first field (or nothing) on the next frame.
    focus_pending: bool,
    /// Something went wrong that belongs to no step (a thread that would not start).
    problem: Option<String>,
    diagnostics: Diagnostics,
}

impl WizardApp {
    /// A wizard at the Welcome step, with `saved` choices from an earlier run filled in.
    pub fn new(deps: AppDeps, saved: SavedState) -> Self {
        let mut draft = Draft::default();
        draft.edit_email(|t| saved.email.clone_into(t));
        draft.edit_login(|t| saved.login.clone_into(t));
        draft.edit_name(|t| saved.name.clone_into(t));
        let dialogs = deps.desktop.dialogs();
        let typed_folder = saved
            .folder
            .as_deref()
            .map(Path::to_path_buf)
            .or_else(|| home_dir().map(|h| h.join("iCloud Mail settings")))
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        Self {
            deps,
            step: Step::Welcome,
            draft,
            theme: saved.theme,
            folder: saved.folder,
            typed_folder,
            dialogs,
            worker: Worker::default(),
            started: false,
            keyring: KeyringState::Checking,
            remember: None,
            saved_password: SavedPassword::Unknown,
            password_visible: false,
            keyring_notice: None,
            next_run_id: 1,
            run: None,
            round_trip: RoundTripState::Idle,
            exports: Exports::default(),
            copied: None,
            focus_pending: true,
            problem: None,
            diagnostics: Diagnostics::from_env(),
        }
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// Everything typed so far.
    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// Every settings file saved so far.
    pub fn saved_files(&self) -> &[PathBuf] {
        &self.exports.saved
    }

    /// The non-secret choices to remember for the next run.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            email: self.draft.email().text().trim().to_owned(),
            login: self.draft.login().text().trim().to_owned(),
            name: self.draft.name().trim().to_owned(),
            folder: self.folder.clone(),
            theme: self.theme,
        }
    }

    /// Whether "Remember in the system keychain" is ticked.
    pub fn remembers_password(&self) -> bool {
        self.remember
            .unwrap_or(self.keyring == KeyringState::Available)
    }

    /// First frame: styles, theme, and the keychain probe.
    fn start(&mut self, ctx: &egui::Context) {
        self.started = true;
        self.worker.attach(ctx);
        theme::apply(ctx);
        ctx.set_theme(self.theme);
        let probe = std::mem::replace(&mut self.deps.keyring_probe, Box::new(|| Ok(())));
        let spawned = self.worker.spawn("wizard-keyring-probe", move |r| {
            r.send(Msg::KeyringProbed(probe()));
        });
        if let Err(e) = spawned {
            self.keyring = KeyringState::Unavailable(e);
        }
    }

    fn handle(&mut self, msg: Msg) {
        match msg {
            Msg::Check { run, event } => {
                let Some(current) = self.run.as_mut().filter(|r| r.id == run) else {
                    return;
                };
                match event {
                    Event::Started { id } => {
                        if let Some(row) = current.rows.get_mut(id) {
                            row.status = RowStatus::Running;
                        }
                    }
                    Event::Finished { id, report } => {
                        if let Some(row) = current.rows.get_mut(id) {
                            row.status = RowStatus::Done(Box::new(report));
                        }
                    }
                }
            }
            Msg::ChecksDone { run, outcome } => {
                if self.run.as_ref().is_some_and(|r| r.id == run)
                    && *self.draft.checks() == Checks::Running
                {
                    self.fill_rows(&outcome);
                    self.draft.finish_checks(outcome);
                }
            }
            Msg::RoundTrip { run, report } => {
                if self.run.as_ref().is_some_and(|r| r.id == run) {
                    self.round_trip = RoundTripState::Done(Box::new(report));
                }
            }
            Msg::KeyringProbed(result) => {
                self.keyring = match result {
                    Ok(()) => KeyringState::Available,
                    Err(e) => KeyringState::Unavailable(e.to_string()),
                };
            }
            Msg::PasswordLoaded { login, result } => {
                if self.saved_password.login() != Some(&login) {
                    return;
                }
                self.saved_password = match result {
                    Ok(Some(secret)) => SavedPassword::Found(login, secret),
                    Ok(None) => SavedPassword::Nothing(login),
                    // No keychain at all: nothing to offer, and the Remember box says why.
                    Err(e) if e.is_unavailable() => SavedPassword::Nothing(login),
                    Err(e) => SavedPassword::Failed(e.to_string()),
                };
            }
            Msg::PasswordStored { result } => {
                self.keyring_notice = Some(result.map_err(|e| e.to_string()));
            }
            Msg::Saved { result } => {
                self.exports.saving = self.exports.saving.saturating_sub(1);
                match result {
                    Ok(paths) => {
                        if let Some(dir) = paths.first().and_then(|p| p.parent()) {
                            self.folder = Some(dir.to_path_buf());
                        }
                        for path in paths {
                            if !self.exports.saved.contains(&path) {
                                self.exports.saved.push(path);
                            }
                        }
                        self.exports.error = None;
                    }
                    Err(e) => self.exports.error = Some(e),
                }
            }
        }
    }

    /// A finished run's reports fill rows whose events were lost to a cancel.
    fn fill_rows(&mut self, outcome: &Outcome) {
        if let Some(run) = &mut self.run {
            for (row, report) in run.rows.iter_mut().zip(&outcome.reports) {
                row.status = RowStatus::Done(Box::new(report.clone()));
            }
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Next => {
                if let Ok(to) = self.step.next(&self.draft) {
                    self.go(to);
                }
            }
            Command::Back => {
                if let Some(to) = self.step.back() {
                    self.go(to);
                }
            }
            Command::GoTo(to) => {
                if to != self.step && to.is_reachable(&self.draft) {
                    self.go(to);
                }
            }
            Command::OpenAppPasswordPage => {
                ctx.open_url(egui::OpenUrl::new_tab(&Provider::icloud().app_password.url));
            }
            Command::UseSavedPassword => {
                if let SavedPassword::Found(_, secret) = &self.saved_password {
                    self.draft.edit_password(|text| {
                        text.clear();
                        text.push_str(secret.expose());
                    });
                }
            }
            Command::ForgetSavedPassword => self.forget_password(),
            Command::RunChecks => self.run_checks(),
            Command::CancelChecks => self.cancel_checks(),
            Command::SkipChecks => {
                self.draft.skip_checks();
                if let Ok(to) = self.step.next(&self.draft) {
                    self.go(to);
                }
            }
            Command::SendTestMessage => self.send_test_message(),
            Command::SaveOne(format) => self.save_one(format),
            Command::SaveAll => self.save_all(),
            Command::OpenFolder(folder) => {
                if let Err(e) = self.deps.desktop.open_folder(&folder) {
                    self.exports.error = Some(e);
                }
            }
            Command::Copy(text) => {
                ctx.copy_text(text.clone());
                self.copied = Some(text);
            }
            Command::SetTheme(choice) => {
                self.theme = choice;
                ctx.set_theme(choice);
            }
            Command::Close => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Leaves the current step for `to`, doing what leaving and entering need.
    fn go(&mut self, to: Step) {
        let from = self.step;
        if from == Step::Password && to > from {
            self.remember_password();
        }
        if from == Step::Test && to != from && *self.draft.checks() == Checks::Running {
            self.cancel_checks();
        }
        self.step = to;
        self.focus_pending = true;
        self.copied = None;
        match to {
            Step::Password => self.look_up_saved_password(),
            Step::Test if *self.draft.checks() == Checks::NotRun => self.run_checks(),
            _ => {}
        }
    }

    fn look_up_saved_password(&mut self) {
        let Ok(settings) = self.draft.account() else {
            return;
        };
        let login = settings.login().clone();
        if self.saved_password.login() == Some(&login) {
            return;
        }
        self.saved_password = SavedPassword::Looking(login.clone());
        let store = Arc::clone(&self.deps.passwords);
        let spawned = self.worker.spawn("wizard-keyring-load", move |r| {
            let result = store.load(&login);
            r.send(Msg::PasswordLoaded { login, result });
        });
        if let Err(e) = spawned {
            self.saved_password = SavedPassword::Failed(e);
        }
    }

    fn remember_password(&mut self) {
        if !self.remembers_password() || self.keyring != KeyringState::Available {
            return;
        }
        let (Ok(settings), Ok(password)) = (self.draft.account(), self.draft.app_password()) else {
            return;
        };
        let secret = password.secret().clone();
        if let SavedPassword::Found(login, saved) = &self.saved_password
            && login == settings.login()
            && *saved == secret
        {
            return;
        }
        let login = settings.login().clone();
        self.saved_password = SavedPassword::Unknown;
        let store = Arc::clone(&self.deps.passwords);
        let spawned = self.worker.spawn("wizard-keyring-save", move |r| {
            let result = store.save(&login, &secret).map(|()| {
                format!(
                    "Your app-specific password is saved in {} for {login}",
                    store.location()
                )
            });
            r.send(Msg::PasswordStored { result });
        });
        if let Err(e) = spawned {
            self.keyring_notice = Some(Err(e));
        }
    }

    fn forget_password(&mut self) {
        let SavedPassword::Found(login, _) = &self.saved_password else {
            return;
        };
        let login = login.clone();
        self.saved_password = SavedPassword::Nothing(login.clone());
        let store = Arc::clone(&self.deps.passwords);
        let spawned = self.worker.spawn("wizard-keyring-forget", move |r| {
            let result = store.forget(&login).map(|_| {
                format!(
                    "The password saved for {login} was removed from {}",
                    store.location()
                )
            });
            r.send(Msg::PasswordStored { result });
        });
        if let Err(e) = spawned {
            self.keyring_notice = Some(Err(e));
        }
    }

    fn run_checks(&mut self) {
        let (Ok(settings), Ok(password)) = (self.draft.account(), self.draft.app_password()) else {
            return;
        };
        let secret = password.secret().clone();
        if let Some(old) = &self.run {
            old.cancel.cancel();
        }
        let plan = Plan::new(&settings, &self.deps.checks.servers());
        let id = self.next_run_id;
        self.next_run_id += 1;
        let cancel = CancelToken::new();
        self.run = Some(CheckRun {
            id,
            cancel: cancel.clone(),
            rows: plan
                .checks
                .iter()
                .map(|c| CheckRow {
                    title: c.title(),
                    status: RowStatus::Waiting,
                })
                .collect(),
            plan: plan.clone(),
        });
        self.round_trip = RoundTripState::Idle;
        self.draft.start_checks();
        let runner = Arc::clone(&self.deps.checks);
        let spawned = self.worker.spawn("wizard-checks", move |r| {
            let outcome = runner.run(&plan, &secret, &cancel, &mut |event| {
                r.send(Msg::Check { run: id, event });
            });
            r.send(Msg::ChecksDone { run: id, outcome });
        });
        if let Err(e) = spawned {
            self.draft.cancel_checks();
            self.problem = Some(e);
        }
    }

    fn cancel_checks(&mut self) {
        if let Some(run) = &self.run {
            run.cancel.cancel();
        }
        self.draft.cancel_checks();
    }

    fn send_test_message(&mut self) {
        let (Checks::Finished(outcome), Some(run)) = (self.draft.checks(), &self.run) else {
            return;
        };
        let (Ok(settings), Ok(password)) = (self.draft.account(), self.draft.app_password()) else {
            return;
        };
        let Some(request) =
            RoundTripRequest::for_outcome(&run.plan, outcome, settings.email().as_str())
        else {
            return;
        };
        let id = run.id;
        let cancel = run.cancel.clone();
        let secret = password.secret().clone();
        let runner = Arc::clone(&self.deps.checks);
        self.round_trip = RoundTripState::Running;
        let spawned = self.worker.spawn("wizard-round-trip", move |r| {
            let report = runner.round_trip(&request, &secret, &cancel);
            r.send(Msg::RoundTrip { run: id, report });
        });
        if let Err(e) = spawned {
            self.round_trip = RoundTripState::Idle;
            self.problem = Some(e);
        }
    }

    fn export_inputs(&self) -> Option<(AccountSettings, ExportOptions)> {
        let settings = self.draft.export_settings().ok()?;
        let password = self
            .draft
            .include_password
            .then(|| self.draft.app_password().ok())
            .flatten()
            .map(|p| p.secret().clone());
        Some((settings, ExportOptions { password }))
    }

    /// The folder typed when no dialog can be shown, made absolute (`~` is the home folder).
    fn typed_folder(&self) -> Result<PathBuf, String> {
        let text = self.typed_folder.trim();
        let path = match text.strip_prefix('~') {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => home_dir()
                .ok_or("there is no home folder to put ~ in")?
                .join(rest.trim_start_matches(['/', '\\'])),
            _ => PathBuf::from(text),
        };
        if text.is_empty() {
            Err("Type the folder to save into".into())
        } else if !path.is_absolute() {
            Err(format!(
                "Type the whole path of the folder, starting from the top (for example {})",
                home_dir()
                    .unwrap_or_else(|| PathBuf::from("/home/you"))
                    .join("Documents")
                    .display()
            ))
        } else {
            Ok(path)
        }
    }

    fn save_one(&mut self, format: Format) {
        let Some((settings, options)) = self.export_inputs() else {
            return;
        };
        let file_name = format.file_name(&settings);
        let path = if self.dialogs.is_ok() {
            match self
                .deps
                .desktop
                .save_file(&file_name, self.folder.as_deref())
            {
                Some(path) => path,
                None => return,
            }
        } else {
            match self.typed_folder() {
                Ok(dir) => dir.join(file_name),
                Err(e) => {
                    self.exports.error = Some(e);
                    return;
                }
            }
        };
        self.spawn_save(move || {
            save_export(&settings, format, &options, &path).map_err(|e| crate::one_line(&e))?;
            Ok(vec![path])
        });
    }

    fn save_all(&mut self) {
        let Some((settings, options)) = self.export_inputs() else {
            return;
        };
        let formats = Format::everything_for(&settings);
        let dir = if self.dialogs.is_ok() {
            match self.deps.desktop.pick_folder(self.folder.as_deref()) {
                Some(dir) => dir,
                None => return,
            }
        } else {
            match self.typed_folder() {
                Ok(dir) => dir,
                Err(e) => {
                    self.exports.error = Some(e);
                    return;
                }
            }
        };
        self.spawn_save(move || {
            save_exports(&settings, &formats, &options, &dir).map_err(|e| crate::one_line(&e))
        });
    }

    fn spawn_save(
        &mut self,
        write: impl FnOnce() -> Result<Vec<PathBuf>, String> + Send + 'static,
    ) {
        self.exports.saving += 1;
        let spawned = self.worker.spawn("wizard-save", move |r| {
            r.send(Msg::Saved { result: write() });
        });
        if let Err(e) = spawned {
            self.exports.saving -= 1;
            self.exports.error = Some(e);
        }
    }

    fn side_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        egui::Panel::left("steps")
            .resizable(false)
            .exact_size(theme::STEP_LIST_WIDTH)
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::PANEL_MARGIN))
            .show(ui, |ui| {
                nav::steps_ui(ui, self.step, &self.draft, self.theme, commands);
            });
    }

    fn nav_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        egui::Panel::bottom("navigation")
            .resizable(false)
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::PANEL_MARGIN))
            .show(ui, |ui| {
                nav::buttons_ui(ui, self.step, &self.draft, commands);
            });
    }

    fn step_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        let focus = std::mem::take(&mut self.focus_pending);
        if focus {
            // Steps without a text field start with nothing focused, so Enter means Next.
            ui.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::central_panel(ui.style()).inner_margin(theme::PANEL_MARGIN))
            .show(ui, |ui| {
                // One scroll position per step: a new step starts at its top.
                egui::ScrollArea::vertical()
                    .id_salt(self.step)
                    .auto_shrink(false)
                    .show(ui, |ui| {
                        // Keep clear of the scroll bar, which floats over the content.
                        ui.set_max_width(ui.available_width() - theme::SCROLLBAR_ROOM);
                        if let Some(problem) = &self.problem {
                            super::ui_ext::UiExt::error_label(ui, problem.as_str());
                        }
                        match self.step {
                            Step::Welcome => steps::welcome::welcome_ui(ui),
                            Step::Address => steps::address::address_ui(ui, &mut self.draft, focus),
                            Step::Password => steps::password::password_ui(
                                ui,
                                &mut steps::password::PasswordView {
                                    draft: &mut self.draft,
                                    visible: &mut self.password_visible,
                                    remember: &mut self.remember,
                                    keyring: &self.keyring,
                                    saved: &self.saved_password,
                                    notice: self.keyring_notice.as_ref(),
                                    store_location: self.deps.passwords.location(),
                                    focus,
                                },
                                commands,
                            ),
                            Step::Test => steps::test::test_ui(
                                ui,
                                &steps::test::TestView {
                                    draft: &self.draft,
                                    run: self.run.as_ref(),
                                    round_trip: &self.round_trip,
                                    notice: self.keyring_notice.as_ref(),
                                },
                                commands,
                            ),
                            Step::Export => steps::export::export_ui(
                                ui,
                                &mut steps::export::ExportView {
                                    draft: &mut self.draft,
                                    dialogs: &self.dialogs,
                                    typed_folder: &mut self.typed_folder,
                                    exports: &self.exports,
                                },
                                commands,
                            ),
                            Step::Done => steps::done::done_ui(
                                ui,
                                &self.draft,
                                &self.exports,
                                self.copied.as_deref(),
                                commands,
                            ),
                        }
                    });
            });
    }
}

impl eframe::App for WizardApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if !self.started {
            self.start(ctx);
        }
        for msg in self.worker.drain() {
            self.handle(msg);
        }
    }

    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let started = Instant::now();
        let focused_before = ui.memory(egui::Memory::focused);
        let enter = ui.input(|i| i.modifiers.is_none() && i.key_pressed(Key::Enter));
        let mut commands = Vec::new();

        self.side_ui(ui, &mut commands);
        self.nav_ui(ui, &mut commands);
        self.step_ui(ui, &mut commands);

        // Enter is Next, unless a button or checkbox has focus (Enter presses it instead).
        let enter_means_next = focused_before
            .is_none_or(|id| egui::text_edit::TextEditState::load(ui.ctx(), id).is_some());
        if enter && enter_means_next && !commands.contains(&Command::Next) {
            commands.push(Command::Next);
        }
        let ctx = ui.ctx().clone();
        for command in commands {
            self.apply(&ctx, command);
        }
        self.diagnostics
            .frame(started, self.step, self.draft.checks());
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.saved_state());
    }
}

use crate::home_dir;

/// Timing lines on standard error for measurements, switched on by environment variables:
/// `ICLOUD_WIZARD_LOG_FIRST_FRAME=1` prints when the first frame was built,
/// `ICLOUD_WIZARD_LOG_FRAMES=1` prints every frame's build time.
#[derive(Debug, Default)]
struct Diagnostics {
    first_frame: bool,
    frames: bool,
    frames_seen: u64,
}

impl Diagnostics {
    fn from_env() -> Self {
        let on = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
        Self {
            first_frame: on("ICLOUD_WIZARD_LOG_FIRST_FRAME"),
            frames: on("ICLOUD_WIZARD_LOG_FRAMES"),
            frames_seen: 0,
        }
    }

    fn frame(&mut self, started: Instant, step: Step, checks: &Checks) {
        self.frames_seen += 1;
        if !(self.first_frame || self.frames) {
            return;
        }
        let now_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        if self.first_frame && self.frames_seen == 1 {
            eprintln!("icloud-mail-wizard: first frame built at unix_ms={now_ms}");
        }
        if self.frames {
            let running = *checks == Checks::Running;
            eprintln!(
                "icloud-mail-wizard: frame unix_ms={now_ms} build_us={} step={step:?} checks_running={running}",
                started.elapsed().as_micros()
            );
        }
    }
}
