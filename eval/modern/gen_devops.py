# Software engineer / SRE at a small SaaS company: rhea.okafor@tallyloop.example
# (Tallyloop, invoicing software for trades; internal domain tallyloop.example).
# Rhea is on call: notifications from the code hosts (GitHub organisation
# tallyloop, a customer's GitHub Enterprise Cloud at northwind.ghe.com, GitLab
# for an open-source side project, Azure DevOps at a customer's organisation),
# the company's Atlassian site (tallyloop.atlassian.net), PagerDuty, Opsgenie,
# Datadog, Sentry, Grafana Cloud, AWS (billing, CloudWatch alarms through SNS,
# the Health Dashboard), Google Cloud, Stripe, Cloudflare, Vercel and Netlify
# deploy notices (linking the company's own preview deployments on vercel.app
# and netlify.app, a new host per branch), Dependabot, npm and PyPI, Docker
# Hub, Slack and Teams digests, status pages, mailing lists (List-Id), vendor
# newsletters through ESP click trackers, a vendor's first sales mail and
# conference invitations.
import datetime, random, sys
from gen_common import Box, alt

rng = random.Random(83)
from gen_common import UTC, start, split, end  # the learn and test windows
DOM = "tallyloop.example"
OWNER = "rhea.okafor@" + DOM
RHEA = "Rhea Okafor <%s>" % OWNER
SIG = "\n--\nRhea Okafor | Site Reliability\nTallyloop | https://www.tallyloop.example\n"
ORG = "tallyloop"
b = Box("devops", OWNER, start)
R = lambda: rng.randint(10000, 99999)
usd = lambda lo, hi: "$%d.%02d" % (rng.randint(lo, hi), rng.randint(0, 99))
sha = lambda: "%07x" % rng.randint(0, 0xfffffff)

COLLEAGUES = [("Dev Patel", "dev.patel@" + DOM), ("Ines Moreau", "ines.moreau@" + DOM), ("Sam Whitfield", "sam.whitfield@" + DOM),
              ("Yuki Tanaka", "yuki.tanaka@" + DOM), ("Marta Kowalska", "marta.kowalska@" + DOM)]
GH_USERS = ["devpatel", "ines-m", "samwhit", "yukit", "mkowalska", "rhea-ok"]
REPOS = ["api", "web", "infra", "billing-worker", "docs"]
BRANCHES = ["fix-invoice-rounding", "feat-quote-pdf", "chore-deps", "feat-dark-mode", "fix-login-redirect", "feat-csv-export",
            "perf-list-view", "fix-timezone", "feat-vat-rules", "refactor-auth", "feat-webhooks-ui", "fix-mobile-nav"]
threads = []

def gh_headers(repo, reason, n):
    return [("List-ID", "%s/%s <%s.%s.github.com>" % (ORG, repo, repo, ORG)),
            ("List-Unsubscribe", "<mailto:unsub+%x@reply.github.com>, <https://github.com/notifications/unsubscribe-one-click/AB%dQ>" % (n, n)),
            ("X-GitHub-Reason", reason), ("X-GitHub-Sender", "user")]

def gh_footer(repo, path, n):
    return ('<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/%s/%s/%s">view it on GitHub</a>, '
            'or <a href="https://github.com/notifications/unsubscribe-auth/AB%dCDE">unsubscribe</a>.<br>You are receiving this because you were assigned.</p>'
            '<img src="https://github.com/notifications/beacon/AB%dQ.gif" height="1" width="1" alt="">' % (ORG, repo, path, n, n))

def preview(branch, project="web"):
    return "https://%s-%s-git-%s-%s.vercel.app" % (ORG, project, branch, ORG)

# --- code hosts --------------------------------------------------------------
def github(when, kind):
    repo = rng.choice(REPOS)
    n = rng.randint(200, 2400)
    user = rng.choice(GH_USERS[:5])
    frm = '"%s" <notifications@github.com>' % user
    to = "%s/%s <%s@noreply.github.com>" % (ORG, repo, repo)
    if kind == "review":
        html = ('<p><b>@%s</b> requested changes on this pull request.</p><p>In <a href="https://github.com/%s/%s/pull/%d/files#r%d">src/handlers.ts</a>:</p>'
                '<blockquote>Can we reuse the retry helper here? See <a href="https://github.com/%s/%s/blob/main/src/lib/retry.ts#L40">retry.ts</a></blockquote>'
                % (user, ORG, repo, n, n * 13, ORG, repo)) + gh_footer(repo, "pull/%d#pullrequestreview-%d" % (n, n * 7), n)
        subj = "Re: [%s/%s] %s (PR #%d)" % (ORG, repo, rng.choice(["Fix invoice rounding", "Add quote PDF export", "Bump deps", "Retry webhooks"]), n)
    elif kind == "issue":
        img = "https://github.com/user-attachments/assets/%08x-1c2d-4e5f-8a9b-%012x" % (R(), R())
        html = ('<p><b>@%s</b> commented on this issue.</p><p>Repro steps and the trace below; screenshot:</p><p><img src="%s" alt="screenshot"></p>'
                '<p>Log: <a href="https://gist.github.com/%s/%x">gist</a>, raw config <a href="https://raw.githubusercontent.com/%s/%s/main/deploy/values.yaml">values.yaml</a></p>'
                % (user, img, user, R() * 4099, ORG, repo)) + gh_footer(repo, "issues/%d#issuecomment-%d" % (n, n * 31), n)
        subj = "Re: [%s/%s] %s (Issue #%d)" % (ORG, repo, rng.choice(["Timeouts on /invoices", "Flaky e2e test", "Memory grows in worker", "Docs build broken"]), n)
    elif kind == "vercel-comment":
        # the Vercel bot's comment on a PR: the branch's preview deployment
        br = rng.choice(BRANCHES)
        html = ('<p><b>vercel[bot]</b> commented on this pull request.</p><p>[vc]: #%s</p>'
                '<p><b>The latest updates on your projects</b>. Learn more about <a href="https://vercel.link/github-learn-more">Vercel for Git</a></p>'
                '<table><tr><td>tallyloop-web</td><td>Ready</td><td><a href="https://vercel.com/%s/%s-web/%s">Inspect</a></td>'
                '<td><a href="%s">Visit Preview</a></td></tr></table>' % (sha(), ORG, ORG, sha(), preview(br))) + gh_footer("web", "pull/%d#issuecomment-%d" % (n, n * 17), n)
        repo = "web"
        to = "%s/web <web@noreply.github.com>" % ORG
        frm = '"vercel[bot]" <notifications@github.com>'
        subj = "Re: [%s/web] %s (PR #%d)" % (ORG, br.replace("-", " ").capitalize(), n)
    elif kind == "netlify-comment":
        html = ('<p><b>netlify[bot]</b> commented on this pull request.</p><h3>Deploy Preview for <i>tallyloop-docs</i> ready!</h3>'
                '<table><tr><td>Latest commit</td><td>%s</td></tr><tr><td>Latest deploy log</td><td><a href="https://app.netlify.com/sites/tallyloop-docs/deploys/6%x">app.netlify.com/sites/tallyloop-docs/deploys</a></td></tr>'
                '<tr><td>Deploy Preview</td><td><a href="https://deploy-preview-%d--tallyloop-docs.netlify.app">https://deploy-preview-%d--tallyloop-docs.netlify.app</a></td></tr></table>'
                % (sha(), R() * 7919, n, n)) + gh_footer("docs", "pull/%d#issuecomment-%d" % (n, n * 19), n)
        repo = "docs"
        to = "%s/docs <docs@noreply.github.com>" % ORG
        frm = '"netlify[bot]" <notifications@github.com>'
        subj = "Re: [%s/docs] Update runbook pages (PR #%d)" % (ORG, n)
    elif kind == "dependabot-pr":
        pkg = rng.choice(["axios", "next", "@aws-sdk/client-s3", "eslint", "pg", "zod"])
        html = ('<p>Bumps <a href="https://github.com/%s">%s</a> from 1.%d.0 to 1.%d.1.</p><details><summary>Release notes</summary><p>Sourced from '
                '<a href="https://github.com/%s/releases">releases</a>.</p></details><p><a href="https://www.npmjs.com/package/%s">npm</a></p>'
                % (pkg.strip("@").replace("/client-s3", ""), pkg, n % 9, n % 9, pkg.strip("@").replace("/client-s3", ""), pkg)) + gh_footer(repo, "pull/%d" % n, n)
        frm = '"dependabot[bot]" <notifications@github.com>'
        subj = "[%s/%s] Bump %s from 1.%d.0 to 1.%d.1 (PR #%d)" % (ORG, repo, pkg, n % 9, n % 9, n)
    elif kind == "actions":
        html = ('<p><b>Run failed: deploy</b> - main (%s)</p><p><a href="https://github.com/%s/%s/actions/runs/%d">View workflow run</a></p>'
                '<p>build: failed in 3m 12s</p>' % (sha(), ORG, repo, n * 4001)) + gh_footer(repo, "actions/runs/%d" % (n * 4001), n)
        frm = "GitHub <notifications@github.com>"
        subj = "[%s/%s] Run failed: deploy - main (%s)" % (ORG, repo, sha())
    elif kind == "dependabot-alert":
        pkg = rng.choice(["jsonwebtoken", "undici", "cross-spawn", "urllib3", "golang.org/x/crypto"])
        html = ('<p>A <b>high</b> severity vulnerability in <b>%s</b> affects <b>%s/%s</b>.</p><p><a href="https://github.com/%s/%s/security/dependabot/%d">Review alert</a> '
                '<a href="https://github.com/advisories/GHSA-%04x-%04x-%04x">Advisory</a></p><p><a href="https://github.com/settings/notifications">Notification settings</a></p>'
                % (pkg, ORG, repo, ORG, repo, n % 90, R() % 65536, R() % 65536, R() % 65536))
        frm = "GitHub <noreply@github.com>"
        subj = "[%s/%s] Dependabot alert: %s" % (ORG, repo, pkg)
    body, ct = alt("See the HTML part.\n", html)
    b.add(when, frm, to, subj, body, ct, cc="Rhea Okafor <%s>" % OWNER if kind != "dependabot-alert" else None,
          extra=gh_headers(repo, rng.choice(["assign", "review_requested", "mention", "subscribed"]), n), mailfrom="noreply@github.com")

