//! Step 3: the app-specific password: why, where to make one, the field, and the keychain.

use egui::{RichText, TextEdit, Ui};

use crate::gui::command::Command;
use crate::gui::session::{KeyringState, SavedPassword};
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::password::ShapeError;
use crate::provider::Provider;
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
                    TextEdit::singleline(text)
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
