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
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
        ui.horizontal_wrapped(|ui| {
            for choice in ThemeChoice::ALL {
                if ui
                    .selectable_label(theme_choice == choice, choice.label(lang))
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
        });
        ui.hint_label(tr!(lang, "appearance"));
        ui.add_space(theme::GAP_M);
        language_picker(ui, lang, commands);
        ui.hint_label(tr!(lang, "language-label"));
    });
}

/// The language picker: each language by its own name, switching at once.
fn language_picker(ui: &mut Ui, lang: Lang, commands: &mut Vec<Command>) {
    let current = lang.text("language-name");
    let name = tr!(lang, "language-current", language = current.as_str());
    let response = egui::ComboBox::from_id_salt("language")
        .selected_text(current)
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for choice in Lang::ALL {
                if ui
                    .selectable_label(choice == lang, choice.text("language-name"))
                    .clicked()
                    && choice != lang
                {
                    commands.push(Command::SetLang(choice));
                }
            }
        })
        .response;
    response
        .on_hover_text(&name)
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &name));
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
