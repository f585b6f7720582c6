//! Signing identities: a certificate, its private key and the chain to its issuer, loaded from
//! PEM files or a PKCS#12 file and checked before anything is signed.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use der::Encode as _;
use x509_cert::Certificate;
use x509_cert::ext::pkix::{ExtendedKeyUsage, KeyUsage};
use zeroize::Zeroizing;

use super::key::{KeyKind, KeyProblem, MIN_RSA_BITS, SigningKey, certificate_from_der, issued_by};
use super::oid;
use super::trust::{Trust, TrustAnchors};
use crate::i18n::Lang;
use crate::secret::Secret;

/// Where a signing identity comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentitySource {
    /// A PEM certificate, a PEM private key (PKCS#8, encrypted or not, or a traditional
    /// unencrypted `RSA PRIVATE KEY` / `EC PRIVATE KEY`) and optionally PEM intermediates.
    Pem {
        /// The signing certificate (the first certificate in the file; more are taken as chain).
        cert: PathBuf,
        /// The private key.
        key: PathBuf,
        /// Intermediate (and optionally root) certificates, in any order.
        chain: Option<PathBuf>,
    },
    /// A PKCS#12 (`.p12`, `.pfx`) file holding the key, the certificate and usually the chain:
    /// as OpenSSL 3 writes it (AES-256-CBC, PBKDF2) or legacy (3DES, RC2; macOS Keychain Access).
    Pkcs12(PathBuf),
}

/// Why an identity could not be loaded, or may not sign. Each is one line naming the file or
/// certificate; none contains a passphrase or key material.
#[derive(Debug)]
pub enum IdentityError {
    /// A file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file holds no certificate.
    NoCertificate {
        /// The file.
        path: PathBuf,
    },
    /// A certificate could not be decoded.
    BadCertificate {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        detail: String,
    },
    /// A file holds no private key.
    NoKey {
        /// The file.
        path: PathBuf,
    },
    /// A traditional PEM key encrypted with `Proc-Type`/`DEK-Info`, which is not supported.
    EncryptedTraditionalPem {
        /// The file.
        path: PathBuf,
    },
    /// The key or PKCS#12 file is encrypted and no passphrase was given.
    PassphraseNeeded {
        /// The file.
        path: PathBuf,
    },
    /// The passphrase did not decrypt the file.
    WrongPassphrase {
        /// The file.
        path: PathBuf,
    },
    /// The key is of a kind that cannot sign profiles here.
    UnsupportedKey {
        /// The file.
        path: PathBuf,
        /// What it is.
        what: KeyKind,
    },
    /// The key could not be decoded.
    BadKey {
        /// The file.
        path: PathBuf,
    },
    /// The PKCS#12 file could not be read.
    Pkcs12 {
        /// The file.
        path: PathBuf,
        /// What the reader said.
        detail: String,
    },
    /// The PKCS#12 file has no private key with its certificate.
    Pkcs12Incomplete {
        /// The file.
        path: PathBuf,
    },
    /// The key does not belong to the certificate.
    KeyMismatch {
        /// The certificate's subject.
        subject: String,
    },
    /// A certificate has expired.
    Expired {
        /// The certificate's subject.
        subject: String,
        /// Its end of validity.
        not_after: String,
    },
    /// A certificate is not valid yet.
    NotYetValid {
        /// The certificate's subject.
        subject: String,
        /// Its start of validity.
        not_before: String,
    },
    /// The certificate's key usage or extended key usage does not allow signing.
    NoSigningUsage {
        /// The certificate's subject.
        subject: String,
        /// Which usage is missing.
        reason: UsageProblem,
    },
    /// The chain does not lead from the certificate to its issuer.
    BrokenChain {
        /// The certificate whose issuer is missing.
        subject: String,
        /// The issuer named in it.
        issuer: String,
        /// What is wrong.
        reason: ChainProblem,
    },
}

/// Why a certificate's usages do not allow signing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageProblem {
    /// Its key usage lacks digitalSignature.
    NoDigitalSignature,
    /// Its key usage extension could not be read.
    KeyUsageUnreadable,
    /// Its extended key usage allows only these purposes (their OIDs, dotted).
    ExtendedOnly(Vec<String>),
    /// Its extended key usage extension could not be read.
    ExtendedUnreadable,
}

