//! Outlook "plain old XML" (POX) Autodiscover response.
//!
//! Each server carries the username the applied settings give it (the IMAP username a connection
//! check found, the full login address for SMTP), so the file agrees with every other export.
//! `UsePOPAuth` is left out: it is defined for POP3 accounts only. `SPA` defaults to on when absent and iCloud does not do SPA, so it is always written as `off`.

use std::io;

use super::xml::Doc;
use crate::provider::Security;
use crate::settings::{AccountSettings, Server};

const RESPONSE_NS: &str = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
const OUTLOOK_NS: &str =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";

pub(super) fn render(s: &AccountSettings) -> io::Result<Vec<u8>> {
    let mut doc = Doc::with_declaration()?;
    doc.open("Autodiscover", &[("xmlns", RESPONSE_NS)])?;
    doc.open("Response", &[("xmlns", OUTLOOK_NS)])?;
    doc.open("User", &[])?;
    if let Some(name) = s.display_name() {
        doc.elem("DisplayName", name)?;
    }
    doc.elem("AutoDiscoverSMTPAddress", s.email().as_str())?;
    doc.close("User")?;
    doc.open("Account", &[])?;
    doc.elem("AccountType", "email")?;
    doc.elem("Action", "settings")?;
    protocol(&mut doc, "IMAP", s.imap())?;
    protocol(&mut doc, "SMTP", s.smtp())?;
    doc.close("Account")?;
    doc.close("Response")?;
    doc.close("Autodiscover")?;
    Ok(doc.finish())
}

fn protocol(doc: &mut Doc, kind: &str, server: &Server) -> io::Result<()> {
    doc.open("Protocol", &[])?;
    doc.elem("Type", kind)?;
    doc.elem("Server", &server.host)?;
    doc.elem("Port", &server.port.to_string())?;
    doc.elem("DomainRequired", "off")?;
    doc.elem("LoginName", &server.username)?;
    doc.elem("SPA", "off")?;
    doc.elem("SSL", "on")?;
    doc.elem(
        "Encryption",
        match server.security {
            Security::Tls => "SSL",
            Security::StartTls => "TLS",
        },
    )?;
    doc.elem("AuthRequired", "on")?;
    doc.close("Protocol")
}
