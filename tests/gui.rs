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
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use icloud_mail_wizard::gui::{DnsLookup, SavedState, WizardApp};
use icloud_mail_wizard::keyring_store::PasswordStore as _;
use icloud_mail_wizard::probe::plan::Check;
use icloud_mail_wizard::probe::{Category, Protocol};
use icloud_mail_wizard::provider::{Security, UsernameForm};
use icloud_mail_wizard::sign::TrustAnchors;
use icloud_mail_wizard::wizard::{Checks, Destination, Step};
use util::files_in;
use util::gui::{
    FakeChecks, Fakes, Gate, MemStorage, all_ok, all_refused, click, copied_texts, dns, harness,
    harness_sized, is_disabled, scroll_to, settle, shows, shows_text, step_until, type_into,
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
    step_until(h, "Next to open", |h| !is_disabled(h, "Next"));
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
    assert!(shows(&h, "Where will you read your mail?"));
    assert!(shows_text(&h, "The files use what the test found works"));
    assert!(shows(
        &h,
        "Choose where you will read your mail, or skip this step"
    ));
    assert!(is_disabled(&h, "Next"));
    click(&mut h, "Help desk: all the files");
    assert!(shows(&h, "Save the files, or skip this step"));
    click(&mut h, "Save all files…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 3
    });
    let chosen = fakes.dir.path().join("chosen");
    let names: Vec<String> = files_in(&chosen)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "Jane.Doe@icloud.com.mobileconfig",
            "Jane.Doe@icloud.com.outlook.html",
            "icloud.com.xml",
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
    click(&mut h, "Open the folder of icloud.com.xml");
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
    values_are_one_line(&h, util::gui::SIZE[0]);
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
    step_until(&mut h, "the lookup", |h| {
        shows_text(
            h,
            "example.com is an iCloud+ custom domain: its mail goes to iCloud",
        )
    });
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
    click(&mut h, "Another mail app");
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
    click(&mut h, "Thunderbird on this computer");
    assert!(shows_text(
        &h,
        "smtp.mail.me.com 465 SSL/TLS as jane@icloud.com by itself"
    ));
    assert!(shows_text(
        &h,
        "Thunderbird will guess iCloud's documented values"
    ));
    assert!(shows(&h, "Set up Thunderbird on this computer"));
    click(&mut h, "Thunderbird on this computer");
    click(&mut h, "Outlook");
    assert!(shows(&h, "Choose your Outlook, or skip this step"));
    click(&mut h, "Classic Outlook for Windows");
    // The steps on screen carry what the test found, as the sheet does.
    assert!(shows_text(&h, "port 465, encryption method SSL/TLS"));
    assert!(shows_text(&h, "Check that User Name is jane@icloud.com"));
    click(&mut h, "Save the printable sheet…");
    step_until(&mut h, "the sheet to be saved", |h| {
        h.state().saved_files().len() == 1
    });
    let sheet = std::fs::read_to_string(&h.state().saved_files()[0]).unwrap();
    let sheet = sheet.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        sheet.contains("<th>Outgoing port</th> <td class=\"value\">465</td>"),
        "{sheet}"
    );
    assert!(
        sheet.contains("<th>Incoming user name</th> <td class=\"value\">jane@icloud.com</td>"),
        "{sheet}"
    );
    assert!(
        !sheet.contains("If your network blocks it, use port"),
        "465 is already chosen"
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
    assert_eq!(
        h.state().draft().password().text(),
        "aaaa bbbb cccc dddd",
        "the new password was typed"
    );
    assert_eq!(
        *h.state().draft().checks(),
        Checks::NotRun,
        "the result went stale"
    );
    click(&mut h, "Next");
    step_until(&mut h, "the third run", |h| {
        fakes.checks.runs() == 3 && matches!(h.state().draft().checks(), Checks::Finished(_))
    });
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

/// The Apple Account password pasted by mistake, then replaced by the app-specific one: the
/// field keeps no undo history, so Ctrl+Z cannot bring the first one back (and egui's memory
/// holds no copy of it for the rest of the run).
#[test]
fn undo_in_the_password_field_cannot_bring_back_a_replaced_password() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    let field = "App-specific password";
    type_into(&mut h, field, "Summer2024!");
    // Long enough unchanged for egui to keep an undo point (1 s).
    h.run_steps(8);
    type_into(&mut h, field, "abcd-efgh-ijkl-mnop");
    h.run_steps(8);
    assert!(h.get_by_label(field).is_focused());
    for _ in 0..3 {
        h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        h.run();
    }
    assert_eq!(h.state().draft().password().text(), "abcd-efgh-ijkl-mnop");
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
    h.key_press(Key::Enter);
    settle(&mut h);
    assert_eq!(
        h.state().step(),
        Step::Export,
        "Enter never skips the mail app step silently"
    );
    tab_to(&mut h, "Help desk: all the files");
    h.key_press(Key::Space);
    settle(&mut h);
    assert!(h.state().draft().delivery.is_chosen(Destination::HelpDesk));
    tab_to(&mut h, "Save all files…");
    h.key_press(Key::Enter);
    settle(&mut h);
    // A custom domain: three files and the domain's site (four more).
    step_until(&mut h, "saving by keyboard", |h| {
        h.state().saved_files().len() == 7
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
        "No file dialog can be shown here. Files are saved into this folder instead"
    ));
    click(&mut h, "Help desk: all the files");
    assert!(
        h.query_by_label("Save all files…").is_none(),
        "no dialog, no …"
    );
    type_into(&mut h, "Folder", "relative/folder");
    click(&mut h, "Save all files");
    assert!(shows_text(&h, "Type the whole path of the folder"));
    assert!(h.state().saved_files().is_empty());

    let typed = fakes.dir.path().join("typed folder");
    type_into(&mut h, "Folder", &typed.display().to_string());
    click(&mut h, "Save all files");
    step_until(&mut h, "saving into the typed folder", |h| {
        h.state().saved_files().len() == 3
    });
    assert_eq!(files_in(&typed).len(), 3);
    std::fs::remove_file(typed.join("jane@icloud.com.mobileconfig")).unwrap();
    click(&mut h, "Mail on an iPhone, iPad or Mac");
    click(&mut h, "No: another Apple Account, or not signed in");
    click(&mut h, "Save the Apple profile");
    step_until(&mut h, "saving one file", |h| {
        h.state().draft().delivery.is_done(Destination::AppleMail)
    });
    assert!(typed.join("jane@icloud.com.mobileconfig").exists());
    assert!(!is_disabled(&h, "Next"));
}

