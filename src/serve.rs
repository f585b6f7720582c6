//! Serve one file once over HTTP on the local network: the Apple profile to an iPhone or iPad.
//!
//! [`start`] binds one address (the one the URL shows, never all of them), makes a one-time
//! token of 128 bits from the operating system's random source and answers on a named thread:
//!
//! | Request | Answer |
//! |---|---|
//! | any path but `/<token>` | 404 |
//! | `/<token>` after the download | 410 |
//! | `/<token>` from Firefox, Firefox for iOS (`FxiOS`), `DuckDuckGo` or Android | a short page: open the link in Safari; the token stays valid |
//! | `GET /<token>` from anything else | the file (`application/x-apple-aspen-config`, `Content-Disposition: attachment`, not cached); the token is used up |
//! | a method other than GET or HEAD | 405 |
//!
//! The page and the texts of the error answers are in the [`Offer`]'s language, with the page's
//! `<html lang>` to match.
//!
//! The server stops after the download (answering 410 and 404 for a short
//! [`ServeConfig::linger`] first, so a phone that asks again learns why), after
//! [`ServeConfig::lifetime`], on [`ServeHandle::cancel`], or when the handle is dropped.
//! `tiny_http` reads each connection on a thread of its own and hands over only whole requests,
//! so a client that never finishes its request holds only that thread (until it disconnects) and
//! delays neither the time-out, nor cancel, nor other clients. Answers are written on the server
//! thread with [`ServeConfig::write_timeout`], inherited from the listening socket, so a client
//! that stops reading cannot hold it either.
//!
//! ```no_run
//! use icloud_mail_wizard::serve::{self, Offer, ServeConfig, ServeStatus};
//! use icloud_mail_wizard::export::ExportOptions;
//! use icloud_mail_wizard::settings::AccountInput;
//!
//! let settings = AccountInput { email: "jane.doe@icloud.com", ..Default::default() }.parse()?;
//! let offer = Offer::profile(&settings, &ExportOptions::default())?;
//! let address = serve::lan_addresses()?.first().map(|a| a.ip).expect("a network");
//! let handle = serve::start(offer, &ServeConfig::new(address), |event| println!("{event}"))?;
//! println!("Open {} on the iPhone", handle.url());
//! assert!(matches!(handle.wait(), ServeStatus::Served { .. }));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use socket2::{Domain, Protocol, Socket, Type};
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use crate::export::{self, ExportError, ExportOptions, Format};
use crate::i18n::Lang;
use crate::settings::AccountSettings;

/// Bytes of randomness in a token (128 bits).
pub const TOKEN_BYTES: usize = 16;

/// The page for browsers that cannot install a profile, in `lang`.
pub fn open_in_safari_page(lang: Lang) -> String {
    let title = html_text(&crate::tr!(lang, "serve-safari-title"));
    let text = html_text(&crate::tr!(lang, "serve-safari-text"));
    let tag = lang.tag();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>\n<body style=\"font-family: -apple-system, sans-serif; margin: 2em; line-height: 1.4\"><h1>{title}</h1>\n<p>{text}</p></body></html>\n"
    )
}

/// `text` with the characters HTML gives a meaning escaped (a translation may use `&`).
fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The file to serve.
#[derive(Clone, PartialEq, Eq)]
pub struct Offer {
    /// The file name the browser saves it under (ASCII, without quotes or backslashes).
    pub file_name: String,
    /// MIME type.
    pub content_type: &'static str,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// The language of the pages the phone's browser gets instead (open it in Safari, the link
    /// was used, not found).
    pub lang: Lang,
}

impl fmt::Debug for Offer {
    // The bytes may hold a password (a profile made with one): never print them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Offer")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .field("lang", &self.lang)
            .finish()
    }
}

impl Offer {
    /// The Apple profile for `settings`, exactly as `export` saves it (with a password only
    /// when `options` has one); the pages the phone's browser may get are in `options.lang`.
    pub fn profile(
        settings: &AccountSettings,
        options: &ExportOptions,
    ) -> Result<Self, ExportError> {
        Ok(Self {
            file_name: Format::Mobileconfig.file_name(settings),
            content_type: Format::Mobileconfig.mime_type(),
            bytes: export::render(Format::Mobileconfig, settings, options)?,
            lang: options.lang,
        })
    }
}

