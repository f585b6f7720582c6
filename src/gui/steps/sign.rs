//! "Sign profiles", in the mail app step's help-desk choice: which identity signs the Apple
//! profiles, loaded and checked on a worker (decrypting a key or a PKCS#12 file can take a
//! while), and what a device will show for a profile it signs.
//!
//! While it is ticked every Apple profile the wizard makes is signed (the help desk's folder, the
//! single profile and the one sent to a phone); none is made before the identity is ready.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use egui::{RichText, TextEdit, Ui};
use zeroize::{Zeroize as _, Zeroizing};

use crate::gui::command::Command;
use crate::gui::state::{SigningChoice, SigningFiles};
use crate::gui::theme;
use crate::gui::ui_ext::{self, UiExt as _};
use crate::gui::worker::{Msg, Worker};
use crate::i18n::Lang;
use crate::secret::Secret;
use crate::sign::{IdentityError, IdentitySource, SigningIdentity, TrustAnchors};

use super::address::sentence;
use super::apps::AppsMsg;

/// A file the section asks for, each with its own "Choose…" button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SigningFile {
    /// The signing certificate (PEM).
    Certificate,
    /// Its private key (PEM).
    Key,
    /// The intermediate certificates (PEM).
    Chain,
    /// A PKCS#12 file with key, certificate and chain.
    Pkcs12,
}

impl SigningFile {
    /// The file's name in the messages' selectors (`{ $file -> [certificate] ... }`).
    fn key(self) -> &'static str {
        match self {
            Self::Certificate => "certificate",
            Self::Key => "key",
            Self::Chain => "chain",
            Self::Pkcs12 => "pkcs12",
        }
    }

    /// The file dialog's title, in `lang`.
    pub fn dialog_title(self, lang: Lang) -> String {
        tr!(lang, "sign-dialog-title", file = self.key())
    }

    /// The file dialog's filter: a name (in `lang`) and the extensions it shows.
    pub fn filter(self, lang: Lang) -> (String, &'static [&'static str]) {
        let extensions: &'static [&'static str] = match self {
            Self::Certificate | Self::Chain => &["pem", "crt", "cer"],
            Self::Key => &["pem", "key"],
            Self::Pkcs12 => &["p12", "pfx"],
        };
        (tr!(lang, "sign-filter", file = self.key()), extensions)
    }

    /// The field's label, in `lang`.
    fn label(self, lang: Lang) -> String {
        tr!(lang, "sign-field", file = self.key())
    }

    /// An example path for the empty field.
    fn hint(self) -> &'static str {
        match self {
            Self::Certificate => "/home/you/desk.pem",
            Self::Key => "/home/you/desk.key",
            Self::Chain => "/home/you/chain.pem",
            Self::Pkcs12 => "/home/you/desk.p12",
        }
    }
}

/// What is wrong with a typed path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathProblem {
    /// Nothing was typed.
    Missing(SigningFile),
    /// The path is not absolute.
    NotWhole(SigningFile),
    /// `~` was typed and there is no home folder.
    NoHome,
}

impl PathProblem {
    /// What to type, in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Self::Missing(file) => tr!(lang, "sign-path-missing", file = file.key()),
            Self::NotWhole(file) => tr!(lang, "sign-path-not-whole", file = file.key()),
            Self::NoHome => tr!(lang, "sign-path-no-home"),
        }
    }
}

/// Why the identity was refused.
#[derive(Debug)]
pub enum Refusal {
    /// A typed path is missing or not whole.
    Path(PathProblem),
    /// Loading or checking it failed.
    Identity(IdentityError),
    /// No worker could be started (its reason, as the worker words it).
    Worker(String),
}

impl Refusal {
    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Path(problem) => problem.text(lang),
            Self::Identity(error) => error.text(lang),
            Self::Worker(reason) => reason.clone(),
        }
    }
}

/// Where loading the identity stands.
#[derive(Debug, Default)]
pub enum IdentityState {
    /// Not loaded since the files were last named.
    #[default]
    NotChecked,
    /// Loading on a worker.
    Checking,
    /// Loaded and allowed to sign.
    Ready(Arc<SigningIdentity>),
    /// Refused, with the one line that says why (never the passphrase).
    Refused {
        /// Why.
        reason: Refusal,
        /// The files are encrypted and the passphrase is missing or wrong.
        passphrase: bool,
    },
}

/// What the identity job reports.
#[derive(Debug)]
pub struct IdentityLoaded {
    generation: u64,
    result: Result<SigningIdentity, IdentityError>,
}

/// The passphrase as typed: wiped when dropped or used, printed as `***`.
struct Passphrase(Zeroizing<String>);

