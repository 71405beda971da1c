use super::lines::*;
use super::pack::*;
use super::*;
use crate::inline::Settings;

fn read(text: &str) -> Option<Body> {
    let chars: Vec<char> = text.chars().collect();
    let settings = Settings {
        ts_target: Some("https://www.youtube.com/watch?v=abc&t="),
        max_link: 512,
        amp_free: false,
        ascii: None,
    };
    let mut is_word = |c: char| c.is_alphanumeric();
    let by_chars = read_body(&chars, 0, &settings, &mut is_word);
    if text.is_ascii() {
        let by_bytes = read_body(text.as_bytes(), 0, &settings, &mut is_word);
        assert_eq!(by_chars, by_bytes);
        // What the binding passes: the bytes read as slices of the text.
        let told = Settings {
            ascii: Some(text),
            ..settings
        };
        assert_eq!(read_body(text.as_bytes(), 0, &told, &mut is_word), by_chars);
    }
    if !text.contains('&') {
        // What the binding passes for such a text: the blocks' own searches skipped.
        let told = Settings {
            amp_free: true,
            ..settings
        };
        assert_eq!(read_body(&chars, 0, &told, &mut is_word), by_chars);
    }
    by_chars
}

#[test]
fn a_small_note() {
    let body = read(
        "From: [[chan]] <br/>\n\n# Title\n\nSaid it <a class=\"yt-timestamp\" data-t=\"00:00:05\">[00:00:05]</a>.\n\n- one\n  - two [[x|X]]\n",
    )
    .unwrap();
    assert_eq!(body.channels, vec!["chan".to_owned()]);
    assert_eq!(body.first_heading.as_deref(), Some("Title"));
    assert_eq!(body.body, "Title\n\nSaid it.\n\none\n\ntwo X");
    assert_eq!(body.passages.len(), 4 * 9);
    assert_eq!(body.citations.len(), 2 * 8);
    assert_eq!(
        body.prefix.as_deref(),
        Some("https://www.youtube.com/watch?v=abc&t=")
    );
    // The timestamp's target is derived, its claim a slice of the passage text.
    assert_eq!(body.citations[5], DERIVED);
    assert_eq!(body.citations[1], 7);
    assert_eq!(body.citations[2], 8);
}

#[test]
fn quotes_tables_code() {
    let body =
        read("> [!note] a\n> b [00:01]\n\n| a | b |\n|---|---|\n| [[x]] | y |\n\n```\ncode\n```\n")
            .unwrap();
    assert_eq!(body.body, "a b\n\na | b\nx | y\n\ncode");
    // The marker's span maps back to the source through the quote's prefixes.
    assert_eq!(&body.citations[3..5], &[16, 23]);
    assert_eq!(&body.citations[11..13], &[47, 52]);
}

#[test]
fn entities_go_to_python() {
    assert_eq!(read("a &amp; b\n"), None);
}

#[test]
fn setext_and_from_rest() {
    let body = read("Title\n=====\n\ntext\n").unwrap();
    assert_eq!(body.first_heading.as_deref(), Some("Title"));
    assert!(from_rest(&"  , and <br/>".chars().collect::<Vec<_>>()));
    assert!(!from_rest(&"andy".chars().collect::<Vec<_>>()));
}

#[test]
fn find_first_is_str_find() {
    let long = "a".repeat(3000) + "b";
    let needle = "a".repeat(40) + "b";
    let cases: Vec<(&str, &str)> = vec![
        ("", ""),
        ("abc", ""),
        ("abc", "c"),
        ("abcabc", "cab"),
        ("ab", "abc"),
        ("x\u{e9}y\u{e9}z", "\u{e9}z"),
        ("said it. said it.", "said it."),
        (&long, &needle),
        (&long, "ab"),
        (&long, "ba"),
    ];
    for (hay, needle) in cases {
        assert_eq!(
            find_first(hay, needle),
            hay.find(needle),
            "{needle:?} in {hay:?}"
        );
    }
}

#[test]
fn find_first_is_str_find_across_block_edges() {
    // Texts of a three-letter alphabet, long enough to hold several 32-byte blocks of
    // the pair search, with needles of every length at every offset and some that
    // are not in the text: each answer is str::find's.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for length in [0usize, 1, 2, 31, 32, 33, 34, 63, 64, 65, 97, 130] {
        let hay: String = (0..length)
            .map(|_| ['a', 'b', ' '][(next() % 3) as usize])
            .collect();
        for start in 0..length {
            for len in [1usize, 2, 3, 5, 9] {
                let needle = &hay[start..(start + len).min(length)];
                assert_eq!(
                    find_first(&hay, needle),
                    hay.find(needle),
                    "{needle:?} in {hay:?}"
                );
            }
        }
        for needle in ["ba a", "aaaaaa", "b b b", "c", "ac"] {
            assert_eq!(
                find_first(&hay, needle),
                hay.find(needle),
                "{needle:?} in {hay:?}"
            );
        }
    }
}

#[test]
fn lines_split_as_python_splits() {
    for text in ["", "\n", "a", "a\nb", "a\n\nb\n", "\u{e9}\n\u{e9}\u{e9}\n"] {
        let chars: Vec<char> = text.chars().collect();
        let want: Vec<Vec<char>> = text.split('\n').map(|l| l.chars().collect()).collect();
        let got: Vec<Vec<char>> = split_lines(&chars).iter().map(|l| l.to_vec()).collect();
        assert_eq!(got, want);
    }
}

#[test]
fn cells() {
    let line: Vec<char> = "| [[a|b]] | c \\| d |".chars().collect();
    assert_eq!(table_cells(&line), vec![(2, 9), (12, 18)]);
}

#[test]
fn an_entity_in_any_block_leaves_the_note_to_python() {
    // Near-miss pairs: the same notes without the `&` are read natively.
    assert!(read("## Head\n\nOne [00:01](x) claim.\n\nTom &amp; Jerry.\n").is_none());
    assert!(read("## Head\n\nOne [00:01](x) claim.\n\nTom and Jerry.\n").is_some());
    assert!(read("Tom &amp; Jerry.\n\n## Head\n").is_none());
    assert!(read("Tom and Jerry.\n\n## Head\n").is_some());
}
