# A mid-sized company in continental Europe: claire.hoffmann@kessler-fm.example
# (Kessler Feinmechanik GmbH, Freiburg im Breisgau, with a French site,
# Kessler Mecanique SAS in Mulhouse; internal domain kessler-fm.example).
# Claire runs accounting and administration for both sites, so her mail is
# mostly German and French with some English: colleagues, customers and
# suppliers, mailing lists, newsletters with tracking links, invoices
# (Rechnung, facture) with PDFs, payment reminders (Zahlungserinnerung,
# Mahnung, relance), DATEV, lexoffice and sevDesk, the Sparkasse, payroll
# (Gehaltsabrechnung, fiche de paie), the tax offices' and health
# insurers' portals (ELSTER, impots.gouv.fr, TK, ameli), DHL, Deutsche Post
# and La Poste parcels, shares and invitations, and the password resets and
# sign-in codes she asked for. Charsets as such mail comes: UTF-8 and
# ISO-8859-1/-15 bodies, 8bit, quoted-printable and base64, RFC 2047
# encoded words in subjects and display names, RFC 2231 file names.
import datetime, random, sys
from gen_common import Box, pdf, ew, who, enc_body, part, attach, multi, alt_cs as alt

rng = random.Random(71)
from gen_common import UTC, start, split, end  # the learn and test windows
DOM = "kessler-fm.example"
OWNER = "claire.hoffmann@" + DOM
R = lambda: rng.randint(10000, 99999)
eur = lambda lo, hi: "%d,%02d" % (rng.randint(lo, hi), rng.randint(0, 99))


class EuroBox(Box):
    """Box whose bodies may hold raw 8-bit bytes (ISO-8859-1/-15 parts),
    carried as lone surrogates and written back as the bytes they stand for."""
    open_kw = dict(encoding="utf-8", errors="surrogateescape", newline="")


b = EuroBox("euro", OWNER, start)

def send(when, frm, subj, body, ct, cte=None, cs_subj="utf-8", enc="Q", to=None, **kw):
    extra = list(kw.pop("extra", []))
    if cte:
        extra.append(("Content-Transfer-Encoding", cte))
    return b.add(when, frm, to or CLAIRE, ew(subj, cs_subj, enc), body, ct, extra=extra, **kw)

def plain(when, frm, subj, text, cs="utf-8", cte="8bit", **kw):
    return send(when, frm, subj, enc_body(text, cs, cte), "text/plain; charset=%s" % cs, cte=cte, cs_subj=cs if cs != "iso-8859-15" else "iso-8859-15", **kw)

CLAIRE = who("Claire Hoffmann", OWNER)
SIG_DE = "\n--\nClaire Hoffmann\nLeitung Buchhaltung & Verwaltung\nKessler Feinmechanik GmbH | Gewerbestraße 14 | 79108 Freiburg\nhttps://www.kessler-fm.example\n"
SIG_FR = "\n--\nClaire Hoffmann\nResponsable comptabilité et administration\nKessler Mécanique SAS | 12 rue de l'Industrie | 68100 Mulhouse\nhttps://www.kessler-fm.example/fr\n"
TENANT = "kesslerfm"

COLL_DE = [("Jürgen Weiß", "juergen.weiss@" + DOM), ("Sabine Müller", "sabine.mueller@" + DOM), ("Thomas Kessler", "thomas.kessler@" + DOM),
           ("Lena Schröder", "lena.schroeder@" + DOM), ("Mehmet Yılmaz", "mehmet.yilmaz@" + DOM)]
COLL_FR = [("Élodie Lefèvre", "elodie.lefevre@" + DOM), ("François Bégin", "francois.begin@" + DOM), ("Nicolas Mercier", "nicolas.mercier@" + DOM)]
HR = ("Personalabteilung Kessler", "personal@" + DOM)
# customers and suppliers: (person, address, company, site, language)
PARTNERS = [("Andreas Vogt", "a.vogt@schwarzwald-antriebe.example", "Schwarzwald Antriebe AG", "https://www.schwarzwald-antriebe.example", "de"),
            ("Katrin Böhm", "k.boehm@boehm-zerspanung.example", "Böhm Zerspanung GmbH", "https://boehm-zerspanung.example", "de"),
            ("Stéphane Roux", "s.roux@alsace-hydraulique.example", "Alsace Hydraulique SARL", "https://www.alsace-hydraulique.example", "fr"),
            ("Martine Girard", "martine.girard@girard-outillage.example", "Girard Outillage", "https://girard-outillage.example/catalogue", "fr"),
            ("Peter Lindqvist", "peter.lindqvist@nordic-bearings.example", "Nordic Bearings AB", "https://www.nordic-bearings.example", "en")]
# suppliers who invoice by mail with a PDF: (company, billing address, language, charset, cte)
BILLERS = [("Böhm Zerspanung GmbH", "rechnung@boehm-zerspanung.example", "de", "iso-8859-1", "quoted-printable"),
           ("Girard Outillage", "compta@girard-outillage.example", "fr", "iso-8859-15", "8bit"),
           ("Stahlhandel Renner KG", "buchhaltung@stahl-renner.example", "de", "utf-8", "quoted-printable"),
           ("Transports Weber SARL", "facturation@transports-weber.example", "fr", "utf-8", "base64")]
threads = []

