//! The object identifiers signing uses.

use der::asn1::ObjectIdentifier as Oid;

use crate::i18n::Lang;

/// id-data (RFC 5652).
pub(crate) const ID_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.1");
/// id-signedData (RFC 5652).
pub(crate) const ID_SIGNED_DATA: Oid = Oid::new_unwrap("1.2.840.113549.1.7.2");
/// id-contentType attribute.
pub(crate) const CONTENT_TYPE: Oid = Oid::new_unwrap("1.2.840.113549.1.9.3");
/// id-messageDigest attribute.
pub(crate) const MESSAGE_DIGEST: Oid = Oid::new_unwrap("1.2.840.113549.1.9.4");
/// id-signingTime attribute.
pub(crate) const SIGNING_TIME: Oid = Oid::new_unwrap("1.2.840.113549.1.9.5");
/// SHA-256.
pub(crate) const SHA256: Oid = Oid::new_unwrap("2.16.840.1.101.3.4.2.1");
/// rsaEncryption.
pub(crate) const RSA_ENCRYPTION: Oid = Oid::new_unwrap("1.2.840.113549.1.1.1");
/// sha256WithRSAEncryption.
pub(crate) const SHA256_WITH_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.11");
/// sha384WithRSAEncryption.
pub(crate) const SHA384_WITH_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.12");
/// sha512WithRSAEncryption.
pub(crate) const SHA512_WITH_RSA: Oid = Oid::new_unwrap("1.2.840.113549.1.1.13");
/// id-ecPublicKey.
pub(crate) const EC_PUBLIC_KEY: Oid = Oid::new_unwrap("1.2.840.10045.2.1");
/// ecdsa-with-SHA256.
pub(crate) const ECDSA_WITH_SHA256: Oid = Oid::new_unwrap("1.2.840.10045.4.3.2");
/// ecdsa-with-SHA384.
pub(crate) const ECDSA_WITH_SHA384: Oid = Oid::new_unwrap("1.2.840.10045.4.3.3");
/// ecdsa-with-SHA512.
pub(crate) const ECDSA_WITH_SHA512: Oid = Oid::new_unwrap("1.2.840.10045.4.3.4");
/// P-256.
pub(crate) const SECP256R1: Oid = Oid::new_unwrap("1.2.840.10045.3.1.7");
/// P-384.
pub(crate) const SECP384R1: Oid = Oid::new_unwrap("1.3.132.0.34");
/// P-521.
const SECP521R1: Oid = Oid::new_unwrap("1.3.132.0.35");
/// Ed25519.
const ED25519: Oid = Oid::new_unwrap("1.3.101.112");
/// DSA.
const DSA: Oid = Oid::new_unwrap("1.2.840.10040.4.1");
/// RSASSA-PSS keys.
const RSA_PSS: Oid = Oid::new_unwrap("1.2.840.113549.1.1.10");
/// id-kp-serverAuth.
pub(crate) const KP_SERVER_AUTH: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.1");
/// id-kp-clientAuth.
pub(crate) const KP_CLIENT_AUTH: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.2");
/// id-kp-codeSigning.
pub(crate) const KP_CODE_SIGNING: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.3");
/// id-kp-emailProtection.
pub(crate) const KP_EMAIL_PROTECTION: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.4");
/// id-kp-timeStamping.
pub(crate) const KP_TIME_STAMPING: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.8");
/// id-kp-OCSPSigning.
pub(crate) const KP_OCSP_SIGNING: Oid = Oid::new_unwrap("1.3.6.1.5.5.7.3.9");
/// anyExtendedKeyUsage.
pub(crate) const ANY_EXTENDED_KEY_USAGE: Oid = Oid::new_unwrap("2.5.29.37.0");

/// A curve's name for people.
pub(crate) fn curve_name(curve: Oid) -> String {
    if curve == SECP521R1 {
        "P-521".to_owned()
    } else {
        curve.to_string()
    }
}

/// A key algorithm's name for people.
pub(crate) fn key_algorithm_name(algorithm: Oid) -> String {
    match algorithm {
        a if a == ED25519 => "Ed25519".to_owned(),
        a if a == DSA => "DSA".to_owned(),
        a if a == RSA_PSS => "RSA-PSS".to_owned(),
        other => other.to_string(),
    }
}

/// An extended key usage's name for people in `lang`, or its OID (dotted) when it has none.
pub(crate) fn key_purpose_name(purpose: &str, lang: Lang) -> String {
    let Ok(oid) = Oid::new(purpose) else {
        return purpose.to_owned();
    };
    match oid {
        p if p == KP_SERVER_AUTH => tr!(lang, "sign-purpose-tls-server"),
        p if p == KP_CLIENT_AUTH => tr!(lang, "sign-purpose-tls-client"),
        p if p == KP_CODE_SIGNING => tr!(lang, "sign-purpose-code-signing"),
        p if p == KP_EMAIL_PROTECTION => tr!(lang, "sign-purpose-email-protection"),
        p if p == KP_TIME_STAMPING => tr!(lang, "sign-purpose-time-stamping"),
        p if p == KP_OCSP_SIGNING => tr!(lang, "sign-purpose-ocsp-signing"),
        _ => purpose.to_owned(),
    }
}