def ghe(when):
    # a customer's GitHub Enterprise Cloud (data residency) where Rhea reviews the integration
    n = rng.randint(10, 400)
    html = ('<p><b>@j-lindqvist</b> commented on this pull request.</p><p>The webhook signature check is in; could you re-run against your staging?</p>'
            '<p>&mdash;<br>Reply to this email directly, <a href="https://northwind.ghe.com/northwind/tallyloop-connector/pull/%d#issuecomment-%d">view it on GitHub</a>, '
            'or <a href="https://northwind.ghe.com/notifications/unsubscribe-auth/AQ%d">unsubscribe</a>.</p>' % (n, n * 11, n))
    body, ct = alt("See the HTML part.\n", html)
    b.add(when, '"j-lindqvist" <notifications@northwind.ghe.com>', "northwind/tallyloop-connector <tallyloop-connector@noreply.northwind.ghe.com>",
          "Re: [northwind/tallyloop-connector] Verify webhook signatures (PR #%d)" % n, body, ct, cc=RHEA,
          extra=[("List-ID", "northwind/tallyloop-connector <tallyloop-connector.northwind.northwind.ghe.com>")], mailfrom="noreply@northwind.ghe.com")

def gitlab(when):
    n = rng.randint(10, 300)
    user = rng.choice(["okonkwo", "perezj", "lhaas"])
    html = ('<p>%s commented on <a href="https://gitlab.com/yamlfmt/yamlfmt/-/merge_requests/%d">merge request !%d</a></p><p>Pipeline passed: '
            '<a href="https://gitlab.com/yamlfmt/yamlfmt/-/pipelines/%d">#%d</a></p><p><a href="https://gitlab.com/-/sent_notifications/%x/unsubscribe">Unsubscribe</a></p>'
            % (user, n, n, n * 977, n * 977, R() * 31))
    body, ct = alt("See the HTML part.\n", html)
    b.add(when, '"%s (@%s)" <gitlab@mg.gitlab.com>' % (user.capitalize(), user), RHEA, "Re: yamlfmt | Keep comments on sequences (!%d)" % n, body, ct,
          extra=[("List-Id", "yamlfmt/yamlfmt <1881.yamlfmt.yamlfmt.gitlab.com>"), ("X-GitLab-Project", "yamlfmt")], mailfrom="gitlab@mg.gitlab.com")

def azdo(when):
    # the customer Harbor Freight Lines builds the connector in its Azure DevOps organisation
    n = rng.randint(1000, 9000)
    kind = rng.choice(["build", "pr"])
    if kind == "build":
        html = ('<p>Build <b>%d</b> %s</p><p>Pipeline: tallyloop-connector-ci</p><p><a href="https://dev.azure.com/harborfreightlines/Integrations/_build/results?buildId=%d&view=results">View results</a></p>'
                '<p>Microsoft respects your privacy. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy statement</a></p>' % (n, rng.choice(["succeeded", "partially succeeded", "failed"]), n))
        subj = "Build %d: tallyloop-connector-ci %s" % (n, rng.choice(["succeeded", "failed"]))
    else:
        html = ('<p>Olu Adeyemi added you as a reviewer</p><p><a href="https://dev.azure.com/harborfreightlines/Integrations/_git/tallyloop-connector/pullrequest/%d">Pull request %d: map invoice states</a></p>'
                '<p><a href="https://dev.azure.com/harborfreightlines/_usersSettings/notifications">Manage notifications</a></p>' % (n, n))
        subj = "Pull request %d: map invoice states - Integrations" % n
    body, ct = alt("See the HTML part.\n", html)
    b.add(when, "Azure DevOps <azuredevops@microsoft.com>", RHEA, subj, body, ct)

def atlassian(when, kind):
    n = rng.randint(100, 990)
    name = rng.choice(COLLEAGUES)[0]
    if kind == "jira":
        issue = rng.choice(["Rotate the RDS certificate", "Postmortem: webhook backlog", "Upgrade EKS to 1.33", "Alert fatigue: tune CPU alarms", "Runbook for Stripe outages"])
        html = ('<p><b>%s</b> %s</p><p><a href="https://%s.atlassian.net/browse/OPS-%d?atlOrigin=eyJpIjoi%x">OPS-%d: %s</a></p>'
                '<p><a href="https://%s.atlassian.net/jira/settings/personal/notifications">Manage notifications</a> &middot; '
                '<a href="https://www.atlassian.com/legal/privacy-policy">Privacy policy</a></p><p>Sent by Atlassian</p>'
                % (name, rng.choice(["assigned an issue to you", "commented on an issue", "changed the status to In Review"]), ORG, n, R(), n, issue, ORG))
        body, ct = alt("%s: OPS-%d %s\n" % (name, n, issue), html)
        b.add(when, '"%s (Jira)" <jira@%s.atlassian.net>' % (name, ORG), RHEA, "[JIRA] (OPS-%d) %s" % (n, issue), body, ct,
              mailfrom="bounces+OPS-%d@%s.atlassian.net" % (n, ORG))
    else:
        page = rng.choice(["On-call handbook", "Incident 2026-10 webhook backlog", "Architecture: billing worker", "Q4 reliability goals"])
        html = ('<p><b>%s</b> %s <a href="https://%s.atlassian.net/wiki/spaces/ENG/pages/%d/%s">%s</a></p>'
                '<p><a href="https://%s.atlassian.net/wiki/users/notifications">Manage notifications</a></p><p>Sent by Confluence</p>'
                % (name, rng.choice(["edited", "mentioned you on", "commented on"]), ORG, R() * 10, page.replace(" ", "+"), page, ORG))
        body, ct = alt("%s: %s\n" % (name, page), html)
        b.add(when, '"%s (Confluence)" <confluence@%s.atlassian.net>' % (name, ORG), RHEA, "%s: %s" % (name, page), body, ct)