# --- ordinary correspondence ---------------------------------------------------
def colleague(when):
    if rng.random() < 0.65:
        name, addr = rng.choice(COLL_DE)
        q = rng.choice(["kannst du bitte die Reisekostenabrechnung von Herrn Vogt freigeben? Liegt im Ordner: https://%s.sharepoint.com/sites/Buchhaltung/Freigegebene%%20Dokumente/Reisekosten" % TENANT,
                        "die Kantine ist am Freitag geschlossen, siehe Intranet: https://intranet.kessler-fm.example/aktuelles",
                        "hier die aktuelle Liste der offenen Posten, Stand heute.",
                        "wie besprochen die Zahlen für die Monatsübersicht, bitte kurz gegenprüfen.",
                        "kurze Frage: Zahlungsziel bei Schwarzwald Antriebe sind 30 Tage netto, oder?",
                        "Urlaubsplanung 2027 steht im Teams-Kanal: https://teams.microsoft.com/l/channel/19%%3a%d%%40thread.tacv2/Allgemein" % R(),
                        "das Angebot für die neue Fräsmaschine ist da, bitte Budget prüfen."])
        m = plain(when, who(name, addr), rng.choice(["Kurze Frage", "Offene Posten", "Reisekosten", "Monatsübersicht", "Budget Fräsmaschine", "Info"]),
                  "Hallo Claire,\n\n%s\n\nViele Grüße\n%s\n" % (q, name.split()[0]), cte=rng.choice(["8bit", "quoted-printable"]))
    else:
        name, addr = rng.choice(COLL_FR)
        q = rng.choice(["peux-tu valider les notes de frais de la semaine ? Elles sont ici : https://%s.sharepoint.com/sites/Mulhouse/Documents%%20partages/Notes%%20de%%20frais" % TENANT,
                        "le relevé de la Banque Populaire est arrivé, je te le scanne demain.",
                        "est-ce qu'on a reçu le règlement d'Alsace Hydraulique pour la facture d'octobre ?",
                        "la réunion du CSE est décalée à jeudi 14h.",
                        "voici le planning des congés de décembre : https://intranet.kessler-fm.example/fr/conges"])
        m = plain(when, who(name, addr), rng.choice(["Question rapide", "Notes de frais", "Règlement reçu ?", "Réunion CSE", "Congés"]),
                  "Bonjour Claire,\n\n%s\n\nMerci et bonne journée,\n%s\n" % (q, name.split()[0]), cs="iso-8859-1" if rng.random() < 0.4 else "utf-8",
                  cte="quoted-printable")
    threads.append((m, addr, name, "de" if addr in [a for _, a in COLL_DE] else "fr"))

def partner_mail(when):
    name, addr, comp, site, lang = rng.choice(PARTNERS)
    if lang == "de":
        m = plain(when, who(name, addr), rng.choice(["Lieferung KW %d" % rng.randint(44, 49), "Ihre Bestellung %d" % R(), "Rückfrage zum Angebot", "Liefertermin"]),
                  "Sehr geehrte Frau Hoffmann,\n\nanbei wie besprochen die Details. Unseren aktuellen Katalog finden Sie unter %s/katalog\n\nMit freundlichen Grüßen\n%s\n%s\n" % (site, name, comp),
                  cs=rng.choice(["iso-8859-1", "utf-8", "iso-8859-15"]), cte=rng.choice(["8bit", "quoted-printable"]))
    elif lang == "fr":
        m = plain(when, who(name, addr, "iso-8859-1"), rng.choice(["Votre commande n° %d" % R(), "Devis révisé", "Date de livraison", "Question sur la facture"]),
                  "Bonjour Madame Hoffmann,\n\nsuite à notre échange téléphonique, vous trouverez les informations sur notre site : %s\n\nCordialement,\n%s\n%s\n" % (site, name, comp),
                  cs=rng.choice(["iso-8859-1", "utf-8"]), cte="quoted-printable")
    else:
        m = plain(when, who(name, addr), rng.choice(["Delivery schedule", "Order confirmation %d" % R(), "Price list 2027"]),
                  "Dear Claire,\n\nplease find the updated delivery schedule on our portal: %s/customers\n\nBest regards,\n%s\n%s\n" % (site, name, comp))
    threads.append((m, addr, name, lang))

def claire_reply(when):
    if not threads:
        return
    m, addr, name, lang = rng.choice(threads)
    txt = {"de": "Hallo,\n\nvielen Dank, ich kümmere mich darum.\n\nViele Grüße\nClaire" + SIG_DE,
           "fr": "Bonjour,\n\nmerci, je m'en occupe.\n\nBien cordialement,\nClaire" + SIG_FR,
           "en": "Dear %s,\n\nthank you, noted.\n\nKind regards,\nClaire" % name.split()[0] + SIG_DE}[lang]
    plain(when, CLAIRE, "AW: Ihre Nachricht" if lang == "de" else "RE: votre message" if lang == "fr" else "Re: your mail", txt,
          cte="quoted-printable", to=who(name, addr), irt=m, rcpts=[addr])

def claire_writes(when):
    name, addr, comp, site, lang = rng.choice(PARTNERS)
    plain(when, CLAIRE, "Rechnungsanschrift" if lang == "de" else "Adresse de facturation", "Guten Tag,\n\nbitte beachten Sie unsere Rechnungsanschrift.\n" + SIG_DE,
          cte="quoted-printable", to=who(name, addr), rcpts=[addr])

# --- lists and newsletters -----------------------------------------------------
def list_post(when):
    if rng.random() < 0.55:
        name = rng.choice(["Werner Haas", "Ute Kramer", "Dirk Neumann", "Ines Wolf"])
        addr = name.lower().replace(" ", ".") + "@" + rng.choice(["haas-cnc.example", "kramer-metall.example", "t-online.de", "web.de"])
        topic = rng.choice(["E-Rechnung ab 2027: Erfahrungen mit XRechnung?", "DATEV-Schnittstelle und ZUGFeRD", "Kurzarbeit - Abrechnung", "Reverse-Charge bei Lieferungen nach Frankreich"])
        plain(when, who(name, addr, "iso-8859-1"), "[fibu-mittelstand] " + topic,
              "Hallo zusammen,\n\nhat jemand Erfahrung damit? Die Hinweise des BMF sind hier: https://www.bundesfinanzministerium.de/Content/DE/FAQ/e-rechnung.html\n\nGruß\n%s\n\n"
              "_______________________________________________\nfibu-mittelstand Mailingliste\nhttps://lists.fm-netzwerk.example/mailman/listinfo/fibu-mittelstand\n" % name.split()[0],
              cs="iso-8859-1", cte="quoted-printable", mailfrom="fibu-mittelstand-bounces@lists.fm-netzwerk.example",
              extra=[("List-Id", "<fibu-mittelstand.lists.fm-netzwerk.example>"), ("List-Unsubscribe", "<https://lists.fm-netzwerk.example/mailman/options/fibu-mittelstand>"),
                     ("Sender", "fibu-mittelstand <fibu-mittelstand-bounces@lists.fm-netzwerk.example>"), ("Precedence", "list")])
    else:
        name = rng.choice(["Hélène Dupont", "Marc Lambert", "Sophie Garnier"])
        addr = name.lower().replace("é", "e").replace(" ", ".") + "@" + rng.choice(["cabinet-lambert.example", "orange.fr", "gmail.com"])
        topic = rng.choice(["Facturation électronique 2026 : quelle plateforme ?", "TVA intracommunautaire et autoliquidation", "Clôture annuelle : calendrier"])
        plain(when, who(name, addr), "[compta-pme] " + topic,
              "Bonjour à tous,\n\nle calendrier officiel est ici : https://www.impots.gouv.fr/professionnel/facturation-electronique\n\n%s\n\n--\nListe compta-pme : https://listes.reseau-compta.example/sympa/info/compta-pme\n" % name,
              cte="quoted-printable", mailfrom="compta-pme-owner@listes.reseau-compta.example",
              extra=[("List-Id", "<compta-pme.listes.reseau-compta.example>"), ("List-Unsubscribe", "<mailto:sympa@listes.reseau-compta.example?subject=unsubscribe%20compta-pme>"),
                     ("Precedence", "list")])