#[test]
fn the_profile_carries_the_password_only_when_asked() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Mail on an iPhone, iPad or Mac");
    assert!(shows(
        &h,
        "Say whether the device uses this Apple Account, or skip this step"
    ));
    click(&mut h, "No: another Apple Account, or not signed in");
    assert!(shows(&h, "Save the Apple profile, or skip this step"));
    click(&mut h, "Put the password in the Apple profile");
    click(&mut h, "Save the Apple profile…");
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
    click(&mut h, "Appearance: System");
    click(&mut h, "Dark");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    click(&mut h, "Appearance: Dark");
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
    click(&mut h, "Another mail app");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    values_are_one_line(&h, w);
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

/// Every value of the settings table sits on one line inside the window: host names and
/// usernames never break, nothing runs off the edge.
fn values_are_one_line(h: &H, window_width: f32) {
    let size = h.ctx.global_style().text_styles[&egui::TextStyle::Monospace].size;
    let settings = h.state().draft().export_settings().unwrap();
    let mut values: Vec<String> = ["imap.mail.me.com", "smtp.mail.me.com", "SSL/TLS"]
        .map(str::to_owned)
        .into();
    values.push(settings.imap().username.clone());
    values.push(settings.smtp().username.clone());
    values.push(settings.smtp().port.to_string());
    let mut seen = 0;
    for value in &values {
        for node in h.query_all_by_label(value) {
            let rect = node.rect();
            assert!(
                rect.height() < size * 1.7,
                "{value} breaks over lines: {rect:?} (font {size})"
            );
            assert!(
                rect.right() <= window_width,
                "{value} runs off the window: {rect:?}"
            );
            seen += 1;
        }
    }
    assert!(seen >= values.len(), "found only {seen} values");
}

