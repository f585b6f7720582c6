//! Step 6: the final settings as a table, every value with a copy button.

use egui::{RichText, Ui};

use crate::gui::command::Command;
use crate::gui::session::Exports;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::provider::Provider;
use crate::wizard::{Draft, settings_rows};

/// The Done step.
pub fn done_ui(
    ui: &mut Ui,
    draft: &Draft,
    exports: &Exports,
    copied: Option<&str>,
    commands: &mut Vec<Command>,
) {
    ui.heading("Your iCloud Mail settings");
    ui.add_space(theme::GAP_M);
    let Ok(settings) = draft.export_settings() else {
        ui.error_label("The address is no longer valid: go back to fix it");
        return;
    };
    ui.paragraph(
        "To set up a mail app by hand, or to read the settings out to someone, use these values. \
         Every value has a copy button.",
    );
    ui.hint_label(draft.export_basis().to_string());
    ui.add_space(theme::GAP_M);

    let rows = settings_rows(&settings);
    egui::Grid::new("settings")
        .num_columns(5)
        .striped(true)
        .spacing([18.0, 10.0])
        .show(ui, |ui| {
            for header in ["", "Server", "Port", "Security", "Username"] {
                ui.label(RichText::new(header).strong());
            }
            ui.end_row();
            for row in &rows {
                let short = if row.protocol.starts_with("Incoming") { "IMAP" } else { "SMTP" };
                ui.label(RichText::new(row.protocol).strong());
                let port = row.port.to_string();
                for (what, value) in [
                    ("server", row.server.as_str()),
                    ("port", port.as_str()),
                    ("security", row.security.label()),
                    ("username", row.username.as_str()),
                ] {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(value).monospace());
                        if ui
                            .named_button("Copy", &format!("Copy {short} {what}"))
                            .clicked()
                        {
                            commands.push(Command::Copy(value.to_owned()));
                        }
                    });
                }
                ui.end_row();
            }
        });
    ui.add_space(theme::GAP_M);
    if let Some(value) = copied {
        ui.success_label(format!("Copied {value} to the clipboard"));
    }
    ui.add_space(theme::GAP_M);
    let provider = Provider::icloud();
    ui.label(RichText::new("Also").strong());
    for line in [
        "Password: your app-specific password (the one from the previous steps), for both servers".to_owned(),
        "Authentication: normal password; both servers need it, and \"Secure Password Authentication (SPA)\" stays off".to_owned(),
        format!("Sent mail folder: \"{}\"", provider.sent_folder),
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.paragraph(line);
        });
    }
    super::export::saved_ui(ui, &exports.saved, commands);
}