impl UsageProblem {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NoDigitalSignature => {
                tr!(
                    lang,
                    "sign-usage-no-digital-signature",
                    usage = "digitalSignature"
                )
            }
            Self::KeyUsageUnreadable => tr!(lang, "sign-usage-unreadable"),
            Self::ExtendedOnly(purposes) => {
                let names: Vec<String> = purposes
                    .iter()
                    .map(|p| oid::key_purpose_name(p, lang))
                    .collect();
                tr!(
                    lang,
                    "sign-usage-extended-only",
                    purposes = names.join(", ")
                )
            }
            Self::ExtendedUnreadable => tr!(lang, "sign-usage-extended-unreadable"),
        }
    }
}

/// Why the chain does not lead from a certificate to its issuer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChainProblem {
    /// A certificate of the issuer's name is there, but its key did not sign.
    WrongKey,
    /// The issuer's certificate is not there.
    IssuerMissing,
}

impl ChainProblem {
    /// Why, in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::WrongKey => tr!(lang, "sign-chain-wrong-key"),
            Self::IssuerMissing => tr!(lang, "sign-chain-issuer-missing"),
        }
    }
}

impl IdentityError {
    /// The refusal in `lang`, one line naming the file or certificate (`Display` gives English).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Read { path, source } => tr!(
                lang,
                "sign-error-read",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            Self::NoCertificate { path } => tr!(
                lang,
                "sign-error-no-certificate",
                path = path.display().to_string(),
                marker = "-----BEGIN CERTIFICATE-----"
            ),
            Self::BadCertificate { path, detail } => tr!(
                lang,
                "sign-error-bad-certificate",
                path = path.display().to_string(),
                detail = detail.as_str()
            ),
            Self::NoKey { path } => tr!(
                lang,
                "sign-error-no-key",
                path = path.display().to_string(),
                labels = "PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY",
                last = "EC PRIVATE KEY"
            ),
            Self::EncryptedTraditionalPem { path } => tr!(
                lang,
                "sign-error-encrypted-traditional",
                path = path.display().to_string(),
                header = "DEK-Info",
                command = "openssl pkcs8 -topk8 -v2 aes-256-cbc -in OLD.pem -out NEW.pem"
            ),
            Self::PassphraseNeeded { path } => tr!(
                lang,
                "sign-error-passphrase-needed",
                path = path.display().to_string()
            ),
            Self::WrongPassphrase { path } => tr!(
                lang,
                "sign-error-wrong-passphrase",
                path = path.display().to_string()
            ),
            _ => self.certificate_text(lang),
        }
    }

    /// [`IdentityError::text`] of the refusals about keys and certificates.
    fn certificate_text(&self, lang: Lang) -> String {
        match self {
            Self::UnsupportedKey { path, what } => tr!(
                lang,
                "sign-error-unsupported-key",
                path = path.display().to_string(),
                what = what.text(lang),
                bits = MIN_RSA_BITS
            ),
            Self::BadKey { path } => {
                tr!(
                    lang,
                    "sign-error-bad-key",
                    path = path.display().to_string()
                )
            }
            Self::Pkcs12 { path, detail } => tr!(
                lang,
                "sign-error-pkcs12",
                path = path.display().to_string(),
                detail = detail.as_str()
            ),
            Self::Pkcs12Incomplete { path } => tr!(
                lang,
                "sign-error-pkcs12-incomplete",
                path = path.display().to_string()
            ),
            Self::KeyMismatch { subject } => {
                tr!(lang, "sign-error-key-mismatch", subject = subject.as_str())
            }
            Self::Expired { subject, not_after } => tr!(
                lang,
                "sign-error-expired",
                subject = subject.as_str(),
                date = not_after.as_str()
            ),
            Self::NotYetValid {
                subject,
                not_before,
            } => tr!(
                lang,
                "sign-error-not-yet-valid",
                subject = subject.as_str(),
                date = not_before.as_str()
            ),
            Self::NoSigningUsage { subject, reason } => tr!(
                lang,
                "sign-error-no-signing-usage",
                subject = subject.as_str(),
                reason = reason.text(lang)
            ),
            Self::BrokenChain {
                subject,
                issuer,
                reason,
            } => tr!(
                lang,
                "sign-error-broken-chain",
                subject = subject.as_str(),
                issuer = issuer.as_str(),
                reason = reason.text(lang)
            ),
            _ => self.text(lang),
        }
    }
}