# --- monitoring and on-call ---------------------------------------------------
def alerting(when, kind):
    n = R()
    if kind == "pagerduty":
        svc = rng.choice(["api", "billing-worker", "postgres", "webhooks"])
        html = ('<p>[#%d] Triggered: %s</p><p>Service: %s</p><p><a href="https://%s.pagerduty.com/incidents/Q%X">View Incident</a> '
                '<a href="https://%s.pagerduty.com/incidents/Q%X/acknowledge">Acknowledge</a></p><p><a href="https://www.pagerduty.com/">PagerDuty</a></p>'
                % (n % 9000, rng.choice(["High 5xx rate", "Queue depth > 10k", "Replica lag", "p99 latency > 2s"]), svc, ORG, n * 97, ORG, n * 97))
        body, ct = alt("PagerDuty incident %d\n" % n, html)
        b.add(when, "PagerDuty <no-reply@pagerduty.com>", RHEA, "[PagerDuty] TRIGGERED: Incident #%d on %s" % (n % 9000, svc), body, ct)
    elif kind == "opsgenie":
        html = ('<p>Alert: <b>%s</b></p><p>Priority P2, team SRE</p><p><a href="https://%s.app.opsgenie.com/alert/detail/%08x-aa11-4b22-9c33-%012x/details">View alert</a></p>'
                '<p><a href="https://%s.app.opsgenie.com/settings/user/notification">Notification settings</a></p>' % (rng.choice(["Disk 85% on runner-3", "Certificate expires in 14 days", "Backup job late"]), ORG, n, n * 7, ORG))
        body, ct = alt("Opsgenie alert\n", html)
        b.add(when, "Opsgenie <opsgenie@opsgenie.net>", RHEA, "[Opsgenie] Alert: %s" % rng.choice(["backup job late", "cert expiry", "disk usage"]), body, ct)
    elif kind == "datadog":
        mon = rng.choice(["API p95 latency", "Error rate on /webhooks", "Postgres connections", "Lambda throttles"])
        html = ('<p><b>[%s] %s</b></p><p>%s over 5 minutes. @rhea.okafor@tallyloop.example</p><p><a href="https://app.datadoghq.com/monitors/%d?group=env%%3Aprod&from_ts=17%d">View Monitor</a> &middot; '
                '<a href="https://app.datadoghq.com/monitors/%d/edit">Edit Monitor</a> &middot; <a href="https://app.datadoghq.com/event/event?id=%d">Related Logs</a></p>'
                % (rng.choice(["Triggered", "Recovered", "Warn"]), mon, rng.choice(["Above threshold", "Back to normal"]), n, n, n, n * 3))
        body, ct = alt("Datadog monitor %s\n" % mon, html)
        b.add(when, "Datadog Alerting <alert@dtdg.co>", RHEA, "[Triggered] %s on env:prod" % mon, body, ct)
    elif kind == "sentry":
        err = rng.choice(["TypeError: Cannot read properties of undefined", "TimeoutError: Connection timed out", "IntegrityError: duplicate key"])
        html = ('<p>New issue in <b>api</b>: %s</p><p><a href="https://%s.sentry.io/issues/%d/?referrer=alert_email&alert_type=email">View on Sentry</a></p>'
                '<p><a href="https://%s.sentry.io/settings/account/notifications/alerts/">Notification settings</a></p>' % (err, ORG, n * 31, ORG))
        body, ct = alt("Sentry issue\n", html)
        b.add(when, "Sentry <noreply@md.getsentry.com>", RHEA, "[api] %s" % err, body, ct)
    elif kind == "grafana":
        html = ('<p><b>[FIRING:1] %s</b></p><p>Value: B=%d</p><p><a href="https://%s.grafana.net/alerting/grafana/%x/view?orgId=1">View alert</a> '
                '<a href="https://%s.grafana.net/d/api-overview/api-overview?orgId=1">Dashboard</a> <a href="https://%s.grafana.net/alerting/silence/new?alertmanager=grafana">Silence</a></p>'
                % (rng.choice(["HighMemory", "NodeNotReady", "IngressErrors"]), n % 100, ORG, n, ORG, ORG))
        body, ct = alt("Grafana alert\n", html)
        b.add(when, "Grafana <noreply@grafana.net>", RHEA, "[FIRING:1] %s (prod)" % rng.choice(["HighMemory", "NodeNotReady", "IngressErrors"]), body, ct)
    elif kind == "sns":
        alarm = rng.choice(["api-5xx-high", "rds-cpu-high", "sqs-webhooks-age"])
        txt = ("You are receiving this email because your Amazon CloudWatch Alarm \"%s\" in the US East (N. Virginia) region has entered the ALARM state.\n\n"
               "View this alarm in the AWS Management Console:\nhttps://us-east-1.console.aws.amazon.com/cloudwatch/deeplink.js?region=us-east-1#alarmsV2:alarm/%s\n\n"
               "Alarm Details:\n- Name: %s\n- State Change: OK -> ALARM\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n"
               "https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:448812990123:ops-alarms:%08x-1b2c-4d5e-8f90-%012x&Endpoint=%s\n\n"
               "Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support\n"
               % (alarm, alarm, alarm, n, n * 13, OWNER))
        b.add(when, "AWS Notifications <no-reply@sns.amazonaws.com>", OWNER, "ALARM: \"%s\" in US East (N. Virginia)" % alarm, txt)
    elif kind == "uptime":
        up = rng.random() < 0.5
        html = ('<p>Check <b>app.tallyloop.example</b> is %s.</p><p><a href="https://betterstack.com/team/%d/monitors/%d">View monitor</a></p>' % ("up" if up else "down", n % 100, n))
        body, ct = alt("Better Stack\n", html)
        b.add(when, "Better Stack <notifications@betterstack.com>", RHEA, "%s app.tallyloop.example" % ("Resolved:" if up else "Incident:"), body, ct)