/// Every label and value on screen, as a screen reader gets them.
fn screen_text(h: &H) -> String {
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
    for choice in [
        "Thunderbird on this computer",
        "Thunderbird for Android or K-9 Mail",
        "Mail on an iPhone, iPad or Mac",
        "Outlook",
        "Another mail app",
        "Help desk: all the files",
    ] {
        click(&mut h, choice);
    }
    click(&mut h, "No: another Apple Account, or not signed in");
    click(&mut h, "Outlook for Mac");
    click(&mut h, "Save all files…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 7
    });
    seen.push_str(&screen_text(&h));
    click(&mut h, "Skip this step");
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
    for file in h.state().saved_files() {
        seen.push_str(&std::fs::read_to_string(file).unwrap());
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

/// From Welcome to the mail app step for a custom domain.
fn custom_domain_to_apps(h: &mut H) {
    to_password(h, "jane@example.org", Some("jdoe@icloud.com"));
    through_test(h);
    click(h, "Next");
    assert_eq!(h.state().step(), Step::Export);
}

#[test]
fn thunderbird_for_a_custom_domain_gets_its_file_with_the_primary_login() {
    let mut fakes = Fakes::new(all_ok);
    let program = fakes.dir.path().join("usr/lib/thunderbird");
    util::fake_thunderbird(&program);
    fakes.thunderbird_dirs = vec![fakes.dir.path().join("opt/none"), program.clone()];
    let mut h = start(&fakes);
    custom_domain_to_apps(&mut h);
    click(&mut h, "Thunderbird on this computer");
    assert!(shows_text(&h, "then log in as jane, which iCloud refuses"));
    assert!(shows(&h, "Set up Thunderbird, or skip this step"));
    assert!(is_disabled(&h, "Next"));
    assert!(
        h.query_by_label("5. Your mail app, complete").is_none(),
        "not ticked before its work is done"
    );
    click(&mut h, "Set up Thunderbird on this computer");
    step_until(&mut h, "Thunderbird's file", |h| {
        shows_text(h, "Thunderbird's settings file is in place")
    });
    let written = program.join("isp/example.org.xml");
    let doc = util::xml::parse(&std::fs::read(&written).unwrap()).unwrap();
    let provider = doc.child("emailProvider").unwrap();
    for server in ["incomingServer", "outgoingServer"] {
        assert_eq!(
            provider.child(server).unwrap().child_text("username"),
            Some("jdoe@icloud.com"),
            "{server} logs in with the primary address"
        );
    }
    assert!(shows_text(&h, "Add Mail Account"));
    assert!(!is_disabled(&h, "Next"));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    assert!(shows(&h, "5. Your mail app, complete"));
}

#[test]
fn thunderbird_in_a_folder_needing_admin_rights_gets_the_command_and_a_saved_copy() {
    let mut fakes = Fakes::new(all_ok);
    let program = fakes.dir.path().join("usr/lib/thunderbird");
    util::fake_thunderbird(&program);
    fakes.thunderbird_dirs = vec![program.clone()];
    fakes.desktop.unavailable = Some("no file dialog can be shown here".into());
    let typed = fakes.dir.path().join("my files");
    let mut h = start(&fakes);
    custom_domain_to_apps(&mut h);
    type_into(&mut h, "Folder", &typed.display().to_string());
    click(&mut h, "Thunderbird on this computer");
    let locked = util::ReadOnlyDir::new(&program);
    click(&mut h, "Set up Thunderbird on this computer");
    step_until(&mut h, "the administrator path", |h| {
        shows_text(h, "needs administrator rights")
    });
    drop(locked);
    assert!(!program.join("isp").exists());
    let copy = typed.join("example.org.xml");
    let saved = std::fs::read_to_string(&copy).unwrap();
    assert!(saved.contains("<username>jdoe@icloud.com</username>"));
    let node = h
        .query_all_by_label_contains("sudo mkdir -p ")
        .next()
        .expect("the command is shown");
    let command = node.accesskit_node();
    let command = command.label().or_else(|| command.value()).unwrap().clone();
    scroll_to(&mut h, "Copy the administrator command");
    h.get_by_label("Copy the administrator command").click();
    h.step();
    assert_eq!(copied_texts(&h), std::slice::from_ref(&command));
    assert!(h.state().saved_files().contains(&copy));
    assert!(!is_disabled(&h, "Next"), "the app did all it can");
    // The command does what it says (run here without sudo: the test already has the rights).
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(command.replace("sudo ", ""))
        .status()
        .unwrap();
    assert!(status.success(), "{command}");
    assert_eq!(
        std::fs::read_to_string(program.join("isp/example.org.xml")).unwrap(),
        saved
    );
}

#[test]
fn without_thunderbird_in_the_usual_places_its_folder_can_be_chosen() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    custom_domain_to_apps(&mut h);
    click(&mut h, "Thunderbird on this computer");
    click(&mut h, "Set up Thunderbird on this computer");
    step_until(&mut h, "the search", |h| {
        shows_text(h, "No Thunderbird installation was found")
    });
    // The fake dialog answers with a folder that is not Thunderbird's, then with one that is.
    click(&mut h, "Choose Thunderbird's program folder…");
    step_until(&mut h, "the check of the chosen folder", |h| {
        shows_text(h, "holds no Thunderbird program")
    });
    util::fake_thunderbird(&fakes.desktop.folder);
    click(&mut h, "Choose Thunderbird's program folder…");
    step_until(&mut h, "Thunderbird's file", |h| {
        shows_text(h, "Thunderbird's settings file is in place")
    });
    assert!(fakes.desktop.folder.join("isp/example.org.xml").is_file());
}

#[test]
fn each_choice_says_what_to_do_and_settles_the_step() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");

    click(&mut h, "Thunderbird on this computer");
    assert!(shows_text(&h, "Thunderbird knows iCloud: it needs no file"));
    assert!(
        !is_disabled(&h, "Next"),
        "nothing to do for iCloud's own domains"
    );

    click(&mut h, "Thunderbird for Android or K-9 Mail");
    assert!(shows_text(
        &h,
        "In Thunderbird for Android, tap Import settings"
    ));
    assert!(shows(&h, "QR code for Thunderbird for Android"));

    click(&mut h, "Mail on an iPhone, iPad or Mac");
    assert!(is_disabled(&h, "Next"));
    click(&mut h, "Yes, the same Apple Account");
    assert!(shows_text(
        &h,
        "Settings > [your name] > iCloud > iCloud Mail"
    ));
    assert!(
        h.query_by_label("Save the Apple profile…").is_none(),
        "no profile then"
    );
    assert!(!is_disabled(&h, "Next"));

    click(&mut h, "Outlook");
    assert!(is_disabled(&h, "Next"));
    click(&mut h, "New Outlook for Windows");
    assert!(shows_text(&h, "When Outlook offers iCloud, keep it"));
    click(&mut h, "Outlook for Mac");
    assert!(shows_text(&h, "on port 587 Outlook encrypts with STARTTLS"));
    assert!(!is_disabled(&h, "Next"));

    click(&mut h, "Another mail app");
    assert!(shows_text(&h, "(iCloud has no POP)"));

    // The choices are remembered for the next run; the answers too.
    let state = h.state().saved_state();
    assert_eq!(state.destinations.len(), 5);
    assert_eq!(
        state.outlook,
        Some(icloud_mail_wizard::wizard::OutlookEdition::Mac)
    );
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Done);
    assert!(
        h.state().saved_files().is_empty(),
        "nothing saved that was not asked for"
    );
}

