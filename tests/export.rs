//! Exports are parsed back and checked against the formats' own rules.
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use icloud_mail_wizard::export::android_qr::reader;
use icloud_mail_wizard::export::{self, ExportOptions, Format};
use icloud_mail_wizard::i18n::Lang;
use icloud_mail_wizard::provider::{Provider, UsernameForm};
use icloud_mail_wizard::secret::Secret;
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};
use plist::Value;
use proptest::prelude::*;
use util::xml::{self, Element};

fn settings(email: &str, login: Option<&str>) -> AccountSettings {
    AccountInput {
        email,
        login,
        ..AccountInput::default()
    }
    .parse()
    .unwrap()
}

fn render(format: Format, s: &AccountSettings) -> Vec<u8> {
    export::render(format, s, &ExportOptions::default()).unwrap()
}

fn parse_xml(format: Format, s: &AccountSettings) -> Element {
    xml::parse(&render(format, s)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Thunderbird

/// The rules Thunderbird applies when it reads a clientConfig file (comm-central's readFromXML
/// and Sanitizer): a file breaking any of them is rejected or loses the server.
fn thunderbird_accepts(doc: &Element) -> Result<(), String> {
    const AUTH: [&str; 8] = [
        "password-cleartext",
        "plain",
        "password-encrypted",
        "secure",
        "GSSAPI",
        "NTLM",
        "OAuth2",
        "none",
    ];
    const PLACEHOLDERS: [&str; 3] = ["%EMAILADDRESS%", "%EMAILLOCALPART%", "%EMAILDOMAIN%"];
    if doc.name != "clientConfig" {
        return Err(format!("root is {}", doc.name));
    }
    let provider = doc.child("emailProvider").ok_or("no emailProvider")?;
    let hostname_ok = |h: &str| {
        let h = PLACEHOLDERS
            .iter()
            .fold(h.to_owned(), |h, p| h.replace(p, ""));
        !h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    };
    if !provider
        .children_named("domain")
        .any(|d| hostname_ok(&d.text))
    {
        return Err("no valid domain".into());
    }
    for server in provider
        .children_named("incomingServer")
        .chain(provider.children_named("outgoingServer"))
    {
        let ty = server.attr("type").ok_or("server without type")?;
        let outgoing = server.name == "outgoingServer";
        if outgoing && ty != "smtp" || !outgoing && !["imap", "pop3"].contains(&ty) {
            return Err(format!("{} has type {ty}", server.name));
        }
        let host = server.child_text("hostname").ok_or("no hostname")?;
        if !hostname_ok(host) {
            return Err(format!("bad hostname {host:?}"));
        }
        let port: u32 = server
            .child_text("port")
            .ok_or("no port")?
            .parse()
            .map_err(|_| "port is not a number")?;
        if !(1..=65535).contains(&port) {
            return Err(format!("port {port} out of range"));
        }
        let socket = server.child_text("socketType").ok_or("no socketType")?;
        if !["SSL", "STARTTLS", "plain"].contains(&socket) {
            return Err(format!("bad socketType {socket}"));
        }
        let auths: Vec<&str> = server
            .children_named("authentication")
            .map(|a| a.text.as_str())
            .collect();
        if auths.is_empty() || auths.iter().any(|a| !AUTH.contains(a)) {
            return Err(format!("bad authentication {auths:?}"));
        }
        if auths.contains(&"OAuth2") {
            return Err("OAuth2 for a host Thunderbird has no OAuth provider for".into());
        }
        let username = server.child_text("username").unwrap_or_default();
        if outgoing && auths.iter().any(|a| a.starts_with("password")) && username.is_empty() {
            return Err("SMTP with password authentication but no username".into());
        }
    }
    if provider.child("incomingServer").is_none() || provider.child("outgoingServer").is_none() {
        return Err("needs an incoming and an outgoing server".into());
    }
    Ok(())
}

/// The fields Thunderbird uses from a server, as a comparable tuple.
fn server_fields(server: &Element) -> Vec<(String, String)> {
    let mut fields = vec![(
        "type".to_owned(),
        server.attr("type").unwrap_or_default().to_owned(),
    )];
    for name in [
        "hostname",
        "port",
        "socketType",
        "username",
        "authentication",
    ] {
        fields.push((
            name.to_owned(),
            server.child_text(name).unwrap_or_default().to_owned(),
        ));
    }
    fields
}

#[test]
fn thunderbird_for_icloud_domains_matches_mozillas_own_entry() {
    let mozilla = xml::parse(include_bytes!("fixtures/ispdb-me.com.xml")).unwrap();
    let moz = mozilla.child("emailProvider").unwrap();
    thunderbird_accepts(&mozilla).expect("the fixture itself passes the rules");
    for email in [
        "jane.doe@icloud.com",
        "j.appleseed@me.com",
        "old-timer@mac.com",
    ] {
        let s = settings(email, None);
        let doc = parse_xml(Format::Thunderbird, &s);
        thunderbird_accepts(&doc).unwrap();
        let ours = doc.child("emailProvider").unwrap();
        for kind in ["incomingServer", "outgoingServer"] {
            assert_eq!(
                server_fields(ours.child(kind).unwrap()),
                server_fields(moz.child(kind).unwrap()),
                "{email}: {kind}"
            );
        }
        let mut domains: Vec<&str> = ours
            .children_named("domain")
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!(domains[0], s.email().domain(), "the address's domain first");
        domains.sort_unstable();
        let mut theirs: Vec<&str> = moz
            .children_named("domain")
            .map(|d| d.text.as_str())
            .collect();
        theirs.sort_unstable();
        assert_eq!(domains, theirs);
        assert_eq!(doc.attr("version"), Some("1.1"));
        assert_eq!(
            ours.child_text("displayName"),
            moz.child_text("displayName")
        );
    }
}

#[test]
fn thunderbird_for_a_custom_domain_uses_the_literal_primary_address() {
    let s = settings("jane@example.com", Some("jdoe@icloud.com"));
    let doc = parse_xml(Format::Thunderbird, &s);
    thunderbird_accepts(&doc).unwrap();
    let p = doc.child("emailProvider").unwrap();
    let domains: Vec<&str> = p
        .children_named("domain")
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(domains, ["example.com"]);
    assert_eq!(p.attr("id"), Some("example.com"));
    for kind in ["incomingServer", "outgoingServer"] {
        assert_eq!(
            p.child(kind).unwrap().child_text("username"),
            Some("jdoe@icloud.com")
        );
    }
}

#[test]
fn thunderbird_follows_the_recommendation() {
    let s = settings("jane@icloud.com", None)
        .with_imap_username(UsernameForm::FullAddress)
        .with_smtp_endpoint(&Provider::icloud().smtp_fallbacks[0]);
    let doc = parse_xml(Format::Thunderbird, &s);
    let p = doc.child("emailProvider").unwrap();
    let incoming = p.child("incomingServer").unwrap();
    assert_eq!(incoming.child_text("username"), Some("%EMAILADDRESS%"));
    let outgoing = p.child("outgoingServer").unwrap();
    assert_eq!(outgoing.child_text("port"), Some("465"));
    assert_eq!(outgoing.child_text("socketType"), Some("SSL"));
}

// ---------------------------------------------------------------------------------------------
// Apple profile

/// Documented value types (apple/device-management, TopLevel.yaml and
/// com.apple.mail.managed.yaml) for every key this project may write, and whether it is required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ty {
    Str,
    Int,
    Bool,
    Array,
}

const TOP_KEYS: &[(&str, Ty, bool)] = &[
    ("PayloadContent", Ty::Array, true),
    ("PayloadDescription", Ty::Str, false),
    ("PayloadDisplayName", Ty::Str, false),
    ("PayloadIdentifier", Ty::Str, true),
    ("PayloadOrganization", Ty::Str, false),
    ("PayloadRemovalDisallowed", Ty::Bool, false),
    ("PayloadType", Ty::Str, true),
    ("PayloadUUID", Ty::Str, true),
    ("PayloadVersion", Ty::Int, true),
];

const MAIL_KEYS: &[(&str, Ty, bool)] = &[
    ("EmailAccountDescription", Ty::Str, false),
    ("EmailAccountName", Ty::Str, false),
    ("EmailAccountType", Ty::Str, true),
    ("EmailAddress", Ty::Str, false),
    ("IncomingMailServerAuthentication", Ty::Str, true),
    ("IncomingMailServerHostName", Ty::Str, true),
    ("IncomingMailServerPortNumber", Ty::Int, false),
    ("IncomingMailServerUseSSL", Ty::Bool, false),
    ("IncomingMailServerUsername", Ty::Str, false),
    ("IncomingPassword", Ty::Str, false),
    ("OutgoingMailServerAuthentication", Ty::Str, true),
    ("OutgoingMailServerHostName", Ty::Str, true),
    ("OutgoingMailServerPortNumber", Ty::Int, false),
    ("OutgoingMailServerUseSSL", Ty::Bool, false),
    ("OutgoingMailServerUsername", Ty::Str, false),
    ("OutgoingPassword", Ty::Str, false),
    ("OutgoingPasswordSameAsIncomingPassword", Ty::Bool, false),
    ("PayloadDescription", Ty::Str, false),
    ("PayloadDisplayName", Ty::Str, false),
    ("PayloadIdentifier", Ty::Str, true),
    ("PayloadType", Ty::Str, true),
    ("PayloadUUID", Ty::Str, true),
    ("PayloadVersion", Ty::Int, true),
];

fn ty(v: &Value) -> Option<Ty> {
    match v {
        Value::String(_) => Some(Ty::Str),
        Value::Integer(_) => Some(Ty::Int),
        Value::Boolean(_) => Some(Ty::Bool),
        Value::Array(_) => Some(Ty::Array),
        _ => None,
    }
}

fn check_keys(dict: &plist::Dictionary, spec: &[(&str, Ty, bool)], what: &str) {
    for (key, value) in dict {
        let Some((_, want, _)) = spec.iter().find(|(k, _, _)| k == key) else {
            panic!("{what}: undocumented key {key}");
        };
        assert_eq!(ty(value), Some(*want), "{what}: {key} has the wrong type");
    }
    for (key, _, required) in spec {
        assert!(
            !required || dict.contains_key(key),
            "{what}: required key {key} missing"
        );
    }
}

fn profile(s: &AccountSettings, options: &ExportOptions) -> plist::Dictionary {
    let bytes = export::render(Format::Mobileconfig, s, options).unwrap();
    Value::from_reader_xml(bytes.as_slice())
        .unwrap()
        .into_dictionary()
        .unwrap()
}

fn mail_payload(top: &plist::Dictionary) -> &plist::Dictionary {
    let content = top["PayloadContent"].as_array().unwrap();
    assert_eq!(content.len(), 1, "exactly one payload");
    content[0].as_dictionary().unwrap()
}

fn is_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok() && s.len() == 36 && s == s.to_uppercase()
}

