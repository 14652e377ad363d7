# Targeted cases for the SRE mailbox (gen_devops.py), judged against its
# learned history: phish-* cases shaped for a software engineer on call,
# each the lure the legitimate mail of its window resembles, which should
# be flagged.
from gen_common import alt, case_writer

w = case_writer("rhea.okafor@tallyloop.example", "devops")

# OAuth consent phishing through GitHub's own notifications: a stranger's
# issue mentions the victim and links GitHub's real authorize page for an
# app whose callback is the lure's (the app then reads and writes repos)
body, ct = alt("See the HTML part.\n",
               '<p><b>@github-security-alerts</b> mentioned you in an issue.</p><h3>Security Alert: unusual access attempt</h3>'
               '<p>We detected a login attempt on your account from a new location (Reykjavik, Iceland). If this was not you, secure your account '
               'with the GitHub Security app and review your sessions within 24 hours, or your account will be restricted.</p>'
               '<p><a href="https://github.com/login/oauth/authorize?client_id=Ov23li8XkQ2mZ4&scope=repo%20workflow%20delete_repo%20admin:org'
               '&redirect_uri=https%3A%2F%2Fgithub-account-protect.netlify.app%2Fcallback">Secure your account</a></p>'
               '<p>&mdash;<br>Reply to this email directly, <a href="https://github.com/gh-sec-advisory/notice/issues/4">view it on GitHub</a>, '
               'or <a href="https://github.com/notifications/unsubscribe-auth/AQZ4">unsubscribe</a>.</p>')
w("phish-github-oauth-consent", '"github-security-alerts" <notifications@github.com>', "[gh-sec-advisory/notice] Security Alert: unusual access attempt (Issue #4)",
  body, ct, extra="List-ID: gh-sec-advisory/notice <notice.gh-sec-advisory.github.com>\r\nX-GitHub-Reason: mention\r\n")
# "your AWS account is suspended", from a lookalike sender, to a lure's sign-in page
w("phish-aws-suspended", "Amazon Web Services <no-reply@aws-billing-alerts.com>", "Your AWS account 448812990123 has been suspended",
  '<p>Hello,</p><p>Your AWS account 448812990123 has been suspended because we were unable to process the payment for your latest invoice. '
  'All running instances will be terminated and your data deleted in 48 hours.</p><p>To restore your account, sign in and update your payment information:</p>'
  '<p><a href="https://signin.aws-console-billing.com/restore?account=448812990123">Restore your account</a></p><p>Sincerely,<br>Amazon Web Services</p>')
# a fake DocuSign envelope whose button leads to a Workers page that asks for the Microsoft 365 password
w("phish-docusign", '"Legal via DocuSign" <dse@docusign-envelopes.net>', "Completed: Tallyloop - Updated Contractor Agreement 2027.pdf",
  '<p>Your document has been completed</p><p>All parties have completed <b>Tallyloop - Updated Contractor Agreement 2027.pdf</b>.</p>'
  '<p><a href="https://docs-envelope-view.rhea-okafor.workers.dev/?e=cmhlYS5va2Fmb3JAdGFsbHlsb29wLmV4YW1wbGU=">VIEW COMPLETED DOCUMENT</a></p>'
  '<p>Sign in with your company email to view.</p><p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>')
# a failed deployment whose login page sits on a lookalike of vercel.com
w("phish-vercel-login-lookalike", "Vercel <notifications@vercel-deployments.com>", "Failed production deployment on team 'tallyloop'",
  '<p>The deployment of <b>tallyloop-web</b> on branch main failed.</p><p>Your session has expired. Log in to view the build logs and redeploy:</p>'
  '<p><a href="https://vercel-deployments.com/login?next=/tallyloop/tallyloop-web">Log in to Vercel</a></p>'
  '<p><a href="https://vercel.com/account/notifications">Notification settings</a></p>')
# a stranger's "SSO migration" under the company's name on a vercel.app page of its own
w("phish-vercel-app-sso", "Tallyloop IT <it@tallyloop-support.com>", "Action required: migrate to the new Tallyloop SSO",
  '<p>Hi Rhea,</p><p>We are moving all staff to a new single sign-on portal today. Sign in with your current password to keep access to GitHub, AWS and Slack:</p>'
  '<p><a href="https://tallyloop-sso-portal.vercel.app/login?user=rhea.okafor">Sign in to the SSO portal</a></p><p>Tallyloop IT</p>')
