//! `serve`: the profile once over HTTP, tested with real HTTP requests on loopback only.
#![allow(
    clippy::unwrap_used,
    reason = "in tests a failed unwrap is a failed test"
)]

mod util;

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use icloud_mail_wizard::export::{self, ExportOptions, Format};
use icloud_mail_wizard::i18n::Lang;
use icloud_mail_wizard::serve::{self, Offer, ServeConfig, ServeEvent, ServeHandle, ServeStatus};
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};

const SAFARI_IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
const FIREFOX_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.1 Mobile/15E148 Safari/605.1.15";
const FIREFOX_DESKTOP: &str =
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const DUCKDUCKGO_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15";
const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
const CHROME_WINDOWS: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
const CHROME_ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";

fn jane() -> AccountSettings {
    AccountInput {
        email: "jane.doe@icloud.com",
        name: Some("Jane Doe"),
        ..Default::default()
    }
    .parse()
    .unwrap()
}

fn config(ip: &str) -> ServeConfig {
    let mut config = ServeConfig::new(ip.parse().unwrap());
    config.lifetime = Duration::from_secs(20);
    config.linger = Duration::from_millis(500);
    config
}

/// Starts a server for Jane's profile; events arrive on the receiver.
fn start(config: &ServeConfig) -> (ServeHandle, mpsc::Receiver<ServeEvent>) {
    let offer = Offer::profile(&jane(), &ExportOptions::default()).unwrap();
    let (tx, rx) = mpsc::sync_channel(64);
    let handle = serve::start(offer, config, move |e| {
        let _ = tx.try_send(e.clone());
    })
    .unwrap();
    (handle, rx)
}

/// The path part of the URL (`/TOKEN`).
fn path_of(handle: &ServeHandle) -> String {
    let url = handle.url();
    let after_scheme = url.strip_prefix("http://").unwrap();
    after_scheme[after_scheme.find('/').unwrap()..].to_owned()
}

#[derive(Debug)]
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request with `Connection: close`, read to the end.
fn request(addr: SocketAddr, method: &str, path: &str, user_agent: Option<&str>) -> Reply {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let agent = user_agent
        .map(|ua| format!("User-Agent: {ua}\r\n"))
        .unwrap_or_default();
    let head =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{agent}\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    read_reply(stream)
}

fn read_reply(stream: TcpStream) -> Reply {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let status: u16 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (n, v) = l.split_once(':').unwrap();
        headers.push((n.trim().to_owned(), v.trim().to_owned()));
    }
    let mut body = Vec::new();
    reader.read_to_end(&mut body).unwrap();
    Reply {
        status,
        headers,
        body,
    }
}

fn get(addr: SocketAddr, path: &str, user_agent: &str) -> Reply {
    request(addr, "GET", path, Some(user_agent))
}

