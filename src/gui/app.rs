//! The wizard window: state, the frame loop (`logic` then `ui`) and command handling.

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use egui::{Key, Ui};

use crate::i18n::Lang;

use super::command::Command;
use super::deps::AppDeps;
use super::session::{KeyringState, SavedPassword};
use super::state::{STORAGE_KEY, SavedState, ThemeChoice};
use super::steps::address::AddressStep;
use super::steps::apps::{AppsMsg, AppsStep, AppsView, ThunderbirdSetup};
use super::steps::password::{PasswordMsg, PasswordStep};
use super::steps::test::TestStep;
use super::worker::{Msg, StepCtx, Worker};
use super::{nav, steps, theme};
use crate::export::{ExportOptions, Format};
use crate::provider::Provider;
use crate::save::{save_export, save_exports};
use crate::settings::AccountSettings;
use crate::thunderbird::{self, AdminCommand, InstallError};
use crate::wizard::{Blocker, Checks, Destination, Draft, Step};

/// What a step's action needs from the app, borrowed field by field so the step itself can be
/// borrowed mutably beside it.
macro_rules! step_ctx {
    ($app:ident) => {
        StepCtx {
            worker: &$app.worker,
            checks: &$app.deps.checks,
            passwords: &$app.deps.passwords,
            domains: &$app.deps.domains,
        }
    };
}