/// Where and how long to serve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeConfig {
    /// The only address to listen on, and the one in the URL.
    pub address: IpAddr,
    /// TCP port; 0 lets the system pick a free one.
    pub port: u16,
    /// Stop when nobody downloaded the file within this time.
    pub lifetime: Duration,
    /// After the download, keep answering 410 and 404 this long, then stop.
    pub linger: Duration,
    /// Give up writing an answer to a client that takes nothing for this long.
    pub write_timeout: Duration,
}

impl ServeConfig {
    /// Ten minutes on `address`, any free port, 2 s of 410s after the download, 10 s write limit.
    pub fn new(address: IpAddr) -> Self {
        Self {
            address,
            port: 0,
            lifetime: Duration::from_secs(10 * 60),
            linger: Duration::from_secs(2),
            write_timeout: Duration::from_secs(10),
        }
    }
}

/// Who asked: the browser's `User-Agent` and the peer's address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Client {
    /// The `User-Agent` header, empty when there was none.
    pub user_agent: String,
    /// The peer's address.
    pub peer: Option<SocketAddr>,
}

impl Client {
    /// Who asked, for people: the peer's address and its `User-Agent`, in `lang` when there is
    /// no `User-Agent`.
    pub fn text(&self, lang: Lang) -> String {
        let agent = if self.user_agent.is_empty() {
            crate::tr!(lang, "serve-client-without-user-agent")
        } else {
            self.user_agent.clone()
        };
        match self.peer {
            Some(peer) => format!("{} ({agent})", peer.ip()),
            None => agent,
        }
    }
}

impl fmt::Display for Client {
    /// [`Client::text`] in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Something that happened, reported to the callback given to [`start`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServeEvent {
    /// A browser that cannot install profiles asked and was told to open the link in Safari.
    WrongBrowser(Client),
    /// The file went out to this client; the token is used up.
    Served(Client),
    /// Nobody downloaded it in time; the server stopped.
    Expired,
    /// Cancelled (or the handle dropped) before a download; the server stopped.
    Cancelled,
    /// The server failed; it stopped.
    Failed(String),
}

impl ServeEvent {
    /// What happened, in `lang` (a failure's reason stays as the system gave it).
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::WrongBrowser(c) => {
                crate::tr!(lang, "serve-event-wrong-browser", client = c.text(lang))
            }
            Self::Served(c) => crate::tr!(lang, "serve-event-served", client = c.text(lang)),
            Self::Expired => crate::tr!(lang, "serve-event-expired"),
            Self::Cancelled => crate::tr!(lang, "serve-event-cancelled"),
            Self::Failed(reason) => {
                crate::tr!(lang, "serve-event-failed", reason = reason.as_str())
            }
        }
    }
}

impl fmt::Display for ServeEvent {
    /// [`ServeEvent::text`] in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// Where the server stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ServeStatus {
    /// Listening; nobody downloaded the file yet.
    Waiting,
    /// Downloaded (the server stops after [`ServeConfig::linger`]).
    Served(Client),
    /// Stopped: nobody downloaded it in time.
    Expired,
    /// Stopped: cancelled before a download.
    Cancelled,
    /// Stopped: the server failed.
    Failed(String),
}

impl ServeStatus {
    /// Whether the status will not change any more (everything but `Waiting`).
    pub fn is_final(&self) -> bool {
        !matches!(self, Self::Waiting)
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The operating system's random source failed.
    #[error("could not make a random token: {0}")]
    Random(getrandom::Error),
    /// The address could not be bound (not this computer's, or the port is taken).
    #[error("could not listen on {address}")]
    Bind {
        /// The address and port.
        address: SocketAddr,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// The HTTP server or its thread could not start.
    #[error("could not start the HTTP server: {0}")]
    Start(String),
}

impl ServeError {
    /// The error and its causes on one line, in `lang` (the system's own reasons stay as the
    /// system gave them); in English the same line as `one_line` makes of it.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Self::Random(e) => crate::tr!(lang, "serve-error-random", reason = e.to_string()),
            Self::Bind { address, source } => crate::tr!(
                lang,
                "serve-error-bind",
                address = address.to_string(),
                reason = crate::one_line(source),
            ),
            Self::Start(reason) => {
                crate::tr!(lang, "serve-error-start", reason = reason.as_str())
            }
        }
    }
}

