# Developer's mailbox: kai.berg@devco.example (internal domain devco.example).
import datetime, random, sys
from gen_common import Box, alt

rng = random.Random(7)
from gen_common import UTC, start, split, end  # the learn and test windows
OWNER = "kai.berg@devco.example"
b = Box("dev", OWNER, start)

first = ["Ana", "Bjorn", "Chen", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Karim", "Lena", "Marek",
         "Nadia", "Omar", "Pia", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Xavier", "Yusuf", "Zofia",
         "Arjun", "Bea", "Cosmin", "Dara", "Emeka", "Fumiko", "Goran", "Hana", "Ivo", "Jae", "Kofi", "Lior", "Mateus", "Noor"]
last = ["Aalto", "Brandt", "Castillo", "Dvorak", "Eriksen", "Fontaine", "Gruber", "Haddad", "Ivanova", "Jansen", "Kowalski",
        "Lindgren", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Sato", "Tanaka", "Urbano", "Varga", "Weber",
        "Xu", "Yilmaz", "Zeller", "Andersen", "Bauer", "Costa", "Duarte"]
orgs = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "posteo.de", "fastmail.com", "protonmail.com",
        "cs.uni-nordheim.example", "student.techuni.example", "chipcorp.example", "cloudscale.example", "distrohost.example",
        "linuxco.example", "embedded-labs.example", "netgear-oss.example", "kernelworks.example", "riscv-ventures.example",
        "mail.debian-user.example", "zenhosting.example", "bytefarm.example", "quux.example", "ostrich-systems.example"]

PEOPLE = {}
REGULARS = {}
def new_person():
    while True:
        f, l = rng.choice(first), rng.choice(last)
        if (f, l) not in PEOPLE:
            break
    d = rng.choice(orgs)
    local = rng.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), f, "%s_%s" % (f, l[:3])]).lower()
    p = ("%s %s" % (f, l), "%s@%s" % (local, d), d)
    PEOPLE[(f, l)] = p
    return p

def person(group="misc"):
    regs = REGULARS.setdefault(group, [])
    if len(regs) < 15 or rng.random() < 0.3:
        p = new_person()
        if len(regs) < 25:
            regs.append(p)
        return p
    return rng.choice(regs)

def sig_site(d, name):
    if d in ("gmail.com", "outlook.com", "posteo.de", "fastmail.com", "protonmail.com"):
        return rng.choice(["https://%s.codeberg.page/" % name.split()[0].lower(), "https://blog.%s.example/" % name.split()[1].lower(),
                           "https://github.com/%s" % name.split()[0].lower(), ""])
    return rng.choice(["https://www.%s/" % d, ""])

threads = {}  # list -> list of (msgid, subject)

def list_post(when, lst, marks=True):
    name, addr, d = person(lst)
    L = LISTS[lst]
    subj_pool = L["subjects"]
    irt = refs = None
    if threads.get(lst) and rng.random() < 0.55:
        pm, ps = rng.choice(threads[lst])
        subj = "Re: " + ps
        irt = pm
    else:
        subj = rng.choice(subj_pool) % {"n": rng.randint(100, 9999)}
    if L.get("tag"):
        subj = L["tag"] + " " + subj if not subj.startswith("Re: ") else "Re: " + L["tag"] + " " + subj[4:]
    links = rng.sample(L["links"], rng.randint(1, 4))
    links = [u % {"n": rng.randint(1000, 99999), "u": name.split()[0].lower()} for u in links]
    para = rng.choice(L["paras"])
    body = "Hi,\n\n%s\n\n" % para
    for i, u in enumerate(links):
        body += "[%d] %s\n" % (i + 1, u)
    if irt:
        body = "On %s, %s wrote:\n> %s\n> see %s\n\n" % ("Mon, 3 Nov 2026", rng.choice(first), "earlier point about the build", rng.choice(L["links"]) % {"n": 4242, "u": "x"}) + body
    s = sig_site(d, name)
    body += "\nThanks,\n%s\n%s\n" % (name, s)
    extra = []
    mailfrom = L["bounce"]
    if marks and L.get("listid"):
        extra = [("List-Id", L["listid"]), ("List-Unsubscribe", L["unsub"]), ("List-Archive", L["archive"]),
                 ("Precedence", "list")]
    if L.get("footer"):
        body += L["footer"]
    frm = '"%s" <%s>' % (name, addr)
    if L.get("rewrite") and rng.random() < 0.5:
        frm = '"%s via %s" <%s>' % (name, L["rewrite"][0], L["rewrite"][1])
    m = b.add(when, frm, L["addr"], subj, body, extra=extra, mailfrom=mailfrom, irt=irt,
              reply_to=(addr if L.get("rewrite") and "via" in frm else None),
              cc=(OWNER if rng.random() < 0.1 else None))
    threads.setdefault(lst, []).append((m, subj.replace("Re: ", "")))