def newsletter(when, kind):
    n = R()
    if kind == "ihk":
        html = ('<p>IHK Südlicher Oberrhein &ndash; Newsletter</p><p><a href="https://ihk-sor.us7.list-manage.com/track/click?u=9f3a&id=%d&e=4c1">Veranstaltung: E-Rechnungspflicht im Mittelstand</a></p>'
                '<p><a href="https://ihk-sor.us7.list-manage.com/track/click?u=9f3a&id=%d&e=4c1">Fachkräfte: Förderprogramme 2027</a></p>'
                '<p><a href="https://ihk-sor.us7.list-manage.com/unsubscribe?u=9f3a&id=ab">Abmelden</a></p>') % (n, n + 1)
        body, ct = alt("IHK Newsletter\nVeranstaltung: E-Rechnungspflicht im Mittelstand\n", html, "utf-8", "quoted-printable")
        send(when, who("IHK Südlicher Oberrhein", "newsletter@ihk-sor.example"), "IHK-Newsletter: E-Rechnung, Förderprogramme und Termine", body, ct,
             mailfrom="bounce-mc.us7_123.%d-claire.hoffmann=kessler-fm.example@mail123.atl11.mcdlv.net" % n,
             extra=[("List-Unsubscribe", "<https://ihk-sor.us7.list-manage.com/unsubscribe?u=9f3a&id=ab>")])
    elif kind == "cci":
        html = ('<p>CCI Alsace Eurométropole &ndash; la lettre</p><p><a href="https://r.sp1-brevo.net/mk/cl/f/sh/%dAb/Xy%d">Webinaire : réussir la facturation électronique</a></p>'
                '<p><a href="https://r.sp1-brevo.net/mk/cl/f/sh/%dCd/Xy%d">Aides régionales à l\'investissement</a></p>'
                '<p><a href="https://r.sp1-brevo.net/mk/un/sh/%dEf">Se désinscrire</a></p>') % (n, n, n, n, n)
        body, ct = alt("CCI Alsace - la lettre\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("CCI Alsace Eurométropole", "lettre@cci-alsace.example", "iso-8859-1"), "La lettre de la CCI : facturation électronique, aides régionales", body, ct,
             cs_subj="iso-8859-1", mailfrom="bounces-%d@sendibm3.com" % n, extra=[("List-Unsubscribe", "<https://r.sp1-brevo.net/mk/un/sh/%dEf>" % n)])
    elif kind == "fach":
        html = ('<p>Fachblatt Zerspanung &ndash; Wochenüberblick</p><p><a href="https://t.fachblatt-zerspanung.example/c/%d/a1?u=hoffmann">Werkzeugmaschinen: Preise ziehen an</a></p>'
                '<p><a href="https://t.fachblatt-zerspanung.example/c/%d/a2?u=hoffmann">Fachkräftemangel in der Metallbranche</a></p>'
                '<p><img src="https://t.fachblatt-zerspanung.example/o/%d.gif"></p><p><a href="https://www.fachblatt-zerspanung.example/newsletter/abmelden">Newsletter abbestellen</a></p>') % (n, n, n)
        body, ct = alt("Fachblatt Zerspanung\n", html, "iso-8859-15", "quoted-printable")
        send(when, who("Fachblatt Zerspanung", "newsletter@fachblatt-zerspanung.example", "iso-8859-15"), "Wochenüberblick: Werkzeugmaschinen, Fachkräfte", body, ct, cs_subj="iso-8859-15",
             extra=[("List-Unsubscribe", "<https://www.fachblatt-zerspanung.example/newsletter/abmelden>")])
    else:  # an English one
        html = ('<p>Manufacturing Finance Weekly</p><p><a href="https://email.mfweekly.example/c/eJx%d">Inventory valuation in 2027</a></p>'
                '<p><a href="https://email.mfweekly.example/c/eJy%d">Read online</a> | <a href="https://email.mfweekly.example/u/eJz%d">Unsubscribe</a></p>') % (n, n, n)
        body, ct = alt("Manufacturing Finance Weekly\n", html)
        send(when, "Manufacturing Finance Weekly <news@mfweekly.example>", "This week: inventory valuation, FX hedging", body, ct)