#[test]
fn iphone_safari_gets_the_saved_profile_once_then_410() {
    for ip in ["127.0.0.1", "::1"] {
        let (handle, events) = start(&config(ip));
        let addr = handle.local_addr();
        assert_eq!(
            addr.ip().to_string(),
            ip,
            "listens only on the address shown"
        );
        assert!(
            handle.url().starts_with(&format!("http://{addr}/")),
            "{}",
            handle.url()
        );
        let path = path_of(&handle);
        assert!(
            path.len() > 22,
            "128 bits of token in base64 are 22 characters: {path}"
        );

        let started = Instant::now();
        let reply = get(addr, &path, SAFARI_IPHONE);
        let took = started.elapsed();
        eprintln!(
            "{ip}: request to last byte of {} bytes in {took:?}",
            reply.body.len()
        );
        assert_eq!(reply.status, 200);
        assert_eq!(
            reply.header("Content-Type"),
            Some("application/x-apple-aspen-config")
        );
        assert_eq!(
            reply.header("Content-Disposition"),
            Some("attachment; filename=\"jane.doe@icloud.com.mobileconfig\"")
        );
        assert!(reply.header("Cache-Control").unwrap().contains("no-store"));
        let saved =
            export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
        assert_eq!(reply.body, saved, "byte for byte the saved profile");
        let plist = plist::Value::from_reader_xml(&reply.body[..]).unwrap();
        assert!(
            plist
                .as_dictionary()
                .unwrap()
                .contains_key("PayloadContent")
        );
        assert!(!String::from_utf8_lossy(&reply.body).contains("<key>IncomingPassword</key>"));

        match events.recv_timeout(Duration::from_secs(5)).unwrap() {
            ServeEvent::Served(client) => {
                assert_eq!(client.user_agent, SAFARI_IPHONE);
                assert_eq!(client.peer.unwrap().ip(), addr.ip());
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(handle.status(), ServeStatus::Served(_)));
        // The token is dead: 410 while the server lingers, 404 for anything else.
        assert_eq!(get(addr, &path, SAFARI_IPHONE).status, 410);
        assert_eq!(get(addr, "/other", SAFARI_IPHONE).status, 404);
        assert!(matches!(handle.wait(), ServeStatus::Served(_)));
        assert!(stops_listening(addr), "stopped");
    }
}

#[test]
fn browsers_that_cannot_install_get_the_page_and_keep_the_token() {
    let (handle, events) = start(&config("::1"));
    let (addr, path) = (handle.local_addr(), path_of(&handle));
    for ua in [FIREFOX_IOS, FIREFOX_DESKTOP, DUCKDUCKGO_IOS, CHROME_ANDROID] {
        let reply = get(addr, &path, ua);
        assert_eq!(reply.status, 200, "{ua}");
        assert_eq!(
            reply.header("Content-Type"),
            Some("text/html; charset=utf-8")
        );
        assert!(String::from_utf8_lossy(&reply.body).contains("Open this link in Safari"));
        assert_eq!(handle.status(), ServeStatus::Waiting, "{ua}");
        match events.recv_timeout(Duration::from_secs(5)).unwrap() {
            ServeEvent::WrongBrowser(client) => assert_eq!(client.user_agent, ua),
            other => panic!("{other:?}"),
        }
    }
    // HEAD does not use the token either; POST is not allowed.
    let head = request(addr, "HEAD", &path, Some(SAFARI_IPHONE));
    assert_eq!((head.status, head.body.len()), (200, 0));
    assert_eq!(
        request(addr, "POST", &path, Some(SAFARI_IPHONE)).status,
        405
    );
    assert_eq!(handle.status(), ServeStatus::Waiting);
    assert_eq!(get(addr, &path, SAFARI_IPHONE).status, 200);
}

/// `curl` as the phone's browser: the status and the body.
fn curl(url: &str, user_agent: &str) -> (u16, String) {
    let out = std::process::Command::new("curl")
        .args([
            "--silent",
            "--max-time",
            "10",
            "--write-out",
            "\n%{http_code}",
        ])
        .args(["--user-agent", user_agent, url])
        .output()
        .unwrap();
    assert!(out.status.success(), "curl: {out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let (body, status) = text.rsplit_once('\n').unwrap();
    (status.parse().unwrap(), body.to_owned())
}

#[test]
fn a_german_offer_speaks_german_to_the_phone() {
    let options = ExportOptions {
        lang: Lang::De,
        ..ExportOptions::default()
    };
    let offer = Offer::profile(&jane(), &options).unwrap();
    assert_eq!(offer.lang, Lang::De);
    let handle = serve::start(offer, &config("127.0.0.1"), |_| {}).unwrap();
    let url = handle.url().to_owned();

    let (status, page) = curl(&url, FIREFOX_IOS);
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"de\">"), "{page}");
    assert!(
        page.contains("<title>Öffne diesen Link in Safari</title>"),
        "{page}"
    );
    assert!(page.contains("Kopiere die Adresse dieser Seite"), "{page}");
    assert!(!page.contains("Open this link"), "{page}");

    let (status, missing) = curl(&format!("{url}x"), SAFARI_IPHONE);
    assert_eq!((status, missing.as_str()), (404, "Nicht gefunden\n"));
    let (status, profile) = curl(&url, SAFARI_IPHONE);
    assert_eq!(status, 200);
    assert!(
        profile.contains("<string>iCloud-Mail-Einstellungen für jane.doe@icloud.com (ohne Passwort; Mail fragt nach dem app-spezifischen Passwort)</string>"),
        "{profile}"
    );
    assert!(profile.contains("<string>imap.mail.me.com</string>"));
    let (status, used) = curl(&url, SAFARI_IPHONE);
    assert_eq!(status, 410);
    assert_eq!(
        used,
        "Dieser Link wurde schon benutzt; erstelle im Assistenten einen neuen\n"
    );
}

