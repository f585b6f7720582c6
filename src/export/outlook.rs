//! A printable, self-contained HTML sheet for setting up Outlook by hand.
//!
//! Written with quick-xml as well-formed HTML (so it also parses as XML, which the tests use), with
//! inline CSS and no external resources. Every value comes from the settings and is escaped.

use std::io;

use quick_xml::events::{BytesText, Event};

use super::xml::Doc;
use crate::address::DomainKind;
use crate::i18n::Lang;
use crate::provider::Security;
use crate::settings::{AccountSettings, Server};
use crate::{tr, tr_pieces};

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

fn sentence(doc: &mut Doc, tag: &str, pieces: &[Piece]) -> io::Result<()> {
    doc.open(tag, &[])?;
    pieces_html(doc, pieces)?;
    doc.close(tag)
}

fn pieces_html(doc: &mut Doc, pieces: &[Piece]) -> io::Result<()> {
    for piece in pieces {
        match piece {
            Piece::Text(text) => doc.text(text)?,
            Piece::Value(value) => doc.elem("code", value)?,
        }
    }
    Ok(())
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

/// A Fluent selector for a yes-or-no choice inside a message.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
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

pub(super) fn render(s: &AccountSettings, lang: Lang) -> io::Result<Vec<u8>> {
    let f = Facts::new(s);
    let title = tr!(lang, "sheet-title", email = f.email);

    let mut doc = Doc::bare();
    doc.event(Event::DocType(BytesText::from_escaped("html")))?;
    doc.open("html", &[("lang", lang.tag())])?;
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
    doc.text_elem("p", &[("class", "muted")], &prepared(s, lang))?;

    doc.open("div", &[("class", "note")])?;
    let site = s.provider().app_password.url.trim_start_matches("https://");
    sentence(
        &mut doc,
        "p",
        &tr_pieces!(lang, "sheet-app-password", site = site),
    )?;
    doc.close("div")?;

    settings_table(&mut doc, s, &f, lang)?;

    for edition in OutlookEdition::ALL {
        let steps = steps_for(edition, &f, lang);
        steps_html(&mut doc, edition, &steps, lang)?;
    }

    traps(&mut doc, s, &f, lang)?;

    sentence(
        &mut doc,
        "p",
        &tr_pieces!(
            lang,
            "sheet-footer",
            url = s.provider().documentation_url.as_str()
        ),
    )?;
    doc.close("body")?;
    doc.close("html")?;
    Ok(doc.finish())
}

/// The line under the title: which Outlooks, and for and by whom.
fn prepared(s: &AccountSettings, lang: Lang) -> String {
    match (s.display_name(), s.organization()) {
        (None, None) => tr!(lang, "sheet-editions"),
        (Some(name), None) => tr!(lang, "sheet-editions-for", name = name),
        (None, Some(org)) => tr!(lang, "sheet-editions-by", org = org),
        (Some(name), Some(org)) => {
            tr!(lang, "sheet-editions-for-by", name = name, org = org)
        }
    }
}

fn settings_table(doc: &mut Doc, s: &AccountSettings, f: &Facts<'_>, lang: Lang) -> io::Result<()> {
    let (imap, smtp) = (f.imap, f.smtp);
    doc.elem("h2", &tr!(lang, "sheet-your-settings"))?;
    doc.open("table", &[])?;
    doc.open("tbody", &[])?;
    row(doc, &tr!(lang, "sheet-row-email"), f.email)?;
    if let Some(name) = s.display_name() {
        row(doc, &tr!(lang, "sheet-row-name"), name)?;
    }
    row(doc, &tr!(lang, "sheet-row-account-type"), "IMAP")?;
    row(doc, &tr!(lang, "sheet-row-incoming-server"), &imap.host)?;
    row(doc, &tr!(lang, "sheet-row-incoming-port"), &f.imap_port)?;
    row(
        doc,
        &tr!(lang, "sheet-row-incoming-encryption"),
        encryption(imap.security),
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-incoming-username"),
        &imap.username,
    )?;
    row(doc, &tr!(lang, "sheet-row-outgoing-server"), &smtp.host)?;
    row(doc, &tr!(lang, "sheet-row-outgoing-port"), &f.smtp_port)?;
    row(
        doc,
        &tr!(lang, "sheet-row-outgoing-encryption"),
        encryption(smtp.security),
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-outgoing-username"),
        &smtp.username,
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-password"),
        &tr!(lang, "sheet-value-password"),
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-spa"),
        &tr!(lang, "sheet-value-spa"),
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-smtp-auth"),
        &tr!(lang, "sheet-value-yes"),
    )?;
    row(
        doc,
        &tr!(lang, "sheet-row-sent-folder"),
        &s.provider().sent_folder,
    )?;
    doc.close("tbody")?;
    doc.close("table")
}

fn traps(doc: &mut Doc, s: &AccountSettings, f: &Facts<'_>, lang: Lang) -> io::Result<()> {
    let (imap, smtp) = (f.imap, f.smtp);
    doc.elem("h2", &tr!(lang, "sheet-traps"))?;
    doc.open("ul", &[])?;
    sentence(doc, "li", &tr_pieces!(lang, "sheet-trap-password"))?;
    let mut username_trap = if f.same_username {
        tr_pieces!(lang, "sheet-trap-username-same", username = &imap.username)
    } else {
        tr_pieces!(
            lang,
            "sheet-trap-username-different",
            imap_username = &imap.username,
            smtp_username = &smtp.username
        )
    };
    if f.custom_domain {
        username_trap.push(Piece::Text(" ".to_owned()));
        username_trap.extend(tr_pieces!(
            lang,
            "sheet-trap-custom-domain",
            email = f.email
        ));
    }
    sentence(doc, "li", &username_trap)?;
    let port_trap = match smtp.security {
        Security::StartTls => tr_pieces!(lang, "sheet-trap-starttls", port = f.smtp_port.as_str()),
        Security::Tls => tr_pieces!(lang, "sheet-trap-tls", port = f.smtp_port.as_str()),
    };
    sentence(doc, "li", &port_trap)?;
    sentence(doc, "li", &tr_pieces!(lang, "sheet-trap-spa"))?;
    sentence(
        doc,
        "li",
        &tr_pieces!(
            lang,
            "sheet-trap-folders",
            sent = s.provider().sent_folder.as_str()
        ),
    )?;
    doc.close("ul")
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

    /// The edition's name in `lang`.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Self::NewWindows => tr!(lang, "outlook-edition-new"),
            Self::ClassicWindows => tr!(lang, "outlook-edition-classic"),
            Self::Mac => tr!(lang, "outlook-edition-mac"),
        }
    }
}

