//! The system's name servers: `/etc/resolv.conf` on Unix (macOS keeps it current too), the
//! network adapters' DNS servers on Windows.

use std::net::SocketAddr;

use super::{ConfigError, DNS_PORT};

/// The system's name servers, in the order the system lists them.
pub(super) fn name_servers() -> Result<Vec<SocketAddr>, ConfigError> {
    let servers = platform_servers()?;
    if servers.is_empty() {
        Err(ConfigError::NoServers)
    } else {
        Ok(servers)
    }
}

#[cfg(unix)]
fn platform_servers() -> Result<Vec<SocketAddr>, ConfigError> {
    const PATH: &str = "/etc/resolv.conf";
    let bytes = std::fs::read(PATH).map_err(|source| ConfigError::Read {
        path: PATH.into(),
        source: source.into(),
    })?;
    from_resolv_conf(&bytes, PATH)
}

/// The `nameserver` lines of a resolv.conf; none means the local host, as in glibc.
#[cfg(any(unix, test))]
fn from_resolv_conf(bytes: &[u8], path: &str) -> Result<Vec<SocketAddr>, ConfigError> {
    let config = resolv_conf::Config::parse(bytes).map_err(|e| ConfigError::Parse {
        path: path.into(),
        detail: e.to_string(),
    })?;
    Ok(config
        .get_nameservers_or_local()
        .iter()
        .map(|ip| SocketAddr::new(ip.into(), DNS_PORT))
        .collect())
}

#[cfg(windows)]
fn platform_servers() -> Result<Vec<SocketAddr>, ConfigError> {
    use std::net::IpAddr;
    // Site-local resolver addresses from an abandoned draft that Windows still lists
    // (fec0:0:0:ffff::1 to ::3); they never answer.
    let abandoned = |ip: &IpAddr| match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            s[..4] == [0xfec0, 0, 0, 0xffff] && s[4..7] == [0, 0, 0] && (1..=3).contains(&s[7])
        }
        IpAddr::V4(_) => false,
    };
    let adapters = ipconfig::get_adapters().map_err(|e| ConfigError::Unsupported(e.to_string()))?;
    let mut servers: Vec<SocketAddr> = Vec::new();
    for adapter in &adapters {
        if adapter.oper_status() != ipconfig::OperStatus::IfOperStatusUp {
            continue;
        }
        for ip in adapter.dns_servers() {
            let addr = SocketAddr::new(*ip, DNS_PORT);
            if !abandoned(ip) && !servers.contains(&addr) {
                servers.push(addr);
            }
        }
    }
    Ok(servers)
}

#[cfg(not(any(unix, windows)))]
fn platform_servers() -> Result<Vec<SocketAddr>, ConfigError> {
    Err(ConfigError::Unsupported(
        "this operating system is not supported; give a name server with --dns-server".into(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolv_conf_name_servers_are_read_in_order() {
        let conf = b"# generated\nsearch example.org\nnameserver 192.0.2.1\nnameserver 2001:db8::53\noptions timeout:2\n";
        let servers = from_resolv_conf(conf, "resolv.conf").ok();
        let want: Vec<SocketAddr> = ["192.0.2.1:53", "[2001:db8::53]:53"]
            .iter()
            .filter_map(|s| s.parse().ok())
            .collect();
        assert_eq!(servers, Some(want));
    }

    #[test]
    fn a_resolv_conf_without_name_servers_means_the_local_host() {
        let servers = from_resolv_conf(b"search example.org\n", "resolv.conf").ok();
        let first = servers
            .as_ref()
            .and_then(|s| s.first())
            .map(ToString::to_string);
        assert_eq!(first.as_deref(), Some("127.0.0.1:53"));
    }
}
