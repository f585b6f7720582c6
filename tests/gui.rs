//! The desktop wizard, driven headless by label with `egui_kittest`: every step, valid and invalid
//! input, passing and failing checks (scripted), saving into a temp folder with the dialog
//! replaced by a path, the keychain, Back and Next, and the keyboard alone.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers too: a failed unwrap is a failed test (clippy.toml covers #[test] fns only)"
)]

mod util;

use std::sync::Arc;

use egui::{Key, OutputCommand};
use egui_kittest::kittest::Queryable as _;
use icloud_mail_wizard::gui::{SavedState, WizardApp};
use icloud_mail_wizard::keyring_store::PasswordStore as _;
use icloud_mail_wizard::probe::plan::Check;
use icloud_mail_wizard::probe::{Category, Protocol};
use icloud_mail_wizard::provider::{Security, UsernameForm};
use icloud_mail_wizard::wizard::{Checks, Step};
use util::files_in;
use util::gui::{
    FakeChecks, Fakes, Gate, all_ok, all_refused, click, harness, harness_sized, is_disabled,
    scroll_to, settle, shows, shows_text, step_until, type_into,
};

type H = egui_kittest::Harness<'static, WizardApp>;

const PASSWORD: &str = "dksi umcn pqcz kdit";

fn start(fakes: &Fakes) -> H {
    harness(fakes.deps(), SavedState::default())
}

/// From Welcome to the Password step with `email` (and `login` for a custom domain).
fn to_password(h: &mut H, email: &str, login: Option<&str>) {
    click(h, "Next");
    assert_eq!(h.state().step(), Step::Address);
    type_into(h, "Email address", email);
    if let Some(login) = login {
        type_into(h, "Primary iCloud address", login);
    }
    click(h, "Next");
    assert_eq!(h.state().step(), Step::Password);
}

/// From the Password step through a finished test.
fn through_test(h: &mut H) {
    type_into(h, "App-specific password", PASSWORD);
    click(h, "Next");
    assert_eq!(h.state().step(), Step::Test);
    step_until(h, "the checks to finish", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
}

fn copied_texts(h: &H) -> Vec<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn the_whole_flow_from_address_to_saved_files_and_the_settings_table() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    assert!(shows(&h, "Set up iCloud Mail in your mail app"));
    assert!(is_disabled(&h, "Back"));
    to_password(&mut h, "Jane.Doe@iCloud.com", None);
    through_test(&mut h);
    assert!(shows_text(&h, "Receiving and sending both work"));
    assert_eq!(h.get_all_by_label_contains("login works as").count(), 4);
    assert!(shows_text(&h, "connect 12 ms"));

    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Export);
    assert!(shows_text(&h, "The files use what the test found works"));
    click(&mut h, "Save all…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 4
    });
    let chosen = fakes.dir.path().join("chosen");
    let names: Vec<String> = files_in(&chosen)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "Jane.Doe@icloud.com.autoconfig.xml",
            "Jane.Doe@icloud.com.autodiscover.xml",
            "Jane.Doe@icloud.com.mobileconfig",
            "Jane.Doe@icloud.com.outlook.html",
        ]
    );
    let profile = std::fs::read_to_string(chosen.join("Jane.Doe@icloud.com.mobileconfig")).unwrap();
    assert!(!profile.contains("dksi"), "no password unless asked for");
    assert!(shows_text(
        &h,
        &chosen
            .join("Jane.Doe@icloud.com.mobileconfig")
            .display()
            .to_string()
    ));
    click(
        &mut h,
        "Open the folder of Jane.Doe@icloud.com.autoconfig.xml",
    );
    assert_eq!(*fakes.desktop.opened.lock().unwrap(), [chosen]);

    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    assert!(shows(&h, "imap.mail.me.com"));
    assert!(shows(&h, "smtp.mail.me.com"));
    assert!(shows(&h, "Jane.Doe"), "IMAP signs in with the name part");
    assert!(
        shows(&h, "Jane.Doe@icloud.com"),
        "SMTP with the full address"
    );
    assert!(shows(&h, "993") && shows(&h, "587"));
    assert!(shows(&h, "SSL/TLS") && shows(&h, "STARTTLS"));

    h.get_by_label("Copy IMAP server").click();
    h.step();
    assert_eq!(copied_texts(&h), ["imap.mail.me.com"]);
    settle(&mut h);
    assert!(shows_text(&h, "Copied imap.mail.me.com to the clipboard"));
    click(&mut h, "Copy SMTP username");
    assert!(shows_text(
        &h,
        "Copied Jane.Doe@icloud.com to the clipboard"
    ));
    assert!(shows(&h, "Close"));
    assert!(
        h.query_by_label("Next").is_none(),
        "the last step has no Next"
    );
}

