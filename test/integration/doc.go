// Package integration runs milterd behind real mail servers: a private Postfix
// instance (postfix -c DIR on loopback ports), a privately unpacked Sendmail, and
// OpenDKIM's miltertest as an independent libmilter client.
//
// The tests are behind the "integration" build tag and need root plus the packages
// that scripts/install-test-deps.sh installs. Run them with `make integration`.
// Without a prerequisite a test is skipped, unless CI=true, where it fails.
//
// The harness owns its processes: each test starts its own milterd, Postfix,
// Sendmail and capture server on free loopback ports and stops them in Cleanup.
// It never touches /etc/postfix or a system MTA.
package integration
