//! Plain-language explanations of probe outcomes, each with a next step.

use std::fmt::Write as _;

use super::{Category, CertProblem, Failure, Phase, ProbeReport, Protocol};
use crate::password::ShapeError;
use crate::provider::{Provider, Security};

/// Explains `report` to a person: what happened and what to do next.
///
/// `password_shape` is the result of checking the password's shape
/// ([`crate::password::AppPassword::parse`]); a refused login with a password that is not even
/// app-specific-shaped gets the most direct advice.
pub fn explain(report: &ProbeReport, password_shape: Option<&ShapeError>) -> String {
    let target = &report.request.target;
    let proto = report.request.protocol.label();
    let Err(failure) = &report.result else {
        return format!(
            "{proto} login works as {} on {}",
            report.request.username,
            target.authority()
        );
    };
    let host = target.authority();
    let mut text = match failure.category {
        Category::Ok => String::new(),
        Category::Dns => format!(
            "The server name {} could not be found. Check your internet connection; a network that only allows web browsing after a sign-in page also causes this.",
            target.host
        ),
        Category::Refused => format!(
            "The connection to {host} was refused or the network is unreachable. A firewall or your provider may block this port{}",
            blocked_port_advice(report)
        ),
        Category::Timeout => timeout_text(report, failure, &host),
        Category::TlsCertificate => certificate_text(failure, &host),
        Category::TlsHandshake => {
            if target.security == Security::Tls {
                format!(
                    "{host} did not answer with TLS. If this is a STARTTLS port (587 for SMTP), choose STARTTLS instead of SSL/TLS; for SSL/TLS use port 465 (SMTP) or 993 (IMAP)."
                )
            } else {
                format!(
                    "The encrypted connection to {host} could not be set up. Something on the network may be interfering with encryption."
                )
            }
        }
        Category::StartTlsUnavailable => format!(
            "{host} does not offer STARTTLS, so the password cannot be sent safely. iCloud always offers it: something on your network (an antivirus or a firewall scanning mail) is removing it. Try port 465 with SSL/TLS."
        ),
        Category::AuthFailed => auth_text(report, password_shape),
        Category::Protocol => format!(
            "{host} answered something that is not {proto} as expected. Check the server name and port; a proxy or captive portal may be answering instead of iCloud."
        ),
        Category::Closed => format!(
            "{host} closed the connection during {}. The server or something on the network dropped it; try again, and check that the port and security ({}) are right.",
            failure.phase.describe(),
            target.security
        ),
        Category::Cancelled => "The check was cancelled.".to_owned(),
    };
    if let Some(server) = &failure.server_text {
        let _ = write!(text, " The server said: \"{server}\"");
    }
    text
}

fn blocked_port_advice(report: &ProbeReport) -> String {
    let t = &report.request.target;
    if report.request.protocol == Protocol::Smtp && t.security == Security::StartTls {
        ". Networks often block 587: use port 465 with SSL/TLS instead.".to_owned()
    } else {
        ". Try another network to tell the two apart.".to_owned()
    }
}

fn timeout_text(report: &ProbeReport, failure: &Failure, host: &str) -> String {
    let t = &report.request.target;
    let during = failure.phase.describe();
    match failure.phase {
        Phase::Resolve => format!(
            "Looking up {} took too long: the network's name service (DNS) is not answering. Check your connection or try another network.",
            t.host
        ),
        Phase::Connect => format!(
            "Connecting to {host} timed out ({during}: {}). The port is probably blocked by a firewall or your network{}",
            failure.detail,
            blocked_port_advice(report)
        ),
        Phase::Greeting if t.security == Security::StartTls => format!(
            "{host} accepted the connection but did not greet in time. If this port expects TLS from the start (465 or 993), choose SSL/TLS instead of STARTTLS."
        ),
        _ => format!(
            "{host} stopped answering during {during}. The server or network is too slow or is holding the connection; try again later or on another network."
        ),
    }
}