#[test]
fn profile_keys_have_their_documented_types() {
    let s = settings("jane.doe@icloud.com", None)
        .with_display_name(Some("Jane Doe"))
        .unwrap()
        .with_organization(Some("Example Help Desk"))
        .unwrap();
    let top = profile(&s, &ExportOptions::default());
    check_keys(&top, TOP_KEYS, "profile");
    let mail = mail_payload(&top);
    check_keys(mail, MAIL_KEYS, "mail payload");

    let str_of = |d: &plist::Dictionary, k: &str| d[k].as_string().unwrap().to_owned();
    assert_eq!(str_of(&top, "PayloadType"), "Configuration");
    assert_eq!(top["PayloadVersion"].as_signed_integer(), Some(1));
    assert_eq!(str_of(mail, "PayloadType"), "com.apple.mail.managed");
    assert_eq!(str_of(mail, "EmailAccountType"), "EmailTypeIMAP");
    assert_eq!(
        str_of(mail, "IncomingMailServerAuthentication"),
        "EmailAuthPassword"
    );
    assert_eq!(
        str_of(mail, "OutgoingMailServerAuthentication"),
        "EmailAuthPassword"
    );
    assert_eq!(
        str_of(mail, "IncomingMailServerHostName"),
        "imap.mail.me.com"
    );
    assert_eq!(
        mail["IncomingMailServerPortNumber"].as_signed_integer(),
        Some(993)
    );
    assert_eq!(str_of(mail, "IncomingMailServerUsername"), "jane.doe");
    assert_eq!(
        str_of(mail, "OutgoingMailServerHostName"),
        "smtp.mail.me.com"
    );
    assert_eq!(
        mail["OutgoingMailServerPortNumber"].as_signed_integer(),
        Some(587)
    );
    assert_eq!(
        str_of(mail, "OutgoingMailServerUsername"),
        "jane.doe@icloud.com"
    );
    assert_eq!(str_of(mail, "EmailAddress"), "jane.doe@icloud.com");
    assert_eq!(str_of(mail, "EmailAccountName"), "Jane Doe");
    assert_eq!(str_of(&top, "PayloadOrganization"), "Example Help Desk");
    assert!(is_uuid(&str_of(&top, "PayloadUUID")));
    assert!(is_uuid(&str_of(mail, "PayloadUUID")));
    assert_ne!(str_of(&top, "PayloadUUID"), str_of(mail, "PayloadUUID"));
    let id = str_of(&top, "PayloadIdentifier");
    assert!(
        id.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')),
        "reverse-DNS identifier: {id}"
    );
    assert!(str_of(mail, "PayloadIdentifier").starts_with(&format!("{id}.")));
    assert!(!mail.contains_key("IncomingPassword"));
    assert!(!mail.contains_key("OutgoingPassword"));
}

