//! Saving one account's exports into a folder.

use std::path::{Path, PathBuf};

use crate::export::{self, ExportFile, ExportOptions, Format};
use crate::fs::{Visibility, WriteError, write_all_atomic, write_atomic};
use crate::i18n::Lang;
use crate::settings::AccountSettings;

/// Why saving failed. `Display` is English, for the command line; the wizard shows
/// [`SaveError::text`].
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Rendering a format failed.
    #[error("{}", tr!(Lang::En, "apps-save-error-export", format = format.name()))]
    Export {
        /// The format.
        format: Format,
        /// The cause.
        #[source]
        source: export::ExportError,
    },
    /// Writing a file or making its folder failed.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl SaveError {
    /// The reason in `lang`, on one line with its causes (which are technical, and English).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Export { format, source } => format!(
                "{}: {}",
                tr!(lang, "apps-save-error-export", format = format.name()),
                crate::one_line(source)
            ),
            Self::Write(e) => write_error_text(e, lang),
        }
    }

    /// Whether the disk (or the person's quota) is full: every later write would fail too.
    pub fn is_out_of_space(&self) -> bool {
        match self {
            Self::Write(e) => matches!(
                e.source.kind(),
                std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
            ),
            Self::Export { .. } => false,
        }
    }
}

/// A failed write in `lang`: the file, and the system's reason (in the system's words).
pub fn write_error_text(error: &WriteError, lang: Lang) -> String {
    tr!(
        lang,
        "apps-save-error-write",
        path = error.path.display().to_string(),
        reason = error.source.to_string()
    )
}

/// Renders `formats` for `settings` and writes each of their files into `dir` (created if
/// missing) under its path. Returns the paths written, in the order of `formats`.
///
/// Everything is rendered before anything is written, so a format that cannot be produced
/// leaves the folder untouched. A profile that embeds a password is written readable by its
/// owner only.
pub fn save_exports(
    settings: &AccountSettings,
    formats: &[Format],
    options: &ExportOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, SaveError> {
    let mut files = Vec::new();
    for &format in formats {
        files.extend(
            export::render_files(format, settings, options)
                .map_err(|source| SaveError::Export { format, source })?,
        );
    }
    write_files(&files, dir)
}

/// Writes rendered `files` under `dir`, making folders as needed. Returns the paths written.
///
/// All of the files are replaced or none ([`write_all_atomic`]); when writing fails, the folders
/// this call made are removed again, so a failed account leaves no folder behind.
pub fn write_files(files: &[ExportFile], dir: &Path) -> Result<Vec<PathBuf>, SaveError> {
    let mut made = Vec::new();
    let result = write_files_in(files, dir, &mut made);
    if result.is_err() {
        // Deepest first; a folder that is not empty (someone else's files) stays.
        for folder in made.iter().rev() {
            let _ = std::fs::remove_dir(folder);
        }
    }
    result
}

fn write_files_in(
    files: &[ExportFile],
    dir: &Path,
    made: &mut Vec<PathBuf>,
) -> Result<Vec<PathBuf>, SaveError> {
    make_folder_noting(dir, made)?;
    let paths: Vec<PathBuf> = files.iter().map(|file| dir.join(&file.path)).collect();
    for path in &paths {
        if let Some(parent) = path.parent().filter(|p| *p != dir) {
            make_folder_noting(parent, made)?;
        }
    }
    let writes: Vec<(&Path, &[u8], Visibility)> = paths
        .iter()
        .zip(files)
        .map(|(path, file)| (path.as_path(), file.bytes.as_slice(), file.visibility))
        .collect();
    write_all_atomic(&writes)?;
    Ok(paths)
}

/// Makes `dir` and its missing parents, noting in `made` each folder it made, outermost first.
fn make_folder_noting(dir: &Path, made: &mut Vec<PathBuf>) -> Result<(), SaveError> {
    let mut missing: Vec<&Path> = dir.ancestors().take_while(|d| !d.exists()).collect();
    missing.reverse();
    make_folder(dir)?;
    made.extend(
        missing
            .into_iter()
            .filter(|d| !d.as_os_str().is_empty())
            .map(Path::to_path_buf),
    );
    Ok(())
}

/// Renders a single-file `format` for `settings` and writes it to `path` (a name the person
/// chose), making its folder if missing.
pub fn save_export(
    settings: &AccountSettings,
    format: Format,
    options: &ExportOptions,
    path: &Path,
) -> Result<(), SaveError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        make_folder(dir)?;
    }
    let mut files = export::render_files(format, settings, options)
        .map_err(|source| SaveError::Export { format, source })?;
    let file = files.swap_remove(0);
    write_atomic(path, &file.bytes, file.visibility)?;
    Ok(())
}

fn make_folder(dir: &Path) -> Result<(), SaveError> {
    std::fs::create_dir_all(dir).map_err(|source| {
        SaveError::Write(WriteError {
            path: dir.to_owned(),
            source,
        })
    })
}
