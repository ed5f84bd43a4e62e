//! The CLI front end: offsets per unit, JSON lines in order with an error
//! record for each bad line, clear errors for unreadable input.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("the CLI ends")
}

fn quote_span(out: &Output) -> (u64, u64) {
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON out");
    let q = &v["quotes"][0];
    (
        q["start"].as_u64().expect("start"),
        q["end"].as_u64().expect("end"),
    )
}

#[test]
fn offsets_in_code_points_by_default_and_utf16_on_request() {
    let text = "😀 He said: “Yes 👍.”".as_bytes();
    let chars = run(&[], text);
    assert!(chars.status.success());
    assert_eq!(quote_span(&chars), (11, 19));
    assert_eq!(quote_span(&run(&["--offsets", "utf16"], text)), (12, 21));
    assert_eq!(quote_span(&run(&["--offsets", "bytes"], text)), (14, 29));
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let input = b"{\"id\":\"a\",\"text\":\"\\u201cYes,\\u201d he said.\"}\nnot json\n\n{\"id\":\"c\"}\n{\"id\":7,\"text\":\"Plain.\"}\n";
    let out = run(&["--jsonl", "--jobs", "2"], input);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a bad line makes the exit status 1"
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "one output line per non-blank input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["quotes"][0]["speaker"]["text"], "he");
    assert_eq!(
        (lines[1]["line"].as_u64(), lines[1]["error"].is_string()),
        (Some(2), true)
    );
    assert_eq!(lines[2]["line"].as_u64(), Some(4));
    assert!(lines[2]["error"]
        .as_str()
        .is_some_and(|e| e.contains("\"text\"")));
    assert_eq!(lines[3]["id"], 7);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 2: malformed JSON") && stderr.contains("line 4:"),
        "{stderr}"
    );
}

#[test]
fn unreadable_and_invalid_input_are_clear_errors() {
    let missing = run(&["/no/such/file.txt"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.txt"));
    let binary = run(&[], b"ok \xff\xfe bytes");
    assert_eq!(binary.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&binary.stderr).contains("not UTF-8"));
    let bad_option = run(&["--offsets", "lines"], b"");
    assert_eq!(bad_option.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_option.stderr).contains("unknown offset unit"));
}
