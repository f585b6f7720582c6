//! Signed Apple profiles: certificates made with the real `openssl` command line, profiles
//! signed by the library and by the real binary, verified with `openssl cms -verify`.
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use icloud_mail_wizard::export::{self, ExportOptions, Format};
use icloud_mail_wizard::secret::Secret;
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};
use icloud_mail_wizard::sign::{
    self, IdentityError, IdentitySource, SigningIdentity, Trust, TrustAnchors,
};
use util::pki::{CA_EXT, Kind, Pki, SIGNING_EXT};
use util::{bin, files_in, run, stderr};
use x509_cert::der::DecodePem as _;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn jane() -> AccountSettings {
    AccountInput {
        email: "jane.doe@icloud.com",
        name: Some("Jane Doe"),
        ..Default::default()
    }
    .parse()
    .unwrap()
}

fn pem_source(pki: &Pki, chain: bool) -> IdentitySource {
    IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("leaf.key"),
        chain: chain.then(|| pki.path("int-root.pem")),
    }
}

fn load(
    source: &IdentitySource,
    passphrase: Option<&str>,
) -> Result<SigningIdentity, IdentityError> {
    SigningIdentity::load(source, passphrase.map(Secret::new).as_ref())
}

fn load_err(source: &IdentitySource, passphrase: Option<&str>) -> String {
    load(source, passphrase).unwrap_err().to_string()
}

fn anchors(pki: &Pki, root: &str) -> TrustAnchors {
    let pem = std::fs::read(pki.path(root)).unwrap();
    TrustAnchors::new(vec![x509_cert::Certificate::from_pem(&pem).unwrap()])
}

/// The profile's keys a device reads, parsed with `plist` as Apple's reader would.
fn assert_profile_for_jane(bytes: &[u8]) {
    let top = plist::Value::from_reader_xml(bytes)
        .unwrap()
        .into_dictionary()
        .unwrap();
    assert_eq!(top["PayloadType"].as_string(), Some("Configuration"));
    let mail = top["PayloadContent"].as_array().unwrap()[0]
        .as_dictionary()
        .unwrap();
    assert_eq!(
        mail["PayloadType"].as_string(),
        Some("com.apple.mail.managed")
    );
    assert_eq!(
        mail["IncomingMailServerHostName"].as_string(),
        Some("imap.mail.me.com")
    );
    assert_eq!(
        mail["IncomingMailServerUsername"].as_string(),
        Some("jane.doe")
    );
    assert_eq!(
        mail["OutgoingMailServerHostName"].as_string(),
        Some("smtp.mail.me.com")
    );
    assert_eq!(
        mail["OutgoingMailServerUsername"].as_string(),
        Some("jane.doe@icloud.com")
    );
    assert_eq!(
        mail["EmailAddress"].as_string(),
        Some("jane.doe@icloud.com")
    );
}

/// Flips one byte of the profile inside a signed file (found by its text).
fn flip_content_byte(signed: &[u8]) -> Vec<u8> {
    let needle = b"imap.mail.me.com";
    let at = signed
        .windows(needle.len())
        .position(|w| w == needle)
        .unwrap();
    let mut tampered = signed.to_vec();
    tampered[at] ^= 0x01;
    tampered
}