#[test]
fn invalid_addresses_say_why_and_keep_next_disabled() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    click(&mut h, "Next");
    assert!(is_disabled(&h, "Next"));
    assert!(shows(&h, "Type your email address to go on"));
    for (typed, reason) in [
        ("jane.icloud.com", "The address has no @"),
        ("jane doe@icloud.com", "The address contains a space"),
        ("jane@icloud", "did you mean icloud.com?"),
        ("a@b@icloud.com", "has 2 @ signs"),
    ] {
        type_into(&mut h, "Email address", typed);
        assert!(shows_text(&h, reason), "{typed}: {reason}");
        assert!(is_disabled(&h, "Next"), "{typed}");
        assert!(shows_text(&h, "The address is not valid yet"), "{typed}");
        click(&mut h, "Next");
        assert_eq!(h.state().step(), Step::Address, "{typed}");
        assert_eq!(h.state().draft().email().text(), typed, "never wiped");
    }
    type_into(&mut h, "Email address", "jane@me.com");
    assert!(shows_text(
        &h,
        "An iCloud address, on Apple's own domain me.com"
    ));
    assert!(h.query_by_label("Primary iCloud address").is_none());
    assert!(!is_disabled(&h, "Next"));
}

#[test]
fn a_custom_domain_asks_for_the_primary_icloud_address_and_uses_it() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@example.com");
    assert!(shows_text(&h, "A custom domain (example.com)"));
    assert!(shows_text(
        &h,
        "iCloud signs in with your primary iCloud address"
    ));
    assert!(is_disabled(&h, "Next"));
    assert!(shows(&h, "Type your primary iCloud address to go on"));
    type_into(&mut h, "Primary iCloud address", "jdoe@gmail.com");
    assert!(shows_text(&h, "is not an iCloud address"));
    assert!(is_disabled(&h, "Next"));
    type_into(&mut h, "Primary iCloud address", "jdoe@icloud.com");
    assert!(shows(&h, "Signs in as jdoe@icloud.com"));
    click(&mut h, "Next");
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    // A custom domain signs in with the whole primary address on both servers.
    assert_eq!(h.get_all_by_label("jdoe@icloud.com").count(), 2);
}

#[test]
fn password_shape_errors_show_at_once_and_a_paste_with_spaces_works() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    assert!(is_disabled(&h, "Next"));
    assert!(shows(&h, "Paste your app-specific password to go on"));
    for (typed, reason) in [
        ("Summer2024!", "It contains digits"),
        ("correct_horse", "characters other than letters and dashes"),
        ("dksi-umcn-pqcz", "It has 12 letters"),
        ("dksiu-mcn-pqcz-kdit", "groups of 4"),
    ] {
        type_into(&mut h, "App-specific password", typed);
        assert!(shows_text(&h, reason), "{typed}: {reason}");
        assert!(is_disabled(&h, "Next"), "{typed}");
    }
    type_into(&mut h, "App-specific password", "");
    h.event(egui::Event::Paste(" DKSI UMCN PQCZ KDIT \n".into()));
    settle(&mut h);
    assert!(shows(&h, "The shape is right: four groups of four letters"));
    assert!(!is_disabled(&h, "Next"));

    // Hidden by default: a screen reader or a test reads no password off the field.
    let value = h
        .get_by_label("App-specific password")
        .value()
        .unwrap_or_default();
    assert!(!value.to_lowercase().contains("dksi"), "{value}");
    click(&mut h, "Show");
    let value = h
        .get_by_label("App-specific password")
        .value()
        .unwrap_or_default();
    assert!(value.contains("DKSI"), "{value}");
    click(&mut h, "Hide");

    h.get_by_label("Open account.apple.com").click();
    h.step();
    let urls: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            OutputCommand::OpenUrl(u) => Some(u.url.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(urls.len(), 1);
    assert!(
        urls[0].starts_with("https://account.apple.com/"),
        "{urls:?}"
    );
}

