//! Private keys that sign (RSA PKCS#1 v1.5, ECDSA P-256 and P-384) and signature checks over
//! certificates' public keys.

use std::fmt;

use der::asn1::{Any, ObjectIdentifier};
use der::{Decode as _, Encode as _};
use pkcs8::DecodePrivateKey as _;
use rsa::traits::PublicKeyParts as _;
use sha2::{Digest as _, Sha256, Sha384, Sha512};
use signature::hazmat::{PrehashSigner as _, PrehashVerifier as _};
use signature::{SignatureEncoding as _, Signer as _, Verifier as _};
use spki::{AlgorithmIdentifierOwned, DecodePublicKey as _, EncodePublicKey as _};

use super::oid;
use crate::i18n::Lang;

/// The smallest RSA key accepted, in bits.
pub const MIN_RSA_BITS: usize = 2048;

/// A private key that signs profiles. Its memory is zeroed when it is dropped (the RSA and
/// elliptic-curve crates do that); `Debug` names the kind of key only.
pub(crate) enum SigningKey {
    /// RSA, signing PKCS#1 v1.5 with SHA-256.
    Rsa(Box<rsa::PrivateKey>),
    /// ECDSA on P-256.
    P256(p256::ecdsa::SigningKey),
    /// ECDSA on P-384.
    P384(p384::ecdsa::SigningKey),
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKey({})", self.kind())
    }
}

/// Why a private key cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum KeyProblem {
    /// Not RSA, P-256 or P-384.
    Unsupported(KeyKind),
    /// An RSA key under 2048 bits.
    RsaTooSmall(usize),
    /// The bytes are not a key of the kind their label says.
    Malformed,
}

/// A kind of private key that cannot sign profiles here, as a refusal names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyKind {
    /// An elliptic-curve key on another curve (its name, or its OID).
    Curve(String),
    /// An elliptic-curve key on a curve other than P-256 and P-384, or a damaged one.
    OtherCurve,
    /// A key of another algorithm (its name, or its OID).
    Algorithm(String),
    /// An RSA key of this many bits, too few.
    RsaBits(usize),
}

impl KeyKind {
    /// What the key is, in `lang`: "an elliptic-curve key on the curve P-521".
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Curve(curve) => tr!(lang, "sign-key-curve", curve = curve.as_str()),
            Self::OtherCurve => tr!(lang, "sign-key-other-curve"),
            Self::Algorithm(name) => tr!(lang, "sign-key-algorithm", algorithm = name.as_str()),
            Self::RsaBits(bits) => tr!(lang, "sign-key-rsa-bits", bits = *bits),
        }
    }
}

impl fmt::Display for KeyKind {
    /// The English words.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl SigningKey {
    /// Reads an unencrypted PKCS#8 `PrivateKeyInfo` (DER).
    pub(crate) fn from_pkcs8_der(der: &[u8]) -> Result<Self, KeyProblem> {
        let info = pkcs8::PrivateKeyInfoRef::try_from(der).map_err(|_| KeyProblem::Malformed)?;
        let algorithm = info.algorithm.oid;
        if algorithm == oid::RSA_ENCRYPTION {
            let key = rsa::PrivateKey::from_pkcs8_der(der).map_err(|_| KeyProblem::Malformed)?;
            return Self::rsa(key);
        }
        if algorithm == oid::EC_PUBLIC_KEY {
            let curve = info
                .algorithm
                .parameters
                .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
            return match curve {
                Some(c) if c == oid::SECP256R1 => p256::ecdsa::SigningKey::from_pkcs8_der(der)
                    .map(Self::P256)
                    .map_err(|_| KeyProblem::Malformed),
                Some(c) if c == oid::SECP384R1 => p384::ecdsa::SigningKey::from_pkcs8_der(der)
                    .map(Self::P384)
                    .map_err(|_| KeyProblem::Malformed),
                Some(c) => Err(KeyProblem::Unsupported(KeyKind::Curve(oid::curve_name(c)))),
                None => Err(KeyProblem::Malformed),
            };
        }
        Err(KeyProblem::Unsupported(KeyKind::Algorithm(
            oid::key_algorithm_name(algorithm),
        )))
    }

    /// Reads a traditional RSA key (`BEGIN RSA PRIVATE KEY`, PKCS#1 DER).
    pub(crate) fn from_pkcs1_der(der: &[u8]) -> Result<Self, KeyProblem> {
        use rsa::pkcs1::DecodeRsaPrivateKey as _;
        let key = rsa::PrivateKey::from_pkcs1_der(der).map_err(|_| KeyProblem::Malformed)?;
        Self::rsa(key)
    }

    /// Reads a traditional elliptic-curve key (`BEGIN EC PRIVATE KEY`, SEC1 DER).
    pub(crate) fn from_sec1_der(der: &[u8]) -> Result<Self, KeyProblem> {
        if let Ok(key) = p256::SecretKey::from_sec1_der(der) {
            return Ok(Self::P256(key.into()));
        }
        if let Ok(key) = p384::SecretKey::from_sec1_der(der) {
            return Ok(Self::P384(key.into()));
        }
        Err(KeyProblem::Unsupported(KeyKind::OtherCurve))
    }

    fn rsa(key: rsa::PrivateKey) -> Result<Self, KeyProblem> {
        let bits = key.size() * 8;
        if bits < MIN_RSA_BITS {
            return Err(KeyProblem::RsaTooSmall(bits));
        }
        Ok(Self::Rsa(Box::new(key)))
    }

    /// What kind of key this is, for people: "RSA 2048", "ECDSA P-256".
    pub(crate) fn kind(&self) -> String {
        match self {
            Self::Rsa(key) => format!("RSA {}", key.size() * 8),
            Self::P256(_) => "ECDSA P-256".to_owned(),
            Self::P384(_) => "ECDSA P-384".to_owned(),
        }
    }

