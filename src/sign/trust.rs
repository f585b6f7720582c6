//! What a device will show for a signed profile: "Verified" when the chain ends in a root the
//! device trusts, otherwise "Not Verified".
//!
//! The roots are a bundled copy of Mozilla's CA list (`webpki-root-certs`), the same on every
//! machine the program runs on, rather than the trust store of the machine that signs: the
//! device that installs the profile is another machine (an iPhone), whose public roots largely
//! match Mozilla's list. A private CA that devices trust because a management system installed
//! it is reported as "Not Verified" with a reason that says so.

use std::fmt;

use x509_cert::Certificate;

use super::identity::{is_self_signed, name};
use super::key::{certificate_from_der, issued_by};
use crate::i18n::Lang;

/// What a device will show for a profile signed with an identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trust {
    /// The chain ends in a well-known public root: the device shows "Verified".
    Verified {
        /// The root's subject.
        root: String,
    },
    /// The device shows "Not Verified" (the profile still installs, after a warning).
    NotVerified {
        /// Why.
        reason: Untrusted,
    },
}

/// Why a device will show "Not Verified".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Untrusted {
    /// There is no certificate at all.
    NoCertificate,
    /// The signing certificate is self-signed.
    SelfSigned {
        /// Its subject.
        subject: String,
    },
    /// The chain ends in a private root.
    PrivateRoot {
        /// The root's subject.
        root: String,
    },
    /// The chain ends at a certificate whose issuer is unknown.
    UnknownIssuer {
        /// The last certificate's subject.
        subject: String,
        /// Its issuer.
        issuer: String,
    },
}

impl Untrusted {
    /// Why, in one sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::NoCertificate => tr!(lang, "trust-no-certificate"),
            Self::SelfSigned { subject } => {
                tr!(lang, "trust-self-signed", subject = subject.as_str())
            }
            Self::PrivateRoot { root } => tr!(lang, "trust-private-root", root = root.as_str()),
            Self::UnknownIssuer { subject, issuer } => tr!(
                lang,
                "trust-unknown-issuer",
                subject = subject.as_str(),
                issuer = issuer.as_str()
            ),
        }
    }
}

impl fmt::Display for Untrusted {
    /// The English sentence.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl Trust {
    /// Whether the device will show "Verified".
    pub fn is_verified(&self) -> bool {
        matches!(self, Self::Verified { .. })
    }

    /// The word the device shows, in English: "Verified" or "Not Verified".
    pub fn label(&self) -> &'static str {
        match self {
            Self::Verified { .. } => "Verified",
            Self::NotVerified { .. } => "Not Verified",
        }
    }

    /// The word the device shows, as the device shows it in `lang`.
    pub fn label_text(&self, lang: Lang) -> String {
        match self {
            Self::Verified { .. } => tr!(lang, "trust-label-verified"),
            Self::NotVerified { .. } => tr!(lang, "trust-label-not-verified"),
        }
    }

    /// `Verified (chain to ROOT)` or `Not Verified: REASON` in `lang`: the wizard's preview
    /// line.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Verified { root } => tr!(lang, "trust-verified", root = root.as_str()),
            Self::NotVerified { reason } => {
                tr!(lang, "trust-not-verified", reason = reason.text(lang))
            }
        }
    }
}

impl fmt::Display for Trust {
    /// `Verified (chain to ROOT)` or `Not Verified: REASON`, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The root certificates devices are taken to trust.
#[derive(Clone, Debug, Default)]
pub struct TrustAnchors {
    roots: Vec<Certificate>,
}

impl TrustAnchors {
    /// Mozilla's list of public roots, as bundled in `webpki-root-certs` (roots that do not
    /// decode are skipped).
    pub fn bundled() -> Self {
        Self {
            roots: webpki_root_certs::TLS_SERVER_ROOT_CERTS
                .iter()
                .filter_map(|der| certificate_from_der(der.as_ref()).ok())
                .collect(),
        }
    }

    /// Exactly `roots` (tests, or a help desk's own list).
    pub fn new(roots: Vec<Certificate>) -> Self {
        Self { roots }
    }

    /// How many roots there are.
    pub fn len(&self) -> usize {
        self.roots.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.roots.is_empty()
    }

    /// Whether `cert` is one of the roots.
    fn contains(&self, cert: &Certificate) -> bool {
        self.roots.iter().any(|r| r == cert)
    }

    /// The root that issued `cert`, if any.
    fn issuer_of(&self, cert: &Certificate) -> Option<&Certificate> {
        self.roots.iter().find(|r| issued_by(cert, r))
    }

    /// Whether one of the roots issued `cert`.
    pub(crate) fn issued(&self, cert: &Certificate) -> bool {
        self.issuer_of(cert).is_some()
    }

    /// What a device shows for a profile signed by the first certificate of `path` (the signer
    /// followed by its issuers, in order).
    pub(crate) fn judge(&self, path: &[Certificate]) -> Trust {
        let Some(top) = path.last() else {
            return Trust::NotVerified {
                reason: Untrusted::NoCertificate,
            };
        };
        if self.contains(top) {
            return Trust::Verified { root: name(top) };
        }
        if let Some(root) = self.issuer_of(top) {
            return Trust::Verified { root: name(root) };
        }
        let reason = if path.len() == 1 && is_self_signed(top) {
            Untrusted::SelfSigned { subject: name(top) }
        } else if is_self_signed(top) {
            Untrusted::PrivateRoot { root: name(top) }
        } else {
            Untrusted::UnknownIssuer {
                subject: name(top),
                issuer: top.tbs_certificate().issuer().to_string(),
            }
        };
        Trust::NotVerified { reason }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_line_reads_as_the_device_shows_it() {
        let ok = Trust::Verified {
            root: "CN=ISRG Root X1".to_owned(),
        };
        assert_eq!(ok.to_string(), "Verified (chain to CN=ISRG Root X1)");
        assert!(ok.is_verified());
        let not = Trust::NotVerified {
            reason: Untrusted::SelfSigned {
                subject: "CN=x".to_owned(),
            },
        };
        assert_eq!(not.label(), "Not Verified");
        assert_eq!(
            not.to_string(),
            "Not Verified: the certificate CN=x is self-signed; devices trust it only where it was installed as a trusted root"
        );
        assert_eq!(TrustAnchors::default().judge(&[]).label(), "Not Verified");
    }
}
