//! The words a person reads, in their language: [Fluent] messages compiled in from
//! `assets/locales/<lang>/*.ftl`.
//!
//! Every visible text of the wizard, the Outlook sheet, the phone instructions, the served pages
//! and the profile's display texts is a message looked up with [`tr!`](crate::tr) in a [`Lang`].
//! A message missing in a translation falls back to English (the tests refuse to ship one); a
//! message missing in English shows its id. The command line speaks English unless `--lang`
//! asks otherwise, so help desks can paste its output into tickets.
//!
//! ```
//! use icloud_mail_wizard::i18n::Lang;
//!
//! assert_eq!(Lang::De.text("language-name"), "Deutsch");
//! assert_eq!(Lang::negotiate(["fr-CA", "en-US"]), Lang::Fr);
//! assert_eq!(Lang::negotiate(["ja-JP"]), Lang::En);
//! ```
//!
//! [Fluent]: https://projectfluent.org

pub mod pseudo;

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

/// Looks a message up in a [`Lang`]: `tr!(lang, "id")`, or with arguments
/// `tr!(lang, "id", name = value, count = n)` (each value anything a `FluentValue` is made
/// from: text, numbers). Ids are literals, so the tests can match every id in the code with
/// the English messages, both ways.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::Lang::text($lang, $id)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::Lang::format($lang, $id, &args)
    }};
}

/// [`tr!`] for an instruction: the message split into [`Piece`]s, where text between backticks
/// in the message (a label to find on screen, or a value to type: `` Type `{ $email }` ``) is a
/// [`Piece::Value`] and the rest [`Piece::Text`]. A backtick inside an argument (an address
/// may hold one) stays part of its value.
#[macro_export]
macro_rules! tr_pieces {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::i18n::pieces(&$crate::i18n::Lang::text($lang, $id))
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::masked($value));)+
        $crate::i18n::pieces(&$crate::i18n::Lang::format($lang, $id, &args))
    }};
}

/// Stands in for a backtick inside an argument of [`tr_pieces!`] until [`pieces`] has split the
/// message at its own backticks (a private-use character no message contains).
const BACKTICK_MASK: char = '\u{E000}';

/// An argument of [`tr_pieces!`] with its backticks masked, so they do not split the message.
pub fn masked<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    match value.into() {
        FluentValue::String(s) if s.contains('`') => {
            FluentValue::String(s.replace('`', &BACKTICK_MASK.to_string()).into())
        }
        other => other,
    }
}

/// A piece of an instruction: words, or a value or label the person types or looks for (shown
/// in monospace, or as `<code>` in a file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Plain words.
    Text(String),
    /// A value to type or a label to find on screen.
    Value(String),
}

/// Splits a message at its backticks: odd parts are [`Piece::Value`]s, even parts
/// [`Piece::Text`]; empty parts are dropped, and the backticks [`masked`] in arguments return.
///
/// ```
/// use icloud_mail_wizard::i18n::{Piece, pieces};
///
/// assert_eq!(
///     pieces("Choose `Add account`."),
///     [Piece::Text("Choose ".into()), Piece::Value("Add account".into()), Piece::Text(".".into())]
/// );
/// ```
pub fn pieces(message: &str) -> Vec<Piece> {
    message
        .split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(i, part)| {
            let part = part.replace(BACKTICK_MASK, "`");
            if i % 2 == 1 {
                Piece::Value(part)
            } else {
                Piece::Text(part)
            }
        })
        .collect()
}

/// A language the wizard speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English, the source language and the fallback.
    #[default]
    #[serde(rename = "en")]
    En,
    /// German.
    #[serde(rename = "de")]
    De,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Italian.
    #[serde(rename = "it")]
    It,
    /// Dutch.
    #[serde(rename = "nl")]
    Nl,
    /// Brazilian Portuguese.
    #[serde(rename = "pt-BR")]
    PtBr,
    /// A pseudo-locale for tests: the English messages with every letter accented and vowels
    /// doubled (about 40% longer), so text that skipped the messages stands out and layouts
    /// meet long words. Not offered in the picker.
    #[serde(rename = "en-XA")]
    Pseudo,
}

/// The message files of each language, one per area of the app.
const AREAS: [&str; 9] = [
    "app", "address", "password", "test", "apps", "outlook", "phone", "sign", "health",
];

