//! Step 5: choosing formats and saving settings files.

use std::path::Path;

use egui::{RichText, TextEdit, Ui};

use crate::export::Format;
use crate::gui::command::Command;
use crate::gui::session::Exports;
use crate::gui::theme;
use crate::gui::ui_ext::{Mark, UiExt as _};
use crate::wizard::Draft;

use super::address::sentence;

/// What the Export step shows and edits.
pub struct ExportView<'a> {
    /// The draft (formats and the password option are edited here).
    pub draft: &'a mut Draft,
    /// Whether native file dialogs work, or why not.
    pub dialogs: &'a Result<(), String>,
    /// The folder typed when no dialog can be shown.
    pub typed_folder: &'a mut String,
    /// What was saved.
    pub exports: &'a Exports,
}

/// The Export step.
pub fn export_ui(ui: &mut Ui, view: &mut ExportView<'_>, commands: &mut Vec<Command>) {
    let dialogs = view.dialogs.is_ok();
    // Buttons that open a dialog end in "…"; without dialogs they save straight away.
    let ellipsis = if dialogs { "…" } else { "" };
    ui.step_heading("Settings files");
    ui.paragraph(view.draft.export_basis().to_string());
    ui.add_space(theme::GAP_M);

    if let Err(reason) = view.dialogs {
        ui.warning_label(format!(
            "{}. Type the folder to save into instead",
            sentence(reason)
        ));
        let label = ui.field_label("Folder");
        ui.add(
            TextEdit::singleline(view.typed_folder)
                .hint_text("/home/you/Documents")
                .desired_width(theme::TEXT_WIDTH),
        )
        .labelled_by(label.id);
        ui.add_space(theme::GAP_M);
    }

    save_all_ui(ui, view, ellipsis, commands);
    ui.add_space(theme::GAP_M);

    for format in Format::ALL {
        ui.card(|ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format.title()).strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let save = ui.named_button(
                        &format!("Save{ellipsis}"),
                        &format!("Save {}{ellipsis}", format.title()),
                    );
                    if save.clicked() {
                        commands.push(Command::SaveOne(format));
                    }
                });
            });
            ui.hint_label(format.description());
            if format == Format::Mobileconfig {
                ui.checkbox(
                    &mut view.draft.include_password,
                    "Put the password in the Apple profile",
                );
                ui.hint_label(
                    "Anyone who gets the profile can read the password: leave this off unless you \
                     install it yourself right away. The other files never contain it.",
                );
            }
        });
    }
}

/// "Save all", what is being saved, and what was saved.
fn save_all_ui(ui: &mut Ui, view: &ExportView<'_>, ellipsis: &str, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let any = true;
        let save_all = ui.add_enabled(any, egui::Button::new(format!("Save all{ellipsis}")));
        if save_all.clicked() {
            commands.push(Command::SaveAll);
        }
        if !any {
            ui.hint_label("Tick at least one format to save them all");
        } else if view.exports.saving > 0 {
            ui.spinner();
            ui.label("Saving…");
        } else {
            ui.hint_label("The ticked files into one folder, or one at a time below");
        }
    });
    if let Some(error) = &view.exports.error {
        ui.error_label(sentence(error));
    }
    saved_ui(ui, &view.exports.saved, commands);
}

/// Each saved file with an "Open folder" action.
pub fn saved_ui(ui: &mut Ui, saved: &[std::path::PathBuf], commands: &mut Vec<Command>) {
    if saved.is_empty() {
        return;
    }
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new("Saved").strong());
    for path in saved {
        ui.horizontal(|ui| {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .named_button("Open folder", &format!("Open the folder of {name}"))
                .clicked()
            {
                let folder = path.parent().unwrap_or_else(|| Path::new("."));
                commands.push(Command::OpenFolder(folder.to_path_buf()));
            }
            ui.mark(Mark::Success);
            let color = Mark::Success.color(ui.visuals());
            ui.add(egui::Label::new(RichText::new(path.display().to_string()).color(color)).wrap());
        });
    }
}
