// Package milterguard owns the milter socket the MTA connects to. It
// relays each connection to go-milter's server, listening on a private
// unix socket, and reads the MTA's side of the stream as milter packets
// (a 4-byte big-endian length, then that many bytes) before go-milter
// does, to keep out what go-milter v0.10.2 mishandles:
//
//   - a packet of length 0 makes go-milter panic (index out of range),
//     which takes the whole daemon down; a packet over MaxPacket makes it
//     allocate the claimed length up front. Either closes that one
//     connection, with a log line;
//   - when the MTA offers packets of 256 KiB or 1 MiB (SMFIP_MDS_256K,
//     SMFIP_MDS_1M; Sendmail can), go-milter cuts a replaced body into
//     chunks that large but refuses to send any chunk over 64 KiB, so a
//     locked message over 64 KiB went out with its links live. The guard
//     clears those two bits in the MTA's option negotiation, so 64 KiB
//     packets are used both ways, as with Postfix.
//   - go-milter has no read timeout, so an MTA that negotiates and then
//     sends nothing held its connection until the MTA's own timeout, or
//     forever. The guard follows the session from the packets' command
//     codes and closes a connection, with a log line naming the peer, when
//     the MTA is silent longer than Timeouts allow: Timeouts.Message where
//     a live MTA is never silent (before the connect event, inside a
//     packet, inside a message's content from its first header to its
//     end), Timeouts.Session elsewhere (between SMTP commands and the
//     messages of one SMTP session, while the MTA waits for the verdict:
//     waits for the SMTP client, which are long), and no bound while the
//     client sends DATA (the MTA bounds each read of it, not the transfer,
//     which for a large message from a slow client takes hours; a reject,
//     tempfail or reply code answering DATA refuses the transfer, and the
//     wait is a session wait again). The
//     guard also reads the filter's replies for their codes only: one
//     that ends a message inside its content (accept, discard, reject,
//     tempfail, a reply code: an early verdict; go-milter, as milterd sets
//     it up, negotiates no replies to content and hangs up on an error
//     there instead, see below) ends that content, and the wait running is
//     re-armed as a session wait, since the MTA sends no more of that
//     message (Sendmail not even EOM or abort) and waits for its SMTP
//     client; content packets the MTA sent before the answer reached it
//     do not bring the message bound back, the next envelope command
//     does.
//   - the MTA applies its milter default action (Postfix default_action,
//     Sendmail F=; with no F= flag the rest passes unfiltered) to the rest
//     of an SMTP session whose milter connection closed: the guard logs
//     each one it closes, and each the filter closes before the MTA quit
//     (go-milter hangs up, answering nothing, on an error inside a
//     message, as milterd negotiates no replies to content), at WARN,
//     naming the peer, where the session was, and what follows. The MTA
//     awaits the verdict from its end of message to the filter's final
//     reply to it (accept, continue, discard, reject, tempfail, a reply
//     code): a cut then affects that message, and the line says "awaiting
//     the verdict", not "between commands or messages"; that final reply
//     re-arms the wait running, so an idle SMTP client after it is not
//     reported as a verdict awaited. A packet half relayed when the
//     filter hangs up is named by the message it belongs to ("inside a
//     message": the MTA sends content without waiting, so the next body
//     packet is often on its way), "inside a packet" only between
//     commands or messages.
//
// Nothing else in the stream is changed, and of the filter's side only
// the reply codes are read.
package milterguard
