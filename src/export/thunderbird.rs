//! Thunderbird autoconfig, clientConfig version 1.1.
//!
//! For an address on iCloud's own domains the file carries what Mozilla's own database entry for
//! iCloud carries (servers, ports, socket types, username placeholders, authentication), so
//! Thunderbird treats it like its built-in knowledge. For a custom domain or an alias the usernames
//! are the literal primary address, because the placeholders would expand to the wrong login.

use std::io;

use super::xml::Doc;
use crate::provider::{Security, UsernameForm};
use crate::settings::{AccountSettings, Server};

pub(super) fn render(s: &AccountSettings) -> io::Result<Vec<u8>> {
    let p = s.provider();
    let mut doc = Doc::with_declaration()?;
    doc.open("clientConfig", &[("version", "1.1")])?;
    doc.open("emailProvider", &[("id", s.email().domain())])?;
    doc.elem("domain", s.email().domain())?;
    if s.provider().is_own_domain(s.email().domain()) {
        for other in p.own_domains.iter().filter(|d| *d != s.email().domain()) {
            doc.elem("domain", other)?;
        }
    }
    doc.elem("displayName", &p.display_name)?;
    doc.elem("displayShortName", &p.short_name)?;
    server(&mut doc, "incomingServer", "imap", s, s.imap())?;
    server(&mut doc, "outgoingServer", "smtp", s, s.smtp())?;
    doc.open("documentation", &[("url", &p.documentation_url)])?;
    doc.text_elem(
        "descr",
        &[("lang", "en")],
        "iCloud Mail server settings for other email apps",
    )?;
    doc.close("documentation")?;
    doc.open("enable", &[("visiturl", &p.app_password.url)])?;
    doc.text_elem(
        "instruction",
        &[("lang", "en")],
        &format!(
            "iCloud Mail needs an app-specific password, not your Apple Account password: sign in, open {}, choose Generate and use the 16-letter password it shows",
            p.app_password.path.join(" > ")
        ),
    )?;
    doc.close("enable")?;
    doc.close("emailProvider")?;
    doc.close("clientConfig")?;
    Ok(doc.finish())
}

fn server(
    doc: &mut Doc,
    element: &str,
    kind: &str,
    s: &AccountSettings,
    server: &Server,
) -> io::Result<()> {
    doc.open(element, &[("type", kind)])?;
    doc.elem("hostname", &server.host)?;
    doc.elem("port", &server.port.to_string())?;
    doc.elem(
        "socketType",
        match server.security {
            Security::Tls => "SSL",
            Security::StartTls => "STARTTLS",
        },
    )?;
    let username = match (s.logs_in_as_itself(), server.username_form) {
        (true, UsernameForm::NamePart) => "%EMAILLOCALPART%",
        (true, UsernameForm::FullAddress) => "%EMAILADDRESS%",
        (false, _) => &server.username,
    };
    doc.elem("username", username)?;
    doc.elem("authentication", "password-cleartext")?;
    doc.close(element)
}
