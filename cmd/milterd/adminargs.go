package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/firstsight/firstsight/internal/adminclient"
	"github.com/firstsight/firstsight/internal/config"
)

// adminDefaults are the admin client flags the configuration implies: the
// admin API's address ([admin] listen, else http when that is loopback)
// and its token. They go before the user's own flags (args), which win: a
// later -api replaces the address, and the configured token is left out
// when the user gives -token, -token-file or $FIRSTSIGHT_ADMIN_TOKEN (the
// client would otherwise prefer the configured -token to the user's file
// or variable).
func adminDefaults(c config.Config, args []string) []string {
	var out []string
	switch {
	case strings.HasPrefix(c.Admin.Listen, "unix:"):
		out = append(out, "-api="+c.Admin.Listen)
	case c.Admin.Listen != "":
		out = append(out, "-api=http://"+c.Admin.Listen)
	case loopback(c.HTTP):
		out = append(out, "-api=http://"+c.HTTP)
	}
	switch {
	case userToken(args):
	case c.Admin.TokenFile != "":
		out = append(out, "-token-file="+c.Admin.TokenFile)
	case c.Admin.Token != "":
		out = append(out, "-token="+c.Admin.Token)
	}
	return out
}

// userToken: the user named a token (-token, -token-file, or the
// environment variable).
func userToken(args []string) bool {
	if os.Getenv(adminclient.TokenEnv) != "" {
		return true
	}
	for _, a := range args {
		if a == "--" {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "token" || name == "token-file") {
			return true
		}
	}
	return false
}

// cutConfigFlag takes "-config FILE" (or -config=FILE, one or two dashes)
// out of an admin command's arguments.
func cutConfigFlag(args []string) (path string, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return path, append(rest, args[i:]...)
		}
		name := strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-")
		switch {
		case len(name) < len(a) && name == "config" && i+1 < len(args):
			path = args[i+1]
			i++
		case len(name) < len(a) && strings.HasPrefix(name, "config="):
			path = strings.TrimPrefix(name, "config=")
		default:
			rest = append(rest, a)
		}
	}
	return path, rest
}

// adminCmd runs an admin command against the API that -config FILE (or
// the embedded defaults) describes.
func adminCmd(ctx context.Context, cmd string, args []string, stdout, stderr io.Writer) int {
	path, rest := cutConfigFlag(args)
	c, err := loadConfig(path)
	if err != nil {
		fmt.Fprintln(stderr, "milterd:", err)
		return 2
	}
	return adminclient.Run(ctx, cmd, append(adminDefaults(c, rest), rest...), stdout, stderr)
}