/// Room reserved for the typed passphrase, so typing does not reallocate and leave copies
/// behind.
const PASSPHRASE_CAPACITY: usize = 256;

impl Default for Passphrase {
    fn default() -> Self {
        Self(Zeroizing::new(String::with_capacity(PASSPHRASE_CAPACITY)))
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// "Sign profiles": the choice (saved between runs), the passphrase (never saved) and the
/// identity once loaded.
#[derive(Debug, Default)]
pub struct SignSection {
    /// The tick and the files, as remembered.
    pub choice: SigningChoice,
    passphrase: Passphrase,
    state: IdentityState,
    /// Tells a job's report from those of jobs started before the files last changed.
    generation: u64,
    /// The identity named by remembered or picked files was loaded once without asking.
    auto_checked: bool,
}

impl SignSection {
    /// A section with the tick and files remembered from an earlier run.
    pub fn remembering(choice: SigningChoice) -> Self {
        Self {
            choice,
            ..Self::default()
        }
    }

    /// The identity every profile is signed with: `Ok(None)` when signing is off (or the
    /// help-desk choice that holds it is not ticked), the reason (in `lang`) when profiles must
    /// wait for it.
    pub fn for_profiles(
        &self,
        shown: bool,
        lang: Lang,
    ) -> Result<Option<Arc<SigningIdentity>>, String> {
        if !(shown && self.choice.sign) {
            return Ok(None);
        }
        match &self.state {
            IdentityState::Ready(identity) => Ok(Some(Arc::clone(identity))),
            IdentityState::NotChecked => Err(tr!(lang, "sign-wait-not-checked")),
            IdentityState::Checking => Err(tr!(lang, "sign-wait-checking")),
            IdentityState::Refused { .. } => Err(tr!(lang, "sign-wait-refused")),
        }
    }

    /// The identity the typed files name, or what is missing.
    fn source(&self) -> Result<IdentitySource, PathProblem> {
        let c = &self.choice;
        match c.files {
            SigningFiles::Pem => Ok(IdentitySource::Pem {
                cert: typed_path(&c.cert, SigningFile::Certificate)?,
                key: typed_path(&c.key, SigningFile::Key)?,
                chain: if c.chain.trim().is_empty() {
                    None
                } else {
                    Some(typed_path(&c.chain, SigningFile::Chain)?)
                },
            }),
            SigningFiles::Pkcs12 => Ok(IdentitySource::Pkcs12(typed_path(
                &c.pkcs12,
                SigningFile::Pkcs12,
            )?)),
        }
    }

    fn text_mut(&mut self, file: SigningFile) -> &mut String {
        match file {
            SigningFile::Certificate => &mut self.choice.cert,
            SigningFile::Key => &mut self.choice.key,
            SigningFile::Chain => &mut self.choice.chain,
            SigningFile::Pkcs12 => &mut self.choice.pkcs12,
        }
    }

    /// The folder of the file named for `file`, or of the certificate, to open a dialog in.
    pub fn folder_for(&self, file: SigningFile) -> Option<PathBuf> {
        let c = &self.choice;
        let text = match file {
            SigningFile::Certificate => &c.cert,
            SigningFile::Key => &c.key,
            SigningFile::Chain => &c.chain,
            SigningFile::Pkcs12 => &c.pkcs12,
        };
        [text, &c.cert, &c.pkcs12]
            .into_iter()
            .find(|t| !t.trim().is_empty())
            .and_then(|t| Path::new(t.trim()).parent().map(Path::to_path_buf))
    }

    /// Forgets the loaded identity (the files changed): reports of running jobs are ignored.
    fn files_changed(&mut self) {
        self.generation += 1;
        self.state = IdentityState::NotChecked;
    }

    /// A file was picked with the dialog: it is named, and the identity loaded once every
    /// file it needs is named.
    pub fn picked(
        &mut self,
        file: SigningFile,
        path: &Path,
        worker: &Worker,
        anchors: Option<Arc<TrustAnchors>>,
    ) {
        *self.text_mut(file) = path.display().to_string();
        self.files_changed();
        if self.source().is_ok() {
            self.check(worker, anchors);
        }
    }

    /// Loads and checks the identity on a worker, against `anchors` (the bundled public roots
    /// when `None`), with the passphrase as typed.
    pub fn check(&mut self, worker: &Worker, anchors: Option<Arc<TrustAnchors>>) {
        self.auto_checked = true;
        let source = match self.source() {
            Ok(source) => source,
            Err(problem) => {
                self.state = IdentityState::Refused {
                    reason: Refusal::Path(problem),
                    passphrase: false,
                };
                return;
            }
        };
        let passphrase =
            (!self.passphrase.0.is_empty()).then(|| Secret::new(self.passphrase.0.as_str()));
        self.generation += 1;
        let generation = self.generation;
        self.state = IdentityState::Checking;
        let spawned = worker.spawn("wizard-signing-identity", move |r| {
            let anchors = anchors.unwrap_or_else(|| Arc::new(TrustAnchors::bundled()));
            let result = SigningIdentity::load_with(
                &source,
                passphrase.as_ref(),
                SystemTime::now(),
                &anchors,
            );
            drop(passphrase);
            r.send(Msg::Apps(AppsMsg::Identity(IdentityLoaded {
                generation,
                result,
            })));
        });
        if let Err(reason) = spawned {
            self.state = IdentityState::Refused {
                reason: Refusal::Worker(reason),
                passphrase: false,
            };
        }
    }

    /// Takes in what the identity job reported; a report for files since changed is dropped.
    pub fn handle(&mut self, msg: IdentityLoaded) {
        if self.generation != msg.generation {
            return;
        }
        self.state = match msg.result {
            Ok(identity) => {
                // Used: the passphrase is wiped, not kept for the rest of the session.
                self.passphrase.0.zeroize();
                IdentityState::Ready(Arc::new(identity))
            }
            Err(e) => IdentityState::Refused {
                passphrase: matches!(
                    e,
                    IdentityError::PassphraseNeeded { .. } | IdentityError::WrongPassphrase { .. }
                ),
                reason: Refusal::Identity(e),
            },
        };
    }

    /// Draws the section: the tick, then (ticked) the files, the passphrase, Check and what a
    /// device will show.
    pub fn ui(&mut self, ui: &mut Ui, dialogs: bool, commands: &mut Vec<Command>) {
        let lang = ui.lang();
        ui.add_space(theme::GAP_M);
        ui.checkbox(
            &mut self.choice.sign,
            RichText::new(tr!(lang, "sign-profiles")).strong(),
        );
        if !self.choice.sign {
            ui.hint_label(tr!(lang, "sign-unsigned-hint"));
            return;
        }
        ui.add_space(theme::GAP_S);
        let before = self.choice.files;
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.choice.files,
                SigningFiles::Pem,
                tr!(lang, "sign-files-pem"),
            );
            ui.radio_value(
                &mut self.choice.files,
                SigningFiles::Pkcs12,
                SigningFile::Pkcs12.label(lang),
            );
        });
        if self.choice.files != before {
            self.files_changed();
        }
        let files: &[SigningFile] = match self.choice.files {
            SigningFiles::Pem => &[
                SigningFile::Certificate,
                SigningFile::Key,
                SigningFile::Chain,
            ],
            SigningFiles::Pkcs12 => &[SigningFile::Pkcs12],
        };
        for file in files {
            self.file_ui(ui, *file, dialogs, commands);
        }