/// Signs Jane's profile through the export layer with a chain of `kind`, checks it with
/// OpenSSL and with our own verifier, and that a flipped byte fails both.
fn signs_and_openssl_verifies(kind: Kind) {
    let pki = Pki::new();
    pki.chain(kind);
    let identity = load(&pem_source(&pki, true), None).unwrap();
    assert_eq!(
        identity.chain_subjects().len(),
        3,
        "leaf, intermediate, root"
    );
    let options = ExportOptions {
        signing: Some(Arc::new(identity)),
        ..ExportOptions::default()
    };
    let unsigned =
        export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
    let signed = export::render(Format::Mobileconfig, &jane(), &options).unwrap();
    assert_ne!(signed, unsigned);
    let file = pki.path("signed.mobileconfig");
    std::fs::write(&file, &signed).unwrap();

    let content = pki.openssl_verify(&file, "root.pem").unwrap();
    assert_eq!(
        content, unsigned,
        "OpenSSL's content is the unsigned profile byte for byte"
    );
    assert_profile_for_jane(&content);
    let ours = sign::verify(&signed).unwrap();
    assert_eq!(ours.content, unsigned);
    assert_eq!(ours.certificates.len(), 3);

    // A different root does not verify it.
    pki.root("other", "Another Root", Kind::P256);
    assert!(pki.openssl_verify(&file, "other.pem").is_err());

    let tampered = flip_content_byte(&signed);
    let tampered_file = pki.path("tampered.mobileconfig");
    std::fs::write(&tampered_file, &tampered).unwrap();
    let complaint = pki.openssl_verify(&tampered_file, "root.pem").unwrap_err();
    assert!(
        complaint.contains("Verification failure") || complaint.contains("digest"),
        "{complaint}"
    );
    let ours = sign::verify(&tampered).unwrap_err();
    assert_eq!(
        ours.to_string(),
        "the signed attribute message digest is missing or wrong"
    );
}

#[test]
fn rsa_signed_profile_verifies_with_openssl_and_a_flipped_byte_fails() {
    signs_and_openssl_verifies(Kind::Rsa);
}

#[test]
fn p256_signed_profile_verifies_with_openssl_and_a_flipped_byte_fails() {
    signs_and_openssl_verifies(Kind::P256);
}

#[test]
fn p384_signed_profile_verifies_with_openssl_and_a_flipped_byte_fails() {
    signs_and_openssl_verifies(Kind::P384);
}

#[test]
fn a_flipped_signature_byte_fails_our_check_and_openssls() {
    let pki = Pki::new();
    pki.chain(Kind::P256);
    let identity = load(&pem_source(&pki, true), None).unwrap();
    let signed = sign::sign_profile(b"<plist/>", &identity, SystemTime::now()).unwrap();
    // The signature is the last field: flip a byte near the end.
    let mut tampered = signed.clone();
    let at = tampered.len() - 5;
    tampered[at] ^= 0x40;
    assert_eq!(
        sign::verify(&tampered).unwrap_err().to_string(),
        "the signature does not match the content"
    );
    let file = pki.path("t.der");
    std::fs::write(&file, &tampered).unwrap();
    assert!(pki.openssl_verify(&file, "root.pem").is_err());
}

#[test]
fn trust_preview_says_verified_only_for_a_chain_to_a_trusted_root() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    let now = SystemTime::now();
    // The test root stands in for a well-known root a device trusts.
    let trusted = SigningIdentity::load_with(
        &pem_source(&pki, true),
        None,
        now,
        &anchors(&pki, "root.pem"),
    )
    .unwrap();
    assert_eq!(
        trusted.trust(),
        &Trust::Verified {
            root: "CN=Test Root CA".to_owned()
        }
    );
    assert_eq!(trusted.trust().label(), "Verified");
    // Against Mozilla's public roots, the private test root is not trusted.
    let private = load(&pem_source(&pki, true), None).unwrap();
    assert_eq!(private.trust().label(), "Not Verified");
    assert_eq!(
        private.trust().to_string(),
        "Not Verified: the chain ends in CN=Test Root CA, a private root that is not among the well-known public roots; devices trust it only where it was installed (for example by device management)"
    );
    // A chain file without the root: the device cannot reach a root it knows.
    let source = IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("leaf.key"),
        chain: Some(pki.path("int.pem")),
    };
    let short = load(&source, None).unwrap();
    assert!(!short.trust().is_verified());
    assert!(
        short
            .trust()
            .to_string()
            .contains("whose issuer CN=Test Root CA is neither in the chain")
    );
    // With the test root as a trusted anchor, the same short chain is Verified.
    let anchored =
        SigningIdentity::load_with(&source, None, now, &anchors(&pki, "root.pem")).unwrap();
    assert!(anchored.trust().is_verified());

    // A self-signed signing certificate.
    pki.key("self", Kind::P256);
    pki.self_signed(
        "self",
        "Self Signed Desk",
        SIGNING_EXT
            .replace("authorityKeyIdentifier=keyid\n", "")
            .as_str(),
    );
    let own = load(
        &IdentitySource::Pem {
            cert: pki.path("self.pem"),
            key: pki.path("self.key"),
            chain: None,
        },
        None,
    )
    .unwrap();
    assert_eq!(
        own.trust().to_string(),
        "Not Verified: the certificate CN=Self Signed Desk is self-signed; devices trust it only where it was installed as a trusted root"
    );
    // Debug names the signer and the key kind, never key material.
    let debug = format!("{own:?}");
    assert!(
        debug.contains("Self Signed Desk") && debug.contains("ECDSA P-256"),
        "{debug}"
    );
    let key_pem = std::fs::read_to_string(pki.path("self.key")).unwrap();
    let key_body: String = key_pem.lines().nth(1).unwrap().chars().take(20).collect();
    assert!(!debug.contains(&key_body));
}

