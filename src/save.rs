//! Saving one account's exports into a folder.

use std::path::{Path, PathBuf};

use crate::export::{self, ExportFile, ExportOptions, Format};
use crate::fs::{WriteError, write_atomic};
use crate::settings::AccountSettings;

/// Why saving failed.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Rendering a format failed.
    #[error("could not produce the {format} file")]
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
pub fn write_files(files: &[ExportFile], dir: &Path) -> Result<Vec<PathBuf>, SaveError> {
    make_folder(dir)?;
    files
        .iter()
        .map(|file| {
            let path = dir.join(&file.path);
            if let Some(parent) = path.parent().filter(|p| *p != dir) {
                make_folder(parent)?;
            }
            write_atomic(&path, &file.bytes, file.visibility)?;
            Ok(path)
        })
        .collect()
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
