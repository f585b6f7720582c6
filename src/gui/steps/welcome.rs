//! Step 1: what the wizard does and what the person needs.

use egui::{RichText, Ui};

use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// What the wizard does, what it needs, how long it takes.
pub fn welcome_ui(ui: &mut Ui) {
    ui.step_heading("Set up iCloud Mail in your mail app");
    ui.paragraph(
        "This wizard gets iCloud Mail working in Thunderbird, Outlook, the Mail app on an iPhone or \
         iPad, or any other mail app. It checks your address and password against iCloud's mail \
         servers, finds the settings that work from this network, and saves ready-made settings files.",
    );
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new("You need").strong());
    for item in [
        "Your iCloud Mail address (or your own domain's address, if you use iCloud+ Custom Email Domain)",
        "Your Apple Account, with two-factor authentication turned on, to make an app-specific password",
        "About five minutes",
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.paragraph(item);
        });
    }
    ui.add_space(theme::GAP_M);
    ui.hint_label(
        "Your password stays on this computer. It goes only to iCloud's mail servers, and into the \
         system keychain if you ask the wizard to remember it.",
    );
    ui.add_space(theme::GAP_L);
    ui.label("Press Next (or Enter) to begin");
}
