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
    write_all_atomic(&[(path, bytes, visibility)])
}

/// Writes several files as one: every file is first written to a temporary file beside it and
/// flushed to disk, and only when all of them are there are they renamed into place. When any
/// step fails, the files already replaced get their old contents back (or are removed when they
/// did not exist), every temporary file is deleted, and the error names the file that failed.
///
/// Temporary files are named `.icloud-mail-wizard-*.tmp`; while they exist they are listed for
/// [`remove_temporary_files`], which an interrupt handler calls before the process ends.
pub fn write_all_atomic(files: &[(&Path, &[u8], Visibility)]) -> Result<(), WriteError> {
    let mut temps = Vec::with_capacity(files.len());
    for &(path, bytes, visibility) in files {
        temps.push(TempFile::write(path, bytes, visibility)?);
    }
    // Every new file is on disk: put them in place, keeping each old file until all are.
    let mut done: Vec<(&Path, Option<TempPath>)> = Vec::with_capacity(files.len());
    for (temp, &(path, _, _)) in temps.into_iter().zip(files) {
        let backup = match backup_of(path) {
            Ok(backup) => backup,
            Err(e) => {
                roll_back(done);
                return Err(e);
            }
        };
        if let Err(e) = temp.persist(path) {
            if let Some(backup) = backup {
                drop(backup);
            }
            roll_back(done);
            return Err(e);
        }
        done.push((path, backup));
    }
    // Dropping the backups deletes them.
    Ok(())
}

/// A hard link to the file at `path` under a temporary name, when there is a file to keep.
fn backup_of(path: &Path) -> Result<Option<TempPath>, WriteError> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(None);
    }
    let wrap = |source| WriteError {
        path: path.to_owned(),
        source,
    };
    let mut live = live_temps();
    let ((), backup) = temp_builder()
        .make_in(parent_of(path), |name| std::fs::hard_link(path, name))
        .and_then(|temp| temp.keep().map_err(|e| e.error))
        .map_err(wrap)?;
    live.push(backup.clone());
    Ok(Some(TempPath(backup)))
}

