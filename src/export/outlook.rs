//! A printable, self-contained HTML sheet for setting up Outlook by hand.
//!
//! Written with quick-xml as well-formed HTML (so it also parses as XML, which the tests use), with
//! inline CSS and no external resources. Every value comes from the settings and is escaped.

use std::io;

use quick_xml::events::{BytesText, Event};

use super::xml::Doc;
use crate::address::DomainKind;
use crate::provider::Security;
use crate::settings::AccountSettings;

/// Inline style sheet. No `<`, `>`, `&` or quotes, which the XML writer would escape.
const CSS: &str = "
body { font-family: system-ui, Segoe UI, Helvetica, Arial, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1d1d1f; line-height: 1.45 }
h1 { font-size: 1.6em; margin-bottom: 0.2em }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #d2d2d7; padding-bottom: 0.2em }
table { border-collapse: collapse; width: 100% }
th, td { text-align: left; padding: 0.35em 0.6em; border: 1px solid #d2d2d7; vertical-align: top }
th { background: #f5f5f7; width: 40% }
td.value, code { font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere }
.note { background: #fff8e1; border-left: 4px solid #f5a623; padding: 0.6em 0.9em }
.muted { color: #6e6e73; font-size: 0.9em }
li { margin: 0.3em 0 }
@media print { body { margin: 0; max-width: none } h2 { break-after: avoid } table, li { break-inside: avoid } }
";

/// A piece of a sentence: plain text, or a value the person types (shown in bold monospace).
enum Span<'a> {
    T(&'a str),
    V(&'a str),
}
use Span::{T, V};

fn sentence(doc: &mut Doc, tag: &str, spans: &[Span<'_>]) -> io::Result<()> {
    doc.open(tag, &[])?;
    for span in spans {
        match span {
            T(text) => doc.text(text)?,
            V(value) => doc.elem("code", value)?,
        }
    }
    doc.close(tag)
}

fn steps(doc: &mut Doc, items: &[&[Span<'_>]]) -> io::Result<()> {
    doc.open("ol", &[])?;
    for item in items {
        sentence(doc, "li", item)?;
    }
    doc.close("ol")
}

fn row(doc: &mut Doc, label: &str, value: &str) -> io::Result<()> {
    doc.open("tr", &[])?;
    doc.elem("th", label)?;
    doc.text_elem("td", &[("class", "value")], value)?;
    doc.close("tr")
}

fn encryption(security: Security) -> &'static str {
    match security {
        Security::Tls => "SSL/TLS",
        Security::StartTls => "STARTTLS",
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one document, top to bottom, reads best as one function"
)]
pub(super) fn render(s: &AccountSettings) -> io::Result<Vec<u8>> {
    let p = s.provider();
    let email = s.email().as_str();
    let login = s.login().as_str();
    let (imap, smtp) = (s.imap(), s.smtp());
    let imap_port = imap.port.to_string();
    let smtp_port = smtp.port.to_string();
    let imap_enc = encryption(imap.security);
    let smtp_enc = encryption(smtp.security);
    let title = format!("iCloud Mail settings for {email}");
    let app_password_path = format!(
        "{} > {}",
        p.app_password.url.trim_start_matches("https://"),
        p.app_password.path.join(" > ")
    );

    let mut doc = Doc::bare();
    doc.event(Event::DocType(BytesText::from_escaped("html")))?;
    doc.open("html", &[("lang", "en")])?;
    doc.open("head", &[])?;
    doc.empty("meta", &[("charset", "utf-8")])?;
    doc.empty(
        "meta",
        &[
            ("name", "viewport"),
            ("content", "width=device-width, initial-scale=1"),
        ],
    )?;
    doc.elem("title", &title)?;
    doc.elem("style", CSS)?;
    doc.close("head")?;
    doc.open("body", &[])?;

    doc.elem("h1", &title)?;
    let mut prepared = String::from("Manual set-up for Outlook and other mail apps");
    if let Some(name) = s.display_name() {
        prepared = format!("{prepared}, prepared for {name}");
    }
    if let Some(org) = s.organization() {
        prepared = format!("{prepared} by {org}");
    }
    doc.text_elem("p", &[("class", "muted")], &prepared)?;

    doc.open("div", &[("class", "note")])?;
    sentence(
        &mut doc,
        "p",
        &[
            T("You need an "),
            V("app-specific password"),
            T(": your Apple Account password will not work. Make one at "),
            V(&app_password_path),
            T(" > Generate. It looks like "),
            V("xxxx-xxxx-xxxx-xxxx"),
            T(" (16 letters). Two-factor authentication must be on for your Apple Account."),
        ],
    )?;
    doc.close("div")?;

    doc.elem("h2", "Your settings")?;
    doc.open("table", &[])?;
    doc.open("tbody", &[])?;
    row(&mut doc, "Email address", email)?;
    if let Some(name) = s.display_name() {
        row(&mut doc, "Your name", name)?;
    }
    row(&mut doc, "Account type", "IMAP")?;
    row(&mut doc, "Incoming mail server", &imap.host)?;
    row(&mut doc, "Incoming port", &imap_port)?;
    row(&mut doc, "Incoming encryption", imap_enc)?;
    row(&mut doc, "Outgoing mail server (SMTP)", &smtp.host)?;
    row(&mut doc, "Outgoing port", &smtp_port)?;
    row(&mut doc, "Outgoing encryption", smtp_enc)?;
    row(&mut doc, "User name (both servers)", login)?;
    row(
        &mut doc,
        "Password (both servers)",
        "your app-specific password",
    )?;
    row(
        &mut doc,
        "Secure Password Authentication (SPA)",
        "Off (leave unticked)",
    )?;
    row(
        &mut doc,
        "Outgoing server requires authentication",
        "Yes, same as incoming",
    )?;
    doc.close("tbody")?;
    doc.close("table")?;

    doc.elem("h2", "Classic Outlook for Windows")?;
    steps(
        &mut doc,
        &[
            &[T("Open "), V("File > Add Account"), T(".")],
            &[
                T("Type "),
                V(email),
                T(", open "),
                V("Advanced options"),
                T(", tick "),
                V("Let me set up my account manually"),
                T(" and choose "),
                V("Connect"),
                T("."),
            ],
            &[T("Choose "), V("IMAP"), T(".")],
            &[
                T("Incoming mail: server "),
                V(&imap.host),
                T(", port "),
                V(&imap_port),
                T(", encryption method "),
                V(imap_enc),
                T(". Leave "),
                V("Require logon using Secure Password Authentication (SPA)"),
                T(" unticked."),
            ],
            &[
                T("Outgoing mail: server "),
                V(&smtp.host),
                T(", port "),
                V(&smtp_port),
                T(", encryption method "),
                V(smtp_enc),
                T(". Leave SPA unticked."),
            ],
            &[
                T("Choose "),
                V("Next"),
                T(" and paste your app-specific password when Outlook asks for it."),
            ],
            &[
                T(
                    "If Outlook asks for a user name, or the account was added but cannot log in: open ",
                ),
                V("File > Account Settings > Account Settings"),
                T(", double-click the account, set "),
                V("User Name"),
                T(" to "),
                V(login),
                T(", then under "),
                V("More Settings > Outgoing Server"),
                T(" tick "),
                V("My outgoing server (SMTP) requires authentication"),
                T(" with "),
                V("Use same settings as my incoming mail server"),
                T("."),
            ],
        ],
    )?;

    doc.elem("h2", "Outlook for Mac")?;
    sentence(
        &mut doc,
        "p",
        &[T(
            "Recent versions of Outlook for Mac and the new Outlook for Windows can sign in to iCloud directly; if yours offers that, use it. Otherwise:",
        )],
    )?;
    steps(
        &mut doc,
        &[
            &[
                T("Open "),
                V("Outlook > Settings > Accounts"),
                T(", choose "),
                V("+"),
                T(" and "),
                V("New Account"),
                T("."),
            ],
            &[
                T("Type "),
                V(email),
                T(" and choose "),
                V("IMAP/POP"),
                T(" when asked for the provider."),
            ],
            &[
                T("Type "),
                V("IMAP"),
                T(", user name "),
                V(login),
                T(" and your app-specific password."),
            ],
            &[
                T("Incoming server "),
                V(&imap.host),
                T(": tick "),
                V("Use SSL to connect"),
                T(" and "),
                V("Override default port"),
                T(", port "),
                V(&imap_port),
                T("."),
            ],
            &[
                T("Outgoing server "),
                V(&smtp.host),
                T(": tick "),
                V("Use SSL to connect"),
                T(" and "),
                V("Override default port"),
                T(", port "),
                V(&smtp_port),
                T("."),
            ],
            &[T("Choose "), V("Add Account"), T(".")],
        ],
    )?;

    doc.elem("h2", "Common traps")?;
    doc.open("ul", &[])?;
    sentence(
        &mut doc,
        "li",
        &[T(
            "A login error almost always means the Apple Account password was used instead of an app-specific password. Changing your Apple Account password revokes all app-specific passwords; make a new one then.",
        )],
    )?;
    let mut username_trap = vec![
        T("Use the full address "),
        V(login),
        T(" as the user name for both servers."),
    ];
    if s.email().kind() == DomainKind::Custom {
        username_trap.extend([
            T(" Your address "),
            V(email),
            T(" is on your own domain, but iCloud logs in with your primary iCloud address, not with it."),
        ]);
    }
    sentence(&mut doc, "li", &username_trap)?;
    sentence(
        &mut doc,
        "li",
        &[
            T("Port 587 uses "),
            V("STARTTLS"),
            T(
                ", not SSL/TLS; choosing SSL/TLS on 587 fails with errors such as \"wrong version number\". If your network blocks 587, use port ",
            ),
            V("465"),
            T(" with "),
            V("SSL/TLS"),
            T(" instead."),
        ],
    )?;
    sentence(
        &mut doc,
        "li",
        &[T(
            "Leave Secure Password Authentication (SPA) off: iCloud does not support it.",
        )],
    )?;
    sentence(
        &mut doc,
        "li",
        &[
            T("iCloud keeps sent mail in the folder "),
            V(&p.sent_folder),
            T("."),
        ],
    )?;
    doc.close("ul")?;

    sentence(
        &mut doc,
        "p",
        &[
            T("Values from Apple's documentation, "),
            V(&p.documentation_url),
            T(". Made by iCloud Mail Wizard."),
        ],
    )?;
    doc.close("body")?;
    doc.close("html")?;
    Ok(doc.finish())
}
