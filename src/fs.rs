//! Writing exports to disk: atomically, with safe file names and the right permissions.

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

/// Who may read a written file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// Readable by others, as ordinary documents are (0644 on Unix).
    Shared,
    /// Readable by the owner only (0600 on Unix): the file holds a secret.
    Private,
}

/// A write that failed, with the path it was for.
#[derive(Debug, thiserror::Error)]
#[error("could not write {}: {source}", path.display())]
pub struct WriteError {
    /// The file that was being written.
    pub path: PathBuf,
    /// What went wrong.
    #[source]
    pub source: io::Error,
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is written, flushed to
/// disk and renamed over `path`. A reader sees the old file or the new one, never half of one, and
/// an existing file is left as it was when anything fails.
pub fn write_atomic(path: &Path, bytes: &[u8], visibility: Visibility) -> Result<(), WriteError> {
    let wrap = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".icloud-mail-wizard-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = match visibility {
            Visibility::Shared => 0o644,
            Visibility::Private => 0o600,
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = visibility;
    let mut tmp = builder.tempfile_in(dir).map_err(wrap)?;
    tmp.write_all(bytes).map_err(wrap)?;
    tmp.as_file().sync_all().map_err(wrap)?;
    tmp.persist(path).map_err(|e| wrap(e.error))?;
    Ok(())
}

/// Longest file name stem [`file_name`] produces, in bytes.
const MAX_STEM: usize = 120;

/// Names Windows reserves for devices, whatever the extension.
const WINDOWS_RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A file name made from `stem` and `extension` that is safe on Windows, macOS and Linux:
/// characters outside `A-Z a-z 0-9 @ . _ + -` become `_`, no leading dot, no reserved device
/// name, at most 120 bytes before the extension.
///
/// ```
/// use icloud_mail_wizard::fs::file_name;
/// assert_eq!(file_name("jane/doe?@icloud.com", ".xml"), "jane_doe_@icloud.com.xml");
/// ```
pub fn file_name(stem: &str, extension: &str) -> String {
    let mut safe: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "@._+-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .take(MAX_STEM)
        .collect();
    while safe.starts_with('.') {
        safe.replace_range(..1, "_");
    }
    let trimmed_len = safe.trim_end_matches(['.', ' ']).len();
    safe.truncate(trimmed_len);
    let base = safe.split('.').next().unwrap_or_default();
    if safe.is_empty() || WINDOWS_RESERVED.contains(&base.to_ascii_lowercase().as_str()) {
        safe.insert(0, '_');
    }
    format!("{safe}{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe() {
        assert_eq!(
            file_name("jane.doe@icloud.com", ".mobileconfig"),
            "jane.doe@icloud.com.mobileconfig"
        );
        assert_eq!(
            file_name("a/b\\c:d*e?f\"g<h>i|j", ".x"),
            "a_b_c_d_e_f_g_h_i_j.x"
        );
        assert_eq!(file_name("..hidden", ""), "_.hidden");
        assert_eq!(file_name("", ".xml"), "_.xml");
        assert_eq!(file_name("con", ".xml"), "_con.xml");
        assert_eq!(file_name("NUL.txt", ".xml"), "_NUL.txt.xml");
        assert_eq!(file_name("trailing.", ".xml"), "trailing.xml");
        assert_eq!(file_name("ünï", ".xml"), "_n_.xml");
        assert_eq!(file_name(&"x".repeat(500), "").len(), MAX_STEM);
    }

    #[test]
    fn atomic_write_replaces_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.xml");
        write_atomic(&path, b"one", Visibility::Shared).unwrap();
        write_atomic(&path, b"two", Visibility::Shared).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers, [std::ffi::OsString::from("f.xml")]);
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.mobileconfig");
        write_atomic(&path, b"x", Visibility::Private).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        write_atomic(&path, b"y", Visibility::Shared).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644);
    }

    #[test]
    fn failure_names_the_path_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no/such/dir/f.xml");
        let err = write_atomic(&missing, b"x", Visibility::Shared).unwrap_err();
        assert!(err.to_string().contains("no/such/dir"), "{err}");

        // A directory where the file should go: the rename fails and nothing is lost.
        let target = dir.path().join("taken");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("keep"), b"keep").unwrap();
        assert!(write_atomic(&target, b"x", Visibility::Shared).is_err());
        assert_eq!(std::fs::read(target.join("keep")).unwrap(), b"keep");
    }
}
