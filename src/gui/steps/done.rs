//! Step 6: the final settings as a table, every value with a copy button.

use egui::{RichText, Ui};

use crate::gui::command::Command;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::provider::Provider;
use crate::settings::AccountSettings;
use crate::wizard::{Draft, ExportBasis, SettingsRow, settings_rows};

/// The Done step.
pub fn done_ui(
    ui: &mut Ui,
    draft: &Draft,
    saved: &[std::path::PathBuf],
    copied: Option<&str>,
    commands: &mut Vec<Command>,
) {
    ui.step_heading("Your iCloud Mail settings");
    let Ok(settings) = draft.export_settings() else {
        ui.error_label("The address is no longer valid: go back to fix it");
        return;
    };
    ui.paragraph(
        "To set up a mail app by hand, or to read the settings out to someone, use these values. \
         Every value has a copy button.",
    );
    ui.hint_label(match draft.export_basis() {
        ExportBasis::Tested(_) => "These settings worked in the connection test",
        ExportBasis::PartlyTested(_) => {
            "These settings use what worked in the connection test and iCloud's documented values for the rest"
        }
        ExportBasis::FailedTest | ExportBasis::Untested => "These are iCloud's documented settings",
    });
    ui.add_space(theme::GAP_M);

    settings_table_ui(ui, &settings, commands);
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
    super::apps::saved_ui(ui, saved, commands);
}

/// The incoming and outgoing values, each with a copy button, in the first layout that fits.
fn settings_table_ui(ui: &mut Ui, settings: &AccountSettings, commands: &mut Vec<Command>) {
    let [imap, smtp] = settings_rows(settings);
    let port = |row: &SettingsRow| row.port.to_string();
    let (imap_port, smtp_port) = (port(&imap), port(&smtp));
    let fields: [(&str, [&str; 2]); 4] = [
        ("Server", [&imap.server, &smtp.server]),
        ("Port", [&imap_port, &smtp_port]),
        ("Security", [imap.security.label(), smtp.security.label()]),
        ("Username", [&imap.username, &smtp.username]),
    ];
    // Values are what people copy and type, so they never break over lines. The table takes the
    // first layout that fits: one column per protocol; one block per protocol; or, for very long
    // usernames in a narrow window, each field's name above its value.
    let font = egui::TextStyle::Monospace.resolve(ui.style());
    let text_width = |ui: &Ui, text: &str| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
    };
    let widest = |i: usize| {
        fields
            .iter()
            .map(|(_, values)| text_width(ui, values[i]))
            .fold(0.0_f32, f32::max)
    };
    let value_column = |i: usize| COPY_BUTTON + COLUMN_GAP + widest(i);
    let available = ui.available_width();
    if LABEL_COLUMN + value_column(0) + value_column(1) + COLUMN_GAP <= available {
        egui::Grid::new("settings")
            .num_columns(3)
            .striped(true)
            .spacing([COLUMN_GAP, 10.0])
            .show(ui, |ui| {
                ui.label("");
                for row in [&imap, &smtp] {
                    ui.label(RichText::new(row.protocol).strong());
                }
                ui.end_row();
                for (field, values) in fields {
                    ui.label(RichText::new(field).strong());
                    for (i, value) in values.into_iter().enumerate() {
                        value_ui(ui, PROTOCOLS[i], field, value, commands);
                    }
                    ui.end_row();
                }
            });
    } else {
        let label_beside = LABEL_COLUMN + value_column(0).max(value_column(1)) <= available;
        for (i, row) in [&imap, &smtp].into_iter().enumerate() {
            ui.label(RichText::new(row.protocol).strong());
            if label_beside {
                egui::Grid::new(("settings", i))
                    .num_columns(2)
                    .striped(true)
                    .spacing([COLUMN_GAP, 10.0])
                    .show(ui, |ui| {
                        for (field, values) in fields {
                            ui.label(field);
                            value_ui(ui, PROTOCOLS[i], field, values[i], commands);
                            ui.end_row();
                        }
                    });
            } else {
                for (field, values) in fields {
                    ui.hint_label(field);
                    value_ui(ui, PROTOCOLS[i], field, values[i], commands);
                }
            }
            ui.add_space(theme::GAP_M);
        }
    }
}

/// Short protocol names, for the copy buttons' names.
const PROTOCOLS: [&str; 2] = ["IMAP", "SMTP"];
/// Width of the column naming each value.
const LABEL_COLUMN: f32 = 90.0;
/// Width of a Copy button and its gap.
const COPY_BUTTON: f32 = 64.0;
/// Gap between columns.
const COLUMN_GAP: f32 = 24.0;

/// A Copy button and the value it copies, on one line.
fn value_ui(ui: &mut Ui, protocol: &str, field: &str, value: &str, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let name = format!("Copy {protocol} {}", field.to_lowercase());
        if ui.named_button("Copy", &name).clicked() {
            commands.push(Command::Copy(value.to_owned()));
        }
        ui.add(egui::Label::new(RichText::new(value).monospace()).extend());
    });
}