# --- cloud and vendor accounts -------------------------------------------------
def cloud(when, kind):
    n = R()
    if kind == "aws-bill":
        html = ('<p>Your AWS invoice for account 4488-1299-0123 is available. Amount due: %s.</p><p><a href="https://console.aws.amazon.com/billing/home#/bills">View your bill</a></p>'
                '<p><a href="https://aws.amazon.com/premiumsupport/">AWS Support</a></p>' % usd(1800, 4200))
        body, ct = alt("AWS invoice available\n", html)
        b.add(when, "Amazon Web Services <no-reply-aws@amazon.com>", RHEA, "Amazon Web Services Invoice Available", body, ct)
    elif kind == "aws-health":
        html = ('<p>Hello,</p><p>We are contacting you because one or more of your Amazon RDS for PostgreSQL instances in the US-EAST-1 Region require a minor version upgrade before %s. '
                'If you do not upgrade, we will upgrade the instances during a maintenance window.</p><p>Affected resources are listed in the '
                '<a href="https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes?eventID=arn:aws:health:us-east-1::event/RDS/AWS_RDS_MAINTENANCE_SCHEDULED/%d">AWS Health Dashboard</a>.</p>'
                '<p>See the <a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html">documentation</a>. If you have questions, contact '
                '<a href="https://aws.amazon.com/support">AWS Support</a>.</p><p>Sincerely,<br>Amazon Web Services</p>' % (rng.choice(["January 15, 2027", "February 2, 2027"]), n))
        body, ct = alt("AWS Health event\n", html)
        b.add(when, "Amazon Web Services <no-reply-aws@amazon.com>", RHEA, "[Action Required] Amazon RDS for PostgreSQL minor version upgrade [AWS Account: 448812990123]", body, ct)
    elif kind == "gcp":
        html = ('<p>Hello,</p><p>The budget <b>tallyloop-analytics</b> for billing account 01A2B3-%06X has reached %d%% of its amount.</p>'
                '<p><a href="https://console.cloud.google.com/billing/01A2B3-%06X/budgets?project=tallyloop-analytics">View budget</a></p>'
                '<p>Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>' % (n, rng.choice([50, 90]), n))
        body, ct = alt("Google Cloud budget alert\n", html)
        b.add(when, "Google Cloud <CloudPlatform-noreply@google.com>", RHEA, "Budget tallyloop-analytics has exceeded %d%% of its amount" % rng.choice([50, 90]), body, ct)
    elif kind == "stripe":
        html = ('<p>Your webhook endpoint https://api.tallyloop.example/hooks/stripe has been failing for %d hours (HTTP 502).</p>'
                '<p><a href="https://dashboard.stripe.com/webhooks/we_1P%X">View endpoint</a></p><p>If the endpoint keeps failing, Stripe will disable it.</p>'
                '<p><a href="https://support.stripe.com/">Stripe Support</a></p>' % (rng.randint(2, 30), n * 977))
        body, ct = alt("Stripe webhook failing\n", html)
        b.add(when, "Stripe <notifications@stripe.com>", RHEA, "Webhook endpoint failing for Tallyloop", body, ct)
    elif kind == "cloudflare":
        html = ('<p>Your certificate for <b>*.tallyloop.example</b> was renewed.</p><p><a href="https://dash.cloudflare.com/%032x/tallyloop.example/ssl-tls/edge-certificates">View certificates</a></p>'
                '<p><a href="https://www.cloudflare.com/privacypolicy/">Privacy</a></p>' % (n * 1234567891))
        body, ct = alt("Cloudflare\n", html)
        b.add(when, "Cloudflare <noreply@notify.cloudflare.com>", RHEA, "Certificate renewed for *.tallyloop.example", body, ct)
    elif kind == "docker":
        html = ('<p>Your organisation <b>tallyloop</b> pulled %d images this week.</p><p><a href="https://hub.docker.com/orgs/tallyloop/usage">View usage</a></p>'
                '<p><a href="https://app.docker.com/settings/notifications">Email preferences</a></p>' % (n % 900))
        body, ct = alt("Docker Hub\n", html)
        b.add(when, "Docker <noreply@notify.docker.com>", RHEA, "Your weekly Docker Hub usage", body, ct)
    elif kind == "npm":
        b.add(when, "npm <support@npmjs.com>", RHEA, "Successfully published @tallyloop/sdk@2.%d.%d" % (n % 20, n % 7),
              "Hi rhea-ok!\n\nA new version of the package @tallyloop/sdk (2.%d.%d) was published at %s by rhea-ok.\n\nhttps://www.npmjs.com/package/@tallyloop/sdk\n\n"
              "If you did not publish this, visit https://www.npmjs.com/support\n" % (n % 20, n % 7, when.strftime("%Y-%m-%dT%H:%M:%SZ")))
    elif kind == "pypi":
        b.add(when, "PyPI <noreply@pypi.org>", RHEA, "[PyPI] A new release of tallyloop was published",
              "A new release of tallyloop (0.%d.0) was published by the trusted publisher GitHub Actions (tallyloop/sdk-python, release.yml).\n\n"
              "https://pypi.org/project/tallyloop/\n\nIf this was not you, see https://pypi.org/help/#compromised-account\n" % (n % 40))

def chat(when, kind):
    n = R()
    if kind == "slack":
        chans = rng.sample(["incidents", "deploys", "sre", "eng", "random", "alerts-prod"], 3)
        html = '<h3>You have %d unread messages in Tallyloop</h3>' % (n % 40 + 3)
        for c in chans:
            html += '<p><b>#%s</b>: %s <a href="https://%s.slack.com/archives/C0%X/p17%d">View in Slack</a></p>' % (
                c, rng.choice(["deploy finished", "anyone seen the 502s?", "postmortem draft is up", "rotating keys today"]), ORG, n * 13, n)
        html += '<p><a href="https://slack.com/account/notifications">Notification preferences</a> | <a href="https://slack.com/help">Help</a></p>'
        body, ct = alt("Slack digest\n", html)
        b.add(when, "Slack <feedback@slack.com>", RHEA, "[Slack] Notifications from the Tallyloop workspace", body, ct)
    else:
        html = ('<p>Your teammates are trying to reach you in Microsoft Teams</p><p>Olu Adeyemi (Harbor Freight Lines) sent a message in <b>Tallyloop integration</b></p>'
                '<p><a href="https://teams.microsoft.com/l/message/19:%x@thread.tacv2/17%d?tenantId=hf1&groupId=%x">Reply in Teams</a></p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a></p>' % (n, n, n * 3))
        body, ct = alt("Teams\n", html)
        b.add(when, "Microsoft Teams <noreply@email.teams.microsoft.com>", RHEA, "You have been mentioned in Tallyloop integration", body, ct)

def deploy(when, kind):
    n = R()
    br = rng.choice(BRANCHES)
    if kind == "vercel":
        url = preview(br)
        html = ('<p>Your deployment for <b>tallyloop-web</b> is ready.</p><p>Branch: %s</p><p><a href="%s">Visit Preview</a></p>'
                '<p><a href="https://vercel.com/%s/%s-web/%s">Inspect deployment</a></p><p><a href="https://vercel.com/account/notifications">Notification settings</a></p>'
                % (br, url, ORG, ORG, "%x" % (n * 12345)))
        body, ct = alt("Deployment ready: %s\n" % url, html)
        b.add(when, "Vercel <notifications@vercel.com>", RHEA, "Deployment ready for tallyloop-web (%s)" % br, body, ct)
    elif kind == "vercel-fail":
        html = ('<p>The deployment of <b>tallyloop-web</b> on branch %s failed.</p><p><a href="https://vercel.com/%s/%s-web/%x">View build logs</a></p>'
                '<p><a href="https://vercel.com/account/notifications">Notification settings</a></p>' % (br, ORG, ORG, n * 54321))
        body, ct = alt("Deployment failed\n", html)
        b.add(when, "Vercel <notifications@vercel.com>", RHEA, "Failed production deployment on team '%s'" % ORG, body, ct)
    else:
        p = rng.randint(40, 400)
        html = ('<p>Deploy Preview #%d for <b>tallyloop-docs</b> is ready.</p><p><a href="https://deploy-preview-%d--tallyloop-docs.netlify.app">https://deploy-preview-%d--tallyloop-docs.netlify.app</a></p>'
                '<p><a href="https://app.netlify.com/sites/tallyloop-docs/deploys/6%x">Deploy log</a></p><p><a href="https://app.netlify.com/user/settings#notifications">Manage notifications</a></p>'
                % (p, p, p, n * 7919))
        body, ct = alt("Deploy preview ready\n", html)
        b.add(when, "Netlify <team@netlify.com>", RHEA, "[Netlify] Deploy Preview #%d for tallyloop-docs ready" % p, body, ct)