#[test]
fn the_bundled_roots_are_mozillas() {
    // Trust is judged against webpki-root-certs: more than a hundred public roots decode.
    let pki = Pki::new();
    pki.chain(Kind::P256);
    let identity = load(&pem_source(&pki, true), None).unwrap();
    assert!(!identity.trust().is_verified());
    assert!(
        TrustAnchors::bundled().len() > 100,
        "{}",
        TrustAnchors::bundled().len()
    );
}

#[test]
fn refuses_a_key_that_does_not_match_the_certificate() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    pki.key("stranger", Kind::Rsa);
    let source = IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("stranger.key"),
        chain: Some(pki.path("int.pem")),
    };
    assert_eq!(
        load_err(&source, None),
        "the private key does not match the certificate O=Example Help Desk,CN=Profile Signing"
    );
}

#[test]
fn refuses_an_expired_or_not_yet_valid_certificate() {
    let pki = Pki::new();
    pki.chain(Kind::P256);
    let source = pem_source(&pki, true);
    let anchors = TrustAnchors::default();
    let later = SystemTime::now() + Duration::from_secs(60 * 24 * 3600);
    let err = SigningIdentity::load_with(&source, None, later, &anchors).unwrap_err();
    assert!(matches!(err, IdentityError::Expired { .. }), "{err}");
    let text = err.to_string();
    assert!(
        text.starts_with("the certificate O=Example Help Desk,CN=Profile Signing expired on 20")
            && text.ends_with("; devices treat profiles signed with it as unsigned"),
        "{text}"
    );
    let earlier = SystemTime::now() - Duration::from_secs(24 * 3600);
    let err = SigningIdentity::load_with(&source, None, earlier, &anchors).unwrap_err();
    assert!(
        err.to_string().starts_with(
            "the certificate O=Example Help Desk,CN=Profile Signing is not valid until 20"
        ),
        "{err}"
    );
    // Within 30 days of the end: signs, with a warning.
    let identity = load(&source, None).unwrap();
    assert!(
        identity.warnings()[0].to_string().contains("expires on"),
        "{:?}",
        identity.warnings()
    );
}

#[test]
fn refuses_certificates_without_a_signing_usage() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    let cases = [
        (
            "basicConstraints=CA:FALSE\nkeyUsage=critical,keyEncipherment\n",
            "the certificate O=Example Help Desk,CN=No Sign does not allow signing: its key usage lacks digitalSignature",
        ),
        (
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=timeStamping,OCSPSigning\n",
            "the certificate O=Example Help Desk,CN=No Sign does not allow signing: its extended key usage allows only time stamping, OCSP signing, not code signing, email protection or TLS",
        ),
    ];
    for (ext, message) in cases {
        pki.issue("nosign", "No Sign", Kind::Rsa, "int", ext);
        let source = IdentitySource::Pem {
            cert: pki.path("nosign.pem"),
            key: pki.path("nosign.key"),
            chain: Some(pki.path("int.pem")),
        };
        assert_eq!(load_err(&source, None), message);
    }
    // The wizard says it in the person's language, the purposes' names too.
    let err = load(
        &IdentitySource::Pem {
            cert: pki.path("nosign.pem"),
            key: pki.path("nosign.key"),
            chain: Some(pki.path("int.pem")),
        },
        None,
    )
    .unwrap_err();
    let german = err.text(icloud_mail_wizard::i18n::Lang::De);
    assert!(
        german.contains("erlaubt nur Zeitstempel, OCSP-Signatur, nicht Codesignierung"),
        "{german}"
    );
    // A TLS server certificate is accepted (many help desks sign with one).
    pki.issue(
        "tls",
        "mail.example.com",
        Kind::P256,
        "int",
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    );
    let source = IdentitySource::Pem {
        cert: pki.path("tls.pem"),
        key: pki.path("tls.key"),
        chain: Some(pki.path("int.pem")),
    };
    assert!(load(&source, None).is_ok());
}

