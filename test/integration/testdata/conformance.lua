-- Milter protocol conformance for milterd, driven by OpenDKIM's miltertest (a C
-- libmilter client, independent of go-milter). Run by TestMiltertestConformance:
--   miltertest -D sock=inet:PORT@127.0.0.1 -s conformance.lua
-- Note the libmilter socket syntax (port@host). Every check prints "ok N ..." and
-- any failure raises an error, which makes miltertest exit non-zero.

local sock = sock or "inet:10025@127.0.0.1"

-- miltertest does not print a script error, so say what failed first.
local function check(cond, msg)
  if not cond then
    mt.echo("FAIL " .. msg)
    error(msg, 2)
  end
end

local function session()
  local conn = mt.connect(sock, 5, 0.5)
  check(conn ~= nil, "mt.connect failed")
  check(mt.negotiate(conn, nil, nil, nil) == nil, "negotiate failed")
  mt.macro(conn, SMFIC_CONNECT, "j", "mx.miltertest.invalid", "v", "miltertest", "{daemon_name}", "mt")
  check(mt.conninfo(conn, "client.invalid", "127.0.0.1") == nil, "conninfo failed")
  check(mt.helo(conn, "client.invalid") == nil, "helo failed")
  return conn
end

-- message sends one transaction on conn; headers is a list of {name, value}.
local function message(conn, qid, from, rcpt, headers, body)
  check(mt.mailfrom(conn, "<" .. from .. ">") == nil, "mailfrom failed")
  check(mt.rcptto(conn, "<" .. rcpt .. ">") == nil, "rcptto failed")
  mt.macro(conn, SMFIC_RCPT, "i", qid)
  check(mt.data(conn) == nil, "data failed")
  for _, h in ipairs(headers) do
    check(mt.header(conn, h[1], h[2]) == nil, "header " .. h[1] .. " failed")
  end
  check(mt.eoh(conn) == nil, "eoh failed")
  check(mt.bodystring(conn, body) == nil, "body failed")
  check(mt.eom(conn) == nil, "eom failed")
end

local function hdrs(from, subject, extra)
  local h = {{"From", "<" .. from .. ">"}, {"To", "<bob@example.com>"}, {"Subject", subject},
             {"Message-ID", "<" .. subject:gsub("%W", "") .. "@miltertest.invalid>"}}
  for _, e in ipairs(extra or {}) do table.insert(h, e) end
  return h
end

local phish = "Please verify your password now or your mailbox will be suspended:\r\n" ..
              "http://192.0.2.7/paypal/login\r\n" ..
              "Help: https://www.example.com/help/password\r\n"

-- 1: familiar mail is accepted, stamped, and its body left alone
local conn = session()
message(conn, "MTQ1", "alice@example.com", "bob@example.com", hdrs("alice@example.com", "lunch"),
        "Lunch at noon?\r\n")
check(mt.getreply(conn) == SMFIR_ACCEPT, "1: expected SMFIR_ACCEPT")
check(mt.eom_check(conn, MT_HDRINSERT, "X-Firstsight") or mt.eom_check(conn, MT_HDRADD, "X-Firstsight"),
      "1: no X-Firstsight header added")
check(not mt.eom_check(conn, MT_BODYCHANGE), "1: body changed on familiar mail")
check(not mt.eom_check(conn, MT_QUARANTINE), "1: familiar mail quarantined")
mt.echo("ok 1 familiar mail accepted with verdict header, body untouched")

-- 2: second message on the same connection, carrying a forged verdict header:
-- the forged copy is deleted and a fresh verdict added
message(conn, "MTQ2", "alice@example.com", "bob@example.com",
        hdrs("alice@example.com", "forged", {{"X-Firstsight", "action=accept score=0.00 reasons=forged"}}),
        "hello again\r\n")
check(mt.getreply(conn) == SMFIR_ACCEPT, "2: expected SMFIR_ACCEPT")
check(mt.eom_check(conn, MT_HDRDELETE, "X-Firstsight"), "2: forged X-Firstsight not deleted")
check(mt.eom_check(conn, MT_HDRINSERT, "X-Firstsight") or mt.eom_check(conn, MT_HDRADD, "X-Firstsight"),
      "2: no fresh X-Firstsight header")
mt.echo("ok 2 forged verdict header removed on the second message of a connection")
mt.disconnect(conn)

-- 3: an anomalous link is locked: accept with a replaced body and a verdict
conn = session()
message(conn, "MTQ3", "security@account-notice.test", "bob@example.com",
        hdrs("security@account-notice.test", "verify your password"), phish)
check(mt.getreply(conn) == SMFIR_ACCEPT, "3: expected SMFIR_ACCEPT")
check(mt.eom_check(conn, MT_BODYCHANGE), "3: body not replaced for an anomalous link")
check(mt.eom_check(conn, MT_HDRINSERT, "X-Firstsight") or mt.eom_check(conn, MT_HDRADD, "X-Firstsight"),
      "3: no X-Firstsight header")
mt.echo("ok 3 anomalous link: body replaced, verdict header added")
mt.disconnect(conn)

-- 4: an aborted transaction leaves the connection usable
conn = session()
check(mt.mailfrom(conn, "<alice@example.com>") == nil, "4: mailfrom failed")
check(mt.rcptto(conn, "<bob@example.com>") == nil, "4: rcptto failed")
check(mt.abort(conn) == nil, "4: abort failed")
message(conn, "MTQ4", "alice@example.com", "bob@example.com", hdrs("alice@example.com", "after abort"),
        "still here\r\n")
check(mt.getreply(conn) == SMFIR_ACCEPT, "4: expected SMFIR_ACCEPT after abort")
mt.echo("ok 4 message after an aborted transaction accepted")
mt.disconnect(conn)
