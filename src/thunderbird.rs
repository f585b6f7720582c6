//! Setting up Thunderbird on this computer: its program folders, and the `isp/<domain>.xml` file
//! inside one of them that Thunderbird reads before any other source of settings.
//!
//! Thunderbird looks for `<program folder>/isp/<domain>.xml` first when a person adds an account
//! (comm-central's `FetchConfig.sys.mjs`); a file there wins over the MX lookup that lands an
//! iCloud+ custom domain on Mozilla's iCloud entry with the wrong username. The program folder
//! belongs to the system, so writing there usually needs administrator rights:
//! [`InstallError::NeedsAdmin`] carries the exact command for that. Flatpak and Snap installs run
//! from read-only images and cannot take the file at all.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::export::{self, ExportOptions, Format};
use crate::fs::{Visibility, WriteError, write_atomic};
use crate::i18n::Lang;
use crate::settings::AccountSettings;

/// How Thunderbird was installed in a program folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallKind {
    /// An ordinary install (a distribution package, the installer, an app bundle, a tarball).
    Regular,
    /// A Flatpak: the program folder is a read-only image.
    Flatpak,
    /// A Snap: the program folder is a read-only image.
    Snap,
}

impl InstallKind {
    /// Whether the program folder can take a file at all (with enough rights).
    pub fn is_writable_kind(self) -> bool {
        self == Self::Regular
    }

    /// The packaging's name, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Regular => "installed",
            Self::Flatpak => "Flatpak",
            Self::Snap => "Snap",
        }
    }
}

/// A Thunderbird program folder found on this computer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Install {
    /// The folder that holds (or will hold) the `isp` folder.
    pub dir: PathBuf,
    /// How it was installed.
    pub kind: InstallKind,
}

impl Install {
    /// Where the settings file for `settings` goes in this install.
    pub fn isp_file(&self, settings: &AccountSettings) -> PathBuf {
        self.dir
            .join("isp")
            .join(Format::Thunderbird.file_name(settings))
    }
}

/// Why the file could not be put into Thunderbird's program folder. `Display` is English, for
/// the command line; the wizard shows [`InstallError::text`].
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// No Thunderbird program folder was found in the usual places.
    #[error("{}", self.message(Lang::En))]
    NotFound {
        /// The folders looked at.
        searched: Vec<PathBuf>,
    },
    /// A named folder is not a Thunderbird program folder.
    #[error("{}", self.message(Lang::En))]
    NotThunderbird {
        /// The folder named.
        dir: PathBuf,
    },
    /// A Flatpak or Snap install, whose program folder is read-only.
    #[error("{}", self.message(Lang::En))]
    ReadOnlyImage {
        /// The program folder.
        dir: PathBuf,
        /// Flatpak or Snap.
        kind: InstallKind,
    },
    /// The folder needs administrator rights: save the file elsewhere and copy it into place
    /// with [`AdminCommand`].
    #[error("{}", self.message(Lang::En))]
    NeedsAdmin {
        /// The file that should have been written.
        target: PathBuf,
    },
    /// Writing failed for another reason.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// Rendering the file failed.
    #[error("{}", self.message(Lang::En))]
    Export(#[from] export::ExportError),
}

impl InstallError {
    /// The reason in `lang`, on one line with its causes (which are technical, and English).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Write(e) => crate::save::write_error_text(e, lang),
            Self::Export(e) => format!("{}: {}", self.message(lang), crate::one_line(e)),
            _ => self.message(lang),
        }
    }

    /// The reason in `lang`, without its causes.
    fn message(&self, lang: Lang) -> String {
        let show = |dir: &Path| dir.display().to_string();
        match self {
            Self::NotFound { searched } => {
                tr!(
                    lang,
                    "thunderbird-error-not-found",
                    folders = list(searched)
                )
            }
            Self::NotThunderbird { dir } => {
                tr!(
                    lang,
                    "thunderbird-error-not-thunderbird",
                    folder = show(dir)
                )
            }
            Self::ReadOnlyImage { dir, kind } => tr!(
                lang,
                "thunderbird-error-read-only",
                folder = show(dir),
                kind = kind.label()
            ),
            Self::NeedsAdmin { target } => {
                tr!(lang, "thunderbird-error-needs-admin", file = show(target))
            }
            Self::Write(e) => crate::save::write_error_text(e, lang),
            Self::Export(_) => tr!(lang, "thunderbird-error-export"),
        }
    }
}