/// Puts back what was there before each of `done` was replaced.
fn roll_back(done: Vec<(&Path, Option<TempPath>)>) {
    for (path, backup) in done.into_iter().rev() {
        match backup {
            Some(backup) => {
                if std::fs::rename(&backup.0, path).is_ok() {
                    backup.forget();
                }
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Temporary files that exist right now (written, not yet renamed or deleted).
static LIVE_TEMPS: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

fn live_temps() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    LIVE_TEMPS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Deletes every temporary file this process has open right now. For an interrupt handler that
/// is about to end the process: a temporary file (which may hold a password) never outlives it.
pub fn remove_temporary_files() {
    for path in live_temps().drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// A temporary name that exists on disk and is deleted when dropped unless forgotten.
struct TempPath(PathBuf);

impl TempPath {
    fn forget(self) {
        live_temps().retain(|p| *p != self.0);
        std::mem::forget(self);
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        live_temps().retain(|p| *p != self.0);
    }
}

/// The names and (on Unix) owner-only permissions of this program's temporary files.
fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".icloud-mail-wizard-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    builder
}

/// Reserves a fresh temporary name in `dir` (an empty file created with `O_EXCL`, owner-only).
fn new_temp_name(dir: &Path) -> io::Result<TempPath> {
    // Listed before it exists, so no moment passes in which it is on disk but not listed.
    let mut live = live_temps();
    let (_, path) = temp_builder()
        .tempfile_in(dir)?
        .keep()
        .map_err(|e| e.error)?;
    live.push(path.clone());
    Ok(TempPath(path))
}

/// A written and flushed temporary file, ready to be renamed into place.
struct TempFile(TempPath);

impl TempFile {
    fn write(path: &Path, bytes: &[u8], visibility: Visibility) -> Result<Self, WriteError> {
        let wrap = |source| WriteError {
            path: path.to_owned(),
            source,
        };
        let temp = new_temp_name(parent_of(path)).map_err(wrap)?;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&temp.0)
            .map_err(wrap)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = match visibility {
                Visibility::Shared => 0o644,
                Visibility::Private => 0o600,
            };
            file.set_permissions(std::fs::Permissions::from_mode(mode))
                .map_err(wrap)?;
        }
        #[cfg(not(unix))]
        let _ = visibility;
        file.write_all(bytes).map_err(wrap)?;
        file.sync_all().map_err(wrap)?;
        Ok(Self(temp))
    }

    fn persist(self, path: &Path) -> Result<(), WriteError> {
        std::fs::rename(&self.0.0, path).map_err(|source| WriteError {
            path: path.to_owned(),
            source,
        })?;
        self.0.forget();
        Ok(())
    }
}

/// Longest file name stem [`file_name`] produces, in bytes.
const MAX_STEM: usize = 120;

/// Names Windows reserves for devices, whatever the extension.
const WINDOWS_RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Length of the tag [`file_name`] adds to a name it had to change.
const TAG_LEN: usize = 11;

/// A file name made from `stem` and `extension` that is safe on Windows, macOS and Linux:
/// characters outside `A-Z a-z 0-9 @ . _ + -` become `_`, no leading dot, no reserved device
/// name, at most 120 bytes before the extension.
///
/// Different stems give different names: when the stem had to be changed, a tag made from the
/// whole stem (`~` and ten hex digits of its UUID v5) follows it, and `~` never appears in a stem
/// that was kept as it is. So `o'neil@corp.example` and `o_neil@corp.example` never share a file.
///
/// ```
/// use icloud_mail_wizard::fs::file_name;
/// assert_eq!(file_name("jane.doe@icloud.com", ".xml"), "jane.doe@icloud.com.xml");
/// let changed = file_name("jane/doe?@icloud.com", ".xml");
/// assert!(changed.starts_with("jane_doe_@icloud.com~") && changed.ends_with(".xml"));
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
    if safe.len() > MAX_STEM {
        safe.truncate(MAX_STEM - TAG_LEN);
    }
    if safe != stem {
        let id = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, stem.as_bytes()).simple();
        let id = id.to_string();
        safe.push('~');
        safe.push_str(&id[..TAG_LEN - 1]);
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
        let tagged = |name: &str, start: &str, end: &str| {
            assert!(name.starts_with(start), "{name}");
            assert!(name.ends_with(end), "{name}");
            assert_eq!(name.len(), start.len() + TAG_LEN + end.len(), "{name}");
            assert_eq!(&name[start.len()..=start.len()], "~", "{name}");
        };
        tagged(
            &file_name("a/b\\c:d*e?f\"g<h>i|j", ".x"),
            "a_b_c_d_e_f_g_h_i_j",
            ".x",
        );
        tagged(&file_name("..hidden", ""), "_.hidden", "");
        tagged(&file_name("", ".xml"), "_", ".xml");
        tagged(&file_name("con", ".xml"), "_con", ".xml");
        tagged(&file_name("NUL.txt", ".xml"), "_NUL.txt", ".xml");
        tagged(&file_name("trailing.", ".xml"), "trailing", ".xml");
        tagged(&file_name("ünï", ".xml"), "_n_", ".xml");
        assert_eq!(file_name(&"x".repeat(500), "").len(), MAX_STEM);
    }

    /// Issue 11, item 1: distinct stems never share a name, also when sanitising or the length
    /// cut would collapse them, and on file systems that ignore case.
    #[test]
    fn file_names_are_injective() {
        let long = "x".repeat(200);
        let stems = [
            "o'neil@corp.example".to_owned(),
            "o_neil@corp.example".to_owned(),
            "o?neil@corp.example".to_owned(),
            "o_neil@corp.example~".to_owned(),
            format!("{long}a@corp.example"),
            format!("{long}b@corp.example"),
            "con".to_owned(),
            "_con".to_owned(),
            "trailing.".to_owned(),
            "trailing".to_owned(),
        ];
        let mut seen = std::collections::HashMap::new();
        for stem in &stems {
            let name = file_name(stem, ".xml").to_ascii_lowercase();
            if let Some(other) = seen.insert(name.clone(), stem) {
                panic!("{stem:?} and {other:?} both become {name}");
            }
        }
        // A name that needed no change stays exactly the stem.
        assert_eq!(file_name("o_neil@corp.example", ""), "o_neil@corp.example");
    }

    /// Issue 11, item 3: several files are replaced all or none; a failure part-way puts back
    /// every old file and leaves no temporary file.
    #[test]
    fn several_files_are_replaced_all_or_none() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.xml");
        let b = dir.path().join("b.xml");
        std::fs::write(&a, b"old a").unwrap();
        // The second target is a folder: its rename fails after the first file was replaced.
        let c = dir.path().join("c");
        std::fs::create_dir(&c).unwrap();
        std::fs::write(c.join("keep"), b"keep").unwrap();
        let err = write_all_atomic(&[
            (&a, b"new a", Visibility::Shared),
            (&b, b"new b", Visibility::Shared),
            (&c, b"new c", Visibility::Private),
        ])
        .unwrap_err();
        assert_eq!(err.path, c);
        assert_eq!(std::fs::read(&a).unwrap(), b"old a");
        assert!(!b.exists());
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["a.xml", "c"]);
        assert!(live_temps().iter().all(|p| !p.starts_with(dir.path())));

        write_all_atomic(&[
            (&a, b"new a", Visibility::Shared),
            (&b, b"new b", Visibility::Shared),
        ])
        .unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"new b");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
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