/// Desktop browsers get the profile like Safari on an iPhone, and use the token up: a Mac
/// installs a downloaded profile (System Settings > Profiles), and on other computers the file
/// is what a help desk may want to keep. Only the browsers listed for the page are turned away.
#[test]
fn desktop_safari_and_chrome_get_the_profile_once() {
    let saved = export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
    for ua in [SAFARI_MAC, CHROME_WINDOWS] {
        let (handle, events) = start(&config("127.0.0.1"));
        let (addr, path) = (handle.local_addr(), path_of(&handle));
        let reply = get(addr, &path, ua);
        assert_eq!(reply.status, 200, "{ua}");
        assert_eq!(
            reply.header("Content-Type"),
            Some("application/x-apple-aspen-config"),
            "{ua}"
        );
        assert_eq!(reply.body, saved, "{ua}");
        match events.recv_timeout(Duration::from_secs(5)).unwrap() {
            ServeEvent::Served(client) => assert_eq!(client.user_agent, ua),
            other => panic!("{ua}: {other:?}"),
        }
        assert_eq!(get(addr, &path, SAFARI_IPHONE).status, 410, "{ua}");
    }
}

#[test]
fn any_other_path_or_token_is_404_and_leaves_the_token_alone() {
    let (handle, _events) = start(&config("127.0.0.1"));
    let (addr, path) = (handle.local_addr(), path_of(&handle));
    let mut wrong = path.clone().into_bytes();
    let last = wrong.len() - 1;
    wrong[last] = if wrong[last] == b'A' { b'B' } else { b'A' };
    let wrong = String::from_utf8(wrong).unwrap();
    for p in [
        "/".to_owned(),
        wrong,
        format!("{path}/"),
        format!("{path}?x=1"),
        path[..path.len() - 1].to_owned(),
        format!("{path}x"),
        "/favicon.ico".to_owned(),
    ] {
        assert_eq!(get(addr, &p, SAFARI_IPHONE).status, 404, "{p}");
    }
    assert_eq!(handle.status(), ServeStatus::Waiting);
    assert_eq!(get(addr, &path, SAFARI_IPHONE).status, 200);
}

#[test]
fn times_out_and_stops() {
    let mut c = config("127.0.0.1");
    c.lifetime = Duration::from_millis(300);
    let (handle, events) = start(&c);
    let addr = handle.local_addr();
    let started = Instant::now();
    assert_eq!(handle.wait(), ServeStatus::Expired);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_eq!(
        events.recv_timeout(Duration::from_secs(1)).unwrap(),
        ServeEvent::Expired
    );
    assert!(stops_listening(addr));
}

#[test]
fn cancel_and_drop_stop_the_server() {
    let (handle, events) = start(&config("127.0.0.1"));
    let addr = handle.local_addr();
    let canceller = handle.canceller();
    let started = Instant::now();
    canceller.cancel();
    assert_eq!(handle.wait(), ServeStatus::Cancelled);
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(events.recv().unwrap(), ServeEvent::Cancelled);
    assert!(stops_listening(addr));

    let (handle, events) = start(&config("::1"));
    let addr = handle.local_addr();
    drop(handle);
    assert_eq!(events.recv().unwrap(), ServeEvent::Cancelled);
    assert!(stops_listening(addr));
}

#[test]
fn of_concurrent_requests_only_one_gets_the_profile() {
    let mut c = config("127.0.0.1");
    c.linger = Duration::from_secs(3);
    let (handle, _events) = start(&c);
    let (addr, path) = (handle.local_addr(), path_of(&handle));
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(8));
    let threads: Vec<_> = (0..8)
        .map(|i| {
            let (path, barrier) = (path.clone(), barrier.clone());
            std::thread::Builder::new()
                .name(format!("client-{i}"))
                .spawn(move || {
                    barrier.wait();
                    get(addr, &path, SAFARI_IPHONE).status
                })
                .unwrap()
        })
        .collect();
    let mut statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 410, 410, 410, 410, 410, 410, 410]);
}

#[test]
fn a_one_megabyte_request_line_gets_404_and_hurts_nothing() {
    let (handle, _events) = start(&config("127.0.0.1"));
    let (addr, path) = (handle.local_addr(), path_of(&handle));
    let long = format!("/{}", "a".repeat(1 << 20));
    let started = Instant::now();
    let reply = get(addr, &long, SAFARI_IPHONE);
    eprintln!("1 MB request line answered in {:?}", started.elapsed());
    assert_eq!(reply.status, 404);
    // The same with the token in front: still not the token.
    assert_eq!(
        get(addr, &format!("{path}{long}"), SAFARI_IPHONE).status,
        404
    );
    assert_eq!(handle.status(), ServeStatus::Waiting);
    assert_eq!(get(addr, &path, SAFARI_IPHONE).status, 200);
}

