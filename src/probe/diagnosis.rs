//! Plain-language explanations of probe outcomes, each with a next step.

use super::{Category, CertProblem, Failure, Phase, ProbeReport, Protocol};
use crate::i18n::Lang;
use crate::password::ShapeError;
use crate::provider::{Provider, Security};

/// Explains `report` to a person in `lang`: what happened and what to do next.
///
/// `password_shape` is the result of checking the password's shape
/// ([`crate::password::AppPassword::parse`]); a refused login with a password that is not even
/// app-specific-shaped gets the most direct advice. The command line passes [`Lang::En`].
pub fn explain(report: &ProbeReport, password_shape: Option<&ShapeError>, lang: Lang) -> String {
    let target = &report.request.target;
    let proto = report.request.protocol.label();
    let host = target.authority();
    let Err(failure) = &report.result else {
        return tr!(
            lang,
            "diagnosis-ok",
            protocol = proto,
            username = report.request.username.as_str(),
            host = host
        );
    };
    let host = host.as_str();
    let mut text = match failure.category {
        Category::Ok => String::new(),
        Category::Dns => tr!(lang, "diagnosis-dns", server = target.host.as_str()),
        Category::Refused => {
            if blocked_587(report) {
                tr!(lang, "diagnosis-refused-587", host = host)
            } else {
                tr!(lang, "diagnosis-refused", host = host)
            }
        }
        Category::Timeout => timeout_text(report, failure, host, lang),
        Category::TlsCertificate => certificate_text(failure, host, lang),
        Category::TlsHandshake => {
            if target.security == Security::Tls {
                tr!(lang, "diagnosis-tls-not-tls", host = host)
            } else {
                tr!(lang, "diagnosis-tls-failed", host = host)
            }
        }
        Category::StartTlsUnavailable => tr!(lang, "diagnosis-no-starttls", host = host),
        Category::AuthFailed => auth_text(report, password_shape, lang),
        Category::Protocol => tr!(lang, "diagnosis-protocol", host = host, protocol = proto),
        Category::Closed => tr!(
            lang,
            "diagnosis-closed",
            host = host,
            phase = phase_text(failure.phase, lang),
            security = target.security.to_string()
        ),
        Category::Cancelled => tr!(lang, "diagnosis-cancelled"),
    };
    if let Some(server) = &failure.server_text {
        text.push(' ');
        text.push_str(&tr!(lang, "diagnosis-server-said", text = server.as_str()));
    }
    text
}

/// What happens in `phase`, for people, in `lang` ("the TLS handshake", "logging in").
pub fn phase_text(phase: Phase, lang: Lang) -> String {
    match phase {
        Phase::Resolve => tr!(lang, "diagnosis-phase-resolve"),
        Phase::Connect => tr!(lang, "diagnosis-phase-connect"),
        Phase::Tls => tr!(lang, "diagnosis-phase-tls"),
        Phase::Greeting => tr!(lang, "diagnosis-phase-greeting"),
        Phase::StartTls => tr!(lang, "diagnosis-phase-starttls"),
        Phase::Auth => tr!(lang, "diagnosis-phase-auth"),
        Phase::Logout => tr!(lang, "diagnosis-phase-logout"),
    }
}

/// Whether this is SMTP on 587 with STARTTLS, the port networks most often block.
fn blocked_587(report: &ProbeReport) -> bool {
    report.request.protocol == Protocol::Smtp
        && report.request.target.security == Security::StartTls
}

fn timeout_text(report: &ProbeReport, failure: &Failure, host: &str, lang: Lang) -> String {
    let t = &report.request.target;
    let during = phase_text(failure.phase, lang);
    match failure.phase {
        Phase::Resolve => tr!(lang, "diagnosis-timeout-resolve", server = t.host.as_str()),
        Phase::Connect if blocked_587(report) => tr!(
            lang,
            "diagnosis-timeout-connect-587",
            host = host,
            phase = during,
            detail = failure.detail.as_str()
        ),
        Phase::Connect => tr!(
            lang,
            "diagnosis-timeout-connect",
            host = host,
            phase = during,
            detail = failure.detail.as_str()
        ),
        Phase::Greeting if t.security == Security::StartTls => {
            tr!(lang, "diagnosis-timeout-greeting", host = host)
        }
        _ => tr!(lang, "diagnosis-timeout", host = host, phase = during),
    }
}

fn certificate_text(failure: &Failure, host: &str, lang: Lang) -> String {
    let detail = failure.detail.as_str();
    match failure.cert {
        Some(CertProblem::Untrusted) => {
            tr!(
                lang,
                "diagnosis-cert-untrusted",
                host = host,
                detail = detail
            )
        }
        Some(CertProblem::WrongHost) => {
            tr!(
                lang,
                "diagnosis-cert-wrong-host",
                host = host,
                detail = detail
            )
        }
        Some(CertProblem::Expired) => {
            tr!(lang, "diagnosis-cert-expired", host = host, detail = detail)
        }
        Some(CertProblem::Other) | None => {
            tr!(lang, "diagnosis-cert-refused", host = host, detail = detail)
        }
    }
}

fn auth_text(report: &ProbeReport, password_shape: Option<&ShapeError>, lang: Lang) -> String {
    let page = Provider::icloud()
        .app_password
        .url
        .trim_start_matches("https://");
    let user = report.request.username.as_str();
    let mut text = tr!(lang, "diagnosis-auth", username = user, page = page);
    if let Some(shape) = password_shape {
        // The shape error's own text says when it looks like the Apple Account password.
        text.push(' ');
        text.push_str(&tr!(
            lang,
            "diagnosis-auth-shape",
            reason = shape.text(lang)
        ));
    }
    if report.request.protocol == Protocol::Imap && !user.contains('@') {
        text.push(' ');
        text.push_str(&tr!(lang, "diagnosis-auth-full-address"));
    }
    text.push(' ');
    text.push_str(&tr!(lang, "diagnosis-auth-changed"));
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
        let text = explain(&r, Some(&shape), Lang::En);
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
        let text = explain(&r, None, Lang::En);
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
        assert!(explain(&r, None, Lang::En).contains("choose STARTTLS instead of SSL/TLS"));
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
            let text = explain(&r, None, Lang::En);
            assert!(
                text.len() > 20 && text.ends_with(['.', '"']),
                "{category}: {text}"
            );
        }
    }
}
