//! A string that must not leak: printed as `***`, zeroed when dropped, never serialised.

use std::fmt;

use zeroize::Zeroizing;

/// A secret such as an app-specific password.
///
/// `Debug` and `Display` print `***`. It implements neither `Serialize` nor `Deserialize`, so it
/// cannot end up in saved app state by accident. The memory holding it is overwritten when it
/// is dropped. Reading it takes an explicit [`Secret::expose`].
///
/// ```
/// use icloud_mail_wizard::secret::Secret;
/// let s = Secret::new("abcd-efgh-ijkl-mnop");
/// assert_eq!(format!("{s:?} {s}"), "*** ***");
/// assert_eq!(s.expose(), "abcd-efgh-ijkl-mnop");
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Secret(Zeroizing<String>);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(Zeroizing::new(value.into()))
    }

    /// The secret itself. Call it only where the value leaves for its one real destination
    /// (a login, the OS keyring, an export the person asked to include it in).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(Zeroizing::new(value))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_never_shows_the_value() {
        let s = Secret::new("dksi-umcn-pqcz-kdit");
        for text in [
            format!("{s}"),
            format!("{s:?}"),
            format!("{s:#?}"),
            format!("{:?}", Some(&s)),
        ] {
            assert!(!text.contains("dksi"), "{text}");
        }
    }
}