def status(when, kind):
    n = R()
    if kind == "github":
        html = ('<p><b>Incident on %s</b></p><p>%s</p><p>We are investigating reports of degraded performance for Actions.</p>'
                '<p><a href="https://www.githubstatus.com/incidents/%x">View incident</a></p><p><a href="https://www.githubstatus.com/?unsubscribe=%x">Unsubscribe</a></p>'
                '<p>Powered by <a href="https://www.atlassian.com/software/statuspage">Atlassian Statuspage</a></p>' % (when.strftime("%Y-%m-%d"), rng.choice(["Investigating", "Resolved"]), n * 999, n))
        body, ct = alt("GitHub status\n", html)
        b.add(when, "GitHub <noreply@githubstatus.com>", RHEA, "[GitHub] Incident with Actions", body, ct)
    elif kind == "cloudflare":
        html = ('<p><b>%s</b> - Degraded performance in %s</p><p><a href="https://www.cloudflarestatus.com/incidents/%x">View incident</a></p>'
                '<p><a href="https://www.cloudflarestatus.com/?unsubscribe=%x">Unsubscribe</a></p><p>Powered by <a href="https://www.atlassian.com/software/statuspage">Atlassian Statuspage</a></p>'
                % (rng.choice(["Investigating", "Monitoring", "Resolved"]), rng.choice(["FRA", "AMS", "Workers KV"]), n * 777, n))
        body, ct = alt("Cloudflare status\n", html)
        b.add(when, "Cloudflare Status <noreply@cloudflarestatus.com>", RHEA, "[Cloudflare Status] Degraded performance", body, ct)
    else:
        # the transactional-mail vendor's status page on Atlassian Statuspage's own domain
        html = ('<p><b>Delays in outbound email</b> - %s</p><p><a href="https://sendhaven.statuspage.io/incidents/%x">View incident</a></p>'
                '<p><a href="https://sendhaven.statuspage.io/?unsubscribe=%x">Unsubscribe</a></p><p>Powered by <a href="https://www.atlassian.com/software/statuspage">Atlassian Statuspage</a></p>'
                % (rng.choice(["Investigating", "Resolved"]), n * 55, n))
        body, ct = alt("Sendhaven status\n", html)
        b.add(when, "Sendhaven Status <noreply@statuspage.io>", RHEA, "[Sendhaven] Delays in outbound email", body, ct)

def lists(when, kind):
    n = R()
    if kind == "prometheus":
        b.add(when, "%s <%s>" % rng.choice([("Ana Ruiz", "ana.ruiz@gmail.com"), ("Bo Lind", "bo@lind.example"), ("Chidi Eze", "chidi.eze@fastmail.com")]),
              "Prometheus Users <prometheus-users@googlegroups.com>", "Re: %s" % rng.choice(["rate() over counters with resets", "alertmanager inhibit rules", "remote_write backpressure"]),
              "Hi,\n\nsee https://prometheus.io/docs/prometheus/latest/querying/functions/#rate and https://github.com/prometheus/prometheus/issues/%d\n\n"
              "-- \nYou received this message because you are subscribed to the Google Groups \"Prometheus Users\" group.\n"
              "To view this discussion visit https://groups.google.com/d/msgid/prometheus-users/%x%%40example.\n" % (n, n),
              extra=[("List-Id", "<prometheus-users.googlegroups.com>"), ("Precedence", "list")], mailfrom="prometheus-users+bncBD%d@googlegroups.com" % n)
    elif kind == "ubuntu":
        b.add(when, "Ubuntu Security <security@ubuntu.com>", "ubuntu-security-announce@lists.ubuntu.com", "[USN-%d-1] %s vulnerabilities" % (7000 + n % 900, rng.choice(["OpenSSL", "Linux kernel", "curl", "Python"])),
              "==========================================================================\nUbuntu Security Notice USN-%d-1\n==========================================================================\n\n"
              "Details: https://ubuntu.com/security/notices/USN-%d-1\nCVE: https://ubuntu.com/security/CVE-2026-%d\n\n-- \nubuntu-security-announce mailing list\n"
              "https://lists.ubuntu.com/mailman/listinfo/ubuntu-security-announce\n" % (7000 + n % 900, 7000 + n % 900, n),
              extra=[("List-Id", "Ubuntu Security Announcements <ubuntu-security-announce.lists.ubuntu.com>"), ("Precedence", "list")],
              mailfrom="ubuntu-security-announce-bounces@lists.ubuntu.com")
    elif kind == "sreweekly":
        items = ["https://www.usenix.org/conference/srecon26emea/presentation/%d" % n, "https://blog.cloudflare.com/post-%d/" % n,
                 "https://sre.google/sre-book/postmortem-culture/", "https://engineering.example-blog.example/incident-%d" % n]
        html = "<h2>SRE Weekly Issue #%d</h2>" % (n % 500) + "".join('<p><a href="https://sreweekly.com/r/?u=%s">%s</a></p>' % (u, u.split("/")[2]) for u in items)
        html += '<p><a href="https://sreweekly.us12.list-manage.com/unsubscribe?u=%x&id=%x">unsubscribe</a></p>' % (n, n * 3)
        body, ct = alt("SRE Weekly\n", html)
        b.add(when, "SRE Weekly <lex@sreweekly.com>", RHEA, "SRE Weekly Issue #%d" % (n % 500), body, ct,
              extra=[("List-Id", "SRE Weekly <%x.sreweekly.us12.list-id.mcsv.net>" % n), ("List-Unsubscribe", "<https://sreweekly.us12.list-manage.com/unsubscribe?u=%x>" % n)],
              mailfrom="bounce-mc.us12_%d@mail%d.suw12.mcsv.net" % (n, n % 100))

def newsletter(when, kind):
    n = R()
    if kind == "datadog-news":
        # Marketo-tracked vendor newsletter (mkto links on the vendor's own click host)
        html = ('<h2>The Monitor: %s</h2><p><a href="https://info.datadoghq.com/dc/%x==/MjAw-XYZ-%d/%x">Read the post</a></p>'
                '<p><a href="https://info.datadoghq.com/dc/%x==/MjAw-XYZ-%d/%x">DASH 2027 call for papers</a></p><p><a href="https://info.datadoghq.com/unsubscribe?mkt_unsubscribe=1&mkt_tok=%x">Unsubscribe</a></p>'
                % (rng.choice(["OpenTelemetry in practice", "Cost of observability"]), n, n, n * 3, n * 5, n, n * 7, n))
        body, ct = alt("Datadog newsletter\n", html)
        b.add(when, "Datadog <news@datadoghq.com>", RHEA, "The Monitor: what's new at Datadog", body, ct, extra=[("List-Unsubscribe", "<https://info.datadoghq.com/unsubscribe>")])
    elif kind == "docker-news":
        # SendGrid click tracking
        html = ('<h2>Docker Newsletter</h2><p><a href="https://u%d.ct.sendgrid.net/ls/click?upn=u001.%x-2BQ%x">Docker Desktop %d.%d release notes</a></p>'
                '<p><a href="https://u%d.ct.sendgrid.net/ls/click?upn=u001.%x-2BR%x">Unsubscribe</a></p>' % (n % 9000, n, n * 3, n % 5, n % 9, n % 9000, n * 5, n))
        body, ct = alt("Docker newsletter\n", html)
        b.add(when, "Docker <newsletter@docker.com>", RHEA, "Docker Newsletter: what's new", body, ct, extra=[("List-Unsubscribe", "<mailto:unsubscribe@docker.com>")])
    elif kind == "vercel-news":
        # Customer.io tracked
        html = ('<h2>Vercel Ship recap</h2><p><a href="https://e.customeriomail.com/e/c/ey%x/%x">Read the recap</a></p><p><a href="https://e.customeriomail.com/unsubscribe/%x">Unsubscribe</a></p>' % (n, n * 3, n * 5))
        body, ct = alt("Vercel news\n", html)
        b.add(when, "Vercel <hello@vercel.com>", RHEA, "Vercel Ship recap and what's new", body, ct)

