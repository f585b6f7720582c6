//! Apple configuration profile (`.mobileconfig`) with one `com.apple.mail.managed` payload.
//!
//! Identifiers and UUIDs are derived from the address (case-insensitively), so installing a new
//! profile for the same address replaces the old one instead of adding a second account.

use plist::{Dictionary, Value};
use uuid::Uuid;

use super::ExportError;
use crate::i18n::Lang;
use crate::secret::Secret;
use crate::settings::AccountSettings;

/// Reverse-DNS prefix of every identifier this project writes.
const IDENTIFIER_PREFIX: &str = "io.github.icloud-mail-wizard";

/// The UUID-v5 namespace of this project's profiles (itself v5 of the prefix in the URL namespace).
fn namespace() -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        format!("https://{IDENTIFIER_PREFIX}/mobileconfig").as_bytes(),
    )
}

/// The profile's `PayloadUUID` for an address: the same for every export of that address.
pub fn profile_uuid(s: &AccountSettings) -> Uuid {
    Uuid::new_v5(
        &namespace(),
        format!("profile:{}", s.email().canonical()).as_bytes(),
    )
}

/// The mail payload's `PayloadUUID` for an address.
pub fn mail_payload_uuid(s: &AccountSettings) -> Uuid {
    Uuid::new_v5(
        &namespace(),
        format!("mail:{}", s.email().canonical()).as_bytes(),
    )
}

/// The profile's `PayloadIdentifier`: reverse-DNS, unique per address, stable across exports.
pub fn profile_identifier(s: &AccountSettings) -> String {
    format!(
        "{IDENTIFIER_PREFIX}.mail.{}",
        profile_uuid(s).as_hyphenated()
    )
}

fn upper(uuid: Uuid) -> String {
    uuid.as_hyphenated()
        .encode_upper(&mut Uuid::encode_buffer())
        .to_owned()
}

fn string(value: impl Into<String>) -> Value {
    Value::String(value.into())
}

/// The profile for `s`; the texts a person reads on the device (the profile's name and
/// description, the account's description) are in `lang`, every value and key stays as it is.
pub(super) fn render(
    s: &AccountSettings,
    password: Option<&Secret>,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let email = s.email().as_str();
    let identifier = profile_identifier(s);
    let (imap, smtp) = (s.imap(), s.smtp());

    // Keys in alphabetical order, as Apple's own tools write them.
    let mut mail = Dictionary::new();
    mail.insert(
        "EmailAccountDescription".into(),
        string(crate::tr!(
            lang,
            "profile-account-description",
            email = email
        )),
    );
    if let Some(name) = s.display_name() {
        mail.insert("EmailAccountName".into(), string(name));
    }
    mail.insert("EmailAccountType".into(), string("EmailTypeIMAP"));
    mail.insert("EmailAddress".into(), string(email));
    mail.insert(
        "IncomingMailServerAuthentication".into(),
        string("EmailAuthPassword"),
    );
    mail.insert("IncomingMailServerHostName".into(), string(&imap.host));
    mail.insert(
        "IncomingMailServerPortNumber".into(),
        Value::Integer(imap.port.into()),
    );
    mail.insert("IncomingMailServerUseSSL".into(), Value::Boolean(true));
    mail.insert("IncomingMailServerUsername".into(), string(&imap.username));
    if let Some(password) = password {
        mail.insert("IncomingPassword".into(), string(password.expose()));
    }
    mail.insert(
        "OutgoingMailServerAuthentication".into(),
        string("EmailAuthPassword"),
    );
    mail.insert("OutgoingMailServerHostName".into(), string(&smtp.host));
    mail.insert(
        "OutgoingMailServerPortNumber".into(),
        Value::Integer(smtp.port.into()),
    );
    // For Apple Mail "use SSL" covers STARTTLS on 587 as well as implicit TLS on 465.
    mail.insert("OutgoingMailServerUseSSL".into(), Value::Boolean(true));
    mail.insert("OutgoingMailServerUsername".into(), string(&smtp.username));
    mail.insert(
        "OutgoingPasswordSameAsIncomingPassword".into(),
        Value::Boolean(true),
    );
    mail.insert(
        "PayloadDescription".into(),
        string(crate::tr!(lang, "profile-mail-payload-description")),
    );
    mail.insert("PayloadDisplayName".into(), string("iCloud Mail"));
    mail.insert(
        "PayloadIdentifier".into(),
        string(format!("{identifier}.account")),
    );
    mail.insert("PayloadType".into(), string("com.apple.mail.managed"));
    mail.insert("PayloadUUID".into(), string(upper(mail_payload_uuid(s))));
    mail.insert("PayloadVersion".into(), Value::Integer(1.into()));

    let mut top = Dictionary::new();
    top.insert(
        "PayloadContent".into(),
        Value::Array(vec![Value::Dictionary(mail)]),
    );
    let description = if password.is_some() {
        crate::tr!(lang, "profile-description-with-password", email = email)
    } else {
        crate::tr!(lang, "profile-description-without-password", email = email)
    };
    top.insert("PayloadDescription".into(), string(description));
    top.insert(
        "PayloadDisplayName".into(),
        string(crate::tr!(lang, "profile-display-name", email = email)),
    );
    top.insert("PayloadIdentifier".into(), string(identifier));
    if let Some(org) = s.organization() {
        top.insert("PayloadOrganization".into(), string(org));
    }
    top.insert("PayloadRemovalDisallowed".into(), Value::Boolean(false));
    top.insert("PayloadType".into(), string("Configuration"));
    top.insert("PayloadUUID".into(), string(upper(profile_uuid(s))));
    top.insert("PayloadVersion".into(), Value::Integer(1.into()));

    let mut bytes = Vec::with_capacity(4096);
    plist::to_writer_xml(&mut bytes, &Value::Dictionary(top))?;
    bytes.push(b'\n');
    Ok(bytes)
}