fn refuse_imap_name_part_and_block_587(check: &Check) -> Option<Category> {
    let r = &check.request;
    match (r.protocol, check.username_form, r.target.security) {
        (Protocol::Imap, UsernameForm::NamePart, _) => Some(Category::AuthFailed),
        (Protocol::Smtp, _, Security::StartTls) => Some(Category::Timeout),
        _ => None,
    }
}

#[test]
fn what_the_checks_find_goes_into_the_exports() {
    let fakes = Fakes::new(refuse_imap_name_part_and_block_587);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    assert!(shows_text(&h, "Receiving and sending both work"));
    assert!(shows_text(&h, "The server refused the login as jane"));
    assert!(shows_text(&h, "Networks often block 587: use port 465"));
    assert!(shows_text(
        &h,
        "IMAP username jane@icloud.com (full address), SMTP port 465 with SSL/TLS"
    ));
    click(&mut h, "Next");
    click(&mut h, "Save Thunderbird autoconfig…");
    step_until(&mut h, "the file to be saved", |h| {
        h.state().saved_files().len() == 1
    });
    let xml = std::fs::read_to_string(&h.state().saved_files()[0]).unwrap();
    assert!(xml.contains("<port>465</port>"), "{xml}");
    assert!(xml.contains("<socketType>SSL</socketType>"), "{xml}");
    let incoming =
        &xml[xml.find("<incomingServer").unwrap()..xml.find("</incomingServer>").unwrap()];
    assert!(
        incoming.contains("<username>%EMAILADDRESS%</username>"),
        "{xml}"
    );
    click(&mut h, "Next");
    assert!(shows(&h, "465"));
    assert!(!shows(&h, "587"));
    assert_eq!(h.get_all_by_label("jane@icloud.com").count(), 2);
}

#[test]
fn failing_checks_explain_why_and_still_let_the_person_export() {
    let fakes = Fakes::new(all_refused);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    assert!(shows_text(&h, "No login worked"));
    assert_eq!(
        h.get_all_by_label_contains("iCloud accepts only an app-specific password")
            .count(),
        4
    );
    assert!(h.query_by_label("Send myself a test message").is_none());
    assert!(
        !is_disabled(&h, "Next"),
        "a firewall must not stop the export"
    );
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Export);
    assert!(shows_text(
        &h,
        "The files use iCloud's documented settings, which are right for iCloud"
    ));
}