/// Stops a running server from anywhere (a Ctrl-C handler, a GUI button); cheap to clone.
#[derive(Clone)]
pub struct Canceller {
    cancelled: Arc<AtomicBool>,
    server: Weak<Server>,
}

impl fmt::Debug for Canceller {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Canceller")
            .field("cancelled", &self.cancelled.load(Ordering::SeqCst))
            .finish_non_exhaustive()
    }
}

impl Canceller {
    /// Stops the server; a download already made stays made. Returns at once.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::SeqCst);
        if let Some(server) = self.server.upgrade() {
            server.unblock();
        }
    }
}

/// A running server. Dropping it cancels and waits for the server thread.
#[derive(Debug)]
pub struct ServeHandle {
    url: String,
    lang: Lang,
    local_addr: SocketAddr,
    status: Arc<Mutex<ServeStatus>>,
    canceller: Canceller,
    thread: Option<JoinHandle<()>>,
}

impl ServeHandle {
    /// The URL to open on the phone: `http://ADDRESS:PORT/TOKEN`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address and port listened on.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The current status.
    pub fn status(&self) -> ServeStatus {
        self.status
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// A handle that cancels from another thread.
    pub fn canceller(&self) -> Canceller {
        self.canceller.clone()
    }

    /// Stops the server (see [`Canceller::cancel`]).
    pub fn cancel(&self) {
        self.canceller.cancel();
    }

    /// Whether the server thread has stopped.
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(JoinHandle::is_finished)
    }

    /// Waits until the server has stopped and returns the final status.
    pub fn wait(mut self) -> ServeStatus {
        if let Some(thread) = self.thread.take() {
            // A panic on the server thread leaves the status as it was; it is reported below.
            let _ = thread.join();
        }
        match self.status() {
            ServeStatus::Waiting => {
                ServeStatus::Failed(crate::tr!(self.lang, "serve-thread-stopped"))
            }
            status => status,
        }
    }
}

