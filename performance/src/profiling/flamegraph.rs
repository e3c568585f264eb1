//! A flamegraph from `perf`, with no dependency: [`collapse_perf_script`] folds the stacks that
//! `perf script` prints (what Brendan Gregg's `stackcollapse-perf.pl` does), [`render_svg`] draws them
//! (what `flamegraph.pl` does), and [`record`] runs `perf record` on this very program.
//!
//! Why not a crate: `pprof`'s flamegraph feature and `inferno` each pull in dozens of crates for what is,
//! for one workload, two hundred lines; `cargo flamegraph` is a separate install. `perf` itself does the
//! sampling (with DWARF unwinding, so release builds need no frame pointers, only the debug info of the
//! `profiling` profile) and is one `apt-get install linux-perf` away.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// Folded stacks: `"main;parse;hash" -> samples`, root first.
pub type Folded = BTreeMap<String, u64>;

/// Folds the text printed by `perf script` into stacks. A sample is a header line followed by one frame
/// per line (leaf first) and a blank line; a frame reads `ADDR SYMBOL+0xOFF (DSO)`.
pub fn collapse_perf_script(text: &str) -> Folded {
    let mut folded = Folded::new();
    let mut frames: Vec<String> = Vec::new();
    let mut in_sample = false;
    for line in text.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if in_sample && !frames.is_empty() {
                frames.reverse();
                *folded.entry(frames.join(";")).or_insert(0) += 1;
            }
            frames.clear();
            in_sample = false;
        } else if !line.starts_with(char::is_whitespace) {
            in_sample = true; // header: "comm pid time: period event:"
        } else if let Some(symbol) = frame_symbol(line) {
            frames.push(symbol);
        }
    }
    folded
}

/// The function name of one frame line, without address, offset and DSO; `;` is replaced because it
/// separates frames in the folded format.
fn frame_symbol(line: &str) -> Option<String> {
    let rest = line.trim_start();
    let (_addr, rest) = rest.split_once(char::is_whitespace)?;
    let symbol = match rest.rfind(" (") {
        Some(i) => &rest[..i],
        None => rest,
    };
    let symbol = match symbol.rfind("+0x") {
        Some(i) => &symbol[..i],
        None => symbol,
    };
    let symbol = symbol.trim();
    (!symbol.is_empty()).then(|| symbol.replace(';', ":"))
}

/// A node of the call tree built from folded stacks.
#[derive(Default)]
struct Node {
    samples: u64,
    children: BTreeMap<String, Node>,
}

fn build_tree(folded: &Folded) -> Node {
    let mut root = Node::default();
    for (stack, &count) in folded {
        root.samples += count;
        let mut node = &mut root;
        for frame in stack.split(';') {
            node = node.children.entry(frame.to_string()).or_default();
            node.samples += count;
        }
    }
    root
}

fn depth(node: &Node) -> usize {
    node.children
        .values()
        .map(|c| 1 + depth(c))
        .max()
        .unwrap_or(0)
}