impl fmt::Display for IdentityError {
    /// The refusal in English (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for IdentityError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Something to tell the person that does not stop signing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityWarning {
    /// A certificate of the chain expires soon.
    ExpiresSoon {
        /// The certificate's subject.
        subject: String,
        /// Its end of validity.
        not_after: String,
    },
}

impl IdentityWarning {
    /// The warning in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::ExpiresSoon { subject, not_after } => tr!(
                lang,
                "sign-warning-expires-soon",
                subject = subject.as_str(),
                date = not_after.as_str()
            ),
        }
    }
}

impl fmt::Display for IdentityWarning {
    /// The warning in English (the command line's).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A loaded and checked signing identity: a key, its certificate and the chain up to (and maybe
/// including) a root, plus what a device will show for a profile it signs.
///
/// Built only by [`SigningIdentity::load`] (or [`SigningIdentity::load_with`]), which refuses
/// identities that must not sign. `Debug` shows the subject and the key kind, never the key.
pub struct SigningIdentity {
    pub(crate) key: SigningKey,
    /// The signing certificate followed by its issuers, in order.
    pub(crate) path: Vec<Certificate>,
    trust: Trust,
    warnings: Vec<IdentityWarning>,
}

impl fmt::Debug for SigningIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningIdentity")
            .field("subject", &self.subject())
            .field("key", &self.key)
            .field("chain", &(self.path.len() - 1))
            .field("trust", &self.trust)
            .finish_non_exhaustive()
    }
}

/// How soon before a certificate expires [`SigningIdentity::warnings`] mentions it.
const EXPIRY_WARNING: Duration = Duration::from_secs(30 * 24 * 3600);

impl SigningIdentity {
    /// Loads `source` (decrypting with `passphrase` where the file is encrypted) and checks it
    /// now, against the well-known public roots bundled with the program.
    pub fn load(
        source: &IdentitySource,
        passphrase: Option<&Secret>,
    ) -> Result<Self, IdentityError> {
        Self::load_with(
            source,
            passphrase,
            SystemTime::now(),
            &TrustAnchors::bundled(),
        )
    }

    /// [`SigningIdentity::load`] at the time `now`, with `anchors` as the roots devices trust.
    pub fn load_with(
        source: &IdentitySource,
        passphrase: Option<&Secret>,
        now: SystemTime,
        anchors: &TrustAnchors,
    ) -> Result<Self, IdentityError> {
        let (key, leaf, pool) = match source {
            IdentitySource::Pem { cert, key, chain } => {
                load_pem(cert, key, chain.as_deref(), passphrase)?
            }
            IdentitySource::Pkcs12(path) => load_pkcs12(path, passphrase)?,
        };
        Self::check(key, leaf, pool, now, anchors)
    }

    fn check(
        key: SigningKey,
        leaf: Certificate,
        pool: Vec<Certificate>,
        now: SystemTime,
        anchors: &TrustAnchors,
    ) -> Result<Self, IdentityError> {
        let subject = name(&leaf);
        let cert_key = leaf
            .tbs_certificate()
            .subject_public_key_info()
            .to_der()
            .ok();
        if cert_key.is_none() || key.public_key_der() != cert_key {
            return Err(IdentityError::KeyMismatch { subject });
        }
        check_usage(&leaf)?;
        let path = build_path(leaf, pool, anchors)?;
        let mut warnings = Vec::new();
        for cert in &path {
            let validity = cert.tbs_certificate().validity();
            if now < validity.not_before.to_system_time() {
                return Err(IdentityError::NotYetValid {
                    subject: name(cert),
                    not_before: validity.not_before.to_string(),
                });
            }
            let not_after = validity.not_after.to_system_time();
            if now > not_after {
                return Err(IdentityError::Expired {
                    subject: name(cert),
                    not_after: validity.not_after.to_string(),
                });
            }
            if not_after.duration_since(now).unwrap_or_default() < EXPIRY_WARNING {
                warnings.push(IdentityWarning::ExpiresSoon {
                    subject: name(cert),
                    not_after: validity.not_after.to_string(),
                });
            }
        }
        let trust = anchors.judge(&path);
        Ok(Self {
            key,
            path,
            trust,
            warnings,
        })
    }

