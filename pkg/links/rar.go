package links

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"
)

// RAR archives: WinRAR, 7-Zip and Windows 11 open them, and lures pack
// their program in one ("Invoice.rar" holding "Invoice.pdf.exe") where a
// filter opens only zips. Only the file names are read, from the blocks'
// headers (RAR 1.5-4: "Rar!\x1a\x07\x00"; RAR 5: "Rar!\x1a\x07\x01\x00"),
// each block skipped by the sizes its header gives: nothing is
// decompressed, so an archive costs a walk over at most maxZipEntries
// headers of bytes already in memory. (github.com/nwaples/rardecode/v2
// lists only through its fs.FS, which lists every header and loses all
// of them at the first broken one, and its Reader decompresses a solid
// archive's files to reach the next header.) An archive whose headers
// are encrypted names nothing; a cut or broken one, what it lists before
// the break.

// rarSig opens both RAR formats; the byte after it tells them apart
// (0: RAR 1.5-4; 1, then 0: RAR 5).
const rarSig = "Rar!\x1a\x07"

// maxArchivePrefix is how far into an attachment its RAR or 7z signature
// is looked for: WinRAR and 7-Zip open an archive after a stub (a
// self-extracting one's, or junk put there to hide the signature).
const maxArchivePrefix = 1 << 20

// rarNames lists the names of the files and folders of the RAR archive b
// (dirs: which are folders), at most maxZipEntries; complete when the
// walk reached the archive's end (its end block, or the last block's
// last byte): a cut or broken archive, one whose headers are encrypted,
// a walk a bound stopped, or a volume of a set other than the only one
// (its main header says it is a volume and not the first, or its end
// block that another follows: Invoice.part1.rar before
// Invoice.part2.rar, Invoice.rar before Invoice.r00) lists only some of
// its files. A volume's own names are listed all the same: the first
// names the files it begins. A set of one volume, first and last (rar -v
// on an archive smaller than the volume size), is a whole archive, which
// WinRAR and 7-Zip unpack alone. RAR before 3.0 marked no first volume:
// its volumes are never whole.
func rarNames(b []byte, stop *stopper) (names []string, dirs []bool, complete bool) {
	i := bytes.Index(b[:min(len(b), maxArchivePrefix)], []byte(rarSig))
	if i < 0 || len(b)-i < 8 {
		return nil, nil, false
	}
	switch b = b[i:]; {
	case b[6] == 0:
		return rar4Names(b[7:], stop)
	case b[6] == 1 && b[7] == 0:
		return rar5Names(b[8:], stop)
	}
	return nil, nil, false
}

// RAR 1.5-4 block types and flags read here.
const (
	rar4Main         = 0x73
	rar4File         = 0x74
	rar4Sub          = 0x77 // an old sub-block: its data size always follows
	rar4Protect      = 0x78 // a recovery record: its data size always follows
	rar4Service      = 0x7a // a service header (comment, stream): as a file header
	rar4End          = 0x7b
	rar4Encrypted    = 0x0080 // main header: the block headers are encrypted
	rar4LargeFile    = 0x0100 // file header: 64-bit sizes
	rar4UnicodeName  = 0x0200 // file header: the name holds a Unicode form
	rar4DirMask      = 0x00e0 // file header: all set for a folder
	rar4Volume       = 0x0001 // main header: a volume of a set
	rar4FirstVolume  = 0x0100 // main header: the first volume of a set (RAR 3.0 and later)
	rar4NextVolume   = 0x0001 // end block: a volume follows this one
	rar4HasAddedSize = 0x8000 // a data size follows the header's base
)