impl Drop for ServeHandle {
    fn drop(&mut self) {
        self.canceller.cancel();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts serving `offer` once, as `config` says; `on_event` is called on the server thread
/// for each [`ServeEvent`] (keep it short: send it on, request a repaint).
pub fn start(
    offer: Offer,
    config: &ServeConfig,
    on_event: impl FnMut(&ServeEvent) + Send + 'static,
) -> Result<ServeHandle, ServeError> {
    let token = new_token()?;
    let address = SocketAddr::new(config.address, config.port);
    let listener = listen(address, config.write_timeout)
        .map_err(|source| ServeError::Bind { address, source })?;
    let local_addr = listener
        .local_addr()
        .map_err(|source| ServeError::Bind { address, source })?;
    let server = Arc::new(
        Server::from_listener(listener, None).map_err(|e| ServeError::Start(e.to_string()))?,
    );
    let url = format!("http://{local_addr}/{token}");
    let lang = offer.lang;
    let status = Arc::new(Mutex::new(ServeStatus::Waiting));
    let canceller = Canceller {
        cancelled: Arc::new(AtomicBool::new(false)),
        server: Arc::downgrade(&server),
    };
    let mut state = Loop {
        server: Some(server),
        path: format!("/{token}"),
        offer,
        deadline: Instant::now() + config.lifetime,
        linger: config.linger,
        cancelled: Arc::clone(&canceller.cancelled),
        status: Arc::clone(&status),
        on_event: Box::new(on_event),
        served_at: None,
    };
    let thread = std::thread::Builder::new()
        .name("serve-profile".into())
        .spawn(move || state.run())
        .map_err(|e| ServeError::Start(e.to_string()))?;
    Ok(ServeHandle {
        url,
        lang,
        local_addr,
        status,
        canceller,
        thread: Some(thread),
    })
}

/// A TCP listener on exactly `address`, whose accepted sockets inherit `write_timeout` (Linux,
/// the BSDs and macOS copy the socket's timeouts to accepted sockets). No read timeout: on the
/// listening socket it would make `accept` itself time out, which stops `tiny_http`.
fn listen(address: SocketAddr, write_timeout: Duration) -> io::Result<TcpListener> {
    let socket = Socket::new(
        Domain::for_address(address),
        Type::STREAM,
        Some(Protocol::TCP),
    )?;
    if address.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    #[cfg(unix)]
    socket.set_reuse_address(true)?;
    socket.set_write_timeout(Some(write_timeout))?;
    socket.bind(&address.into())?;
    socket.listen(32)?;
    Ok(socket.into())
}

fn new_token() -> Result<String, ServeError> {
    let mut bytes = [0u8; TOKEN_BYTES];
    getrandom::fill(&mut bytes).map_err(ServeError::Random)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// Compares without stopping at the first difference, so timing does not reveal the token.
fn same_path(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Browsers that download a profile instead of handing it to Settings.
pub fn cannot_install_profiles(user_agent: &str) -> bool {
    let ua = user_agent.to_ascii_lowercase();
    ["firefox", "fxios", "duckduckgo", "android"]
        .iter()
        .any(|b| ua.contains(b))
}

struct Loop {
    /// Dropped (closing the listener) before a final status is reported.
    server: Option<Arc<Server>>,
    path: String,
    offer: Offer,
    deadline: Instant,
    linger: Duration,
    cancelled: Arc<AtomicBool>,
    status: Arc<Mutex<ServeStatus>>,
    on_event: Box<dyn FnMut(&ServeEvent) + Send>,
    served_at: Option<Instant>,
}

impl Loop {
    fn run(&mut self) {
        loop {
            let served = self.served_at.is_some();
            if self.cancelled.load(Ordering::SeqCst) {
                if !served {
                    self.finish(ServeStatus::Cancelled, &ServeEvent::Cancelled);
                }
                return;
            }
            let end = self.served_at.map_or(self.deadline, |t| t + self.linger);
            let Some(left) = end
                .checked_duration_since(Instant::now())
                .filter(|d| !d.is_zero())
            else {
                if !served {
                    self.finish(ServeStatus::Expired, &ServeEvent::Expired);
                }
                return;
            };
            let Some(listening) = &self.server else {
                return;
            };
            match listening.recv_timeout(left) {
                Ok(Some(request)) => self.answer(request),
                Ok(None) => {}
                Err(e) => {
                    if !served {
                        let reason = e.to_string();
                        self.finish(
                            ServeStatus::Failed(reason.clone()),
                            &ServeEvent::Failed(reason),
                        );
                    }
                    return;
                }
            }
        }
    }

    fn finish(&mut self, status: ServeStatus, event: &ServeEvent) {
        // Stopped for good: close the listener first, so whoever hears of it finds it closing.
        if !matches!(status, ServeStatus::Waiting | ServeStatus::Served(_)) {
            self.server = None;
        }
        *self.status.lock().unwrap_or_else(PoisonError::into_inner) = status;
        (self.on_event)(event);
    }

    fn answer(&mut self, request: Request) {
        // A failed write means the client went away; there is nobody to tell.
        let lang = self.offer.lang;
        if !same_path(request.url(), &self.path) {
            let _ = request.respond(plain(404, &crate::tr!(lang, "serve-not-found")));
            return;
        }
        if self.served_at.is_some() {
            let _ = request.respond(plain(410, &crate::tr!(lang, "serve-link-used")));
            return;
        }
        let method = request.method().clone();
        if !matches!(method, Method::Get | Method::Head) {
            let text = crate::tr!(lang, "serve-method-not-allowed");
            let response = with(plain(405, &text), "Allow", "GET, HEAD");
            let _ = request.respond(response);
            return;
        }
        let client = Client {
            user_agent: request
                .headers()
                .iter()
                .find(|h| h.field.equiv("User-Agent"))
                .map(|h| h.value.as_str().to_owned())
                .unwrap_or_default(),
            peer: request.remote_addr().copied(),
        };
        if cannot_install_profiles(&client.user_agent) {
            let page = Response::from_string(open_in_safari_page(lang));
            let page = with(page, "Content-Type", "text/html; charset=utf-8");
            let page = with(page, "Cache-Control", "no-store");
            if request.respond(page).is_ok() {
                (self.on_event)(&ServeEvent::WrongBrowser(client));
            }
            return;
        }
        let disposition = format!("attachment; filename=\"{}\"", self.offer.file_name);
        let mut response = Response::from_data(self.offer.bytes.clone());
        for (name, value) in [
            ("Content-Type", self.offer.content_type),
            ("Content-Disposition", &disposition),
            ("Cache-Control", "no-store, max-age=0"),
            ("Pragma", "no-cache"),
            ("X-Content-Type-Options", "nosniff"),
        ] {
            response = with(response, name, value);
        }
        // HEAD gets the headers only (tiny_http leaves the body out) and keeps the token.
        if request.respond(response).is_ok() && method == Method::Get {
            self.served_at = Some(Instant::now());
            self.finish(
                ServeStatus::Served(client.clone()),
                &ServeEvent::Served(client),
            );
        }
    }
}

/// A plain-text answer: `text` and a line break.
fn plain(code: u16, text: &str) -> Response<io::Cursor<Vec<u8>>> {
    let response = Response::from_string(format!("{text}\n")).with_status_code(StatusCode(code));
    let response = with(response, "Content-Type", "text/plain; charset=utf-8");
    with(response, "Cache-Control", "no-store")
}

/// `response` with one more header. Names and values here are ASCII constants or a file name
/// made ASCII by `fs::file_name`, which `tiny_http` always takes.
fn with<R: io::Read>(response: Response<R>, name: &str, value: &str) -> Response<R> {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(header) => response.with_header(header),
        Err(()) => response,
    }
}

/// One address of this computer that a phone on the same network may reach.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanAddress {
    /// The interface's name (`wlan0`, `en0`, `Ethernet`).
    pub interface: String,
    /// The address.
    pub ip: IpAddr,
}

impl fmt::Display for LanAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.ip, self.interface)
    }
}