    /// The signing certificate's subject, for people (`CN=Help Desk,O=Example`).
    pub fn subject(&self) -> String {
        name(&self.path[0])
    }

    /// The kind of key: "RSA 2048", "ECDSA P-256", "ECDSA P-384".
    pub fn key_kind(&self) -> String {
        self.key.kind()
    }

    /// The end of the signing certificate's validity.
    pub fn not_after(&self) -> SystemTime {
        self.path[0]
            .tbs_certificate()
            .validity()
            .not_after
            .to_system_time()
    }

    /// The subjects of the certificates from the signer up, in order (the signer first).
    pub fn chain_subjects(&self) -> Vec<String> {
        self.path.iter().map(name).collect()
    }

    /// What a device will show for a profile signed with this identity.
    pub fn trust(&self) -> &Trust {
        &self.trust
    }

    /// Things to tell the person that do not stop signing (for example, a certificate that
    /// expires within 30 days). [`SigningIdentity::trust`] is reported separately.
    pub fn warnings(&self) -> &[IdentityWarning] {
        &self.warnings
    }

    /// The certificates a signed profile carries: the signer and every certificate above it.
    pub(crate) fn certificates(&self) -> &[Certificate] {
        &self.path
    }
}

/// A certificate's subject as text.
pub(crate) fn name(cert: &Certificate) -> String {
    cert.tbs_certificate().subject().to_string()
}

fn issuer_name(cert: &Certificate) -> String {
    cert.tbs_certificate().issuer().to_string()
}

pub(crate) fn is_self_signed(cert: &Certificate) -> bool {
    issued_by(cert, cert)
}

/// keyUsage, when present, must include digitalSignature; extendedKeyUsage, when present, must
/// include code signing, email protection, TLS server or client, or any usage.
fn check_usage(leaf: &Certificate) -> Result<(), IdentityError> {
    let subject = || name(leaf);
    let tbs = leaf.tbs_certificate();
    match tbs.get_extension::<KeyUsage>() {
        Ok(Some((_, usage))) if !usage.digital_signature() => {
            return Err(IdentityError::NoSigningUsage {
                subject: subject(),
                reason: UsageProblem::NoDigitalSignature,
            });
        }
        Ok(_) => {}
        Err(_) => {
            return Err(IdentityError::NoSigningUsage {
                subject: subject(),
                reason: UsageProblem::KeyUsageUnreadable,
            });
        }
    }
    let allowed = [
        oid::KP_CODE_SIGNING,
        oid::KP_EMAIL_PROTECTION,
        oid::KP_SERVER_AUTH,
        oid::KP_CLIENT_AUTH,
        oid::ANY_EXTENDED_KEY_USAGE,
    ];
    match tbs.get_extension::<ExtendedKeyUsage>() {
        Ok(Some((_, eku))) if !eku.0.iter().any(|p| allowed.contains(p)) => {
            let purposes = eku.0.iter().map(ToString::to_string).collect();
            Err(IdentityError::NoSigningUsage {
                subject: subject(),
                reason: UsageProblem::ExtendedOnly(purposes),
            })
        }
        Ok(_) => Ok(()),
        Err(_) => Err(IdentityError::NoSigningUsage {
            subject: subject(),
            reason: UsageProblem::ExtendedUnreadable,
        }),
    }
}

/// Orders `pool` into the path from `leaf` upwards: each next certificate is the one whose key
/// signed the previous. Stops at a self-signed certificate, or where the pool has no issuer.
/// Certificates of the pool not on the path are left out. The signer's own issuer must be in the
/// pool unless the signer is self-signed or issued by one of `anchors`.
fn build_path(
    leaf: Certificate,
    mut pool: Vec<Certificate>,
    anchors: &TrustAnchors,
) -> Result<Vec<Certificate>, IdentityError> {
    pool.retain(|c| c != &leaf);
    let mut path = vec![leaf];
    while let Some(last) = path.last() {
        if is_self_signed(last) {
            break;
        }
        if let Some(i) = pool.iter().position(|c| issued_by(last, c)) {
            path.push(pool.swap_remove(i));
            continue;
        }
        let named = pool
            .iter()
            .any(|c| c.tbs_certificate().subject() == last.tbs_certificate().issuer());
        if path.len() == 1 && (named || !anchors.issued(last)) {
            return Err(IdentityError::BrokenChain {
                subject: name(last),
                issuer: issuer_name(last),
                reason: if named {
                    ChainProblem::WrongKey
                } else {
                    ChainProblem::IssuerMissing
                },
            });
        }
        break;
    }
    Ok(path)
}

