//! Test certificates made with the real `openssl` command line: roots, intermediates and
//! signing certificates with RSA, P-256 or P-384 keys, in a temporary folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A key type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// RSA 2048.
    Rsa,
    /// ECDSA P-256.
    P256,
    /// ECDSA P-384.
    P384,
}

/// Extensions for a CA certificate.
pub const CA_EXT: &str = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n";
/// Extensions for a signing certificate. `openssl cms -verify` checks the S/MIME purpose by
/// default, so the certificate allows email protection besides code signing.
pub const SIGNING_EXT: &str = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning,emailProtection\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n";

/// The part of an `openssl req` configuration that `-subj` needs.
const REQ_CONFIG: &str = "[req]\ndistinguished_name=dn\n[dn]\n";

/// A folder of keys and certificates made by `openssl`.
pub struct Pki {
    dir: tempfile::TempDir,
    serial: std::cell::Cell<u32>,
}

impl Pki {
    /// An empty folder.
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
            serial: std::cell::Cell::new(1000),
        }
    }

    /// `name` inside the folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Runs `openssl args` in the folder and panics with its output when it fails.
    pub fn openssl(&self, args: &[&str]) {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .output()
            .expect("openssl runs");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// A new unencrypted PKCS#8 key `NAME.key`.
    pub fn key(&self, name: &str, kind: Kind) -> PathBuf {
        let file = format!("{name}.key");
        let mut args = vec!["genpkey", "-out", &file, "-algorithm"];
        match kind {
            Kind::Rsa => args.extend(["RSA", "-pkeyopt", "rsa_keygen_bits:2048"]),
            Kind::P256 => args.extend(["EC", "-pkeyopt", "ec_paramgen_curve:P-256"]),
            Kind::P384 => args.extend(["EC", "-pkeyopt", "ec_paramgen_curve:P-384"]),
        }
        self.openssl(&args);
        self.path(&file)
    }

    /// A self-signed CA certificate `NAME.pem` with a new key `NAME.key`.
    pub fn root(&self, name: &str, cn: &str, kind: Kind) -> PathBuf {
        self.key(name, kind);
        self.self_signed(name, cn, CA_EXT)
    }

    /// A self-signed certificate `NAME.pem` for the existing key `NAME.key`, with `ext`.
    pub fn self_signed(&self, name: &str, cn: &str, ext: &str) -> PathBuf {
        let ext_file = format!("{name}.ext");
        std::fs::write(self.path(&ext_file), format!("{REQ_CONFIG}[v3]\n{ext}"))
            .expect("write ext");
        let (key, pem, subj) = (
            format!("{name}.key"),
            format!("{name}.pem"),
            format!("/CN={cn}"),
        );
        self.openssl(&[
            "req",
            "-x509",
            "-new",
            "-key",
            &key,
            "-out",
            &pem,
            "-days",
            "30",
            "-subj",
            &subj,
            "-config",
            &ext_file,
            "-extensions",
            "v3",
        ]);
        self.path(&pem)
    }

    /// A certificate `NAME.pem` with a new key `NAME.key`, issued by `issuer` (`ISSUER.pem`,
    /// `ISSUER.key`) with extensions `ext`, valid for `days`.
    pub fn issue(&self, name: &str, cn: &str, kind: Kind, issuer: &str, ext: &str) -> PathBuf {
        self.key(name, kind);
        self.issue_for_key(name, cn, issuer, ext)
    }

    /// Like [`Pki::issue`] for the existing key `NAME.key`.
    pub fn issue_for_key(&self, name: &str, cn: &str, issuer: &str, ext: &str) -> PathBuf {
        let ext_file = format!("{name}.ext");
        std::fs::write(self.path(&ext_file), format!("{REQ_CONFIG}[v3]\n{ext}"))
            .expect("write ext");
        let (key, csr, pem) = (
            format!("{name}.key"),
            format!("{name}.csr"),
            format!("{name}.pem"),
        );
        let subj = format!("/CN={cn}/O=Example Help Desk");
        self.openssl(&[
            "req", "-new", "-key", &key, "-out", &csr, "-subj", &subj, "-config", &ext_file,
        ]);
        let serial = self.serial.get() + 1;
        self.serial.set(serial);
        let (ca, ca_key, serial) = (
            format!("{issuer}.pem"),
            format!("{issuer}.key"),
            serial.to_string(),
        );
        self.openssl(&[
            "x509",
            "-req",
            "-in",
            &csr,
            "-CA",
            &ca,
            "-CAkey",
            &ca_key,
            "-set_serial",
            &serial,
            "-out",
            &pem,
            "-days",
            "20",
            "-sha256",
            "-extfile",
            &ext_file,
            "-extensions",
            "v3",
        ]);
        self.path(&pem)
    }

    /// A root `root`, an intermediate `int` and a signing certificate `leaf`, the leaf's key of
    /// `kind` (the CAs' keys of the other family, so both are exercised); `int-root.pem` holds
    /// the intermediate and the root.
    pub fn chain(&self, kind: Kind) {
        let ca_kind = if kind == Kind::Rsa {
            Kind::P256
        } else {
            Kind::Rsa
        };
        self.root("root", "Test Root CA", ca_kind);
        self.issue("int", "Test Intermediate CA", ca_kind, "root", CA_EXT);
        self.issue("leaf", "Profile Signing", kind, "int", SIGNING_EXT);
        let int = std::fs::read_to_string(self.path("int.pem")).expect("int.pem");
        let root = std::fs::read_to_string(self.path("root.pem")).expect("root.pem");
        std::fs::write(self.path("int-root.pem"), format!("{int}{root}")).expect("int-root.pem");
    }

    /// Verifies `signed` (DER CMS) with `openssl cms -verify` against `root.pem`; the content
    /// it outputs, or openssl's complaint.
    pub fn openssl_verify(&self, signed: &Path, root: &str) -> Result<Vec<u8>, String> {
        let out_file = self.path("verified.out");
        let _ = std::fs::remove_file(&out_file);
        let out = Command::new("openssl")
            .args(["cms", "-verify", "-inform", "DER", "-in"])
            .arg(signed)
            .arg("-CAfile")
            .arg(self.path(root))
            .arg("-out")
            .arg(&out_file)
            .stdin(Stdio::null())
            .output()
            .expect("openssl runs");
        if out.status.success() {
            Ok(std::fs::read(&out_file).expect("openssl wrote the content"))
        } else {
            Err(String::from_utf8_lossy(&out.stderr).into_owned())
        }
    }
}