/// This computer's addresses a phone could reach, best first: private IPv4 on ordinary
/// interfaces first (Wi-Fi, Ethernet), then other IPv4, then IPv6 (unique local, then global);
/// interfaces that look virtual (Docker, VMs, VPNs) after those. Loopback, link-local,
/// interfaces that are down and point-to-point links are left out.
pub fn lan_addresses() -> io::Result<Vec<LanAddress>> {
    let mut ranked: Vec<(u8, LanAddress)> = if_addrs::get_if_addrs()?
        .into_iter()
        .filter_map(|i| {
            let down = matches!(
                i.oper_status,
                if_addrs::IfOperStatus::Down
                    | if_addrs::IfOperStatus::NotPresent
                    | if_addrs::IfOperStatus::LowerLayerDown
            );
            let candidate = Candidate {
                name: &i.name,
                ip: i.ip(),
                down,
                point_to_point: i.is_p2p(),
            };
            rank(&candidate).map(|r| {
                (
                    r,
                    LanAddress {
                        interface: i.name.clone(),
                        ip: i.ip(),
                    },
                )
            })
        })
        .collect();
    ranked.sort_by_key(|(r, _)| *r);
    Ok(ranked.into_iter().map(|(_, a)| a).collect())
}

struct Candidate<'a> {
    name: &'a str,
    ip: IpAddr,
    down: bool,
    point_to_point: bool,
}

/// Lower is better; `None` means unusable.
fn rank(c: &Candidate<'_>) -> Option<u8> {
    if c.down
        || c.point_to_point
        || c.ip.is_loopback()
        || c.ip.is_unspecified()
        || c.ip.is_multicast()
    {
        return None;
    }
    let base = match c.ip {
        IpAddr::V4(v4) => {
            if v4.is_link_local() || v4.is_broadcast() {
                return None;
            }
            if v4.is_private() {
                0
            } else if is_shared_v4(v4) {
                // 100.64.0.0/10: carrier-grade NAT, and VPNs such as Tailscale.
                2
            } else {
                1
            }
        }
        IpAddr::V6(v6) => {
            if is_link_local_v6(v6) {
                return None;
            }
            if is_unique_local_v6(v6) { 3 } else { 4 }
        }
    };
    let virtual_prefixes = [
        "docker",
        "br-",
        "veth",
        "virbr",
        "vmnet",
        "vboxnet",
        "vethernet",
        "tun",
        "tap",
        "wg",
        "utun",
        "zt",
        "tailscale",
        "lxc",
        "lxd",
        "podman",
        "cni",
        "flannel",
        "ham",
    ];
    let lower = c.name.to_ascii_lowercase();
    let is_virtual = virtual_prefixes.iter().any(|p| lower.starts_with(p));
    Some(base + if is_virtual { 10 } else { 0 })
}