def colleague(when):
    name, addr = rng.choice(COLLEAGUES)
    q = rng.choice(["Can you look at the preview for my branch? %s" % preview(rng.choice(BRANCHES)),
                    "Runbook update: https://%s.atlassian.net/wiki/spaces/ENG/pages/%d" % (ORG, R() * 10),
                    "The alarm fired again: https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:alarm/api-5xx-high",
                    "Dashboard for tomorrow's review: https://%s.grafana.net/d/api-overview/api-overview" % ORG,
                    "Who owns the Cloudflare rules? https://dash.cloudflare.com/",
                    "Draft postmortem: https://docs.google.com/document/d/1Xq%dZ/edit" % R(),
                    "PR for the retry fix: https://github.com/%s/api/pull/%d" % (ORG, rng.randint(200, 2400))])
    m = b.add(when, "%s <%s>" % (name, addr), RHEA, rng.choice(["quick one", "on-call handover", "preview?", "alarm", "review please"]),
              "Hi Rhea,\n\n%s\n\n%s\n" % (q, name.split()[0]))
    threads.append((m, addr, name))

def reply(when):
    if not threads: return
    m, addr, name = rng.choice(threads)
    b.add(when, RHEA, "%s <%s>" % (name, addr), "Re: your message", "Thanks %s, looking now.\n%s" % (name.split()[0], SIG), irt=m, rcpts=[addr])

# --- learn window ------------------------------------------------------------
day = start
while day < end:
    wd = day.weekday()
    def at(): return day + datetime.timedelta(hours=rng.uniform(6, 23))
    if wd < 5:
        for _ in range(rng.randint(1, 4)): github(at(), rng.choice(["review", "issue", "issue", "vercel-comment", "netlify-comment", "dependabot-pr", "actions"]))
        if rng.random() < 0.3: github(at(), "dependabot-alert")
        if rng.random() < 0.3: ghe(at())
        if rng.random() < 0.2: gitlab(at())
        if rng.random() < 0.25: azdo(at())
        for _ in range(rng.randint(0, 2)): atlassian(at(), rng.choice(["jira", "jira", "confluence"]))
        for _ in range(rng.randint(0, 2)): alerting(at(), rng.choice(["pagerduty", "opsgenie", "datadog", "sentry", "grafana", "sns", "uptime"]))
        if rng.random() < 0.5: deploy(at(), rng.choice(["vercel", "vercel", "netlify", "vercel-fail"]))
        if rng.random() < 0.5: colleague(at())
        if rng.random() < 0.6: reply(at())
        if rng.random() < 0.2: cloud(at(), rng.choice(["stripe", "cloudflare", "npm", "pypi"]))
        if rng.random() < 0.15: chat(at(), "teams")
        if rng.random() < 0.4: lists(at(), "prometheus")
        if rng.random() < 0.2: lists(at(), "ubuntu")
        if rng.random() < 0.1: status(at(), rng.choice(["github", "cloudflare", "sendhaven"]))
    if wd == 0: chat(at(), "slack"); cloud(at(), "docker")
    if wd == 4: lists(at(), "sreweekly")
    if wd == 2 and rng.random() < 0.5: newsletter(at(), rng.choice(["datadog-news", "docker-news", "vercel-news"]))
    if day.day == 3: cloud(at(), "aws-bill")
    if day.day == 8: cloud(at(), "gcp")
    if day.day == 20 and rng.random() < 0.7: cloud(at(), "aws-health")
    day += datetime.timedelta(days=1)

# Rhea writes to a few vendors' people early on
for i, (name, addr) in enumerate([("Olu Adeyemi", "olu.adeyemi@harborfreightlines.example"), ("Johan Lindqvist", "johan.lindqvist@northwind-logistics.example")]):
    b.add(start + datetime.timedelta(days=2, hours=9 + i), RHEA, "%s <%s>" % (name, addr), "Tallyloop connector - SRE contact",
          "Hi,\n\nI'm the SRE on the Tallyloop side of the connector; page me through our status page or write here.\n%s" % SIG, rcpts=[addr])

# --- test window: first contacts and the mail most like phishing ---------------
T = split + datetime.timedelta(days=1, hours=9)
def at_t(d, h=0): return T + datetime.timedelta(days=d, hours=h)
def msg(d, frm, subj, body, ct="text/plain; charset=utf-8", h=0, **kw):
    to = kw.pop("to", RHEA)
    return b.add(at_t(d, h), frm, to, subj, body, ct, **kw)

# GitHub account and security mail Rhea asked for, or that GitHub sends on its own
n = R()
msg(0, "GitHub <noreply@github.com>", "[GitHub] A third-party OAuth application has been added to your account",
    "Hey rhea-ok!\n\nA third-party OAuth application (Linear) with read:org, repo, and user:email scopes was recently authorized to access your account.\n"
    "Visit https://github.com/settings/connections/applications/%x for more information.\n\n"
    "To see this and other security events for your account, visit https://github.com/settings/security-log\n\n"
    "If you run into problems, please contact support by visiting https://github.com/contact\n\nThanks,\nThe GitHub Team\n" % (n * 99991), h=2)
msg(2, "GitHub <noreply@github.com>", "[GitHub] Your personal access token (classic) expires in 7 days",
    "Hi @rhea-ok,\n\nWe noticed your personal access token (classic) \"terraform-ci\" with repo and workflow scopes will expire in 7 days.\n\n"
    "If this token is still needed, visit https://github.com/settings/tokens/%d/regenerate to generate an equivalent.\n\n"
    "If you run into problems, please contact support by visiting https://github.com/contact\n\nThanks,\nThe GitHub Team\n" % R(), h=3)
body, ct = alt("Invitation\n", '<p>@ines-m has invited you to collaborate on the <b>tallyloop/terraform-modules</b> repository</p>'
               '<p><a href="https://github.com/tallyloop/terraform-modules/invitations">View invitation</a></p><p>This invitation will expire in 7 days.</p>'
               '<p><a href="https://github.com/tallyloop/terraform-modules">tallyloop/terraform-modules</a></p>')
msg(3, "Ines Moreau <noreply@github.com>", "ines-m invited you to tallyloop/terraform-modules", body, ct, h=4)
msg(5, "GitHub <noreply@github.com>", "[GitHub] A new SSH authentication public key was added to your account",
    "Hey rhea-ok!\n\nA new SSH authentication key was added to your account.\n\nIf you believe this key was added in error, you can remove the key and disable access at the following location:\n\n"
    "https://github.com/settings/keys\n\nThanks,\nThe GitHub Team\n", h=1)
body, ct = alt("Secret scanning\n", '<p>GitHub found a possible <b>AWS Access Key ID</b> in <b>tallyloop/infra</b> (commit %s, file scripts/bootstrap.sh).</p>'
               '<p><a href="https://github.com/tallyloop/infra/security/secret-scanning/%d">Review secret</a></p><p>Revoke the key with the provider, then close the alert.</p>'
               '<p><a href="https://docs.github.com/code-security/secret-scanning">About secret scanning</a></p>' % (sha(), R() % 100))
msg(6, "GitHub <noreply@github.com>", "[tallyloop/infra] Secret scanning alert: AWS Access Key ID", body, ct, h=5)
body, ct = alt("Actions usage\n", '<p>Your organization <b>tallyloop</b> has used 90%% of included GitHub Actions minutes for this billing cycle.</p>'
               '<p><a href="https://github.com/organizations/tallyloop/settings/billing/summary">Manage spending limits</a></p>')
