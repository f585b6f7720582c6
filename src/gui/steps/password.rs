//! Step 3: the app-specific password: why, where to make one, the field, and the keychain.

use egui::{RichText, TextEdit, Ui};

use std::sync::Arc;

use crate::address::EmailAddress;
use crate::gui::command::Command;
use crate::gui::session::{KeyringState, SavedPassword};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::gui::worker::{Msg, StepCtx};
use crate::keyring_store::KeyringError;
use crate::password::ShapeError;
use crate::provider::Provider;
use crate::secret::Secret;
use crate::wizard::Draft;

use super::address::sentence;

/// What the Password step shows and edits.
pub struct PasswordView<'a> {
    /// The draft (the password field is edited here).
    pub draft: &'a mut Draft,
    /// Whether the password is shown in clear.
    pub visible: &'a mut bool,
    /// The person's Remember choice; `None` until they touch it.
    pub remember: &'a mut Option<bool>,
    /// Whether a keychain works.
    pub keyring: &'a KeyringState,
    /// What the keychain holds for this login.
    pub saved: &'a SavedPassword,
    /// What happened when the password was last saved or forgotten.
    pub notice: Option<&'a Result<String, String>>,
    /// Where saved passwords go, for people.
    pub store_location: &'a str,
    /// Whether to focus the password field.
    pub focus: bool,
}

/// The Password step.
pub fn password_ui(ui: &mut Ui, view: &mut PasswordView<'_>, commands: &mut Vec<Command>) {
    let info = &Provider::icloud().app_password;
    ui.step_heading("Your app-specific password");
    ui.paragraph(
        "Mail apps other than Apple's sign in to iCloud with an app-specific password: a password \
         made for one app, which you can revoke at any time. Your Apple Account password does not \
         work here.",
    );
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new("To make one").strong());
    let site = info
        .url
        .trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap_or_default();
    let steps = [
        format!("Sign in at {site} with your Apple Account"),
        format!("Open {}", info.path.join(" > ")),
        "Choose Generate (or +), name it after your mail app, and copy the password it shows"
            .to_owned(),
    ];
    for (i, step) in steps.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}.", i + 1));
            ui.paragraph(step.as_str());
        });
    }
    if ui.button(format!("Open {site}")).clicked() {
        commands.push(Command::OpenAppPasswordPage);
    }
    ui.add_space(theme::GAP_L);

    saved_offer_ui(ui, view, commands);

    let label = ui.field_label("App-specific password");
    let field = ui
        .horizontal(|ui| {
            let visible = *view.visible;
            let field = view.draft.edit_password(|text| {
                ui.add(
                    // A fixed id: the keychain's answer can add a row above the field while the
                    // person types, and an id from the layout would then change and drop the focus
                    // and the keystrokes.
                    TextEdit::singleline(text)
                        .id_salt("app-specific-password")
                        .password(!visible)
                        .hint_text("xxxx-xxxx-xxxx-xxxx")
                        .desired_width(theme::FIELD_WIDTH - 80.0),
                )
                .labelled_by(label.id)
            });
            let toggle = if visible { "Hide" } else { "Show" };
            if ui
                .button(toggle)
                .on_hover_text("Show or hide the password")
                .clicked()
            {
                *view.visible = !visible;
            }
            field
        })
        .inner;
    if view.focus {
        field.request_focus();
    }
    match view.draft.password().parsed() {
        Ok(_) => {
            ui.success_label("The shape is right: four groups of four letters");
        }
        Err(ShapeError::Empty) => {
            ui.hint_label("Paste it as Apple shows it; spaces and capitals do not matter");
        }
        Err(e) => {
            ui.error_label(sentence(&e.to_string()));
        }
    }
    ui.add_space(theme::GAP_M);
    remember_ui(ui, view);
}

fn saved_offer_ui(ui: &mut Ui, view: &PasswordView<'_>, commands: &mut Vec<Command>) {
    match view.saved {
        SavedPassword::Found(login, secret)
            if view.draft.password().text().trim() != secret.expose() =>
        {
            ui.card(|ui| {
                ui.label(format!(
                    "A password for {login} is saved in {}",
                    view.store_location
                ));
                ui.horizontal(|ui| {
                    if ui.button("Use the saved password").clicked() {
                        commands.push(Command::UseSavedPassword);
                    }
                    if ui.button("Forget it").clicked() {
                        commands.push(Command::ForgetSavedPassword);
                    }
                });
            });
            ui.add_space(theme::GAP_M);
        }
        SavedPassword::Failed(e) => {
            ui.warning_label(sentence(e));
            ui.add_space(theme::GAP_M);
        }
        _ => {}
    }
    if let Some(notice) = view.notice {
        match notice {
            Ok(text) => ui.success_label(text.as_str()),
            Err(e) => ui.warning_label(sentence(e)),
        };
        ui.add_space(theme::GAP_M);
    }
}

fn remember_ui(ui: &mut Ui, view: &mut PasswordView<'_>) {
    let available = *view.keyring == KeyringState::Available;
    let mut remember = view.remember.unwrap_or(available) && available;
    let response = ui.add_enabled(
        available,
        egui::Checkbox::new(&mut remember, "Remember in the system keychain"),
    );
    if response.changed() {
        *view.remember = Some(remember);
    }
    match view.keyring {
        KeyringState::Checking => {
            ui.hint_label("Looking for a system keychain…");
        }
        KeyringState::Available => {
            ui.hint_label(format!(
                "Saved in {} when you press Next, so the wizard can offer it next time",
                view.store_location
            ));
        }
        KeyringState::Unavailable(reason) => {
            ui.hint_label(sentence(reason));
        }
    }
}