/// The steps for `edition` with `s`'s applied settings, in `lang`: the same steps the sheet
/// prints.
pub fn outlook_steps(edition: OutlookEdition, s: &AccountSettings, lang: Lang) -> Steps {
    steps_for(edition, &Facts::new(s), lang)
}

fn steps_for(edition: OutlookEdition, f: &Facts<'_>, lang: Lang) -> Steps {
    match edition {
        OutlookEdition::NewWindows => new_outlook(f, lang),
        OutlookEdition::ClassicWindows => classic_outlook(f, lang),
        OutlookEdition::Mac => outlook_for_mac(f, lang),
    }
}

fn steps_html(doc: &mut Doc, edition: OutlookEdition, steps: &Steps, lang: Lang) -> io::Result<()> {
    doc.elem("h2", &edition.title(lang))?;
    if let Some(intro) = &steps.intro {
        doc.elem("p", intro)?;
    }
    doc.open("ol", &[])?;
    for item in &steps.items {
        sentence(doc, "li", item)?;
    }
    doc.close("ol")
}

/// New Outlook for Windows: the built-in iCloud account type for iCloud's own domains with the
/// documented settings; the IMAP form otherwise (the iCloud type cannot be told another login or
/// port).
fn new_outlook(f: &Facts<'_>, lang: Lang) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let open = tr_pieces!(lang, "outlook-new-open");
    // The iCloud account type knows iCloud's documented servers and logs in with the address
    // typed: right for iCloud's own domains on the documented port.
    if !f.custom_domain && smtp.security == Security::StartTls {
        return Steps {
            intro: None,
            items: vec![
                open,
                tr_pieces!(lang, "outlook-new-type", email = f.email),
                tr_pieces!(lang, "outlook-new-icloud"),
                tr_pieces!(lang, "outlook-new-server-settings"),
            ],
        };
    }
    let intro = if f.custom_domain {
        tr!(lang, "outlook-new-intro-custom-domain")
    } else {
        tr!(lang, "outlook-new-intro-other-settings")
    };
    Steps {
        intro: Some(intro),
        items: vec![
            open,
            tr_pieces!(lang, "outlook-new-imap", email = f.email),
            tr_pieces!(
                lang,
                "outlook-new-incoming",
                username = &imap.username,
                host = imap.host.as_str(),
                port = f.imap_port.as_str(),
                encryption = encryption(imap.security)
            ),
            tr_pieces!(
                lang,
                "outlook-new-outgoing",
                username = &smtp.username,
                host = smtp.host.as_str(),
                port = f.smtp_port.as_str(),
                encryption = encryption(smtp.security)
            ),
            tr_pieces!(lang, "outlook-new-continue"),
        ],
    }
}

fn classic_outlook(f: &Facts<'_>, lang: Lang) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let items = vec![
        tr_pieces!(lang, "outlook-classic-open"),
        tr_pieces!(lang, "outlook-classic-type", email = f.email),
        tr_pieces!(lang, "outlook-classic-imap"),
        tr_pieces!(
            lang,
            "outlook-classic-incoming",
            host = imap.host.as_str(),
            port = f.imap_port.as_str(),
            encryption = encryption(imap.security)
        ),
        tr_pieces!(
            lang,
            "outlook-classic-outgoing",
            host = smtp.host.as_str(),
            port = f.smtp_port.as_str(),
            encryption = encryption(smtp.security)
        ),
        tr_pieces!(lang, "outlook-classic-password"),
        tr_pieces!(
            lang,
            "outlook-classic-account-settings",
            username_is_address = yes_no(imap.username == f.email),
            username = &imap.username,
            same_username = yes_no(f.same_username),
            smtp_username = &smtp.username
        ),
    ];
    Steps { intro: None, items }
}

fn outlook_for_mac(f: &Facts<'_>, lang: Lang) -> Steps {
    let (imap, smtp) = (f.imap, f.smtp);
    let security = match smtp.security {
        Security::StartTls => "starttls",
        Security::Tls => "tls",
    };
    Steps {
        intro: None,
        items: vec![
            tr_pieces!(lang, "outlook-mac-open"),
            tr_pieces!(lang, "outlook-mac-type", email = f.email),
            tr_pieces!(lang, "outlook-mac-account", username = &imap.username),
            tr_pieces!(
                lang,
                "outlook-mac-incoming",
                host = imap.host.as_str(),
                port = f.imap_port.as_str()
            ),
            tr_pieces!(
                lang,
                "outlook-mac-outgoing",
                username = &smtp.username,
                host = smtp.host.as_str(),
                port = f.smtp_port.as_str(),
                security = security
            ),
            tr_pieces!(lang, "outlook-mac-add"),
        ],
    }
}