LISTS = {
 "debian": dict(addr="debian-devel@lists.debian.org", bounce="debian-devel-request@lists.debian.org",
   listid="<debian-devel.lists.debian.org>", unsub="<mailto:debian-devel-request@lists.debian.org?subject=unsubscribe>",
   archive="<https://lists.debian.org/msgid-search/>",
   subjects=["Bug#%(n)d: ITP: python-fastcsv -- fast CSV parser", "Re: Proposal: drop i386 from testing", "Bits from the release team",
             "Transition: libfoo%(n)d", "RFC: merged-/usr follow-up", "Call for help: reproducible builds of docs",
             "Intent to NMU libxml-tiny", "debhelper compat 14 adoption"],
   links=["https://bugs.debian.org/%(n)d", "https://salsa.debian.org/%(u)s/python-fastcsv", "https://lists.debian.org/debian-devel/2026/10/msg00%(n)d.html",
          "https://wiki.debian.org/ReproducibleBuilds", "https://tracker.debian.org/pkg/libfoo", "https://people.debian.org/~%(u)s/notes.txt",
          "https://release.debian.org/transitions/html/libfoo.html", "https://udd.debian.org/dmd/?email1=%(u)s", "https://reproducible-builds.org/docs/",
          "https://codesearch.debian.net/search?q=dh_auto_test", "https://buildd.debian.org/status/package.php?p=libfoo",
          "https://github.com/%(u)s/fastcsv/issues/%(n)d", "https://gitlab.com/%(u)s/fastcsv/-/merge_requests/12",
          "https://pypi.org/project/fastcsv/", "https://peps.python.org/pep-0668/", "https://www.kernel.org/doc/html/latest/",
          "https://snapshot.debian.org/package/libfoo/", "https://packages.debian.org/sid/libfoo1", "https://sources.debian.org/src/libfoo/"],
   paras=["I would like to package this library; upstream is active and the license is MIT.",
          "The transition is ready from our side, all reverse dependencies build.",
          "I tested the patch on amd64 and arm64, see the build logs below.",
          "Please find the summary of the discussion and the open questions below."],
   footer=""),
 "lkml": dict(addr="linux-kernel@vger.kernel.org", bounce="linux-kernel+bounces-%d@vger.kernel.org" % 77,
   listid="<linux-kernel.vger.kernel.org>", unsub="<mailto:linux-kernel+unsubscribe@vger.kernel.org>",
   archive="<https://lore.kernel.org/linux-kernel/>",
   subjects=["[PATCH v3 %(n)d/7] mm: fix page refcount race", "[PATCH] net: phy: add support for XR%(n)d", "[GIT PULL] spi fixes for v6.%(n)d",
             "[RFC PATCH] sched: tweak load balancing", "Re: [PATCH v2] drm/foo: fix NULL deref", "[syzbot] KASAN: use-after-free in foo_release"],
   links=["https://lore.kernel.org/all/2026110%(n)d.GA1234@kernelworks.example/", "https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=abc%(n)d",
          "https://bugzilla.kernel.org/show_bug.cgi?id=%(n)d", "https://syzkaller.appspot.com/bug?extid=%(n)dabc",
          "https://patchwork.kernel.org/project/netdevbpf/patch/%(n)d/", "https://github.com/%(u)s/linux/commits/fix-race",
          "https://lkml.kernel.org/r/%(n)d@example.invalid", "https://elixir.bootlin.com/linux/latest/source/mm/page_alloc.c",
          "https://docs.kernel.org/process/submitting-patches.html", "https://lwn.net/Articles/%(n)d/",
          "https://www.spinics.net/lists/kernel/msg%(n)d.html", "https://kernel.dk/io_uring.pdf"],
   paras=["This fixes the race reported by syzbot. Tested with the reproducer.",
          "Please pull the following fixes for the next rc.",
          "Changes since v2: rebased, addressed review comments.",
          "Reported-by and Closes tags below; the bisection points at the commit."],
   footer=""),
 "apache": dict(addr="dev@kettle.apache.org", bounce="dev-return-%d-kai.berg=devco.example@kettle.apache.org" % 3,
   listid="<dev.kettle.apache.org>", unsub="<mailto:dev-unsubscribe@kettle.apache.org>", archive="<https://lists.apache.org/list.html?dev@kettle.apache.org>",
   subjects=["[VOTE] Release Apache Kettle 2.%(n)d.0 RC1", "[DISCUSS] Drop Java 11 support", "[RESULT][VOTE] Release 2.%(n)d.0",
             "Re: Flaky test in KettleIT", "[ANNOUNCE] Apache Kettle 2.%(n)d released"],
   links=["https://issues.apache.org/jira/browse/KETTLE-%(n)d", "https://github.com/apache/kettle/pull/%(n)d", "https://dist.apache.org/repos/dist/dev/kettle/2.4.0-rc1/",
          "https://repository.apache.org/content/repositories/orgapachekettle-%(n)d/", "https://ci-builds.apache.org/job/Kettle/job/main/%(n)d/",
          "https://lists.apache.org/thread/%(n)dxyz", "https://cwiki.apache.org/confluence/display/KETTLE/Release+Process",
          "https://www.apache.org/legal/release-policy.html", "https://downloads.apache.org/kettle/KEYS", "https://kettle.apache.org/docs/"],
   paras=["+1 (binding). Checked signatures, checksums, license headers; built from source.",
          "Please review and vote. The vote will be open for at least 72 hours.",
          "I think we should discuss this before the next release."],
   footer="\n---------------------------------------------------------------------\nTo unsubscribe, e-mail: dev-unsubscribe@kettle.apache.org\nFor additional commands, e-mail: dev-help@kettle.apache.org\n"),
 "golang": dict(addr="golang-nuts@googlegroups.com", bounce="golang-nuts+bncBAABB%d@googlegroups.com" % 42,
   listid="<golang-nuts.googlegroups.com>", unsub="<mailto:googlegroups-manage+123+unsubscribe@googlegroups.com>,<https://groups.google.com/d/forum/golang-nuts/unsubscribe>",
   archive="<https://groups.google.com/group/golang-nuts>",
   subjects=["generic constraint question", "Re: sync.Pool and GC", "ANN: fastjson v%(n)d", "net/http client timeout behaviour", "go vet false positive?"],
   links=["https://go.dev/play/p/aB%(n)dx", "https://pkg.go.dev/github.com/%(u)s/fastjson", "https://github.com/golang/go/issues/%(n)d",
          "https://go.dev/doc/effective_go", "https://github.com/%(u)s/fastjson", "https://go.dev/blog/%(u)s", "https://stackoverflow.com/questions/%(n)d/",
          "https://%(u)s.dev/posts/pools", "https://go-review.googlesource.com/c/go/+/%(n)d"],
   paras=["Here is a minimal reproducer on the playground.", "I released a new version with fewer allocations.",
          "The documentation says the timeout covers the whole exchange, but that is not what I see."],
   footer="\n-- \nYou received this message because you are subscribed to the Google Groups \"golang-nuts\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to golang-nuts+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/msgid/golang-nuts/%d%%40example.invalid.\n" % 5),
 "mailman": dict(addr="tinyfs-users@lists.tinyfs.example", bounce="tinyfs-users-bounces@lists.tinyfs.example", tag="[tinyfs-users]",
   listid="tinyfs user discussion <tinyfs-users.lists.tinyfs.example>", unsub="<https://lists.tinyfs.example/mailman/options/tinyfs-users>",
   archive="<https://lists.tinyfs.example/pipermail/tinyfs-users/>", rewrite=("tinyfs-users", "tinyfs-users@lists.tinyfs.example"),
   subjects=["mount fails after upgrade to %(n)d", "Re: snapshot performance", "tinyfs 3.%(n)d released", "FUSE vs kernel module"],
   links=["https://tinyfs.example/docs/install", "https://github.com/tinyfs/tinyfs/issues/%(n)d", "https://paste.debian.net/%(n)d/",
          "https://gist.github.com/%(u)s/%(n)d", "https://tinyfs.example/releases/3.2", "https://wiki.archlinux.org/title/Tinyfs",
          "https://askubuntu.com/questions/%(n)d", "https://www.reddit.com/r/linux/comments/%(n)d/"],
   paras=["After upgrading, mounting fails with EINVAL. Log attached below.", "Release notes are on the site.", "Try the option from the docs."],
   footer="\n_______________________________________________\ntinyfs-users mailing list\ntinyfs-users@lists.tinyfs.example\nhttps://lists.tinyfs.example/mailman/listinfo/tinyfs-users\n"),
}