# --- invoices, reminders, accounting services ----------------------------------
def invoice(when, i, kind="rechnung"):
    comp, bill, lang, cs, cte = BILLERS[i]
    n, amt = R(), eur(180, 9800)
    if lang == "de":
        nr = "RE-2026-%d" % n
        if kind == "rechnung":
            subj, txt = "Rechnung %s" % nr, "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung %s über %s EUR.\nZahlbar innerhalb von 14 Tagen ohne Abzug auf das Konto DE12 6805 0101 0012 3456 78.\n\nMit freundlichen Grüßen\nBuchhaltung\n%s\n" % (nr, amt, comp)
        elif kind == "erinnerung":
            subj, txt = "Zahlungserinnerung zu Rechnung %s" % nr, "Sehr geehrte Damen und Herren,\n\nsicher haben Sie übersehen, dass unsere Rechnung %s über %s EUR noch offen ist. Bitte überweisen Sie den Betrag bis zum 30.11.2026.\nSollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben als gegenstandslos.\n\nMit freundlichen Grüßen\nBuchhaltung\n%s\n" % (nr, amt, comp)
        else:
            subj, txt = "1. Mahnung - Rechnung %s" % nr, "Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung ist die Rechnung %s über %s EUR weiterhin offen. Wir bitten um Zahlung innerhalb von 7 Tagen zuzüglich 5,00 EUR Mahngebühr.\n\nMit freundlichen Grüßen\nBuchhaltung\n%s\n" % (nr, amt, comp)
        doc = pdf([comp, subj, "Betrag: %s EUR" % amt, "IBAN DE12 6805 0101 0012 3456 78", "Zahlbar innerhalb von 14 Tagen."])
        fname = "%s.pdf" % nr if rng.random() < 0.5 else "Rechnung_%s_Kessler_Feinmechanik_Gebühr.pdf" % nr if kind == "mahnung" else "Rechnung_%s.pdf" % nr
    else:
        nr = "FA%d" % n
        if kind == "rechnung":
            subj, txt = "Facture %s" % nr, "Madame, Monsieur,\n\nveuillez trouver ci-joint notre facture n° %s d'un montant de %s € TTC, payable à 30 jours par virement.\n\nCordialement,\nService comptabilité\n%s\n" % (nr, amt, comp)
        elif kind == "erinnerung":
            subj, txt = "Relance : facture %s impayée" % nr, "Madame, Monsieur,\n\nsauf erreur de notre part, la facture n° %s d'un montant de %s € reste impayée à ce jour. Merci de bien vouloir procéder au règlement dans les meilleurs délais.\nSi votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\nCordialement,\nService comptabilité\n%s\n" % (nr, amt, comp)
        else:
            subj, txt = "Seconde relance - facture %s" % nr, "Madame, Monsieur,\n\nmalgré notre première relance, la facture n° %s (%s €) n'est toujours pas réglée. Des pénalités de retard et l'indemnité forfaitaire de 40 € pourront être appliquées.\n\nService comptabilité\n%s\n" % (nr, amt, comp)
        doc = pdf([comp, subj, "Montant : %s EUR TTC" % amt, "IBAN FR76 3000 4000 0100 0123 4567 890", "Paiement a 30 jours."])
        fname = "Facture_%s.pdf" % nr if rng.random() < 0.6 else "Facture_%s_échéance.pdf" % nr
    body, ct = multi("mixed", [part("text/plain", txt, cs, cte), attach("application/pdf", fname, doc)], "r%d" % n)
    send(when, who("%s Buchhaltung" % comp if lang == "de" else "%s Comptabilité" % comp, bill, cs if cs != "utf-8" else "utf-8"), subj, body, ct, cs_subj="utf-8" if cs == "utf-8" else cs)

def lexoffice(when, kind="rechnung"):
    n = R()
    if kind == "rechnung":
        html = ('<p>Guten Tag,</p><p>im Anhang finden Sie die Rechnung RE%d der Werbeagentur Sonnenhalde über %s EUR.</p>'
                '<p><a href="https://app.lexoffice.de/public/v1/voucher-view/%dab?type=invoice">Rechnung online ansehen</a></p>'
                '<p>Mit freundlichen Grüßen<br>Werbeagentur Sonnenhalde</p><p>Versendet mit <a href="https://www.lexoffice.de/">lexoffice</a></p>') % (n, eur(300, 2400), n)
        body, ct = alt("Rechnung RE%d\n" % n, html)
        doc = pdf(["Werbeagentur Sonnenhalde", "Rechnung RE%d" % n, "Bitte ueberweisen Sie den Betrag innerhalb von 14 Tagen."])
        body, ct = multi("mixed", ["Content-Type: " + ct + "\n\n" + body, attach("application/pdf", "RE%d.pdf" % n, doc)], "lx%d" % n)
        send(when, who("Werbeagentur Sonnenhalde", "rechnung@lexoffice.de"), "Rechnung RE%d von Werbeagentur Sonnenhalde" % n, body, ct,
             reply_to="buchhaltung@sonnenhalde-werbung.example", mailfrom="bounce@mail.lexoffice.de")
    else:  # a password reset Claire asked for (the company's own lexoffice for the French site's small orders)
        html = ('<p>Hallo Claire Hoffmann,</p><p>Sie haben angefordert, Ihr Passwort für lexoffice zurückzusetzen. Klicken Sie auf den folgenden Link, um ein neues Passwort festzulegen:</p>'
                '<p><a href="https://app.lexoffice.de/auth/password/reset?token=%dQx7">Passwort zurücksetzen</a></p>'
                '<p>Der Link ist 24 Stunden gültig. Wenn Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren.</p>'
                '<p>Ihr lexoffice Team<br><a href="https://www.lexoffice.de/impressum/">Impressum</a></p>') % n
        body, ct = alt("Passwort zurücksetzen: https://app.lexoffice.de/auth/password/reset?token=%dQx7\n" % n, html)
        send(when, "lexoffice <no-reply@lexoffice.de>", "Passwort zurücksetzen", body, ct, mailfrom="bounce@mail.lexoffice.de")

def sevdesk(when):
    n = R()
    html = ('<p>Sehr geehrte Damen und Herren,</p><p>anbei erhalten Sie die Rechnung Nr. %d von IT-Service Brandt über %s EUR.</p>'
            '<p><a href="https://my.sevdesk.de/pdf/invoice/%d/xK9">Rechnung als PDF herunterladen</a></p><p>Mit freundlichen Grüßen<br>Markus Brandt</p>') % (n, eur(90, 900), n)
    body, ct = alt("Rechnung Nr. %d\n" % n, html, "utf-8", "base64")
    send(when, who("IT-Service Brandt", "noreply@sevdesk.email"), "Rechnung Nr. %d" % n, body, ct, reply_to="markus@it-brandt.example")

def datev(when, kind):
    n = R()
    if kind == "belege":
        html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>in DATEV Unternehmen online liegen %d neue Belege zur Bearbeitung bereit.</p>'
                '<p><a href="https://duo.datev.de/app/belege?mandant=%d">Zu den Belegen</a></p><p>Ihr DATEV-Team<br><a href="https://www.datev.de/web/de/m/ueber-datev/datenschutz/">Datenschutz</a></p>') % (rng.randint(2, 30), n)
        body, ct = alt("Neue Belege in DATEV Unternehmen online\n", html, "iso-8859-1", "quoted-printable")
        send(when, "DATEV eG <noreply@datev.de>", "Neue Belege in DATEV Unternehmen online", body, ct, cs_subj="iso-8859-1")
    elif kind == "lohn":
        html = ('<p>Hallo Claire Hoffmann,</p><p>für Sie steht ein neues Dokument in DATEV Arbeitnehmer online bereit: <b>Brutto/Netto-Abrechnung %s 2026</b>.</p>'
                '<p><a href="https://arbeitnehmer-online.datev.de/dokumente">Jetzt anmelden und ansehen</a></p><p>Diese E-Mail wurde automatisch erstellt.</p>') % rng.choice(["September", "Oktober", "November"])
        body, ct = alt("Neues Dokument in DATEV Arbeitnehmer online\n", html)
        send(when, "DATEV Arbeitnehmer online <noreply@datev.de>", "Neue Gehaltsabrechnung verfügbar", body, ct)
    else:  # a SmartLogin device notice after Claire set up her new phone
        html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>Sie haben DATEV SmartLogin auf einem neuen Gerät eingerichtet (iPhone, 12.11.2026, 08:14 Uhr).</p>'
                '<p>Wenn Sie das nicht waren, sperren Sie Ihren Zugang bitte sofort unter <a href="https://www.datev.de/smartlogin-sperren">datev.de/smartlogin-sperren</a>.</p><p>Ihr DATEV-Team</p>')
        body, ct = alt("DATEV SmartLogin auf neuem Gerät eingerichtet\n", html)
        send(when, "DATEV eG <noreply@datev.de>", "DATEV SmartLogin: neues Gerät eingerichtet", body, ct)

