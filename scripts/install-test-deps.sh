#!/bin/bash
# install-test-deps.sh - install what `make test` needs on a Debian machine, as root.
#
#   postfix, swaks, miltertest   real-MTA integration tests (test/integration)
#   sendmail (private copy)      sendmail-bin conflicts with postfix, so its .debs are only
#                                unpacked into $FIRSTSIGHT_SENDMAIL_ROOT, never installed
#   chromium, fonts-dejavu-core  the lock-page browser tests
#
# Idempotent: packages already present are not touched, apt-get update runs only when
# something is missing, and an existing Sendmail unpack is kept.
#
# Env: FIRSTSIGHT_SENDMAIL_ROOT (default /var/cache/firstsight/sendmail)
set -euo pipefail

SENDMAIL_ROOT=${FIRSTSIGHT_SENDMAIL_ROOT:-/var/cache/firstsight/sendmail}
PACKAGES=(postfix swaks miltertest chromium fonts-dejavu-core m4 procps util-linux)
export DEBIAN_FRONTEND=noninteractive

log() { echo "install-test-deps: $*" >&2; }
die() { log "$*"; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (apt-get install)"
command -v apt-get >/dev/null || die "needs a Debian-like system with apt-get"

installed() { [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = installed ]; }

updated=
apt_update() {
  [ -n "$updated" ] && return 0
  apt-get update -q >/dev/null
  updated=1
}

# Libraries (and helpers) that sendmail-bin depends on. They do not conflict with
# postfix, so they are installed normally; only the MTA packages stay private.
sendmail_runtime_deps() {
  apt-cache depends --no-recommends --no-suggests --no-conflicts --no-breaks \
      --no-replaces --no-enhances sendmail-bin 2>/dev/null |
    awk '$1 == "Depends:" && $2 !~ /^</ && $2 !~ /^sendmail/ { print $2 }' | sort -u
}

install_missing() {
  local missing=() p
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_update
  log "installing ${missing[*]}"
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

preseed_postfix() {
  installed postfix && return 0
  # "Local only" keeps debconf quiet; the tests run private instances (postfix -c DIR)
  # and never use /etc/postfix.
  debconf-set-selections <<'SEL'
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string firstsight-ci.invalid
SEL
}

unpack_sendmail() {
  local sm=$SENDMAIL_ROOT/usr/libexec/sendmail/sendmail
  if [ -x "$sm" ] && [ -d "$SENDMAIL_ROOT/usr/share/sendmail/cf/m4" ]; then
    log "sendmail already unpacked in $SENDMAIL_ROOT"
    return 0
  fi
  apt_update
  local tmp; tmp=$(mktemp -d)
  log "unpacking sendmail-bin sendmail-base sendmail-cf into $SENDMAIL_ROOT"
  (cd "$tmp" && apt-get -q -o APT::Sandbox::User=root download \
      sendmail-bin sendmail-base sendmail-cf >/dev/null)
  rm -rf "$SENDMAIL_ROOT.new"; mkdir -p "$SENDMAIL_ROOT.new"
  local deb
  for deb in "$tmp"/*.deb; do dpkg -x "$deb" "$SENDMAIL_ROOT.new"; done
  # The packaged binary is setgid mail; the dynamic loader would then ignore
  # LD_LIBRARY_PATH, and the private copy needs no privileges of its own.
  chmod g-s "$SENDMAIL_ROOT.new/usr/libexec/sendmail/"*
  rm -rf "$SENDMAIL_ROOT" "$tmp"
  mv "$SENDMAIL_ROOT.new" "$SENDMAIL_ROOT"
  if ldd "$sm" | grep -q 'not found'; then
    ldd "$sm" | grep 'not found' >&2
    die "private sendmail has unresolved libraries"
  fi
}

main() {
  preseed_postfix
  install_missing "${PACKAGES[@]}"
  apt_update_if_needed_for_deps
  unpack_sendmail
  log "ok (postfix $(postconf -dh mail_version 2>/dev/null), sendmail in $SENDMAIL_ROOT)"
}

# apt-cache needs package lists; on a machine that has never run apt-get update
# they may be missing, so refresh once if sendmail-bin is unknown.
apt_update_if_needed_for_deps() {
  apt-cache show sendmail-bin >/dev/null 2>&1 || apt_update
  local deps; mapfile -t deps < <(sendmail_runtime_deps)
  [ ${#deps[@]} -gt 0 ] || die "cannot resolve sendmail-bin's dependencies (apt-get update failed?)"
  install_missing "${deps[@]}"
}

main "$@"
