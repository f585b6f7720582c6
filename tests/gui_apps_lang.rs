//! The mail app step and the Done step in another language: the choices, the instructions with
//! the other apps' own labels, and the settings table with its Copy buttons, in German, in the
//! smallest window.
#![cfg(feature = "gui")]
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use egui_kittest::kittest::Queryable as _;
use icloud_mail_wizard::gui::{SavedState, WizardApp};
use icloud_mail_wizard::wizard::{Checks, Step};
use util::gui::{
    Fakes, all_ok, click, copied_texts, harness_sized, is_disabled, scroll_to, settle, shows,
    shows_text, step_until, type_into,
};

type H = egui_kittest::Harness<'static, WizardApp>;

/// From Welcome through a finished test to the mail app step, in English.
fn to_the_mail_app_step(h: &mut H) {
    click(h, "Next");
    type_into(h, "Email address", "jane.doe.with.a.long.name@icloud.com");
    step_until(h, "Next to open", |h| !is_disabled(h, "Next"));
    click(h, "Next");
    type_into(h, "App-specific password", "dksi umcn pqcz kdit");
    click(h, "Next");
    step_until(h, "the checks to finish", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
    click(h, "Next");
    assert_eq!(h.state().step(), Step::Export);
}

#[test]
fn the_mail_app_step_and_the_settings_speak_german() {
    let fakes = Fakes::new(all_ok);
    let size = icloud_mail_wizard::gui::theme::MIN_WINDOW_SIZE;
    let mut h = harness_sized(fakes.deps(), SavedState::default(), size);
    to_the_mail_app_step(&mut h);
    click(&mut h, "Language: English");
    click(&mut h, "Deutsch");
    assert!(shows(&h, "Wo liest du deine E-Mails?"));

    click(&mut h, "Thunderbird für Android oder K-9 Mail");
    assert!(
        shows_text(&h, "`Einstellungen importieren`")
            || shows_text(&h, "Einstellungen importieren")
    );
    assert!(shows_text(&h, "Passwort des Posteingangsservers"));
    click(&mut h, "Mail auf iPhone, iPad oder Mac");
    click(
        &mut h,
        "Nein: mit einem anderen Apple Account oder gar nicht angemeldet",
    );
    assert!(shows_text(&h, "tippe auf Profil geladen"));
    assert!(shows(&h, "Apple-Profil speichern…"));
    click(&mut h, "Diesen Schritt überspringen");
    assert_eq!(h.state().step(), Step::Done);

    assert!(shows(&h, "Deine Einstellungen für iCloud Mail"));
    assert!(shows_text(&h, "Benutzername"));
    for (button, value) in [
        ("IMAP-Server kopieren", "imap.mail.me.com"),
        ("IMAP-Port kopieren", "993"),
        ("SMTP-Sicherheit kopieren", "STARTTLS"),
        (
            "SMTP-Benutzernamen kopieren",
            "jane.doe.with.a.long.name@icloud.com",
        ),
    ] {
        scroll_to(&mut h, button);
        h.get_by_label(button).click();
        h.step();
        assert_eq!(copied_texts(&h), [value], "{button}");
    }
    settle(&mut h);
    assert!(shows_text(
        &h,
        "jane.doe.with.a.long.name@icloud.com in die Zwischenablage kopiert"
    ));
}
