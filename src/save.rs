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
    /// Writing a file or making the folder failed.
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
    std::fs::create_dir_all(dir).map_err(|source| WriteError {
        path: dir.to_owned(),
        source,
    })?;
    formats
        .iter()
        .map(|&format| {
            let bytes = export::render(format, settings, options)
                .map_err(|source| SaveError::Export { format, source })?;
            let path = dir.join(format.file_name(settings));
            write_atomic(&path, &bytes, visibility(format, options))?;
            Ok(path)
        })
        .collect()
}

/// How visible the file for `format` may be.
pub fn visibility(format: Format, options: &ExportOptions) -> Visibility {
    if format == Format::Mobileconfig && options.password.is_some() {
        Visibility::Private
    } else {
        Visibility::Shared
    }
}
