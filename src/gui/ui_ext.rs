//! Widgets every step shares, so no view picks its own colours, marks or spacing.

use egui::{Color32, Painter, Pos2, Rect, Response, RichText, Role, Sense, Stroke, Ui, WidgetInfo};

use super::theme;
use crate::i18n::Lang;

/// A status mark, painted (the bundled fonts have no check-mark glyphs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A check mark.
    Success,
    /// A cross.
    Error,
    /// A warning triangle.
    Warning,
}

impl Mark {
    /// The mark's colour in the current theme.
    pub fn color(self, visuals: &egui::Visuals) -> Color32 {
        let p = theme::palette(visuals);
        match self {
            Self::Success => p.success,
            Self::Error => p.error,
            Self::Warning => p.warning,
        }
    }
}

/// Where the language spoken lives in egui's memory: one per `Context`, so each window (and each
/// test's harness) speaks its own.
fn lang_id() -> egui::Id {
    egui::Id::unique("icloud-mail-wizard-lang")
}

/// Makes every view of `ctx` speak `lang` ([`UiExt::lang`]).
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The language `ctx` speaks (English before [`set_lang`]).
pub fn lang_of(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

/// Forgets the undo history of the text field `field` (call it after drawing the field, each
/// frame). egui keeps earlier contents of a field for Ctrl+Z until the window closes; for a
/// secret those are copies of every password typed or pasted, such as an Apple Account
/// password later replaced by the app-specific one, which Ctrl+Z would bring back.
pub fn forget_edits(ctx: &egui::Context, field: egui::Id) {
    if let Some(mut state) = egui::text_edit::TextEditState::load(ctx, field) {
        state.clear_undoer();
        state.store(ctx, field);
    }
}

/// The wizard's own widgets on top of [`egui::Ui`].
pub trait UiExt {
    /// The language spoken ([`set_lang`]; English before it is set). Views look their texts up
    /// with `tr!(ui.lang(), "id")`.
    fn lang(&self) -> Lang;
    /// A step's title: large and in the strongest text colour.
    fn step_heading(&mut self, text: &str) -> Response;
    /// A wrapped line in the error colour, after a cross.
    fn error_label(&mut self, text: impl Into<String>) -> Response;
    /// A wrapped line in the success colour, after a check mark.
    fn success_label(&mut self, text: impl Into<String>) -> Response;
    /// A wrapped line in the warning colour, after a warning triangle.
    fn warning_label(&mut self, text: impl Into<String>) -> Response;
    /// A mark alone, the size of a line of text.
    fn mark(&mut self, mark: Mark) -> Response;
    /// Secondary text: wrapped and dimmed.
    fn hint_label(&mut self, text: impl Into<String>) -> Response;
    /// Running text, wrapped at a readable width.
    fn paragraph(&mut self, text: impl Into<String>) -> Response;
    /// The label above a text field; pass its id to [`Response::labelled_by`] on the field.
    fn field_label(&mut self, text: &str) -> Response;
    /// A small button showing `text` whose accessible name is `name` (e.g. "Copy IMAP server").
    fn named_button(&mut self, text: &str, name: &str) -> Response;
    /// A button of the usual size showing `text` whose accessible name is `name` (e.g. a
    /// "Choose…" beside a field: "Choose the private key…").
    fn labelled_button(&mut self, text: &str, name: &str) -> Response;
    /// A card: a tinted, rounded frame around `add`.
    fn card<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> R;
    /// The step's main button, in the accent colour while enabled.
    fn primary_button(&mut self, text: &str, enabled: bool) -> Response;
}

impl UiExt for Ui {
    fn lang(&self) -> Lang {
        lang_of(self.ctx())
    }

    fn step_heading(&mut self, text: &str) -> Response {
        let response = self.label(RichText::new(text).heading().strong());
        self.add_space(theme::GAP_M);
        response
    }

    fn error_label(&mut self, text: impl Into<String>) -> Response {
        marked(self, Mark::Error, &text.into())
    }

    fn success_label(&mut self, text: impl Into<String>) -> Response {
        marked(self, Mark::Success, &text.into())
    }

    fn warning_label(&mut self, text: impl Into<String>) -> Response {
        marked(self, Mark::Warning, &text.into())
    }

    fn mark(&mut self, mark: Mark) -> Response {
        let size = self.text_style_height(&egui::TextStyle::Body);
        let (rect, response) = self.allocate_exact_size(egui::vec2(size, size), Sense::hover());
        paint_mark(self.painter(), rect, mark, mark.color(self.visuals()));
        response
    }

    fn hint_label(&mut self, text: impl Into<String>) -> Response {
        let text = RichText::new(text.into()).color(self.visuals().weak_text_color());
        self.add(egui::Label::new(text).wrap())
    }

    fn paragraph(&mut self, text: impl Into<String>) -> Response {
        let width = self.available_width().min(theme::TEXT_WIDTH);
        self.scope(|ui| {
            ui.set_max_width(width);
            ui.add(egui::Label::new(text.into()).wrap())
        })
        .inner
    }

    fn field_label(&mut self, text: &str) -> Response {
        self.label(RichText::new(text).strong())
    }

    fn named_button(&mut self, text: &str, name: &str) -> Response {
        let response = self.small_button(text).on_hover_text(name);
        let name = name.to_owned();
        response.widget_info(move || WidgetInfo::labeled(Role::Button, true, &name));
        response
    }

    fn labelled_button(&mut self, text: &str, name: &str) -> Response {
        let response = self.button(text).on_hover_text(name);
        let name = name.to_owned();
        response.widget_info(move || WidgetInfo::labeled(Role::Button, true, &name));
        response
    }

    fn card<R>(&mut self, add: impl FnOnce(&mut Ui) -> R) -> R {
        egui::Frame::new()
            .fill(theme::palette(self.visuals()).card)
            .corner_radius(6)
            .inner_margin(10)
            .show(self, |ui| {
                ui.set_width(ui.available_width());
                add(ui)
            })
            .inner
    }

    fn primary_button(&mut self, text: &str, enabled: bool) -> Response {
        let p = theme::palette(self.visuals());
        let button = if enabled {
            egui::Button::new(RichText::new(text).strong().color(p.on_accent)).fill(p.accent)
        } else {
            egui::Button::new(text)
        };
        self.add_enabled(enabled, button.min_size(egui::vec2(96.0, 0.0)))
    }
}

fn marked(ui: &mut Ui, mark: Mark, text: &str) -> Response {
    let width = ui.available_width().min(theme::TEXT_WIDTH);
    let color = mark.color(ui.visuals());
    ui.horizontal_top(|ui| {
        ui.set_max_width(width);
        ui.spacing_mut().item_spacing.x = 6.0;
        ui.mark(mark);
        ui.add(egui::Label::new(RichText::new(text).color(color)).wrap())
    })
    .inner
}

/// Paints `qr` crisply: whole physical pixels per module, light quiet zone, at most
/// [`theme::QR_MAX_SIDE`] points and no wider than the space there is. `name` is what screen
/// readers say. Returns the module size in physical pixels.
pub fn qr_code_ui(ui: &mut Ui, qr: &crate::qr::QrMatrix, name: &str) -> f32 {
    let modules = qr.size_with_quiet_zone();
    let ppp = ui.ctx().pixels_per_point();
    #[allow(
        clippy::cast_precision_loss,
        reason = "a QR code has at most 185 modules a side"
    )]
    let count = modules as f32;
    let room = ui.available_width().min(theme::QR_MAX_SIDE) * ppp;
    let module_px = (room / count).floor().max(theme::QR_MIN_MODULE_PX);
    let module = module_px / ppp;
    let side = module * count;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, theme::QR_LIGHT);
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if !qr.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < modules && qr.is_dark(x, y) {
                x += 1;
            }
            #[allow(clippy::cast_precision_loss, reason = "see above")]
            let run = Rect::from_min_size(
                rect.min + egui::vec2(start as f32 * module, y as f32 * module),
                egui::vec2((x - start) as f32 * module, module),
            );
            painter.rect_filled(run, 0.0, theme::QR_DARK);
        }
    }
    let name = name.to_owned();
    response.widget_info(move || WidgetInfo::labeled(Role::Image, true, &name));
    module_px
}

/// Paints `mark` into `rect` (a square the height of a text line).
pub fn paint_mark(painter: &Painter, rect: Rect, mark: Mark, color: Color32) {
    let c = rect.center();
    let r = rect.width() * 0.36;
    let at = |x: f32, y: f32| Pos2::new(c.x + x * r, c.y + y * r);
    let stroke = Stroke::new((rect.width() * 0.13).max(1.5), color);
    match mark {
        Mark::Success => {
            painter.line(vec![at(-0.9, 0.05), at(-0.3, 0.65), at(0.95, -0.7)], stroke);
        }
        Mark::Error => {
            painter.line_segment([at(-0.75, -0.75), at(0.75, 0.75)], stroke);
            painter.line_segment([at(-0.75, 0.75), at(0.75, -0.75)], stroke);
        }
        Mark::Warning => {
            let thin = Stroke::new(stroke.width * 0.8, color);
            painter.add(egui::Shape::closed_line(
                vec![at(0.0, -1.0), at(1.05, 0.85), at(-1.05, 0.85)],
                thin,
            ));
            painter.line_segment([at(0.0, -0.4), at(0.0, 0.2)], thin);
            painter.circle_filled(at(0.0, 0.55), thin.width * 0.6, color);
        }
    }
}