/// Every PEM block of `text` as (label, DER), in order; blocks that do not decode are skipped.
fn pem_blocks(text: &str) -> Vec<(String, Zeroizing<Vec<u8>>, bool)> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN ") {
        let after = &rest[start + 11..];
        let Some(label_end) = after.find("-----") else {
            break;
        };
        let label = &after[..label_end];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = after.find(&end_marker) else {
            break;
        };
        let block = &rest[start..start + 11 + end + end_marker.len()];
        let encrypted_headers = block.contains("Proc-Type:") || block.contains("DEK-Info:");
        let der = pem_rfc7468_decode(block);
        blocks.push((
            label.to_owned(),
            Zeroizing::new(der.unwrap_or_default()),
            encrypted_headers,
        ));
        rest = &rest[start + 11 + end + end_marker.len()..];
    }
    blocks
}

fn pem_rfc7468_decode(block: &str) -> Option<Vec<u8>> {
    der::pem::decode_vec(block.as_bytes())
        .ok()
        .map(|(_, der)| der)
}

fn read(path: &Path) -> Result<Zeroizing<Vec<u8>>, IdentityError> {
    std::fs::read(path)
        .map(Zeroizing::new)
        .map_err(|source| IdentityError::Read {
            path: path.to_owned(),
            source,
        })
}

fn read_certificates(path: &Path) -> Result<Vec<Certificate>, IdentityError> {
    let bytes = read(path)?;
    let text = String::from_utf8_lossy(&bytes);
    if !text.contains("-----BEGIN") {
        // A single DER certificate.
        return certificate_from_der(&bytes).map(|c| vec![c]).map_err(|e| {
            IdentityError::BadCertificate {
                path: path.to_owned(),
                detail: e.to_string(),
            }
        });
    }
    let mut certs = Vec::new();
    for (label, der, _) in pem_blocks(&text) {
        if label == "CERTIFICATE" {
            certs.push(
                certificate_from_der(&der).map_err(|e| IdentityError::BadCertificate {
                    path: path.to_owned(),
                    detail: e.to_string(),
                })?,
            );
        }
    }
    if certs.is_empty() {
        return Err(IdentityError::NoCertificate {
            path: path.to_owned(),
        });
    }
    Ok(certs)
}

fn key_error(path: &Path, problem: KeyProblem) -> IdentityError {
    match problem {
        KeyProblem::Unsupported(what) => IdentityError::UnsupportedKey {
            path: path.to_owned(),
            what,
        },
        KeyProblem::RsaTooSmall(bits) => IdentityError::UnsupportedKey {
            path: path.to_owned(),
            what: KeyKind::RsaBits(bits),
        },
        KeyProblem::Malformed => IdentityError::BadKey {
            path: path.to_owned(),
        },
    }
}

fn read_key(path: &Path, passphrase: Option<&Secret>) -> Result<SigningKey, IdentityError> {
    let bytes = read(path)?;
    let text = Zeroizing::new(String::from_utf8_lossy(&bytes).into_owned());
    for (label, der, encrypted_headers) in pem_blocks(&text) {
        let key =
            match label.as_str() {
                "RSA PRIVATE KEY" | "EC PRIVATE KEY" if encrypted_headers => {
                    return Err(IdentityError::EncryptedTraditionalPem {
                        path: path.to_owned(),
                    });
                }
                "PRIVATE KEY" => SigningKey::from_pkcs8_der(&der),
                "RSA PRIVATE KEY" => SigningKey::from_pkcs1_der(&der),
                "EC PRIVATE KEY" => SigningKey::from_sec1_der(&der),
                "ENCRYPTED PRIVATE KEY" => {
                    let Some(passphrase) = passphrase else {
                        return Err(IdentityError::PassphraseNeeded {
                            path: path.to_owned(),
                        });
                    };
                    let info = pkcs8::EncryptedPrivateKeyInfoRef::try_from(der.as_slice())
                        .map_err(|_| IdentityError::BadKey {
                            path: path.to_owned(),
                        })?;
                    let plain = info.decrypt(passphrase.expose().as_bytes()).map_err(|_| {
                        IdentityError::WrongPassphrase {
                            path: path.to_owned(),
                        }
                    })?;
                    SigningKey::from_pkcs8_der(plain.as_bytes())
                }
                _ => continue,
            };
        return key.map_err(|p| key_error(path, p));
    }
    Err(IdentityError::NoKey {
        path: path.to_owned(),
    })
}

