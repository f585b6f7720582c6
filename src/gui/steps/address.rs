//! Step 2: the address, checked as it is typed; for a custom domain, the primary iCloud address.

use egui::{TextEdit, Ui};

use crate::address::DomainKind;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::settings::SettingsError;
use crate::wizard::{Blocker, Draft};

/// The address fields, with the reason under each while it is not valid.
pub fn address_ui(ui: &mut Ui, draft: &mut Draft, focus: bool) {
    ui.step_heading("Your email address");
    ui.paragraph("The address you send and receive iCloud Mail with.");
    ui.add_space(theme::GAP_M);

    let label = ui.field_label("Email address");
    let field = draft.edit_email(|text| {
        ui.add(
            TextEdit::singleline(text)
                .hint_text("name@icloud.com")
                .desired_width(theme::FIELD_WIDTH),
        )
        .labelled_by(label.id)
    });
    if focus {
        field.request_focus();
    }
    match (draft.email().is_blank(), draft.email().parsed()) {
        (true, _) => {
            ui.hint_label("For example jane.doe@icloud.com, or jane@yourdomain.com");
        }
        (false, Err(e)) => {
            ui.error_label(sentence(&e.to_string()));
        }
        (false, Ok(address)) => match address.kind() {
            DomainKind::ICloud => {
                ui.success_label(format!(
                    "An iCloud address, on Apple's own domain {}",
                    address.domain()
                ));
            }
            DomainKind::Custom => {
                ui.success_label(format!(
                    "A custom domain ({}), set up with iCloud+ Custom Email Domain",
                    address.domain()
                ));
            }
        },
    }

    if draft.needs_login() {
        ui.add_space(theme::GAP_L);
        let label = ui.field_label("Primary iCloud address");
        ui.hint_label(
            "iCloud signs in with your primary iCloud address (ending in @icloud.com, @me.com or \
             @mac.com), never with an address on your own domain",
        );
        draft.edit_login(|text| {
            ui.add(
                TextEdit::singleline(text)
                    .hint_text("name@icloud.com")
                    .desired_width(theme::FIELD_WIDTH),
            )
            .labelled_by(label.id)
        });
        if !draft.login().is_blank() {
            match draft.account() {
                Err(Blocker::BadLogin(e)) => {
                    ui.error_label(sentence(&e.to_string()));
                }
                Err(Blocker::Settings(e)) if !is_about_labels(&e) => {
                    ui.error_label(sentence(&e.to_string()));
                }
                Ok(settings) => {
                    ui.success_label(format!("Signs in as {}", settings.login()));
                }
                Err(_) => {}
            }
        }
    }

    ui.add_space(theme::GAP_L);
    let label = ui.field_label("Your name (optional)");
    ui.hint_label("Shown to the people you write to");
    draft.edit_name(|text| {
        ui.add(
            TextEdit::singleline(text)
                .hint_text("Jane Doe")
                .desired_width(theme::FIELD_WIDTH),
        )
        .labelled_by(label.id)
    });
    if let Err(Blocker::Settings(e)) = draft.account()
        && is_about_labels(&e)
    {
        ui.error_label(sentence(&e.to_string()));
    }
}

fn is_about_labels(e: &SettingsError) -> bool {
    matches!(
        e,
        SettingsError::LabelTooLong { .. } | SettingsError::LabelControlCharacter { .. }
    )
}

/// `text` with a capital first letter.
pub(crate) fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