#[test]
fn the_reference_sample_profile_passes_the_same_type_checks() {
    // A hand-made sample from the project's research, to keep the type table honest.
    let sample =
        Value::from_reader_xml(include_bytes!("fixtures/icloud-sample.mobileconfig").as_slice())
            .unwrap()
            .into_dictionary()
            .unwrap();
    check_keys(&sample, TOP_KEYS, "sample profile");
    check_keys(mail_payload(&sample), MAIL_KEYS, "sample mail payload");
}

#[test]
fn profile_identifiers_are_derived_from_the_address() {
    let a = profile(
        &settings("Jane.Doe@icloud.com", None),
        &ExportOptions::default(),
    );
    let b = profile(
        &settings("jane.doe@ICLOUD.com", None)
            .with_display_name(Some("Other"))
            .unwrap(),
        &ExportOptions::default(),
    );
    let c = profile(
        &settings("john@icloud.com", None),
        &ExportOptions::default(),
    );
    for key in ["PayloadIdentifier", "PayloadUUID"] {
        assert_eq!(a[key], b[key], "same mailbox, same {key}");
        assert_ne!(a[key], c[key], "another mailbox, another {key}");
        assert_eq!(mail_payload(&a)[key], mail_payload(&b)[key]);
        assert_ne!(mail_payload(&a)[key], mail_payload(&c)[key]);
    }
}

#[test]
fn profile_embeds_the_password_only_on_request() {
    let s = settings("jane@example.com", Some("jdoe@icloud.com"));
    let without = profile(&s, &ExportOptions::default());
    assert!(!mail_payload(&without).contains_key("IncomingPassword"));
    let options = ExportOptions {
        password: Some(Secret::new("abcd-efgh-ijkl-mnop")),
        ..ExportOptions::default()
    };
    let with = profile(&s, &options);
    let mail = mail_payload(&with);
    assert_eq!(
        mail["IncomingPassword"].as_string(),
        Some("abcd-efgh-ijkl-mnop")
    );
    assert_eq!(
        mail["OutgoingPasswordSameAsIncomingPassword"].as_boolean(),
        Some(true)
    );
    assert_eq!(
        mail["IncomingMailServerUsername"].as_string(),
        Some("jdoe@icloud.com")
    );
    // No other format carries it, whatever the options say.
    for format in [Format::Thunderbird, Format::Outlook, Format::Autodiscover] {
        let bytes = export::render(format, &s, &options).unwrap();
        assert!(
            !String::from_utf8(bytes).unwrap().contains("abcd-efgh"),
            "{format}"
        );
    }
}

