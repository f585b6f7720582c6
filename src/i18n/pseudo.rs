//! The pseudo-locale's transform: English text with accented letters and doubled vowels.
//!
//! Every ASCII letter becomes a non-ASCII one, so a test can tell text that came from a message
//! (no ASCII letters left) from text that did not. The vowels are doubled (long words, as in
//! German), and where that makes a piece of text less than 40% longer, middle dots after it make
//! up the rest, as German and French often run that much longer than English.

use std::borrow::Cow;

/// Transforms the text parts of a message; arguments (addresses, host names) stay as they are.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut length = 0;
    for c in text.chars() {
        let accented = accent(c);
        out.push(accented);
        length += 1;
        if "aeiouyAEIOUY".contains(c) {
            out.push(accented);
            length += 1;
        }
    }
    if text.chars().any(|c| c.is_ascii_alphabetic()) {
        let target = (text.chars().count() * 7).div_ceil(5);
        if length < target {
            out.push(' ');
            out.extend(std::iter::repeat_n(
                '·',
                (target - length).saturating_sub(1).max(1),
            ));
        }
    }
    Cow::Owned(out)
}

/// The accented twin of an ASCII letter, from Latin, Greek and Cyrillic letters the bundled font
/// (Ubuntu Light) draws (it lacks an accented m, v and x); anything else unchanged.
fn accent(c: char) -> char {
    const LOWER: &str = "åƀçđéƒĝĥîĵķĺмñöƥǫŕšţûѵŵχýž";
    const UPPER: &str = "ÅƁÇĐÉƑĜĤÎĴĶĹМÑÖƤǪŔŠŢÛѴŴΧÝŽ";
    let table = if c.is_ascii_lowercase() {
        LOWER
    } else if c.is_ascii_uppercase() {
        UPPER
    } else {
        return c;
    };
    let index = usize::from(c.to_ascii_lowercase() as u8 - b'a');
    table.chars().nth(index).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_letter_becomes_a_non_ascii_one() {
        for c in ('a'..='z').chain('A'..='Z') {
            let out = accent(c);
            assert!(!out.is_ascii(), "{c} stayed {out}");
        }
        // 10 characters become 14: one vowel doubled, then a space and two dots.
        assert_eq!(transform("Next: 465!"), "Ñééχţ: 465! ··");
        assert_eq!(transform("Queue"), "Ǫûûééûûéé", "long enough without dots");
        assert_eq!(transform(": "), ": ", "no letters, nothing added");
    }
}