def sparkasse(when, kind):
    if kind == "postfach":
        html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>in Ihrem elektronischen Postfach liegt ein neues Dokument für Sie bereit: Kontoauszug %s.</p>'
                '<p>Bitte melden Sie sich wie gewohnt im Online-Banking an: <a href="https://www.sparkasse-freiburg.de/de/home.html">www.sparkasse-freiburg.de</a></p>'
                '<p>Ihre Sparkasse Freiburg-Nördlicher Breisgau</p>') % rng.choice(["09/2026", "10/2026", "11/2026"])
        body, ct = alt("Neues Dokument im elektronischen Postfach\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Sparkasse Freiburg-Nördlicher Breisgau", "noreply@sparkasse-freiburg.de", "iso-8859-1"), "Neues Dokument in Ihrem elektronischen Postfach", body, ct, cs_subj="iso-8859-1")
    else:  # pushTAN re-registration after her phone change (she asked the branch)
        html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>wie mit Ihrer Beraterin besprochen, haben wir die Registrierung für das pushTAN-Verfahren auf Ihrem neuen Smartphone vorbereitet. '
                'Ihren Registrierungsbrief erhalten Sie in den nächsten Tagen per Post. Eine Anleitung finden Sie hier: '
                '<a href="https://www.sparkasse-freiburg.de/de/home/service/pushtan.html">pushTAN einrichten</a></p>'
                '<p>Wir werden Sie niemals per E-Mail nach PIN oder TAN fragen.</p><p>Ihre Sparkasse Freiburg-Nördlicher Breisgau</p>')
        body, ct = alt("pushTAN-Registrierung\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Sparkasse Freiburg-Nördlicher Breisgau", "noreply@sparkasse-freiburg.de", "iso-8859-1"), "Ihre pushTAN-Registrierung", body, ct, cs_subj="iso-8859-1")

def payfit(when):
    html = ('<p>Bonjour Claire,</p><p>Votre fiche de paie de %s est disponible dans votre espace PayFit.</p>'
            '<p><a href="https://app.payfit.com/payslips?utm_source=email">Voir ma fiche de paie</a></p><p>L\'équipe PayFit</p>') % rng.choice(["septembre", "octobre", "novembre"])
    body, ct = alt("Votre fiche de paie est disponible\n", html)
    send(when, "PayFit <noreply@payfit.com>", "Votre fiche de paie est disponible", body, ct)

def hr_payslip(when, month):
    doc = pdf(["Kessler Feinmechanik GmbH", "Gehaltsabrechnung %s 2026" % month, "Claire Hoffmann, Personalnummer 1042", "Auszahlungsbetrag siehe Anlage"])
    body, ct = multi("mixed", [part("text/plain", "Hallo Claire,\n\nanbei deine Gehaltsabrechnung für %s. Das Passwort für die PDF ist wie gewohnt dein Geburtsdatum.\n\nViele Grüße\nPersonalabteilung\n" % month, "utf-8", "quoted-printable"),
                               attach("application/pdf", "Gehaltsabrechnung_%s_2026.pdf" % month, doc)], "p%d" % R())
    send(when, who(*HR), "Gehaltsabrechnung %s 2026" % month, body, ct)

def parcel(when, kind):
    n = R()
    if kind == "dhl":
        code = "00340434%d%d" % (n, R())
        html = ('<p>Hallo Claire Hoffmann,</p><p>Ihr Paket von %s kommt heute.</p><p>Sendungsnummer: %s</p>'
                '<p><a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s">Sendung verfolgen</a></p>'
                '<p><a href="https://www.dhl.de/de/privatkunden/kundenkonto/lieferwuensche.html">Lieferwunsch ändern</a></p><p>Ihr DHL Team</p>') % (rng.choice(["Würth", "Hoffmann Group", "Conrad Electronic", "Amazon"]), code, code)
        body, ct = alt("Ihr Paket kommt heute: https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s\n" % code, html)
        send(when, "DHL Paket <noreply@dhl.de>", "Ihr DHL Paket kommt heute", body, ct)
    elif kind == "post":
        html = ('<p>Guten Tag,</p><p>Ihr Einschreiben %d ist im Sendungsverlauf: Zugestellt.</p>'
                '<p><a href="https://www.deutschepost.de/de/s/sendungsverfolgung.html?piececode=RR%dDE">Sendungsverfolgung</a></p><p>Deutsche Post</p>') % (n, n)
        body, ct = alt("Einschreiben zugestellt\n", html, "iso-8859-1", "quoted-printable")
        send(when, "Deutsche Post <noreply@deutschepost.de>", "Ihr Einschreiben wurde zugestellt", body, ct)
    else:
        code = "6A%d%d" % (n, R())
        html = ('<p>Bonjour,</p><p>Votre colis %s sera livré aujourd\'hui par Colissimo.</p>'
                '<p><a href="https://www.laposte.fr/outils/suivre-vos-envois?code=%s">Suivre mon colis</a></p>'
                '<p><a href="https://www.colissimo.fr/">Colissimo</a> &ndash; La Poste</p>') % (code, code)
        body, ct = alt("Votre colis %s sera livré aujourd'hui.\n" % code, html, "iso-8859-15", "quoted-printable")
        send(when, "Colissimo <noreply@notif-colissimo-laposte.info>", "Votre colis arrive aujourd'hui", body, ct, cs_subj="iso-8859-15")

