//! SHA-256 as 64 lowercase hex digits: the `digest` of a Document
//! (`seedparse._records.digest`), computed here when the native core is in use.
//!
//! Why here and not with `hashlib`: `hashlib` loads OpenSSL's libcrypto, about 3.5 MiB
//! of resident memory and 5 ms of a first `load`, for one hash per file; the pure
//! `_sha256` module avoids that but is four to five times slower. The `sha2` crate uses
//! the CPU's SHA extensions when it has them (runtime detection), so the digest costs
//! what OpenSSL's does without either price. Without them its portable code is about
//! twice OpenSSL's vector code (callgrind: 446,000 against 233,000 instructions for an
//! 8.3 KB note), so the Python side uses this hash only where [`accelerated`] says the
//! CPU has them, and `hashlib` elsewhere. The pure path keeps `hashlib`; both give the
//! same digest (a test compares them).

use sha2::{Digest, Sha256};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Whether [`sha256_hex`] runs on the CPU's SHA instructions (x86 SHA-NI with the SSE
/// levels the `sha2` crate asks for, or the ARMv8 SHA-2 extension), detected at run time.
pub fn accelerated() -> bool {
    #[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
    {
        std::is_x86_feature_detected!("sha")
            && std::is_x86_feature_detected!("sse2")
            && std::is_x86_feature_detected!("ssse3")
            && std::is_x86_feature_detected!("sse4.1")
    }
    #[cfg(target_arch = "aarch64")]
    {
        std::arch::is_aarch64_feature_detected!("sha2")
    }
    #[cfg(not(any(target_arch = "x86", target_arch = "x86_64", target_arch = "aarch64")))]
    {
        false
    }
}

/// `hashlib.sha256(data).hexdigest()`.
pub fn sha256_hex(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors() {
        // FIPS 180-2 examples and the empty message.
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn long_input_crosses_blocks() {
        // One million 'a': the third FIPS example (many 64-byte blocks).
        let data = vec![b'a'; 1_000_000];
        assert_eq!(
            sha256_hex(&data),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }
}
