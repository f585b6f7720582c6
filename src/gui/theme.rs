//! Design tokens: every size, gap and colour the wizard uses, in one place.
//!
//! Views never pick colours: they call [`crate::gui::ui_ext::UiExt`] (`error_label`,
//! `success_label`, …), which reads the tokens here for the current light or dark theme.
#![allow(
    clippy::disallowed_methods,
    reason = "the one place colours are defined (clippy.toml bans them elsewhere)"
)]

use egui::{Color32, FontFamily, FontId, TextStyle, Theme, Visuals};

/// Window size on first start, in points.
pub const WINDOW_SIZE: [f32; 2] = [920.0, 700.0];
/// Smallest window that shows every step without clipping, in points.
pub const MIN_WINDOW_SIZE: [f32; 2] = [760.0, 560.0];
/// Width of the side list of steps.
pub const STEP_LIST_WIDTH: f32 = 220.0;
/// Width of text fields.
pub const FIELD_WIDTH: f32 = 380.0;
/// Room beside a path field for its "Choose…" button.
pub const PICK_BUTTON_ROOM: f32 = 84.0;
/// Longest line of running text, so paragraphs stay readable in a wide window.
pub const TEXT_WIDTH: f32 = 620.0;
/// Room kept free on the right of a scrolling page for the scroll bar.
pub const SCROLLBAR_ROOM: f32 = 14.0;
/// Small gap.
pub const GAP_S: f32 = 4.0;
/// Gap between related groups.
pub const GAP_M: f32 = 10.0;
/// Gap between sections.
pub const GAP_L: f32 = 20.0;
/// Inner margin of the panels.
pub const PANEL_MARGIN: i8 = 16;
/// A QR code's light modules and quiet zone: white in both themes, as scanners expect.
pub const QR_LIGHT: egui::Color32 = egui::Color32::WHITE;
/// A QR code's dark modules.
pub const QR_DARK: egui::Color32 = egui::Color32::BLACK;
/// Widest a QR code is drawn, in points: large enough for a phone held at arm's length.
pub const QR_MAX_SIDE: f32 = 360.0;
/// Narrowest module, in physical pixels, below which a code is hard to scan from a screen.
pub const QR_MIN_MODULE_PX: f32 = 3.0;

/// Colours for one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Something worked.
    pub success: Color32,
    /// Something failed or is invalid.
    pub error: Color32,
    /// Something needs attention but nothing failed.
    pub warning: Color32,
    /// Background of a card (a check row, a notice).
    pub card: Color32,
    /// The main button (Next).
    pub accent: Color32,
    /// Text on [`Palette::accent`].
    pub on_accent: Color32,
    /// Outline of text fields and buttons at rest.
    pub outline: Color32,
}

/// Light theme colours: dark enough to read on white (WCAG AA contrast).
pub const LIGHT: Palette = Palette {
    success: Color32::from_rgb(0x1a, 0x7a, 0x3a),
    error: Color32::from_rgb(0xb4, 0x23, 0x18),
    warning: Color32::from_rgb(0x8a, 0x55, 0x00),
    card: Color32::from_rgb(0xec, 0xef, 0xf2),
    accent: Color32::from_rgb(0x1d, 0x6f, 0xd6),
    on_accent: Color32::WHITE,
    outline: Color32::from_rgb(0xb8, 0xbe, 0xc6),
};

/// Dark theme colours: light enough to read on the dark panels.
pub const DARK: Palette = Palette {
    success: Color32::from_rgb(0x7c, 0xd9, 0x92),
    error: Color32::from_rgb(0xff, 0x8a, 0x80),
    warning: Color32::from_rgb(0xf2, 0xc0, 0x6b),
    card: Color32::from_rgb(0x2a, 0x2d, 0x31),
    accent: Color32::from_rgb(0x2f, 0x7f, 0xe0),
    on_accent: Color32::WHITE,
    outline: Color32::from_rgb(0x4a, 0x4f, 0x56),
};

/// The palette for `visuals`.
pub fn palette(visuals: &Visuals) -> &'static Palette {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// Applies the wizard's text sizes, spacing and colours to both themes of `ctx`.
pub fn apply(ctx: &egui::Context) {
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            let p = match theme {
                Theme::Light => &LIGHT,
                Theme::Dark => &DARK,
            };
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(24.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(15.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(12.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(14.0, FontFamily::Monospace),
                ),
            ]
            .into();
            style.spacing.item_spacing = egui::vec2(8.0, 8.0);
            style.spacing.button_padding = egui::vec2(10.0, 5.0);
            style.spacing.interact_size.y = 28.0;
            style.visuals.error_fg_color = p.error;
            style.visuals.warn_fg_color = p.warning;
            // Fields and buttons keep a visible outline at rest (egui's light theme has none).
            style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, p.outline);
        });
    }
}