// rar4Names walks the blocks of a RAR 1.5-4 archive after its signature.
// A block opens with CRC (2), type (1), flags (2) and its header's size
// (2, these 7 bytes included); data of a size the header gives follows:
// a file's, a service header's, a sub-block's and a recovery record's
// always (as unrar reads them), another's when its flags say so.
func rar4Names(b []byte, stop *stopper) (names []string, dirs []bool, complete bool) {
	pos, volume, first := 0, false, false
	for pos+7 <= len(b) && len(names) < maxZipEntries && !stop.stopped() {
		typ, flags := b[pos+2], binary.LittleEndian.Uint16(b[pos+3:])
		size := int(binary.LittleEndian.Uint16(b[pos+5:]))
		if size < 7 || size > len(b)-pos {
			break // broken or cut: what was listed counts
		}
		h := b[pos : pos+size]
		data := uint64(0)
		switch {
		case size < 11:
		case typ == rar4File || typ == rar4Sub || typ == rar4Protect || typ == rar4Service:
			// unrar reads their data size whatever the flag says.
			data = uint64(binary.LittleEndian.Uint32(h[7:]))
			if typ == rar4Service && flags&rar4LargeFile != 0 && size >= 36 {
				data |= uint64(binary.LittleEndian.Uint32(h[32:])) << 32
			}
		case flags&rar4HasAddedSize != 0:
			data = uint64(binary.LittleEndian.Uint32(h[7:]))
		}
		switch typ {
		case rar4Main:
			if flags&rar4Encrypted != 0 {
				return names, dirs, false // encrypted headers: nothing more to read
			}
			volume, first = flags&rar4Volume != 0, flags&rar4FirstVolume != 0
		case rar4File:
			name, large, ok := rar4FileName(h, flags)
			if !ok {
				return names, dirs, false
			}
			names, dirs = append(names, name), append(dirs, flags&rar4DirMask == rar4DirMask)
			if large {
				data |= uint64(binary.LittleEndian.Uint32(h[32:])) << 32
			}
		case rar4End:
			return names, dirs, (!volume || first) && flags&rar4NextVolume == 0
		}
		if data > uint64(len(b)-pos-size) {
			break
		}
		pos += size + int(data)
	}
	return names, dirs, !volume && pos == len(b)
}

// rar4FileName reads the name of a RAR 1.5-4 file header h: NAME_SIZE at
// 26, the name at 32 (40 with 64-bit sizes, which large reports).
func rar4FileName(h []byte, flags uint16) (name string, large, ok bool) {
	if len(h) < 32 {
		return "", false, false
	}
	n, at := int(binary.LittleEndian.Uint16(h[26:])), 32
	large = flags&rar4LargeFile != 0
	if large {
		at = 40
	}
	if at+n > len(h) {
		return "", false, false
	}
	raw := h[at : at+n]
	if flags&rar4UnicodeName == 0 {
		return string(raw), large, true
	}
	ascii, enc, found := bytes.Cut(raw, []byte{0})
	if !found {
		return string(raw), large, true // RAR 3 writes a UTF-8 name so
	}
	return rar4Unicode(ascii, enc), large, true
}

// rar4Unicode decodes the Unicode form of a RAR 1.5-4 name: enc encodes
// its UTF-16 units against ascii, the name's single-byte form (unrar's
// EncodeFileName). Each two bits of a flag byte say how the next unit is
// written: as one byte with a zero high byte, as one byte with the high
// byte enc opens with, as two bytes, or as a run of ascii's bytes (with a
// correction added and that high byte, when the run's length has its top
// bit set).
func rar4Unicode(ascii, enc []byte) string {
	if len(enc) == 0 {
		return string(ascii)
	}
	high := uint16(enc[0])
	var out []uint16
	var flags byte
	bits := 0
	for pos := 1; pos < len(enc) && len(out) < 0x10000; {
		if bits == 0 {
			flags, bits = enc[pos], 8
			pos++
			continue
		}
		switch flags >> 6 {
		case 0:
			out = append(out, uint16(enc[pos]))
			pos++
		case 1:
			out = append(out, uint16(enc[pos])|high<<8)
			pos++
		case 2:
			if pos+1 >= len(enc) {
				return rar4String(out)
			}
			out = append(out, uint16(enc[pos])|uint16(enc[pos+1])<<8)
			pos += 2
		case 3:
			run := int(enc[pos])
			pos++
			if run&0x80 != 0 {
				if pos >= len(enc) {
					return rar4String(out)
				}
				fix := enc[pos]
				pos++
				for k := (run & 0x7f) + 2; k > 0 && len(out) < len(ascii); k-- {
					out = append(out, uint16(ascii[len(out)]+fix)|high<<8)
				}
			} else {
				for k := run + 2; k > 0 && len(out) < len(ascii); k-- {
					out = append(out, uint16(ascii[len(out)]))
				}
			}
		}
		flags <<= 2
		bits -= 2
	}
	return rar4String(out)
}

