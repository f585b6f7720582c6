//! The wizard in every language: the bundled fonts draw every message, the pseudo-locale walk
//! finds no text that skipped the messages and no label wider than its place, and a walk in each
//! language reaches the last step.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

use egui::{FontFamily, FontId};
use egui_kittest::kittest::NodeT as _;
use icloud_mail_wizard::gui::state::STORAGE_KEY;
use icloud_mail_wizard::gui::{DnsLookup, SavedState, WizardApp, theme};
use icloud_mail_wizard::i18n::Lang;
use icloud_mail_wizard::probe::Category;
use icloud_mail_wizard::probe::plan::Check;
use icloud_mail_wizard::tr;
use icloud_mail_wizard::wizard::{Checks, Step};
use util::gui::{
    Fakes, MemStorage, all_ok, click, harness, harness_sized, is_disabled, settle, shows,
    shows_text, step_until, type_into,
};

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
            // Between backticks a label or value is drawn in the monospace face, elsewhere in
            // the proportional one.
            for line in messages {
                for (i, part) in line.split('`').enumerate() {
                    let family = if i % 2 == 1 {
                        FontFamily::Monospace
                    } else {
                        FontFamily::Proportional
                    };
                    for c in part.chars().filter(|c| !c.is_control()) {
                        let font = FontId::new(15.0, family.clone());
                        if !h.ctx.fonts_mut(|f| f.has_glyph(&font, c)) {
                            missing.push(format!(
                                "{path}: {c:?} (U+{:04X}, {family:?})",
                                u32::from(c)
                            ));
                        }
                    }
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
    assert_eq!(h.state().saved_state().language, Some(Lang::De));

    // Every language survives what eframe writes to app.ron and reads back (RON, where
    // `pt-BR` is no plain identifier), and a wizard started from it speaks it.
    for lang in Lang::ALL {
        let current = h.state().saved_state().language.unwrap();
        let name = current.text("language-name");
        click(&mut h, &tr!(current, "language-current", language = name));
        click(&mut h, &lang.text("language-name"));
        assert_eq!(h.state().saved_state().language, Some(lang));
        let mut storage = MemStorage::default();
        eframe::App::save(h.state_mut(), &mut storage);
        let restored: SavedState = eframe::get_value(&storage, STORAGE_KEY).unwrap();
        assert_eq!(restored.language, Some(lang), "{:?}", storage.0);
        let mut again = harness(fakes.deps(), restored);
        settle(&mut again);
        assert!(shows(&again, &tr!(lang, "next")), "{lang}");
    }

    // No choice saved: the system's language (here French), and it is not saved as a choice.
    let mut deps = fakes.deps();
    deps.language = Lang::Fr;
    let mut french = harness(deps, SavedState::default());
    settle(&mut french);
    assert!(shows(&french, "Suivant"));
    assert_eq!(french.state().saved_state().language, None);
}

type H = egui_kittest::Harness<'static, WizardApp>;

const EMAIL: &str = "jane.doe@icloud.com";
const PASSWORD: &str = "dksi-umcn-pqcz-kdit";
const BAD_EMAIL: &str = "jane doe@icloud";
const BAD_PASSWORD: &str = "my-apple-password";

/// The messages whose English text is `english`, in `lang` (several messages may read the same
/// in English and differently elsewhere: a field's label and a table's row). The walk finds
/// widgets by the words a person of that language reads, and names them by their English text.
fn say_all(lang: Lang, english: &str) -> Vec<String> {
    static IDS: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        let mut ids: HashMap<String, Vec<String>> = HashMap::new();
        for (_, text) in Lang::En.sources() {
            for entry in fluent_syntax::parser::parse(*text).unwrap().body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let english = Lang::En.text(m.id.name);
                    ids.entry(english).or_default().push(m.id.name.to_owned());
                }
            }
        }
        ids
    });
    // A product's name alone ("Outlook") is no message: it reads the same in every language.
    ids.get(english).map_or_else(
        || vec![english.to_owned()],
        |ids| ids.iter().map(|id| lang.text(id)).collect(),
    )
}

/// The one of [`say_all`] that is on screen now.
fn say_shown(h: &H, lang: Lang, english: &str) -> String {
    let candidates = say_all(lang, english);
    candidates
        .iter()
        .find(|label| shows(h, label))
        .cloned()
        .unwrap_or_else(|| panic!("{lang}: none of {candidates:?} ({english:?}) is shown"))
}

/// [`say_all`] for a text with one message.
fn say(lang: Lang, english: &str) -> String {
    let mut all = say_all(lang, english);
    assert_eq!(all.len(), 1, "{english:?} is several messages: {all:?}");
    all.remove(0)
}

