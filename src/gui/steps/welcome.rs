//! Step 1: what the wizard does and what the person needs.

use egui::{RichText, Ui};

use crate::gui::theme;
use crate::gui::ui_ext::UiExt as _;

/// What the wizard does, what it needs, how long it takes.
pub fn welcome_ui(ui: &mut Ui) {
    let lang = ui.lang();
    ui.step_heading(&tr!(lang, "welcome-heading"));
    ui.paragraph(tr!(lang, "welcome-intro"));
    ui.add_space(theme::GAP_M);
    ui.label(RichText::new(tr!(lang, "welcome-you-need")).strong());
    for item in [
        tr!(lang, "welcome-need-address"),
        tr!(lang, "welcome-need-apple-account"),
        tr!(lang, "welcome-need-time"),
    ] {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.paragraph(item);
        });
    }
    ui.add_space(theme::GAP_M);
    ui.hint_label(tr!(lang, "welcome-password-stays"));
    ui.add_space(theme::GAP_L);
    ui.label(tr!(lang, "welcome-press-next"));
}