#[test]
fn android_gets_a_scannable_code_and_the_password_only_on_request() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane.doe@icloud.com", None);
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Thunderbird for Android or K-9 Mail");
    assert!(shows_text(
        &h,
        "Tap Scan QR code and point the camera at this code"
    ));
    let code = h.get_by_label("QR code for Thunderbird for Android");
    let rect = code.rect();
    // 53 modules with the quiet zone, whole pixels each (pixels_per_point is 1 here).
    assert!(rect.width() >= 53.0 * 5.0, "{rect:?}");
    assert!((rect.width() % 53.0).abs() < 0.01, "{rect:?}");
    assert!(h.query_by_label_contains(PASSWORD).is_none());

    click(&mut h, "Put the password in the code on screen");
    assert!(shows_text(
        &h,
        "anyone who can see or photograph it can read your password"
    ));
    click(&mut h, "Put the password in the code on screen");

    click(&mut h, "Save the code for printing…");
    step_until(&mut h, "the code's files", |h| {
        h.state().saved_files().len() == 2
    });
    let png = fakes
        .dir
        .path()
        .join("chosen/jane.doe@icloud.com.android-qr.png");
    let (text, _) = util::qr::decode_png(&std::fs::read(&png).unwrap());
    assert!(
        text.starts_with(
            r#"[1,[1,1],[0,"imap.mail.me.com",993,3,1,"jane.doe"],[[[0,"smtp.mail.me.com",587,2,1,"jane.doe@icloud.com"]"#
        ),
        "{text}"
    );
    assert!(
        !text.contains("dksi"),
        "printed codes never hold the password"
    );
}

/// Safari on an iPhone, the one browser that installs profiles.
const SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/// From the start to the Apple profile for a device on another Apple Account, with
/// jane.doe@icloud.com and passing checks.
fn to_apple_profile(h: &mut H) {
    to_password(h, "jane.doe@icloud.com", None);
    through_test(h);
    click(h, "Next");
    click(h, "Mail on an iPhone, iPad or Mac");
    click(h, "No: another Apple Account, or not signed in");
}

/// The served link on screen, found by how it starts (`http://127.0.0.1:`).
fn shown_link(h: &H, start: &str, what: &str) -> String {
    let node = h.query_all_by_label_contains(start).next().expect(what);
    let node = node.accesskit_node();
    node.label().or_else(|| node.value()).unwrap().clone()
}

/// One HTTP/1.1 GET of `url` with `user_agent`; the status code and the body.
fn http_get(url: &str, user_agent: &str) -> (u16, Vec<u8>) {
    use std::io::{Read as _, Write as _};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {user_agent}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).unwrap();
    let head_end = reply.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&reply[..head_end]).into_owned();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, reply[head_end + 4..].to_vec())
}

#[test]
fn the_profile_goes_to_an_iphone_once_over_the_network() {
    const FIREFOX_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/132.0 Mobile/15E148 Safari/605.1.15";
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_apple_profile(&mut h);
    click(&mut h, "Send to iPhone or iPad");
    assert!(shows(&h, "QR code of the link for the iPhone's camera"));
    let url = shown_link(&h, "http://127.0.0.1:", "the link is shown");
    assert!(is_disabled(&h, "Next"), "not downloaded yet");

    let (status, page) = http_get(&url, FIREFOX_IOS);
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&page).contains("Open this link in Safari"));
    step_until(&mut h, "the wrong-browser note", |h| {
        shows_text(
            h,
            "cannot install profiles: open the link in Safari instead",
        )
    });

    let (status, profile) = http_get(&url, SAFARI);
    assert_eq!(status, 200);
    let settings = h.state().draft().export_settings().unwrap();
    let saved = icloud_mail_wizard::export::render(
        icloud_mail_wizard::export::Format::Mobileconfig,
        &settings,
        &icloud_mail_wizard::export::ExportOptions::default(),
    )
    .unwrap();
    assert_eq!(
        profile, saved,
        "byte for byte the saved profile, no password"
    );
    step_until(&mut h, "the download", |h| {
        shows_text(h, "Downloaded by 127.0.0.1")
    });
    assert!(shows_text(
        &h,
        "tap Profile Downloaded and install it within 8 minutes"
    ));
    assert!(!is_disabled(&h, "Next"));
    let (status, _) = http_get(&url, SAFARI);
    assert_eq!(status, 410, "the link works once");
}

/// Stop takes the profile off the network at once: the link's port no longer answers, the
/// step says so, and sending again serves a new link.
#[test]
fn stop_takes_the_profile_off_the_network() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_apple_profile(&mut h);
    click(&mut h, "Send to iPhone or iPad");
    let link = |h: &H| shown_link(h, "http://127.0.0.1:", "the link is shown");
    let url = link(&h);
    let host = url
        .strip_prefix("http://")
        .and_then(|rest| rest.split('/').next())
        .unwrap()
        .to_owned();
    let addr: std::net::SocketAddr = host.parse().unwrap();
    assert!(std::net::TcpStream::connect(addr).is_ok(), "served");

    click(&mut h, "Stop");
    step_until(&mut h, "Stopped", |h| shows_text(h, "Stopped"));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(200)).is_ok()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "{addr} still answers after Stop"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        h.query_by_label("QR code of the link for the iPhone's camera")
            .is_none()
    );

    click(&mut h, "Send again");
    assert!(shows(&h, "QR code of the link for the iPhone's camera"));
    assert_ne!(link(&h), url, "a new link (a new token)");
}

/// A computer on two networks: the person picks the address the phone reaches, and the link
/// and its QR code use that one (here IPv6 loopback, in brackets), which really serves.
#[test]
fn with_several_addresses_the_link_uses_the_one_picked() {
    let mut fakes = Fakes::new(all_ok);
    fakes.lan.push(icloud_mail_wizard::serve::LanAddress {
        interface: "lo6".into(),
        ip: std::net::Ipv6Addr::LOCALHOST.into(),
    });
    let mut h = start(&fakes);
    to_apple_profile(&mut h);
    let picker = "The address the phone reaches this computer on";
    assert_eq!(
        h.get_by_label(picker).value().as_deref(),
        Some("127.0.0.1 (lo)"),
        "the first address until another is picked"
    );
    click(&mut h, picker);
    click(&mut h, "::1 (lo6)");
    click(&mut h, "Send to iPhone or iPad");
    let url = shown_link(&h, "http://[::1]:", "the link uses the address picked");
    let (status, profile) = http_get(&url, SAFARI);
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&profile).contains("imap.mail.me.com"));
}