def portal(when, kind):
    if kind == "elster":
        html = ('<p>Sehr geehrte Damen und Herren,</p><p>in Ihrem ELSTER-Postfach ist eine neue Nachricht eingegangen: Bescheid über die Umsatzsteuer-Vorauszahlung.</p>'
                '<p>Bitte melden Sie sich unter <a href="https://www.elster.de/eportal/start">www.elster.de</a> an, um die Nachricht abzurufen.</p><p>Ihr ELSTER-Team</p>')
        body, ct = alt("Neue Nachricht in Ihrem ELSTER-Postfach\n", html, "iso-8859-1", "quoted-printable")
        send(when, "ELSTER <noreply@elster.de>", "Neue Nachricht in Ihrem ELSTER-Postfach", body, ct)
    elif kind == "impots":
        html = ('<p>Madame, Monsieur,</p><p>Un nouveau document est disponible dans votre espace professionnel : avis de TVA.</p>'
                '<p>Pour le consulter, connectez-vous à votre espace professionnel sur <a href="https://www.impots.gouv.fr/accueil">impots.gouv.fr</a>.</p>'
                '<p>Ceci est un message automatique, merci de ne pas y répondre.</p><p>La Direction générale des Finances publiques</p>')
        body, ct = alt("Nouveau document dans votre espace professionnel\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("impots.gouv.fr", "ne-pas-repondre@dgfip.finances.gouv.fr"), "Nouveau document dans votre espace professionnel", body, ct)
    elif kind == "ameli":
        html = ('<p>Bonjour,</p><p>Un nouveau message vous attend dans votre compte ameli.</p>'
                '<p><a href="https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure">Accéder à mon compte ameli</a></p><p>L\'Assurance Maladie</p>')
        body, ct = alt("Un nouveau message vous attend dans votre compte ameli\n", html, "utf-8", "quoted-printable")
        send(when, who("l'Assurance Maladie", "ne-pas-repondre@assurance-maladie.fr"), "Un nouveau message dans votre compte ameli", body, ct)
    elif kind == "tk":
        html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>in Ihrem Postfach in "Meine TK" liegt ein neues Dokument: Bescheinigung über Beitragszahlungen.</p>'
                '<p><a href="https://www.tk.de/techniker/meine-tk">Zu Meine TK</a></p><p>Ihre Techniker Krankenkasse</p>')
        body, ct = alt("Neues Dokument in Meine TK\n", html)
        send(when, "Techniker Krankenkasse <noreply@tk.de>", "Neues Dokument in Ihrem Postfach", body, ct)
    else:  # doctolib appointment reminder
        html = ('<p>Bonjour Claire HOFFMANN,</p><p>Rappel : votre rendez-vous avec le Dr Martin (médecin généraliste) a lieu demain à 17h30, 4 avenue de Colmar, Mulhouse.</p>'
                '<p><a href="https://www.doctolib.fr/account/appointments">Gérer mon rendez-vous</a></p><p>L\'équipe Doctolib</p>')
        body, ct = alt("Rappel de rendez-vous\n", html)
        send(when, "Doctolib <no-reply@doctolib.fr>", "Rappel : votre rendez-vous demain", body, ct)

def ms365(when, kind):
    if kind == "rechnung":
        html = ('<p>Ihre Rechnung für Microsoft 365 Business Standard ist verfügbar.</p><p><a href="https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list">Rechnung anzeigen</a></p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></p>')
        body, ct = alt("Ihre Rechnung ist verfügbar\n", html)
        send(when, "Microsoft <microsoft-noreply@microsoft.com>", "Ihre Microsoft-Rechnung ist verfügbar", body, ct)
    elif kind == "code":
        html = ('<p>Microsoft-Konto</p><p>Sicherheitscode</p><p>Verwenden Sie den folgenden Sicherheitscode für das Microsoft-Konto cl*****@kessler-fm.example.</p>'
                '<p>Sicherheitscode: <b>%d</b></p><p>Wenn Sie diesen Code nicht angefordert haben, können Sie diese E-Mail ignorieren.</p>'
                '<p>Vielen Dank!<br>Ihr Microsoft-Kontoteam</p><p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></p>') % rng.randint(100000, 999999)
        body, ct = alt("Sicherheitscode\n", html)
        send(when, "Microsoft-Kontoteam <account-security-noreply@accountprotection.microsoft.com>", "Sicherheitscode für Microsoft-Konto", body, ct)
    else:  # a colleague's SharePoint share
        name, addr = rng.choice(COLL_DE)
        n = R()
        html = ('<p>%s hat eine Datei für Sie freigegeben.</p><p><a href="https://%s.sharepoint.com/:x:/s/Buchhaltung/Eb%dQ?e=Ab12">Kostenstellen_2027.xlsx</a></p>'
                '<p><a href="https://%s.sharepoint.com/:x:/s/Buchhaltung/Eb%dQ?e=Ab12">Öffnen</a></p><p>Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.</p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></p>') % (name, TENANT, n, TENANT, n)
        body, ct = alt("%s hat eine Datei für Sie freigegeben.\n" % name, html)
        send(when, who("%s (über SharePoint)" % name, "no-reply@sharepointonline.com"), "%s hat „Kostenstellen_2027“ für Sie freigegeben" % name, body, ct, reply_to=who(name, addr))

