//! What a view asks for while it draws; the app applies it after the frame is drawn.

use std::path::PathBuf;

use crate::export::Format;
use crate::wizard::Step;

use super::state::ThemeChoice;

/// An action chosen in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Go to the next step (ignored while it is blocked).
    Next,
    /// Go to the previous step.
    Back,
    /// Jump to a step from the side list (ignored unless reachable).
    GoTo(Step),
    /// Open the page where app-specific passwords are made.
    OpenAppPasswordPage,
    /// Fill in the password saved in the keychain.
    UseSavedPassword,
    /// Remove the saved password from the keychain.
    ForgetSavedPassword,
    /// Start (or restart) the connection test.
    RunChecks,
    /// Stop a running test.
    CancelChecks,
    /// Go on without testing.
    SkipChecks,
    /// Send a test message to the person's own address.
    SendTestMessage,
    /// Save one settings file (asks where, or uses the typed folder).
    SaveOne(Format),
    /// Save every chosen format into a folder (asks which, or uses the typed folder).
    SaveAll,
    /// Show a folder in the file manager.
    OpenFolder(PathBuf),
    /// Put text on the clipboard.
    Copy(String),
    /// Switch light or dark mode.
    SetTheme(ThemeChoice),
    /// Close the window.
    Close,
}