fn list(dirs: &[PathBuf]) -> String {
    dirs.iter()
        .map(|d| d.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A command that copies a saved settings file into Thunderbird's `isp` folder with
/// administrator rights, written for this operating system's shell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdminCommand {
    /// The file to copy (where the person saved it).
    pub source: PathBuf,
    /// Where it goes.
    pub target: PathBuf,
}

impl AdminCommand {
    /// Where the command is typed, for the sentence before it: `"powershell"` (opened with "Run
    /// as administrator") on Windows, `"terminal"` elsewhere. Messages select their words on it.
    pub fn shell(&self) -> &'static str {
        if cfg!(windows) {
            "powershell"
        } else {
            "terminal"
        }
    }
}

impl fmt::Display for AdminCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let dir = self.target.parent().unwrap_or(&self.target);
        if cfg!(windows) {
            let q = |p: &Path| format!("'{}'", p.display().to_string().replace('\'', "''"));
            write!(
                f,
                "New-Item -ItemType Directory -Force -Path {} | Out-Null; Copy-Item -Path {} -Destination {}",
                q(dir),
                q(&self.source),
                q(&self.target)
            )
        } else {
            let q = |p: &Path| shell_quote(&p.display().to_string());
            write!(
                f,
                "sudo mkdir -p {} && sudo cp {} {} && sudo chmod 644 {}",
                q(dir),
                q(&self.source),
                q(&self.target),
                q(&self.target)
            )
        }
    }
}