#[test]
fn refuses_a_chain_that_does_not_lead_to_the_issuer() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    // No chain at all: the intermediate that issued the leaf is missing.
    assert_eq!(
        load_err(&pem_source(&pki, false), None),
        "the chain does not lead from O=Example Help Desk,CN=Profile Signing to its issuer O=Example Help Desk,CN=Test Intermediate CA: the issuer's certificate is not in the chain; add it (and any intermediates) to the chain file"
    );
    // A chain with an impostor of the same name (another key).
    pki.root("root2", "Test Root CA", Kind::Rsa);
    pki.issue("int2", "Test Intermediate CA", Kind::Rsa, "root2", CA_EXT);
    let source = IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("leaf.key"),
        chain: Some(pki.path("int2.pem")),
    };
    assert_eq!(
        load_err(&source, None),
        "the chain does not lead from O=Example Help Desk,CN=Profile Signing to its issuer O=Example Help Desk,CN=Test Intermediate CA: the chain has a certificate of that name, but its key did not sign this one"
    );
}

#[test]
fn chain_files_in_any_order_and_the_leaf_file_holding_the_chain() {
    let pki = Pki::new();
    pki.chain(Kind::P384);
    let root = std::fs::read_to_string(pki.path("root.pem")).unwrap();
    let int = std::fs::read_to_string(pki.path("int.pem")).unwrap();
    let leaf = std::fs::read_to_string(pki.path("leaf.pem")).unwrap();
    std::fs::write(pki.path("reversed.pem"), format!("{root}{int}")).unwrap();
    std::fs::write(pki.path("fullchain.pem"), format!("{leaf}{int}{root}")).unwrap();
    for source in [
        IdentitySource::Pem {
            cert: pki.path("leaf.pem"),
            key: pki.path("leaf.key"),
            chain: Some(pki.path("reversed.pem")),
        },
        IdentitySource::Pem {
            cert: pki.path("fullchain.pem"),
            key: pki.path("leaf.key"),
            chain: None,
        },
    ] {
        let identity = load(&source, None).unwrap();
        assert_eq!(
            identity.chain_subjects(),
            [
                "O=Example Help Desk,CN=Profile Signing",
                "O=Example Help Desk,CN=Test Intermediate CA",
                "CN=Test Root CA"
            ]
        );
    }
}

#[test]
fn encrypted_pkcs8_keys_need_the_right_passphrase() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    pki.openssl(&[
        "pkcs8",
        "-topk8",
        "-v2",
        "aes-256-cbc",
        "-in",
        "leaf.key",
        "-out",
        "enc.key",
        "-passout",
        "pass:correct horse",
    ]);
    let source = IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("enc.key"),
        chain: Some(pki.path("int.pem")),
    };
    assert!(load(&source, Some("correct horse")).is_ok());
    let wrong = load_err(&source, Some("battery staple"));
    assert_eq!(
        wrong,
        format!(
            "could not decrypt {}: wrong passphrase, or the file is damaged",
            s(&pki.path("enc.key"))
        )
    );
    assert!(!wrong.contains("battery"));
    assert_eq!(
        load_err(&source, None),
        format!(
            "{} is encrypted and no passphrase was given",
            s(&pki.path("enc.key"))
        )
    );
}