/// The keys a profile's language may change: the texts a person reads on the device.
const PROFILE_DISPLAY_KEYS: [&str; 3] = [
    "PayloadDescription",
    "PayloadDisplayName",
    "EmailAccountDescription",
];

#[test]
fn a_french_profile_has_french_display_texts_and_the_same_account_values() {
    let s = settings("jane@example.com", Some("jdoe@icloud.com"))
        .with_display_name(Some("Jane Doe"))
        .unwrap();
    let text = |d: &plist::Dictionary, k: &str| d[k].as_string().unwrap().to_owned();
    for (password, description) in [
        (
            None,
            "Réglages iCloud Mail pour jane@example.com (sans mot de passe\u{a0}; Mail demande le mot de passe pour app)",
        ),
        (
            Some(Secret::new("abcd-efgh-ijkl-mnop")),
            "Réglages iCloud Mail pour jane@example.com (contient le mot de passe pour app\u{a0}: gardez ce fichier pour vous)",
        ),
    ] {
        let english = profile(
            &s,
            &ExportOptions {
                password: password.clone(),
                ..ExportOptions::default()
            },
        );
        let french = profile(
            &s,
            &ExportOptions {
                password,
                lang: Lang::Fr,
                ..ExportOptions::default()
            },
        );
        check_keys(&french, TOP_KEYS, "French profile");
        check_keys(mail_payload(&french), MAIL_KEYS, "French mail payload");
        assert_eq!(
            text(&french, "PayloadDisplayName"),
            "iCloud Mail\u{a0}: jane@example.com"
        );
        assert_eq!(text(&french, "PayloadDescription"), description);
        let mail = mail_payload(&french);
        assert_eq!(
            text(mail, "PayloadDescription"),
            "Configure le compte iCloud Mail (IMAP et SMTP)"
        );
        assert_eq!(
            text(mail, "EmailAccountDescription"),
            "iCloud Mail (jane@example.com)"
        );
        assert_eq!(text(mail, "PayloadDisplayName"), "iCloud Mail");
        assert_ne!(
            text(&english, "PayloadDescription"),
            text(&french, "PayloadDescription")
        );
        // Every value but the display texts is the English profile's: servers, ports,
        // usernames, the name, the password, identifiers and UUIDs.
        for (top_or_mail, en, fr) in [
            ("top", &english, &french),
            ("mail", mail_payload(&english), mail_payload(&french)),
        ] {
            assert_eq!(
                en.keys().collect::<Vec<_>>(),
                fr.keys().collect::<Vec<_>>(),
                "{top_or_mail}"
            );
            for (key, value) in en {
                if key != "PayloadContent" && !PROFILE_DISPLAY_KEYS.contains(&key.as_str()) {
                    assert_eq!(Some(value), fr.get(key), "{top_or_mail} {key}");
                }
            }
        }
        assert_eq!(text(mail, "EmailAccountName"), "Jane Doe");
        assert_eq!(text(mail, "IncomingMailServerUsername"), "jdoe@icloud.com");
    }
}

// ---------------------------------------------------------------------------------------------
// Outlook sheet and Autodiscover

#[test]
fn outlook_sheet_is_self_contained_and_carries_the_values() {
    let s = settings("jane@example.com", Some("jdoe@icloud.com"));
    let bytes = render(Format::Outlook, &s);
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));
    let doc = xml::parse(&bytes).expect("well-formed");
    assert_eq!(doc.name, "html");
    for el in doc.descendants() {
        assert!(
            !["script", "img", "link", "iframe", "object"].contains(&el.name.as_str()),
            "{}",
            el.name
        );
        assert!(el.attr("src").is_none(), "no external resource: {el:?}");
    }
    let style = doc.child("head").unwrap().child_text("style").unwrap();
    assert!(!style.contains("url(") && !style.contains("@import"));

    let rows: Vec<(String, String)> = doc
        .descendants()
        .into_iter()
        .filter(|e| e.name == "tr")
        .map(|tr| {
            (
                tr.child_text("th").unwrap().to_owned(),
                tr.child_text("td").unwrap().to_owned(),
            )
        })
        .collect();
    let row = |label: &str| {
        rows.iter()
            .find(|(l, _)| l == label)
            .map_or_else(|| panic!("row {label}"), |(_, v)| v.as_str())
    };
    assert_eq!(row("Incoming mail server"), "imap.mail.me.com");
    assert_eq!(row("Incoming port"), "993");
    assert_eq!(row("Incoming encryption"), "SSL/TLS");
    assert_eq!(row("Outgoing mail server (SMTP)"), "smtp.mail.me.com");
    assert_eq!(row("Outgoing port"), "587");
    assert_eq!(row("Outgoing encryption"), "STARTTLS");
    assert_eq!(row("Incoming user name"), "jdoe@icloud.com");
    assert_eq!(row("Outgoing user name"), "jdoe@icloud.com");
    assert_eq!(row("Sent mail folder"), "Sent Messages");
    assert!(row("Secure Password Authentication (SPA)").starts_with("Off"));
    let all = doc.all_text();
    for needle in [
        "app-specific password",
        "Sign-In and Security",
        "App-Specific Passwords",
        "465",
        "primary iCloud address",
        "New Outlook for Windows",
        "Classic Outlook for Windows",
        "Outlook for Mac",
    ] {
        assert!(all.contains(needle), "{needle}");
    }
}