/// The wizard asking dnsmasq on loopback with its own pause in typing before each lookup.
fn with_dns(verdict: util::gui::Verdict) -> (Fakes, H) {
    let mut fakes = Fakes::new(verdict);
    fakes.domains = DnsLookup::server(dns().addr);
    let h = start(&fakes);
    (fakes, h)
}

#[test]
fn a_custom_domain_at_icloud_is_named_after_its_lookup_and_asks_for_the_primary_address() {
    let (_fakes, mut h) = with_dns(all_ok);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@icloud.test");
    // Next at once: typing is over, so the lookup starts without waiting for the pause.
    assert!(shows(&h, "Checking where mail for icloud.test goes…"));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Address, "blocked while checking");
    step_until(&mut h, "the lookup", |h| {
        shows_text(
            h,
            "icloud.test is an iCloud+ custom domain: its mail goes to iCloud",
        )
    });
    assert!(shows_text(
        &h,
        "Mail apps sign in to a custom domain with your primary iCloud Mail address"
    ));
    assert!(shows(&h, "Type your primary iCloud address to go on"));
    type_into(&mut h, "Primary iCloud address", "jdoe@icloud.com");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
    let log = dns().log_text();
    assert!(log.contains("query[MX] icloud.test"), "{log}");

    // Another domain at iCloud and Next at once: the wizard goes on by itself once it knows.
    click(&mut h, "Back");
    type_into(&mut h, "Email address", "jane@dmarcnone.test");
    click(&mut h, "Next");
    step_until(&mut h, "the Password step", |h| {
        h.state().step() == Step::Password
    });
    assert_eq!(
        h.state().draft().domain_verdict().unwrap().domain,
        "dmarcnone.test"
    );
}

/// An Apple Account made with a Gmail address: the most common wrong address. gmail.com is
/// Google's own, so there is nothing to confirm and no way on but the @icloud.com address.
#[test]
fn a_gmail_address_is_never_icloud_and_nothing_lets_it_through() {
    let (_fakes, mut h) = with_dns(all_ok);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@gmail.com");
    step_until(&mut h, "the verdict", |h| {
        shows_text(
            h,
            "Addresses at gmail.com are Google addresses, never iCloud Mail addresses",
        )
    });
    assert!(shows_text(
        &h,
        "Your iCloud Mail address is the @icloud.com one"
    ));
    assert!(shows(
        &h,
        "Addresses at gmail.com are Google's: enter your @icloud.com address"
    ));
    assert!(is_disabled(&h, "Next"));
    assert!(
        !shows_text(&h, "anyway"),
        "no confirmation is offered for gmail.com"
    );
    assert!(h.query_by_label("Primary iCloud address").is_none());
    // Enter does not go on either.
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().step(), Step::Address);
    type_into(&mut h, "Email address", "jane@icloud.com");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
}

#[test]
fn mail_at_google_names_google_and_needs_a_confirmation_which_the_failed_test_recalls_first() {
    let (_fakes, mut h) = with_dns(all_refused);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@google.test");
    click(&mut h, "Next");
    step_until(&mut h, "the lookup", |h| {
        shows_text(h, "Mail for google.test goes to Google, not to iCloud")
    });
    assert!(shows_text(
        &h,
        "Your iCloud Mail address is the @icloud.com one"
    ));
    assert!(shows(
        &h,
        "Mail for google.test is not at iCloud: change or confirm the address"
    ));
    assert!(is_disabled(&h, "Next"));
    assert!(
        h.query_by_label("Primary iCloud address").is_none(),
        "no login asked before the confirmation"
    );
    click(
        &mut h,
        "This address is on iCloud anyway (the domain is moving to iCloud)",
    );
    type_into(&mut h, "Primary iCloud address", "jdoe@icloud.com");
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
    through_test(&mut h);
    // The domain first, then the replies.
    let hint = h
        .get_by_label_contains(
            "Mail for google.test goes to Google, not to iCloud. An Apple Account",
        )
        .rect();
    let replies = h
        .get_by_label("No login worked; the rows below say why and what to do")
        .rect();
    assert!(hint.max.y <= replies.min.y, "{hint:?} above {replies:?}");

    // Back to the address: the confirmation is for google.test only.
    click(&mut h, "Back");
    click(&mut h, "Back");
    assert_eq!(h.state().step(), Step::Address);
    type_into(&mut h, "Email address", "jane@nomx.test");
    step_until(&mut h, "the lookup", |h| {
        shows_text(h, "nomx.test has no mail servers")
    });
    assert!(is_disabled(&h, "Next"));
    assert!(shows(
        &h,
        "Use this address anyway (the domain is being set up)"
    ));
}

#[test]
fn a_typo_of_icloud_com_gets_a_one_click_fix() {
    let (_fakes, mut h) = with_dns(all_ok);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@icloud.con");
    // Known before any lookup: the suggestion needs no network.
    assert!(shows(&h, "Did you mean jane@icloud.com?"));
    step_until(&mut h, "the lookup", |h| {
        shows_text(h, "icloud.con does not exist")
    });
    assert!(shows(&h, "Did you mean jane@icloud.com?"));
    assert!(is_disabled(&h, "Next"));
    click(&mut h, "Use jane@icloud.com");
    assert_eq!(h.state().draft().email().text(), "jane@icloud.com");
    assert!(shows(
        &h,
        "An iCloud address, on Apple's own domain icloud.com"
    ));
    assert!(!shows_text(&h, "Did you mean"));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
}

