//! Step 3: the app-specific password: why, where to make one, the field, and the keychain.

use egui::{RichText, TextEdit, Ui};

use std::sync::Arc;

use crate::address::EmailAddress;
use crate::gui::command::Command;
use crate::gui::session::{KeyringNotice, KeyringState, KeyringTrouble, SavedPassword};
use crate::gui::theme;
use crate::gui::ui_ext::{self, UiExt as _};
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
    pub notice: Option<&'a KeyringNotice>,
    /// Where saved passwords go, for people, in the wizard's language.
    pub store_location: &'a str,
    /// Whether to focus the password field.
    pub focus: bool,
}

/// The Password step.
pub fn password_ui(ui: &mut Ui, view: &mut PasswordView<'_>, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let info = &Provider::icloud().app_password;
    ui.step_heading(&tr!(lang, "password-heading"));
    ui.paragraph(tr!(lang, "password-intro"));
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(tr!(lang, "password-make-heading")).strong());
    let site = info
        .url
        .trim_start_matches("https://")
        .split('/')
        .next()
        .unwrap_or_default();
    let steps = [
        tr!(lang, "password-make-sign-in", site = site),
        tr!(lang, "password-make-open"),
        tr!(lang, "password-make-generate"),
    ];
    for (i, step) in steps.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}.", i + 1));
            ui.paragraph(step.as_str());
        });
    }
    if ui
        .button(tr!(lang, "password-open-site", site = site))
        .clicked()
    {
        commands.push(Command::OpenAppPasswordPage);
    }
    ui.add_space(theme::GAP_L);

    saved_offer_ui(ui, view, commands);

    let label = ui.field_label(&tr!(lang, "password-field"));
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
            ui_ext::forget_edits(ui.ctx(), field.id);
            let toggle = if visible {
                tr!(lang, "password-hide")
            } else {
                tr!(lang, "password-show")
            };
            if ui
                .button(toggle)
                .on_hover_text(tr!(lang, "password-toggle-hint"))
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
            ui.success_label(tr!(lang, "password-shape-ok"));
        }
        Err(ShapeError::Empty) => {
            ui.hint_label(tr!(lang, "password-paste-hint"));
        }
        Err(e) => {
            ui.error_label(sentence(&e.text(lang)));
        }
    }
    ui.add_space(theme::GAP_M);
    remember_ui(ui, view);
}

fn saved_offer_ui(ui: &mut Ui, view: &PasswordView<'_>, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    match view.saved {
        SavedPassword::Found(login, secret)
            if view.draft.password().text().trim() != secret.expose() =>
        {
            ui.card(|ui| {
                ui.label(tr!(
                    lang,
                    "keychain-saved-for",
                    login = login.to_string(),
                    location = view.store_location
                ));
                ui.horizontal(|ui| {
                    if ui.button(tr!(lang, "keychain-use-saved")).clicked() {
                        commands.push(Command::UseSavedPassword);
                    }
                    if ui.button(tr!(lang, "keychain-forget")).clicked() {
                        commands.push(Command::ForgetSavedPassword);
                    }
                });
            });
            ui.add_space(theme::GAP_M);
        }
        SavedPassword::Failed(e) => {
            ui.warning_label(sentence(&e.text(lang)));
            ui.add_space(theme::GAP_M);
        }
        _ => {}
    }
    if let Some(notice) = view.notice {
        notice_ui(ui, notice, view.store_location);
        ui.add_space(theme::GAP_M);
    }
}

/// What happened to the password in the keychain: a success, or a warning.
pub fn notice_ui(ui: &mut Ui, notice: &KeyringNotice, location: &str) {
    let text = notice.text(ui.lang(), location);
    if notice.is_ok() {
        ui.success_label(text);
    } else {
        ui.warning_label(sentence(&text));
    }
}

fn remember_ui(ui: &mut Ui, view: &mut PasswordView<'_>) {
    let lang = ui.lang();
    let available = *view.keyring == KeyringState::Available;
    let mut remember = view.remember.unwrap_or(available) && available;
    let response = ui.add_enabled(
        available,
        egui::Checkbox::new(&mut remember, tr!(lang, "keychain-remember")),
    );
    if response.changed() {
        *view.remember = Some(remember);
    }
    match view.keyring {
        KeyringState::Checking => {
            ui.hint_label(tr!(lang, "keychain-looking"));
        }
        KeyringState::Available => {
            ui.hint_label(tr!(
                lang,
                "keychain-remember-hint",
                location = view.store_location
            ));
        }
        KeyringState::Unavailable(reason) => {
            ui.hint_label(sentence(&reason.text(lang)));
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
        /// What was done; or why it failed.
        result: Result<KeyringNotice, KeyringError>,
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
    pub notice: Option<KeyringNotice>,
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
                    Err(e) => KeyringState::Unavailable(e.into()),
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
                    Err(e) => SavedPassword::Failed(e.into()),
                };
            }
            PasswordMsg::Stored { result } => {
                self.notice = Some(result.unwrap_or_else(|e| KeyringNotice::Failed(e.into())));
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
            self.saved = SavedPassword::Failed(e.into());
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
            let result = store
                .save(&login, &secret)
                .map(|()| KeyringNotice::Saved(login));
            r.send(Msg::Password(PasswordMsg::Stored { result }));
        });
        if let Err(e) = spawned {
            self.notice = Some(KeyringNotice::Failed(KeyringTrouble::NotStarted(e)));
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
            let result = store
                .forget(&login)
                .map(|_| KeyringNotice::Removed(login.clone()));
            r.send(Msg::Password(PasswordMsg::Stored { result }));
        });
        if let Err(e) = spawned {
            self.notice = Some(KeyringNotice::Failed(KeyringTrouble::NotStarted(e)));
        }
    }
}