/// The sheet in `lang`: its `lang` attribute, the values of its table (in order) and of its
/// `<code>` elements (sorted), and its text.
fn sheet_in(lang: Lang, s: &AccountSettings) -> (String, Vec<String>, Vec<String>, String) {
    let options = ExportOptions {
        lang,
        ..ExportOptions::default()
    };
    let bytes = export::render(Format::Outlook, s, &options).unwrap();
    let doc = xml::parse(&bytes).unwrap();
    let cells = doc
        .descendants()
        .into_iter()
        .filter(|e| e.name == "td")
        .map(|td| td.text.clone())
        .collect();
    let mut codes: Vec<String> = doc
        .descendants()
        .into_iter()
        .filter(|e| e.name == "code")
        .map(|c| c.text.clone())
        .collect();
    codes.sort();
    (
        doc.attr("lang").unwrap().to_owned(),
        cells,
        codes,
        plain_text(&bytes),
    )
}

#[test]
fn the_sheet_in_german_carries_the_same_values_as_in_english() {
    let s = settings("jane@example.com", Some("jdoe@icloud.com"))
        .with_smtp_endpoint(&Provider::icloud().smtp_fallbacks[0]);
    let (en_lang, en_cells, en_codes, en_text) = sheet_in(Lang::En, &s);
    let (de_lang, de_cells, de_codes, de_text) = sheet_in(Lang::De, &s);
    assert_eq!(en_lang, "en");
    assert_eq!(de_lang, "de");
    for needle in [
        "Neues Outlook für Windows",
        "Klassisches Outlook für Windows",
        "Outlook für Mac",
        "Gib jane@example.com ein",
        "Datei > Kontoeinstellungen > Kontoeinstellungen",
        "Anmelden und Sicherheit > App-spezifische Passwörter",
        "Häufige Stolperfallen",
    ] {
        assert!(de_text.contains(needle), "{needle}: {de_text}");
    }
    for english in [
        "New Outlook for Windows",
        "Type jane@example.com",
        "Common traps",
    ] {
        assert!(en_text.contains(english), "{english}");
        assert!(!de_text.contains(english), "{english} left in English");
    }
    // The table: every value cell is the same; only the three cells that are words differ.
    assert_eq!(en_cells.len(), de_cells.len());
    let words = ["your app-specific password", "Off (leave unticked)", "Yes"];
    for (en, de) in en_cells.iter().zip(&de_cells) {
        if words.contains(&en.as_str()) {
            assert_ne!(en, de, "{en} not translated");
        } else {
            assert_eq!(en, de);
        }
    }
    // Every server, port and username the English steps name, the German steps name as often.
    let count = |codes: &[String], value: &str| codes.iter().filter(|c| *c == value).count();
    let (imap, smtp) = (s.imap(), s.smtp());
    let values = [
        imap.host.clone(),
        smtp.host.clone(),
        imap.port.to_string(),
        smtp.port.to_string(),
        imap.username.clone(),
        smtp.username.clone(),
        "jane@example.com".to_owned(),
        "SSL/TLS".to_owned(),
        "IMAP".to_owned(),
    ];
    for value in &values {
        let n = count(&en_codes, value);
        assert!(n > 0, "{value} not in the English steps");
        assert_eq!(n, count(&de_codes, value), "{value}");
    }
}

#[test]
fn a_backtick_in_an_address_stays_in_its_value() {
    use icloud_mail_wizard::export::outlook::{OutlookEdition, Piece, outlook_steps};
    let s = settings("j`ane@example.com", Some("jdoe@icloud.com"));
    for lang in [Lang::En, Lang::De] {
        let steps = outlook_steps(OutlookEdition::ClassicWindows, &s, lang);
        assert!(
            steps.items[1].contains(&Piece::Value("j`ane@example.com".to_owned())),
            "{lang}: {:?}",
            steps.items[1]
        );
    }
    let text = plain_text(&render(Format::Outlook, &s));
    assert!(
        text.contains("Type j`ane@example.com, open Advanced options"),
        "{text}"
    );
}