#[test]
fn without_an_answer_the_domain_is_unchecked_and_no_frame_waits_for_the_lookup() {
    let silent = util::dnsmasq::Silent::start();
    let limit = std::time::Duration::from_millis(1500);
    let mut fakes = Fakes::new(all_ok);
    fakes.domains = DnsLookup::server(silent.addr).with_limit(limit);
    let mut h = start(&fakes);
    click(&mut h, "Next");
    type_into(&mut h, "Email address", "jane@example.test");
    type_into(&mut h, "Primary iCloud address", "jdoe@icloud.com");
    assert!(shows(&h, "Checking where mail for example.test goes…"));

    // Every frame while the lookup waits on a server that never answers.
    let started = std::time::Instant::now();
    let mut longest = std::time::Duration::ZERO;
    let mut frames = 0_u32;
    while !shows_text(&h, "could not be checked") {
        let frame = std::time::Instant::now();
        h.step();
        longest = longest.max(frame.elapsed());
        frames += 1;
        assert!(
            started.elapsed() < limit * 4,
            "no verdict after {:?}",
            started.elapsed()
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    eprintln!(
        "lookup on a silent server: verdict after {:?} (limit {limit:?}); {frames} frames, the longest {longest:?}",
        started.elapsed()
    );
    assert!(
        longest < limit / 3,
        "a frame took {longest:?}: the lookup blocked the window"
    );
    assert!(shows_text(
        &h,
        "example.test could not be checked: the lookup took too long"
    ));
    assert!(shows_text(&h, "You can go on"));
    click(&mut h, "Next");
    assert_eq!(h.state().step(), Step::Password);
}

#[test]
fn the_help_desk_sees_which_dns_records_a_custom_domain_lacks_and_copies_them() {
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_password(&mut h, "jane@nodkim.test", Some("jdoe@icloud.com"));
    through_test(&mut h);
    click(&mut h, "Next");
    click(&mut h, "Help desk: all the files");
    assert!(shows(&h, "DNS records of nodkim.test"));
    click(&mut h, "Check nodkim.test's records");
    step_until(&mut h, "the health check", |h| {
        shows_text(h, "to fix for nodkim.test: DKIM")
    });
    assert!(shows_text(&h, "MX (nodkim.test): ok —"));
    assert!(shows_text(&h, "SPF (nodkim.test): ok —"));
    assert!(shows_text(
        &h,
        "DKIM (sig1._domainkey.nodkim.test): missing —"
    ));
    assert!(shows_text(&h, "Verification (nodkim.test): ok —"));
    assert!(shows_text(&h, &format!("Asked name server {}", dns().addr)));
    // The record to publish, copied as the zone line the report gives.
    scroll_to(&mut h, "Copy the DKIM record");
    h.get_by_label("Copy the DKIM record").click();
    h.step();
    let copied = copied_texts(&h);
    let dkim = copied.last().unwrap();
    assert!(dkim.starts_with("sig1._domainkey.nodkim.test."), "{dkim}");
    assert!(
        dkim.contains("CNAME") && dkim.contains(&util::dnsmasq::dkim_target("nodkim.test")),
        "{dkim}"
    );
    let log = dns().log_text();
    assert!(
        log.contains("query[CNAME] sig1._domainkey.nodkim.test"),
        "{log}"
    );

    // Another custom domain: its own check, and a complete one says so.
    click(&mut h, "Back");
    click(&mut h, "Back");
    click(&mut h, "Back");
    type_into(&mut h, "Email address", "jane@icloud.test");
    step_until(&mut h, "Next to open", |h| !is_disabled(h, "Next"));
    click(&mut h, "Next");
    through_test(&mut h);
    click(&mut h, "Next");
    assert!(
        !shows_text(&h, "nodkim.test"),
        "the old report is not shown"
    );
    click(&mut h, "Check icloud.test's records");
    step_until(&mut h, "the health check", |h| {
        shows_text(
            h,
            "Mail for icloud.test reaches and leaves iCloud as configured",
        )
    });
    assert!(shows_text(&h, "DMARC (_dmarc.icloud.test): ok —"));
}

/// A root, an intermediate and a P-256 signing certificate made by `openssl`.
fn signing_chain() -> util::pki::Pki {
    let pki = util::pki::Pki::new();
    pki.chain(util::pki::Kind::P256);
    pki
}

/// The roots of `pki`'s chain as the only ones devices trust.
fn trusting(pki: &util::pki::Pki) -> Arc<TrustAnchors> {
    use x509_cert::der::DecodePem as _;
    let pem = std::fs::read(pki.path("root.pem")).unwrap();
    let root = x509_cert::Certificate::from_pem(&pem).unwrap();
    Arc::new(TrustAnchors::new(vec![root]))
}

/// From Welcome to the mail app step with "Help desk: all the files" and "Sign profiles"
/// ticked.
fn to_signing(h: &mut H) {
    to_password(h, "jane.doe@icloud.com", None);
    through_test(h);
    click(h, "Next");
    click(h, "Help desk: all the files");
    click(h, "Sign profiles");
}

/// Types the paths of `pki`'s leaf certificate, `key` and the intermediate.
fn type_pem_paths(h: &mut H, pki: &util::pki::Pki, key: &str) {
    type_into(
        h,
        "Signing certificate (PEM)",
        &pki.path("leaf.pem").display().to_string(),
    );
    type_into(h, "Private key (PEM)", &pki.path(key).display().to_string());
    type_into(
        h,
        "Intermediate certificates (PEM, optional)",
        &pki.path("int.pem").display().to_string(),
    );
}

/// Steps until the identity check has ended (its spinner gone).
fn until_checked(h: &mut H) {
    step_until(h, "the identity check", |h| !shows(h, "Checking…"));
}

/// The text of the one node whose label contains `text`.
fn the_line_with(h: &H, text: &str) -> String {
    let lines: Vec<String> = h
        .query_all_by_label_contains(text)
        .map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value()).unwrap_or_default()
        })
        .collect();
    assert_eq!(lines.len(), 1, "one line with {text:?}: {lines:?}");
    lines.into_iter().next().unwrap()
}