#[test]
fn traditional_rsa_and_ec_keys_load_and_encrypted_ones_say_how_to_convert() {
    for kind in [Kind::Rsa, Kind::P256, Kind::P384] {
        let pki = Pki::new();
        pki.chain(kind);
        let tool = if kind == Kind::Rsa { "rsa" } else { "ec" };
        let mut args = vec![tool, "-in", "leaf.key", "-out", "trad.key"];
        if kind == Kind::Rsa {
            args.push("-traditional");
        }
        pki.openssl(&args);
        let label = std::fs::read_to_string(pki.path("trad.key")).unwrap();
        assert!(
            label.starts_with(if kind == Kind::Rsa {
                "-----BEGIN RSA PRIVATE KEY"
            } else {
                "-----BEGIN EC PRIVATE KEY"
            }),
            "{label}"
        );
        let source = IdentitySource::Pem {
            cert: pki.path("leaf.pem"),
            key: pki.path("trad.key"),
            chain: Some(pki.path("int.pem")),
        };
        let identity = load(&source, None).unwrap();
        sign::sign_profile(b"<plist/>", &identity, SystemTime::now()).unwrap();

        args.extend(["-aes256", "-passout", "pass:pw"]);
        args[4] = "enc-trad.key";
        pki.openssl(&args);
        let source = IdentitySource::Pem {
            cert: pki.path("leaf.pem"),
            key: pki.path("enc-trad.key"),
            chain: Some(pki.path("int.pem")),
        };
        assert_eq!(
            load_err(&source, Some("pw")),
            format!(
                "{} is an encrypted traditional PEM key (DEK-Info), which is not supported; convert it to encrypted PKCS#8 with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in OLD.pem -out NEW.pem",
                s(&pki.path("enc-trad.key"))
            )
        );
    }
}

#[test]
fn small_rsa_and_other_curves_are_refused() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    pki.openssl(&[
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        "rsa_keygen_bits:1024",
        "-out",
        "small.key",
    ]);
    pki.issue_for_key("small", "Small", "int", SIGNING_EXT);
    let source = IdentitySource::Pem {
        cert: pki.path("small.pem"),
        key: pki.path("small.key"),
        chain: Some(pki.path("int.pem")),
    };
    assert_eq!(
        load_err(&source, None),
        format!(
            "the key in {} is RSA of 1024 bits; supported: RSA of 2048 bits or more, ECDSA P-256 or P-384",
            s(&pki.path("small.key"))
        )
    );
    pki.openssl(&["genpkey", "-algorithm", "ED25519", "-out", "ed.key"]);
    let source = IdentitySource::Pem {
        cert: pki.path("leaf.pem"),
        key: pki.path("ed.key"),
        chain: None,
    };
    assert!(
        load_err(&source, None).contains("is a Ed25519 key; supported"),
        "{}",
        load_err(&source, None)
    );
}

/// PKCS#12 as OpenSSL 3 writes it by default, and legacy (`-legacy`: RC2-40 for the
/// certificates, 3DES for the key, as Keychain Access exports).
fn pkcs12(pki: &Pki, name: &str, legacy: bool) -> PathBuf {
    let file = format!("{name}.p12");
    let mut args = vec![
        "pkcs12",
        "-export",
        "-inkey",
        "leaf.key",
        "-in",
        "leaf.pem",
        "-certfile",
        "int.pem",
        "-passout",
        "pass:p12 secret",
        "-out",
        &file,
    ];
    if legacy {
        args.push("-legacy");
    }
    pki.openssl(&args);
    pki.path(&file)
}