macro_rules! locale_files {
    ($tag:literal) => {
        [
            locale_files!(@one $tag, "app"),
            locale_files!(@one $tag, "address"),
            locale_files!(@one $tag, "password"),
            locale_files!(@one $tag, "test"),
            locale_files!(@one $tag, "apps"),
            locale_files!(@one $tag, "outlook"),
            locale_files!(@one $tag, "phone"),
            locale_files!(@one $tag, "sign"),
            locale_files!(@one $tag, "health"),
        ]
    };
    (@one $tag:literal, $area:literal) => {
        (
            concat!($tag, "/", $area, ".ftl"),
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/locales/", $tag, "/", $area, ".ftl")),
        )
    };
}

/// One language's message files: a path under `assets/locales` and the text.
pub type Sources = [(&'static str, &'static str); AREAS.len()];

const EN: Sources = locale_files!("en");
const DE: Sources = locale_files!("de");
const FR: Sources = locale_files!("fr");
const ES: Sources = locale_files!("es");
const IT: Sources = locale_files!("it");
const NL: Sources = locale_files!("nl");
const PT_BR: Sources = locale_files!("pt-BR");

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 8] = [const { OnceLock::new() }; 8];

impl Lang {
    /// The languages offered, English first, then by their own names.
    pub const ALL: [Self; 7] = [
        Self::En,
        Self::De,
        Self::Es,
        Self::Fr,
        Self::It,
        Self::Nl,
        Self::PtBr,
    ];

    /// The BCP 47 tag (`pt-BR`); the pseudo-locale is `en-XA`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::It => "it",
            Self::Nl => "nl",
            Self::PtBr => "pt-BR",
            Self::Pseudo => "en-XA",
        }
    }

    /// The message files this language is made of (the pseudo-locale transforms English's).
    pub fn sources(self) -> &'static Sources {
        match self {
            Self::En | Self::Pseudo => &EN,
            Self::De => &DE,
            Self::Fr => &FR,
            Self::Es => &ES,
            Self::It => &IT,
            Self::Nl => &NL,
            Self::PtBr => &PT_BR,
        }
    }

    /// The first of `preferred` (BCP 47 or POSIX tags such as `de_DE.UTF-8`, best first) that
    /// the wizard speaks, by language (`pt-PT` gets Brazilian Portuguese, `fr-CA` French);
    /// English when none is.
    pub fn negotiate<I, S>(preferred: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        preferred
            .into_iter()
            .find_map(|tag| Self::by_language(tag.as_ref()))
            .unwrap_or(Self::En)
    }

    /// The system's language (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` on Unix; the user's
    /// preferred languages on Windows and macOS), negotiated with [`Lang::negotiate`].
    pub fn system() -> Self {
        Self::negotiate(sys_locale::get_locales())
    }

    fn by_language(tag: &str) -> Option<Self> {
        // POSIX locales: `de_DE.UTF-8@euro`; sys-locale passes them through on some systems.
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        let id: LanguageIdentifier = tag.parse().ok()?;
        Some(match id.language.as_str() {
            "en" => Self::En,
            "de" => Self::De,
            "fr" => Self::Fr,
            "es" => Self::Es,
            "it" => Self::It,
            "nl" => Self::Nl,
            "pt" => Self::PtBr,
            _ => return None,
        })
    }

    /// The message `id`, without arguments.
    pub fn text(self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The message `id` with its arguments.
    pub fn format(self, id: &str, args: &FluentArgs) -> String {
        self.lookup(id, Some(args))
    }

    fn lookup(self, id: &str, args: Option<&FluentArgs>) -> String {
        [self, Self::En]
            .into_iter()
            .find_map(|lang| {
                let bundle = lang.bundle();
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_owned())
    }

    fn bundle(self) -> &'static Bundle {
        BUNDLES[self as usize].get_or_init(|| {
            let id: LanguageIdentifier = self.tag().parse().unwrap_or_default();
            let mut bundle = Bundle::new_concurrent(vec![id]);
            // Unicode isolation marks around arguments would show as boxes in some fonts; no
            // message mixes writing directions.
            bundle.set_use_isolating(false);
            if self == Self::Pseudo {
                bundle.set_transform(Some(pseudo::transform));
            }
            for (_, text) in self.sources() {
                // A file with errors still yields its good messages; the tests refuse both
                // parse errors and duplicate ids.
                let resource =
                    FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
    }
}

impl fmt::Display for Lang {
    /// The tag, as `--lang` takes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language tag the wizard does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no language {0:?}: choose one of en, de, es, fr, it, nl, pt-BR")]
pub struct UnknownLang(String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// A tag as [`Lang::tag`] writes it (any case, `_` for `-`); `en-XA` is the pseudo-locale.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().replace('_', "-");
        [Self::Pseudo]
            .into_iter()
            .chain(Self::ALL)
            .find(|lang| lang.tag().eq_ignore_ascii_case(&wanted))
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

#[cfg(test)]
mod tests;
