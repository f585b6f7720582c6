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

impl<'a> Facts<'a> {
    fn new(s: &'a AccountSettings) -> Self {
        Self {
            email: s.email().as_str(),
            imap: s.imap(),
            smtp: s.smtp(),
            imap_port: s.imap().port.to_string(),
            smtp_port: s.smtp().port.to_string(),
            same_username: s.imap().username == s.smtp().username,
            custom_domain: s.email().kind() == DomainKind::Custom,
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one document, top to bottom, reads best as one function"
)]
pub(super) fn render(s: &AccountSettings) -> io::Result<Vec<u8>> {
    let p = s.provider();
    let f = Facts::new(s);
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

    for edition in OutlookEdition::ALL {
        let steps = match edition {
            OutlookEdition::NewWindows => new_outlook(&f),
            OutlookEdition::ClassicWindows => classic_outlook(&f),
            OutlookEdition::Mac => outlook_for_mac(&f),
        };
        steps_html(&mut doc, edition, &steps)?;
    }

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

pub use crate::i18n::Piece;

/// The steps for one edition of Outlook, in the order the person does them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Steps {
    /// A sentence before the steps, if the edition needs one.
    pub intro: Option<String>,
    /// One item per step.
    pub items: Vec<Vec<Piece>>,
}

/// Which Outlook.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum OutlookEdition {
    /// The new Outlook for Windows (the one that comes with Windows 11).
    NewWindows,
    /// Classic Outlook for Windows (Microsoft 365, Outlook 2016 to 2024).
    ClassicWindows,
    /// Outlook for Mac.
    Mac,
}

impl OutlookEdition {
    /// Every edition, in the order offered.
    pub const ALL: [Self; 3] = [Self::NewWindows, Self::ClassicWindows, Self::Mac];

    /// The edition's name.
    pub fn title(self) -> &'static str {
        match self {
            Self::NewWindows => "New Outlook for Windows",
            Self::ClassicWindows => "Classic Outlook for Windows",
            Self::Mac => "Outlook for Mac",
        }
    }
}

fn t(text: impl Into<String>) -> Piece {
    Piece::Text(text.into())
}

fn v(value: impl Into<String>) -> Piece {
    Piece::Value(value.into())
}

/// The steps for `edition` with `s`'s applied settings: the same steps the sheet prints.
pub fn outlook_steps(edition: OutlookEdition, s: &AccountSettings) -> Steps {
    let f = Facts::new(s);
    match edition {
        OutlookEdition::NewWindows => new_outlook(&f),
        OutlookEdition::ClassicWindows => classic_outlook(&f),
        OutlookEdition::Mac => outlook_for_mac(&f),
    }
}

fn steps_html(doc: &mut Doc, edition: OutlookEdition, steps: &Steps) -> io::Result<()> {
    doc.elem("h2", edition.title())?;
    if let Some(intro) = &steps.intro {
        doc.elem("p", intro)?;
    }
    doc.open("ol", &[])?;
    for item in &steps.items {
        doc.open("li", &[])?;
        for piece in item {
            match piece {
                Piece::Text(text) => doc.text(text)?,
                Piece::Value(value) => doc.elem("code", value)?,
            }
        }
        doc.close("li")?;
    }
    doc.close("ol")
}

/// New Outlook for Windows: the built-in iCloud account type for iCloud's own domains with the
/// documented settings; the IMAP form otherwise (the iCloud type cannot be told another login or
/// port).
fn new_outlook(f: &Facts<'_>) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let open = vec![
        t("Open "),
        v("Settings > Accounts > Email accounts"),
        t(" and choose "),
        v("Add account"),
        t("."),
    ];
    // The iCloud account type knows iCloud's documented servers and logs in with the address
    // typed: right for iCloud's own domains on the documented port.
    if !f.custom_domain && smtp.security == Security::StartTls {
        return Steps {
            intro: None,
            items: vec![
                open,
                vec![
                    t("Type "),
                    v(f.email),
                    t(" and choose "),
                    v("Continue"),
                    t("."),
                ],
                vec![
                    t("When Outlook offers "),
                    v("iCloud"),
                    t(
                        ", keep it and paste your app-specific password (not your Apple Account password). Choose ",
                    ),
                    v("Continue"),
                    t("."),
                ],
                vec![t(
                    "If Outlook asks for server settings instead, fill them in from the table: IMAP, with the user names and ports shown there.",
                )],
            ],
        };
    }
    Steps {
        intro: Some(
            if f.custom_domain {
                "Outlook's iCloud account type logs in with the address you type, and your address logs in with another one, so set the account up as IMAP:"
            } else {
                "Outlook's iCloud account type uses iCloud's documented settings, and yours differ (see the table), so set the account up as IMAP:"
            }
            .to_owned(),
        ),
        items: vec![
            open,
            vec![
                t("Type "),
                v(f.email),
                t(", then choose "),
                v("Advanced setup"),
                t(" (or "),
                v("Choose provider"),
                t(") and "),
                v("IMAP"),
                t("."),
            ],
            vec![
                t("Incoming: user name "),
                v(&imap.username),
                t(", your app-specific password, server "),
                v(&imap.host),
                t(", port "),
                v(&f.imap_port),
                t(", "),
                v(encryption(imap.security)),
                t("."),
            ],
            vec![
                t("Outgoing: user name "),
                v(&smtp.username),
                t(", the same password, server "),
                v(&smtp.host),
                t(", port "),
                v(&f.smtp_port),
                t(", "),
                v(encryption(smtp.security)),
                t("."),
            ],
            vec![t("Choose "), v("Continue"), t(".")],
        ],
    }
}

