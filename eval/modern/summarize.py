import json, sys, collections, os
# usage: summarize.py decisions.jsonl streamdir [list]
# Cases named phish-* (cases.tsv beside a with-cases directory) are phishing
# that should be flagged: they are counted apart, never as legitimate mail.
dec = [json.loads(l) for l in open(sys.argv[1])]
d = sys.argv[2]
names = {}
tsv = os.path.join(os.path.dirname(os.path.normpath(d)), "cases.tsv")
if os.path.basename(os.path.normpath(d)) == "with-cases" and os.path.exists(tsv):
    names = dict(l.rstrip("\n").split("\t") for l in open(tsv) if l.strip())
phish = [x for x in dec if names.get(x["file"], "").startswith("phish-")]
dec = [x for x in dec if not names.get(x["file"], "").startswith("phish-")]
blocked = lambda x: x["action"] in ("quarantine", "reject", "tempfail") or (x["action"] == "lock" and x.get("level") != "warn")
tot = len(dec); wl = [x for x in dec if x.get("links", 0) > 0]
fl = [x for x in wl if x["action"] != "accept"]
bl = [x for x in wl if blocked(x)]
links = sum(x.get("links", 0) for x in dec); locked = sum(x.get("locked_links", 0) for x in dec)
print("%s: judged %d, with links %d, flagged %d (%.1f%%), blocked %d, links locked %d of %d (%.1f%%)" % (
    d, tot, len(wl), len(fl), 100.0 * len(fl) / max(1, len(wl)), len(bl), locked, links, 100.0 * locked / max(1, links)))
nl = [x for x in dec if x.get("links", 0) == 0 and x["action"] != "accept"]
if nl:
    print("  without links: %d held or flagged" % len(nl))
if phish:
    missed = [x for x in phish if x["action"] == "accept"]
    print("  phishing cases %d: flagged %d, blocked %d, missed %s" % (
        len(phish), len(phish) - len(missed), len([x for x in phish if blocked(x)]), ",".join(names[x["file"]] for x in missed) or "none"))

def show(x):
    hdr = open(os.path.join(d, x["file"]), errors="replace", newline="").read(3000)
    frm = [l for l in hdr.replace("\r","").split("\n") if l.startswith("From:")][0][:70]
    sub = [l for l in hdr.replace("\r","").split("\n") if l.startswith("Subject:")][0][:60]
    print("  %s %s %s %.2f | %s | %s | %s" % (x["file"], x["action"], x.get("level", ""), x["score"], frm, sub, ",".join(x["reasons"])))
if len(sys.argv) > 3:
    for x in fl + nl: show(x)
    if phish: print("  phishing cases:")
    for x in phish: show(x)
