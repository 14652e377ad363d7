package filter

import (
	"bufio"
	"bytes"
	"strings"

	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
	"github.com/emersion/go-message/textproto"
)

// readMessage reads the header facts scoring needs. A broken header yields
// empty fields, never an error: the links and envelope still count.
func readMessage(msg []byte, env Envelope) Message {
	m := Message{Envelope: env}
	m.MailFrom = normAddr(env.MailFrom)
	m.Recipients = make([]string, 0, len(env.Recipients))
	for _, rc := range env.Recipients {
		m.Recipients = append(m.Recipients, normAddr(rc))
	}
	h := readHeader(msg)
	if as, err := h.AddressList("From"); err == nil && len(as) > 0 {
		m.FromAddr, m.FromName = normAddr(as[0].Address), strings.TrimSpace(as[0].Name)
	} else {
		m.FromAddr = lenientFromAddr(h.Get("From")) // what a mail program would still show
	}
	m.ReplyTo = firstAddr(h, "Reply-To")
	if s, err := h.Subject(); err == nil {
		m.Subject = s
	} else {
		m.Subject = h.Get("Subject")
	}
	m.MessageID = strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>")
	m.AuthResults = h.Values("Authentication-Results")
	m.ListMail = h.Get("List-Id") != ""
	m.FromMalformed = fromMalformed(h.Values("From"))
	return m
}

// readHeader parses the top-level header; a broken header yields what
// could be read, possibly nothing.
func readHeader(msg []byte) mail.Header {
	th, _ := textproto.ReadHeader(bufio.NewReader(bytes.NewReader(msg)))
	return mail.Header{Header: message.Header{Header: th}}
}

func firstAddr(h mail.Header, keys ...string) string {
	for _, k := range keys {
		if as, err := h.AddressList(k); err == nil && len(as) > 0 {
			return normAddr(as[0].Address)
		}
	}
	return ""
}

// sender is the address judged as the sender: the header From (what the
// reader sees), else the envelope sender.
func (m Message) sender() string {
	if m.FromAddr != "" {
		return m.FromAddr
	}
	return m.MailFrom
}

func normAddr(a string) string {
	return strings.ToLower(strings.Trim(strings.TrimSpace(a), "<>"))
}

func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 {
		return addr[i+1:]
	}
	return ""
}
