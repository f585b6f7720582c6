//! What a view asks for while it draws; the app applies it after the frame is drawn.

use std::path::PathBuf;

use crate::wizard::{Destination, Step};

use super::state::ThemeChoice;
use super::steps::sign::SigningFile;

/// An action chosen in the UI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Go to the next step (ignored while it is blocked).
    Next,
    /// Go to the previous step.
    Back,
    /// Jump to a step from the side list (ignored unless reachable).
    GoTo(Step),
    /// Put this address in the address field (a suggested fix of a typo).
    UseAddress(String),
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
    /// Save what `Destination` needs: the Apple profile, the Outlook sheet, or (help desk) every
    /// file into a folder. Asks where, or uses the typed folder.
    SaveFor(Destination),
    /// Put the Thunderbird file into Thunderbird's program folder: the one named, or the first
    /// found in the usual places.
    SetUpThunderbird(Option<PathBuf>),
    /// Ask for Thunderbird's program folder with a dialog, then set it up there.
    ChooseThunderbirdFolder,
    /// Check a custom domain's DNS records for iCloud+ (help desk).
    CheckDomainHealth(String),
    /// Ask for one of the signing identity's files with a dialog, then check the identity once
    /// every file it needs is named.
    ChooseSigningFile(SigningFile),
    /// Load and check the signing identity ("Sign profiles").
    CheckSigningIdentity,
    /// Serve the Apple profile once over the local network, on the chosen address.
    SendToPhone,
    /// Stop serving the profile.
    StopSending,
    /// Go on from the mail app step without doing anything there.
    SkipDelivery,
    /// Show a folder in the file manager.
    OpenFolder(PathBuf),
    /// Put text on the clipboard.
    Copy(String),
    /// Switch light or dark mode.
    SetTheme(ThemeChoice),
    /// Speak this language from the next frame on, and remember it.
    SetLang(crate::i18n::Lang),
    /// Close the window.
    Close,
}
