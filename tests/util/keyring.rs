//! A private, real Secret Service for one test: its own D-Bus session bus and gnome-keyring.
//!
//! The test process's own environment is never changed (Rust 2024 makes `set_var` unsafe and
//! the crate forbids unsafe code); instead every child started through [`Keyring::command`]
//! gets the bus address and a throwaway home folder. Nothing reaches the person's own keyring.
//! A missing tool fails the test with a message saying to run `scripts/install-test-deps.sh`.

use std::ffi::OsString;
use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Output, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// The password that unlocks the throwaway login keyring.
const UNLOCK_PASSWORD: &str = "throwaway-test-keyring";

/// How long to wait for gnome-keyring to take its name on the bus.
const READY_TIMEOUT: Duration = Duration::from_secs(15);

/// A running dbus-daemon and gnome-keyring-daemon, killed when dropped.
pub struct Keyring {
    dir: TempDir,
    bus: Child,
    daemon: Option<Child>,
    address: String,
    /// How long starting took.
    pub startup: Duration,
}

/// How gnome-keyring should start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    /// Unlocked with a throwaway password (creates the login collection on first start).
    Unlocked,
    /// Without an unlock password: the login collection stays locked (or does not exist).
    Locked,
    /// Not at all: a session bus on which nothing provides the Secret Service.
    NoDaemon,
}

/// Spawns `cmd`, failing the test with install advice when the program is missing.
fn spawn(cmd: &mut Command) -> Child {
    cmd.spawn().unwrap_or_else(|e| {
        panic!(
            "could not start {:?} ({e}); the keyring tests need gnome-keyring, libsecret-tools and dbus: run scripts/install-test-deps.sh",
            cmd.get_program()
        )
    })
}

fn output(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| {
        panic!(
            "could not run {:?} ({e}); the keyring tests need gnome-keyring, libsecret-tools and dbus: run scripts/install-test-deps.sh",
            cmd.get_program()
        )
    })
}

impl Keyring {
    /// A bus with an unlocked gnome-keyring on it.
    pub fn start() -> Self {
        Self::start_with(Start::Unlocked)
    }