#[test]
fn pkcs12_default_and_legacy_both_load_and_sign() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    for legacy in [false, true] {
        let file = pkcs12(&pki, if legacy { "legacy" } else { "default" }, legacy);
        let info = std::process::Command::new("openssl")
            .args([
                "pkcs12",
                "-info",
                "-noout",
                "-passin",
                "pass:p12 secret",
                "-in",
            ])
            .arg(&file)
            .args(if legacy { &["-legacy"][..] } else { &[][..] })
            .output()
            .unwrap();
        let info = String::from_utf8_lossy(&info.stderr);
        assert!(
            info.contains(if legacy {
                "pbeWithSHA1And40BitRC2-CBC"
            } else {
                "AES-256-CBC"
            }),
            "{info}"
        );
        let source = IdentitySource::Pkcs12(file.clone());
        let identity = load(&source, Some("p12 secret")).unwrap();
        assert_eq!(
            identity.chain_subjects().len(),
            2,
            "leaf and intermediate from the file"
        );
        let signed = sign::sign_profile(b"<plist/>", &identity, SystemTime::now()).unwrap();
        let out = pki.path("p12.der");
        std::fs::write(&out, signed).unwrap();
        assert_eq!(pki.openssl_verify(&out, "root.pem").unwrap(), b"<plist/>");
        assert_eq!(
            load_err(&source, Some("wrong")),
            format!(
                "could not decrypt {}: wrong passphrase, or the file is damaged",
                s(&file)
            )
        );
        assert_eq!(
            load_err(&source, None),
            format!("{} is encrypted and no passphrase was given", s(&file))
        );
    }
}

