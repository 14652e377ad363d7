package links

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
	"unicode/utf16"

	"github.com/ulikunitz/xz/lzma"
)

// 7z archives: 7-Zip and Windows 11 open them, and lures pack their
// program in one where a filter opens only zips. Only the file names are
// read, from the archive's header (7zFormat.txt in the 7-Zip sources):
// its end names the header's place, and the header (plain, or itself
// compressed with LZMA or LZMA2, as 7-Zip writes it by default) lists the
// files' names. No file is decompressed. A compressed header inflates to
// at most maxSevenZipHeader bytes, within the message's archive budget
// (zipBudget), with a dictionary no larger than the header and LZMA's
// literal bits (lc+lp) at most 4, and LZMA2's chunks no more than a real
// encoder writes (lzma2Bounded); another is not read (the scan is
// partial). An encrypted header (7-Zip -mhe) names nothing.
// (github.com/bodgit/sevenzip allocates what a header's counts say, up
// to 2^32 entries, before reading them: a few bytes made it ask for
// gigabytes.)

const sevenZipSig = "7z\xbc\xaf\x27\x1c"

// maxSevenZipHeader bounds the bytes a compressed 7z header inflates to:
// a real one takes some tens of bytes a file.
const maxSevenZipHeader = 1 << 20

// maxSevenZipItems bounds the folders, coders and streams a header may
// declare; a real archive has a few.
const maxSevenZipItems = 1 << 12

// 7z property IDs read here.
const (
	szEnd             = 0x00
	szHeader          = 0x01
	szArchiveProps    = 0x02
	szAdditional      = 0x03
	szMainStreams     = 0x04
	szFilesInfo       = 0x05
	szPackInfo        = 0x06
	szUnpackInfo      = 0x07
	szSubStreams      = 0x08
	szSize            = 0x09
	szCRC             = 0x0a
	szFolder          = 0x0b
	szUnpackSize      = 0x0c
	szNumUnpackStream = 0x0d
	szEmptyStream     = 0x0e
	szEmptyFile       = 0x0f
	szName            = 0x11
	szEncodedHeader   = 0x17
)

// sevenZipNames lists the names of the files and folders of the 7z
// archive b (dirs: which are folders), at most maxZipEntries; complete
// when they are all the files its header lists. A compressed header
// inflates within sc's archive budget (zipLeft), which it lowers. The
// archive may follow a prefix (sevenZipStart).
func sevenZipNames(b []byte, sc *scan, stop *stopper) (names []string, dirs []bool, complete bool) {
	b = sevenZipStart(b)
	if len(b) < 32 {
		return nil, nil, false
	}
	off, size := binary.LittleEndian.Uint64(b[12:]), binary.LittleEndian.Uint64(b[20:])
	if off > uint64(len(b)-32) || size > uint64(len(b)-32)-off {
		return nil, nil, false // cut: the header is at the end
	}
	r := szReader{b: b[32+off : 32+off+size]}
	switch r.byte() {
	case szHeader:
		return r.header()
	case szEncodedHeader:
		if h := sevenZipDecoded(b, &r, sc, stop); h != nil {
			r = szReader{b: h}
			if r.byte() == szHeader {
				return r.header()
			}
		}
	}
	return nil, nil, false
}

// sevenZipStart is b from its 7z signature on, or nil. 7-Zip opens an
// archive after a prefix (a self-extracting stub, or junk put there to
// hide the signature from filters), as WinRAR does a RAR archive: the
// signature is looked for in the first maxArchivePrefix bytes. A
// signature counts where the CRC of its start header holds (7-Zip's own
// test when it searches), so that the signature's bytes in a stub, or a
// false one at the start, do not hide the archive after them; failing
// that, one at the very start is read all the same. Each candidate costs
// 20 bytes' CRC.
func sevenZipStart(b []byte) []byte {
	limit := min(len(b), maxArchivePrefix)
	for at := 0; at < limit; at++ {
		i := bytes.Index(b[at:limit], []byte(sevenZipSig))
		if i < 0 {
			break
		}
		at += i
		if s := b[at:]; len(s) >= 32 && binary.LittleEndian.Uint32(s[8:]) == crc32.ChecksumIEEE(s[12:32]) {
			return s
		}
	}
	if bytes.HasPrefix(b, []byte(sevenZipSig)) {
		return b
	}
	return nil
}

