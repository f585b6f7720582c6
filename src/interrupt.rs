//! Ctrl-C (SIGINT) and SIGTERM (and on Windows the console's close events) for the commands
//! that write files.
//!
//! After [`install`], the first signal only sets a flag: `export` and `batch` look at it
//! between accounts ([`requested`]), finish or roll back the account in hand, print what was
//! written and end with exit status 130. A second signal ends the process at once, after
//! deleting every temporary file this process has open ([`crate::fs::remove_temporary_files`]),
//! so a temporary file holding a password never outlives the process.

use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

/// Exit status after an interrupt (128 + SIGINT), as shells report it.
pub const EXIT_STATUS: u8 = 130;

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Installs the handler (once per process; later calls do nothing). When the OS refuses, the
/// default behaviour stays, and the files are still replaced all or none.
pub fn install() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let installed = ctrlc::set_handler(|| {
            if REQUESTED.swap(true, Ordering::SeqCst) {
                crate::fs::remove_temporary_files();
                std::process::exit(i32::from(EXIT_STATUS));
            }
        });
        if let Err(e) = installed {
            say!("warning: Ctrl-C cannot be handled here ({e}); an interrupt may leave temporary files");
        }
    });
}

/// Whether an interrupt arrived since [`install`].
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}
