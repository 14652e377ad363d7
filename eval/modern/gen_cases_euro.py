# Targeted cases for the German and French company mailbox (gen_euro.py),
# judged against its learned history: phish-* cases shaped like its mail,
# in its languages and charsets, which should be flagged.
from gen_common import ew, who, part, multi, alt_cs as alt, attach, pdf, case_writer

w = case_writer("claire.hoffmann@kessler-fm.example", "euro", tz="+0100")


# a Sparkasse pushTAN lure: the bank's name, "update the procedure or be blocked", a lure's domain
body, ct = alt("Ihr pushTAN-Verfahren muss aktualisiert werden: https://sparkasse-pushtan.sicherheit-verifizierung.top/login\n",
               '<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>aufgrund neuer Sicherheitsrichtlinien (PSD2) muss Ihr pushTAN-Verfahren bis zum 28.11.2026 aktualisiert werden. '
               'Andernfalls wird Ihr Online-Banking-Zugang aus Sicherheitsgründen gesperrt.</p>'
               '<p><a href="https://sparkasse-pushtan.sicherheit-verifizierung.top/login?kd=claire.hoffmann">Jetzt Verfahren aktualisieren</a></p>'
               '<p>Ihre Sparkasse</p>', "iso-8859-1", "quoted-printable")
w("phish-sparkasse-pushtan", who("Sparkasse Freiburg-Nördlicher Breisgau", "service@sparkasse-kundenservice.example", "iso-8859-1"),
  ew("Wichtig: Aktualisierung Ihres pushTAN-Verfahrens erforderlich", "iso-8859-1"), body, ct)
# DHL customs fee: a small fee to pay on a lure's site
body, ct = alt("Zollgebühr 2,99 EUR offen: https://dhl-de.paket-zollservice.shop/zahlung?id=JJD000390011\n",
               '<p>Hallo,</p><p>Ihre Sendung JJD000390011 wartet im Zolllager. Bitte begleichen Sie die offene Zollgebühr von 2,99 EUR innerhalb von 48 Stunden, '
               'sonst wird die Sendung an den Absender zurückgeschickt.</p>'
               '<p><a href="https://dhl-de.paket-zollservice.shop/zahlung?id=JJD000390011">Zollgebühr jetzt bezahlen</a></p><p>Ihr DHL Team</p>', "utf-8", "quoted-printable")
w("phish-dhl-zollgebuehr", "DHL Paket <noreply@dhl-zustellung.example>", ew("Ihre Sendung wartet: Zollgebühr offen"), body, ct)
# "your mailbox is full" under the company's name, on free hosting
body, ct = alt("Ihr Postfach ist voll.\n",
               '<p>Sehr geehrte/r claire.hoffmann@kessler-fm.example,</p><p>Ihr Postfach ist voll (99% von 2 GB belegt). Eingehende Nachrichten werden zurückgehalten.</p>'
               '<p>Bitte bestätigen Sie Ihr Konto, um den Speicherplatz kostenlos zu erweitern:</p>'
               '<p><a href="https://kessler-fm-webmail.weebly.com/">Speicherplatz jetzt erweitern</a></p><p>Kessler-FM IT-Service</p>', "iso-8859-15", "8bit")
w("phish-postfach-voll", who("Kessler-FM IT-Service", "it-service@kessler-fm-mail.example"), ew("Ihr Postfach ist voll – Nachrichten werden zurückgehalten", "utf-8", "B"), body, ct)
# impots.gouv.fr "remboursement" lure
body, ct = alt("Vous avez droit à un remboursement de 248,50 €.\n",
               '<p>Madame, Monsieur,</p><p>Après le dernier calcul annuel de votre activité, vous êtes éligible à un remboursement d\'impôt de 248,50 €.</p>'
               '<p>Pour recevoir votre remboursement, veuillez confirmer vos coordonnées bancaires avant le 30/11/2026 :</p>'
               '<p><a href="https://impots-gouv-remboursement.online/fr/espace-particulier/">Accéder à mon remboursement</a></p><p>Direction générale des Finances publiques</p>', "iso-8859-15", "quoted-printable")
w("phish-impots-remboursement", who("impots.gouv.fr", "remboursement@dgfip-service.example"), ew("Avis de remboursement d'impôt : 248,50 €", "iso-8859-15"), body, ct)
# Microsoft 365 password expiry in German, leading to a sign-in page on a lure's domain
body, ct = alt("Ihr Kennwort läuft heute ab.\n",
               '<p>Microsoft 365</p><p>Das Kennwort für claire.hoffmann@kessler-fm.example läuft heute ab.</p>'
               '<p>Um Ihr aktuelles Kennwort beizubehalten, melden Sie sich bitte an und bestätigen Sie Ihr Konto:</p>'
               '<p><a href="https://login-microsoftonline.kennwort-behalten.top/common/oauth2/?email=claire.hoffmann@kessler-fm.example">Aktuelles Kennwort beibehalten</a></p>'
               '<p>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>', "utf-8", "base64")
w("phish-m365-kennwort-abgelaufen", "Microsoft 365 <no-reply@m365-kontoservice.example>", ew("Ihr Kennwort läuft heute ab"), body, ct)
# CEO fraud: the managing director's name from free mail, "transfer today, confidential"
body, ct = multi("alternative", [part("text/plain", "Hallo Claire,\n\nbist du im Büro? Ich brauche heute noch dringend eine Überweisung über 48.750,00 EUR an einen neuen Lieferanten "
                                      "(Übernahme, streng vertraulich, bitte noch nicht mit dem Team besprechen). Die Bankverbindung schicke ich dir gleich.\n"
                                      "Ich bin in Besprechungen und nur per E-Mail erreichbar.\n\nThomas Kessler\nGeschäftsführer\nVon meinem iPhone gesendet\n", "iso-8859-1", "quoted-printable")], "ceo1")
w("phish-ceo-ueberweisung", who("Thomas Kessler", "thomas.kessler.gf@gmail.com"), ew("Überweisung dringend - vertraulich", "iso-8859-1"), body, ct)
# ameli carte Vitale lure
body, ct = alt("Votre carte Vitale expire.\n",
               '<p>Bonjour,</p><p>Votre carte Vitale arrive à expiration. Afin de continuer à bénéficier de vos remboursements, veuillez renouveler votre carte Vitale '
               'et mettre à jour vos informations en vous connectant à votre compte ameli.</p>'
               '<p><a href="https://ameli-renouvellement-carte.web.app/connexion">Renouveler ma carte Vitale</a></p><p>L\'Assurance Maladie</p>', "utf-8", "quoted-printable")
w("phish-ameli-carte-vitale", who("l'Assurance Maladie", "info@ameli-assure.example"), ew("Votre carte Vitale expire : renouvellement nécessaire"), body, ct)
