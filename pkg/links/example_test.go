package links_test

import (
	"fmt"

	"github.com/firstsight/firstsight/pkg/links"
)

func ExampleExtract() {
	msg := []byte("From: a@sender.example\r\nContent-Type: text/html\r\n\r\n" +
		`<a href="https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Fx&amp;data=1">https://www.paypal.com/</a>`)
	ls, err := links.Extract(msg, links.Options{})
	if err != nil {
		panic(err)
	}
	for _, l := range ls {
		fmt.Println(l.Kind, l.URL, l.Domain, len(l.Chain), l.DisplayHost, l.Flags)
	}
	// Output: href https://evil.example/x evil.example 1 www.paypal.com display-mismatch
}

func ExampleUnwrap() {
	dest, chain, _ := links.Unwrap("https://urldefense.proofpoint.com/v2/url?u=https-3A__example.com_path-3Fx-3D1&d=DwMF")
	fmt.Println(dest, len(chain))
	// Output: https://example.com/path?x=1 1
}

func ExampleRewrite() {
	msg := []byte("From: a@sender.example\r\nContent-Type: text/plain\r\n\r\nPay at https://evil.example/pay now.\r\n")
	ls, _ := links.Extract(msg, links.Options{})
	out, err := links.Rewrite(msg, map[links.Ref]string{ls[0].Ref(): "https://lock.example/l/42"}, links.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", links.Body(out))
	// Output: "Pay at https://lock.example/l/42 [locked: evil[.]example] now.\r\n"
}

func ExampleSigned() {
	msg := []byte("Content-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\r\n\r\n--s\r\n\r\nhi\r\n--s--\r\n")
	fmt.Println(links.Signed(msg))
	// Output: true
}

func ExampleExtractSigned() {
	msg := []byte("Content-Type: multipart/signed; boundary=s; protocol=\"application/pgp-signature\"\r\n\r\n" +
		"--s\r\nContent-Type: text/plain\r\n\r\nSee https://docs.example/a\r\n--s--\r\n")
	ls, signed, err := links.ExtractSigned(msg, links.Options{})
	fmt.Println(len(ls), ls[0].Host, signed, err)
	// Output: 1 docs.example true <nil>
}
