//! CMS `SignedData`: building it around a profile, and checking one.

use std::time::SystemTime;

use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo, SignerInfos,
};
use der::asn1::{Any, ObjectIdentifier, OctetString, SetOfVec, UtcTime};
use der::{Decode as _, Encode as _};
use sha2::{Digest as _, Sha256};
use spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;
use x509_cert::attr::{Attribute, Attributes};

use super::identity::{SigningIdentity, name};
use super::key;
use super::oid;

/// Why signing failed.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// The CMS structure could not be encoded.
    #[error("could not encode the signed profile: {0}")]
    Encode(#[from] der::Error),
    /// The key failed to sign.
    #[error("the key could not sign the profile")]
    Key,
    /// The signed profile did not pass the self-check (a bug: nothing was written).
    #[error("the signed profile failed its own check: {0}")]
    SelfCheck(#[from] VerifyError),
    /// The signed content differs from the profile.
    #[error("the signed profile failed its own check: its content differs from the profile")]
    ContentChanged,
    /// The signed profile lacks a certificate of the identity's chain.
    #[error("the signed profile failed its own check: it lacks the certificate {0}")]
    MissingCertificate(String),
}

/// Why a signed profile does not verify.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// Not DER CMS.
    #[error("not a CMS structure: {0}")]
    Decode(#[from] der::Error),
    /// CMS, but not `SignedData` with attached id-data content.
    #[error("not signed data with the profile attached")]
    NotSignedData,
    /// Not exactly one signer.
    #[error("{0} signers instead of one")]
    Signers(usize),
    /// The signer's certificate is not in the structure.
    #[error("the signer's certificate is not included")]
    NoSignerCertificate,
    /// A digest other than SHA-256.
    #[error("the digest algorithm is not SHA-256")]
    Digest,
    /// The signed attributes lack one or have a wrong one.
    #[error("the signed attribute {0} is missing or wrong")]
    Attribute(&'static str),
    /// The signature does not match.
    #[error("the signature does not match the content")]
    Signature,
    /// The certificates do not lead from the signer to a self-signed root or an issuer outside.
    #[error("the certificate {0} in the profile was not issued by the next one")]
    Chain(String),
}

/// A signed profile that verified.
#[derive(Clone, Debug)]
pub struct Verified {
    /// The profile inside (the encapsulated id-data content).
    pub content: Vec<u8>,
    /// The signer's subject.
    pub signer: String,
    /// Every certificate the profile carries.
    pub certificates: Vec<Certificate>,
}

fn sha256() -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: oid::SHA256,
        parameters: None,
    }
}

fn attribute(oid: ObjectIdentifier, value: Any) -> Result<Attribute, der::Error> {
    Ok(Attribute {
        oid,
        values: SetOfVec::try_from(vec![value])?,
    })
}

/// Signs `profile` with `identity`: a DER `ContentInfo` holding `SignedData` with `profile` as
/// attached id-data content, SHA-256, signed attributes content type, message digest and
/// signing time (`signing_time`), and the signer's certificate with every certificate above it.
pub(crate) fn sign(
    profile: &[u8],
    identity: &SigningIdentity,
    signing_time: SystemTime,
) -> Result<Vec<u8>, SignError> {
    let certs = identity.certificates();
    let signer = &certs[0];
    let digest = Sha256::digest(profile);
    let signed_attrs: Attributes = SetOfVec::try_from(vec![
        attribute(oid::CONTENT_TYPE, Any::encode_from(&oid::ID_DATA)?)?,
        attribute(
            oid::MESSAGE_DIGEST,
            Any::encode_from(&OctetString::new(digest.to_vec())?)?,
        )?,
        attribute(
            oid::SIGNING_TIME,
            Any::encode_from(&UtcTime::from_system_time(signing_time)?)?,
        )?,
    ])?;
    let signature = identity
        .key
        .sign(&signed_attrs.to_der()?)
        .map_err(|_| SignError::Key)?;
    let signer_info = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: signer.tbs_certificate().issuer().clone(),
            serial_number: signer.tbs_certificate().serial_number().clone(),
        }),
        digest_alg: sha256(),
        signed_attrs: Some(signed_attrs),
        signature_algorithm: identity.key.signature_algorithm(),
        signature: OctetString::new(signature)?,
        unsigned_attrs: None,
    };
    let certificates = SetOfVec::try_from(
        certs
            .iter()
            .cloned()
            .map(CertificateChoices::Certificate)
            .collect::<Vec<_>>(),
    )?;
    let signed_data = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: SetOfVec::try_from(vec![sha256()])?,
        encap_content_info: EncapsulatedContentInfo {
            econtent_type: oid::ID_DATA,
            econtent: Some(Any::encode_from(&OctetString::new(profile)?)?),
        },
        certificates: Some(CertificateSet(certificates)),
        crls: None,
        signer_infos: SignerInfos(SetOfVec::try_from(vec![signer_info])?),
    };
    let der = ContentInfo {
        content_type: oid::ID_SIGNED_DATA,
        content: Any::encode_from(&signed_data)?,
    }
    .to_der()?;

    // The self-check: what we wrote verifies, carries the profile unchanged and every
    // certificate of the chain.
    let verified = verify(&der)?;
    if verified.content != profile {
        return Err(SignError::ContentChanged);
    }
    for cert in certs {
        if !verified.certificates.contains(cert) {
            return Err(SignError::MissingCertificate(name(cert)));
        }
    }
    Ok(der)
}