        let label = ui.field_label(&tr!(lang, "sign-passphrase"));
        let field = ui
            .add(
                TextEdit::singleline(&mut *self.passphrase.0)
                    .id_salt("signing-passphrase")
                    .password(true)
                    .hint_text(tr!(lang, "sign-passphrase-hint"))
                    .desired_width(field_width(ui)),
            )
            .labelled_by(label.id);
        ui_ext::forget_edits(ui.ctx(), field.id);

        let checking = matches!(self.state, IdentityState::Checking);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!checking, egui::Button::new(tr!(lang, "sign-check")))
                .on_hover_text(tr!(lang, "sign-check-hover"))
                .clicked()
            {
                commands.push(Command::CheckSigningIdentity);
            }
            if checking {
                ui.spinner();
                ui.label(tr!(lang, "sign-checking"));
            }
        });
        // Files remembered from the last run (or just ticked) are checked once without asking.
        if !self.auto_checked
            && matches!(self.state, IdentityState::NotChecked)
            && self.source().is_ok()
        {
            self.auto_checked = true;
            commands.push(Command::CheckSigningIdentity);
        }
        self.result_ui(ui);
    }

    fn file_ui(
        &mut self,
        ui: &mut Ui,
        file: SigningFile,
        dialogs: bool,
        commands: &mut Vec<Command>,
    ) {
        let lang = ui.lang();
        let label = ui.field_label(&file.label(lang));
        let changed = ui
            .horizontal(|ui| {
                let width = if dialogs {
                    field_width(ui) - theme::PICK_BUTTON_ROOM
                } else {
                    field_width(ui)
                };
                let changed = ui
                    .add(
                        TextEdit::singleline(self.text_mut(file))
                            .hint_text(file.hint())
                            .desired_width(width),
                    )
                    .labelled_by(label.id)
                    .changed();
                if dialogs
                    && ui
                        .labelled_button(
                            &tr!(lang, "sign-choose"),
                            &tr!(lang, "sign-choose-name", file = file.key()),
                        )
                        .clicked()
                {
                    commands.push(Command::ChooseSigningFile(file));
                }
                changed
            })
            .inner;
        if changed {
            // Typed paths are checked on request: half a path would only show an error.
            self.auto_checked = true;
            self.files_changed();
        }
    }

    /// What the check came to: the signer and what devices will show, or why it may not sign.
    fn result_ui(&self, ui: &mut Ui) {
        let lang = ui.lang();
        match &self.state {
            IdentityState::NotChecked | IdentityState::Checking => {}
            IdentityState::Ready(identity) => {
                ui.success_label(tr!(
                    lang,
                    "sign-signs-as",
                    subject = identity.subject(),
                    key = identity.key_kind()
                ));
                let trust = identity.trust();
                let line = tr!(lang, "sign-devices-show", trust = trust.text(lang));
                if trust.is_verified() {
                    ui.success_label(line);
                } else {
                    ui.warning_label(line);
                }
                for warning in identity.warnings() {
                    ui.warning_label(sentence(&warning.text(lang)));
                }
            }
            IdentityState::Refused { reason, passphrase } => {
                ui.error_label(sentence(&reason.text(lang)));
                if *passphrase {
                    ui.hint_label(tr!(lang, "sign-passphrase-retry"));
                }
            }
        }
    }
}