fn classic_outlook(f: &Facts<'_>) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let mut items = vec![
        vec![t("Open "), v("File > Add Account"), t(".")],
        vec![
            t("Type "),
            v(f.email),
            t(", open "),
            v("Advanced options"),
            t(", tick "),
            v("Let me set up my account manually"),
            t(" and choose "),
            v("Connect"),
            t("."),
        ],
        vec![t("Choose "), v("IMAP"), t(".")],
        vec![
            t("Incoming mail: server "),
            v(&imap.host),
            t(", port "),
            v(&f.imap_port),
            t(", encryption method "),
            v(encryption(imap.security)),
            t(". Leave "),
            v("Require logon using Secure Password Authentication (SPA)"),
            t(" unticked."),
        ],
        vec![
            t("Outgoing mail: server "),
            v(&smtp.host),
            t(", port "),
            v(&f.smtp_port),
            t(", encryption method "),
            v(encryption(smtp.security)),
            t(". Leave SPA unticked."),
        ],
        vec![
            t("Choose "),
            v("Next"),
            t(" and paste your app-specific password when Outlook asks for it."),
        ],
    ];
    let mut fix = vec![
        t("Then open "),
        v("File > Account Settings > Account Settings"),
        t(" and double-click the account. "),
    ];
    if imap.username == f.email {
        fix.extend([
            t("Check that "),
            v("User Name"),
            t(" is "),
            v(&imap.username),
            t(". "),
        ]);
    } else {
        fix.extend([
            t("Set "),
            v("User Name"),
            t(" to "),
            v(&imap.username),
            t(". "),
        ]);
    }
    fix.extend([
        t("Under "),
        v("More Settings > Outgoing Server"),
        t(" tick "),
        v("My outgoing server (SMTP) requires authentication"),
    ]);
    if f.same_username {
        fix.extend([
            t(" with "),
            v("Use same settings as my incoming mail server"),
            t("."),
        ]);
    } else {
        fix.extend([
            t(", choose "),
            v("Log on using"),
            t(", user name "),
            v(&smtp.username),
            t(" and your app-specific password."),
        ]);
    }
    items.push(fix);
    Steps { intro: None, items }
}

fn outlook_for_mac(f: &Facts<'_>) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let ssl_meaning = match smtp.security {
        Security::StartTls => {
            "In Outlook for Mac this box means \"encrypt the connection\": on port 587 Outlook encrypts with STARTTLS, which is what iCloud expects there."
        }
        Security::Tls => {
            "On this port the connection is encrypted with SSL/TLS from the first byte."
        }
    };
    Steps {
        intro: None,
        items: vec![
            vec![
                t("Open "),
                v("Outlook > Settings > Accounts"),
                t(", choose "),
                v("+"),
                t(" and "),
                v("New Account"),
                t("."),
            ],
            vec![
                t("Type "),
                v(f.email),
                t(" and choose "),
                v("IMAP/POP"),
                t(" when asked for the provider."),
            ],
            vec![
                t("Type "),
                v("IMAP"),
                t(", IMAP user name "),
                v(&imap.username),
                t(" and your app-specific password."),
            ],
            vec![
                t("Incoming server "),
                v(&imap.host),
                t(": tick "),
                v("Use SSL to connect"),
                t(" and "),
                v("Override default port"),
                t(", port "),
                v(&f.imap_port),
                t("."),
            ],
            vec![
                t("SMTP user name "),
                v(&smtp.username),
                t(" and your app-specific password; outgoing server "),
                v(&smtp.host),
                t(": tick "),
                v("Override default port"),
                t(", port "),
                v(&f.smtp_port),
                t(", and tick "),
                v("Use SSL to connect"),
                t(". "),
                t(ssl_meaning),
            ],
            vec![t("Choose "), v("Add Account"), t(".")],
        ],
    }
}
