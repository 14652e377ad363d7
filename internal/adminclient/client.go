package adminclient

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

// DefaultAPI is the admin listener milterd uses by default.
const DefaultAPI = "http://127.0.0.1:8025"

// TokenEnv names the environment variable read when no token flag is given.
const TokenEnv = "FIRSTSIGHT_ADMIN_TOKEN"

// Commands lists the subcommands Run knows, for the daemon's usage text.
var Commands = []string{"locks", "release", "relock", "allow", "verdicts", "quarantine", "inspect", "explain", "backup"}

// errUsage marks bad command lines (exit status 2).
var errUsage = errors.New("usage")

// common are the flags every subcommand takes.
type common struct {
	api, token, tokenFile string
	json                  bool
	timeout               time.Duration
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.api, "api", DefaultAPI, "admin API address: http://host:port or unix:/path/to/socket")
	fs.StringVar(&c.token, "token", "", "admin bearer token (default: -token-file, then $"+TokenEnv+")")
	fs.StringVar(&c.tokenFile, "token-file", "", "file holding the admin bearer token")
	fs.BoolVar(&c.json, "json", false, "print the API's JSON instead of a table")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "request timeout")
	// milterd reads -config itself, before Run, for the defaults above.
	fs.String("config", "", "milterd's TOML config: -api and the token default to its [admin] listen (or loopback http) and token_file")
}

// client talks to the admin API.
type client struct {
	base  string
	token string
	http  *http.Client
}

func (c *common) client() (*client, error) {
	tok, err := c.resolveToken()
	if err != nil {
		return nil, err
	}
	cl := &client{base: strings.TrimRight(c.api, "/"), token: tok, http: &http.Client{Timeout: c.timeout}}
	if path, ok := strings.CutPrefix(c.api, "unix:"); ok {
		path = strings.TrimPrefix(path, "//")
		cl.base = "http://unix"
		cl.http.Transport = &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, "unix", path)
		}}
	} else if u, err := url.Parse(c.api); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: -api %q: want http://host:port or unix:/path", errUsage, c.api)
	}
	return cl, nil
}

func (c *common) resolveToken() (string, error) {
	switch {
	case c.token != "":
		return c.token, nil
	case c.tokenFile != "":
		b, err := os.ReadFile(c.tokenFile)
		if err != nil {
			return "", fmt.Errorf("adminclient: token file: %w", err)
		}
		return strings.TrimSpace(string(b)), nil
	case os.Getenv(TokenEnv) != "":
		return os.Getenv(TokenEnv), nil
	}
	return "", fmt.Errorf("%w: no admin token: give -token, -token-file or $%s", errUsage, TokenEnv)
}

// apiError is a non-2xx answer.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string {
	return fmt.Sprintf("admin API: %d %s: %s", e.status, http.StatusText(e.status), e.msg)
}

// do sends a request and returns the raw body of a 2xx answer.
func (c *client) do(ctx context.Context, method, path string, body io.Reader, contentType string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return nil, fmt.Errorf("adminclient: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("adminclient: is milterd running? %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("adminclient: read answer: %w", err)
	}
	if resp.StatusCode/100 != 2 {
		var e struct{ Error string }
		if json.Unmarshal(raw, &e) != nil || e.Error == "" {
			e.Error = strings.TrimSpace(string(raw))
		}
		return nil, &apiError{resp.StatusCode, e.Error}
	}
	return raw, nil
}

// download copies a 2xx answer's body to w.
func (c *client) download(ctx context.Context, path string, w io.Writer) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", c.base+path, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, fmt.Errorf("is milterd running? %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		return 0, &apiError{resp.StatusCode, strings.TrimSpace(string(b))}
	}
	return io.Copy(w, resp.Body)
}

// call calls the API and decodes the answer into out; raw is the body.
func (c *client) call(ctx context.Context, method, path string, body any, out any) ([]byte, error) {
	var rd io.Reader
	ct := ""
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd, ct = bytes.NewReader(b), "application/json"
	}
	raw, err := c.do(ctx, method, path, rd, ct)
	if err != nil {
		return nil, err
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			return nil, fmt.Errorf("adminclient: decode answer: %w", err)
		}
	}
	return raw, nil
}

// parse parses flags that may come before, between or after positional
// arguments ("release ID -json").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, fmt.Errorf("%w: %w", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