msg(9, "GitHub <noreply@github.com>", "[GitHub] 90% of included Actions minutes used", body, ct, h=2)

# preview deployments: new branch hosts on vercel.app and netlify.app, and a Cloudflare Pages preview
for d, br in [(1, "feat-invoice-templates"), (4, "fix-tax-rounding-eu"), (8, "feat-bulk-send"), (12, "chore-next-16")]:
    url = preview(br)
    body, ct = alt("Deployment ready: %s\n" % url,
                   '<p>Your deployment for <b>tallyloop-web</b> is ready.</p><p>Branch: %s</p><p><a href="%s">Visit Preview</a></p>'
                   '<p><a href="https://vercel.com/%s/%s-web/%x">Inspect deployment</a></p><p><a href="https://vercel.com/account/notifications">Notification settings</a></p>' % (br, url, ORG, ORG, R() * 321))
    msg(d, "Vercel <notifications@vercel.com>", "Deployment ready for tallyloop-web (%s)" % br, body, ct, h=3)
    # and the bot's comment on the PR, through GitHub
    n = rng.randint(2400, 2600)
    html = ('<p><b>vercel[bot]</b> commented on this pull request.</p><p><b>The latest updates on your projects</b>. Learn more about <a href="https://vercel.link/github-learn-more">Vercel for Git</a></p>'
            '<table><tr><td>tallyloop-web</td><td>Ready</td><td><a href="https://vercel.com/%s/%s-web/%s">Inspect</a></td><td><a href="%s">Visit Preview</a></td></tr></table>'
            % (ORG, ORG, sha(), url)) + gh_footer("web", "pull/%d#issuecomment-%d" % (n, n * 17), n)
    body, ct = alt("See the HTML part.\n", html)
    msg(d, '"vercel[bot]" <notifications@github.com>', "Re: [%s/web] %s (PR #%d)" % (ORG, br.replace("-", " ").capitalize(), n), body, ct, h=3.1,
        to="%s/web <web@noreply.github.com>" % ORG, cc=RHEA, extra=gh_headers("web", "author", n), mailfrom="noreply@github.com")
for d, p in [(2, 512), (10, 530)]:
    body, ct = alt("Deploy preview ready\n",
                   '<p>Deploy Preview #%d for <b>tallyloop-docs</b> is ready.</p><p><a href="https://deploy-preview-%d--tallyloop-docs.netlify.app">https://deploy-preview-%d--tallyloop-docs.netlify.app</a></p>'
                   '<p><a href="https://app.netlify.com/sites/tallyloop-docs/deploys/6%x">Deploy log</a></p><p><a href="https://app.netlify.com/user/settings#notifications">Manage notifications</a></p>' % (p, p, p, R() * 7919))
    msg(d, "Netlify <team@netlify.com>", "[Netlify] Deploy Preview #%d for tallyloop-docs ready" % p, body, ct, h=4)
# a colleague sends the preview of a marketing page built on Cloudflare Pages
msg(7, "Marta Kowalska <marta.kowalska@%s>" % DOM, "pricing page preview",
    "Hi Rhea,\n\nthe new pricing page is up on the Pages preview: https://3f9a21c.tallyloop-site.pages.dev/pricing\nCan you check the cache headers before we ship?\n\nMarta\n", h=6)
# a colleague's link to the GitHub Pages docs of the SDK
msg(11, "Dev Patel <dev.patel@%s>" % DOM, "SDK docs moved",
    "Hi Rhea,\n\nthe SDK reference is now on GitHub Pages: https://tallyloop.github.io/sdk-js/ (source https://github.com/tallyloop/sdk-js/tree/main/docs).\n\nDev\n", h=2)

# AWS: an SNS alarm, a Health event, a root-user sign-in notice, an account-level notice
alerting(at_t(1, 6), "sns")
alerting(at_t(9, 6), "sns")
cloud(at_t(5, 4), "aws-health")
body, ct = alt("AWS notification\n",
               '<p>Hello,</p><p>We are reaching out to inform you that your AWS account 448812990123 has an IAM access key that was exposed publicly (AKIA...%04d). '
               'To protect your account, we applied the AWSCompromisedKeyQuarantineV3 policy to the IAM user <b>ci-bootstrap</b>.</p>'
               '<p>Please take the following steps: rotate the key, check CloudTrail for unwanted usage, and open the case in the '
               '<a href="https://support.console.aws.amazon.com/support/home#/case/?displayId=%d">AWS Support Center</a>.</p>'
               '<p>See also <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html">Managing access keys</a>.</p>'
               '<p>Sincerely,<br>Amazon Web Services</p>' % (R() % 10000, R() * 1000))
msg(6, "Amazon Web Services <no-reply-aws@amazon.com>", "Action Required: Your AWS Access Key is Exposed for AWS Account 448812990123", body, ct, h=6)
cloud(at_t(0, 8), "aws-bill")
cloud(at_t(6, 2), "gcp")
# Google Cloud's mandatory service announcement
body, ct = alt("Google Cloud\n", '<p>Hello Google Cloud customer,</p><p>We are writing to let you know that on March 1, 2027, Container Registry will be shut down. '
               'Your project <b>tallyloop-analytics</b> still stores images in gcr.io.</p><p><a href="https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr">Transition guide</a></p>'
               '<p><a href="https://console.cloud.google.com/gcr/images/tallyloop-analytics">View images</a></p><p>Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043</p>')
msg(13, "Google Cloud <CloudPlatform-noreply@google.com>", "[Action required] Migrate from Container Registry to Artifact Registry", body, ct, h=3)

# monitoring as usual
for d in range(0, 22, 2):
    alerting(at_t(d, 1), rng.choice(["pagerduty", "opsgenie", "datadog", "sentry", "grafana", "uptime"]))
for d in range(0, 22, 3):
    github(at_t(d, 7), rng.choice(["review", "issue", "dependabot-pr", "actions", "netlify-comment"]))
    atlassian(at_t(d, 5), rng.choice(["jira", "confluence"]))
    ghe(at_t(d, 8))
    azdo(at_t(d, 9))
for d in (0, 7, 14):
    chat(at_t(d, 0.5), "slack")
chat(at_t(4, 2), "teams")
cloud(at_t(3, 5), "stripe")
cloud(at_t(8, 5), "cloudflare")
cloud(at_t(10, 2), "npm")
cloud(at_t(11, 2), "pypi")
cloud(at_t(7, 1), "docker")
lists(at_t(3, 3), "ubuntu")
lists(at_t(4, 3), "prometheus")
lists(at_t(11, 3), "sreweekly")
status(at_t(5, 2), "github")
status(at_t(9, 2), "cloudflare")
status(at_t(12, 2), "sendhaven")

# npm and PyPI security mail
msg(4, "npm <support@npmjs.com>", "Action required: enable two-factor authentication for publishing",
    "Hi rhea-ok,\n\nStarting January 2027, publishing packages on npm requires two-factor authentication or a granular access token with 2FA bypass.\n"
    "Your account publishes @tallyloop/sdk.\n\nSet up 2FA: https://www.npmjs.com/settings/rhea-ok/tfa\nRead more: https://github.blog/changelog/2026-10-01-npm-publishing-security/\n\nThe npm team\n", h=5)
msg(8, "PyPI <noreply@pypi.org>", "[PyPI] API token used from a new IP address",
    "Someone used an API token for the account rhea-ok (scope: project tallyloop) from the IP address 192.0.2.44.\n\n"
    "If this was you, there is nothing to do. If not, remove the token at https://pypi.org/manage/account/token/ and read https://pypi.org/help/#compromised-account\n", h=4)