    /// The public key as a DER `SubjectPublicKeyInfo`, to compare with a certificate's.
    pub(crate) fn public_key_der(&self) -> Option<Vec<u8>> {
        let doc = match self {
            Self::Rsa(key) => key.to_public_key().to_public_key_der(),
            Self::P256(key) => key.verifying_key().to_public_key_der(),
            Self::P384(key) => key.verifying_key().to_public_key_der(),
        };
        doc.ok().map(|d| d.as_bytes().to_vec())
    }

    /// The CMS `signatureAlgorithm` for this key with SHA-256: `rsaEncryption` (NULL parameters,
    /// as OpenSSL writes it) or `ecdsa-with-SHA256`.
    pub(crate) fn signature_algorithm(&self) -> AlgorithmIdentifierOwned {
        match self {
            Self::Rsa(_) => AlgorithmIdentifierOwned {
                oid: oid::RSA_ENCRYPTION,
                parameters: Some(Any::null()),
            },
            Self::P256(_) | Self::P384(_) => AlgorithmIdentifierOwned {
                oid: oid::ECDSA_WITH_SHA256,
                parameters: None,
            },
        }
    }

    /// Signs `message` with SHA-256: a PKCS#1 v1.5 signature, or a DER-encoded ECDSA signature.
    pub(crate) fn sign(&self, message: &[u8]) -> Result<Vec<u8>, signature::Error> {
        match self {
            Self::Rsa(key) => {
                let signer = rsa::pkcs1v15::SigningKey::<Sha256>::new(key.as_ref().clone());
                Ok(signer.try_sign(message)?.to_vec())
            }
            Self::P256(key) => {
                let sig: p256::ecdsa::Signature = key.sign_prehash(&Sha256::digest(message))?;
                Ok(sig.to_der().to_vec())
            }
            Self::P384(key) => {
                let sig: p384::ecdsa::Signature = key.sign_prehash(&Sha256::digest(message))?;
                Ok(sig.to_der().to_vec())
            }
        }
    }
}

/// The hash a signature algorithm uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hash {
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    fn digest(self, message: &[u8]) -> Vec<u8> {
        match self {
            Self::Sha256 => Sha256::digest(message).to_vec(),
            Self::Sha384 => Sha384::digest(message).to_vec(),
            Self::Sha512 => Sha512::digest(message).to_vec(),
        }
    }
}

/// Whether `signature` over `message` was made by the key in `spki_der` (a DER
/// `SubjectPublicKeyInfo`) with `algorithm`. Knows RSA PKCS#1 v1.5 and ECDSA on P-256 and P-384
/// with SHA-256, SHA-384 or SHA-512; `rsaEncryption` as a CMS signature algorithm means
/// `digest` (SHA-256 in this project). Anything else is "not verified".
pub(crate) fn verify(
    spki_der: &[u8],
    algorithm: &AlgorithmIdentifierOwned,
    message: &[u8],
    signature: &[u8],
) -> bool {
    let (rsa, hash) = match algorithm.oid {
        a if a == oid::RSA_ENCRYPTION || a == oid::SHA256_WITH_RSA => (true, Hash::Sha256),
        a if a == oid::SHA384_WITH_RSA => (true, Hash::Sha384),
        a if a == oid::SHA512_WITH_RSA => (true, Hash::Sha512),
        a if a == oid::ECDSA_WITH_SHA256 => (false, Hash::Sha256),
        a if a == oid::ECDSA_WITH_SHA384 => (false, Hash::Sha384),
        a if a == oid::ECDSA_WITH_SHA512 => (false, Hash::Sha512),
        _ => return false,
    };
    if rsa {
        let Ok(key) = rsa::PublicKey::from_public_key_der(spki_der) else {
            return false;
        };
        let Ok(sig) = rsa::pkcs1v15::Signature::try_from(signature) else {
            return false;
        };
        return match hash {
            Hash::Sha256 => rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key)
                .verify(message, &sig)
                .is_ok(),
            Hash::Sha384 => rsa::pkcs1v15::VerifyingKey::<Sha384>::new(key)
                .verify(message, &sig)
                .is_ok(),
            Hash::Sha512 => rsa::pkcs1v15::VerifyingKey::<Sha512>::new(key)
                .verify(message, &sig)
                .is_ok(),
        };
    }
    let digest = hash.digest(message);
    if let Ok(key) = p256::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        return p256::ecdsa::Signature::from_der(signature)
            .is_ok_and(|sig| key.verify_prehash(&digest, &sig).is_ok());
    }
    if let Ok(key) = p384::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        return p384::ecdsa::Signature::from_der(signature)
            .is_ok_and(|sig| key.verify_prehash(&digest, &sig).is_ok());
    }
    false
}

/// Whether `certificate` was signed by the key of `issuer`.
pub(crate) fn issued_by(
    certificate: &x509_cert::Certificate,
    issuer: &x509_cert::Certificate,
) -> bool {
    if certificate.tbs_certificate().issuer() != issuer.tbs_certificate().subject() {
        return false;
    }
    let (Ok(tbs), Ok(spki)) = (
        certificate.tbs_certificate().to_der(),
        issuer.tbs_certificate().subject_public_key_info().to_der(),
    ) else {
        return false;
    };
    let Some(signature) = certificate.signature().as_bytes() else {
        return false;
    };
    verify(&spki, certificate.signature_algorithm(), &tbs, signature)
}

/// Reads a DER certificate.
pub(crate) fn certificate_from_der(der: &[u8]) -> Result<x509_cert::Certificate, der::Error> {
    x509_cert::Certificate::from_der(der)
}
