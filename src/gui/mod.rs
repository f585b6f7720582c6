//! The desktop wizard (feature `gui`): an eframe window over the [`crate::wizard`] steps.
//!
//! [`run`] opens the window. Everything it uses from the outside world comes in through
//! [`AppDeps`], so the tests drive the same [`WizardApp`] headless with `egui_kittest`, with fake
//! checks, an in-memory password store and a "file dialog" that returns a test folder.

mod app;
pub mod command;
pub mod deps;
mod nav;
pub mod session;
pub mod state;
mod steps;
pub mod theme;
pub mod ui_ext;
pub mod worker;

use std::process::ExitCode;

pub use app::WizardApp;
pub use deps::{
    AppDeps, CheckRunner, Desktop, DnsLookup, KeyringProbe, LanAddresses, NativeDesktop,
    ProbeRunner,
};
pub use state::SavedState;

/// The window title, also the name eframe files saved state under.
pub const TITLE: &str = "iCloud Mail Wizard";

/// The application id: the Wayland app id and X11 class, matching the `.desktop` file.
pub const APP_ID: &str = "icloud-mail-wizard";

/// The window icon (assets/icon-256.png).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon-256.png");

/// Why no window can be opened here, as one line for standard error; `None` when a display is
/// there (or the platform always has one).
pub fn missing_display() -> Option<String> {
    if cfg!(all(unix, not(target_os = "macos"))) {
        let set = |name| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if !set("DISPLAY") && !set("WAYLAND_DISPLAY") {
            return Some(
                "icloud-mail-wizard: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop wizard cannot open; the command line works without one: icloud-mail-wizard --help"
                    .to_owned(),
            );
        }
    }
    None
}

/// Removes the source locations that some windowing errors carry (winit's
/// `os error at /root/.cargo/registry/src/…/linux/mod.rs:788: Failed to open connection to X
/// server`): a path on the build machine says nothing to the person reading the message.
fn without_source_locations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(" at ") {
        let after = &rest[at + 4..];
        let token_end = after.find(' ').unwrap_or(after.len());
        let token = after[..token_end].trim_end_matches(':');
        let is_location = token.rsplit_once(':').is_some_and(|(file, line)| {
            std::path::Path::new(file)
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("rs"))
                && !line.is_empty()
                && line.bytes().all(|b| b.is_ascii_digit())
        });
        if is_location {
            out.push_str(&rest[..at]);
            rest = &after[token.len()..];
        } else {
            out.push_str(&rest[..at + 4]);
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Opens the wizard window and returns when it is closed: exit status 0, or 2 when no window
/// could be opened (with one line on standard error saying why).
pub fn run() -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(TITLE)
        .with_app_id(APP_ID)
        .with_inner_size(theme::WINDOW_SIZE)
        .with_min_inner_size(theme::MIN_WINDOW_SIZE);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => {
            eprintln!("icloud-mail-wizard: the window icon is unusable ({e}); going on without it");
        }
    }
    let options = eframe::NativeOptions {
        viewport,
        persist_window: true,
        ..eframe::NativeOptions::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(|cc| {
            let saved = cc
                .storage
                .and_then(|s| eframe::get_value::<SavedState>(s, state::STORAGE_KEY))
                .unwrap_or_default();
            Ok(Box::new(WizardApp::new(AppDeps::system(), saved)))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let reason = without_source_locations(&e.to_string());
            eprintln!(
                "icloud-mail-wizard: could not open the window ({reason}); the command line still works: icloud-mail-wizard --help"
            );
            tell_on_the_desktop(&reason);
            ExitCode::from(2)
        }
    }
}

/// Says why the window could not open in a message box too, in the system's language: a
/// program started by a double-click has nowhere to print (a Windows release build has no
/// console at all), and without it nothing would happen at all. The display often still works
/// when the window cannot (no OpenGL 2 in a virtual machine, say). rfd shows a native box on
/// Windows and macOS and runs zenity on Linux; where none can be shown, nothing happens.
fn tell_on_the_desktop(reason: &str) {
    let lang = crate::i18n::Lang::system();
    let _answer = rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(TITLE)
        .set_description(tr!(lang, "app-window-failed", reason = reason))
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
}

#[cfg(test)]
mod tests {
    use super::without_source_locations;

    #[test]
    fn window_errors_lose_the_build_machines_paths_and_keep_their_words() {
        let winit = "winit EventLoopError: os error at /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/winit-0.30.13/src/platform_impl/linux/mod.rs:788: Failed to open connection to X server";
        assert_eq!(
            without_source_locations(winit),
            "winit EventLoopError: os error: Failed to open connection to X server"
        );
        let plain = "look at the screen at 10:30";
        assert_eq!(without_source_locations(plain), plain);
        assert_eq!(
            without_source_locations("a at b.rs:1 and at c.rs:22: end"),
            "a and: end"
        );
    }
}