    /// A bus, with gnome-keyring started as `how`.
    pub fn start_with(how: Start) -> Self {
        super::require(
            &["dbus-daemon", "gnome-keyring-daemon", "secret-tool"],
            "the keyring tests",
        );
        let t0 = Instant::now();
        let dir = tempfile::Builder::new()
            .prefix("kr")
            .tempdir()
            .expect("temp dir");
        for sub in [
            "home",
            "run",
            "home/.local/share",
            "home/.config",
            "home/.cache",
        ] {
            std::fs::create_dir_all(dir.path().join(sub)).expect("create dir");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(
                dir.path().join("run"),
                std::fs::Permissions::from_mode(0o700),
            )
            .expect("chmod run dir");
        }
        // A session bus of our own, without service activation: if gnome-keyring is not up,
        // calls fail instead of starting another daemon behind our back.
        let config = dir.path().join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#,
                dir.path().join("run").display()
            ),
        )
        .expect("write bus config");
        let mut bus = spawn(
            Command::new("dbus-daemon")
                .arg(format!("--config-file={}", config.display()))
                .args(["--nofork", "--print-address=1"])
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null()),
        );
        let address = read_address(bus.stdout.take().expect("piped stdout"));
        assert!(
            address.starts_with("unix:"),
            "dbus-daemon printed no address: {address:?}"
        );
        let mut keyring = Self {
            dir,
            bus,
            daemon: None,
            address,
            startup: Duration::ZERO,
        };
        if how != Start::NoDaemon {
            keyring.start_daemon(how == Start::Unlocked);
        }
        keyring.startup = t0.elapsed();
        keyring
    }

    /// Stops gnome-keyring and starts it again without unlocking: the login collection it made
    /// before is now locked, and no prompt can open it (there is no prompter on this bus).
    pub fn restart_locked(&mut self) {
        self.stop_daemon();
        self.start_daemon(false);
    }

    fn start_daemon(&mut self, unlock: bool) {
        let mut cmd = self.command("gnome-keyring-daemon");
        cmd.args(["--foreground", "--components=secrets"])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if unlock {
            cmd.arg("--unlock").stdin(Stdio::piped());
        } else {
            cmd.stdin(Stdio::null());
        }
        let mut daemon = spawn(&mut cmd);
        if let Some(mut stdin) = daemon.stdin.take() {
            stdin
                .write_all(UNLOCK_PASSWORD.as_bytes())
                .expect("unlock password to gnome-keyring");
        }
        self.daemon = Some(daemon);
        self.wait_for_secret_service();
    }

    fn stop_daemon(&mut self) {
        if let Some(mut daemon) = self.daemon.take() {
            let _ = daemon.kill();
            let _ = daemon.wait();
        }
        // The name is released when the daemon's connection closes; wait for that.
        let deadline = Instant::now() + READY_TIMEOUT;
        while self.secret_service_running() {
            assert!(Instant::now() < deadline, "gnome-keyring did not stop");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn secret_service_running(&self) -> bool {
        let out = output(self.command("dbus-send").args([
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.secrets",
        ]));
        String::from_utf8_lossy(&out.stdout).contains("boolean true")
    }

    fn wait_for_secret_service(&mut self) {
        let deadline = Instant::now() + READY_TIMEOUT;
        while !self.secret_service_running() {
            if let Some(daemon) = &mut self.daemon
                && let Ok(Some(status)) = daemon.try_wait()
            {
                panic!(
                    "gnome-keyring-daemon exited at start ({status}); run scripts/install-test-deps.sh"
                );
            }
            assert!(
                Instant::now() < deadline,
                "gnome-keyring did not appear on the test bus within {READY_TIMEOUT:?}"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// The throwaway folder holding the home folder and the bus socket.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// The throwaway home folder the children see.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// The environment every child gets: the private bus and the throwaway home.
    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        let home = self.home();
        vec![
            ("DBUS_SESSION_BUS_ADDRESS", self.address.clone().into()),
            ("HOME", home.clone().into()),
            ("XDG_RUNTIME_DIR", self.dir.path().join("run").into()),
            ("XDG_DATA_HOME", home.join(".local/share").into()),
            ("XDG_CONFIG_HOME", home.join(".config").into()),
            ("XDG_CACHE_HOME", home.join(".cache").into()),
        ]
    }

    /// `program` with the private environment, and no display to show prompts on.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut cmd = Command::new(program);
        cmd.envs(self.env())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("GNOME_KEYRING_CONTROL");
        cmd
    }

    /// The binary under test, on the private bus.
    pub fn bin(&self) -> Command {
        self.command(env!("CARGO_BIN_EXE_icloud-mail-wizard"))
    }

    /// Runs `secret-tool` (libsecret's own client, independent of the code under test).
    pub fn secret_tool(&self, args: &[&str]) -> Output {
        output(self.command("secret-tool").args(args).stdin(Stdio::null()))
    }

    /// What `secret-tool lookup service SERVICE username ACCOUNT` finds, if anything.
    pub fn lookup(&self, service: &str, account: &str) -> Option<String> {
        let out = self.secret_tool(&["lookup", "service", service, "username", account]);
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// What `secret-tool search --all service SERVICE` lists.
    pub fn search(&self, service: &str) -> Search {
        let out = self.secret_tool(&["search", "--all", "service", service]);
        // secret-tool prints "[/path]", label, secret and dates on stdout, and the attributes as
        // "attribute.NAME = VALUE" on stderr.
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        Search {
            items: stdout.lines().filter(|l| l.starts_with("[/")).count(),
            secrets: stdout
                .lines()
                .filter_map(|l| l.strip_prefix("secret = "))
                .map(str::to_owned)
                .collect(),
            attributes: stderr
                .lines()
                .filter_map(|l| l.strip_prefix("attribute."))
                .filter_map(|l| l.split_once(" = "))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        }
    }
}

/// The answer of `secret-tool search --all`.
#[derive(Debug, Default)]
pub struct Search {
    /// How many items were found.
    pub items: usize,
    /// Their secrets.
    pub secrets: Vec<String>,
    /// All their attributes, as (name, value).
    pub attributes: Vec<(String, String)>,
}

impl Search {
    /// Whether some item has attribute `name` equal to `value`.
    pub fn has(&self, name: &str, value: &str) -> bool {
        self.attributes.iter().any(|(k, v)| k == name && v == value)
    }
}

/// Runs `cmd` with `input` on standard input.
pub fn run_with_stdin(cmd: &mut Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    {
        let mut stdin = child.stdin.take().expect("piped stdin");
        // The program may exit before reading (a usage error): a broken pipe is fine then.
        let _ = stdin.write_all(input.as_bytes());
    }
    child.wait_with_output().expect("the binary finishes")
}

fn read_address(stdout: ChildStdout) -> String {
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the bus address");
    line.trim().to_owned()
}

impl Drop for Keyring {
    fn drop(&mut self) {
        if let Some(mut daemon) = self.daemon.take() {
            let _ = daemon.kill();
            let _ = daemon.wait();
        }
        let _ = self.bus.kill();
        let _ = self.bus.wait();
    }
}