fn run_cli(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut cmd = bin();
    cmd.args(args)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

#[test]
fn cli_export_signs_the_profile_with_pem_files() {
    let pki = Pki::new();
    pki.chain(Kind::P256);
    let out = pki.path("out");
    let o = run(&[
        "export",
        "--email",
        "jane.doe@icloud.com",
        "--name",
        "Jane Doe",
        "--format",
        "mobileconfig,thunderbird",
        "--sign-cert",
        s(&pki.path("leaf.pem")),
        "--sign-key",
        s(&pki.path("leaf.key")),
        "--sign-chain",
        s(&pki.path("int.pem")),
        "--out",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("signing as O=Example Help Desk,CN=Profile Signing (ECDSA P-256)"),
        "{err}"
    );
    assert!(err.contains("warning: devices will show the profile as Not Verified: the chain ends at O=Example Help Desk,CN=Test Intermediate CA, whose issuer CN=Test Root CA is neither in the chain nor a well-known public root"), "{err}");
    let profile = out.join("jane.doe@icloud.com.mobileconfig");
    let content = pki.openssl_verify(&profile, "root.pem").unwrap();
    let unsigned =
        export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
    assert_eq!(content, unsigned);
    // Only the profile is signed.
    let xml = std::fs::read_to_string(out.join("icloud.com.xml")).unwrap();
    assert!(xml.starts_with("<?xml"));
}

#[test]
fn cli_export_signs_with_pkcs12_and_a_passphrase_from_env_or_stdin() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    let p12 = pkcs12(&pki, "legacy", true);
    let out = pki.path("env");
    let args = |out: &Path, how: &[&'static str]| {
        let mut v: Vec<String> = [
            "export",
            "--email",
            "jane.doe@icloud.com",
            "--name",
            "Jane Doe",
            "--format",
            "mobileconfig",
            "--sign-p12",
        ]
        .map(str::to_owned)
        .to_vec();
        v.push(s(&p12).to_owned());
        v.extend(how.iter().map(|h| (*h).to_owned()));
        v.extend(["--out".to_owned(), s(out).to_owned()]);
        v
    };
    let a = args(&out, &["--sign-passphrase-env", "HELPDESK_P12_PASS"]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = run_cli(&a, &[("HELPDESK_P12_PASS", "p12 secret")], None);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    pki.openssl_verify(&out.join("jane.doe@icloud.com.mobileconfig"), "root.pem")
        .unwrap();

    let out = pki.path("stdin");
    let a = args(&out, &["--sign-passphrase-stdin"]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = run_cli(&a, &[], Some("p12 secret\n"));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let content = pki
        .openssl_verify(&out.join("jane.doe@icloud.com.mobileconfig"), "root.pem")
        .unwrap();
    assert_profile_for_jane(&content);

    // A wrong passphrase: one line, exit 2, no file, and the passphrase appears nowhere.
    let out = pki.path("wrong");
    let o = run_cli(
        &a.iter()
            .map(|x| {
                if *x == s(&pki.path("stdin")) {
                    s(&out)
                } else {
                    x
                }
            })
            .collect::<Vec<_>>(),
        &[],
        Some("hunter2-wrong\n"),
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(
        err,
        format!(
            "error: could not decrypt {}: wrong passphrase, or the file is damaged\n",
            s(&p12)
        )
    );
    assert!(!err.contains("hunter2") && o.stdout.is_empty());
    assert!(!out.exists(), "no file written");

    // No passphrase given: says how to give one.
    let a = args(&pki.path("none"), &[]);
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let o = run(&a);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        format!(
            "error: {} is encrypted and no passphrase was given; give it with --sign-passphrase-env NAME or --sign-passphrase-stdin\n",
            s(&p12)
        )
    );
}

#[test]
fn cli_refusals_are_one_line_and_write_nothing() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    pki.key("stranger", Kind::Rsa);
    let out = pki.path("out");
    let o = run(&[
        "export",
        "--email",
        "jane.doe@icloud.com",
        "--sign-cert",
        s(&pki.path("leaf.pem")),
        "--sign-key",
        s(&pki.path("stranger.key")),
        "--sign-chain",
        s(&pki.path("int.pem")),
        "--out",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: the private key does not match the certificate O=Example Help Desk,CN=Profile Signing\n"
    );
    assert!(!out.exists());
    // Signing without an Apple profile.
    let o = run(&[
        "export",
        "--email",
        "jane.doe@icloud.com",
        "--format",
        "thunderbird",
        "--sign-cert",
        s(&pki.path("leaf.pem")),
        "--sign-key",
        s(&pki.path("leaf.key")),
        "--out",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("signing applies to the Apple profile only"),
        "{}",
        stderr(&o)
    );
    // A passphrase variable that is not set.
    let o = run_cli(
        &[
            "export",
            "--email",
            "jane.doe@icloud.com",
            "--sign-p12",
            s(&pki.path("x.p12")),
            "--sign-passphrase-env",
            "NO_SUCH_VAR_FOR_TEST",
            "--out",
            s(&out),
        ],
        &[],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "error: the environment variable NO_SUCH_VAR_FOR_TEST named by --sign-passphrase-env is not set\n"
    );
    // Both stdin readers at once.
    let o = run(&[
        "export",
        "--email",
        "jane.doe@icloud.com",
        "--include-password",
        "--password-stdin",
        "--sign-p12",
        s(&pki.path("x.p12")),
        "--sign-passphrase-stdin",
        "--out",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("both read standard input"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn cli_signed_profile_with_a_password_warns_that_signing_does_not_encrypt() {
    let pki = Pki::new();
    pki.chain(Kind::P256);
    let out = pki.path("out");
    let o = run_cli(
        &[
            "export",
            "--email",
            "jane.doe@icloud.com",
            "--format",
            "mobileconfig",
            "--include-password",
            "--password-stdin",
            "--sign-cert",
            s(&pki.path("leaf.pem")),
            "--sign-key",
            s(&pki.path("leaf.key")),
            "--sign-chain",
            s(&pki.path("int.pem")),
            "--out",
            s(&out),
        ],
        &[],
        Some("abcd-efgh-ijkl-mnop\n"),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("warning: the Apple profile will contain your app-specific password"),
        "{err}"
    );
    assert!(err.contains("warning: signing does not encrypt"), "{err}");
    let content = pki
        .openssl_verify(&out.join("jane.doe@icloud.com.mobileconfig"), "root.pem")
        .unwrap();
    assert!(
        String::from_utf8(content)
            .unwrap()
            .contains("abcd-efgh-ijkl-mnop")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(out.join("jane.doe@icloud.com.mobileconfig"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn cli_batch_signs_every_profile_with_one_identity() {
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    pki.openssl(&[
        "pkcs8",
        "-topk8",
        "-v2",
        "aes-256-cbc",
        "-in",
        "leaf.key",
        "-out",
        "enc.key",
        "-passout",
        "pass:batch pass",
    ]);
    let csv = pki.path("staff.csv");
    std::fs::write(&csv, "email,name,login\nann@icloud.com,Ann,\nbob@example.com,Bob,bob@icloud.com\nnot-an-address,X,\n").unwrap();
    let out = pki.path("out");
    let o = run_cli(
        &[
            "batch",
            "--csv",
            s(&csv),
            "--out",
            s(&out),
            "--sign-cert",
            s(&pki.path("leaf.pem")),
            "--sign-key",
            s(&pki.path("enc.key")),
            "--sign-chain",
            s(&pki.path("int.pem")),
            "--sign-passphrase-stdin",
        ],
        &[],
        Some("batch pass\n"),
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "the bad row fails: {}",
        stderr(&o)
    );
    let err = stderr(&o);
    assert_eq!(err.matches("signing as").count(), 1, "loaded once: {err}");
    assert!(err.contains("2 accounts exported, 1 row failed"), "{err}");
    for (folder, email) in [
        ("ann@icloud.com", "ann@icloud.com"),
        ("bob@example.com", "bob@example.com"),
    ] {
        let dir = out.join(folder);
        // Every file of the account is there; only the profile is signed.
        let names: Vec<String> = files_in(&dir)
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.contains(&format!("{email}.mobileconfig")),
            "{names:?}"
        );
        assert!(names.len() >= 3, "{names:?}");
        let content = pki
            .openssl_verify(&dir.join(format!("{email}.mobileconfig")), "root.pem")
            .unwrap();
        let top = plist::Value::from_reader_xml(content.as_slice())
            .unwrap()
            .into_dictionary()
            .unwrap();
        let mail = top["PayloadContent"].as_array().unwrap()[0]
            .as_dictionary()
            .unwrap();
        assert_eq!(mail["EmailAddress"].as_string(), Some(email));
    }
    // A wrong passphrase stops the batch before any row.
    let out2 = pki.path("out2");
    let o = run_cli(
        &[
            "batch",
            "--csv",
            s(&csv),
            "--out",
            s(&out2),
            "--sign-cert",
            s(&pki.path("leaf.pem")),
            "--sign-key",
            s(&pki.path("enc.key")),
            "--sign-chain",
            s(&pki.path("int.pem")),
            "--sign-passphrase-env",
            "BATCH_PASS",
        ],
        &[("BATCH_PASS", "nope")],
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
    assert!(!out2.exists());
}

#[test]
fn cli_serve_serves_the_signed_profile_and_refuses_a_bad_identity_before_listening() {
    use std::io::{BufRead as _, Read as _};
    const SAFARI_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    let pki = Pki::new();
    pki.chain(Kind::Rsa);
    let mut child = bin()
        .args([
            "serve",
            "--email",
            "jane.doe@icloud.com",
            "--name",
            "Jane Doe",
            "--bind",
            "127.0.0.1",
            "--minutes",
            "1",
            "--sign-cert",
            s(&pki.path("leaf.pem")),
            "--sign-key",
            s(&pki.path("leaf.key")),
            "--sign-chain",
            s(&pki.path("int.pem")),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut url = String::new();
    stdout.read_line(&mut url).unwrap();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    // A real HTTP client, as Safari on an iPhone.
    let file = pki.path("served.mobileconfig");
    let curl = std::process::Command::new("curl")
        .args(["--silent", "--fail", "--max-time", "10", "--user-agent"])
        .arg(SAFARI_IPHONE)
        .arg("--output")
        .arg(&file)
        .arg(url.trim_end())
        .status()
        .unwrap();
    assert!(curl.success());
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(
        err.contains("signing as O=Example Help Desk,CN=Profile Signing (RSA 2048)"),
        "{err}"
    );
    assert!(!err.contains("Not Signed"), "{err}");
    let content = pki.openssl_verify(&file, "root.pem").unwrap();
    let unsigned =
        export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
    assert_eq!(content, unsigned);

    // The key of another certificate: one line, exit 2, and no URL (nothing listened).
    let other = pki.key("other", Kind::Rsa);
    let o = run(&[
        "serve",
        "--email",
        "jane.doe@icloud.com",
        "--bind",
        "127.0.0.1",
        "--minutes",
        "0.01",
        "--sign-cert",
        s(&pki.path("leaf.pem")),
        "--sign-key",
        s(&other),
    ]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("does not match"), "{err}");
}
