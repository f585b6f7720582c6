//! Saving one account's exports into a folder.

use std::path::{Path, PathBuf};

use crate::export::{self, ExportOptions, Format};
use crate::fs::{Visibility, WriteError, write_atomic};
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

/// Renders `formats` for `settings` and writes each into `dir` (created if missing) under its
/// suggested file name. Returns the paths written, in the order of `formats`.
///
/// A profile that embeds a password is written readable by its owner only.
pub fn save_exports(
    settings: &AccountSettings,
    formats: &[Format],
    options: &ExportOptions,
    dir: &Path,
) -> Result<Vec<PathBuf>, SaveError> {
    make_folder(dir)?;
    formats
        .iter()
        .map(|&format| {
            let path = dir.join(format.file_name(settings));
            render_and_write(settings, format, options, &path)?;
            Ok(path)
        })
        .collect()
}

/// Renders `format` for `settings` and writes it to `path` (a name the person chose), making its
/// folder if missing.
pub fn save_export(
    settings: &AccountSettings,
    format: Format,
    options: &ExportOptions,
    path: &Path,
) -> Result<(), SaveError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        make_folder(dir)?;
    }
    render_and_write(settings, format, options, path)
}

fn make_folder(dir: &Path) -> Result<(), SaveError> {
    std::fs::create_dir_all(dir).map_err(|source| {
        SaveError::Write(WriteError {
            path: dir.to_owned(),
            source,
        })
    })
}

fn render_and_write(
    settings: &AccountSettings,
    format: Format,
    options: &ExportOptions,
    path: &Path,
) -> Result<(), SaveError> {
    let bytes = export::render(format, settings, options)
        .map_err(|source| SaveError::Export { format, source })?;
    write_atomic(path, &bytes, visibility(format, options))?;
    Ok(())
}

/// How visible the file for `format` may be.
fn visibility(format: Format, options: &ExportOptions) -> Visibility {
    if format == Format::Mobileconfig && options.password.is_some() {
        Visibility::Private
    } else {
        Visibility::Shared
    }
}