/// `text` quoted for a POSIX shell (only quoted when it needs it).
pub fn shell_quote(text: &str) -> String {
    if !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./_-".contains(c))
    {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// The folders Thunderbird's installers and packages use on this operating system, in the order
/// they are looked at. `home` is the person's home folder, for per-user installs.
pub fn usual_folders(home: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if cfg!(target_os = "macos") {
        dirs.push(PathBuf::from(
            "/Applications/Thunderbird.app/Contents/Resources",
        ));
        if let Some(home) = home {
            dirs.push(home.join("Applications/Thunderbird.app/Contents/Resources"));
        }
    } else if cfg!(windows) {
        for var in ["ProgramFiles", "ProgramFiles(x86)", "ProgramW6432"] {
            if let Some(dir) = std::env::var_os(var).filter(|v| !v.is_empty()) {
                let dir = PathBuf::from(dir).join("Mozilla Thunderbird");
                if !dirs.contains(&dir) {
                    dirs.push(dir);
                }
            }
        }
        if let Some(dir) = std::env::var_os("LOCALAPPDATA").filter(|v| !v.is_empty()) {
            dirs.push(PathBuf::from(dir).join("Mozilla Thunderbird"));
        }
    } else {
        for dir in [
            "/usr/lib/thunderbird",
            "/usr/lib64/thunderbird",
            "/opt/thunderbird",
            "/usr/local/lib/thunderbird",
            "/var/lib/flatpak/app/org.mozilla.Thunderbird/current/active/files/lib/thunderbird",
            "/snap/thunderbird/current/usr/lib/thunderbird",
        ] {
            dirs.push(PathBuf::from(dir));
        }
        if let Some(home) = home {
            dirs.push(home.join(
                ".local/share/flatpak/app/org.mozilla.Thunderbird/current/active/files/lib/thunderbird",
            ));
        }
    }
    dirs
}

/// Whether `dir` is a Thunderbird program folder: an `application.ini` that names Thunderbird,
/// or Mozilla's `omni.ja` beside a `thunderbird` program.
pub fn is_program_folder(dir: &Path) -> bool {
    if let Ok(ini) = std::fs::read_to_string(dir.join("application.ini"))
        && ini.lines().any(|line| {
            line.trim()
                .strip_prefix("Name=")
                .is_some_and(|name| name.trim().eq_ignore_ascii_case("thunderbird"))
        })
    {
        return true;
    }
    dir.join("omni.ja").is_file()
        && ["thunderbird", "thunderbird-bin", "thunderbird.exe"]
            .iter()
            .any(|bin| dir.join(bin).is_file())
}

/// How the install in `dir` was made, from where it lives.
pub fn install_kind(dir: &Path) -> InstallKind {
    let text = dir.to_string_lossy();
    if text.contains("/flatpak/") {
        InstallKind::Flatpak
    } else if text.starts_with("/snap/") {
        InstallKind::Snap
    } else {
        InstallKind::Regular
    }
}

/// The Thunderbird program folders among `candidates`, in their order.
pub fn find_installs(candidates: &[PathBuf]) -> Vec<Install> {
    candidates
        .iter()
        .filter(|dir| is_program_folder(dir))
        .map(|dir| Install {
            dir: dir.clone(),
            kind: install_kind(dir),
        })
        .collect()
}

/// The install in a folder the person named, or why it is not one.
pub fn named_install(dir: &Path) -> Result<Install, InstallError> {
    if is_program_folder(dir) {
        Ok(Install {
            dir: dir.to_owned(),
            kind: install_kind(dir),
        })
    } else {
        Err(InstallError::NotThunderbird {
            dir: dir.to_owned(),
        })
    }
}

/// The first writable-kind install among `candidates`, or why there is none.
pub fn choose_install(candidates: &[PathBuf]) -> Result<Install, InstallError> {
    let installs = find_installs(candidates);
    if let Some(install) = installs.iter().find(|i| i.kind.is_writable_kind()) {
        return Ok(install.clone());
    }
    match installs.into_iter().next() {
        Some(install) => Err(InstallError::ReadOnlyImage {
            dir: install.dir,
            kind: install.kind,
        }),
        None => Err(InstallError::NotFound {
            searched: candidates.to_vec(),
        }),
    }
}

/// Writes the Thunderbird file for `settings` into `install`'s `isp` folder (made if missing),
/// atomically. Returns the path written.
pub fn install(settings: &AccountSettings, install: &Install) -> Result<PathBuf, InstallError> {
    if !install.kind.is_writable_kind() {
        return Err(InstallError::ReadOnlyImage {
            dir: install.dir.clone(),
            kind: install.kind,
        });
    }
    let bytes = export::render(Format::Thunderbird, settings, &ExportOptions::default())?;
    let target = install.isp_file(settings);
    let needs_admin = |e: &io::Error| {
        matches!(
            e.kind(),
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
        )
    };
    let admin = || InstallError::NeedsAdmin {
        target: target.clone(),
    };
    let isp = install.dir.join("isp");
    if let Err(e) = std::fs::create_dir_all(&isp) {
        return Err(if needs_admin(&e) {
            admin()
        } else {
            WriteError {
                path: isp,
                source: e,
            }
            .into()
        });
    }
    match write_atomic(&target, &bytes, Visibility::Shared) {
        Ok(()) => Ok(target),
        Err(e) if needs_admin(&e.source) => Err(admin()),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_install(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(
            dir.join("application.ini"),
            "[App]\nVendor=Mozilla\nName=Thunderbird\nVersion=128.5.0\n",
        )
        .unwrap();
    }

    #[test]
    fn program_folders_are_recognised_by_their_files() {
        let tmp = tempfile::tempdir().unwrap();
        let tb = tmp.path().join("tb");
        fake_install(&tb);
        assert!(is_program_folder(&tb));
        let firefox = tmp.path().join("ff");
        std::fs::create_dir_all(&firefox).unwrap();
        std::fs::write(firefox.join("application.ini"), "[App]\nName=Firefox\n").unwrap();
        assert!(!is_program_folder(&firefox));
        let omni = tmp.path().join("omni");
        std::fs::create_dir_all(&omni).unwrap();
        std::fs::write(omni.join("omni.ja"), "").unwrap();
        assert!(!is_program_folder(&omni));
        std::fs::write(omni.join("thunderbird-bin"), "").unwrap();
        assert!(is_program_folder(&omni));
        assert!(!is_program_folder(&tmp.path().join("missing")));
    }

    #[test]
    fn flatpak_and_snap_are_read_only_kinds() {
        assert_eq!(
            install_kind(Path::new(
                "/var/lib/flatpak/app/org.mozilla.Thunderbird/current/active/files/lib/thunderbird"
            )),
            InstallKind::Flatpak
        );
        assert_eq!(
            install_kind(Path::new("/snap/thunderbird/current/usr/lib/thunderbird")),
            InstallKind::Snap
        );
        assert_eq!(
            install_kind(Path::new("/usr/lib/thunderbird")),
            InstallKind::Regular
        );
    }

    #[test]
    fn shell_quoting_survives_spaces_and_quotes() {
        assert_eq!(shell_quote("/usr/lib/thunderbird"), "/usr/lib/thunderbird");
        assert_eq!(
            shell_quote("/home/o'neil/My files"),
            r"'/home/o'\''neil/My files'"
        );
        assert_eq!(shell_quote(""), "''");
    }

    #[test]
    fn reasons_speak_the_wizard_s_language_and_display_stays_english() {
        let e = InstallError::NeedsAdmin {
            target: PathBuf::from("/usr/lib/thunderbird/isp/example.com.xml"),
        };
        assert_eq!(
            e.to_string(),
            "writing /usr/lib/thunderbird/isp/example.com.xml needs administrator rights"
        );
        assert_eq!(e.text(Lang::En), e.to_string());
        let german = e.text(Lang::De);
        assert!(german.contains("Administratorrechte"), "{german}");
        let e = InstallError::ReadOnlyImage {
            dir: PathBuf::from("/snap/thunderbird/current/usr/lib/thunderbird"),
            kind: InstallKind::Snap,
        };
        assert!(e.to_string().starts_with(
            "Thunderbird in /snap/thunderbird/current/usr/lib/thunderbird is a Snap install,"
        ));
        assert!(e.text(Lang::Fr).contains("Configuration manuelle"));
    }

    #[test]
    fn the_admin_sentence_names_this_system_s_shell() {
        let command = AdminCommand {
            source: PathBuf::from("/home/jane/example.com.xml"),
            target: PathBuf::from("/usr/lib/thunderbird/isp/example.com.xml"),
        };
        let sentence = |lang, shell: &str| {
            tr!(
                lang,
                "thunderbird-needs-admin",
                file = command.source.display().to_string(),
                shell = shell
            )
        };
        assert!(sentence(Lang::En, command.shell()).ends_with(':'));
        assert!(
            sentence(Lang::En, "powershell")
                .ends_with("run this in PowerShell opened with \"Run as administrator\":")
        );
        assert!(sentence(Lang::En, "terminal").ends_with("run this in a terminal:"));
        assert!(sentence(Lang::De, "terminal").ends_with("führe dies in einem Terminal aus:"));
    }

    #[test]
    fn usual_folders_include_the_distribution_path() {
        let dirs = usual_folders(Some(Path::new("/home/jane")));
        if cfg!(target_os = "linux") {
            assert_eq!(dirs[0], Path::new("/usr/lib/thunderbird"));
            assert!(dirs.iter().any(|d| d.starts_with("/home/jane")));
        }
        assert!(!dirs.is_empty());
    }
}