fn single_value(attrs: &Attributes, oid: ObjectIdentifier) -> Option<&Any> {
    let mut found = attrs.iter().filter(|a| a.oid == oid);
    let attr = found.next()?;
    if found.next().is_some() || attr.values.len() != 1 {
        return None;
    }
    attr.values.iter().next()
}

/// Verifies a signed profile: DER CMS `SignedData` with attached id-data content and one signer
/// whose certificate is included, SHA-256, signed attributes with the right content type and
/// message digest, a signature that matches, and certificates that each were issued by the next
/// one up from the signer. Trust in a root is not judged here (see [`super::Trust`]).
pub fn verify(der: &[u8]) -> Result<Verified, VerifyError> {
    let info = ContentInfo::from_der(der)?;
    if info.content_type != oid::ID_SIGNED_DATA {
        return Err(VerifyError::NotSignedData);
    }
    let data: SignedData = info.content.decode_as()?;
    if data.encap_content_info.econtent_type != oid::ID_DATA {
        return Err(VerifyError::NotSignedData);
    }
    let content = data
        .encap_content_info
        .econtent
        .as_ref()
        .ok_or(VerifyError::NotSignedData)?
        .decode_as::<OctetString>()?
        .into_bytes();
    let certificates: Vec<Certificate> = data
        .certificates
        .iter()
        .flat_map(|set| set.0.iter())
        .filter_map(|c| match c {
            CertificateChoices::Certificate(cert) => Some(cert.clone()),
            CertificateChoices::Other(_) => None,
        })
        .collect();
    if data.signer_infos.0.len() != 1 {
        return Err(VerifyError::Signers(data.signer_infos.0.len()));
    }
    let Some(signer_info) = data.signer_infos.0.iter().next() else {
        return Err(VerifyError::Signers(0));
    };
    let SignerIdentifier::IssuerAndSerialNumber(sid) = &signer_info.sid else {
        return Err(VerifyError::NoSignerCertificate);
    };
    let signer = certificates
        .iter()
        .find(|c| {
            c.tbs_certificate().issuer() == &sid.issuer
                && c.tbs_certificate().serial_number() == &sid.serial_number
        })
        .ok_or(VerifyError::NoSignerCertificate)?;
    if signer_info.digest_alg.oid != oid::SHA256 {
        return Err(VerifyError::Digest);
    }
    let attrs = signer_info
        .signed_attrs
        .as_ref()
        .ok_or(VerifyError::Attribute("signed attributes"))?;
    let content_type =
        single_value(attrs, oid::CONTENT_TYPE).and_then(|v| v.decode_as::<ObjectIdentifier>().ok());
    if content_type != Some(oid::ID_DATA) {
        return Err(VerifyError::Attribute("content type"));
    }
    let digest =
        single_value(attrs, oid::MESSAGE_DIGEST).and_then(|v| v.decode_as::<OctetString>().ok());
    if digest.as_ref().map(OctetString::as_bytes) != Some(Sha256::digest(&content).as_slice()) {
        return Err(VerifyError::Attribute("message digest"));
    }
    let signer_key = signer
        .tbs_certificate()
        .subject_public_key_info()
        .to_der()?;
    if !key::verify(
        &signer_key,
        &signer_info.signature_algorithm,
        &attrs.to_der()?,
        signer_info.signature.as_bytes(),
    ) {
        return Err(VerifyError::Signature);
    }
    // The chain: from the signer up, each certificate's issuer is among the certificates
    // (until a self-signed one, or one whose issuer the profile does not carry).
    let mut current = signer;
    let mut steps = 0;
    while current.tbs_certificate().issuer() != current.tbs_certificate().subject()
        && steps < certificates.len()
    {
        let Some(issuer) = certificates
            .iter()
            .find(|c| c.tbs_certificate().subject() == current.tbs_certificate().issuer())
        else {
            break;
        };
        if !key::issued_by(current, issuer) {
            return Err(VerifyError::Chain(name(current)));
        }
        current = issuer;
        steps += 1;
    }
    Ok(Verified {
        content: content.into_vec(),
        signer: name(signer),
        certificates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_refuses_what_is_not_a_signed_profile() {
        assert!(matches!(verify(b"<plist/>"), Err(VerifyError::Decode(_))));
        // A CMS ContentInfo of another type (id-data).
        let data = ContentInfo {
            content_type: oid::ID_DATA,
            content: Any::encode_from(&OctetString::new(b"x".to_vec()).unwrap()).unwrap(),
        }
        .to_der()
        .unwrap();
        assert_eq!(
            verify(&data).unwrap_err().to_string(),
            "not signed data with the profile attached"
        );
    }
}