# an npm "security advisory" about a typosquat of a dependency, asking to re-verify 2FA on a lookalike registry
w("phish-npm-typosquat", "npm <support@npmjs.help>", "Security notice: typosquatted package targeting @tallyloop/sdk",
  '<p>Hi rhea-ok,</p><p>A typosquatted package <b>@tallyl00p/sdk</b> impersonating your package was reported. As a maintainer, you must update your two-factor '
  'authentication credentials within 48 hours, or your account will be locked and publishing disabled.</p>'
  '<p><a href="https://www.npmjs.help/login?next=/settings/rhea-ok/tfa">Update 2FA now</a></p><p>The npm team</p>')
# Vercel's own From forged (no verifier here), linking a "preview" under the
# company's name whose page asks to sign in again
w("phish-vercel-forged-preview", "Vercel <notifications@vercel.com>", "Deployment ready for tallyloop-web (security-update)",
  '<p>Your deployment for <b>tallyloop-web</b> is ready.</p><p>Your team session has expired. Sign in with your GitHub account to view the preview and approve the security update:</p>'
  '<p><a href="https://tallyloop-web-git-security-update-tallyloop.vercel.app/login?next=/approve">Sign in to view preview</a></p>'
  '<p><a href="https://vercel.com/account/notifications">Notification settings</a></p>')

# Legitimate mail linking private addresses (no outside server answers
# there), which ip_literal weighed as any bare address: a list post (a
# reply to Rhea, copied to the list) about a device on the poster's own
# network beside a password word, a colleague's
# staging dashboard, and the company's self-hosted Alertmanager
w("list-private-address", "Bo Lind <bo@lind.example>", "Re: node_exporter basic auth returns 401",
  "Hi,\n\nsame here: since I set basic_auth_users in web.yml, http://192.168.10.2:9100/metrics answers 401 and the target is down on "
  "http://192.168.10.5:9090/targets. The password in web.yml must be the bcrypt hash, and the scrape config needs the plain password "
  "under basic_auth; see https://prometheus.io/docs/guides/basic-auth/\n\n"
  "-- \nYou received this message because you are subscribed to the Google Groups \"Prometheus Users\" group.\n"
  "To view this discussion visit https://groups.google.com/d/msgid/prometheus-users/7f3a%40example.\n",
  "text/plain; charset=utf-8", extra="Cc: Prometheus Users <prometheus-users@googlegroups.com>\r\nList-Id: <prometheus-users.googlegroups.com>\r\nPrecedence: list\r\n")
w("colleague-private-dashboard", "Dev Patel <dev.patel@tallyloop.example>", "staging Grafana is back",
  "Hi Rhea,\n\nthe staging Grafana is back at http://10.20.0.5:3000/d/api-overview/api-overview after the VM move. Log in as admin, "
  "the password is in 1Password (Staging vault). Prometheus is at http://10.20.0.7:9090/graph if you need the raw series.\n\nDev\n",
  "text/plain; charset=utf-8")
w("alertmanager-private-address", "Alertmanager <alertmanager@tallyloop.example>", "[FIRING:1] NodeDiskFull (staging-db-1 sre)",
  '<p><b>[FIRING:1] NodeDiskFull</b></p><p>instance: 10.20.0.9:9100, severity: warning</p><p>Disk /var/lib/postgresql is 91 % full.</p>'
  '<p><a href="http://10.20.0.7:9093/#/alerts?receiver=sre">View in Alertmanager</a> '
  '<a href="http://10.20.0.7:9090/graph?g0.expr=node_filesystem_avail_bytes&amp;g0.tab=1">Source</a> '
  '<a href="http://10.20.0.5:3000/d/node/node-exporter?var-instance=10.20.0.9:9100">Dashboard</a></p>')
# a red team's lure (round 30) on a platform this mailbox uses every week:
# the company's own site previews on Cloudflare Pages are ordinary mail
# here, so pages.dev has history; a stranger's "SSO certificate rotation"
# page on a project of its own there, with Rhea's address after the "#"
w("phish-pages-dev-known-platform", "Platform Security <security@tallyloop-platform.example>", "Action required: SSO certificate rotation",
  '<p>Hi Rhea,</p><p>the SSO signing certificate for tallyloop.example rotates tonight. Sign in to confirm your account before 18:00 UTC or your access to the consoles will be suspended.</p>'
  '<p><a href="https://sso-rotation-7kq.pages.dev/#cmhlYS5va2Fmb3JAdGFsbHlsb29wLmV4YW1wbGU=">Confirm account</a></p><p>Platform Security</p>')