#[test]
fn a_running_test_can_be_cancelled_retried_or_skipped() {
    let gate = Arc::new(Gate::default());
    let mut fakes = Fakes::new(all_ok);
    fakes.checks = Arc::new(FakeChecks::gated(all_ok, gate.clone()));
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    type_into(&mut h, "App-specific password", PASSWORD);
    click(&mut h, "Next");
    step_until(&mut h, "the checks to start", |h| {
        shows_text(h, "Checking… 0 of 4 done")
    });
    assert!(is_disabled(&h, "Next"));
    assert!(shows(&h, "Wait for the checks to finish, or cancel them"));
    click(&mut h, "Cancel");
    assert_eq!(*h.state().draft().checks(), Checks::Cancelled);
    assert!(shows_text(&h, "The test was cancelled"));
    assert!(shows(&h, "The checks were cancelled: retry or skip them"));

    click(&mut h, "Retry");
    assert_eq!(*h.state().draft().checks(), Checks::Running);
    gate.open();
    step_until(&mut h, "the retried checks to finish", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
    assert_eq!(fakes.checks.runs(), 2);
    assert!(shows_text(&h, "Receiving and sending both work"));

    // Changing the password makes the result stale; coming back runs the test again.
    click(&mut h, "Back");
    type_into(&mut h, "App-specific password", "aaaa bbbb cccc dddd");
    click(&mut h, "Next");
    step_until(&mut h, "the third run", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
    assert_eq!(fakes.checks.runs(), 3);
}

#[test]
fn skipping_the_test_goes_on_with_the_documented_settings() {
    let gate = Arc::new(Gate::default());
    let mut fakes = Fakes::new(all_ok);
    fakes.checks = Arc::new(FakeChecks::gated(all_ok, gate));
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    type_into(&mut h, "App-specific password", PASSWORD);
    click(&mut h, "Next");
    click(&mut h, "Cancel");
    click(&mut h, "Skip the test");
    assert_eq!(h.state().step(), Step::Export);
    assert!(shows(
        &h,
        "The test was skipped, so the files use iCloud's documented settings"
    ));
}

#[test]
fn the_test_message_goes_out_and_comes_back() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    assert!(shows_text(&h, "sends a message to jane@icloud.com"));
    click(&mut h, "Send myself a test message");
    step_until(&mut h, "the test message", |h| {
        shows_text(h, "The test message was sent and arrived after 120 ms")
    });
    assert!(shows_text(&h, "it was deleted again"));
}

#[test]
fn back_and_next_keep_what_was_typed_and_the_side_list_jumps() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    assert!(is_disabled(&h, "3. Password"), "not reachable yet");
    to_password(&mut h, "jane@icloud.com", None);
    type_into(&mut h, "App-specific password", "Summer2024!");
    click(&mut h, "Back");
    assert_eq!(h.state().step(), Step::Address);
    assert_eq!(
        h.get_by_label("Email address").value().unwrap(),
        "jane@icloud.com"
    );
    click(&mut h, "Back");
    assert_eq!(h.state().step(), Step::Welcome);
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
    assert_eq!(h.state().draft().password().text(), "Summer2024!");
    assert!(is_disabled(&h, "4. Connection test"));
    click(&mut h, "1. Welcome, complete");
    assert_eq!(h.state().step(), Step::Welcome);
    click(&mut h, "3. Password");
    assert_eq!(h.state().step(), Step::Password);
}

/// Presses Tab until the focused widget is labelled `label`.
fn tab_to(h: &mut H, label: &str) {
    for _ in 0..40 {
        if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
            return;
        }
        h.key_press(Key::Tab);
        settle(h);
    }
    panic!("Tab never reached {label}");
}

#[test]
fn the_whole_flow_works_with_the_keyboard_alone() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Address);
    assert!(
        h.get_by_label("Email address").is_focused(),
        "the field has focus"
    );
    h.event(egui::Event::Text("jane@example.com".into()));
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(
        h.state().step(),
        Step::Address,
        "Enter does nothing while blocked"
    );
    tab_to(&mut h, "Primary iCloud address");
    h.event(egui::Event::Text("jdoe@icloud.com".into()));
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Password);
    assert!(h.get_by_label("App-specific password").is_focused());
    h.event(egui::Event::Paste(PASSWORD.into()));
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Test);
    step_until(&mut h, "the checks", |h| {
        matches!(h.state().draft().checks(), Checks::Finished(_))
    });
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Export);
    tab_to(&mut h, "Save all…");
    h.key_press(Key::Enter);
    settle(&mut h);
    step_until(&mut h, "saving by keyboard", |h| {
        h.state().saved_files().len() == 4
    });
    assert_eq!(
        h.state().step(),
        Step::Export,
        "Enter on a button presses only it"
    );
    // Shift+Tab and Enter on Back goes back; Enter with nothing focused goes on.
    tab_to(&mut h, "Back");
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Test);
    h.key_press(Key::Enter);
    settle(&mut h);
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(h.state().step(), Step::Done);
}

