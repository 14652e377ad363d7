package links

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestZipMessageBudget: the archives of one message inflate at most
// maxZipMessageBytes in all, however many it attaches; past it the scan
// is partial. 64 archives of 16 files of 1 MiB markup each (about 40 KiB
// compressed) made 1 GiB to read.
func TestZipMessageBudget(t *testing.T) {
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	page := []byte(strings.Repeat("<b>www.</b>", (1<<20)/11))
	for i := range 16 {
		w, _ := zw.Create(fmt.Sprintf("p%d.html", i))
		w.Write(page)
	}
	zw.Close()
	att := "--b\r\nContent-Type: application/zip; name=\"z.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
		base64.StdEncoding.EncodeToString(zb.Bytes()) + "\r\n"
	msg := "From: a@sender.example\r\nTo: b@rcpt.example\r\nSubject: t\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/plain\r\n\r\nsee https://a.example/\r\n" + strings.Repeat(att, 64) + "--b--\r\n"
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	c0 := threadCPU()
	_, err := Extract([]byte(msg), Options{})
	d := threadCPU() - c0
	t.Logf("%v of CPU", d)
	if d > 3*time.Second {
		t.Errorf("Extract took %v of CPU for %d bytes", d, len(msg))
	}
	if !errors.Is(err, ErrPartial) {
		t.Errorf("err = %v, want ErrPartial", err)
	}
}
