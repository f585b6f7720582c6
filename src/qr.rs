//! QR codes as a module matrix, and that matrix as PNG, SVG or terminal text.
//!
//! Everything is encoded in byte mode (the text's UTF-8 bytes as they are, the way Thunderbird
//! desktop writes its codes) and drawn with a quiet zone of [`QUIET_ZONE`] light modules on
//! every side, which scanners need to find the code. The GUI paints [`QrMatrix::is_dark`]
//! itself, so the code stays crisp at any scale.
//!
//! ```
//! use icloud_mail_wizard::qr::{EcLevel, QrMatrix};
//! let qr = QrMatrix::encode(b"http://192.168.1.20:8080/abc", EcLevel::L)?;
//! assert_eq!(qr.width(), 25); // 28 bytes: version 2 (up to 32 bytes at level L)
//! assert_eq!(qr.size_with_quiet_zone(), 33);
//! assert!(qr.to_png(4)?.starts_with(b"\x89PNG"));
//! # Ok::<(), icloud_mail_wizard::qr::QrError>(())
//! ```

use std::fmt::Write as _;
use std::io::Cursor;

use qrcode::bits::Bits;
use qrcode::{Color, QrCode, Version};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, Event};

pub use qrcode::EcLevel;

/// Light modules around the code on every side (the QR standard's minimum).
pub const QUIET_ZONE: usize = 4;

/// Why a QR code could not be made or drawn.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The data does not fit into the largest QR code (version 40) at this error correction.
    #[error("{len} bytes do not fit into one QR code (at most 2953 in byte mode)")]
    TooLong {
        /// The length of the data in bytes.
        len: usize,
    },
    /// The encoder refused the data.
    #[error("could not encode the QR code: {0}")]
    Encode(qrcode::types::QrError),
    /// The PNG writer failed (it writes to memory, so this is not expected in practice).
    #[error("could not write the PNG image")]
    Png(#[from] png::EncodingError),
    /// The SVG writer failed (it writes to memory, so this is not expected in practice).
    #[error("could not write the SVG image")]
    Svg(#[from] std::io::Error),
    /// A module size of zero, or one that makes the image larger than 16384 pixels a side.
    #[error("a module size of {0} pixels makes no usable image")]
    ModuleSize(u32),
}

/// The modules of one QR code, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    width: usize,
    version: i16,
    dark: Vec<bool>,
}

impl QrMatrix {
    /// Encodes `data` in byte mode at `ec`, in the smallest version it fits.
    pub fn encode(data: &[u8], ec: EcLevel) -> Result<Self, QrError> {
        for v in 1..=40 {
            let mut bits = Bits::new(Version::Normal(v));
            if bits.push_byte_data(data).is_err() || bits.push_terminator(ec).is_err() {
                continue;
            }
            let code = QrCode::with_bits(bits, ec).map_err(QrError::Encode)?;
            let width = code.width();
            let dark = code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect();
            return Ok(Self {
                width,
                version: v,
                dark,
            });
        }
        Err(QrError::TooLong { len: data.len() })
    }

    /// Modules per side, without the quiet zone (21 for version 1, 4 more per version).
    pub fn width(&self) -> usize {
        self.width
    }

    /// The QR version (1-40).
    pub fn version(&self) -> i16 {
        self.version
    }

