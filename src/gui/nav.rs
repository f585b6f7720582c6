//! The side list of steps and the Back / Next bar.

use egui::{Button, RichText, Ui};

use super::command::Command;
use super::state::ThemeChoice;
use super::theme;
use super::ui_ext::{Mark, UiExt as _, paint_mark};
use crate::i18n::Lang;
use crate::wizard::{Blocker, Draft, Step};

/// The side list: every step, the current one highlighted, finished ones ticked. Steps the
/// person can reach are buttons; the rest are greyed out.
pub fn steps_ui(
    ui: &mut Ui,
    current: Step,
    draft: &Draft,
    (theme_choice, lang): (ThemeChoice, Lang),
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new(tr!(lang, "app-title")).strong().size(17.0));
    ui.add_space(theme::GAP_M);
    let furthest = draft.furthest_step();
    for step in Step::ALL {
        let done = step < furthest && step != current;
        let text = tr!(
            lang,
            "step-numbered",
            number = step.index() + 1,
            title = step.title(lang)
        );
        let text = if step == current {
            RichText::new(text).strong()
        } else {
            RichText::new(text)
        };
        let button = Button::selectable(step == current, text)
            .min_size(egui::vec2(ui.available_width(), 0.0));
        let response = ui.add_enabled(step <= furthest, button);
        if done {
            let size = ui.text_style_height(&egui::TextStyle::Body);
            let rect = egui::Rect::from_center_size(
                response.rect.right_center() - egui::vec2(size * 0.5 + 6.0, 0.0),
                egui::vec2(size, size),
            );
            paint_mark(
                ui.painter(),
                rect,
                Mark::Success,
                Mark::Success.color(ui.visuals()),
            );
            let name = tr!(
                lang,
                "step-numbered-complete",
                number = step.index() + 1,
                title = step.title(lang)
            );
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, step == current, &name)
            });
        }
        if response.clicked() {
            commands.push(Command::GoTo(step));
        }
    }
    // Two pickers as wide as the list, so no language's words can make them wider (a row of
    // three theme buttons did not fit in German).
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
        let themes = || ThemeChoice::ALL.map(|choice| (choice, choice.label(lang)));
        let current = theme_choice.label(lang);
        let name = tr!(lang, "appearance-current", appearance = current.as_str());
        if let Some(choice) = picker(ui, "appearance", (theme_choice, current, &name), themes) {
            commands.push(Command::SetTheme(choice));
        }
        ui.hint_label(tr!(lang, "appearance"));
        ui.add_space(theme::GAP_M);
        // Each language by its own name, looked up only while the list is open: each name
        // comes from that language's messages, and loading all seven on the first frame cost
        // 3.2 MB of parsed messages that one language never needs.
        let languages = || Lang::ALL.map(|choice| (choice, choice.text("language-name")));
        let current = lang.text("language-name");
        let name = tr!(lang, "language-current", language = current.as_str());
        if let Some(choice) = picker(ui, "language", (lang, current, &name), languages) {
            commands.push(Command::SetLang(choice));
        }
        ui.hint_label(tr!(lang, "language-label"));
    });
}

/// A drop-down as wide as the space it is in, showing the current choice; `name` is what
/// screen readers and the tooltip say; `choices` are asked for only while the list is open.
/// Returns the choice picked when it differs.
fn picker<T: Copy + PartialEq, const N: usize>(
    ui: &mut Ui,
    id: &str,
    (current, shown, name): (T, String, &str),
    choices: impl FnOnce() -> [(T, String); N],
) -> Option<T> {
    let mut picked = None;
    let response = egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for (choice, text) in choices() {
                if ui.selectable_label(choice == current, text).clicked() && choice != current {
                    picked = Some(choice);
                }
            }
        })
        .response;
    response
        .on_hover_text(name)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name));
    picked
}

/// Back on the left; Next on the right, disabled with the reason beside it while the step is
/// incomplete. The last step has Close instead of Next.
pub fn buttons_ui(ui: &mut Ui, current: Step, draft: &Draft, commands: &mut Vec<Command>) {
    let lang = ui.lang();
    ui.horizontal(|ui| {
        let back = ui.add_enabled(current.back().is_some(), Button::new(tr!(lang, "back")));
        if back.clicked() {
            commands.push(Command::Back);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if current == Step::Done {
                if ui.primary_button(&tr!(lang, "close"), true).clicked() {
                    commands.push(Command::Close);
                }
                return;
            }
            let blocker = current.next(draft).err();
            let next = ui.primary_button(
                &tr!(lang, "next"),
                blocker.as_ref().is_none_or(Blocker::next_can_wait),
            );
            if next.clicked() {
                commands.push(Command::Next);
            }
            if let Some(blocker) = blocker {
                ui.hint_label(blocker.text(lang));
            }
        });
    });
}