/// A warm colour derived from the name, so a function keeps its colour from one graph to the next.
fn colour(name: &str) -> String {
    let h = name
        .bytes()
        .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
    format!(
        "rgb({},{},{})",
        205 + h % 50,
        80 + (h >> 8) % 130,
        (h >> 16) % 60
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const WIDTH: f64 = 1200.0;
const ROW: f64 = 16.0;

/// Draws `folded` as an SVG flamegraph: one rectangle per frame, its width proportional to its samples,
/// callers below callees, hover text with the full name and the share of samples.
pub fn render_svg(folded: &Folded, title: &str) -> String {
    let root = build_tree(folded);
    let rows = depth(&root) + 1;
    let height = (rows as f64 + 2.0) * ROW + 10.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="monospace" font-size="11">"#
    );
    let _ = writeln!(
        svg,
        r##"<rect width="100%" height="100%" fill="#f8f4ec"/><text x="{}" y="16" text-anchor="middle" font-size="14">{}</text>"##,
        WIDTH / 2.0,
        escape(title)
    );
    let total = root.samples.max(1) as f64;
    draw(&mut svg, "all", &root, 0.0, 0, total, height);
    svg.push_str("</svg>\n");
    svg
}

fn draw(svg: &mut String, name: &str, node: &Node, x: f64, level: usize, total: f64, height: f64) {
    let w = node.samples as f64 / total * WIDTH;
    if w < 0.3 {
        return; // narrower than a pixel's third: invisible anyway
    }
    // The root sits at the bottom; each callee one row above its caller.
    let y = height - 10.0 - (level as f64 + 1.0) * ROW;
    let pct = node.samples as f64 / total * 100.0;
    let label = if w > 30.0 {
        let chars = ((w - 6.0) / 6.6) as usize;
        let short: String = name.chars().take(chars).collect();
        if short.len() < name.len() {
            format!("{}..", &short[..short.len().saturating_sub(2)])
        } else {
            short
        }
    } else {
        String::new()
    };
    let _ = writeln!(
        svg,
        r#"<g><title>{} ({} samples, {pct:.1}%)</title><rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{}" fill="{}" rx="2"/><text x="{:.1}" y="{:.1}">{}</text></g>"#,
        escape(name),
        node.samples,
        ROW - 1.0,
        colour(name),
        x + 3.0,
        y + ROW - 4.0,
        escape(&label)
    );
    let mut child_x = x;
    for (child_name, child) in &node.children {
        draw(svg, child_name, child, child_x, level + 1, total, height);
        child_x += child.samples as f64 / total * WIDTH;
    }
}

/// Whether `perf` can sample here (installed, and allowed to open a software clock event).
pub fn perf_available() -> bool {
    Command::new("perf")
        .args(["record", "-q", "-o", "/dev/null", "--", "true"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Samples `program args` with `perf record` (DWARF call graphs) and returns the folded stacks.
pub fn record(program: &Path, args: &[&str], scratch: &Path) -> Result<Folded, String> {
    let data = scratch.join("perf.data");
    let status = Command::new("perf")
        .args(["record", "-q", "-F", "999", "--call-graph", "dwarf", "-o"])
        .arg(&data)
        .arg("--")
        .arg(program)
        .args(args)
        .stdout(std::process::Stdio::null()) // the workload's own output is not ours to print
        .status()
        .map_err(|e| {
            format!("cannot run perf (install it with: apt-get install linux-perf): {e}")
        })?;
    if !status.success() {
        return Err(format!("perf record failed ({status})"));
    }
    let out = Command::new("perf")
        .args(["script", "-i"])
        .arg(&data)
        .output()
        .map_err(|e| format!("cannot run perf script: {e}"))?;
    if !out.status.success() {
        return Err(format!("perf script failed ({})", out.status));
    }
    let folded = collapse_perf_script(&String::from_utf8_lossy(&out.stdout));
    if folded.is_empty() {
        return Err("perf recorded no samples".to_string());
    }
    Ok(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PERF_SCRIPT: &str = "\
profiling 100 1.0: 1001001 cpu-clock:pppH:
\t    275d5 core::hash::sip::Hasher::write+0x15 (/bin/profiling)
\t    27657 performance::profiling::count_std+0x97 (/bin/profiling)
\t    26cdd main+0x1d (/bin/profiling)

profiling 100 1.1: 1001001 cpu-clock:pppH:
\t    275d5 core::hash::sip::Hasher::write+0x20 (/bin/profiling)
\t    27657 performance::profiling::count_std+0x97 (/bin/profiling)
\t    26cdd main+0x1d (/bin/profiling)

profiling 100 1.2: 1001001 cpu-clock:pppH:
\t    4e62d <Vec<T> as Drop>::drop (inlined)
\t    27700 performance::profiling::count_fx+0x10 (/bin/profiling)
\t    26cdd main+0x1d (/bin/profiling)
";

    #[test]
    fn perf_script_output_folds_into_root_first_stacks() {
        let folded = collapse_perf_script(PERF_SCRIPT);
        assert_eq!(
            folded.into_iter().collect::<Vec<_>>(),
            vec![
                (
                    "main;performance::profiling::count_fx;<Vec<T> as Drop>::drop".to_string(),
                    1
                ),
                (
                    "main;performance::profiling::count_std;core::hash::sip::Hasher::write"
                        .to_string(),
                    2
                ),
            ]
        );
    }

    #[test]
    fn the_svg_has_one_box_per_frame_with_its_share() {
        let svg = render_svg(&collapse_perf_script(PERF_SCRIPT), "test <graph>");
        assert!(svg.starts_with("<svg "));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("test &lt;graph&gt;"));
        // all, main, count_std, sip write, count_fx, drop
        assert_eq!(svg.matches("<rect x=").count(), 6);
        assert!(
            svg.contains("<title>performance::profiling::count_std (2 samples, 66.7%)</title>")
        );
        assert!(
            svg.contains("<title>&lt;Vec&lt;T&gt; as Drop&gt;::drop (1 samples, 33.3%)</title>")
        );
    }
}
