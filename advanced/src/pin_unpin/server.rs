//! Support for Q24's `fetch_and_process`: a minimal HTTP/1.1 server on 127.0.0.1, so the example never
//! leaves the machine. Not part of the lesson.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};

/// The body the local server answers with.
pub const SERVER_BODY: &str = "hello from 127.0.0.1";

/// Starts the server on 127.0.0.1 (port chosen by the OS) in a background thread. It answers every
/// request with `200 OK` and [`SERVER_BODY`]. Returns its address.
pub fn start_server() -> io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let addr = listener.local_addr()?;
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            // One bad client must not stop the server: errors end that connection only.
            let _ = answer(&mut stream);
        }
    });
    Ok(addr)
}

fn answer(stream: &mut TcpStream) -> io::Result<()> {
    // Read the request head (up to the empty line); this server ignores its content.
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
    }
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        SERVER_BODY.len(),
        SERVER_BODY
    )?;
    stream.flush()
}

/// An address on 127.0.0.1 where nothing listens: a port bound by the OS, then freed.
pub fn refusing_address() -> io::Result<SocketAddr> {
    TcpListener::bind("127.0.0.1:0")?.local_addr()
}