/// Whether connections to `addr` are refused within two seconds (the listener closes just after
/// the server thread lets go of it).
fn stops_listening(addr: SocketAddr) -> bool {
    let deadline = Instant::now() + Duration::from_secs(2);
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// A client that sends half a request line and then nothing.
fn slow_client(addr: SocketAddr, path: &str) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .write_all(format!("GET {path} HT").as_bytes())
        .unwrap();
    stream
}

#[test]
fn a_slow_client_blocks_neither_the_time_out_nor_cancel_nor_others() {
    // Time-out.
    let mut c = config("127.0.0.1");
    c.lifetime = Duration::from_millis(500);
    let (handle, _events) = start(&c);
    let _slow = slow_client(handle.local_addr(), &path_of(&handle));
    let started = Instant::now();
    assert_eq!(handle.wait(), ServeStatus::Expired);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );

    // Cancel, after another client got the page past the slow one.
    let (handle, _events) = start(&config("::1"));
    let (addr, path) = (handle.local_addr(), path_of(&handle));
    let _slow = [slow_client(addr, &path), slow_client(addr, &path)];
    assert_eq!(get(addr, &path, FIREFOX_IOS).status, 200);
    let started = Instant::now();
    handle.cancel();
    assert_eq!(handle.wait(), ServeStatus::Cancelled);
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// The binary

fn spawn_serve(args: &[&str]) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = util::bin()
        .arg("serve")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    (child, stdout)
}

fn url_addr_path(url: &str) -> (SocketAddr, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let slash = rest.find('/').unwrap();
    (rest[..slash].parse().unwrap(), rest[slash..].to_owned())
}

#[test]
fn the_serve_command_prints_the_url_serves_once_and_exits_0() {
    let (mut child, mut stdout) = spawn_serve(&[
        "--email",
        "jane.doe@icloud.com",
        "--name",
        "Jane Doe",
        "--bind",
        "127.0.0.1",
        "--minutes",
        "1",
    ]);
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let url = first.trim_end();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let (addr, path) = url_addr_path(url);
    let reply = get(addr, &path, SAFARI_IPHONE);
    assert_eq!(reply.status, 200);
    let saved = export::render(Format::Mobileconfig, &jane(), &ExportOptions::default()).unwrap();
    assert_eq!(reply.body, saved);
    let status = child.wait().unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(status.code(), Some(0), "{rest}");
    // The QR code of the URL, then one line for the download.
    let lines: Vec<&str> = rest.lines().collect();
    assert!(
        lines.iter().any(|l| l.contains('▀') || l.contains('▄')),
        "{rest}"
    );
    assert_eq!(
        lines.last().copied(),
        Some(format!("Downloaded by 127.0.0.1 ({SAFARI_IPHONE})").as_str())
    );
}

#[test]
fn the_serve_command_exits_1_on_time_out_and_on_ctrl_c_and_2_on_usage_errors() {
    let (mut child, mut stdout) = spawn_serve(&[
        "--email",
        "jane.doe@icloud.com",
        "--bind",
        "::1",
        "--minutes",
        "0.01",
    ]);
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.starts_with("http://[::1]:"), "{first}");
    let started = Instant::now();
    assert_eq!(child.wait().unwrap().code(), Some(1));
    assert!(started.elapsed() < Duration::from_secs(5));
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("Nobody downloaded the profile"), "{err}");

    let (mut child, mut stdout) = spawn_serve(&[
        "--email",
        "jane.doe@icloud.com",
        "--bind",
        "127.0.0.1",
        "--minutes",
        "5",
    ]);
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    let (addr, _) = url_addr_path(first.trim_end());
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let started = Instant::now();
    assert_eq!(child.wait().unwrap().code(), Some(1));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(err.contains("Cancelled"), "{err}");
    assert!(stops_listening(addr));

    for args in [
        &["serve"][..],
        &["serve", "--email", "jane.doe@icloud.com", "--minutes", "0"],
        &[
            "serve",
            "--email",
            "jane.doe@icloud.com",
            "--bind",
            "not-an-ip",
        ],
        &[
            "serve",
            "--email",
            "jane@example.com",
            "--bind",
            "127.0.0.1",
        ],
    ] {
        let out = util::run(args);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            util::stderr(&out)
        );
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