/// A field's width: the usual one, or what the card has room for.
fn field_width(ui: &Ui) -> f32 {
    ui.available_width().min(theme::FIELD_WIDTH)
}

/// The typed path of `file`, made absolute (`~` is the home folder), or what to type.
fn typed_path(text: &str, file: SigningFile) -> Result<PathBuf, PathProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PathProblem::Missing(file));
    }
    let path = match text.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => crate::home_dir()
            .ok_or(PathProblem::NoHome)?
            .join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(text),
    };
    if path.is_absolute() {
        Ok(path)
    } else {
        Err(PathProblem::NotWhole(file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_must_be_whole_and_the_chain_may_be_left_out() {
        let mut section = SignSection::default();
        assert_eq!(
            section.source().unwrap_err().text(Lang::En),
            "Type or choose the certificate"
        );
        section.choice.cert = "desk.pem".into();
        assert_eq!(
            section.source().unwrap_err().text(Lang::En),
            "Type the whole path of the certificate, starting from the top"
        );
        section.choice.cert = " /srv/desk.pem ".into();
        section.choice.key = "/srv/desk.key".into();
        assert_eq!(
            section.source().unwrap(),
            IdentitySource::Pem {
                cert: "/srv/desk.pem".into(),
                key: "/srv/desk.key".into(),
                chain: None
            }
        );
        section.choice.files = SigningFiles::Pkcs12;
        assert_eq!(
            section.source().unwrap_err().text(Lang::En),
            "Type or choose the PKCS#12 file"
        );
    }

    #[test]
    fn each_file_has_its_own_words_in_every_language() {
        assert_eq!(
            PathProblem::Missing(SigningFile::Key).text(Lang::En),
            "Type or choose the private key"
        );
        assert_eq!(SigningFile::Chain.filter(Lang::En).0, "PEM certificates");
        assert_eq!(
            SigningFile::Key.dialog_title(Lang::De),
            "Privaten Schlüssel auswählen"
        );
        assert_eq!(
            PathProblem::NotWhole(SigningFile::Pkcs12).text(Lang::Fr),
            "Saisissez le chemin complet du fichier PKCS#12, depuis la racine"
        );
        for lang in Lang::ALL {
            for file in [
                SigningFile::Certificate,
                SigningFile::Key,
                SigningFile::Chain,
                SigningFile::Pkcs12,
            ] {
                let texts = [
                    file.label(lang),
                    file.dialog_title(lang),
                    file.filter(lang).0,
                    PathProblem::Missing(file).text(lang),
                ];
                for text in texts {
                    assert!(!text.is_empty() && !text.contains('{'), "{lang}: {text}");
                }
            }
        }
    }

    #[test]
    fn nothing_signs_until_ticked_and_ready() {
        let mut section = SignSection::default();
        assert!(section.for_profiles(true, Lang::En).unwrap().is_none());
        section.choice.sign = true;
        assert!(
            section.for_profiles(false, Lang::En).unwrap().is_none(),
            "not shown"
        );
        assert_eq!(
            section.for_profiles(true, Lang::En).unwrap_err(),
            "Sign profiles is ticked: check the signing identity first, or untick it"
        );
    }

    #[test]
    fn debug_output_hides_the_passphrase() {
        let mut section = SignSection::default();
        section.passphrase.0.push_str("correct horse");
        let text = format!("{section:?}");
        assert!(!text.contains("horse"), "{text}");
    }
}