#[test]
fn autodiscover_lists_both_servers_with_spa_off() {
    let s = settings("jane.doe@icloud.com", None);
    let doc = parse_xml(Format::Autodiscover, &s);
    assert_eq!(
        doc.attr("xmlns"),
        Some("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006")
    );
    let response = doc.child("Response").unwrap();
    assert_eq!(
        response.attr("xmlns"),
        Some("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")
    );
    let account = response.child("Account").unwrap();
    assert_eq!(account.child_text("AccountType"), Some("email"));
    assert_eq!(account.child_text("Action"), Some("settings"));
    let protocols: Vec<Vec<(String, String)>> = account
        .children_named("Protocol")
        .map(|p| {
            [
                "Type",
                "Server",
                "Port",
                "LoginName",
                "SPA",
                "SSL",
                "Encryption",
                "AuthRequired",
            ]
            .iter()
            .map(|k| {
                (
                    (*k).to_owned(),
                    p.child_text(k).unwrap_or("<missing>").to_owned(),
                )
            })
            .collect()
        })
        .collect();
    let expect = |ty: &str, server: &str, port: &str, login: &str, enc: &str| {
        [
            ("Type", ty),
            ("Server", server),
            ("Port", port),
            ("LoginName", login),
            ("SPA", "off"),
            ("SSL", "on"),
            ("Encryption", enc),
            ("AuthRequired", "on"),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect::<Vec<_>>()
    };
    // Each server logs in as the applied settings say: the name part on IMAP (iCloud's
    // documented default), the whole address on SMTP.
    assert_eq!(
        protocols,
        [
            expect("IMAP", "imap.mail.me.com", "993", "jane.doe", "SSL"),
            expect(
                "SMTP",
                "smtp.mail.me.com",
                "587",
                "jane.doe@icloud.com",
                "TLS"
            )
        ]
    );
    assert!(
        account
            .descendants()
            .into_iter()
            .all(|e| e.name != "UsePOPAuth"),
        "UsePOPAuth is for POP3 accounts"
    );
}

// ---------------------------------------------------------------------------------------------
// Round trips of what the person controls

/// The address, name and organization as read back from each format.
fn read_back(format: Format, bytes: &[u8]) -> (String, Option<String>, Option<String>) {
    match format {
        Format::Mobileconfig => {
            let top = Value::from_reader_xml(bytes)
                .unwrap()
                .into_dictionary()
                .unwrap();
            let mail = mail_payload(&top);
            (
                mail["EmailAddress"].as_string().unwrap().to_owned(),
                mail.get("EmailAccountName")
                    .map(|v| v.as_string().unwrap().to_owned()),
                top.get("PayloadOrganization")
                    .map(|v| v.as_string().unwrap().to_owned()),
            )
        }
        Format::Autodiscover => {
            let doc = xml::parse(bytes).unwrap();
            let user = doc.child("Response").unwrap().child("User").unwrap();
            (
                user.child_text("AutoDiscoverSMTPAddress")
                    .unwrap()
                    .to_owned(),
                user.child_text("DisplayName").map(str::to_owned),
                None,
            )
        }
        Format::Outlook => {
            let doc = xml::parse(bytes).unwrap();
            let cell = |label: &str| {
                doc.descendants()
                    .into_iter()
                    .find(|e| e.name == "tr" && e.child_text("th") == Some(label))
                    .map(|tr| tr.child_text("td").unwrap().to_owned())
            };
            let prepared = doc
                .descendants()
                .into_iter()
                .find(|e| e.attr("class") == Some("muted"))
                .map(|e| e.text.clone())
                .unwrap();
            let org = prepared.rsplit_once(" by ").map(|(_, o)| o.to_owned());
            (cell("Email address").unwrap(), cell("Your name"), org)
        }
        Format::AndroidQr => {
            let (text, _) = util::qr::decode_png(bytes);
            let data = reader::read(&text).unwrap();
            let (address, name) = data.accounts[0].outgoing[0].identities[0].clone();
            (address, Some(name).filter(|n| !n.is_empty()), None)
        }
        Format::Thunderbird | Format::AutoconfigSite => {
            let doc = xml::parse(bytes).unwrap();
            let domain = doc
                .child("emailProvider")
                .unwrap()
                .child_text("domain")
                .unwrap()
                .to_owned();
            (domain, None, None)
        }
    }
}

fn label_strategy() -> impl Strategy<Value = String> {
    // Any printable text, heavy on the characters markup cares about.
    proptest::string::string_regex("[<>&\"' a-zA-Z\u{e9}\u{4e2d}\u{1F600};=/\\\\]{1,40}")
        .unwrap()
        .prop_filter("non-blank", |s| !s.trim().is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn person_controlled_text_round_trips(
        local in "[a-z0-9][a-z0-9&'+_-]{0,15}",
        name in label_strategy(),
        org in label_strategy(),
    ) {
        let email = format!("{local}@icloud.com");
        let s = settings(&email, None)
            .with_display_name(Some(&name)).unwrap()
            .with_organization(Some(&org)).unwrap();
        for format in Format::ALL {
            let bytes = render(format, &s);
            let (addr, got_name, got_org) = read_back(format, &bytes);
            let file_only = matches!(format, Format::Thunderbird | Format::AutoconfigSite);
            let expected = if file_only { "icloud.com" } else { email.as_str() };
            prop_assert_eq!(addr.as_str(), expected);
            if !file_only {
                prop_assert_eq!(got_name.as_deref(), Some(name.trim()));
            }
            if matches!(format, Format::Mobileconfig | Format::Outlook) {
                prop_assert_eq!(got_org.as_deref(), Some(org.trim()));
            }
        }
    }
}

#[test]
fn hostile_labels_are_refused_with_a_clear_message() {
    let s = settings("jane@icloud.com", None);
    let long = "\u{263a}".repeat(10_000);
    let err = s.clone().with_display_name(Some(&long)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the name is 10000 characters long; at most 200 are allowed"
    );
    let err = s
        .clone()
        .with_organization(Some("ACME\u{0}Corp"))
        .unwrap_err();
    assert!(err.to_string().contains("control character"), "{err}");
}

#[test]
fn non_ascii_names_survive_every_format() {
    let s = settings("jane@icloud.com", None)
        .with_display_name(Some("Zoë Ångström 中文 🙂"))
        .unwrap();
    for format in [
        Format::Mobileconfig,
        Format::Outlook,
        Format::Autodiscover,
        Format::AndroidQr,
    ] {
        let (_, name, _) = read_back(format, &render(format, &s));
        assert_eq!(name.as_deref(), Some("Zoë Ångström 中文 🙂"), "{format}");
    }
}

#[test]
fn exports_are_deterministic() {
    let s = settings("jane@example.com", Some("jdoe@me.com"));
    for format in Format::ALL {
        assert_eq!(render(format, &s), render(format, &s), "{format}");
    }
}

// ---------------------------------------------------------------------------------------------
// Every export tells the same truth

/// One server as a mail app ends up using it.
#[derive(Debug, PartialEq, Eq)]
struct Used {
    host: String,
    port: u16,
    /// `tls` or `starttls`.
    security: &'static str,
    username: String,
}

/// What Thunderbird uses from a clientConfig file for `email`: placeholders expanded as
/// Thunderbird expands them from the address typed.
fn thunderbird_uses(bytes: &[u8], email: &str) -> (Used, Used) {
    let doc = xml::parse(bytes).unwrap();
    thunderbird_accepts(&doc).unwrap();
    let provider = doc.child("emailProvider").unwrap();
    let (local, domain) = email.split_once('@').unwrap();
    let used = |server: &Element| Used {
        host: server.child_text("hostname").unwrap().to_owned(),
        port: server.child_text("port").unwrap().parse().unwrap(),
        security: match server.child_text("socketType").unwrap() {
            "SSL" => "tls",
            "STARTTLS" => "starttls",
            other => panic!("socketType {other}"),
        },
        username: server
            .child_text("username")
            .unwrap()
            .replace("%EMAILADDRESS%", email)
            .replace("%EMAILLOCALPART%", local)
            .replace("%EMAILDOMAIN%", domain),
    };
    (
        used(provider.child("incomingServer").unwrap()),
        used(provider.child("outgoingServer").unwrap()),
    )
}

/// What Apple Mail uses from the profile (`UseSSL` on 587 means STARTTLS there).
fn profile_uses(bytes: &[u8]) -> (Used, Used) {
    let top = Value::from_reader_xml(bytes)
        .unwrap()
        .into_dictionary()
        .unwrap();
    let mail = mail_payload(&top).clone();
    let used = |side: &str| {
        let port = mail[&format!("{side}MailServerPortNumber")]
            .as_unsigned_integer()
            .unwrap();
        assert_eq!(
            mail[&format!("{side}MailServerUseSSL")].as_boolean(),
            Some(true)
        );
        Used {
            host: mail[&format!("{side}MailServerHostName")]
                .as_string()
                .unwrap()
                .to_owned(),
            port: u16::try_from(port).unwrap(),
            security: if port == 587 { "starttls" } else { "tls" },
            username: mail[&format!("{side}MailServerUsername")]
                .as_string()
                .unwrap()
                .to_owned(),
        }
    };
    (used("Incoming"), used("Outgoing"))
}

/// What Outlook gets from an Autodiscover response.
fn autodiscover_uses(bytes: &[u8]) -> (Used, Used) {
    let doc = xml::parse(bytes).unwrap();
    let account = doc.child("Response").unwrap().child("Account").unwrap();
    let mut protocols = account.children_named("Protocol").map(|p| Used {
        host: p.child_text("Server").unwrap().to_owned(),
        port: p.child_text("Port").unwrap().parse().unwrap(),
        security: match p.child_text("Encryption").unwrap() {
            "SSL" => "tls",
            "TLS" => "starttls",
            other => panic!("Encryption {other}"),
        },
        username: p.child_text("LoginName").unwrap().to_owned(),
    });
    (protocols.next().unwrap(), protocols.next().unwrap())
}

/// The Outlook sheet's table, and its whole text for the advice checks.
fn sheet_uses(bytes: &[u8]) -> ((Used, Used), String) {
    let doc = xml::parse(bytes).unwrap();
    let cell = |label: &str| {
        doc.descendants()
            .into_iter()
            .find(|e| e.name == "tr" && e.child_text("th") == Some(label))
            .map_or_else(
                || panic!("no row {label}"),
                |tr| tr.child_text("td").unwrap().to_owned(),
            )
    };
    let security = |label: &str| match cell(label).as_str() {
        "SSL/TLS" => "tls",
        "STARTTLS" => "starttls",
        other => panic!("{label}: {other}"),
    };
    let used = (
        Used {
            host: cell("Incoming mail server"),
            port: cell("Incoming port").parse().unwrap(),
            security: security("Incoming encryption"),
            username: cell("Incoming user name"),
        },
        Used {
            host: cell("Outgoing mail server (SMTP)"),
            port: cell("Outgoing port").parse().unwrap(),
            security: security("Outgoing encryption"),
            username: cell("Outgoing user name"),
        },
    );
    (used, plain_text(bytes))
}

/// The text of an HTML page without its tags, entities unescaped, white space collapsed.
fn plain_text(html: &[u8]) -> String {
    let html = String::from_utf8(html.to_vec()).unwrap();
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_export_tells_the_same_truth_for_every_username_form_and_port() {
    let accounts = [
        ("jane.doe@icloud.com", None),
        ("jane@example.com", Some("jdoe@icloud.com")),
    ];
    let fallback = &Provider::icloud().smtp_fallbacks[0];
    for (email, login) in accounts {
        for form in [UsernameForm::NamePart, UsernameForm::FullAddress] {
            for port in [587, 465] {
                let mut s = settings(email, login).with_imap_username(form);
                if port == 465 {
                    s = s.with_smtp_endpoint(fallback);
                }
                let case = format!("{email} {form:?} {port}");
                let expected = |server: &icloud_mail_wizard::settings::Server| Used {
                    host: server.host.clone(),
                    port: server.port,
                    security: server.security.name(),
                    username: server.username.clone(),
                };
                let truth = (expected(s.imap()), expected(s.smtp()));
                assert_eq!(truth.1.port, port, "{case}");

                let files: Vec<_> = Format::ALL
                    .into_iter()
                    .filter(|f| f.applies_to(&s))
                    .flat_map(|f| export::render_files(f, &s, &ExportOptions::default()).unwrap())
                    .collect();
                let mut checked = 0;
                for file in &files {
                    let name = file.path.to_str().unwrap();
                    let ext = file.path.extension().unwrap().to_str().unwrap();
                    let (used, what) = if name.ends_with(".android-qr.png") {
                        (
                            android_qr_uses(&util::qr::decode_png(&file.bytes).0),
                            "android qr png",
                        )
                    } else if name.ends_with(".android-qr.svg") {
                        (
                            android_qr_uses(&util::qr::decode_svg(&file.bytes, 3).0),
                            "android qr svg",
                        )
                    } else if name.ends_with(".mobileconfig") {
                        (profile_uses(&file.bytes), "profile")
                    } else if name.ends_with("autodiscover.xml") {
                        (autodiscover_uses(&file.bytes), "autodiscover")
                    } else if name.ends_with(".outlook.html") {
                        let (used, text) = sheet_uses(&file.bytes);
                        check_sheet_advice(&text, &s, &case);
                        (used, "sheet")
                    } else if ext == "xml" {
                        (thunderbird_uses(&file.bytes, email), "thunderbird")
                    } else {
                        assert!(name.ends_with("README.txt"), "{name}");
                        let text = String::from_utf8(file.bytes.clone()).unwrap();
                        assert!(text.contains(s.login().as_str()), "{case}: {text}");
                        continue;
                    };
                    assert_eq!(used, truth, "{case}: {what} in {name}");
                    checked += 1;
                }
                // Thunderbird, profile, sheet, the lone Autodiscover file, the Android QR code
                // as PNG and SVG, and for a custom domain the site: two autoconfig files and its
                // Autodiscover file.
                let expected_files = if login.is_some() { 9 } else { 6 };
                assert_eq!(checked, expected_files, "{case}");
            }
        }
    }
}

/// What Thunderbird for Android takes from a QR code's payload, read with the port of its reader.
fn android_qr_uses(text: &str) -> (Used, Used) {
    let data = reader::read(text).unwrap();
    let security = |n: i32| match n {
        3 => "tls",
        2 => "starttls",
        other => panic!("connection security {other}"),
    };
    let (i, o) = (&data.accounts[0].incoming, &data.accounts[0].outgoing[0]);
    (
        Used {
            host: i.hostname.clone(),
            port: u16::try_from(i.port).unwrap(),
            security: security(i.connection_security),
            username: i.username.clone(),
        },
        Used {
            host: o.hostname.clone(),
            port: u16::try_from(o.port).unwrap(),
            security: security(o.connection_security),
            username: o.username.clone(),
        },
    )
}

/// The sheet's advice never contradicts its values.
fn check_sheet_advice(text: &str, s: &AccountSettings, case: &str) {
    let (imap, smtp) = (s.imap(), s.smtp());
    let both = "as the user name for both servers";
    if imap.username == smtp.username {
        assert!(
            text.contains(&format!("Use {} {both}", imap.username)),
            "{case}"
        );
    } else {
        assert!(
            !text.contains(both),
            "{case}: one user name claimed for both"
        );
        assert!(
            text.contains(&format!(
                "different user names: {} for incoming mail and {} for outgoing mail",
                imap.username, smtp.username
            )),
            "{case}"
        );
    }
    if smtp.port == 465 {
        assert!(
            !text.contains("If your network blocks it, use port 465"),
            "{case}: advises 465 while 465 is already chosen"
        );
        assert!(
            !text.contains("STARTTLS, which is what iCloud expects"),
            "{case}"
        );
    } else {
        assert!(
            text.contains("on port 587 Outlook encrypts with STARTTLS"),
            "{case}: Outlook for Mac's Use SSL is explained"
        );
    }
    // The classic Outlook steps set the outgoing login that the table shows.
    if imap.username == smtp.username {
        assert!(
            text.contains("Use same settings as my incoming mail server"),
            "{case}"
        );
    } else {
        assert!(
            text.contains(&format!("Log on using, user name {}", smtp.username)),
            "{case}"
        );
    }
}