    /// Modules per side including the quiet zone on both sides.
    pub fn size_with_quiet_zone(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// Whether the module at column `x`, row `y` is dark; coordinates count the quiet zone
    /// (0..[`size_with_quiet_zone`](Self::size_with_quiet_zone)), which is always light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        let (Some(x), Some(y)) = (x.checked_sub(QUIET_ZONE), y.checked_sub(QUIET_ZONE)) else {
            return false;
        };
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }

    /// A black-on-white greyscale PNG with `module_px` pixels per module, quiet zone included.
    pub fn to_png(&self, module_px: u32) -> Result<Vec<u8>, QrError> {
        let modules = u32::try_from(self.size_with_quiet_zone())
            .map_err(|_| QrError::ModuleSize(module_px))?;
        let side = modules
            .checked_mul(module_px)
            .filter(|&s| s > 0 && s <= 16_384)
            .ok_or(QrError::ModuleSize(module_px))?;
        let px = module_px as usize;
        let side_px = side as usize;
        // One line of pixels per row of modules, repeated `px` times: each module is looked up
        // once, not once per pixel (a 53-module code at 6 pixels is 36 times fewer lookups).
        let mut pixels = Vec::with_capacity(side_px * side_px);
        let mut line = vec![0u8; side_px];
        for y in 0..self.size_with_quiet_zone() {
            for (x, module) in line.chunks_exact_mut(px).enumerate() {
                module.fill(if self.is_dark(x, y) { 0 } else { 255 });
            }
            for _ in 0..px {
                pixels.extend_from_slice(&line);
            }
        }
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, side, side);
        encoder.set_color(png::ColorType::Grayscale);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header()?;
        writer.write_image_data(&pixels)?;
        writer.finish()?;
        Ok(out)
    }

    /// An SVG whose user unit is one module (shown at 8 pixels a module unless scaled): a white square for the whole code with its quiet
    /// zone, and one black path made of a `M x y h n v 1 h -n z` rectangle per horizontal run of
    /// dark modules. `shape-rendering="crispEdges"` keeps module edges sharp.
    pub fn to_svg(&self) -> Result<Vec<u8>, QrError> {
        let size = self.size_with_quiet_zone().to_string();
        let view_box = format!("0 0 {size} {size}");
        // Shown at 8 pixels a module unless scaled; the viewBox keeps it sharp at any size.
        let shown = (self.size_with_quiet_zone() * 8).to_string();
        let mut path = String::new();
        for y in 0..self.size_with_quiet_zone() {
            let mut x = 0;
            while x < self.size_with_quiet_zone() {
                if self.is_dark(x, y) {
                    let start = x;
                    while self.is_dark(x, y) {
                        x += 1;
                    }
                    let run = x - start;
                    // Writing to a String cannot fail.
                    let _ = write!(path, "M{start} {y}h{run}v1h-{run}z");
                } else {
                    x += 1;
                }
            }
        }
        let mut writer = Writer::new(Cursor::new(Vec::new()));
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let svg = BytesStart::new("svg").with_attributes([
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("version", "1.1"),
            ("viewBox", view_box.as_str()),
            ("width", shown.as_str()),
            ("height", shown.as_str()),
            ("shape-rendering", "crispEdges"),
        ]);
        writer.write_event(Event::Start(svg))?;
        writer.write_event(Event::Empty(BytesStart::new("rect").with_attributes([
            ("width", size.as_str()),
            ("height", size.as_str()),
            ("fill", "#ffffff"),
        ])))?;
        writer.write_event(Event::Empty(
            BytesStart::new("path").with_attributes([("fill", "#000000"), ("d", path.as_str())]),
        ))?;
        writer.write_event(Event::End(BytesEnd::new("svg")))?;
        let mut out = writer.into_inner().into_inner();
        out.push(b'\n');
        Ok(out)
    }

    /// The code for a terminal, two rows of modules per line in Unicode half blocks, quiet zone
    /// included; lines end in `\n`. With `light_on_dark` (most terminals: light text on a dark
    /// background) the light modules are the drawn blocks, so the code comes out dark on light
    /// as scanners expect; without it the dark modules are drawn.
    pub fn to_terminal(&self, light_on_dark: bool) -> String {
        let size = self.size_with_quiet_zone();
        let mut out = String::with_capacity((size + 1) * size.div_ceil(2) * 3);
        for y in (0..size).step_by(2) {
            for x in 0..size {
                let top = self.is_dark(x, y) != light_on_dark;
                let bottom = (y + 1 < size && self.is_dark(x, y + 1)) != light_on_dark;
                out.push(match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_zone_is_light_and_finder_patterns_are_dark() {
        let qr = QrMatrix::encode(b"hello", EcLevel::L).unwrap();
        assert_eq!(qr.width(), 21);
        for i in 0..qr.size_with_quiet_zone() {
            for q in 0..QUIET_ZONE {
                assert!(!qr.is_dark(i, q) && !qr.is_dark(q, i));
                let far = qr.size_with_quiet_zone() - 1 - q;
                assert!(!qr.is_dark(i, far) && !qr.is_dark(far, i));
            }
        }
        // The top-left finder pattern's corner.
        assert!(qr.is_dark(QUIET_ZONE, QUIET_ZONE));
    }

    #[test]
    fn byte_mode_grows_with_the_data() {
        let small = QrMatrix::encode(&[b'1'; 17], EcLevel::L).unwrap();
        // 17 digits fit version 1 in byte mode at L (17 bytes); 18 do not.
        assert_eq!(small.version(), 1);
        let larger = QrMatrix::encode(&[b'1'; 18], EcLevel::L).unwrap();
        assert_eq!(larger.version(), 2);
        assert!(matches!(
            QrMatrix::encode(&[b'x'; 3000], EcLevel::L),
            Err(QrError::TooLong { len: 3000 })
        ));
    }

    #[test]
    fn png_size_and_bad_module_sizes() {
        let qr = QrMatrix::encode(b"hello", EcLevel::L).unwrap();
        let png = qr.to_png(3).unwrap();
        let decoder = png::Decoder::new(Cursor::new(png));
        let reader = decoder.read_info().unwrap();
        assert_eq!(reader.info().width, 29 * 3);
        assert!(matches!(qr.to_png(0), Err(QrError::ModuleSize(0))));
        assert!(matches!(
            qr.to_png(10_000),
            Err(QrError::ModuleSize(10_000))
        ));
    }

    #[test]
    fn every_png_pixel_is_its_module() {
        let qr = QrMatrix::encode(b"WIFI:T:WPA;S:x;;", EcLevel::M).unwrap();
        for px in [1, 2, 5] {
            let png = qr.to_png(px).unwrap();
            let mut reader = png::Decoder::new(Cursor::new(png)).read_info().unwrap();
            let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
            reader.next_frame(&mut pixels).unwrap();
            let side = qr.size_with_quiet_zone() * px as usize;
            assert_eq!(pixels.len(), side * side);
            for (i, &pixel) in pixels.iter().enumerate() {
                let (x, y) = (i % side / px as usize, i / side / px as usize);
                let expected = if qr.is_dark(x, y) { 0 } else { 255 };
                assert_eq!(pixel, expected, "pixel {i} at {px} px a module");
            }
        }
    }

    #[test]
    fn terminal_rows_are_halved() {
        let qr = QrMatrix::encode(b"hello", EcLevel::L).unwrap();
        let text = qr.to_terminal(false);
        assert_eq!(text.lines().count(), 29_usize.div_ceil(2));
        assert!(text.lines().all(|l| l.chars().count() == 29));
        assert!(text.lines().next().unwrap().chars().all(|c| c == ' '));
        assert!(
            qr.to_terminal(true)
                .lines()
                .next()
                .unwrap()
                .chars()
                .all(|c| c == '█')
        );
    }
}
