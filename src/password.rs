//! The shape of an app-specific password: four groups of four lower-case letters.

use zeroize::Zeroizing;

use crate::i18n::Lang;
use crate::provider::Provider;
use crate::secret::Secret;

/// An app-specific password with the documented shape, normalised to `xxxx-xxxx-xxxx-xxxx`.
///
/// Parsing tolerates what a paste brings along: surrounding or inner spaces, upper case, and the
/// 16 letters without dashes.
///
/// ```
/// use icloud_mail_wizard::password::AppPassword;
/// let p = AppPassword::parse(" DKSI-umcn pqcz-kdit\n").unwrap();
/// assert_eq!(p.secret().expose(), "dksi-umcn-pqcz-kdit");
/// assert!(AppPassword::parse("hunter2").is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppPassword(Secret);

/// Why a password does not have the app-specific shape.
///
/// No variant carries any character of the password, so the text is safe to show and log.
/// [`ShapeError::text`] says it in a language; `Display` says it in English.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShapeError {
    /// Nothing was entered.
    Empty,
    /// It contains digits; app-specific passwords are letters only.
    Digits,
    /// It contains something other than letters, dashes and spaces.
    OtherCharacters,
    /// It has the wrong number of letters.
    WrongLength {
        /// Letters found.
        letters: usize,
        /// Letters expected (16).
        expected: usize,
    },
    /// The right letters, grouped wrongly.
    Grouping {
        /// Groups expected (4).
        groups: usize,
        /// Letters per group (4).
        group_len: usize,
    },
}

impl std::fmt::Display for ShapeError {
    /// The reason in English, starting in lower case.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl ShapeError {
    /// The reason in `lang`, starting in lower case (it follows a colon, or is made a sentence).
    pub fn text(&self, lang: Lang) -> String {
        match *self {
            Self::Empty => tr!(lang, "password-shape-empty"),
            Self::Digits => tr!(lang, "password-shape-digits"),
            Self::OtherCharacters => tr!(lang, "password-shape-other"),
            Self::WrongLength { letters, expected } => tr!(
                lang,
                "password-shape-length",
                letters = letters,
                expected = expected
            ),
            Self::Grouping { groups, group_len } => tr!(
                lang,
                "password-shape-grouping",
                groups = groups,
                group_len = group_len
            ),
        }
    }

    /// Whether the input most likely is the Apple Account password rather than a mistyped
    /// app-specific one.
    pub fn looks_like_account_password(&self) -> bool {
        matches!(self, Self::Digits | Self::OtherCharacters)
            || matches!(self, Self::WrongLength { letters, .. } if *letters != 0)
    }
}

impl AppPassword {
    /// Checks and normalises a pasted app-specific password.
    pub fn parse(input: &str) -> Result<Self, ShapeError> {
        let info = &Provider::icloud().app_password;
        let (groups, group_len) = (info.groups, info.group_len);
        let expected = groups * group_len;
        // Every copy of the password made here is wiped when dropped, like the `Secret` itself.
        let compact: Zeroizing<String> =
            Zeroizing::new(input.chars().filter(|c| !c.is_whitespace()).collect());
        if compact.is_empty() {
            return Err(ShapeError::Empty);
        }
        if compact.chars().any(|c| c.is_ascii_digit()) {
            return Err(ShapeError::Digits);
        }
        if compact
            .chars()
            .any(|c| !(c.is_ascii_alphabetic() || c == '-'))
        {
            return Err(ShapeError::OtherCharacters);
        }
        let letters = compact.chars().filter(char::is_ascii_alphabetic).count();
        if letters != expected {
            return Err(ShapeError::WrongLength { letters, expected });
        }
        // Dashes and white space both separate groups: pastes bring either.
        let lower = Zeroizing::new(input.trim().to_ascii_lowercase());
        let parts: Vec<&str> = lower
            .split(|c: char| c == '-' || c.is_whitespace())
            .filter(|p| !p.is_empty())
            .collect();
        let grouped = parts.len() == groups && parts.iter().all(|p| p.len() == group_len);
        let undashed = parts.len() == 1;
        if !(grouped || undashed) {
            return Err(ShapeError::Grouping { groups, group_len });
        }
        let mut normal = String::with_capacity(expected + groups);
        for (i, c) in parts.iter().flat_map(|p| p.chars()).enumerate() {
            if i > 0 && i % group_len == 0 {
                normal.push('-');
            }
            normal.push(c);
        }
        Ok(Self(Secret::from(normal)))
    }

    /// The normalised password.
    pub fn secret(&self) -> &Secret {
        &self.0
    }

    /// Takes the normalised password out.
    pub fn into_secret(self) -> Secret {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(s: &str) -> String {
        AppPassword::parse(s).unwrap().secret().expose().to_owned()
    }

    #[test]
    fn accepts_pasted_variants() {
        for s in [
            "dksi-umcn-pqcz-kdit",
            "DKSI-UMCN-PQCZ-KDIT",
            "  dksi-umcn-pqcz-kdit\r\n",
            "dksi umcn pqcz kdit",
            "dksi - umcn - pqcz - kdit",
            "dksiumcnpqczkdit",
            "dksi-umcn pqcz-kdit",
            // Regression: the doc example, a space where a dash belongs, was refused.
            " DKSI-umcn pqcz-kdit\n",
            "dksi-umcn  pqcz -kdit",
            // A doubled dash between four good groups is a typo, not a different password.
            "dksi--umcn-pqcz-kdit",
        ] {
            assert_eq!(ok(s), "dksi-umcn-pqcz-kdit", "{s:?}");
        }
    }

    #[test]
    fn says_precisely_what_is_wrong() {
        let e = |s| AppPassword::parse(s).unwrap_err();
        assert_eq!(e(""), ShapeError::Empty);
        assert_eq!(e(" \t"), ShapeError::Empty);
        assert_eq!(e("Summer2024!"), ShapeError::Digits);
        assert_eq!(e("correct_horse"), ShapeError::OtherCharacters);
        assert_eq!(
            e("dksi-umcn-pqcz"),
            ShapeError::WrongLength {
                letters: 12,
                expected: 16
            }
        );
        assert_eq!(
            e("dksiu-mcn-pqcz-kdit"),
            ShapeError::Grouping {
                groups: 4,
                group_len: 4
            }
        );
        assert_eq!(
            e("dksi--umcnpqcz-kdit"),
            ShapeError::Grouping {
                groups: 4,
                group_len: 4
            }
        );
        assert_eq!(
            e("dksi-umcn pq cz-kdit"),
            ShapeError::Grouping {
                groups: 4,
                group_len: 4
            }
        );
        assert!(e("Summer2024!").looks_like_account_password());
        assert!(!e("dksiu-mcn-pqcz-kdit").looks_like_account_password());
    }

    proptest! {
        #[test]
        fn errors_never_contain_the_input(s in "[a-z0-9]{3}[A-Z0-9!]{3}[a-zA-Z0-9!-]{0,24}") {
            if let Err(e) = AppPassword::parse(&s) {
                prop_assert!(!e.to_string().contains(&s));
                let debug = format!("{e:?}");
                prop_assert!(!debug.contains(&s));
            }
        }

        #[test]
        fn every_grouped_lowercase_password_is_accepted(groups in proptest::collection::vec("[a-z]{4}", 4)) {
            let s = groups.join("-");
            prop_assert_eq!(ok(&s.to_uppercase()), s);
        }
    }
}