/// What the keychain jobs report to the Password step.
#[derive(Debug)]
pub enum PasswordMsg {
    /// Whether a system keychain works.
    KeyringProbed(Result<(), KeyringError>),
    /// The password saved for `login`, if any.
    Loaded {
        /// Whose.
        login: EmailAddress,
        /// What the store answered.
        result: Result<Option<Secret>, KeyringError>,
    },
    /// The password was saved (or forgotten) in the keychain.
    Stored {
        /// What was done, for people; or why it failed.
        result: Result<String, KeyringError>,
    },
}

/// The Password step's own state: the keychain's answers and the person's choices about it.
#[derive(Debug)]
pub struct PasswordStep {
    /// Whether a system keychain works here.
    pub keyring: KeyringState,
    /// The person's choice; `None` until they touch the box (then it follows the keychain).
    pub remember: Option<bool>,
    /// What the keychain holds for the current login.
    pub saved: SavedPassword,
    /// Whether the password is shown in clear.
    pub visible: bool,
    /// What happened to the password in the keychain, or why it failed.
    pub notice: Option<Result<String, String>>,
}

impl Default for PasswordStep {
    fn default() -> Self {
        Self {
            keyring: KeyringState::Checking,
            remember: None,
            saved: SavedPassword::Unknown,
            visible: false,
            notice: None,
        }
    }
}

impl PasswordStep {
    /// Whether "Remember in the system keychain" is ticked.
    pub fn remembers(&self) -> bool {
        self.remember
            .unwrap_or(self.keyring == KeyringState::Available)
    }

    /// Takes in what a keychain job reported.
    pub fn handle(&mut self, msg: PasswordMsg) {
        match msg {
            PasswordMsg::KeyringProbed(result) => {
                self.keyring = match result {
                    Ok(()) => KeyringState::Available,
                    Err(e) => KeyringState::Unavailable(e.to_string()),
                };
            }
            PasswordMsg::Loaded { login, result } => {
                if self.saved.login() != Some(&login) {
                    return;
                }
                self.saved = match result {
                    Ok(Some(secret)) => SavedPassword::Found(login, secret),
                    Ok(None) => SavedPassword::Nothing(login),
                    // No keychain at all: nothing to offer, and the Remember box says why.
                    Err(e) if e.is_unavailable() => SavedPassword::Nothing(login),
                    Err(e) => SavedPassword::Failed(e.to_string()),
                };
            }
            PasswordMsg::Stored { result } => {
                self.notice = Some(result.map_err(|e| e.to_string()));
            }
        }
    }

    /// Asks the keychain what it holds for the draft's login (once per login).
    pub fn look_up(&mut self, ctx: &StepCtx<'_>, draft: &Draft) {
        let Ok(settings) = draft.account() else {
            return;
        };
        let login = settings.login().clone();
        if self.saved.login() == Some(&login) {
            return;
        }
        self.saved = SavedPassword::Looking(login.clone());
        let store = Arc::clone(ctx.passwords);
        let spawned = ctx.worker.spawn("wizard-keyring-load", move |r| {
            let result = store.load(&login);
            r.send(Msg::Password(PasswordMsg::Loaded { login, result }));
        });
        if let Err(e) = spawned {
            self.saved = SavedPassword::Failed(e);
        }
    }

    /// Saves the draft's password in the keychain when Remember is ticked and it changed.
    pub fn remember(&mut self, ctx: &StepCtx<'_>, draft: &Draft) {
        if !self.remembers() || self.keyring != KeyringState::Available {
            return;
        }
        let (Ok(settings), Ok(password)) = (draft.account(), draft.app_password()) else {
            return;
        };
        let secret = password.secret().clone();
        if let SavedPassword::Found(login, saved) = &self.saved
            && login == settings.login()
            && *saved == secret
        {
            return;
        }
        let login = settings.login().clone();
        self.saved = SavedPassword::Unknown;
        let store = Arc::clone(ctx.passwords);
        let spawned = ctx.worker.spawn("wizard-keyring-save", move |r| {
            let result = store.save(&login, &secret).map(|()| {
                format!(
                    "Your app-specific password is saved in {} for {login}",
                    store.location()
                )
            });
            r.send(Msg::Password(PasswordMsg::Stored { result }));
        });
        if let Err(e) = spawned {
            self.notice = Some(Err(e));
        }
    }

    /// Removes the saved password from the keychain.
    pub fn forget(&mut self, ctx: &StepCtx<'_>) {
        let SavedPassword::Found(login, _) = &self.saved else {
            return;
        };
        let login = login.clone();
        self.saved = SavedPassword::Nothing(login.clone());
        let store = Arc::clone(ctx.passwords);
        let spawned = ctx.worker.spawn("wizard-keyring-forget", move |r| {
            let result = store.forget(&login).map(|_| {
                format!(
                    "The password saved for {login} was removed from {}",
                    store.location()
                )
            });
            r.send(Msg::Password(PasswordMsg::Stored { result }));
        });
        if let Err(e) = spawned {
            self.notice = Some(Err(e));
        }
    }
}
