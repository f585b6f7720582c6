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

/// Prints how long MX lookups against the silent server take for a few limits.
fn silent_figures() {
    let silent = dnsmasq::Silent::start();
    for limit_ms in [500_u64, 1000, 2000] {
        let limit = Duration::from_millis(limit_ms);
        let resolver = Resolver::with_server(silent.addr).with_timeout(limit);
        let mut over = Vec::new();
        for _ in 0..5 {
            let started = Instant::now();
            let e = resolver.mx("icloud.test").expect_err("silent");
            assert!(e.is_timeout(), "{e}");
            over.push(started.elapsed().saturating_sub(limit));
        }
        over.sort();
        println!(
            "silent name server, limit {limit_ms} ms: ended {:.1}-{:.1} ms after the limit (5 runs)",
            over[0].as_secs_f64() * 1000.0,
            over[4].as_secs_f64() * 1000.0
        );
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
    silent_figures();
    let server = dnsmasq::Dnsmasq::start();
    let mut c = Criterion::default().configure_from_args();
    lookups(&mut c, &server);
    c.final_summary();
}