/// Every label and value on screen, with where it is drawn.
fn screen(h: &H) -> Vec<(String, egui::Rect)> {
    let mut texts = Vec::new();
    for node in h.root().children_recursive() {
        let node = node.accesskit_node();
        let Some(b) = node.bounding_box() else {
            continue;
        };
        #[allow(clippy::cast_possible_truncation, reason = "screen points")]
        let rect = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32, b.y0 as f32),
            egui::pos2(b.x1 as f32, b.y1 as f32),
        );
        for part in [node.label(), node.value()].into_iter().flatten() {
            if !part.trim().is_empty() {
                texts.push((part.clone(), rect));
            }
        }
    }
    texts
}

/// Nothing runs past the right edge of the window, and nothing in the list of steps (which does
/// not scroll) into the step beside it or below the window.
fn assert_fits(h: &H, lang: Lang, [width, height]: [f32; 2], at: &str) {
    // The list's panel is this wide, its margins inside.
    let list = theme::STEP_LIST_WIDTH;
    for (text, rect) in screen(h) {
        assert!(
            rect.right() <= width + 0.5,
            "{lang}, {at}: {text:?} runs off the {width} pt window: {rect:?}"
        );
        if rect.left() < list - 1.0 {
            assert!(
                rect.right() <= list + 0.5,
                "{lang}, {at}: {text:?} in the list of steps is wider than the list: {rect:?}"
            );
            assert!(
                rect.bottom() <= height + 0.5,
                "{lang}, {at}: {text:?} in the list of steps is below the window: {rect:?}"
            );
        }
    }
}

/// In the pseudo-locale every letter of every message is accented: ASCII letters on screen
/// are text that did not come from a message, unless they are one of `data` (what the person
/// typed, the values found, file names).
fn assert_localised(h: &H, data: &[String], at: &str) {
    let mut stray = Vec::new();
    for (text, _) in screen(h) {
        let mut rest = text.clone();
        for value in data {
            rest = rest.replace(value.as_str(), " ");
        }
        if rest.chars().any(|c| c.is_ascii_alphabetic()) {
            stray.push(text);
        }
    }
    stray.sort();
    stray.dedup();
    assert!(
        stray.is_empty(),
        "{at}: text that is no message: {stray:#?}"
    );
}

/// Every check fails, each in its own way, so the test step shows a diagnosis per row.
#[allow(clippy::unnecessary_wraps, reason = "it is a `Verdict`")]
fn all_fail_differently(check: &Check) -> Option<Category> {
    Some(WAYS[check.id % WAYS.len()])
}

/// How [`all_fail_differently`] fails the checks.
const WAYS: [Category; 8] = [
    Category::AuthFailed,
    Category::Timeout,
    Category::Refused,
    Category::TlsCertificate,
    Category::StartTlsUnavailable,
    Category::Dns,
    Category::TlsHandshake,
    Category::Protocol,
];

