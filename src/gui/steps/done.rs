//! Step 6: the final settings as a table, every value with a copy button.

use egui::{RichText, Ui};

use crate::gui::command::Command;
use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;
use crate::i18n::Lang;
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
    let lang = ui.lang();
    ui.step_heading(&tr!(lang, "done-heading"));
    let Ok(settings) = draft.export_settings() else {
        ui.error_label(tr!(lang, "done-address-invalid"));
        return;
    };
    ui.paragraph(tr!(lang, "done-intro"));
    ui.hint_label(match draft.export_basis() {
        ExportBasis::Tested(_) => tr!(lang, "done-basis-tested"),
        ExportBasis::PartlyTested(_) => tr!(lang, "done-basis-partly-tested"),
        ExportBasis::FailedTest | ExportBasis::Untested => tr!(lang, "done-basis-documented"),
    });
    ui.add_space(theme::GAP_M);

    settings_table_ui(ui, &settings, commands);
    ui.add_space(theme::GAP_M);
    if let Some(value) = copied {
        ui.success_label(tr!(lang, "done-copied", value = value));
    }
    ui.add_space(theme::GAP_M);
    let provider = Provider::icloud();
    ui.label(RichText::new(tr!(lang, "done-also")).strong());
    for line in [
        tr!(lang, "done-also-password"),
        tr!(lang, "done-also-authentication"),
        tr!(
            lang,
            "done-also-sent-folder",
            folder = provider.sent_folder.as_str()
        ),
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.paragraph(line);
        });
    }
    super::apps::saved_ui(ui, saved, commands);
}

/// A row of the settings table: its name and the accessible name of its Copy buttons.
#[derive(Clone, Copy)]
enum Field {
    Server,
    Port,
    Security,
    Username,
}

impl Field {
    fn label(self, lang: Lang) -> String {
        match self {
            Self::Server => tr!(lang, "done-server"),
            Self::Port => tr!(lang, "done-port"),
            Self::Security => tr!(lang, "done-security"),
            Self::Username => tr!(lang, "done-username"),
        }
    }

    /// "Copy IMAP server".
    fn copy_name(self, lang: Lang, protocol: &str) -> String {
        match self {
            Self::Server => tr!(lang, "done-copy-server", protocol = protocol),
            Self::Port => tr!(lang, "done-copy-port", protocol = protocol),
            Self::Security => tr!(lang, "done-copy-security", protocol = protocol),
            Self::Username => tr!(lang, "done-copy-username", protocol = protocol),
        }
    }
}

/// The incoming and outgoing values, each with a copy button, in the first layout that fits.
fn settings_table_ui(ui: &mut Ui, settings: &AccountSettings, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    let [imap, smtp] = settings_rows(settings, lang);
    let port = |row: &SettingsRow| row.port.to_string();
    let (imap_port, smtp_port) = (port(&imap), port(&smtp));
    let fields: [(Field, [&str; 2]); 4] = [
        (Field::Server, [&imap.server, &smtp.server]),
        (Field::Port, [&imap_port, &smtp_port]),
        (
            Field::Security,
            [imap.security.label(), smtp.security.label()],
        ),
        (Field::Username, [&imap.username, &smtp.username]),
    ];
    let labels = fields.map(|(field, _)| field.label(lang));
    // Values are what people copy and type, so they never break over lines. The table takes the
    // first layout that fits: one column per protocol; one block per protocol; or, for very long
    // usernames in a narrow window, each field's name above its value.
    let mono = egui::TextStyle::Monospace.resolve(ui.style());
    let body = egui::TextStyle::Body.resolve(ui.style());
    let text_width = |ui: &Ui, text: &str, font: &egui::FontId| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        })
    };
    let widest = |i: usize| {
        fields
            .iter()
            .map(|(_, values)| text_width(ui, values[i], &mono))
            .fold(0.0_f32, f32::max)
    };
    // The names and the Copy button are as wide as their words in this language.
    let label_column = labels
        .iter()
        .map(|label| text_width(ui, label, &body))
        .fold(LABEL_COLUMN, f32::max);
    let copy_button = COPY_BUTTON
        .max(text_width(ui, &tr!(lang, "apps-copy"), &body) + 2.0 * ui.spacing().button_padding.x);
    let value_column = |i: usize| copy_button + COLUMN_GAP + widest(i);
    let available = ui.available_width();
    if label_column + value_column(0) + value_column(1) + COLUMN_GAP <= available {
        egui::Grid::new("settings")
            .num_columns(3)
            .striped(true)
            .spacing([COLUMN_GAP, 10.0])
            .show(ui, |ui| {
                ui.label("");
                for row in [&imap, &smtp] {
                    ui.label(RichText::new(&row.protocol).strong());
                }
                ui.end_row();
                for ((field, values), label) in fields.into_iter().zip(&labels) {
                    ui.label(RichText::new(label).strong());
                    for (i, value) in values.into_iter().enumerate() {
                        value_ui(ui, &field.copy_name(lang, PROTOCOLS[i]), value, commands);
                    }
                    ui.end_row();
                }
            });
    } else {
        let label_beside = label_column + value_column(0).max(value_column(1)) <= available;
        for (i, row) in [&imap, &smtp].into_iter().enumerate() {
            ui.label(RichText::new(&row.protocol).strong());
            if label_beside {
                egui::Grid::new(("settings", i))
                    .num_columns(2)
                    .striped(true)
                    .spacing([COLUMN_GAP, 10.0])
                    .show(ui, |ui| {
                        for ((field, values), label) in fields.into_iter().zip(&labels) {
                            ui.label(label);
                            let name = field.copy_name(lang, PROTOCOLS[i]);
                            value_ui(ui, &name, values[i], commands);
                            ui.end_row();
                        }
                    });
            } else {
                for ((field, values), label) in fields.into_iter().zip(&labels) {
                    ui.hint_label(label);
                    value_ui(
                        ui,
                        &field.copy_name(lang, PROTOCOLS[i]),
                        values[i],
                        commands,
                    );
                }
            }
            ui.add_space(theme::GAP_M);
        }
    }
}

/// Short protocol names, for the copy buttons' names.
const PROTOCOLS: [&str; 2] = ["IMAP", "SMTP"];
/// Least width of the column naming each value (wider when a name is).
const LABEL_COLUMN: f32 = 90.0;
/// Least width of a Copy button and its gap (wider when its word is).
const COPY_BUTTON: f32 = 64.0;
/// Gap between columns.
const COLUMN_GAP: f32 = 24.0;

/// A Copy button (named `name` for screen readers) and the value it copies, on one line.
fn value_ui(ui: &mut Ui, name: &str, value: &str, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui
            .named_button(&tr!(ui.lang(), "apps-copy"), name)
            .clicked()
        {
            commands.push(Command::Copy(value.to_owned()));
        }
        ui.add(egui::Label::new(RichText::new(value).monospace()).extend());
    });
}
