//! Outlook "plain old XML" (POX) Autodiscover response.
//!
//! Outlook's IMAP set-up reuses one username for both servers, so both carry the full login
//! address, which iCloud accepts on IMAP as well. `SPA` defaults to on when absent and iCloud does
//! not do SPA, so it is always written as `off`.

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
    protocol(&mut doc, "IMAP", s, s.imap())?;
    protocol(&mut doc, "SMTP", s, s.smtp())?;
    doc.close("Account")?;
    doc.close("Response")?;
    doc.close("Autodiscover")?;
    Ok(doc.finish())
}

fn protocol(doc: &mut Doc, kind: &str, s: &AccountSettings, server: &Server) -> io::Result<()> {
    doc.open("Protocol", &[])?;
    doc.elem("Type", kind)?;
    doc.elem("Server", &server.host)?;
    doc.elem("Port", &server.port.to_string())?;
    doc.elem("DomainRequired", "off")?;
    doc.elem("LoginName", s.login().as_str())?;
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
    if kind == "SMTP" {
        doc.elem("UsePOPAuth", "on")?;
    }
    doc.close("Protocol")
}