type Loaded = (SigningKey, Certificate, Vec<Certificate>);

fn load_pem(
    cert: &Path,
    key: &Path,
    chain: Option<&Path>,
    passphrase: Option<&Secret>,
) -> Result<Loaded, IdentityError> {
    let mut certs = read_certificates(cert)?;
    let leaf = certs.remove(0);
    if let Some(chain) = chain {
        certs.extend(read_certificates(chain)?);
    }
    let key = read_key(key, passphrase)?;
    Ok((key, leaf, certs))
}

fn load_pkcs12(path: &Path, passphrase: Option<&Secret>) -> Result<Loaded, IdentityError> {
    let bytes = read(path)?;
    let attempt = |pass: &str| p12_keystore::Pkcs12Archive::from_pkcs12(&bytes, pass);
    let archive = match passphrase {
        Some(p) => attempt(p.expose()),
        None => attempt(""),
    };
    let archive = match archive {
        Ok(archive) => archive,
        Err(p12_keystore::error::Error::MacError(_) | p12_keystore::error::Error::UnpadError) => {
            return Err(if passphrase.is_some_and(|p| !p.is_empty()) {
                IdentityError::WrongPassphrase {
                    path: path.to_owned(),
                }
            } else {
                IdentityError::PassphraseNeeded {
                    path: path.to_owned(),
                }
            });
        }
        Err(e) => {
            return Err(IdentityError::Pkcs12 {
                path: path.to_owned(),
                detail: e.to_string(),
            });
        }
    };
    let mut certs = Vec::new();
    for bag in &archive.certs {
        certs.push(
            certificate_from_der(bag.cert.as_der()).map_err(|e| IdentityError::Pkcs12 {
                path: path.to_owned(),
                detail: e.to_string(),
            })?,
        );
    }
    // The key whose public half is in one of the certificates, and that certificate.
    for bag in &archive.keys {
        let key = SigningKey::from_pkcs8_der(bag.key.as_der()).map_err(|p| key_error(path, p))?;
        let public = key.public_key_der();
        if let Some(i) = certs
            .iter()
            .position(|c| c.tbs_certificate().subject_public_key_info().to_der().ok() == public)
        {
            let leaf = certs.remove(i);
            return Ok((key, leaf, certs));
        }
    }
    Err(IdentityError::Pkcs12Incomplete {
        path: path.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_blocks_are_found_in_order_with_their_labels() {
        let text = "junk\n-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n\
            -----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00\n\nAAAA\n-----END EC PRIVATE KEY-----\n";
        let blocks = pem_blocks(text);
        let labels: Vec<(&str, bool)> = blocks.iter().map(|(l, _, e)| (l.as_str(), *e)).collect();
        assert_eq!(labels, [("EC PARAMETERS", false), ("EC PRIVATE KEY", true)]);
        // The parameters decode: the P-256 curve identifier.
        assert_eq!(
            blocks[0].1.as_slice(),
            &[6, 8, 42, 134, 72, 206, 61, 3, 1, 7]
        );
    }

    #[test]
    fn a_key_file_without_a_key_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.pem");
        std::fs::write(
            &path,
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        let err = read_key(&path, None).unwrap_err().to_string();
        assert!(err.ends_with("holds no private key (expected PEM: PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)"), "{err}");
        let err = read_certificates(&path).unwrap_err().to_string();
        assert!(
            err.contains("holds a certificate that could not be read"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_file_names_its_path() {
        let err = read_key(Path::new("/nonexistent/key.pem"), None)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("could not read /nonexistent/key.pem: "),
            "{err}"
        );
    }
}