/// The whole flow in `lang` at `size` with checks that pass (or fail, with `failing`), through
/// a bad address, a bad password and every mail app, checking each screen with `check` (its
/// name and the harness), to the last step.
fn walk(lang: Lang, size: [f32; 2], failing: bool, mut check: impl FnMut(&str, &H)) -> H {
    let fakes = Fakes::new(if failing {
        all_fail_differently
    } else {
        all_ok
    });
    let mut deps = fakes.deps();
    deps.language = lang;
    let mut h = harness_sized(deps, SavedState::default(), size);
    settle(&mut h);
    let next = say(lang, "Next");
    check("Welcome", &h);
    click(&mut h, &next);
    assert_eq!(h.state().step(), Step::Address, "{lang}");
    check("Address, empty", &h);
    let field = say_shown(&h, lang, "Email address");
    type_into(&mut h, &field, BAD_EMAIL);
    check("Address, bad", &h);
    type_into(&mut h, &field, EMAIL);
    step_until(&mut h, "Next to open", |h| !is_disabled(h, &next));
    check("Address", &h);
    click(&mut h, &next);
    assert_eq!(h.state().step(), Step::Password, "{lang}");
    check("Password, empty", &h);
    let field = say_shown(&h, lang, "App-specific password");
    type_into(&mut h, &field, BAD_PASSWORD);
    check("Password, bad", &h);
    type_into(&mut h, &field, PASSWORD);
    check("Password", &h);
    click(&mut h, &next);
    assert_eq!(h.state().step(), Step::Test, "{lang}");
    step_until(&mut h, "the checks to finish", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
    check("Test", &h);
    click(&mut h, &next);
    assert_eq!(h.state().step(), Step::Export, "{lang}");
    check("Mail app, nothing chosen", &h);
    for choice in [
        "Thunderbird on this computer",
        "Thunderbird for Android or K-9 Mail",
        "Mail on an iPhone, iPad or Mac",
        "Outlook",
        "Another mail app",
    ] {
        let label = say_shown(&h, lang, choice);
        click(&mut h, &label);
        check(choice, &h);
    }
    let help_desk = say_shown(&h, lang, "Help desk: all the files");
    click(&mut h, &help_desk);
    check("Help desk", &h);
    // Untick all but "Another mail app", which needs nothing more, so Next opens.
    click(&mut h, &help_desk);
    for choice in [
        "Thunderbird on this computer",
        "Thunderbird for Android or K-9 Mail",
        "Mail on an iPhone, iPad or Mac",
        "Outlook",
    ] {
        let label = say_shown(&h, lang, choice);
        click(&mut h, &label);
    }
    step_until(&mut h, "Next to open", |h| !is_disabled(h, &next));
    click(&mut h, &next);
    assert_eq!(h.state().step(), Step::Done, "{lang}");
    check("Done", &h);
    h
}

/// What the walk types, the page for app-specific passwords, and the technical detail the
/// scripted checks give (as a system's own error text, it is not translated).
fn always_data() -> Vec<String> {
    let mut data: Vec<String> = [BAD_PASSWORD, BAD_EMAIL, EMAIL, "icloud.com"]
        .map(str::to_owned)
        .into();
    data.push(
        icloud_mail_wizard::provider::Provider::icloud()
            .app_password
            .url
            .clone(),
    );
    data.push("account.apple.com/account/manage".to_owned());
    data.push("account.apple.com".to_owned());
    data.extend(WAYS.map(|c| c.name().to_owned()));
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    data
}

/// What the walk types and finds, which stays as it is in every language.
fn data(h: &H) -> Vec<String> {
    let mut data = always_data();
    let s = h.state().draft().export_settings().unwrap();
    data.extend([
        EMAIL.to_owned(),
        s.imap().host.clone(),
        s.smtp().host.clone(),
        s.imap().username.clone(),
        s.smtp().username.clone(),
        s.email().domain().to_owned(),
        "SSL/TLS".to_owned(),
        "STARTTLS".to_owned(),
        // The one choice named by its product alone, the page for app-specific passwords, the
        // protocols and the scripted checks' server.
        "Outlook".to_owned(),
        "account.apple.com".to_owned(),
        "IMAP".to_owned(),
        "SMTP".to_owned(),
        "mail.test".to_owned(),
        // iCloud's folder names, which mail apps show as they are.
        "Sent Messages".to_owned(),
        "Deleted Messages".to_owned(),
    ]);
    for format in icloud_mail_wizard::export::Format::ALL {
        data.push(format.file_name(&s));
    }
    data.sort_by_key(|d| std::cmp::Reverse(d.len()));
    data
}

#[test]
fn in_the_pseudo_locale_every_visible_text_is_a_message_and_fits() {
    let mut seen = 0;
    for failing in [false, true] {
        walk(Lang::Pseudo, theme::MIN_WINDOW_SIZE, failing, |at, h| {
            seen += 1;
            let data = if h.state().draft().export_settings().is_ok() {
                data(h)
            } else {
                always_data()
            };
            assert_localised(h, &data, at);
            assert_fits(h, Lang::Pseudo, theme::MIN_WINDOW_SIZE, at);
        });
    }
    assert_eq!(seen, 2 * 16, "every screen of both walks was checked");
}

#[test]
fn a_walk_in_each_language_reaches_the_last_step_and_fits_the_smallest_window() {
    for lang in Lang::ALL {
        let h = walk(lang, theme::MIN_WINDOW_SIZE, lang == Lang::De, |at, h| {
            assert_fits(h, lang, theme::MIN_WINDOW_SIZE, at);
        });
        assert!(
            shows(&h, &say(lang, "Close")),
            "{lang}: the last step has Close"
        );
    }
}

/// A domain whose lookup gets no answer: the verdict, and why nothing is known, are messages in
/// the person's language too (the reason once came from the DNS code, in English).
#[test]
fn in_the_pseudo_locale_a_domain_that_could_not_be_checked_is_told_in_messages() {
    let lang = Lang::Pseudo;
    let silent = util::dnsmasq::Silent::start();
    let mut fakes = Fakes::new(all_ok);
    fakes.domains = DnsLookup::server(silent.addr)
        .with_limit(Duration::from_millis(300))
        .with_debounce(Duration::ZERO);
    let mut deps = fakes.deps();
    deps.language = lang;
    let mut h = harness_sized(deps, SavedState::default(), theme::MIN_WINDOW_SIZE);
    settle(&mut h);
    click(&mut h, &say(lang, "Next"));
    let field = say_shown(&h, lang, "Email address");
    type_into(&mut h, &field, "jane@example.test");
    let verdict = tr!(lang, "domain-unchecked-timed-out", domain = "example.test");
    step_until(&mut h, "the lookup to time out", |h| {
        shows_text(h, &verdict)
    });
    let why = tr!(
        lang,
        "dns-lookup-failed",
        record = "MX",
        name = "example.test",
        failure = tr!(lang, "dns-timed-out", limit = "300 ms")
    );
    assert!(shows_text(&h, &why), "{why:?} is not shown");
    let data = [
        "jane@example.test".to_owned(),
        "example.test".to_owned(),
        "300 ms".to_owned(),
        "MX".to_owned(),
    ];
    assert_localised(&h, &data, "Address, lookup timed out");
    assert_fits(
        &h,
        lang,
        theme::MIN_WINDOW_SIZE,
        "Address, lookup timed out",
    );
}
