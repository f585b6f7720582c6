//! How long lookups take against dnsmasq on loopback, and how close to its limit a lookup
//! against a name server that never answers ends.
//!
//! `cargo bench --bench dns` (dnsmasq comes from `scripts/install-test-deps.sh`). The time-out
//! figures are printed first; criterion then measures the lookups.
#![allow(
    missing_docs,
    reason = "criterion_group! generates an undocumented pub fn"
)]

#[path = "../tests/util/dnsmasq.rs"]
mod dnsmasq;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use icloud_mail_wizard::dns::Resolver;
use icloud_mail_wizard::domain::{self, health};

fn lookups(c: &mut Criterion, server: &dnsmasq::Dnsmasq) {
    let resolver = Resolver::with_server(server.addr).with_timeout(Duration::from_secs(2));
    let mut group = c.benchmark_group("dnsmasq on loopback");
    group.bench_function("MX icloud.test (UDP)", |b| {
        b.iter(|| black_box(resolver.mx("icloud.test").expect("answers")));
    });
    group.bench_function("TXT big.test (truncated over UDP, then TCP)", |b| {
        b.iter(|| black_box(resolver.txt("big.test").expect("answers")));
    });
    group.bench_function("classify icloud.test (one MX lookup)", |b| {
        b.iter(|| black_box(domain::classify("icloud.test", &resolver)));
    });
    group.bench_function("health check icloud.test (4 lookups at once)", |b| {
        b.iter(|| black_box(health::check("icloud.test", &resolver)));
    });
    group.finish();
}

/// Prints how long MX lookups against the silent server take for a few limits (one short
/// limit when run as a test by `cargo test --all-targets`).
fn silent_figures(bench: bool) {
    let silent = dnsmasq::Silent::start();
    let limits: &[u64] = if bench { &[500, 1000, 2000] } else { &[200] };
    for &limit_ms in limits {
        let limit = Duration::from_millis(limit_ms);
        let resolver = Resolver::with_server(silent.addr).with_timeout(limit);
        let mut over = Vec::new();
        for _ in 0..5 {
            if !bench && !over.is_empty() {
                break;
            }
            let started = Instant::now();
            let e = resolver.mx("icloud.test").expect_err("silent");
            assert!(e.is_timeout(), "{e}");
            over.push(started.elapsed().saturating_sub(limit));
        }
        over.sort();
        println!(
            "silent name server, limit {limit_ms} ms: ended {:.1}-{:.1} ms after the limit ({} runs)",
            over[0].as_secs_f64() * 1000.0,
            over[over.len() - 1].as_secs_f64() * 1000.0,
            over.len()
        );
    }
    if !bench {
        return;
    }
    let resolver = Resolver::with_server(silent.addr).with_timeout(Duration::from_secs(1));
    let started = Instant::now();
    let report = health::check("icloud.test", &resolver);
    assert!(report.lookup_failed());
    println!(
        "silent name server, health check (4 lookups at once), limit 1000 ms: {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this once, quickly.
    silent_figures(std::env::args().any(|a| a == "--bench"));
    let server = dnsmasq::Dnsmasq::start();
    let mut c = Criterion::default().configure_from_args();
    lookups(&mut c, &server);
    c.final_summary();
}