#[test]
fn a_remembered_password_is_offered_on_return_and_can_be_forgotten() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "Jane@iCloud.com", None);
    step_until(&mut h, "the keychain probe", |h| {
        h.state().remembers_password()
    });
    assert!(shows(&h, "Remember in the system keychain"));
    type_into(&mut h, "App-specific password", PASSWORD);
    click(&mut h, "Next");
    step_until(&mut h, "the password to be saved", |h| {
        shows_text(h, "Your app-specific password is saved in memory")
    });
    let saved = fakes
        .store
        .load(&"jane@icloud.com".parse().unwrap())
        .unwrap()
        .unwrap();
    assert_eq!(saved.expose(), "dksi-umcn-pqcz-kdit");
    let state = h.state().saved_state();
    let text = serde_json::to_string(&state).unwrap();
    assert!(!text.contains("dksi"), "no password in saved state: {text}");
    drop(h);

    // Next run: the address comes back from the saved state, the password from the keychain.
    let mut h = harness(fakes.deps(), state);
    click(&mut h, "Next");
    assert_eq!(
        h.get_by_label("Email address").value().unwrap(),
        "Jane@iCloud.com"
    );
    click(&mut h, "Next");
    step_until(&mut h, "the saved password offer", |h| {
        shows_text(h, "A password for Jane@icloud.com is saved in")
    });
    assert!(is_disabled(&h, "Next"));
    click(&mut h, "Use the saved password");
    assert!(shows(&h, "The shape is right: four groups of four letters"));
    assert!(!is_disabled(&h, "Next"));
    type_into(&mut h, "App-specific password", "");
    click(&mut h, "Forget it");
    step_until(&mut h, "the password to be forgotten", |h| {
        shows_text(h, "was removed from memory")
    });
    assert!(fakes.store.is_empty());
    assert!(h.query_by_label("Use the saved password").is_none());
}

#[test]
fn without_a_keychain_remember_is_off_and_says_why() {
    let mut fakes = Fakes::new(all_ok);
    fakes.keyring_works = false;
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    step_until(&mut h, "the keychain probe", |h| {
        shows_text(h, "No system keyring")
    });
    assert!(is_disabled(&h, "Remember in the system keychain"));
    assert!(!h.state().remembers_password());
    through_test(&mut h);
    assert!(fakes.store.is_empty());
}

#[test]
fn without_a_file_dialog_a_typed_folder_is_used() {
    let mut fakes = Fakes::new(all_ok);
    fakes.desktop.unavailable = Some("no file dialog can be shown here".into());
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");
    assert!(shows_text(
        &h,
        "No file dialog can be shown here. Type the folder to save into instead"
    ));
    assert!(h.query_by_label("Save all…").is_none(), "no dialog, no …");
    type_into(&mut h, "Folder", "relative/folder");
    click(&mut h, "Save all");
    assert!(shows_text(&h, "Type the whole path of the folder"));
    assert!(h.state().saved_files().is_empty());

    let typed = fakes.dir.path().join("typed folder");
    type_into(&mut h, "Folder", &typed.display().to_string());
    click(&mut h, "Apple configuration profile");
    click(&mut h, "Save all");
    step_until(&mut h, "saving into the typed folder", |h| {
        h.state().saved_files().len() == 3
    });
    assert_eq!(files_in(&typed).len(), 3);
    assert!(
        !typed.join("jane@icloud.com.mobileconfig").exists(),
        "unticked"
    );
    click(&mut h, "Save Apple configuration profile");
    step_until(&mut h, "saving one file", |h| {
        h.state().saved_files().len() == 4
    });
    assert!(typed.join("jane@icloud.com.mobileconfig").exists());
}

