//! The wizard in every language: the bundled fonts draw every message, the pseudo-locale walk
//! finds no text that skipped the messages and no label wider than its place, and a walk in each
//! language reaches the last step.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use egui::{FontFamily, FontId};
use icloud_mail_wizard::gui::SavedState;
use icloud_mail_wizard::i18n::Lang;
use util::gui::{Fakes, all_ok, click, harness, settle, shows};

/// Every character of every message file, in every language and the pseudo-locale, has a glyph
/// in the fonts the wizard ships (a missing one is drawn as a box).
#[test]
fn the_bundled_fonts_draw_every_character_of_every_language() {
    let fakes = Fakes::new(all_ok);
    let mut h = harness(fakes.deps(), SavedState::default());
    settle(&mut h);
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for (path, text) in lang.sources() {
            let messages = text.lines().filter(|l| !l.trim_start().starts_with('#'));
            for c in messages.flat_map(str::chars) {
                let drawn = h.ctx.fonts_mut(|f| {
                    f.has_glyph(&FontId::new(15.0, FontFamily::Proportional), c)
                        && f.has_glyph(&FontId::new(15.0, FontFamily::Monospace), c)
                });
                if !drawn && !c.is_control() {
                    missing.push(format!("{path}: {c:?} (U+{:04X})", u32::from(c)));
                }
            }
        }
    }
    let alphabet: String = ('a'..='z').chain('A'..='Z').collect();
    for c in icloud_mail_wizard::i18n::pseudo::transform(&alphabet).chars() {
        if !h
            .ctx
            .fonts_mut(|f| f.has_glyph(&FontId::new(15.0, FontFamily::Proportional), c))
        {
            missing.push(format!("pseudo-locale: {c:?}"));
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "no glyph for: {missing:#?}");
}

/// The picker switches the language at once (the Next button is "Weiter" in the next frame),
/// the choice is saved, and a wizard started from the saved state speaks it; without a saved
/// choice the system's language is spoken.
#[test]
fn the_language_picked_switches_at_once_and_is_remembered() {
    let fakes = Fakes::new(all_ok);
    let mut h = harness(fakes.deps(), SavedState::default());
    settle(&mut h);
    assert!(shows(&h, "Next"));
    assert_eq!(
        h.state().saved_state().language,
        None,
        "the system's, until picked"
    );
    click(&mut h, "Language: English");
    click(&mut h, "Deutsch");
    assert!(shows(&h, "Weiter"), "German from the next frame");
    assert!(!shows(&h, "Next"));
    assert!(shows(&h, "1. Willkommen"));
    let saved = h.state().saved_state();
    assert_eq!(saved.language, Some(Lang::De));

    // What eframe writes and reads back.
    let json = serde_json::to_string(&saved).unwrap();
    assert!(json.contains(r#""language":"de""#), "{json}");
    let restored: SavedState = serde_json::from_str(&json).unwrap();
    let mut again = harness(fakes.deps(), restored);
    settle(&mut again);
    assert!(shows(&again, "Weiter"));

    // No choice saved: the system's language (here French), and it is not saved as a choice.
    let mut deps = fakes.deps();
    deps.language = Lang::Fr;
    let mut french = harness(deps, SavedState::default());
    settle(&mut french);
    assert!(shows(&french, "Suivant"));
    assert_eq!(french.state().saved_state().language, None);
}
