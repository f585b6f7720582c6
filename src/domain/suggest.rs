//! "Did you mean …@icloud.com?": near-misses of iCloud's own domains, without any lookup.
//!
//! The rules are narrow on purpose, because a suggestion on a real, different domain would
//! steer a person away from their own address:
//!
//! - The ending must be `.com` or a typo of it (`.con`, `.co`, `.cm`, `.comm`, `.vom`, ...).
//!   Another real ending is another domain: `mac.org`, `me.net` and `icloud.de` get no
//!   suggestion. `.co` is the one real ending treated as a typo, because it is `.com` less one
//!   letter and people do type `me.co` for `me.com`.
//! - `me` and `mac` are short: changing one letter gives other real domains (`my.com`,
//!   `max.com`, `amc.com`, `ms.com`), so only their ending is corrected, never the name.
//! - `icloud` is corrected at edit distance 1 (a letter missing, added, changed, or two
//!   swapped: `iclod`, `iclould`, `icluod`), or 2 for names of six letters or more (`icould`);
//!   the name must still begin with `i`, so `cloud.com` and `ucloud.com`, real companies, are
//!   left alone.
//! - A missing dot (`icloudcom`) is corrected; sub-domains (`mail.icloud.com`) are not.

/// iCloud's own domains, in the order they are tried.
const TARGETS: [&str; 3] = ["icloud.com", "me.com", "mac.com"];

/// Typos of `com` (and `com` itself) that a person meaning `.com` makes.
const COM_TYPOS: [&str; 16] = [
    "com", "con", "co", "cm", "om", "cmo", "ocm", "comm", "coom", "cpm", "vom", "xom", "cim",
    "clm", "c0m", "coms",
];

/// The iCloud domain `domain` is a near-miss of, or `None` for iCloud's own domains and every
/// other domain. Case and a final dot do not matter. Needs no network.
///
/// ```
/// use icloud_mail_wizard::domain::suggest_icloud_domain;
///
/// assert_eq!(suggest_icloud_domain("iclould.com"), Some("icloud.com"));
/// assert_eq!(suggest_icloud_domain("me.co"), Some("me.com"));
/// assert_eq!(suggest_icloud_domain("gmail.com"), None);
/// assert_eq!(suggest_icloud_domain("mac.org"), None);
/// ```
pub fn suggest_icloud_domain(domain: &str) -> Option<&'static str> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    if domain.is_empty() || TARGETS.contains(&domain.as_str()) {
        return None;
    }
    let (name, ending) = match domain.split_once('.') {
        // Exactly two labels: `name.ending`.
        Some((name, ending)) if !ending.contains('.') => (name, ending),
        Some(_) => return None,
        // No dot at all: `icloudcom`, `mecom`, `maccom`.
        None => {
            let name = domain.strip_suffix("com")?;
            return TARGETS
                .into_iter()
                .find(|target| target.strip_suffix(".com") == Some(name));
        }
    };
    if !COM_TYPOS.contains(&ending) {
        return None;
    }
    match name {
        "icloud" | "me" | "mac" => TARGETS
            .into_iter()
            .find(|target| target.strip_suffix(".com") == Some(name)),
        _ if is_near_icloud(name) => Some("icloud.com"),
        _ => None,
    }
}

/// Whether `name` is a typo of `icloud` under the rules in the module documentation.
fn is_near_icloud(name: &str) -> bool {
    if !name.starts_with('i') {
        return false;
    }
    let distance = osa_distance(name, "icloud");
    distance == 1 || (distance == 2 && name.chars().count() >= 6)
}

/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters each count 1.
fn osa_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0_usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_of_icloud_domains_are_corrected_and_real_domains_are_not() {
        let table: &[(&str, Option<&str>)] = &[
            // The issue's examples.
            ("icloud.con", Some("icloud.com")),
            ("iclould.com", Some("icloud.com")),
            ("iclod.com", Some("icloud.com")),
            ("me.co", Some("me.com")),
            // Endings.
            ("icloud.co", Some("icloud.com")),
            ("icloud.cm", Some("icloud.com")),
            ("icloud.comm", Some("icloud.com")),
            ("icloud.vom", Some("icloud.com")),
            ("icloud.ocm", Some("icloud.com")),
            ("me.con", Some("me.com")),
            ("mac.con", Some("mac.com")),
            ("mac.co", Some("mac.com")),
            ("mac.cm", Some("mac.com")),
            // Names: one letter missing, added, changed, two swapped; two edits on a long name.
            ("icoud.com", Some("icloud.com")),
            ("iclud.com", Some("icloud.com")),
            ("icloudd.com", Some("icloud.com")),
            ("iccloud.com", Some("icloud.com")),
            ("iclous.com", Some("icloud.com")),
            ("icluod.com", Some("icloud.com")),
            ("icolud.com", Some("icloud.com")),
            ("icould.com", Some("icloud.com")),
            ("iclould.con", Some("icloud.com")),
            // Case, spaces, a final dot, a missing dot.
            ("ICLOUD.CON", Some("icloud.com")),
            (" Icloud.Con. ", Some("icloud.com")),
            ("icloudcom", Some("icloud.com")),
            ("mecom", Some("me.com")),
            // iCloud's own domains need no correction.
            ("icloud.com", None),
            ("me.com", None),
            ("mac.com", None),
            ("ICLOUD.COM.", None),
            // Other real domains: never.
            ("gmail.com", None),
            ("outlook.com", None),
            ("mac.org", None),
            ("me.org", None),
            ("icloud.net", None),
            ("icloud.de", None),
            ("cloud.com", None),
            ("ucloud.com", None),
            ("my.com", None),
            ("max.com", None),
            ("amc.com", None),
            ("ms.com", None),
            ("mail.com", None),
            ("iclub.com", None),
            ("icon.com", None),
            ("example.com", None),
            ("mail.icloud.com", None),
            ("icloud.com.au", None),
            ("", None),
            (".", None),
            ("com", None),
        ];
        for (domain, want) in table {
            assert_eq!(suggest_icloud_domain(domain), *want, "{domain:?}");
        }
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(osa_distance("icloud", "icloud"), 0);
        assert_eq!(osa_distance("icluod", "icloud"), 1);
        assert_eq!(osa_distance("iclod", "icloud"), 1);
        assert_eq!(osa_distance("iclould", "icloud"), 1);
        assert_eq!(osa_distance("icould", "icloud"), 2);
        assert_eq!(osa_distance("", "icloud"), 6);
    }
}
