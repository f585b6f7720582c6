//! A printable, self-contained HTML sheet for setting up Outlook by hand.
//!
//! Written with quick-xml as well-formed HTML (so it also parses as XML, which the tests use), with
//! inline CSS and no external resources. Every value comes from the settings and is escaped.

use std::io;

use quick_xml::events::{BytesText, Event};

use super::xml::Doc;
use crate::address::DomainKind;
use crate::provider::Security;
use crate::settings::{AccountSettings, Server};

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

/// What the sheet says about one account, worked out once from the applied settings.
struct Facts<'a> {
    email: &'a str,
    imap: &'a Server,
    smtp: &'a Server,
    imap_port: String,
    smtp_port: String,
    /// Both servers log in with the same username.
    same_username: bool,
    custom_domain: bool,
}

#[expect(
    clippy::too_many_lines,
    reason = "one document, top to bottom, reads best as one function"
)]
pub(super) fn render(s: &AccountSettings) -> io::Result<Vec<u8>> {
    let p = s.provider();
    let f = Facts {
        email: s.email().as_str(),
        imap: s.imap(),
        smtp: s.smtp(),
        imap_port: s.imap().port.to_string(),
        smtp_port: s.smtp().port.to_string(),
        same_username: s.imap().username == s.smtp().username,
        custom_domain: s.email().kind() == DomainKind::Custom,
    };
    let (imap, smtp) = (f.imap, f.smtp);
    let title = format!("iCloud Mail settings for {}", f.email);
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
    let mut prepared = String::from(
        "Setting up Outlook: new Outlook for Windows, classic Outlook for Windows and Outlook for Mac",
    );
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
    row(&mut doc, "Email address", f.email)?;
    if let Some(name) = s.display_name() {
        row(&mut doc, "Your name", name)?;
    }
    row(&mut doc, "Account type", "IMAP")?;
    row(&mut doc, "Incoming mail server", &imap.host)?;
    row(&mut doc, "Incoming port", &f.imap_port)?;
    row(&mut doc, "Incoming encryption", encryption(imap.security))?;
    row(&mut doc, "Incoming user name", &imap.username)?;
    row(&mut doc, "Outgoing mail server (SMTP)", &smtp.host)?;
    row(&mut doc, "Outgoing port", &f.smtp_port)?;
    row(&mut doc, "Outgoing encryption", encryption(smtp.security))?;
    row(&mut doc, "Outgoing user name", &smtp.username)?;
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
    row(&mut doc, "Outgoing server requires authentication", "Yes")?;
    row(&mut doc, "Sent mail folder", &p.sent_folder)?;
    doc.close("tbody")?;
    doc.close("table")?;

    new_outlook(&mut doc, &f)?;
    classic_outlook(&mut doc, &f)?;
    outlook_for_mac(&mut doc, &f)?;

    doc.elem("h2", "Common traps")?;
    doc.open("ul", &[])?;
    sentence(
        &mut doc,
        "li",
        &[T(
            "A login error almost always means the Apple Account password was used instead of an app-specific password. Changing your Apple Account password revokes all app-specific passwords; make a new one then.",
        )],
    )?;
    let mut username_trap = if f.same_username {
        vec![
            T("Use "),
            V(&imap.username),
            T(" as the user name for both servers."),
        ]
    } else {
        vec![
            T("The two servers take different user names: "),
            V(&imap.username),
            T(" for incoming mail and "),
            V(&smtp.username),
            T(" for outgoing mail."),
        ]
    };
    if f.custom_domain {
        username_trap.extend([
            T(" Your address "),
            V(f.email),
            T(" is on your own domain, but iCloud logs in with your primary iCloud address, not with it."),
        ]);
    }
    sentence(&mut doc, "li", &username_trap)?;
    match smtp.security {
        Security::StartTls => sentence(
            &mut doc,
            "li",
            &[
                T("Port "),
                V(&f.smtp_port),
                T(" uses "),
                V("STARTTLS"),
                T(
                    ", not SSL/TLS; where an app lets you choose, SSL/TLS on this port fails with errors such as \"wrong version number\". If your network blocks it, use port ",
                ),
                V("465"),
                T(" with "),
                V("SSL/TLS"),
                T(" instead."),
            ],
        )?,
        Security::Tls => sentence(
            &mut doc,
            "li",
            &[
                T("Outgoing mail uses port "),
                V(&f.smtp_port),
                T(" with "),
                V("SSL/TLS"),
                T(
                    " from the first byte, not STARTTLS. (iCloud's documented port 587 needs STARTTLS; port ",
                ),
                V(&f.smtp_port),
                T(" is for networks that block 587.)"),
            ],
        )?,
    }
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
            T(" and deleted mail in "),
            V("Deleted Messages"),
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

/// New Outlook for Windows: the built-in iCloud account type for iCloud's own domains; the IMAP
/// form for a custom domain, whose login the iCloud type cannot be told.
fn new_outlook(doc: &mut Doc, f: &Facts<'_>) -> io::Result<()> {
    let (imap, smtp) = (f.imap, f.smtp);
    doc.elem("h2", "New Outlook for Windows")?;
    if !f.custom_domain && f.same_username && smtp.security == Security::StartTls {
        return steps(
            doc,
            &[
                &[
                    T("Open "),
                    V("Settings > Accounts > Email accounts"),
                    T(" and choose "),
                    V("Add account"),
                    T("."),
                ],
                &[
                    T("Type "),
                    V(f.email),
                    T(" and choose "),
                    V("Continue"),
                    T("."),
                ],
                &[
                    T("When Outlook offers "),
                    V("iCloud"),
                    T(
                        ", keep it and paste your app-specific password (not your Apple Account password). Choose ",
                    ),
                    V("Continue"),
                    T("."),
                ],
                &[T(
                    "If Outlook asks for server settings instead, use the IMAP steps for classic Outlook below with the values in the table.",
                )],
            ],
        );
    }
    sentence(
        doc,
        "p",
        &[T(if f.custom_domain {
            "Outlook's iCloud account type logs in with the address you type, and your address logs in with another one, so set the account up as IMAP:"
        } else {
            "Outlook's iCloud account type uses iCloud's documented settings, and yours differ (see the table), so set the account up as IMAP:"
        })],
    )?;
    steps(
        doc,
        &[
            &[
                T("Open "),
                V("Settings > Accounts > Email accounts"),
                T(" and choose "),
                V("Add account"),
                T("."),
            ],
            &[
                T("Type "),
                V(f.email),
                T(", then choose "),
                V("Advanced setup"),
                T(" (or "),
                V("Choose provider"),
                T(") and "),
                V("IMAP"),
                T("."),
            ],
            &[
                T("Incoming: user name "),
                V(&imap.username),
                T(", your app-specific password, server "),
                V(&imap.host),
                T(", port "),
                V(&f.imap_port),
                T(", "),
                V(encryption(imap.security)),
                T("."),
            ],
            &[
                T("Outgoing: user name "),
                V(&smtp.username),
                T(", the same password, server "),
                V(&smtp.host),
                T(", port "),
                V(&f.smtp_port),
                T(", "),
                V(encryption(smtp.security)),
                T("."),
            ],
            &[T("Choose "), V("Continue"), T(".")],
        ],
    )
}

fn classic_outlook(doc: &mut Doc, f: &Facts<'_>) -> io::Result<()> {
    let (imap, smtp) = (f.imap, f.smtp);
    doc.elem("h2", "Classic Outlook for Windows")?;
    let mut items: Vec<Vec<Span<'_>>> = vec![
        vec![T("Open "), V("File > Add Account"), T(".")],
        vec![
            T("Type "),
            V(f.email),
            T(", open "),
            V("Advanced options"),
            T(", tick "),
            V("Let me set up my account manually"),
            T(" and choose "),
            V("Connect"),
            T("."),
        ],
        vec![T("Choose "), V("IMAP"), T(".")],
        vec![
            T("Incoming mail: server "),
            V(&imap.host),
            T(", port "),
            V(&f.imap_port),
            T(", encryption method "),
            V(encryption(imap.security)),
            T(". Leave "),
            V("Require logon using Secure Password Authentication (SPA)"),
            T(" unticked."),
        ],
        vec![
            T("Outgoing mail: server "),
            V(&smtp.host),
            T(", port "),
            V(&f.smtp_port),
            T(", encryption method "),
            V(encryption(smtp.security)),
            T(". Leave SPA unticked."),
        ],
        vec![
            T("Choose "),
            V("Next"),
            T(" and paste your app-specific password when Outlook asks for it."),
        ],
    ];
    let mut fix = vec![
        T("Then open "),
        V("File > Account Settings > Account Settings"),
        T(" and double-click the account. "),
    ];
    if imap.username == f.email {
        fix.extend([
            T("Check that "),
            V("User Name"),
            T(" is "),
            V(&imap.username),
            T(". "),
        ]);
    } else {
        fix.extend([
            T("Set "),
            V("User Name"),
            T(" to "),
            V(&imap.username),
            T(". "),
        ]);
    }
    fix.extend([
        T("Under "),
        V("More Settings > Outgoing Server"),
        T(" tick "),
        V("My outgoing server (SMTP) requires authentication"),
    ]);
    if f.same_username {
        fix.extend([
            T(" with "),
            V("Use same settings as my incoming mail server"),
            T("."),
        ]);
    } else {
        fix.extend([
            T(", choose "),
            V("Log on using"),
            T(", user name "),
            V(&smtp.username),
            T(" and your app-specific password."),
        ]);
    }
    items.push(fix);
    let refs: Vec<&[Span<'_>]> = items.iter().map(Vec::as_slice).collect();
    steps(doc, &refs)
}

fn outlook_for_mac(doc: &mut Doc, f: &Facts<'_>) -> io::Result<()> {
    let (imap, smtp) = (f.imap, f.smtp);
    doc.elem("h2", "Outlook for Mac")?;
    let ssl_meaning = match smtp.security {
        Security::StartTls => {
            "In Outlook for Mac this box means \"encrypt the connection\": on port 587 Outlook encrypts with STARTTLS, which is what iCloud expects there."
        }
        Security::Tls => {
            "On this port the connection is encrypted with SSL/TLS from the first byte."
        }
    };
    steps(
        doc,
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
                V(f.email),
                T(" and choose "),
                V("IMAP/POP"),
                T(" when asked for the provider."),
            ],
            &[
                T("Type "),
                V("IMAP"),
                T(", IMAP user name "),
                V(&imap.username),
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
                V(&f.imap_port),
                T("."),
            ],
            &[
                T("SMTP user name "),
                V(&smtp.username),
                T(" and your app-specific password; outgoing server "),
                V(&smtp.host),
                T(": tick "),
                V("Override default port"),
                T(", port "),
                V(&f.smtp_port),
                T(", and tick "),
                V("Use SSL to connect"),
                T(". "),
                T(ssl_meaning),
            ],
            &[T("Choose "), V("Add Account"), T(".")],
        ],
    )
}