/// `openssl cms -verify` accepts `signed` against the root, and the content it yields is
/// Jane's unsigned profile byte for byte.
fn assert_openssl_verifies(pki: &util::pki::Pki, h: &H, signed: &std::path::Path) {
    let content = pki.openssl_verify(signed, "root.pem").unwrap();
    let settings = h.state().draft().export_settings().unwrap();
    let unsigned = icloud_mail_wizard::export::render(
        icloud_mail_wizard::export::Format::Mobileconfig,
        &settings,
        &icloud_mail_wizard::export::ExportOptions::default(),
    )
    .unwrap();
    assert_eq!(content, unsigned, "the signed content is the profile");
}

#[test]
fn signing_with_typed_paths_shows_verified_and_every_profile_openssl_verifies() {
    let pki = signing_chain();
    let mut fakes = Fakes::new(all_ok);
    fakes.trust_anchors = Some(trusting(&pki));
    let mut h = start(&fakes);
    to_signing(&mut h);
    // Ticked but nothing loaded: no profile leaves unsigned.
    assert!(is_disabled(&h, "Save all files…"));
    assert!(shows_text(
        &h,
        "Sign profiles is ticked: check the signing identity first, or untick it"
    ));
    click(&mut h, "Mail on an iPhone, iPad or Mac");
    click(&mut h, "No: another Apple Account, or not signed in");
    assert!(is_disabled(&h, "Save the Apple profile…"));
    assert!(is_disabled(&h, "Send to iPhone or iPad"));

    type_pem_paths(&mut h, &pki, "leaf.key");
    click(&mut h, "Check");
    until_checked(&mut h);
    assert!(shows_text(
        &h,
        "Devices will show the profile as Verified (chain to CN=Test Root CA)"
    ));
    let signer = the_line_with(&h, "Signs as ");
    assert!(
        signer.contains("CN=Profile Signing") && signer.contains("ECDSA P-256"),
        "{signer}"
    );
    assert!(
        shows_text(&h, "The device shows Verified: the profile is signed as"),
        "the Apple choice says what the device shows"
    );

    click(&mut h, "Save all files…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 3
    });
    let chosen = fakes.dir.path().join("chosen");
    let profile = chosen.join("jane.doe@icloud.com.mobileconfig");
    assert_openssl_verifies(&pki, &h, &profile);
    assert!(
        pki.openssl_verify(&chosen.join("icloud.com.xml"), "root.pem")
            .is_err(),
        "the check can fail: other files are not signed"
    );

    // The single profile is signed with the same identity.
    std::fs::remove_file(&profile).unwrap();
    click(&mut h, "Save the Apple profile…");
    step_until(&mut h, "the Apple profile", |h| {
        h.state().draft().delivery.is_done(Destination::AppleMail)
    });
    assert_openssl_verifies(&pki, &h, &profile);

    // And so is the one sent to a phone.
    click(&mut h, "Send to iPhone or iPad");
    let url = shown_link(&h, "http://127.0.0.1:", "the link is shown");
    let (status, served) = http_get(&url, SAFARI);
    assert_eq!(status, 200);
    let served_file = fakes.dir.path().join("served.mobileconfig");
    std::fs::write(&served_file, served).unwrap();
    assert_openssl_verifies(&pki, &h, &served_file);
}

#[test]
fn a_private_root_shows_not_verified_with_the_reason_and_refusals_are_one_line() {
    let pki = signing_chain();
    pki.key("other", util::pki::Kind::P256);
    // The bundled public roots: the test's root is a private one.
    let fakes = Fakes::new(all_ok);
    let mut h = start(&fakes);
    to_signing(&mut h);

    type_pem_paths(&mut h, &pki, "other.key");
    click(&mut h, "Check");
    until_checked(&mut h);
    let refusal = the_line_with(&h, "does not match");
    assert!(
        refusal.starts_with("The private key does not match the certificate ")
            && refusal.contains("CN=Profile Signing")
            && !refusal.contains('\n'),
        "{refusal}"
    );
    assert!(is_disabled(&h, "Save all files…"));
    assert!(shows_text(&h, "The signing identity was refused"));

    type_into(
        &mut h,
        "Private key (PEM)",
        &pki.path("leaf.key").display().to_string(),
    );
    assert!(
        !shows_text(&h, "does not match"),
        "a changed file clears the old answer"
    );
    type_into(
        &mut h,
        "Intermediate certificates (PEM, optional)",
        &pki.path("int-root.pem").display().to_string(),
    );
    click(&mut h, "Check");
    until_checked(&mut h);
    let line = the_line_with(&h, "Devices will show the profile as");
    assert!(
        line.starts_with("Devices will show the profile as Not Verified: the chain ends in ")
            && line.contains("CN=Test Root CA")
            && line.contains("a private root"),
        "{line}"
    );
    assert!(
        !is_disabled(&h, "Save all files…"),
        "Not Verified still signs"
    );

    // The password with a signature: the warning that signing does not encrypt.
    click(&mut h, "Mail on an iPhone, iPad or Mac");
    click(&mut h, "No: another Apple Account, or not signed in");
    assert!(shows_text(&h, "The device shows Not Verified"));
    assert!(!shows_text(&h, "Signing does not encrypt"));
    click(&mut h, "Put the password in the Apple profile");
    assert_eq!(
        h.query_all_by_label_contains("Signing does not encrypt")
            .count(),
        2,
        "under the Apple profile and the help desk's files"
    );
}