def google_fr(when, kind):
    n = R()
    if kind == "share":
        name, addr, comp, site, lang = PARTNERS[2]
        html = ('<p>%s a partagé un document</p><p>%s (%s) vous a invité à <b>modifier</b> le document suivant :</p>'
                '<p><a href="https://docs.google.com/spreadsheets/d/1Fr%dAb/edit?usp=sharing_eil_m">Planning livraisons 2027</a></p>'
                '<p><a href="https://docs.google.com/spreadsheets/d/1Fr%dAb/edit?usp=sharing_eip_m">Ouvrir</a></p><p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>') % (name, name, addr, n, n)
        body, ct = alt("%s a partagé un document\n" % name, html)
        send(when, who("%s (via Google Sheets)" % name, "drive-shares-dm-noreply@google.com"), "Document partagé avec vous : « Planning livraisons 2027 »", body, ct, reply_to=who(name, addr))
    elif kind == "alert":
        html = ('<p>Nouvelle connexion sur Windows</p><p>claire.hoffmann@kessler-fm.example</p><p>Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. '
                'S\'il s\'agit bien de vous, vous n\'avez rien à faire. Si ce n\'est pas le cas, nous vous aiderons à sécuriser votre compte.</p>'
                '<p><a href="https://accounts.google.com/AccountChooser?Email=claire.hoffmann@kessler-fm.example&continue=https://myaccount.google.com/alert/nt/%d">Consulter l\'activité</a></p>'
                '<p>Vous pouvez également consulter l\'activité liée à la sécurité à l\'adresse https://myaccount.google.com/notifications</p>') % n
        body, ct = alt("Nouvelle connexion sur Windows\n", html)
        send(when, "Google <no-reply@accounts.google.com>", "Alerte de sécurité", body, ct)
    else:  # Google Calendar invitation from the French customer
        name, addr, comp, site, lang = PARTNERS[3]
        html = ('<p>%s vous a invité à l\'événement suivant.</p><p><b>Point trimestriel Girard / Kessler</b><br>jeudi 20 nov. 2026 10:00 – 11:00 (CET)</p>'
                '<p>Participer avec Google Meet : <a href="https://meet.google.com/qrs-tuvw-%03d">meet.google.com/qrs-tuvw-%03d</a></p>'
                '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Fr%d&rst=1">Oui</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Fr%d&rst=2">Non</a></p>'
                '<p>Invitation de <a href="https://calendar.google.com/calendar/">Google Agenda</a></p>') % (name, n % 1000, n % 1000, n, n)
        ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\nSUMMARY:Point trimestriel Girard / Kessler\n"
               "ORGANIZER;CN=%s:mailto:%s\nDESCRIPTION:Participer avec Google Meet : https://meet.google.com/qrs-tuvw-%03d\nEND:VEVENT\nEND:VCALENDAR" % (name, addr, n % 1000))
        body, ct = multi("alternative", [part("text/plain", "Participer : https://meet.google.com/qrs-tuvw-%03d\n" % (n % 1000)), part("text/html", html, "utf-8", "quoted-printable"),
                                         part("text/calendar; method=REQUEST", ics)], "g%d" % n)
        send(when, who(name, addr), "Invitation: Point trimestriel Girard / Kessler @ jeu. 20 nov. 2026 10:00 - 11:00 (CET) (claire.hoffmann@kessler-fm.example)", body, ct,
             extra=[("Sender", "Google Agenda <calendar-notification@google.com>")], mailfrom="calendar-notification@google.com")

def teams_invite(when, org=None, subj="Abstimmung Monatsabschluss"):
    name, addr = org or rng.choice(COLL_DE)
    n = rng.randint(100, 999)
    html = ('<p>Hallo zusammen,</p><p>kurze Abstimmung zum Monatsabschluss.</p><hr><p><b>Microsoft Teams-Besprechung</b></p>'
            '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_De%d%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22k1%%22%%7d">Jetzt an der Besprechung teilnehmen</a></p>'
            '<p>Besprechungs-ID: 371 552 %d<br>Kenncode: Xp7%d</p><p><a href="https://aka.ms/JoinTeamsMeeting?omkt=de-DE">Hilfe</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=k1">Besprechungsoptionen</a></p><hr>') % (n, n, n)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nBEGIN:VEVENT\nSUMMARY;LANGUAGE=de-DE:%s\nORGANIZER;CN=%s:mailto:%s\nEND:VEVENT\nEND:VCALENDAR" % (subj, name, addr)
    body, ct = multi("alternative", [part("text/html", html, "utf-8", "quoted-printable"), part("text/calendar; method=REQUEST", ics, "utf-8", "base64")], "t%d" % n)
    send(when, who(name, addr), subj, body, ct)

# --- the learn and test windows ------------------------------------------------
day = start
month_names = {8: "August", 9: "September", 10: "Oktober", 11: "November"}
while day < end:
    wd = day.weekday()
    at = lambda: day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        for _ in range(rng.randint(0, 3)): colleague(at())
        for _ in range(rng.randint(0, 2)): partner_mail(at())
        if rng.random() < 0.8: claire_reply(at())
        if rng.random() < 0.05: claire_writes(at())
        for _ in range(rng.randint(0, 2)): list_post(at())
        if rng.random() < 0.35: invoice(at(), rng.randrange(len(BILLERS)))
        if rng.random() < 0.06: invoice(at(), rng.randrange(len(BILLERS)), rng.choice(["erinnerung", "mahnung"]))
        if rng.random() < 0.08: lexoffice(at())
        if rng.random() < 0.06: sevdesk(at())
        if rng.random() < 0.3: datev(at(), "belege")
        if rng.random() < 0.25: parcel(at(), rng.choice(["dhl", "dhl", "post", "colissimo"]))
        if rng.random() < 0.1: ms365(at(), "share")
        if rng.random() < 0.08: teams_invite(at())
        if rng.random() < 0.05: google_fr(at(), "share")
        if rng.random() < 0.04: portal(at(), rng.choice(["elster", "impots", "ameli", "tk", "doctolib"]))
    if day.day == 2:
        ms365(at(), "rechnung")
        sparkasse(at(), "postfach")
    if day.day == 27 and day.month in month_names:
        datev(at(), "lohn"); payfit(at()); hr_payslip(at(), month_names[day.month])
    if wd == 1: newsletter(at(), "ihk")
    if wd == 3: newsletter(at(), rng.choice(["cci", "fach"]))
    if wd == 4 and rng.random() < 0.5: newsletter(at(), "mfw")
    day += datetime.timedelta(days=1)

# each biller and portal seen in the learn window (as a year of mail would have)
for i in range(len(BILLERS)):
    invoice(start + datetime.timedelta(days=2 + i, hours=9), i)
    invoice(start + datetime.timedelta(days=30 + i, hours=9), i)
for k, kind in enumerate(["elster", "impots", "ameli", "tk", "doctolib"]):
    portal(start + datetime.timedelta(days=10 + 7 * k, hours=8), kind)
ms365(start + datetime.timedelta(days=20, hours=7), "code")
google_fr(start + datetime.timedelta(days=25, hours=7), "invite")
lexoffice(start + datetime.timedelta(days=5, hours=10))
sevdesk(start + datetime.timedelta(days=12, hours=10))

# test window: what she asked for, and first contacts she expects
T = split + datetime.timedelta(hours=8)
def on(d, h=0): return T + datetime.timedelta(days=d, hours=h)
lexoffice(on(1, 1), "reset")
ms365(on(2, 2), "code")
datev(on(10, 1), "smartlogin")
sparkasse(on(9, 3), "pushtan")
google_fr(on(3, 4), "alert")
google_fr(on(8, 2), "invite")
google_fr(on(11, 2), "share")
for k, kind in enumerate(["elster", "impots", "ameli", "tk", "doctolib"]):
    portal(on(2 + 3 * k, 5), kind)