func rar4String(units []uint16) string { return string(utf16.Decode(units)) }

// RAR 5 header types and flags read here.
const (
	rar5Main         = 1
	rar5File         = 2
	rar5Encryption   = 4 // the headers after it are encrypted
	rar5End          = 5
	rar5HasExtra     = 0x1 // header flag: an extra area's size follows
	rar5HasData      = 0x2 // header flag: a data size follows
	rar5FileIsDir    = 0x1 // file flag: a folder
	rar5FileMTime    = 0x2 // file flag: a 4-byte modification time
	rar5FileCRC      = 0x4 // file flag: a 4-byte CRC of its data
	rar5Volume       = 0x1 // archive flag (main header): a volume of a set
	rar5VolumeNumber = 0x2 // archive flag: a volume number follows (every volume but the first)
	rar5NotLast      = 0x1 // end of archive flag: a volume follows this one
)

// rar5Names walks the blocks of a RAR 5 archive after its signature. A
// block opens with its header's CRC (4) and size (a vint counting what
// follows it), then type, flags, and the extra area's and data's sizes
// (vints) as the flags say; the data follows the header.
func rar5Names(b []byte, stop *stopper) (names []string, dirs []bool, complete bool) {
	pos, volume, first := 0, false, false
	for len(names) < maxZipEntries && !stop.stopped() {
		r := vintReader{b: b, pos: pos + 4}
		size := r.next()
		start := r.pos
		if r.bad || size == 0 || size > uint64(len(b)-start) {
			break // broken or cut: what was listed counts
		}
		end := start + int(size)
		h := vintReader{b: b[:end], pos: start}
		typ, flags := h.next(), h.next()
		if flags&rar5HasExtra != 0 {
			h.next()
		}
		data := uint64(0)
		if flags&rar5HasData != 0 {
			data = h.next()
		}
		switch typ {
		case rar5Encryption:
			return names, dirs, false
		case rar5Main:
			f := h.next()
			volume, first = f&rar5Volume != 0, f&rar5VolumeNumber == 0
		case rar5End:
			return names, dirs, (!volume || first) && h.next()&rar5NotLast == 0
		case rar5File:
			if name, dir, ok := rar5FileName(&h); ok {
				names, dirs = append(names, name), append(dirs, dir)
			}
		}
		if h.bad || data > uint64(len(b)-end) {
			break
		}
		pos = end + int(data)
	}
	return names, dirs, !volume && pos == len(b)
}

// rar5FileName reads the name of a RAR 5 file header, h at its file
// flags: flags, unpacked size, attributes, [time], [CRC], compression,
// host OS, the name's length and the name (UTF-8).
func rar5FileName(h *vintReader) (name string, dir, ok bool) {
	flags := h.next()
	h.next() // unpacked size
	h.next() // attributes
	if flags&rar5FileMTime != 0 {
		h.skip(4)
	}
	if flags&rar5FileCRC != 0 {
		h.skip(4)
	}
	h.next() // compression
	h.next() // host OS
	n := h.next()
	if h.bad || n > uint64(len(h.b)-h.pos) {
		return "", false, false
	}
	raw := h.b[h.pos : h.pos+int(n)]
	if !utf8.Valid(raw) {
		raw = bytes.ToValidUTF8(raw, []byte("\uFFFD"))
	}
	return string(raw), flags&rar5FileIsDir != 0, true
}

// vintReader reads RAR 5's variable-length integers: 7 bits a byte, low
// first, the top bit set on every byte but the last (at most 10 bytes).
type vintReader struct {
	b   []byte
	pos int
	bad bool
}

func (r *vintReader) next() uint64 {
	var v uint64
	for i := 0; i < 10; i++ {
		if r.pos >= len(r.b) {
			r.bad = true
			return 0
		}
		c := r.b[r.pos]
		r.pos++
		v |= uint64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v
		}
	}
	r.bad = true
	return 0
}

func (r *vintReader) skip(n int) {
	if r.pos+n > len(r.b) {
		r.bad = true
		r.pos = len(r.b)
		return
	}
	r.pos += n
}
