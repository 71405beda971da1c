//! The control-byte test of the plain-UTF-8 decode (`seedparse._io.decode._decode_plain`).
//!
//! A C0 control byte other than tab, LF, FF, CR and ESC in a file's first 8 KiB sends
//! the file to the general decoder, whose ratio test decides "binary". In Python the
//! test is `bytes.translate` to a NUL-marked copy and a `memchr`: about 57,000
//! instructions for an 8 KiB head, a twentieth of a transcript note's load. Here it is
//! eight bytes at a time, with a byte-exact look only at the words holding a byte below
//! 0x20 (in text, the words with a line end).

/// The bytes `_decode_plain` refuses: 0x00-0x1f except 9, 10, 12, 13 and 27; bit `b` set
/// for byte `b`.
const CONTROL_MASK: u32 = !((1 << 9) | (1 << 10) | (1 << 12) | (1 << 13) | (1 << 27));

fn is_control(b: u8) -> bool {
    b < 0x20 && CONTROL_MASK & (1 << b) != 0
}

/// Whether the first `limit` bytes of `data` hold a control byte (see the module doc).
pub fn has_control(data: &[u8], limit: usize) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let head = &data[..data.len().min(limit)];
    let mut chunks = head.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Non-zero exactly when some byte is below 0x20 (bytes >= 0x80 never count).
        if w.wrapping_sub(LO * 0x20) & !w & HI != 0 && chunk.iter().any(|&b| is_control(b)) {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| is_control(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(data: &[u8], limit: usize) -> bool {
        data.iter()
            .take(limit)
            .any(|&b| b < 0x20 && ![9, 10, 12, 13, 27].contains(&b))
    }

    #[test]
    fn every_byte_at_every_place() {
        for b in 0..=255u8 {
            for at in [0, 1, 7, 8, 9, 15, 16, 30, 31] {
                let mut data = vec![b'a'; 32];
                data[at] = b;
                for limit in [0, at, at + 1, 8, 32, 100] {
                    assert_eq!(
                        has_control(&data, limit),
                        plain(&data, limit),
                        "{b} {at} {limit}"
                    );
                }
            }
        }
    }

    #[test]
    fn text_with_line_ends_and_utf8_has_none() {
        let text = "Línea uno\tcon tab\r\nzwei\x0cdrei \x1b[0m ёжик — «да»\n".repeat(300);
        assert!(!has_control(text.as_bytes(), 8192));
        let mut bad = text.into_bytes();
        bad[8191] = 0x01;
        assert!(has_control(&bad, 8192));
        assert!(!has_control(&bad, 8191));
    }
}
