import json, sys, collections, os
# usage: summarize.py decisions.jsonl streamdir
dec = [json.loads(l) for l in open(sys.argv[1])]
d = sys.argv[2]
tot = len(dec); wl = [x for x in dec if x.get("links", 0) > 0]
fl = [x for x in wl if x["action"] != "accept"]
bl = [x for x in wl if x["action"] in ("quarantine", "reject", "tempfail") or (x["action"] == "lock" and x.get("level") != "warn")]
links = sum(x.get("links", 0) for x in dec); locked = sum(x.get("locked_links", 0) for x in dec)
print("%s: judged %d, with links %d, flagged %d (%.1f%%), blocked %d, links locked %d of %d (%.1f%%)" % (
    d, tot, len(wl), len(fl), 100.0 * len(fl) / max(1, len(wl)), len(bl), locked, links, 100.0 * locked / max(1, links)))
if len(sys.argv) > 3:
    for x in fl:
        hdr = open(os.path.join(d, x["file"]), errors="replace", newline="").read(3000)
        frm = [l for l in hdr.replace("\r","").split("\n") if l.startswith("From:")][0][:70]
        sub = [l for l in hdr.replace("\r","").split("\n") if l.startswith("Subject:")][0][:60]
        print("  %s %s %s %.2f | %s | %s | %s" % (x["file"], x["action"], x.get("level", ""), x["score"], frm, sub, ",".join(x["reasons"])))
