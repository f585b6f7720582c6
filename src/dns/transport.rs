//! One question to one name server over UDP or TCP, within a deadline, watching a cancel token.
//!
//! Sockets wait in slices of at most [`CANCEL_POLL`] so that a cancel is seen quickly; the
//! deadline is checked after every slice.

use std::io::{self, Read as _, Write as _};
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream, UdpSocket};
use std::time::{Duration, Instant};

use hickory_proto::op::{Message, MessageType, Query};

use super::{CANCEL_POLL, CancelToken, LookupFailure};

/// Largest DNS message (UDP datagram or TCP frame).
const MAX_MESSAGE: usize = 65_535;

/// How an exchange with one server ended without a usable reply.
pub(super) enum Error {
    /// No reply before the deadline.
    TimedOut,
    /// Stop asking altogether (cancelled).
    Failed(LookupFailure),
    /// This server failed; another one may answer.
    Other(LookupFailure),
}

/// One query to one name server.
pub(super) struct Exchange<'a> {
    /// The encoded query.
    pub query: &'a [u8],
    /// Its question, which the reply must repeat.
    pub question: &'a Query,
    /// The name server.
    pub server: SocketAddr,
    /// Stops the exchange.
    pub cancel: &'a CancelToken,
}

impl Exchange<'_> {
    /// Sends the query in one datagram and waits for the reply that matches it (same ID, same
    /// question, from the server: the socket is connected to it). Other datagrams are ignored.
    pub(super) fn udp(&self, deadline: Instant) -> Result<Message, Error> {
        let local: SocketAddr = if self.server.is_ipv4() {
            (Ipv4Addr::UNSPECIFIED, 0).into()
        } else {
            (Ipv6Addr::UNSPECIFIED, 0).into()
        };
        let socket = UdpSocket::bind(local).map_err(|e| self.network(e))?;
        socket.connect(self.server).map_err(|e| self.network(e))?;
        socket.send(self.query).map_err(|e| self.network(e))?;
        let mut buf = vec![0_u8; MAX_MESSAGE];
        loop {
            let slice = self.slice(deadline)?;
            socket
                .set_read_timeout(Some(slice))
                .map_err(|e| self.network(e))?;
            match socket.recv(&mut buf) {
                Ok(n) => {
                    if let Some(reply) = self.matching(&buf[..n])? {
                        return Ok(reply);
                    }
                }
                Err(e) if is_wait(&e) => {}
                // A port nobody listens on answers with ICMP, reported here as refused.
                Err(e) => return Err(self.network(e)),
            }
        }
    }

    /// Sends the query over TCP (two-byte length, then the message) and reads one reply.
    pub(super) fn tcp(&self, deadline: Instant) -> Result<Message, Error> {
        let left = self.slice(deadline).map(|_| remaining(deadline))?;
        let mut stream = TcpStream::connect_timeout(&self.server, left).map_err(|e| {
            if is_wait(&e) {
                Error::TimedOut
            } else {
                self.network(e)
            }
        })?;
        let length = u16::try_from(self.query.len())
            .map_err(|_| Error::Failed(LookupFailure::BadName("the query is too long".into())))?;
        let mut framed = Vec::with_capacity(self.query.len() + 2);
        framed.extend_from_slice(&length.to_be_bytes());
        framed.extend_from_slice(self.query);
        stream
            .set_write_timeout(Some(remaining(deadline).max(Duration::from_millis(1))))
            .map_err(|e| self.network(e))?;
        stream.write_all(&framed).map_err(|e| {
            if is_wait(&e) {
                Error::TimedOut
            } else {
                self.network(e)
            }
        })?;
        let mut length = [0_u8; 2];
        self.read_exact(&mut stream, &mut length, deadline)?;
        let mut body = vec![0_u8; usize::from(u16::from_be_bytes(length))];
        self.read_exact(&mut stream, &mut body, deadline)?;
        self.matching(&body)?.ok_or_else(|| {
            Error::Other(LookupFailure::BadReply {
                server: self.server,
                detail: "the reply is not for this question".into(),
            })
        })
    }

    fn read_exact(
        &self,
        stream: &mut TcpStream,
        buf: &mut [u8],
        deadline: Instant,
    ) -> Result<(), Error> {
        let mut filled = 0;
        while filled < buf.len() {
            let slice = self.slice(deadline)?;
            stream
                .set_read_timeout(Some(slice))
                .map_err(|e| self.network(e))?;
            match stream.read(&mut buf[filled..]) {
                Ok(0) => {
                    return Err(self.network(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the name server closed the connection",
                    )));
                }
                Ok(n) => filled += n,
                Err(e) if is_wait(&e) => {}
                Err(e) => return Err(self.network(e)),
            }
        }
        Ok(())
    }

    /// The reply in `bytes` when it answers this query; `None` for a stray datagram; an error for
    /// a reply with this query's ID that cannot be read.
    fn matching(&self, bytes: &[u8]) -> Result<Option<Message>, Error> {
        let same_id = bytes.len() >= 2 && self.query.len() >= 2 && bytes[..2] == self.query[..2];
        if !same_id {
            return Ok(None);
        }
        let reply = Message::from_vec(bytes).map_err(|e| {
            Error::Other(LookupFailure::BadReply {
                server: self.server,
                detail: e.to_string(),
            })
        })?;
        let answers_this = reply.metadata.message_type == MessageType::Response
            && reply.queries.first() == Some(self.question);
        Ok(answers_this.then_some(reply))
    }

    /// How long to wait next: at most [`CANCEL_POLL`], never past the deadline; an error when
    /// cancelled or when the deadline has passed.
    fn slice(&self, deadline: Instant) -> Result<Duration, Error> {
        if self.cancel.is_cancelled() {
            return Err(Error::Failed(LookupFailure::Cancelled));
        }
        let left = remaining(deadline);
        if left.is_zero() {
            return Err(Error::TimedOut);
        }
        // A zero duration means "no timeout" to the OS: never pass it.
        Ok(left.min(CANCEL_POLL).max(Duration::from_millis(1)))
    }

    fn network(&self, source: io::Error) -> Error {
        Error::Other(LookupFailure::Network {
            server: self.server,
            source: source.into(),
        })
    }
}

fn remaining(deadline: Instant) -> Duration {
    deadline.saturating_duration_since(Instant::now())
}

/// A read that ran out of its slice (Unix says `WouldBlock`, Windows `TimedOut`).
fn is_wait(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
    )
}