body, ct = alt("GitHub Advisory\n", '<p><b>GHSA-%04x-%04x-%04x</b>: Malicious code in <b>@tallyloop-internal/config</b> (npm)</p>'
               '<p>A package with a name similar to one of your organization\'s private packages was published to the public npm registry and contains malicious code. '
               'Your repository <b>tallyloop/web</b> does not depend on it.</p><p><a href="https://github.com/advisories/GHSA-%04x-%04x-%04x">View advisory</a> '
               '<a href="https://www.npmjs.com/advisories">npm advisories</a></p>' % ((R() % 65536,) * 3 + (R() % 65536,) * 3))
msg(12, "GitHub <noreply@github.com>", "[GitHub] New malware advisory for a package name similar to yours", body, ct, h=5)

# Stripe and Cloudflare account security mail
body, ct = alt("Stripe\n", '<p>A new API key <b>rk_live_...%04d</b> (restricted) was created in your Tallyloop account by rhea.okafor@tallyloop.example.</p>'
               '<p>If you did not create this key, <a href="https://dashboard.stripe.com/apikeys">roll your keys</a> and contact support.</p>'
               '<p><a href="https://support.stripe.com/">Stripe Support</a></p>' % (R() % 10000))
msg(5, "Stripe <notifications@stripe.com>", "A new API key was created", body, ct, h=7)
body, ct = alt("Cloudflare\n", '<p>A new API token "terraform-dns" was created for your account.</p><p>If this was not you, '
               '<a href="https://dash.cloudflare.com/profile/api-tokens">review your API tokens</a>.</p>')
msg(9, "Cloudflare <noreply@notify.cloudflare.com>", "New API token created", body, ct, h=8)

# Datadog and Sentry first-of-a-kind notices: a seat invitation and a usage warning
body, ct = alt("Sentry quota\n", '<p>Your organization <b>tallyloop</b> has used 80%% of its error quota for this billing period.</p>'
               '<p><a href="https://%s.sentry.io/settings/billing/overview/">Manage subscription</a></p><p><a href="https://%s.sentry.io/stats/">View usage stats</a></p>' % (ORG, ORG))
msg(7, "Sentry <noreply@md.getsentry.com>", "You have used 80% of your error quota", body, ct, h=3)
body, ct = alt("Datadog\n", '<p>Ines Moreau has invited you to join the <b>Tallyloop EU</b> organization on Datadog.</p>'
               '<p><a href="https://app.datadoghq.eu/invite/%x">Accept invitation</a></p><p><a href="https://www.datadoghq.com/legal/privacy/">Privacy</a></p>' % (R() * 131))
msg(10, "Datadog <noreply@dtdg.eu>", "Ines Moreau has invited you to join Tallyloop EU on Datadog", body, ct, h=2)

# the customer's Jira Service Management site, a first contact
body, ct = alt("Request\n", '<p><b>Olu Adeyemi</b> raised a request on your behalf</p><p><a href="https://harborfreightlines.atlassian.net/servicedesk/customer/portal/4/IT-%d">IT-%d: Firewall allowlist for Tallyloop webhooks</a></p>'
               '<p>We need the egress IP ranges of your webhook workers by Friday.</p><p><a href="https://harborfreightlines.atlassian.net/servicedesk/customer/user/requests">View all requests</a></p>'
               '<p>Powered by Jira Service Management</p>' % ((R() % 900,) * 2))
msg(6, '"Olu Adeyemi (Jira)" <jira@harborfreightlines.atlassian.net>', "IT-%d Firewall allowlist for Tallyloop webhooks" % (R() % 900), body, ct, h=9,
    mailfrom="bounces@harborfreightlines.atlassian.net")

# first contacts: a vendor's sales mail through HubSpot, a conference invitation, a CFP, a recruiter
body, ct = alt("Hi Rhea\n",
               '<p>Hi Rhea,</p><p>I saw Tallyloop is hiring SREs, congrats on the growth! Teams your size usually spend 30%% of their Datadog bill on logs nobody reads. '
               'Loggerhead routes them to cheap storage and keeps them searchable.</p><p>Worth 20 minutes? <a href="https://d2Lmwb04.na1.hubspotlinks.com/Ctc/5K+113/d2Lmwb04/VWq%x">Book a time</a> '
               'or have a look at our <a href="https://d2Lmwb04.na1.hubspotlinks.com/Ctc/5K+113/d2Lmwb04/VWr%x">case study with a fintech</a>.</p>'
               '<p>Best,<br>Carla Nunes<br>Account Executive, Loggerhead<br><a href="https://www.loggerhead.example">loggerhead.example</a></p>'
               '<p style="font-size:small"><a href="https://hs-4411.s.hubspotemail.net/hs/manage-preferences/unsubscribe?data=%x">Unsubscribe</a></p>' % (R(), R(), R()))
msg(2, "Carla Nunes <carla.nunes@loggerhead.example>", "Tallyloop + Loggerhead: cut log costs?", body, ct, h=8)
body, ct = alt("SREcon\n", '<p>Dear Rhea,</p><p>You are invited to <b>SREcon27 Americas</b>, March 23-25, 2027, Santa Clara. Early registration ends January 30.</p>'
               '<p><a href="https://www.usenix.org/conference/srecon27americas/registration-information">Register</a> &middot; '
               '<a href="https://www.usenix.org/conference/srecon27americas/program">Program</a></p><p>USENIX Association, 2560 Ninth Street, Berkeley, CA</p>'
               '<p><a href="https://www.usenix.org/user/preferences">Manage email preferences</a></p>')
msg(4, "USENIX SREcon <srecon27americas@usenix.org>", "Invitation: SREcon27 Americas, March 23-25, 2027", body, ct, h=7)
body, ct = alt("KubeCon\n", '<p>Hi Rhea,</p><p>Thanks for attending KubeCon + CloudNativeCon North America. Registration for <b>KubeCon Europe 2027</b> is open.</p>'
               '<p><a href="https://events.linuxfoundation.org/kubecon-cloudnativecon-europe/register/?utm_source=email&utm_campaign=kceu27">Register now</a></p>'
               '<p><a href="https://www.linuxfoundation.org/privacy">Privacy</a> &middot; <a href="https://linuxfoundation.org/unsubscribe?e=%x">Unsubscribe</a></p>' % R())
msg(9, "The Linux Foundation <events@linuxfoundation.org>", "KubeCon + CloudNativeCon Europe 2027: registration open", body, ct, h=5)
msg(11, "Priya Raman <priya@northstack-talent.example>", "Staff SRE role - platform team",
    "Hi Rhea,\n\nI came across your talk on webhook reliability. A client of ours is hiring a Staff SRE; details: https://jobs.northstack-talent.example/staff-sre-2026\n"
    "My profile: https://www.linkedin.com/in/priya-raman-talent\n\nBest,\nPriya\n", h=3)
# a new vendor's first invoice through Stripe
body, ct = alt("Invoice\n", '<p>Loggerhead sent you an invoice for $450.00 due December 15, 2026.</p><p><a href="https://invoice.stripe.com/i/acct_1Q%X/live_YWNjdF8x%X">View invoice or pay</a></p>'
               '<p>Questions? Contact Loggerhead at billing@loggerhead.example.</p><p>Powered by <a href="https://stripe.com">Stripe</a></p>' % (R() * 99, R() * 77))
msg(15, "Loggerhead <invoice+statements@stripe.com>", "Your invoice from Loggerhead #LH-0001", body, ct, h=2, reply_to="billing@loggerhead.example")
# colleagues and threads
for d in range(0, 20, 2):
    colleague(at_t(d, 3.5))
    reply(at_t(d, 4.5))
b.write(sys.argv[1], split)
print(len(b.msgs))