#[test]
fn the_profile_carries_the_password_only_when_asked() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Put the password in the Apple profile");
    click(&mut h, "Save Apple configuration profile…");
    step_until(&mut h, "the profile", |h| {
        h.state().saved_files().len() == 1
    });
    let path = &h.state().saved_files()[0];
    let profile = std::fs::read_to_string(path).unwrap();
    assert!(profile.contains("dksi-umcn-pqcz-kdit"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a profile with a password is private");
    }
}

#[test]
fn light_and_dark_mode_switch_and_are_remembered() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    click(&mut h, "Dark");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    click(&mut h, "Light");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
    let state = h.state().saved_state();
    assert_eq!(
        state.theme,
        icloud_mail_wizard::gui::state::ThemeChoice::Light
    );
    let h = harness(fakes.deps(), state);
    assert_eq!(h.ctx.theme(), egui::Theme::Light);
}

#[test]
fn every_value_can_be_copied_in_the_smallest_window() {
    let fakes = Fakes::new(all_ok);
    let [w, h] = icloud_mail_wizard::gui::theme::MIN_WINDOW_SIZE;
    let mut h = harness_sized(fakes.deps(), SavedState::default(), [w, h]);
    to_password(&mut h, "jane.doe.with.a.long.name@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    for (button, value) in [
        ("Copy IMAP server", "imap.mail.me.com"),
        ("Copy IMAP port", "993"),
        ("Copy IMAP security", "SSL/TLS"),
        ("Copy IMAP username", "jane.doe.with.a.long.name"),
        ("Copy SMTP server", "smtp.mail.me.com"),
        ("Copy SMTP port", "587"),
        ("Copy SMTP security", "STARTTLS"),
        ("Copy SMTP username", "jane.doe.with.a.long.name@icloud.com"),
    ] {
        scroll_to(&mut h, button);
        h.get_by_label(button).click();
        h.step();
        assert_eq!(copied_texts(&h), [value], "{button}");
    }
}

/// eframe's storage as a map: what `App::save` would write to `app.ron`.
#[derive(Default)]
struct MemStorage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// Every label and value on screen, as a screen reader gets them.
fn screen_text(h: &H) -> String {
    use egui_kittest::kittest::NodeT as _;
    let mut text = String::new();
    for node in h.root().children_recursive() {
        let node = node.accesskit_node();
        for part in [node.label(), node.value()].into_iter().flatten() {
            text.push_str(&part);
            text.push('\n');
        }
    }
    text
}

#[test]
fn a_whole_session_leaks_the_password_nowhere() {
    let fakes = Fakes::new(all_refused);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@example.com", Some("jdoe@icloud.com"));
    step_until(&mut h, "the keychain probe", |h| {
        h.state().remembers_password()
    });
    let mut seen = String::new();
    through_test(&mut h);
    step_until(&mut h, "the diagnoses", |h| {
        shows_text(h, "iCloud accepts only an app-specific password")
    });
    seen.push_str(&screen_text(&h));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Export);
    click(&mut h, "Save all…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 4
    });
    seen.push_str(&screen_text(&h));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    let done = screen_text(&h);
    assert!(
        done.contains("smtp.mail.me.com"),
        "the screen is read: {done}"
    );
    seen.push_str(&done);
    let draft = format!("{:?}", h.state().draft());
    seen.push_str(&draft);

    let mut storage = MemStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    assert!(!storage.0.is_empty(), "the app saved its state");
    for value in storage.0.values() {
        seen.push_str(value);
    }
    for file in files_in(&fakes.dir.path().join("chosen")) {
        seen.push_str(&std::fs::read_to_string(&file).unwrap());
    }
    // It was remembered where it belongs, and is nowhere else.
    assert_eq!(
        fakes
            .store
            .load(&"jdoe@icloud.com".parse().unwrap())
            .unwrap()
            .unwrap()
            .expose(),
        "dksi-umcn-pqcz-kdit"
    );
    for form in ["dksi-umcn-pqcz-kdit", PASSWORD, "dksi", "kdit"] {
        assert!(!seen.contains(form), "{form} leaked into:\n{seen}");
    }
    assert!(
        seen.contains("jdoe@icloud.com"),
        "the search saw real content"
    );
}
