//! The side list of steps and the Back / Next bar.

use egui::{Button, RichText, Ui};

use super::command::Command;
use super::state::ThemeChoice;
use super::theme;
use super::ui_ext::{Mark, UiExt as _, paint_mark};
use crate::wizard::{Blocker, Draft, Step};

/// The side list: every step, the current one highlighted, finished ones ticked. Steps the
/// person can reach are buttons; the rest are greyed out.
pub fn steps_ui(
    ui: &mut Ui,
    current: Step,
    draft: &Draft,
    theme_choice: ThemeChoice,
    commands: &mut Vec<Command>,
) {
    ui.label(RichText::new("iCloud Mail Wizard").strong().size(17.0));
    ui.add_space(theme::GAP_M);
    let furthest = draft.furthest_step();
    for step in Step::ALL {
        let done = step < furthest && step != current;
        let text = format!("{}. {}", step.index() + 1, step.title());
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
            let name = format!("{}. {}, complete", step.index() + 1, step.title());
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, step == current, &name)
            });
        }
        if response.clicked() {
            commands.push(Command::GoTo(step));
        }
    }
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Min), |ui| {
        ui.horizontal(|ui| {
            for choice in ThemeChoice::ALL {
                if ui
                    .selectable_label(theme_choice == choice, choice.label())
                    .clicked()
                {
                    commands.push(Command::SetTheme(choice));
                }
            }
        });
        ui.hint_label("Appearance");
    });
}

/// Back on the left; Next on the right, disabled with the reason beside it while the step is
/// incomplete. The last step has Close instead of Next.
pub fn buttons_ui(ui: &mut Ui, current: Step, draft: &Draft, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let back = ui.add_enabled(current.back().is_some(), Button::new("Back"));
        if back.clicked() {
            commands.push(Command::Back);
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if current == Step::Done {
                if ui.primary_button("Close", true).clicked() {
                    commands.push(Command::Close);
                }
                return;
            }
            let blocker = current.next(draft).err();
            let next =
                ui.primary_button("Next", blocker.as_ref().is_none_or(Blocker::next_can_wait));
            if next.clicked() {
                commands.push(Command::Next);
            }
            if let Some(blocker) = blocker {
                ui.hint_label(blocker.to_string());
            }
        });
    });
}