fn certificate_text(failure: &Failure, host: &str) -> String {
    let why = match failure.cert {
        Some(CertProblem::Untrusted) => {
            "is not signed by an authority this computer trusts (it may be self-signed, or a network device is intercepting the connection)"
        }
        Some(CertProblem::WrongHost) => "belongs to a different server name",
        Some(CertProblem::Expired) => {
            "has expired or is not yet valid (check that this computer's date and time are right)"
        }
        Some(CertProblem::Other) | None => "was refused",
    };
    format!(
        "The security certificate of {host} {why}. Do not enter your password on this network until this is solved; iCloud's real servers present valid certificates. Details: {}.",
        failure.detail
    )
}

fn auth_text(report: &ProbeReport, password_shape: Option<&ShapeError>) -> String {
    let info = &Provider::icloud().app_password;
    let place = format!(
        "{} > {}",
        info.url.trim_start_matches("https://"),
        info.path.join(" > ")
    );
    let user = &report.request.username;
    let mut text = format!(
        "The server refused the login as {user}. iCloud accepts only an app-specific password here, never your Apple Account password: make one at {place} > Generate, and paste it."
    );
    if let Some(shape) = password_shape {
        // The shape error's own text says when it looks like the Apple Account password.
        let _ = write!(
            text,
            " The password you entered is not in the app-specific format: {shape}."
        );
    }
    if report.request.protocol == Protocol::Imap && !user.contains('@') {
        text.push_str(
            " Some accounts need the full address as the IMAP username; that is checked too.",
        );
    }
    text.push_str(
        " If you changed your Apple Account password recently, older app-specific passwords stopped working.",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::password::AppPassword;
    use crate::probe::{ProbeRequest, Target, Timings};

    fn report(protocol: Protocol, port: u16, security: Security, failure: Failure) -> ProbeReport {
        ProbeReport {
            request: ProbeRequest {
                protocol,
                target: Target {
                    host: "smtp.mail.me.com".into(),
                    port,
                    security,
                },
                username: "jane".into(),
            },
            result: Err(failure),
            timings: Timings::default(),
        }
    }

    #[test]
    fn auth_failure_explains_app_specific_passwords_and_the_shape() {
        let r = report(
            Protocol::Imap,
            993,
            Security::Tls,
            Failure::new(Category::AuthFailed, Phase::Auth, "x")
                .with_server_text("[AUTHENTICATIONFAILED] Authentication failed."),
        );
        let shape = AppPassword::parse("Summer2024!").unwrap_err();
        let text = explain(&r, Some(&shape));
        for needle in [
            "app-specific password",
            "Sign-In and Security > App-Specific Passwords",
            "looks like your Apple Account password",
            "full address",
            "[AUTHENTICATIONFAILED]",
        ] {
            assert!(text.contains(needle), "{needle}: {text}");
        }
    }

    #[test]
    fn blocked_587_points_to_465() {
        let r = report(
            Protocol::Smtp,
            587,
            Security::StartTls,
            Failure::new(Category::Timeout, Phase::Connect, "timed out"),
        );
        let text = explain(&r, None);
        assert!(text.contains("465 with SSL/TLS"), "{text}");
    }

    #[test]
    fn tls_on_a_starttls_port_says_so() {
        let r = report(
            Protocol::Smtp,
            587,
            Security::Tls,
            Failure::new(Category::TlsHandshake, Phase::Tls, "wrong version number"),
        );
        assert!(explain(&r, None).contains("choose STARTTLS instead of SSL/TLS"));
    }

    #[test]
    fn every_category_has_a_sentence() {
        for category in [
            Category::Dns,
            Category::Refused,
            Category::Timeout,
            Category::TlsCertificate,
            Category::TlsHandshake,
            Category::StartTlsUnavailable,
            Category::AuthFailed,
            Category::Protocol,
            Category::Closed,
            Category::Cancelled,
        ] {
            let r = report(
                Protocol::Smtp,
                465,
                Security::Tls,
                Failure::new(category, Phase::Greeting, "detail"),
            );
            let text = explain(&r, None);
            assert!(
                text.len() > 20 && text.ends_with(['.', '"']),
                "{category}: {text}"
            );
        }
    }
}
