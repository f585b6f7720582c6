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
use crate::gui::ui_ext::UiExt as _;
use crate::gui::worker::{Msg, Worker};
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
    /// What the file is, in a sentence ("the certificate").
    pub fn what(self) -> &'static str {
        match self {
            Self::Certificate => "the certificate",
            Self::Key => "the private key",
            Self::Chain => "the chain",
            Self::Pkcs12 => "the PKCS#12 file",
        }
    }

    /// The file dialog's title.
    pub fn dialog_title(self) -> &'static str {
        match self {
            Self::Certificate => "Choose the signing certificate",
            Self::Key => "Choose the private key",
            Self::Chain => "Choose the intermediate certificates",
            Self::Pkcs12 => "Choose the PKCS#12 file",
        }
    }

    /// The file dialog's filter: a name and the extensions it shows.
    pub fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::Certificate | Self::Chain => ("PEM certificates", &["pem", "crt", "cer"]),
            Self::Key => ("PEM private keys", &["pem", "key"]),
            Self::Pkcs12 => ("PKCS#12 files", &["p12", "pfx"]),
        }
    }

    /// The field's label.
    fn label(self) -> &'static str {
        match self {
            Self::Certificate => "Signing certificate (PEM)",
            Self::Key => "Private key (PEM)",
            Self::Chain => "Intermediate certificates (PEM, optional)",
            Self::Pkcs12 => "PKCS#12 file (.p12, .pfx)",
        }
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
        reason: String,
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
    /// help-desk choice that holds it is not ticked), the reason when profiles must wait for it.
    pub fn for_profiles(&self, shown: bool) -> Result<Option<Arc<SigningIdentity>>, String> {
        if !(shown && self.choice.sign) {
            return Ok(None);
        }
        match &self.state {
            IdentityState::Ready(identity) => Ok(Some(Arc::clone(identity))),
            IdentityState::NotChecked => Err(
                "Sign profiles is ticked: check the signing identity first, or untick it".into(),
            ),
            IdentityState::Checking => Err("The signing identity is being checked".into()),
            IdentityState::Refused { .. } => Err(
                "The signing identity was refused (see Sign profiles): fix it, or untick Sign profiles"
                    .into(),
            ),
        }
    }

    /// The identity the typed files name, or what is missing.
    fn source(&self) -> Result<IdentitySource, String> {
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
            Err(reason) => {
                self.state = IdentityState::Refused {
                    reason,
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
                reason,
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
                reason: crate::one_line(&e),
            },
        };
    }

    /// Draws the section: the tick, then (ticked) the files, the passphrase, Check and what a
    /// device will show.
    pub fn ui(&mut self, ui: &mut Ui, dialogs: bool, commands: &mut Vec<Command>) {
        ui.add_space(theme::GAP_M);
        ui.checkbox(
            &mut self.choice.sign,
            RichText::new("Sign profiles").strong(),
        );
        if !self.choice.sign {
            ui.hint_label(
                "Unsigned profiles show a red Not Signed on the device. With your signing \
                 certificate they show who signed them",
            );
            return;
        }
        ui.add_space(theme::GAP_S);
        let before = self.choice.files;
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(
                &mut self.choice.files,
                SigningFiles::Pem,
                "Certificate and key",
            );
            ui.radio_value(
                &mut self.choice.files,
                SigningFiles::Pkcs12,
                "PKCS#12 file (.p12, .pfx)",
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

        let label = ui.field_label("Passphrase");
        ui.add(
            TextEdit::singleline(&mut *self.passphrase.0)
                .id_salt("signing-passphrase")
                .password(true)
                .hint_text("Only if the key or file is encrypted")
                .desired_width(field_width(ui)),
        )
        .labelled_by(label.id);

        let checking = matches!(self.state, IdentityState::Checking);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!checking, egui::Button::new("Check"))
                .on_hover_text("Load the identity and see what devices will show")
                .clicked()
            {
                commands.push(Command::CheckSigningIdentity);
            }
            if checking {
                ui.spinner();
                ui.label("Checking…");
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
        let label = ui.field_label(file.label());
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
                        .labelled_button("Choose…", &format!("Choose {}…", file.what()))
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
        match &self.state {
            IdentityState::NotChecked | IdentityState::Checking => {}
            IdentityState::Ready(identity) => {
                ui.success_label(format!(
                    "Signs as {} ({})",
                    identity.subject(),
                    identity.key_kind()
                ));
                let trust = identity.trust();
                let line = format!("Devices will show the profile as {trust}");
                if trust.is_verified() {
                    ui.success_label(line);
                } else {
                    ui.warning_label(line);
                }
                for warning in identity.warnings() {
                    ui.warning_label(sentence(warning));
                }
            }
            IdentityState::Refused { reason, passphrase } => {
                ui.error_label(sentence(reason));
                if *passphrase {
                    ui.hint_label("Type the passphrase above and choose Check");
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
fn typed_path(text: &str, file: SigningFile) -> Result<PathBuf, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(format!("Type or choose {}", file.what()));
    }
    let path = match text.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => crate::home_dir()
            .ok_or("there is no home folder to put ~ in")?
            .join(rest.trim_start_matches(['/', '\\'])),
        _ => PathBuf::from(text),
    };
    if path.is_absolute() {
        Ok(path)
    } else {
        Err(format!(
            "Type the whole path of {}, starting from the top",
            file.what()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_paths_must_be_whole_and_the_chain_may_be_left_out() {
        let mut section = SignSection::default();
        assert_eq!(
            section.source().unwrap_err(),
            "Type or choose the certificate"
        );
        section.choice.cert = "desk.pem".into();
        assert_eq!(
            section.source().unwrap_err(),
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
            section.source().unwrap_err(),
            "Type or choose the PKCS#12 file"
        );
    }

    #[test]
    fn nothing_signs_until_ticked_and_ready() {
        let mut section = SignSection::default();
        assert!(section.for_profiles(true).unwrap().is_none());
        section.choice.sign = true;
        assert!(section.for_profiles(false).unwrap().is_none(), "not shown");
        assert!(section.for_profiles(true).is_err());
    }

    #[test]
    fn debug_output_hides_the_passphrase() {
        let mut section = SignSection::default();
        section.passphrase.0.push_str("correct horse");
        let text = format!("{section:?}");
        assert!(!text.contains("horse"), "{text}");
    }
}