// sevenZipDecoded inflates an encoded header whose streams r holds: one
// folder of one coder (LZMA, LZMA2 or none), packed at its pack position
// after the 32-byte signature header; nil when it is none of those, is
// encrypted, or would pass its bounds.
func sevenZipDecoded(b []byte, r *szReader, sc *scan, stop *stopper) []byte {
	si := r.streams()
	if r.bad || si.folders != 1 || si.coders != 1 || si.packSize == 0 && si.unpackSize != 0 {
		return nil
	}
	start := uint64(32) + si.packPos
	if si.packPos > uint64(len(b)) || start > uint64(len(b)) || si.packSize > uint64(len(b))-start {
		return nil
	}
	packed := b[start : start+si.packSize]
	if si.unpackSize > maxSevenZipHeader || int64(si.unpackSize) > sc.zipLeft {
		sc.partial = true // a header this large was not read
		return nil
	}
	var src io.Reader
	n := int64(si.unpackSize)
	switch id := string(si.coderID); {
	case id == "\x00": // stored
		src = bytes.NewReader(packed)
	case id == "\x03\x01\x01" && len(si.props) == 5: // LZMA
		if lc, lp := si.props[0]%9, si.props[0]/9%5; lc+lp > 4 {
			// The literal coder takes 0x300<<(lc+lp) probabilities,
			// 6 MiB at lc=8, lp=4. 7-Zip writes lc=3, lp=0, and
			// LZMA2 allows no more than 4.
			sc.partial = true
			return nil
		}
		// The classic .lzma header: properties, dictionary (no larger
		// than the header) and the size.
		h := make([]byte, 13)
		copy(h, si.props[:1])
		dict := min(binary.LittleEndian.Uint32(si.props[1:]), uint32(max(n, lzma.MinDictCap)))
		binary.LittleEndian.PutUint32(h[1:], dict)
		binary.LittleEndian.PutUint64(h[5:], uint64(n))
		z, err := lzma.NewReader(io.MultiReader(bytes.NewReader(h), bytes.NewReader(packed)))
		if err != nil {
			return nil
		}
		src = z
	case id == "\x21" && len(si.props) == 1: // LZMA2
		if !lzma2Bounded(packed) {
			sc.partial = true
			return nil
		}
		z, err := lzma.Reader2Config{DictCap: int(max(n, lzma.MinDictCap))}.NewReader2(bytes.NewReader(packed))
		if err != nil {
			return nil
		}
		src = z
	default:
		return nil // encrypted (7zAES), or another method
	}
	out := make([]byte, 0, n)
	buf := make([]byte, 64<<10)
	for int64(len(out)) < n && !stop.stopped() {
		k, err := src.Read(buf[:min(int64(len(buf)), n-int64(len(out)))])
		out = append(out, buf[:k]...)
		if err != nil {
			break
		}
	}
	sc.zipLeft -= int64(len(out))
	return out
}

// lzma2Bounded walks the chunk headers of the LZMA2 stream z (a control
// byte: 0 ends the stream; 1 or 2 opens an uncompressed chunk, its size
// less one in the next 2 bytes; 0x80 and above an LZMA chunk: unpacked
// and packed sizes less one, then its properties when the control is
// 0xc0 or above) and reports whether each LZMA chunk's properties keep
// lc+lp at most 4, as LZMA2 requires, and the chunks number no more than
// a real encoder writes for len(z) (one per 64 KiB packed or 2 MiB
// unpacked): the decoder allocates its literal coder afresh, 0x300<<(lc+lp)
// probabilities, for every chunk that resets its state, so chunks of a
// few bytes made hundreds of megabytes to allocate for a header of
// kilobytes. Where the stream is cut or broken the decoder stops too.
func lzma2Bounded(z []byte) bool {
	for pos, chunks := 0, 0; pos < len(z); chunks++ {
		if chunks > 16+len(z)/1024 {
			return false
		}
		c, head := z[pos], 5
		switch {
		case c == 0:
			return true
		case c == 1 || c == 2:
			head = 3
		case c >= 0xc0:
			if pos+6 > len(z) {
				return true
			}
			if p := z[pos+5]; p%9+p/9%5 > 4 {
				return false
			}
			head = 6
		case c < 0x80:
			return true
		}
		if pos+head > len(z) {
			return true
		}
		size := binary.BigEndian.Uint16(z[pos+3:]) // packed, less one
		if head == 3 {
			size = binary.BigEndian.Uint16(z[pos+1:]) // unpacked, less one
		}
		pos += head + int(size) + 1
	}
	return true
}

// szReader reads the fields of a 7z header; bad once one ran past its
// end or broke a bound.
type szReader struct {
	b   []byte
	pos int
	bad bool
}