for i, kind in [(0, "erinnerung"), (1, "erinnerung"), (2, "mahnung"), (3, "mahnung")]:
    invoice(on(4 + i * 2, 3), i, kind)
html = ('<p>Bonjour Claire,</p><p>Quelqu\'un a demandé la réinitialisation du mot de passe de votre compte Doctolib. Pour choisir un nouveau mot de passe, cliquez sur le lien ci-dessous :</p>'
        '<p><a href="https://www.doctolib.fr/passwords/edit?reset_password_token=Zr8%d">Réinitialiser mon mot de passe</a></p>'
        '<p>Ce lien expirera dans 2 heures. Si vous n\'êtes pas à l\'origine de cette demande, ignorez cet e-mail.</p><p>L\'équipe Doctolib</p>') % R()
send(on(6, 11), "Doctolib <no-reply@doctolib.fr>", "Réinitialisation de votre mot de passe", *alt("Réinitialiser votre mot de passe\n", html, "utf-8", "quoted-printable"))
html = ('<p>Sehr geehrte Frau Hoffmann,</p><p>Ihre Sendung %d aus der Schweiz (Absender: Präzisionsteile Brunner AG) ist in der Verzollung. '
        'Die Einfuhrabgaben von 84,20 EUR legen wir aus; Sie zahlen sie bei Zustellung oder vorab online.</p>'
        '<p><a href="https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=JJD0000%d">Sendung verfolgen</a></p><p>Ihr DHL Team</p>') % (R(), R())
send(on(7, 2), "DHL Paket <noreply@dhl.de>", "Ihre Sendung ist in der Verzollung", *alt("Ihre Sendung ist in der Verzollung\n", html, "iso-8859-1", "quoted-printable"))
# a new supplier's first offer (PDF) after Claire asked for it on the phone
doc = pdf(["Hahn Kältetechnik GmbH", "Angebot AN-2026-311", "Wartungsvertrag Kaltwassersatz, 1.480,00 EUR netto jährlich", "Gültig bis 31.12.2026"], ["https://www.hahn-kaeltetechnik.example/agb"])
body, ct = multi("mixed", [part("text/plain", "Sehr geehrte Frau Hoffmann,\n\nwie telefonisch besprochen erhalten Sie anbei unser Angebot für den Wartungsvertrag. Unsere AGB: https://www.hahn-kaeltetechnik.example/agb\n\nMit freundlichen Grüßen\nRalf Hahn\nHahn Kältetechnik GmbH\n", "iso-8859-1", "quoted-printable"),
                           attach("application/pdf", "Angebot_AN-2026-311.pdf", doc)], "n1")
send(on(5, 3), who("Ralf Hahn", "r.hahn@hahn-kaeltetechnik.example", "iso-8859-1"), "Angebot Wartungsvertrag Kälteanlage", body, ct, cs_subj="iso-8859-1")
# a new French customer's first mail, with a WeTransfer link
body, ct = alt("Bonjour Madame Hoffmann,\n\nje vous envoie les plans via WeTransfer : https://we.tl/t-Fr8kL2mQ\n\nBien cordialement,\nAurélie Blanc\nBlanc Robotique\n",
               '<p>Bonjour Madame Hoffmann,</p><p>suite à notre rencontre au salon, je vous envoie les plans de la pièce via WeTransfer : <a href="https://we.tl/t-Fr8kL2mQ">https://we.tl/t-Fr8kL2mQ</a></p>'
               '<p>Notre site : <a href="https://www.blanc-robotique.example">blanc-robotique.example</a></p><p>Bien cordialement,<br>Aurélie Blanc<br>Blanc Robotique</p>', "iso-8859-15", "quoted-printable")
send(on(12, 2), who("Aurélie Blanc", "aurelie.blanc@blanc-robotique.example", "iso-8859-15"), "Plans pièce réf. BR-220", body, ct, cs_subj="iso-8859-15")
# a new colleague's first mail, and a tax adviser's DATEV upload request
plain(on(13, 1), who("Jana Krüger", "jana.krueger@" + DOM), "Neu in der Buchhaltung",
      "Hallo Claire,\n\nich fange am Montag an und habe schon meinen Zugang. Das Onboarding-Dokument liegt hier: https://%s.sharepoint.com/sites/Personal/Onboarding\n\nBis Montag!\nJana\n" % TENANT, cte="quoted-printable")
plain(on(14, 2), who("Steuerkanzlei Dr. Wendt", "kanzlei@wendt-steuer.example"), "Unterlagen Jahresabschluss 2026",
      "Sehr geehrte Frau Hoffmann,\n\nbitte laden Sie die Unterlagen für den Jahresabschluss wie gewohnt in DATEV Unternehmen online hoch: https://duo.datev.de/app/belege\nEine Checkliste finden Sie auf unserer Website: https://www.wendt-steuer.example/checkliste-jahresabschluss\n\nMit freundlichen Grüßen\nDr. Petra Wendt\n",
      cs="iso-8859-1", cte="8bit")
teams_invite(on(15, 1), ("Thomas Kessler", "thomas.kessler@" + DOM), "Budgetplanung 2027")
# Microsoft's unusual sign-in notice after Claire signed in from the French site
html = ('<p>Microsoft-Konto</p><p>Ungewöhnliche Anmeldeaktivität</p><p>Wir haben ungewöhnliche Anmeldeaktivitäten für Ihr Microsoft-Konto cl*****@kessler-fm.example erkannt.</p>'
        '<p>Land/Region: Frankreich<br>IP-Adresse: 192.0.2.44<br>Datum: 17.11.2026 08:12 (MEZ)</p>'
        '<p>Wenn Sie das waren, können Sie diese Nachricht ignorieren. Andernfalls <a href="https://account.live.com/activity">überprüfen Sie die letzten Aktivitäten</a>.</p>'
        '<p>Vielen Dank!<br>Ihr Microsoft-Kontoteam</p><p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Datenschutzerklärung</a></p>')
send(on(15, 3), "Microsoft-Kontoteam <account-security-noreply@accountprotection.microsoft.com>", "Ungewöhnliche Anmeldeaktivität für das Microsoft-Konto",
     *alt("Ungewöhnliche Anmeldeaktivität\n", html, "utf-8", "quoted-printable"))
b.write(sys.argv[1], split)
print(len(b.msgs))
