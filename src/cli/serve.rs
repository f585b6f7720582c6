//! `icloud-mail-wizard serve`: the Apple profile once over the local network, for an iPhone.

use std::io::Write as _;
use std::time::Duration;

use super::{CliError, Outcome, ServeArgs, sign};
use crate::export::ExportOptions;
use crate::qr::{EcLevel, QrMatrix};
use crate::serve::{self, Offer, ServeConfig, ServeEvent, ServeStatus};
use crate::settings::AccountInput;

pub(super) fn run(args: &ServeArgs) -> Result<Outcome, CliError> {
    let settings = AccountInput {
        email: &args.account.login.email,
        login: args.account.login.login.as_deref(),
        name: args.account.name.as_deref(),
        organization: args.account.organization.as_deref(),
    }
    .parse()?;
    // No password in a served profile: the phone asks for it while installing. A signing
    // identity is loaded and checked before anything listens.
    let options = ExportOptions {
        signing: sign::identity(&args.sign)?,
        lang: args.lang.lang,
        ..ExportOptions::default()
    };
    let signed = options.signing.is_some();
    let offer = Offer::profile(&settings, &options)?;
    let address = address(args)?;
    let mut config = ServeConfig::new(address);
    config.port = args.port;
    config.lifetime = Duration::from_secs_f64(args.minutes * 60.0);
    let handle = serve::start(offer, &config, |event| match event {
        ServeEvent::Served(client) => {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "Downloaded by {client}");
            let _ = out.flush();
        }
        ServeEvent::WrongBrowser(client) => {
            say!("{client} cannot install profiles; it was asked to open the link in Safari");
        }
        ServeEvent::Expired | ServeEvent::Cancelled | ServeEvent::Failed(_) => {}
    })?;
    let canceller = handle.canceller();
    if let Err(e) = ctrlc::set_handler(move || canceller.cancel()) {
        say!("warning: Ctrl-C will not stop the server cleanly: {e}");
    }
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{}", handle.url());
        match QrMatrix::encode(handle.url().as_bytes(), EcLevel::L) {
            Ok(qr) => {
                let _ = write!(out, "{}", qr.to_terminal(true));
            }
            Err(e) => say!("warning: no QR code for the URL: {e}"),
        }
        let _ = out.flush();
    }
    say!(
        "Open the URL on the iPhone or iPad (scan the code with the Camera app) in Safari, then Settings > Profile Downloaded, and install it within 8 minutes. {}It asks for the app-specific password. Waiting {} for the download; Ctrl-C stops.",
        if signed {
            ""
        } else {
            "It shows \"Not Signed\": that is expected for a profile nobody signed. "
        },
        minutes_text(args.minutes)
    );
    Ok(match handle.wait() {
        ServeStatus::Served(_) => Outcome::Success,
        ServeStatus::Expired => {
            say!(
                "Nobody downloaded the profile within {}; stopped",
                minutes_text(args.minutes)
            );
            Outcome::SomeFailed
        }
        ServeStatus::Cancelled => {
            say!("Cancelled; stopped");
            Outcome::SomeFailed
        }
        ServeStatus::Failed(reason) => {
            return Err(CliError::failed(format!("the server failed: {reason}")));
        }
        // `wait` turns a server that stopped while still waiting into `Failed`; should that
        // ever change, the edge still says so instead of exiting 2 silently.
        ServeStatus::Waiting => {
            return Err(CliError::failed(
                "the server stopped before the profile was downloaded or the time ran out",
            ));
        }
    })
}

/// The address to serve on: `--bind`, or the best LAN address (telling the others).
fn address(args: &ServeArgs) -> Result<std::net::IpAddr, CliError> {
    match args.bind {
        Some(address) => Ok(address),
        None => match serve::lan_addresses() {
            Ok(addresses) if !addresses.is_empty() => {
                if addresses.len() > 1 {
                    let others: Vec<String> =
                        addresses[1..].iter().map(ToString::to_string).collect();
                    say!(
                        "Serving on {}; other addresses of this computer (choose with --bind): {}",
                        addresses[0],
                        others.join(", ")
                    );
                }
                Ok(addresses[0].ip)
            }
            Ok(_) => Err(CliError::failed(
                "this computer has no network address a phone could reach; connect to the phone's Wi-Fi or give --bind ADDR",
            )),
            Err(e) => Err(CliError::failed(format!(
                "could not list this computer's network addresses: {e}; give --bind ADDR"
            ))),
        },
    }
}

fn minutes_text(minutes: f64) -> String {
    if (minutes - 1.0).abs() < f64::EPSILON {
        "1 minute".into()
    } else {
        format!("{minutes} minutes")
    }
}

/// Longest `--minutes` accepted: a day.
const MAX_MINUTES: f64 = 24.0 * 60.0;

/// Why a `--minutes` argument was refused (clap puts the value and the option before it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MinutesError {
    /// Not a number at all.
    #[error("not a number of minutes; give one such as 10 or 0.5")]
    NotANumber,
    /// A number, but zero, negative, more than a day, or not finite.
    #[error("wants more than 0 and at most 1440 minutes (a day)")]
    OutOfRange,
}

/// Parses `--minutes`: a positive number, fractions allowed, at most a day.
pub(super) fn parse_minutes(text: &str) -> Result<f64, MinutesError> {
    let minutes: f64 = text.trim().parse().map_err(|_| MinutesError::NotANumber)?;
    if minutes > 0.0 && minutes <= MAX_MINUTES {
        Ok(minutes)
    } else {
        Err(MinutesError::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_are_positive_and_at_most_a_day() {
        assert_eq!(parse_minutes("10"), Ok(10.0));
        assert_eq!(parse_minutes(" 0.5 "), Ok(0.5));
        assert_eq!(parse_minutes("1440"), Ok(1440.0));
        for bad in ["0", "-1", "1440.5", "inf", "NaN", "1e400"] {
            assert_eq!(parse_minutes(bad), Err(MinutesError::OutOfRange), "{bad}");
        }
        for bad in ["", "ten", "5m"] {
            assert_eq!(parse_minutes(bad), Err(MinutesError::NotANumber), "{bad}");
        }
    }
}
