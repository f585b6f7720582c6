//! Signed Apple profiles: a CMS `SignedData` (DER) around the profile, made in pure Rust.
//!
//! A help desk loads its signing identity once ([`SigningIdentity::load`]: PEM certificate, key
//! and chain, or a PKCS#12 file, with a passphrase held in a [`Secret`](crate::secret::Secret)),
//! which refuses identities that must not sign (key not matching, expired, no signing usage,
//! broken chain) and says what devices will show ([`SigningIdentity::trust`]: "Verified" or
//! "Not Verified" with the reason). [`sign_profile`] then wraps each profile; it checks its own
//! output with [`verify`] before returning it. Exports sign through
//! [`ExportOptions::signing`](crate::export::ExportOptions::signing).
//!
//! What a front end (the desktop wizard's "Sign profiles") calls:
//!
//! ```no_run
//! use std::sync::Arc;
//! use icloud_mail_wizard::export::ExportOptions;
//! use icloud_mail_wizard::secret::Secret;
//! use icloud_mail_wizard::sign::{IdentityError, IdentitySource, SigningIdentity};
//!
//! let source = IdentitySource::Pkcs12("desk.p12".into()); // or IdentitySource::Pem { .. }
//! let passphrase = Secret::new("typed into a password field");
//! let identity = match SigningIdentity::load(&source, Some(&passphrase)) {
//!     Ok(identity) => identity,
//!     // Show the passphrase field; every other error is one line to show as it is.
//!     Err(IdentityError::PassphraseNeeded { .. }) => return Ok(()),
//!     Err(e) => return Err(e.into()),
//! };
//! drop(passphrase); // zeroed
//! // The preview line: "Verified (chain to …)" or "Not Verified: <reason>".
//! println!("{}", identity.trust());
//! let options = ExportOptions {
//!     signing: Some(Arc::new(identity)),
//!     ..ExportOptions::default()
//! };
//! # let _ = options;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The same structure as `openssl smime -sign -binary -nodetach -outform der -md sha256`:
//! attached id-data content, SHA-256, signed attributes content type, message digest and signing
//! time, the signer's certificate and every certificate above it.

mod cms;
mod identity;
mod key;
mod oid;
mod trust;

use std::time::SystemTime;

pub use cms::{SignError, Verified, VerifyError, verify};
pub use identity::{
    ChainProblem, IdentityError, IdentitySource, IdentityWarning, SigningIdentity, UsageProblem,
};
pub use key::{KeyKind, MIN_RSA_BITS};
pub use trust::{Trust, TrustAnchors, Untrusted};

/// Signs `profile` (the bytes of a `.mobileconfig`) with `identity` at `signing_time`. The result
/// is what a device installs; it has been verified and its content is `profile` byte for byte.
pub fn sign_profile(
    profile: &[u8],
    identity: &SigningIdentity,
    signing_time: SystemTime,
) -> Result<Vec<u8>, SignError> {
    cms::sign(profile, identity, signing_time)
}