/// The desktop wizard. Build it with [`WizardApp::new`] and hand it to eframe, or drive it
/// headless in tests through [`eframe::App::logic`] and [`eframe::App::ui`].
pub struct WizardApp {
    deps: AppDeps,
    step: Step,
    draft: Draft,
    theme: ThemeChoice,
    /// The language picked, or `None` to follow the system's ([`AppDeps::language`]).
    picked_lang: Option<Lang>,
    /// The language spoken: what the views read with `UiExt::lang`, and the exports' language.
    lang: Lang,
    /// The folder files were last saved into.
    folder: Option<PathBuf>,
    /// The folder typed when no file dialog can be shown.
    typed_folder: String,
    /// Whether native file dialogs work, checked once.
    dialogs: Result<(), String>,
    worker: Worker,
    started: bool,
    /// The Address step.
    address: AddressStep,
    /// The Password step.
    password: PasswordStep,
    /// The Test step.
    test: TestStep,
    /// The mail app step.
    apps: AppsStep,
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
        for destination in &saved.destinations {
            draft.delivery.set_chosen(*destination, true);
        }
        draft.delivery.outlook = saved.outlook;
        draft.delivery.apple_device = saved.apple_device;
        let system_lang = deps.language;
        let dialogs = deps.desktop.dialogs(saved.language.unwrap_or(system_lang));
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
            picked_lang: saved.language,
            lang: saved.language.unwrap_or(system_lang),
            folder: saved.folder,
            typed_folder,
            dialogs,
            worker: Worker::default(),
            started: false,
            address: AddressStep::default(),
            password: PasswordStep::default(),
            test: TestStep::default(),
            apps: AppsStep::remembering(saved.signing),
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
        &self.apps.saved
    }

    /// The non-secret choices to remember for the next run.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            email: self.draft.email().text().trim().to_owned(),
            login: self.draft.login().text().trim().to_owned(),
            name: self.draft.name().trim().to_owned(),
            destinations: self.draft.delivery.chosen().collect(),
            outlook: self.draft.delivery.outlook,
            apple_device: self.draft.delivery.apple_device,
            folder: self.folder.clone(),
            theme: self.theme,
            language: self.picked_lang,
            signing: self.apps.signing.choice.clone(),
        }
    }

    /// Whether "Remember in the system keychain" is ticked.
    pub fn remembers_password(&self) -> bool {
        self.password.remembers()
    }

    /// First frame: styles, theme, and the keychain probe.
    fn start(&mut self, ctx: &egui::Context) {
        self.started = true;
        self.worker.attach(ctx);
        theme::apply(ctx);
        ctx.set_theme(self.theme);
        super::ui_ext::set_lang(ctx, self.lang);
        let probe = std::mem::replace(&mut self.deps.keyring_probe, Box::new(|| Ok(())));
        let spawned = self.worker.spawn("wizard-keyring-probe", move |r| {
            r.send(Msg::Password(PasswordMsg::KeyringProbed(probe())));
        });
        if let Err(e) = spawned {
            self.password.keyring = KeyringState::Unavailable(e.into());
        }
    }

    /// Hands a job's report to the step that started it.
    fn handle(&mut self, msg: Msg) {
        match msg {
            Msg::Address(msg) => {
                let next_was_pressed = self.address.handle(msg, &mut self.draft);
                if next_was_pressed
                    && self.step == Step::Address
                    && let Ok(to) = self.step.next(&self.draft)
                {
                    self.go(to);
                }
            }
            Msg::Password(msg) => self.password.handle(msg),
            Msg::Test(msg) => self.test.handle(msg, &mut self.draft),
            Msg::Apps(msg) => {
                if let Some(folder) = self.apps.handle(msg, &mut self.draft) {
                    self.folder = Some(folder);
                }
            }
        }
    }

    /// Gives the Address step its time to look the address's domain up (at once when
    /// `now_please`), and wakes the window when the typing pause is over.
    fn look_up_domain(&mut self, ctx: &egui::Context, now_please: bool) {
        match self.address.tick(
            &step_ctx!(self),
            &mut self.draft,
            Instant::now(),
            now_please,
        ) {
            Ok(Some(after)) => ctx.request_repaint_after(after),
            Ok(None) => {}
            Err(e) => self.problem = Some(e),
        }
    }

    fn run_checks(&mut self) {
        if let Err(e) = self.test.run(&step_ctx!(self), &mut self.draft) {
            self.problem = Some(e);
        }
    }

    /// Sends the test message, written in the wizard's language.
    fn send_test_message(&mut self) {
        let lang = self.lang;
        if let Err(e) = self
            .test
            .send_test_message(&step_ctx!(self), &self.draft, lang)
        {
            self.problem = Some(e);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Next => match self.step.next(&self.draft) {
                Ok(to) => self.go(to),
                // Next says typing is over: look the domain up without waiting for the pause.
                Err(Blocker::DomainChecking(_)) => self.look_up_domain(ctx, true),
                Err(_) => {}
            },
            Command::UseAddress(address) => {
                self.draft.edit_email(|text| address.clone_into(text));
                self.focus_pending = true;
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
                if let SavedPassword::Found(_, secret) = &self.password.saved {
                    self.draft.edit_password(|text| {
                        text.clear();
                        text.push_str(secret.expose());
                    });
                }
            }
            Command::ForgetSavedPassword => self.password.forget(&step_ctx!(self)),
            Command::RunChecks => self.run_checks(),
            Command::CancelChecks => self.test.cancel(&mut self.draft),
            Command::SkipChecks => {
                self.draft.skip_checks();
                if let Ok(to) = self.step.next(&self.draft) {
                    self.go(to);
                }
            }
            Command::SendTestMessage => self.send_test_message(),
            Command::SaveFor(destination) => self.save_for(destination),
            Command::SetUpThunderbird(dir) => self.set_up_thunderbird(dir),
            Command::ChooseThunderbirdFolder => {
                let title = tr!(self.lang, "app-dialog-thunderbird-folder");
                if let Some(dir) = self.deps.desktop.pick_folder(&title, None) {
                    self.set_up_thunderbird(Some(dir));
                }
            }
            Command::CheckDomainHealth(domain) => {
                if let Err(e) = self.apps.health.start(&step_ctx!(self), &domain) {
                    self.apps.error = Some(e);
                }
            }
            Command::ChooseSigningFile(file) => {
                let folder = self.apps.signing.folder_for(file);
                let (filter, extensions) = file.filter(self.lang);
                let picked = self.deps.desktop.pick_file(
                    &file.dialog_title(self.lang),
                    (&filter, extensions),
                    folder.as_deref(),
                );
                if let Some(path) = picked {
                    let anchors = self.deps.trust_anchors.clone();
                    self.apps.signing.picked(file, &path, &self.worker, anchors);
                }
            }
            Command::CheckSigningIdentity => {
                let anchors = self.deps.trust_anchors.clone();
                self.apps.signing.check(&self.worker, anchors);
            }
            Command::SendToPhone => self.send_to_phone(),
            Command::StopSending => {
                if let Some((server, _)) = &self.apps.sending.server {
                    server.cancel();
                }
            }
            Command::SkipDelivery => {
                self.draft.delivery.skip();
                if let Ok(to) = self.step.next(&self.draft) {
                    self.go(to);
                }
            }
            Command::OpenFolder(folder) => {
                if let Err(e) = self.deps.desktop.open_folder(&folder, self.lang) {
                    self.apps.error = Some(e);
                }
            }
            Command::Copy(text) => {
                ctx.copy_text(text.clone());
                self.copied = Some(text);
            }
            Command::SetTheme(choice) => self.set_theme(ctx, choice),
            Command::SetLang(lang) => self.set_lang(ctx, lang),
            Command::Close => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }

    /// Light, dark or the system's, from the next frame on.
    fn set_theme(&mut self, ctx: &egui::Context, choice: ThemeChoice) {
        self.theme = choice;
        ctx.set_theme(choice);
    }

    /// Speaks `lang` from the next frame on (views and exports) and remembers the choice.
    fn set_lang(&mut self, ctx: &egui::Context, lang: Lang) {
        self.picked_lang = Some(lang);
        self.lang = lang;
        super::ui_ext::set_lang(ctx, lang);
        self.dialogs = self.deps.desktop.dialogs(lang);
    }

    /// Leaves the current step for `to`, doing what leaving and entering need.
    fn go(&mut self, to: Step) {
        let from = self.step;
        if from == Step::Password && to > from {
            self.password.remember(&step_ctx!(self), &self.draft);
        }
        if from == Step::Test && to != from && *self.draft.checks() == Checks::Running {
            self.test.cancel(&mut self.draft);
        }
        self.step = to;
        self.focus_pending = true;
        self.copied = None;
        match to {
            Step::Export if self.apps.sending.addresses.is_none() => {
                self.apps.sending.addresses = Some(
                    (self.deps.lan_addresses)()
                        .map_err(|e| tr!(self.lang, "app-no-addresses", error = e.to_string())),
                );
            }
            Step::Password => self.password.look_up(&step_ctx!(self), &self.draft),
            Step::Test if *self.draft.checks() == Checks::NotRun => self.run_checks(),
            _ => {}
        }
    }

    /// The settings and options for the Apple profile: the password when asked for, signed
    /// while "Sign profiles" is ticked. `None` (with the reason shown) while its identity is not
    /// ready.
    fn export_inputs(&mut self) -> Option<(AccountSettings, ExportOptions)> {
        let settings = self.draft.export_settings().ok()?;
        let password = self
            .draft
            .include_password
            .then(|| self.draft.app_password().ok())
            .flatten()
            .map(|p| p.secret().clone());
        let signing = match self.apps.profile_signing(&self.draft, self.lang) {
            Ok(signing) => signing,
            Err(reason) => {
                self.apps.error = Some(reason);
                return None;
            }
        };
        Some((
            settings,
            ExportOptions {
                password,
                signing,
                lang: self.lang,
            },
        ))
    }

    /// The folder typed when no dialog can be shown, made absolute (`~` is the home folder).
    fn typed_folder(&self) -> Result<PathBuf, String> {
        let text = self.typed_folder.trim();
        let path = match text.strip_prefix('~') {
            Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => home_dir()
                .ok_or_else(|| tr!(self.lang, "app-folder-no-home"))?
                .join(rest.trim_start_matches(['/', '\\'])),
            _ => PathBuf::from(text),
        };
        if text.is_empty() {
            Err(tr!(self.lang, "app-folder-empty"))
        } else if !path.is_absolute() {
            let example = home_dir()
                .unwrap_or_else(|| PathBuf::from("/home/you"))
                .join("Documents");
            Err(tr!(
                self.lang,
                "app-folder-relative",
                example = example.display().to_string()
            ))
        } else {
            Ok(path)
        }
    }

    /// Saves what `destination` needs: one file through a save dialog, or (help desk) every
    /// file into a folder.
    fn save_for(&mut self, destination: Destination) {
        // Only the Apple profile carries a password or a signature.
        let with_profile = matches!(destination, Destination::AppleMail | Destination::HelpDesk);
        let inputs = if with_profile {
            self.export_inputs()
        } else {
            self.draft.export_settings().ok().map(|settings| {
                let options = ExportOptions {
                    lang: self.lang,
                    ..ExportOptions::default()
                };
                (settings, options)
            })
        };
        let Some((settings, options)) = inputs else {
            return;
        };
        match destination {
            Destination::AppleMail => {
                self.save_file(destination, Format::Mobileconfig, settings, options);
            }
            Destination::Outlook => self.save_file(destination, Format::Outlook, settings, options),
            // The PNG and the SVG beside it; printed codes never carry the password.
            Destination::Android => {
                self.save_into_folder(destination, vec![Format::AndroidQr], settings, options);
            }
            Destination::HelpDesk => {
                let formats = Format::everything_for(&settings);
                self.save_into_folder(destination, formats, settings, options);
            }
            // Nothing to save: Thunderbird has its own set-up, another app the last page.
            Destination::ThunderbirdHere | Destination::OtherApp => {}
        }
    }

    /// Saves one single-file `format` where the save dialog (or the typed folder) says.
    fn save_file(
        &mut self,
        destination: Destination,
        format: Format,
        settings: AccountSettings,
        options: ExportOptions,
    ) {
        let file_name = format.file_name(&settings);
        let path = if self.dialogs.is_ok() {
            match self.deps.desktop.save_file(
                &tr!(self.lang, "app-dialog-save-file"),
                &file_name,
                self.folder.as_deref(),
            ) {
                Some(path) => path,
                None => return,
            }
        } else {
            match self.typed_folder() {
                Ok(dir) => dir.join(file_name),
                Err(e) => {
                    self.apps.error = Some(e);
                    return;
                }
            }
        };
        let lang = self.lang;
        self.spawn_save(destination, move || {
            save_export(&settings, format, &options, &path).map_err(|e| e.text(lang))?;
            Ok(vec![path])
        });
    }

    /// Saves every file of `formats` into a folder the dialog (or the typed folder) names.
    fn save_into_folder(
        &mut self,
        destination: Destination,
        formats: Vec<Format>,
        settings: AccountSettings,
        options: ExportOptions,
    ) {
        let Some(dir) = self.ask_folder() else {
            return;
        };
        let lang = self.lang;
        self.spawn_save(destination, move || {
            save_exports(&settings, &formats, &options, &dir).map_err(|e| e.text(lang))
        });
    }

    /// Serves the Apple profile once on the chosen address; the server's events come back as
    /// messages for the mail app step.
    fn send_to_phone(&mut self) {
        let Some((settings, options)) = self.export_inputs() else {
            return;
        };
        let sending = &mut self.apps.sending;
        let Some(Ok(addresses)) = &sending.addresses else {
            return;
        };
        let Some(address) = addresses.get(sending.chosen).or(addresses.first()) else {
            return;
        };
        let config = crate::serve::ServeConfig::new(address.ip);
        let reporter = self.worker.reporter();
        let lang = self.lang;
        let started = crate::serve::Offer::profile(&settings, &options)
            .map_err(|e| crate::one_line(&e))
            .and_then(|offer| {
                crate::serve::start(offer, &config, move |event| {
                    reporter.send(Msg::Apps(AppsMsg::Serve(event.clone())));
                })
                .map_err(|e| e.text(lang))
            })
            .and_then(|server| {
                crate::qr::QrMatrix::encode(server.url().as_bytes(), crate::qr::EcLevel::L)
                    .map(|qr| (server, qr))
                    .map_err(|e| crate::one_line(&e))
            });
        sending.wrong_browser = None;
        // A new server replaces the old one, which stops when dropped.
        match started {
            Ok(server) => {
                sending.server = Some(server);
                sending.error = None;
            }
            Err(e) => {
                sending.server = None;
                sending.error = Some(e);
            }
        }
    }

    /// A folder to save into: the dialog's answer, or the typed folder without dialogs.
    fn ask_folder(&mut self) -> Option<PathBuf> {
        if self.dialogs.is_ok() {
            let title = tr!(self.lang, "app-dialog-pick-folder");
            return self
                .deps
                .desktop
                .pick_folder(&title, self.folder.as_deref());
        }
        match self.typed_folder() {
            Ok(dir) => Some(dir),
            Err(e) => {
                self.apps.error = Some(e);
                None
            }
        }
    }

    /// Puts the Thunderbird file into `dir` (a program folder the person named), or into the
    /// first install found in the usual places. Where that needs administrator rights, the file
    /// is saved into the folder files go to, with the command that copies it into place.
    fn set_up_thunderbird(&mut self, dir: Option<PathBuf>) {
        let Ok(settings) = self.draft.export_settings() else {
            return;
        };
        let candidates = self.deps.thunderbird_dirs.clone();
        let copy_dir = self.typed_folder();
        self.apps.thunderbird = ThunderbirdSetup::Working;
        let lang = self.lang;
        let spawned = self.worker.spawn("wizard-thunderbird", move |r| {
            let setup = set_up_thunderbird(&settings, dir.as_deref(), &candidates, copy_dir, lang);
            r.send(Msg::Apps(AppsMsg::ThunderbirdSetUp(setup)));
        });
        if let Err(e) = spawned {
            self.apps.thunderbird = ThunderbirdSetup::Failed(e);
        }
    }

    fn spawn_save(
        &mut self,
        destination: Destination,
        write: impl FnOnce() -> Result<Vec<PathBuf>, String> + Send + 'static,
    ) {
        self.apps.saving += 1;
        let spawned = self.worker.spawn("wizard-save", move |r| {
            r.send(Msg::Apps(AppsMsg::Saved {
                destination,
                result: write(),
            }));
        });
        if let Err(e) = spawned {
            self.apps.saving -= 1;
            self.apps.error = Some(e);
        }
    }

    fn side_ui(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        egui::Panel::left("steps")
            .resizable(false)
            .exact_size(theme::STEP_LIST_WIDTH)
            .frame(egui::Frame::side_top_panel(ui.style()).inner_margin(theme::PANEL_MARGIN))
            .show(ui, |ui| {
                nav::steps_ui(
                    ui,
                    self.step,
                    &self.draft,
                    (self.theme, self.lang),
                    commands,
                );
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
                            Step::Address => {
                                steps::address::address_ui(ui, &mut self.draft, focus, commands);
                            }
                            Step::Password => steps::password::password_ui(
                                ui,
                                &mut steps::password::PasswordView {
                                    draft: &mut self.draft,
                                    visible: &mut self.password.visible,
                                    remember: &mut self.password.remember,
                                    keyring: &self.password.keyring,
                                    saved: &self.password.saved,
                                    notice: self.password.notice.as_ref(),
                                    store_location: &self.deps.passwords.location_text(self.lang),
                                    focus,
                                },
                                commands,
                            ),
                            Step::Test => steps::test::test_ui(
                                ui,
                                &steps::test::TestView {
                                    draft: &self.draft,
                                    run: self.test.run.as_ref(),
                                    round_trip: &self.test.round_trip,
                                    notice: self.password.notice.as_ref(),
                                    store_location: &self.deps.passwords.location_text(self.lang),
                                },
                                commands,
                            ),
                            Step::Export => self.apps.ui(
                                ui,
                                &mut AppsView {
                                    draft: &mut self.draft,
                                    dialogs: &self.dialogs,
                                    typed_folder: &mut self.typed_folder,
                                },
                                commands,
                            ),
                            Step::Done => steps::done::done_ui(
                                ui,
                                &self.draft,
                                &self.apps.saved,
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

        if self.step == Step::Address {
            self.look_up_domain(&ui.ctx().clone(), false);
        }
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

/// The Thunderbird set-up, on a worker thread: find or check the program folder, write the file,
/// and where administrator rights are needed save a copy into `copy_dir` for the command. Reasons
/// are in `lang`.
fn set_up_thunderbird(
    settings: &AccountSettings,
    named: Option<&Path>,
    candidates: &[PathBuf],
    copy_dir: Result<PathBuf, String>,
    lang: Lang,
) -> ThunderbirdSetup {
    let install = match named {
        Some(dir) => thunderbird::named_install(dir),
        None => thunderbird::choose_install(candidates),
    };
    let result = install.and_then(|install| thunderbird::install(settings, &install));
    match result {
        Ok(path) => ThunderbirdSetup::Installed(path),
        Err(InstallError::NeedsAdmin { target }) => {
            let saved = copy_dir.and_then(|dir| {
                let path = dir.join(Format::Thunderbird.file_name(settings));
                save_export(
                    settings,
                    Format::Thunderbird,
                    &ExportOptions::default(),
                    &path,
                )
                .map(|()| path)
                .map_err(|e| e.text(lang))
            });
            match saved {
                Ok(source) => ThunderbirdSetup::NeedsAdmin(AdminCommand { source, target }),
                Err(e) => ThunderbirdSetup::Failed(tr!(
                    lang,
                    "thunderbird-error-copy-failed",
                    file = target.display().to_string(),
                    reason = e
                )),
            }
        }
        Err(e @ InstallError::NotFound { .. }) => ThunderbirdSetup::NotFound(e.text(lang)),
        Err(e) => ThunderbirdSetup::Failed(e.text(lang)),
    }
}

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