def github(when, kind):
    user = rng.choice(first).lower() + str(rng.randint(1, 99))
    repo = rng.choice(["devco/api-gateway", "devco/infra", "kettle/kettle", "tinyfs/tinyfs", "devco/web"])
    n = rng.randint(100, 4000)
    ext = rng.choice(["", "https://docs.python.org/3/library/asyncio.html", "https://stackoverflow.com/a/%d" % n,
                      "https://www.rfc-editor.org/rfc/rfc9110", "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS",
                      "https://sentry.io/organizations/devco/issues/%d/" % n, "https://app.circleci.com/pipelines/github/devco/api/%d" % n,
                      "https://codecov.io/gh/%s/pull/%d" % (repo, n), "https://%s.example/blog/perf" % user])
    if kind == "comment":
        subj = "Re: [%s] Fix retry handling in client (PR #%d)" % (repo, n)
        txt = "%s commented on this pull request.\n\nLooks good, but see %s\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/%s/pull/%d#issuecomment-%d\nYou are receiving this because you were mentioned.\n" % (user, ext or "the docs", repo, n, n * 7)
        html = '<p><b>@%s</b> commented on this pull request.</p><p>Looks good, but see <a href="%s">%s</a></p><p>&mdash;<br>Reply to this email directly, <a href="https://github.com/%s/pull/%d#issuecomment-%d">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB%dCD">unsubscribe</a>.</p><img src="https://github.com/notifications/beacon/AB%d.gif">' % (user, ext or "https://docs.github.com/", ext or "the docs", repo, n, n * 7, n, n)
    else:
        subj = "[%s] Run failed: CI - main (%s)" % (repo, "a1b2c3d")
        txt = "Run failed for main\nhttps://github.com/%s/actions/runs/%d\n" % (repo, n * 1000)
        html = '<p>Run failed: CI</p><a href="https://github.com/%s/actions/runs/%d">View workflow run</a>' % (repo, n * 1000)
        ext = ""
    body, ct = alt(txt, html)
    b.add(when, '"%s" <notifications@github.com>' % user, "%s <%s@noreply.github.com>" % (repo.split("/")[1], repo), subj, body, ct,
          cc='Kai Berg <kai.berg@devco.example>, Mention <mention@noreply.github.com>',
          extra=[("List-ID", "%s <%s.github.com>" % (repo, repo.replace("/", "."))), ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe/AB%d>" % n), ("X-GitHub-Reason", "mention")],
          mailfrom="noreply@github.com")

def gitlab(when):
    user = rng.choice(first)
    n = rng.randint(10, 900)
    txt = "%s commented on merge request !%d at devco-oss / toolbox\n\nCould you rebase? Pipeline: https://gitlab.com/devco-oss/toolbox/-/pipelines/%d\n\n-- \nReply to this email directly or view it on GitLab: https://gitlab.com/devco-oss/toolbox/-/merge_requests/%d#note_%d\n" % (user, n, n * 99, n, n * 3)
    html = '<p>%s commented on <a href="https://gitlab.com/devco-oss/toolbox/-/merge_requests/%d">merge request !%d</a></p><p>Could you rebase? <a href="https://gitlab.com/devco-oss/toolbox/-/pipelines/%d">Pipeline</a></p><p><a href="https://gitlab.com/-/sent_notifications/abc%d/unsubscribe">Unsubscribe</a></p>' % (user, n, n, n * 99, n)
    body, ct = alt(txt, html)
    b.add(when, '"%s (@%s)" <gitlab@mg.gitlab.com>' % (user, user.lower()), OWNER, "Re: toolbox | Add retry option (!%d)" % n, body, ct,
          extra=[("List-Id", "devco-oss/toolbox <%d.toolbox.devco-oss.gitlab.com>" % 1234), ("X-GitLab-Project", "toolbox")], mailfrom="gitlab@mg.gitlab.com")

def colleague(when):
    who = rng.choice([("Mira Holm", "mira.holm"), ("Tom Reyes", "tom.reyes"), ("Lea Stark", "lea.stark")])
    link = rng.choice(["https://wiki.devco.example/display/ENG/Runbook", "https://devco.atlassian.net/browse/OPS-%d" % rng.randint(10, 999),
                       "https://docs.google.com/document/d/1AbC%d/edit" % rng.randint(1, 99), "https://grafana.devco.example/d/abc/latency",
                       "https://www.figma.com/file/XyZ%d/api-flows" % rng.randint(1, 99), "https://github.com/devco/infra/pull/%d" % rng.randint(1, 999),
                       "https://status.cloudscale.example/incidents/%d" % rng.randint(1, 99), "https://www.notion.so/devco/Onboarding-%d" % rng.randint(1, 9)])
    b.add(when, "%s <%s@devco.example>" % who, OWNER, rng.choice(["quick question", "runbook update", "see this", "deploy tonight?", "design review"]),
          "Hey Kai,\n\nhave a look at %s when you get a chance.\n\n%s\n" % (link, who[0].split()[0]))

def outbound(when, to, subj, body, irt=None):
    return b.add(when, "Kai Berg <%s>" % OWNER, to, subj, body, irt=irt, rcpts=[to.split("<")[-1].rstrip(">")])

def service(when, kind):
    n = rng.randint(100000, 999999)
    if kind == "npm":
        b.add(when, "npm <support@npmjs.com>", OWNER, "Successfully published @devco/client@1.%d.0" % rng.randint(1, 40),
              "Hi kai-berg!\n\nA new version of the package @devco/client was published.\n\nhttps://www.npmjs.com/package/@devco/client\n\nIf you did not publish this, contact https://www.npmjs.com/support\n")
    elif kind == "pypi":
        b.add(when, "PyPI <noreply@pypi.org>", OWNER, "[PyPI] New release published",
              "A new release of devco-client was published.\n\nhttps://pypi.org/project/devco-client/\n\nIf this was not you, visit https://pypi.org/help/#compromised-account\n")
    elif kind == "sentry":
        body, ct = alt("New issue in api-gateway: TimeoutError\nhttps://devco.sentry.io/issues/%d/?referrer=alert_email\n" % n,
                       '<p>New issue: <b>TimeoutError</b></p><a href="https://devco.sentry.io/issues/%d/?referrer=alert_email">View on Sentry</a> <a href="https://devco.sentry.io/settings/account/notifications/">Notification settings</a>' % n)
        b.add(when, "Sentry <noreply@md.getsentry.com>", OWNER, "[api-gateway] TimeoutError: read timed out", body, ct)
    elif kind == "dependabot":
        body, ct = alt("Dependabot alert: golang.org/x/net vulnerable\nhttps://github.com/devco/api-gateway/security/dependabot/%d\n" % (n % 50),
                       '<p>Critical: golang.org/x/net</p><a href="https://github.com/devco/api-gateway/security/dependabot/%d">Review alert</a> <a href="https://github.com/advisories/GHSA-abcd-%d">Advisory</a>' % (n % 50, n % 1000))
        b.add(when, "GitHub <noreply@github.com>", OWNER, "[devco/api-gateway] Your Dependabot alerts", body, ct)
    elif kind == "aws":
        body, ct = alt("Your AWS bill for October is available.\nhttps://console.aws.amazon.com/billing/home\n",
                       '<p>Your invoice is available.</p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a> <a href="https://aws.amazon.com/premiumsupport/">Support</a>')
        b.add(when, "Amazon Web Services <no-reply-aws@amazon.com>", OWNER, "AWS Notification - Billing", body, ct)

def lwn(when):
    n = rng.randint(990000, 999999)
    b.add(when, "LWN.net <lwn@lwn.net>", OWNER, "LWN.net Weekly Edition",
          "The LWN.net Weekly Edition is available:\n\n  https://lwn.net/Articles/%d/\n\nFront: https://lwn.net/Articles/%d/\nKernel: https://lwn.net/Articles/%d/\nDistributions: https://lwn.net/Articles/%d/\n" % (n, n + 1, n + 2, n + 3),
          extra=[("List-Id", "<lwn-weekly.lwn.net>")])

# day loop
day = start
kai_posts = {}
while day < end:
    wd = day.weekday()
    def at():
        return day + datetime.timedelta(hours=rng.uniform(6, 23))
    work = wd < 5
    for lst, rate in (("debian", 1.6), ("lkml", 2.2), ("apache", 0.8), ("golang", 1.0), ("mailman", 0.5)):
        k = int(rate * (1 if work else 0.5) + rng.random())
        for _ in range(k):
            list_post(at(), lst)
    if work:
        for _ in range(rng.randint(0, 3)):
            github(at(), rng.choice(["comment", "comment", "ci"]))
        if rng.random() < 0.4: gitlab(at())
        if rng.random() < 0.6: colleague(at())
        if rng.random() < 0.15: service(at(), rng.choice(["npm", "pypi", "sentry", "dependabot"]))
        # kai posts to a list sometimes (outbound), replies get answered
        if rng.random() < 0.25:
            lst = rng.choice(["debian", "apache", "golang"])
            t = at()
            m = outbound(t, LISTS[lst]["addr"], "Re: " + rng.choice(LISTS[lst]["subjects"]) % {"n": 7}, "I agree; patch at https://github.com/kaiberg/fix/pull/3\n\nKai\n")
            if rng.random() < 0.6:
                name, addr, d = person()
                b.add(t + datetime.timedelta(hours=2), '"%s" <%s>' % (name, addr), OWNER, "Re: your patch",
                      "Kai,\n\nthanks, merged. See %s\n\n%s\n" % (rng.choice(["https://github.com/kettle/kettle/commit/abc123", "https://salsa.debian.org/python-team/fastcsv/-/commit/9f9", "https://go-review.googlesource.com/c/go/+/1234"]), name),
                      irt=m, cc=LISTS[lst]["addr"])
    if day.day == 1 or (day.day == 15 and rng.random() < 0.5):
        service(at(), "aws")
    if wd == 3:
        lwn(at())
    day += datetime.timedelta(days=1)

# test-window extras: first-contact but legitimate
t0 = split + datetime.timedelta(days=3, hours=9)
b.add(t0, "Priya Menon <priya@talentbridge.example>", OWNER, "Senior Go engineer role - remote",
      "Hi Kai,\n\nI came across your work on fastjson. We are hiring; details at https://jobs.talentbridge.example/go-senior\nMy LinkedIn: https://www.linkedin.com/in/priya-menon-tb\n\nBest,\nPriya\n")
b.add(t0 + datetime.timedelta(days=2), "GopherCon EU <hello@gopherconeu.example>", OWNER, "Call for Proposals closes Friday",
      "Submit your talk at https://sessionize.com/gophercon-eu-2027/ . Venue and dates: https://gopherconeu.example/2027\n")
b.add(t0 + datetime.timedelta(days=4), "Rust Weekly <noreply@this-week-in-rust.example>", OWNER, "This Week in Rust 600",
      "Read online: https://this-week-in-rust.example/blog/2026/11/05/this-week-in-rust-600/\nUpdates: https://blog.rust-lang.org/2026/11/01/Rust-1.95.0.html\nhttps://github.com/rust-lang/rust/pull/123456\nhttps://crates.io/crates/tokio\n")
b.write(sys.argv[1], split)
print(len(b.msgs))
