package mailtest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"math/big"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"
)

// Parsed is a received message taken apart.
type Parsed struct {
	Header  mail.Header
	Subject string // decoded from RFC 2047
	Text    string // the text/plain part, decoded, line ends as \n
	HTML    string // the text/html part, decoded, line ends as \n
}

// Parse takes a received message apart: headers, decoded subject and the
// text and HTML parts of a multipart/alternative body.
func Parse(r Received) (Parsed, error) {
	m, err := mail.ReadMessage(bytes.NewReader(r.Data))
	if err != nil {
		return Parsed{}, fmt.Errorf("read message: %w", err)
	}
	p := Parsed{Header: m.Header}
	dec := new(mime.WordDecoder)
	if p.Subject, err = dec.DecodeHeader(m.Header.Get("Subject")); err != nil {
		return p, fmt.Errorf("decode subject: %w", err)
	}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		return p, fmt.Errorf("content type: %w", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		body, err := decodePart(m.Header.Get("Content-Transfer-Encoding"), m.Body)
		if err != nil {
			return p, err
		}
		if mt == "text/html" {
			p.HTML = body
		} else {
			p.Text = body
		}
		return p, nil
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return p, fmt.Errorf("next part: %w", err)
		}
		body, err := decodePart(part.Header.Get("Content-Transfer-Encoding"), part)
		if err != nil {
			return p, err
		}
		pt, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		switch pt {
		case "text/plain":
			p.Text = body
		case "text/html":
			p.HTML = body
		}
	}
	return p, nil
}

func decodePart(cte string, r io.Reader) (string, error) {
	if strings.EqualFold(cte, "quoted-printable") {
		r = quotedprintable.NewReader(r)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return "", fmt.Errorf("read part: %w", err)
	}
	// MIME text travels with CRLF line ends; tests compare with \n.
	return strings.ReplaceAll(string(b), "\r\n", "\n"), nil
}

// SelfSigned returns a server TLS configuration with a fresh certificate
// for 127.0.0.1 and localhost, and a pool that trusts it for the client.
func SelfSigned(t testing.TB) (server *tls.Config, roots *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "mailtest"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		DNSNames:              []string{"localhost"},
		IsCA:                  true,
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	roots = x509.NewCertPool()
	roots.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}},
		MinVersion: tls.VersionTLS12}, roots
}
