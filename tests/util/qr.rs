//! Reading QR codes back with an independent decoder (rqrr), from our PNG and SVG files.

use std::io::Cursor;

use super::xml;

/// Decodes the one QR code in a greyscale or RGB(A) PNG; returns the text and rqrr's metadata.
pub fn decode_png(png_bytes: &[u8]) -> (String, rqrr::MetaData) {
    let mut decoder = png::Decoder::new(Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND);
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let (w, h) = (info.width as usize, info.height as usize);
    let channels = info.line_size / w;
    decode_grey(w, h, |x, y| buf[y * info.line_size + x * channels])
}

/// Rasterises the SVG we write (a `rect` background and one `path` of `M x y h n v 1 h -n z`
/// rectangles, in module units) at `scale` pixels per unit, and decodes it.
pub fn decode_svg(svg: &[u8], scale: usize) -> (String, rqrr::MetaData) {
    let doc = xml::parse(svg).expect("the SVG parses as XML");
    let svg_el = if doc.name == "svg" {
        &doc
    } else {
        doc.child("svg").expect("an svg element")
    };
    let view_box: Vec<usize> = svg_el
        .attr("viewBox")
        .expect("a viewBox")
        .split_whitespace()
        .map(|n| n.parse().expect("integer viewBox"))
        .collect();
    let (w, h) = (view_box[2], view_box[3]);
    let mut dark = vec![false; w * h];
    let rect = svg_el.child("rect").expect("a background rect");
    assert_eq!(rect.attr("fill"), Some("#ffffff"));
    let path = svg_el.child("path").expect("a path");
    assert_eq!(path.attr("fill"), Some("#000000"));
    for (x0, y0, x1, y1) in subpath_boxes(path.attr("d").expect("a d attribute")) {
        for y in y0..y1 {
            for x in x0..x1 {
                dark[y * w + x] = true;
            }
        }
    }
    decode_grey(w * scale, h * scale, |x, y| {
        if dark[(y / scale) * w + x / scale] {
            0
        } else {
            255
        }
    })
}

/// The bounding box of every subpath of a path made of M, h, v and z commands (absolute M,
/// relative h and v), as integer module coordinates.
fn subpath_boxes(d: &str) -> Vec<(usize, usize, usize, usize)> {
    let mut boxes = Vec::new();
    let mut chars = d.chars().peekable();
    let (mut x, mut y) = (0i64, 0i64);
    let mut points: Vec<(i64, i64)> = Vec::new();
    let number = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| -> i64 {
        while chars.peek() == Some(&' ') {
            chars.next();
        }
        let mut text = String::new();
        while let Some(&c) = chars.peek() {
            if c == '-' && text.is_empty() || c.is_ascii_digit() {
                text.push(c);
                chars.next();
            } else {
                break;
            }
        }
        text.parse().expect("a number in the path")
    };
    let close = |points: &mut Vec<(i64, i64)>, boxes: &mut Vec<_>| {
        if points.is_empty() {
            return;
        }
        let coord =
            |v: Option<i64>| usize::try_from(v.expect("a point")).expect("inside the image");
        let min_x = coord(points.iter().map(|p| p.0).min());
        let max_x = coord(points.iter().map(|p| p.0).max());
        let min_y = coord(points.iter().map(|p| p.1).min());
        let max_y = coord(points.iter().map(|p| p.1).max());
        boxes.push((min_x, min_y, max_x, max_y));
        points.clear();
    };
    while let Some(c) = chars.next() {
        match c {
            'M' => {
                close(&mut points, &mut boxes);
                x = number(&mut chars);
                y = number(&mut chars);
                points.push((x, y));
            }
            'h' => {
                x += number(&mut chars);
                points.push((x, y));
            }
            'v' => {
                y += number(&mut chars);
                points.push((x, y));
            }
            'z' => close(&mut points, &mut boxes),
            ' ' => {}
            other => panic!("unexpected path command {other:?}"),
        }
    }
    close(&mut points, &mut boxes);
    boxes
}

fn decode_grey(
    w: usize,
    h: usize,
    pixel: impl FnMut(usize, usize) -> u8,
) -> (String, rqrr::MetaData) {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, pixel);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "exactly one QR code in the image");
    let (meta, text) = grids[0].decode().expect("rqrr decodes the code");
    (text, meta)
}