func (r *szReader) byte() byte {
	if r.pos >= len(r.b) {
		r.bad = true
		return szEnd
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

// number reads a 7z NUMBER: the first byte's leading one bits count the
// bytes that follow (little-endian), its other bits are the top ones.
func (r *szReader) number() uint64 {
	first := r.byte()
	var v uint64
	mask := byte(0x80)
	for i := 0; i < 8; i++ {
		if first&mask == 0 {
			return v | uint64(first&(mask-1))<<(8*i)
		}
		v |= uint64(r.byte()) << (8 * i)
		mask >>= 1
	}
	return v
}

// count reads a number of items, each taking at least a byte of the
// header: more than the header holds, or than maxSevenZipItems, is bad.
func (r *szReader) count() int {
	n := r.number()
	if n > maxSevenZipItems || n > uint64(len(r.b)) {
		r.bad = true
		return 0
	}
	return int(n)
}

func (r *szReader) take(n uint64) []byte {
	if r.bad || n > uint64(len(r.b)-r.pos) {
		r.bad, r.pos = true, len(r.b)
		return nil
	}
	d := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return d
}

// digests skips n CRCs: a byte saying whether all are there, else a bit
// vector of those that are, then each.
func (r *szReader) digests(n int) (defined []bool) {
	defined = make([]bool, n)
	if all := r.byte(); all != 0 {
		for i := range defined {
			defined[i] = true
		}
	} else {
		bits := r.take(uint64(n+7) / 8)
		for i := range defined {
			defined[i] = bits != nil && bits[i/8]&(0x80>>(i%8)) != 0
		}
	}
	for _, d := range defined {
		if d {
			r.take(4)
		}
	}
	return defined
}

// szStreams is what the names need of a header's streams: the first
// folder's first coder, pack position and sizes (an encoded header's).
type szStreams struct {
	packPos, packSize, unpackSize uint64
	folders, coders               int
	coderID, props                []byte
}

// streams reads a StreamsInfo: PackInfo, UnpackInfo (the folders and
// their coders) and SubStreamsInfo, each optional and at most once, in
// that order (as 7-Zip reads them), up to its end: a repeated section
// would walk the folders again for a few bytes.
func (r *szReader) streams() (si szStreams) {
	var outs []int // output streams of each folder
	var crcs []bool
	for last := byte(szEnd); !r.bad; {
		id := r.byte()
		if id != szEnd && id <= last {
			r.bad = true
			return si
		}
		last = id
		switch id {
		case szEnd:
			return si
		case szPackInfo:
			si.packPos = r.number()
			n := r.count()
			r.attributes(func(id byte) {
				switch id {
				case szSize:
					for i := 0; i < n && !r.bad; i++ {
						if v := r.number(); i == 0 {
							si.packSize = v
						}
					}
				case szCRC:
					r.digests(n)
				}
			})
		case szUnpackInfo:
			outs, crcs = r.unpackInfo(&si)
		case szSubStreams:
			r.subStreams(outs, crcs)
		default:
			r.bad = true
		}
	}
	return si
}

// attributes reads attributes up to an end: each an ID read by read
// (szSize, szCRC), or skipped by its size.
func (r *szReader) attributes(read func(id byte)) {
	for !r.bad {
		switch id := r.byte(); id {
		case szEnd:
			return
		case szSize, szCRC:
			read(id)
		default:
			r.take(r.number())
		}
	}
}

// unpackInfo reads the folders (each its coders and how their streams
// bind), the folders' unpack sizes and CRCs; it returns each folder's
// count of output streams and whether its CRC is given.
func (r *szReader) unpackInfo(si *szStreams) (outs []int, crcs []bool) {
	if r.byte() != szFolder {
		r.bad = true
		return nil, nil
	}
	si.folders = r.count()
	if r.byte() != 0 { // folders kept elsewhere: not written by 7-Zip
		r.bad = true
		return nil, nil
	}
	outs = make([]int, si.folders)
	for i := 0; i < len(outs) && !r.bad; i++ {
		outs[i] = r.folder(si, i == 0)
	}
	if r.byte() != szUnpackSize {
		r.bad = true
		return nil, nil
	}
	for i, n := range outs {
		for j := 0; j < n && !r.bad; j++ {
			if v := r.number(); i == 0 && j == n-1 {
				si.unpackSize = v // a single coder's one output
			}
		}
	}
	crcs = make([]bool, si.folders)
	r.attributes(func(id byte) {
		if id == szCRC {
			crcs = r.digests(si.folders)
		} else {
			r.bad = true
		}
	})
	return outs, crcs
}

// folder reads one folder's coders and bindings; it returns its count of
// output streams, and records the first folder's coders in si.
func (r *szReader) folder(si *szStreams, first bool) int {
	coders := r.count()
	ins, outs := 0, 0
	for c := 0; c < coders && !r.bad; c++ {
		flags := r.byte()
		id := r.take(uint64(flags & 0x0f))
		in, out := 1, 1
		if flags&0x10 != 0 {
			in, out = r.count(), r.count()
		}
		var props []byte
		if flags&0x20 != 0 {
			props = r.take(r.number())
		}
		if flags&0x80 != 0 {
			r.bad = true // alternative methods: not in the format any more
		}
		if first && c == 0 {
			si.coderID, si.props = id, props
		}
		ins, outs = ins+in, outs+out
	}
	if first {
		si.coders = coders
	}
	if outs == 0 || ins > maxSevenZipItems || outs > maxSevenZipItems {
		r.bad = true
		return 0
	}
	for k := 0; k < outs-1 && !r.bad; k++ { // bind pairs: in index, out index
		r.number()
		r.number()
	}
	if packed := ins - (outs - 1); packed > 1 {
		for k := 0; k < packed && !r.bad; k++ {
			r.number()
		}
	}
	return outs
}

// subStreams reads a SubStreamsInfo: how many files each folder unpacks
// to, their sizes and CRCs (folders: each folder's output streams; crcs:
// whether its CRC is given).
func (r *szReader) subStreams(folders []int, crcs []bool) {
	streams := make([]int, len(folders))
	for i := range streams {
		streams[i] = 1
	}
	id := r.byte()
	for ; !r.bad && id != szSize && id != szCRC && id != szEnd; id = r.byte() {
		if id != szNumUnpackStream {
			r.take(r.number())
			continue
		}
		for i := 0; i < len(streams) && !r.bad; i++ {
			streams[i] = r.count()
		}
	}
	if id == szSize {
		for _, n := range streams {
			for k := 1; k < n && !r.bad; k++ {
				r.number()
			}
		}
		id = r.byte()
	}
	digests := 0 // counted once: the CRCs may be listed again
	for i, n := range streams {
		if n != 1 || i >= len(crcs) || !crcs[i] {
			digests += n
		}
	}
	for ; !r.bad && id != szEnd; id = r.byte() {
		if id != szCRC {
			r.take(r.number())
			continue
		}
		if digests > 8*len(r.b) {
			r.bad = true
			return
		}
		r.digests(digests)
	}
}

// header reads a plain header up to its files' names: archive
// properties, the additional and main streams (skipped), then FilesInfo,
// whose names (kName) are listed, each a folder (dirs) when it has no
// data (kEmptyStream) and is not an empty file (kEmptyFile); complete
// when the header was read whole and named as many files as it counts.
func (r *szReader) header() (names []string, dirs []bool, complete bool) {
	id := r.byte()
	if id == szArchiveProps {
		for t := r.byte(); !r.bad && t != szEnd; t = r.byte() {
			r.take(r.number())
		}
		id = r.byte()
	}
	for _, s := range []byte{szAdditional, szMainStreams} {
		if id == s {
			r.streams()
			id = r.byte()
		}
	}
	if r.bad || id != szFilesInfo {
		return nil, nil, false
	}
	files := r.number()
	var empty, emptyFile []byte
	for t := r.byte(); !r.bad && t != szEnd; t = r.byte() {
		data := r.take(r.number())
		switch {
		case t == szEmptyStream:
			empty = data
		case t == szEmptyFile:
			emptyFile = data
		case t == szName && len(data) > 0 && data[0] == 0 && names == nil:
			names = szNames(data[1:], min(files, maxZipEntries))
		}
	}
	dirs = make([]bool, len(names))
	k := 0 // index among the empty streams
	for i := range dirs {
		if bit(empty, i) {
			dirs[i] = !bit(emptyFile, k)
			k++
		}
	}
	return names, dirs, !r.bad && uint64(len(names)) == files
}

// bit is the i-th bit of a 7z bit vector (high bit first); false past
// its end.
func bit(v []byte, i int) bool { return i/8 < len(v) && v[i/8]&(0x80>>(i%8)) != 0 }

// szNames reads at most n names, each UTF-16LE ending in a zero unit.
func szNames(b []byte, n uint64) []string {
	var names []string
	var units []uint16
	for i := 0; i+1 < len(b) && uint64(len(names)) < n; i += 2 {
		u := binary.LittleEndian.Uint16(b[i:])
		if u != 0 {
			units = append(units, u)
			continue
		}
		names = append(names, string(utf16.Decode(units)))
		units = units[:0]
	}
	return names
}