#[test]
fn an_encrypted_key_needs_its_passphrase_which_is_never_saved() {
    const PASSPHRASE: &str = "correct horse";
    let pki = signing_chain();
    pki.openssl(&[
        "pkcs8",
        "-topk8",
        "-v2",
        "aes-256-cbc",
        "-in",
        "leaf.key",
        "-out",
        "enc.key",
        "-passout",
        &format!("pass:{PASSPHRASE}"),
    ]);
    let mut fakes = Fakes::new(all_ok);
    fakes.trust_anchors = Some(trusting(&pki));
    let mut h = start(&fakes);
    to_signing(&mut h);
    type_pem_paths(&mut h, &pki, "enc.key");
    click(&mut h, "Check");
    until_checked(&mut h);
    assert_eq!(
        the_line_with(&h, "is encrypted"),
        format!(
            "{} is encrypted and no passphrase was given",
            pki.path("enc.key").display()
        )
    );
    assert!(shows_text(&h, "Type the passphrase above and choose Check"));

    type_into(&mut h, "Passphrase", "battery staple");
    click(&mut h, "Check");
    until_checked(&mut h);
    let wrong = the_line_with(&h, "wrong passphrase");
    assert_eq!(
        wrong,
        format!(
            "Could not decrypt {}: wrong passphrase, or the file is damaged",
            pki.path("enc.key").display()
        )
    );
    assert!(is_disabled(&h, "Save all files…"));
    let mut seen = screen_text(&h);

    type_into(&mut h, "Passphrase", PASSPHRASE);
    click(&mut h, "Check");
    until_checked(&mut h);
    assert!(shows_text(
        &h,
        "Devices will show the profile as Verified (chain to CN=Test Root CA)"
    ));
    let field = h.get_by_label("Passphrase");
    assert_eq!(
        field.accesskit_node().value().unwrap_or_default(),
        "",
        "used, then wiped"
    );
    seen.push_str(&screen_text(&h));
    click(&mut h, "Save all files…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 3
    });
    let profile = fakes
        .dir
        .path()
        .join("chosen/jane.doe@icloud.com.mobileconfig");
    assert_openssl_verifies(&pki, &h, &profile);

    // app.ron remembers the tick and the files, never the passphrase.
    let mut storage = MemStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let saved: String = storage.0.values().cloned().collect();
    assert!(
        saved.contains(&pki.path("enc.key").display().to_string()),
        "{saved}"
    );
    seen.push_str(&saved);
    let draft = format!("{:?}", h.state().draft());
    seen.push_str(&draft);
    for form in [PASSPHRASE, "horse", "battery"] {
        assert!(!seen.contains(form), "{form} leaked into:\n{seen}");
    }

    // The next run has the files and the tick back, and asks for the passphrase again.
    let state = h.state().saved_state();
    assert!(state.signing.sign);
    let mut h = harness(fakes.deps(), state);
    click(&mut h, "Next");
    click(&mut h, "Next");
    through_test(&mut h);
    click(&mut h, "Next");
    until_checked(&mut h);
    assert!(
        shows_text(&h, "is encrypted and no passphrase was given"),
        "remembered files are checked on arrival"
    );
}

#[test]
fn a_pkcs12_file_is_chosen_with_the_dialog() {
    let pki = signing_chain();
    pki.openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        "leaf.key",
        "-in",
        "leaf.pem",
        "-certfile",
        "int.pem",
        "-passout",
        "pass:p12 secret",
        "-out",
        "desk.p12",
    ]);
    let mut fakes = Fakes::new(all_ok);
    fakes.trust_anchors = Some(trusting(&pki));
    let mut h = start(&fakes);
    to_signing(&mut h);
    click(&mut h, "PKCS#12 file (.p12, .pfx)");
    fakes
        .desktop
        .files
        .lock()
        .unwrap()
        .push_back(pki.path("desk.p12"));
    click(&mut h, "Choose the PKCS#12 file…");
    until_checked(&mut h);
    assert!(
        shows_text(&h, "desk.p12 is encrypted and no passphrase was given"),
        "a chosen file is checked at once"
    );
    type_into(&mut h, "Passphrase", "p12 secret");
    click(&mut h, "Check");
    until_checked(&mut h);
    assert!(shows_text(&h, "Devices will show the profile as Verified"));
    // A cancelled dialog changes nothing.
    click(&mut h, "Choose the PKCS#12 file…");
    assert!(shows_text(&h, "Devices will show the profile as Verified"));
    click(&mut h, "Save all files…");
    step_until(&mut h, "the files to be saved", |h| {
        h.state().saved_files().len() == 3
    });
    let profile = fakes
        .dir
        .path()
        .join("chosen/jane.doe@icloud.com.mobileconfig");
    assert_openssl_verifies(&pki, &h, &profile);
}