fn is_shared_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    a == 100 && (64..128).contains(&b)
}

fn is_link_local_v6(ip: Ipv6Addr) -> bool {
    ip.segments()[0] & 0xffc0 == 0xfe80
}

fn is_unique_local_v6(ip: Ipv6Addr) -> bool {
    ip.segments()[0] & 0xfe00 == 0xfc00
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str, ip: &str) -> Option<u8> {
        rank(&Candidate {
            name,
            ip: ip.parse().unwrap(),
            down: false,
            point_to_point: false,
        })
    }

    #[test]
    fn private_ipv4_on_real_interfaces_comes_first() {
        assert!(r("wlan0", "192.168.1.20") < r("wlan0", "203.0.113.5"));
        assert!(r("en0", "10.0.0.5") < r("docker0", "172.17.0.1"));
        assert!(r("eth0", "203.0.113.5") < r("tailscale0", "100.100.1.1"));
        assert!(r("eth0", "100.100.1.1") < r("eth0", "fd00::5"));
        assert!(r("eth0", "fd00::5") < r("eth0", "2001:db8::5"));
        for unusable in [
            "127.0.0.1",
            "::1",
            "169.254.3.4",
            "fe80::1",
            "0.0.0.0",
            "224.0.0.1",
        ] {
            assert_eq!(r("eth0", unusable), None, "{unusable}");
        }
        let down = Candidate {
            name: "eth0",
            ip: "192.168.1.2".parse().unwrap(),
            down: true,
            point_to_point: false,
        };
        assert_eq!(rank(&down), None);
    }

    #[test]
    fn browsers_that_cannot_install() {
        for ua in [
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
        ] {
            assert!(cannot_install_profiles(ua), "{ua}");
        }
        assert!(!cannot_install_profiles(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
        ));
        assert!(!cannot_install_profiles(""));
    }

    #[test]
    fn handles_can_move_to_other_threads() {
        fn send<T: Send>() {}
        fn sync<T: Sync>() {}
        send::<ServeHandle>();
        send::<Canceller>();
        sync::<Canceller>();
        send::<ServeEvent>();
    }

    #[test]
    fn error_texts_are_one_line_in_english_and_translated_otherwise() {
        let e = ServeError::Bind {
            address: "192.0.2.1:0".parse().unwrap(),
            source: io::Error::new(io::ErrorKind::AddrNotAvailable, "not here"),
        };
        assert_eq!(e.text(Lang::En), crate::one_line(&e));
        assert_eq!(
            e.text(Lang::Fr),
            "impossible d’écouter sur 192.0.2.1:0\u{a0}: not here"
        );
        let e = ServeError::Start("no threads".into());
        assert_eq!(e.text(Lang::En), crate::one_line(&e));
        let client = Client {
            user_agent: String::new(),
            peer: Some("192.0.2.7:5000".parse().unwrap()),
        };
        assert_eq!(
            client.to_string(),
            "192.0.2.7 (a client without a user-agent)"
        );
        assert_eq!(
            ServeEvent::Served(client).text(Lang::De),
            "heruntergeladen von 192.0.2.7 (ein Client ohne User-Agent)"
        );
    }

    #[test]
    fn tokens_are_long_and_differ() {
        let a = new_token().unwrap();
        assert_eq!(a.len(), 22);
        assert_ne!(a, new_token().unwrap());
        assert!(
            same_path("/abc", "/abc") && !same_path("/abc", "/abd") && !same_path("/abc", "/ab")
        );
    }
}
