package scoring

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Intent categories.
const (
	intentCredentials = iota
	intentPayment
	intentExtortion
	intentDownload
	intentLure
	nIntents
)

var intentCodes = [nIntents]string{CodeIntentCredentials, CodeIntentPayment, CodeIntentExtortion, CodeIntentDownload, CodeIntentLure}

// intentCaps bound each category's sum, so a wordy message cannot pile up.
var intentCaps = [nIntents]float64{0.5, 0.35, 0.5, 0.3, 0.35}

// intentCues are transparent English cue lists: phrase (lowercase words,
// punctuation and hyphens read as spaces) and weight. A cue counts once per
// text. They were written from general knowledge of how phishing, invoice
// fraud, extortion and malware lures are phrased, not fitted to any corpus.
// Single common words carry small weights; only combinations add up. A
// word that business mail uses everywhere in another sense is a cue only in
// the lure's phrasing: "fax" stands in every letterhead and signature next
// to the company's web address, so only "new fax", "fax message",
// "incoming fax" and "received a fax" count; "mailbox" names shared and
// voice mailboxes, so only "your mailbox" and the quota lure's phrases do;
// "passcode" labels every Zoom and Teams invitation's meeting code
// ("Meeting ID: 844 1209 3311 Passcode: 551204"), so only "your passcode"
// and "one time passcode" do; a certificate, a trial, a quote, a token
// or a link "expires" in every service's notices (a monitoring alert's
// "Certificate expires in 14 days"), so only the expiries lures announce
// do: a password's, passcode's, account's or mailbox's, and a domain's or
// its registration's (the renewal scam of "domain slamming").
// Besides English, each list has the most common words of the same lures
// in German, French, Spanish, Portuguese, Italian and Dutch. Words are ASCII
// letters and digits and the letters of Latin-1, which read as their
// lowercase base letters (wordAt: "Überweisung" is "uberweisung",
// "coordonnées" is "coordonnees", its accents decomposed or not), so cues
// are written so. Words that are
// also everyday business language in their language ("conta",
// "verifique", "Bankverbindung", "virement": account, check, bank details
// in every invoice's footer, transfer) weigh 0.1 to 0.15, as "konto" and
// "cuenta" do; the lure's phrasing ("neue Bankverbindung", "coordonnées
// bancaires", "Konto gesperrt", "compte suspendu") weighs as its English
// twin does. Portuguese, Spanish, Italian and Dutch have the phrasing of
// their lures too: verify or confirm your account ("verifique sua conta",
// "verifieer uw account"), update your data ("atualize seus dados",
// "actualice sus datos", "aggiorna i tuoi (dati)", "werk uw gegevens
// (bij)"), an account blocked or suspended ("foi bloqueada", "cuenta
// suspendida", "è stato sospeso", "tijdelijk geblokkeerd"), unusual
// activity, an overdue boleto or invoice, a refund or tax refund, a
// parcel held for a customs fee, a changed bank account, deadlines and
// threats (the Receita Federal lure's "CPF irregular", "incassobureau"),
// prizes. The labels of their invoices and order confirmations weigh
// little, as "Bankverbindung" does: "dados bancários", "datos bancarios",
// "coordinate bancarie" 0.15, "transferencia bancaria" and "bonifico
// bancario" (the usual way to pay, named in every invoice) 0.2, "gastos
// de envío", "taxa de envio", "spese di spedizione", "verzendkosten"
// (shipping costs) 0.1;
// a meeting "opgeschort" (postponed) is no account: only "account is
// opgeschort" counts. "Será cancelado" stays a cue although every shop
// paid by bank transfer or a Multibanco reference writes it ("su pedido
// será cancelado si no recibimos la transferencia", "a sua encomenda será
// cancelada" after 72 hours): the customs-fee lure threatens the order in
// the shop's own words, and a shop's notice from a sender new here still
// scores below a lock with it (the iberia modern mailbox). "descargar", "scaricare" and "downloaden" are no
// cue, as "herunterladen" is none. A file or folder shared with the
// reader is named in each language as its sharing services word the
// notice ("partilhou um ficheiro" in Portugal beside Brazil's
// "compartilhou um arquivo", "ha compartido un archivo", "a partagé un
// fichier", "hat ... mit Ihnen geteilt", "ha condiviso una cartella", "met
// jou gedeeld"): the verb with what is shared 0.25, "with you" 0.2, as
// "shared a file" and "shared with you"; thanks for sharing ("mit uns
// geteilt") are no cue. "Unusual sign-in" has its twin in each language as
// account providers title the alert ("sesión inusual", "sessão invulgar",
// "login incomum", "accesso insolita", "ongebruikelijke
// aanmeldingsactiviteit"), 0.35 as "unusual activity". A payment
// service's request for money names itself so, without "payment" ("Irene
// sent you a money request", "requested money from you"), and so in each
// language as PayPal words it ("Geldanforderung", "demande d'argent",
// "solicitud de dinero", "solicitação de dinheiro", "richiesta di
// denaro", "verzoek om geld"): 0.25, as "outstanding balance"; a German
// "Zahlungsaufforderung" (a demand for payment) and a Dutch
// "betaalverzoek" (a payment request, which banks and Tikkie send between
// friends) 0.2, as "Mahnung".
var intentCues = [nIntents][]struct {
	phrase string
	w      float64
}{
	intentCredentials: {
		{"verify your account", 0.4}, {"verify your identity", 0.4}, {"confirm your account", 0.4},
		{"confirm your identity", 0.35}, {"verify your email", 0.35}, {"update your account", 0.3},
		{"account suspended", 0.4}, {"been suspended", 0.35}, {"be suspended", 0.35},
		{"been limited", 0.35}, {"unusual activity", 0.35}, {"unusual sign in", 0.35},
		{"suspicious activity", 0.3}, {"restore access", 0.35}, {"reactivate", 0.3},
		{"sign in", 0.2}, {"signing in", 0.2}, {"log in", 0.2}, {"logging in", 0.2}, {"login", 0.15}, {"logon", 0.15},
		{"password", 0.3}, {"your passcode", 0.25}, {"one time passcode", 0.25}, {"credentials", 0.3}, {"security alert", 0.25},
		{"verify", 0.2}, {"verification", 0.2}, {"validate", 0.2}, {"authenticate", 0.2},
		{"your mailbox", 0.15}, {"mailbox is full", 0.3}, {"mailbox quota", 0.25}, {"mailbox will be", 0.2}, {"mailbox upgrade", 0.2}, {"quota", 0.2}, {"storage is full", 0.3}, {"expired", 0.15},
		{"password expires", 0.1}, {"passcode expires", 0.1}, {"account expires", 0.1}, {"mailbox expires", 0.1}, {"domain expires", 0.1}, {"registration expires", 0.1}, {"locked", 0.15}, {"social security number", 0.3}, {"ssn", 0.25},
		{"security question", 0.3}, {"one time code", 0.25},
		{"two factor", 0.2}, {"multi factor", 0.2}, {"2fa", 0.2}, {"mfa", 0.2},
		{"seed phrase", 0.35}, {"recovery phrase", 0.35},
		{"passwort", 0.3}, {"kennwort", 0.3}, {"anmelden", 0.2}, {"konto", 0.1},
		{"mot de passe", 0.3}, {"identifiant", 0.2}, {"connectez vous", 0.2},
		{"contrasena", 0.3}, {"iniciar sesion", 0.2}, {"cuenta", 0.1},
		{"senha", 0.3}, {"acesse sua conta", 0.2}, {"acessar sua conta", 0.2},
		{"atualize seus dados", 0.3}, {"atualizar seus dados", 0.3}, {"dados cadastrais", 0.25},
		{"recadastramento", 0.3}, {"verifique", 0.1}, {"bloqueada", 0.15}, {"bloqueado", 0.15},
		{"suspensa", 0.15}, {"conta", 0.1},
		{"accedi", 0.2}, {"credenziali", 0.3}, {"verifica", 0.1}, {"bloccato", 0.15}, {"sospeso", 0.15},
		{"konto gesperrt", 0.4}, {"wurde gesperrt", 0.35}, {"wird gesperrt", 0.35}, {"gesperrt", 0.15},
		{"wurde eingeschrankt", 0.35}, {"verifizieren", 0.2}, {"ihr konto bestatigen", 0.4}, {"ihre identitat", 0.3},
		{"ungewohnliche aktivitat", 0.35}, {"ungewohnliche aktivitaten", 0.35}, {"verdachtige aktivitat", 0.3},
		{"ungewohnliche anmeldeaktivitat", 0.35}, {"ungewohnliche anmeldeaktivitaten", 0.35}, {"connexion inhabituelle", 0.35},
		{"zugangsdaten", 0.3}, {"anmeldedaten", 0.3}, {"abgelaufen", 0.15},
		{"postfach ist voll", 0.3}, {"speicherplatz", 0.2}, {"konto aktualisieren", 0.3}, {"daten aktualisieren", 0.3},
		{"verifier votre compte", 0.4}, {"confirmer votre compte", 0.4}, {"verifiez votre compte", 0.4},
		{"confirmez votre compte", 0.4}, {"verifier votre identite", 0.4}, {"confirmer votre identite", 0.35},
		{"compte suspendu", 0.4}, {"ete suspendu", 0.35}, {"sera suspendu", 0.35}, {"ete limite", 0.35},
		{"activite inhabituelle", 0.35}, {"activite suspecte", 0.3}, {"identifiants", 0.2},
		{"vous connecter", 0.2}, {"vous connectant", 0.2}, {"espace de stockage", 0.2}, {"boite mail", 0.15},
		{"jour vos informations", 0.3}, {"jour vos coordonnees", 0.3}, {"jour votre compte", 0.3},
		// Portuguese (Brazil and Portugal).
		{"verifique sua conta", 0.4}, {"verificar sua conta", 0.4}, {"confirme sua conta", 0.4}, {"confirmar sua conta", 0.4},
		{"verifique sua identidade", 0.4}, {"confirme sua identidade", 0.35}, {"confirme seus dados", 0.3}, {"confirmar seus dados", 0.3},
		{"valide seus dados", 0.3}, {"validar seus dados", 0.3}, {"atualize seu cadastro", 0.3}, {"atualizar seu cadastro", 0.3},
		{"atualizacao cadastral", 0.3}, {"foi bloqueada", 0.35}, {"foi bloqueado", 0.35}, {"foi suspensa", 0.35}, {"foi suspenso", 0.35},
		{"sera bloqueada", 0.35}, {"sera bloqueado", 0.35}, {"sera suspensa", 0.35}, {"suspenso", 0.15},
		{"atividade incomum", 0.35}, {"login incomum", 0.35}, {"atividade invulgar", 0.35}, {"acesso invulgar", 0.35},
		{"sessao invulgar", 0.35}, {"atividade suspeita", 0.3}, {"transacao suspeita", 0.3}, {"transacoes suspeitas", 0.3}, {"acesso incomum", 0.35}, {"acesso suspeito", 0.3},
		{"faca login", 0.2}, {"fazer login", 0.2}, {"iniciar sessao", 0.2}, {"palavra passe", 0.3}, {"dados de acesso", 0.3},
		{"desbloquear", 0.2}, {"desbloqueie", 0.2}, {"reativar", 0.2}, {"expirou", 0.15}, {"expirada", 0.15},
		{"espaco de armazenamento", 0.2}, {"caixa de entrada", 0.1},
		// Spanish (Spain and Latin America).
		{"verifique su cuenta", 0.4}, {"verificar su cuenta", 0.4}, {"verifica tu cuenta", 0.4}, {"verificar tu cuenta", 0.4},
		{"confirme su cuenta", 0.4}, {"confirmar su cuenta", 0.4}, {"confirma tu cuenta", 0.4}, {"confirmar tu cuenta", 0.4},
		{"verifique su identidad", 0.4}, {"verifica tu identidad", 0.4}, {"confirme su identidad", 0.35}, {"confirma tu identidad", 0.35},
		{"actualice sus datos", 0.3}, {"actualizar sus datos", 0.3}, {"actualiza tus datos", 0.3}, {"actualizar tus datos", 0.3},
		{"confirme sus datos", 0.3}, {"confirma tus datos", 0.3}, {"actualice su informacion", 0.3},
		{"cuenta suspendida", 0.4}, {"cuenta bloqueada", 0.4}, {"ha sido suspendida", 0.35}, {"ha sido bloqueada", 0.35},
		{"ha sido suspendido", 0.3}, {"ha sido bloqueado", 0.35}, {"ha sido limitada", 0.35}, {"sera suspendida", 0.35},
		{"suspendida", 0.15}, {"actividad inusual", 0.35}, {"actividad sospechosa", 0.3}, {"acceso inusual", 0.35}, {"sesion inusual", 0.35},
		{"inicie sesion", 0.2}, {"inicia sesion", 0.2}, {"su clave", 0.2}, {"tu clave", 0.2}, {"clave de acceso", 0.3},
		{"datos de acceso", 0.3}, {"reactivar", 0.2}, {"expirado", 0.15}, {"ha caducado", 0.15}, {"verificacion", 0.15},
		{"buzon lleno", 0.3}, {"su buzon", 0.15}, {"espacio de almacenamiento", 0.2},
		// Italian.
		{"tua identita", 0.3}, {"sua identita", 0.3}, {"aggiorna i tuoi", 0.25}, {"aggiornare i tuoi", 0.25},
		{"conferma i tuoi", 0.25}, {"confermare i tuoi", 0.25}, {"aggiorna i dati", 0.3}, {"aggiornare i dati", 0.3},
		{"account sospeso", 0.4}, {"account bloccato", 0.4}, {"e stato sospeso", 0.3}, {"e stato bloccato", 0.35},
		{"e stata sospesa", 0.35}, {"e stata bloccata", 0.35}, {"sara sospeso", 0.35}, {"sara bloccato", 0.35},
		{"sospesa", 0.15}, {"bloccata", 0.15}, {"attivita insolita", 0.35}, {"attivita sospetta", 0.3},
		{"accesso insolito", 0.35}, {"accesso insolita", 0.35}, {"accesso non autorizzato", 0.3}, {"dati di accesso", 0.3}, {"area riservata", 0.15},
		{"riattiva", 0.2}, {"riattivare", 0.2}, {"sbloccare", 0.2}, {"casella piena", 0.3}, {"spazio di archiviazione", 0.2},
		// Dutch.
		{"wachtwoord", 0.3}, {"inloggen", 0.2}, {"inloggegevens", 0.3}, {"aanmelden", 0.1}, {"verifieer", 0.2}, {"verifieren", 0.2},
		{"verificatie", 0.15}, {"uw identiteit", 0.3}, {"je identiteit", 0.3}, {"bevestig uw account", 0.4}, {"bevestig je account", 0.4},
		{"verifieer uw account", 0.4}, {"verifieer je account", 0.4}, {"bevestig uw gegevens", 0.3}, {"bevestig je gegevens", 0.3},
		{"werk uw gegevens", 0.3}, {"werk je gegevens", 0.3}, {"gegevens bijwerken", 0.3}, {"gegevens te bevestigen", 0.3},
		{"gegevens te verifieren", 0.3}, {"account geblokkeerd", 0.4}, {"is geblokkeerd", 0.3}, {"wordt geblokkeerd", 0.35},
		{"tijdelijk geblokkeerd", 0.35}, {"account is opgeschort", 0.35}, {"account wordt opgeschort", 0.35}, {"geblokkeerd", 0.15},
		{"ongebruikelijke activiteit", 0.35}, {"verdachte activiteit", 0.3}, {"ongebruikelijke aanmelding", 0.35}, {"ongebruikelijke aanmeldingsactiviteit", 0.35},
		{"verdachte inlogpoging", 0.3}, {"mailbox is vol", 0.3}, {"postvak is vol", 0.3}, {"opslagruimte", 0.2},
		{"bankpas verloopt", 0.3}, {"betaalpas verloopt", 0.3}, {"heractiveren", 0.2}, {"deblokkeren", 0.2}, {"toegang herstellen", 0.35},
	},
	intentPayment: {
		{"invoice", 0.2}, {"payment", 0.15}, {"wire transfer", 0.3}, {"bank details", 0.3},
		{"wire instructions", 0.3}, {"wiring instructions", 0.3},
		// A supplier's changed account (invoice fraud): with "invoice" or
		// "bank details" these reach askWeight (a lone "bank account"
		// does not), so a correspondent's link
		// to a domain new here is locked at warn ("our bank account has
		// changed, the updated invoice is here").
		{"bank account", 0.1}, {"account has changed", 0.2}, {"changed our bank", 0.3},
		{"new bank account", 0.3}, {"new bank details", 0.2}, {"new banking details", 0.2},
		{"updated bank details", 0.2}, {"updated banking details", 0.2}, {"change of bank", 0.3},
		{"change in bank", 0.3}, {"new account details", 0.3}, {"new iban", 0.3},
		// A payee's record updated with banking information, as an
		// accounts-payable desk is asked ("update our vendor record with
		// the attached banking information"): "bank information" with
		// "invoice" reaches askWeight, as "bank details" does.
		{"banking information", 0.3}, {"bank information", 0.3}, {"new bank information", 0.2},
		{"new banking information", 0.2}, {"payee details", 0.3},
		{"vendor record", 0.2}, {"vendor records", 0.2}, {"supplier record", 0.2}, {"supplier records", 0.2},
		{"banking details", 0.3}, {"gift card", 0.35}, {"gift cards", 0.35}, {"refund", 0.2},
		{"tax refund", 0.3}, {"overdue", 0.2}, {"outstanding balance", 0.25}, {"remittance", 0.2},
		{"billing information", 0.3}, {"payment details", 0.3}, {"credit card", 0.2},
		{"unpaid", 0.2}, {"bitcoin", 0.25}, {"btc", 0.2}, {"crypto wallet", 0.25},
		{"payment failed", 0.3}, {"update payment", 0.3}, {"direct deposit", 0.3},
		{"redelivery fee", 0.3}, {"delivery fee", 0.2}, {"customs fee", 0.3}, {"shipping fee", 0.2},
		// English names of the import charges the customs-fee lure demands,
		// as the other languages' lists have theirs ("invoerrechten",
		// "dazi doganali", "imposto de importacao").
		{"customs duty", 0.3}, {"customs duties", 0.3}, {"import duty", 0.3}, {"import duties", 0.3}, {"duties and taxes", 0.3},
		// A charge still due after others were paid (dueCues): "duties
		// prepaid, pay the remaining fee of $2.99 to schedule delivery".
		{"remaining fee", 0.25}, {"remaining fees", 0.25}, {"remaining charge", 0.25}, {"remaining charges", 0.25},
		// The same denied (voidCues): weightless, never counted, and
		// the charge left with them.
		{"no remaining fee", 0}, {"no remaining fees", 0}, {"no remaining charge", 0}, {"no remaining charges", 0},
		{"money request", 0.25}, {"request for money", 0.25}, {"requested money", 0.25},
		{"geldanforderung", 0.25}, {"zahlungsaufforderung", 0.2}, {"demande d argent", 0.25},
		{"solicitud de dinero", 0.25}, {"solicitacao de dinheiro", 0.25}, {"pedido de dinheiro", 0.25},
		{"richiesta di denaro", 0.25}, {"verzoek om geld", 0.25}, {"betaalverzoek", 0.2},
		{"rechnung", 0.2}, {"zahlung", 0.15}, {"facture", 0.2}, {"paiement", 0.15},
		{"factura", 0.2}, {"pago", 0.15},
		{"fatura", 0.2}, {"pagamento", 0.15}, {"boleto", 0.15}, {"chave pix", 0.25}, {"reembolso", 0.2},
		{"fattura", 0.2}, {"rimborso", 0.2},
		{"uberweisung", 0.2}, {"bankverbindung", 0.15}, {"neue bankverbindung", 0.3}, {"bankdaten", 0.3},
		{"zahlungsdaten", 0.3}, {"zahlungsinformationen", 0.3}, {"kreditkarte", 0.2}, {"ruckerstattung", 0.2},
		{"steuerruckerstattung", 0.3}, {"zollgebuhr", 0.3}, {"zollgebuhren", 0.3}, {"versandgebuhr", 0.2},
		{"mahnung", 0.2}, {"offener betrag", 0.25}, {"unbezahlt", 0.2}, {"zahlung fehlgeschlagen", 0.3},
		{"virement", 0.15}, {"virement bancaire", 0.3}, {"coordonnees bancaires", 0.3}, {"nouveau rib", 0.3},
		{"remboursement", 0.2}, {"remboursement d impot", 0.3}, {"frais de douane", 0.3}, {"frais de livraison", 0.2},
		{"frais de port", 0.2}, {"impaye", 0.2}, {"impayee", 0.2}, {"carte bancaire", 0.2},
		{"paiement echoue", 0.3}, {"echec de paiement", 0.3},
		// Portuguese (the two transfer words Spanish too).
		{"boleto vencido", 0.3}, {"fatura vencida", 0.3}, {"em atraso", 0.2}, {"pagamento pendente", 0.25},
		{"debito pendente", 0.25}, {"debitos pendentes", 0.25}, {"pendencia financeira", 0.3}, {"restituicao", 0.2},
		{"valores a receber", 0.2}, {"dados bancarios", 0.15}, {"novos dados bancarios", 0.3}, {"dados do cartao", 0.3},
		{"cartao de credito", 0.2}, {"cartao presente", 0.3}, {"taxa de entrega", 0.2}, {"taxa alfandegaria", 0.3},
		{"taxa de importacao", 0.3}, {"imposto de importacao", 0.3}, {"encomenda retida", 0.25}, {"multa pendente", 0.25},
		// Portugal's words for the same fees, and their plurals.
		{"taxas de entrega", 0.2}, {"taxa de envio", 0.1}, {"taxas de envio", 0.1}, {"taxas alfandegarias", 0.3},
		{"taxa aduaneira", 0.3}, {"taxas aduaneiras", 0.3}, {"direitos aduaneiros", 0.3},
		{"transferencia", 0.15}, {"transferencia bancaria", 0.2},
		// Spanish.
		{"pago pendiente", 0.25}, {"factura pendiente", 0.25}, {"factura vencida", 0.3}, {"deuda pendiente", 0.25},
		{"impagada", 0.2}, {"impagado", 0.2}, {"recibo devuelto", 0.3}, {"devolucion", 0.15}, {"reembolso pendiente", 0.25},
		{"reembolso de impuestos", 0.3}, {"devolucion de impuestos", 0.3}, {"datos bancarios", 0.15}, {"nuevos datos bancarios", 0.3},
		{"nueva cuenta bancaria", 0.3}, {"nuevo iban", 0.3}, {"tarjeta de credito", 0.2}, {"datos de tarjeta", 0.3},
		{"tarjeta regalo", 0.3}, {"tarjetas regalo", 0.3}, {"gastos de envio", 0.1}, {"gastos de aduana", 0.3},
		{"tasas de aduana", 0.3}, {"derechos de aduana", 0.3}, {"paquete retenido", 0.25}, {"envio retenido", 0.25},
		{"multa pendiente", 0.25},
		// Italian.
		{"bonifico", 0.15}, {"bonifico bancario", 0.2}, {"coordinate bancarie", 0.15}, {"nuove coordinate bancarie", 0.3},
		{"nuovo conto", 0.25}, {"rimborso fiscale", 0.3}, {"diritto al rimborso", 0.25}, {"insoluto", 0.2}, {"insoluta", 0.2},
		{"non pagata", 0.2}, {"pagamento in sospeso", 0.25}, {"sollecito", 0.15}, {"sollecito di pagamento", 0.25},
		{"spese di spedizione", 0.1}, {"spese doganali", 0.3}, {"dazi doganali", 0.3}, {"in giacenza", 0.2},
		{"carta di credito", 0.2}, {"dati della carta", 0.3}, {"carta regalo", 0.3},
		// Dutch.
		{"factuur", 0.2}, {"betaling", 0.15}, {"openstaand bedrag", 0.25}, {"openstaande factuur", 0.25},
		{"openstaande betaling", 0.25}, {"achterstallig", 0.2}, {"onbetaald", 0.2}, {"onbetaalde", 0.2},
		{"betalingsherinnering", 0.2}, {"aanmaning", 0.2}, {"terugbetaling", 0.2}, {"teruggave", 0.2},
		{"belastingteruggave", 0.3}, {"restitutie", 0.2}, {"overboeking", 0.15}, {"overschrijving", 0.15},
		{"bankgegevens", 0.2}, {"nieuwe bankgegevens", 0.3}, {"nieuw rekeningnummer", 0.3}, {"nieuw iban", 0.3},
		{"creditcard", 0.2}, {"betaalgegevens", 0.3}, {"betaling mislukt", 0.3}, {"betaling is mislukt", 0.3},
		{"douanekosten", 0.3}, {"invoerrechten", 0.3}, {"inklaringskosten", 0.3}, {"verzendkosten", 0.1},
		{"cadeaukaart", 0.3}, {"openstaande boete", 0.25},
	},
	intentExtortion: {
		{"hacked", 0.3}, {"webcam", 0.3}, {"recorded you", 0.4}, {"your device", 0.1},
		{"pay within", 0.3}, {"within 24 hours", 0.25}, {"within 48 hours", 0.25},
		{"legal action", 0.25}, {"final notice", 0.25}, {"final warning", 0.3},
		{"will be deleted", 0.2}, {"will be closed", 0.25}, {"will be terminated", 0.25},
		{"permanently", 0.1}, {"immediately", 0.1}, {"urgent", 0.1}, {"failure to", 0.2},
		{"action required", 0.2}, {"avoid suspension", 0.3},
		{"dringend", 0.1}, {"sofort", 0.1}, {"umgehend", 0.1}, {"endgultig", 0.1}, {"letzte mahnung", 0.25},
		{"rechtliche schritte", 0.25}, {"von 24 stunden", 0.25}, {"von 48 stunden", 0.25},
		{"wird geloscht", 0.2}, {"wird geschlossen", 0.25}, {"wird deaktiviert", 0.25},
		{"immediatement", 0.1}, {"definitivement", 0.1}, {"dernier avis", 0.25}, {"dernier rappel", 0.25},
		{"poursuites judiciaires", 0.25}, {"action requise", 0.2}, {"sous 24 heures", 0.25}, {"sous 48 heures", 0.25},
		{"sera supprime", 0.2}, {"sera ferme", 0.25}, {"sera desactive", 0.25},
		// Portuguese, Spanish and Italian: immediately, urgent, for good.
		{"imediatamente", 0.1}, {"inmediatamente", 0.1}, {"immediatamente", 0.1}, {"urgente", 0.1}, {"definitivamente", 0.1},
		// Portuguese (the first two lines Spanish too, spelled alike).
		{"ultimo aviso", 0.25}, {"aviso final", 0.25}, {"acao judicial", 0.25}, {"medidas judiciais", 0.25},
		{"proximas 24 horas", 0.25}, {"proximas 48 horas", 0.25},
		{"sera cancelada", 0.2}, {"sera cancelado", 0.2}, {"sera excluida", 0.2}, {"sera encerrada", 0.25}, {"sera desativada", 0.25},
		{"evite o bloqueio", 0.3}, {"evitar o bloqueio", 0.3}, {"evitar a suspensao", 0.3}, {"negativado", 0.2}, {"negativacao", 0.2},
		{"cpf irregular", 0.25}, {"cpf cancelado", 0.25}, {"cpf suspenso", 0.25}, {"malha fina", 0.2},
		{"regularize sua situacao", 0.3}, {"regularizar sua situacao", 0.3}, {"hackeado", 0.3},
		// Spanish.
		{"acciones legales", 0.25}, {"medidas legales", 0.25}, {"accion requerida", 0.2}, {"sera eliminada", 0.2},
		{"sera eliminado", 0.2}, {"sera cerrada", 0.25}, {"sera desactivada", 0.25}, {"evitar la suspension", 0.3},
		{"evitar el bloqueo", 0.3},
		// Italian.
		{"ultimo avviso", 0.25}, {"avviso finale", 0.25}, {"azioni legali", 0.25}, {"azione legale", 0.25}, {"entro 24 ore", 0.25},
		{"entro 48 ore", 0.25}, {"sara eliminato", 0.2}, {"sara chiuso", 0.25}, {"sara disattivato", 0.25}, {"sara disattivata", 0.25},
		{"azione richiesta", 0.2}, {"evitare la sospensione", 0.3}, {"evitare il blocco", 0.3}, {"hackerato", 0.3},
		// Dutch.
		{"onmiddellijk", 0.1}, {"definitief", 0.1}, {"binnen 24 uur", 0.25}, {"binnen 48 uur", 0.25}, {"laatste herinnering", 0.25},
		{"laatste waarschuwing", 0.3}, {"juridische stappen", 0.25}, {"gerechtelijke stappen", 0.25}, {"incassobureau", 0.25},
		{"deurwaarder", 0.25}, {"wordt verwijderd", 0.2}, {"wordt gesloten", 0.25}, {"wordt gedeactiveerd", 0.25},
		{"wordt beeindigd", 0.25}, {"actie vereist", 0.2}, {"blokkering te voorkomen", 0.3}, {"gehackt", 0.2},
	},
	intentDownload: {
		{"download", 0.15}, {"view document", 0.25}, {"view the document", 0.25},
		{"shared a document", 0.25}, {"shared a file", 0.25}, {"shared a folder", 0.25}, {"shared with you", 0.2},
		{"open the attachment", 0.2}, {"secure document", 0.25}, {"secure message", 0.2},
		{"encrypted message", 0.2}, {"voicemail", 0.2}, {"voice message", 0.2}, {"new fax", 0.2}, {"fax message", 0.2}, {"incoming fax", 0.2}, {"received a fax", 0.2},
		// "scanned" in any voice: "I have scanned the signed contract for
		// your records" is the scanner lure's own wording, so a scan
		// someone reports done ("we scanned and indexed their records")
		// counts too.
		{"scanned", 0.15},
		{"review document", 0.25}, {"e signature", 0.2}, {"esign", 0.2},
		{"view pdf", 0.25}, {"pending documents", 0.25},
		{"baixar", 0.15}, {"baixe", 0.15}, {"visualizar documento", 0.25}, {"scarica", 0.15},
		{"dokument ansehen", 0.25}, {"dokument anzeigen", 0.25}, {"fur sie freigegeben", 0.2},
		{"sprachnachricht", 0.2}, {"neues fax", 0.2}, {"mit ihnen geteilt", 0.2}, {"mit dir geteilt", 0.2},
		{"consulter le document", 0.25}, {"partage avec vous", 0.2}, {"partage un document", 0.25}, {"partage un fichier", 0.25},
		{"partage un dossier", 0.25},
		{"message vocal", 0.2}, {"nouveau fax", 0.2},
		// Portuguese.
		{"compartilhou um documento", 0.25}, {"compartilhou um arquivo", 0.25}, {"compartilhado com voce", 0.2},
		{"documento compartilhado", 0.25}, {"mensagem de voz", 0.2}, {"compartilhou uma pasta", 0.25}, {"compartilhou com voce", 0.2},
		// Portugal's words for the same shares.
		{"partilhou um ficheiro", 0.25}, {"partilhou um documento", 0.25}, {"partilhou uma pasta", 0.25},
		{"partilhado consigo", 0.2}, {"documento partilhado", 0.25},
		// Spanish.
		{"ver documento", 0.25}, {"compartio un documento", 0.25}, {"compartido contigo", 0.2}, {"documento compartido", 0.25},
		{"mensaje de voz", 0.2}, {"compartio un archivo", 0.25}, {"compartio una carpeta", 0.25}, {"compartido un documento", 0.25},
		{"compartido un archivo", 0.25}, {"compartido una carpeta", 0.25}, {"compartio contigo", 0.2}, {"compartido con usted", 0.2},
		// Italian.
		{"visualizza documento", 0.25}, {"visualizza il documento", 0.25}, {"condiviso con te", 0.2},
		{"condiviso un documento", 0.25}, {"condiviso un file", 0.25}, {"condiviso una cartella", 0.25}, {"messaggio vocale", 0.2},
		// Dutch.
		{"document bekijken", 0.25}, {"bekijk document", 0.25}, {"bekijk het document", 0.25}, {"met u gedeeld", 0.2},
		{"met je gedeeld", 0.2}, {"met jou gedeeld", 0.2}, {"document gedeeld", 0.25}, {"bestand gedeeld", 0.25}, {"spraakbericht", 0.2},
	},
	// Lures: prizes, rewards and windfalls, the bait of gift-card, survey,
	// lottery, advance-fee and crypto scams.
	intentLure: {
		{"you have won", 0.3}, {"you ve won", 0.3}, {"you won", 0.2}, {"winner", 0.15},
		{"congratulations", 0.15}, {"claim your", 0.2}, {"claim now", 0.2}, {"your reward", 0.2},
		{"reward", 0.1}, {"prize", 0.15}, {"lottery", 0.25}, {"jackpot", 0.2},
		{"free gift", 0.2}, {"been selected", 0.2}, {"you are selected", 0.2},
		{"airdrop", 0.25}, {"compensation fund", 0.3}, {"unclaimed", 0.2}, {"beneficiary", 0.2},
		{"inheritance", 0.2}, {"withdraw", 0.15}, {"your balance", 0.15}, {"survey", 0.1},
		{"gewinnen", 0.15}, {"gewonnen", 0.25}, {"gewinner", 0.15}, {"gutschein", 0.15},
		{"belohnung", 0.15}, {"geschenk", 0.1}, {"kostenlos", 0.1}, {"gratulieren", 0.15},
		{"gagner", 0.15}, {"gagnez", 0.15}, {"gagnant", 0.15}, {"cadeau", 0.1}, {"gratuit", 0.1},
		{"ganador", 0.15}, {"premio", 0.15}, {"regalo", 0.1}, {"gratis", 0.1},
		{"ganhou", 0.25}, {"ganhe", 0.15}, {"resgate", 0.15}, {"resgatar", 0.15}, {"pontos", 0.1},
		{"sorteio", 0.2}, {"brinde", 0.1},
		{"hai vinto", 0.3}, {"vincitore", 0.15}, {"omaggio", 0.1},
		// Portuguese.
		{"voce ganhou", 0.3}, {"foi sorteado", 0.25}, {"foi selecionado", 0.2}, {"parabens", 0.15}, {"heranca", 0.2},
		// Spanish ("loteria" Portuguese too).
		{"has ganado", 0.3}, {"ha ganado", 0.3}, {"felicidades", 0.15}, {"enhorabuena", 0.15}, {"felicitaciones", 0.15},
		{"sorteo", 0.2}, {"sido seleccionado", 0.2}, {"sido seleccionada", 0.2}, {"recompensa", 0.1}, {"reclama tu", 0.2},
		{"loteria", 0.25}, {"herencia", 0.2},
		// Italian.
		{"congratulazioni", 0.15}, {"lotteria", 0.25}, {"stato selezionato", 0.2}, {"stata selezionata", 0.2},
		{"ricompensa", 0.1}, {"riscatta", 0.15}, {"eredita", 0.2},
		// Dutch.
		{"gefeliciteerd", 0.15}, {"winnaar", 0.15}, {"beloning", 0.15}, {"bent geselecteerd", 0.2}, {"loterij", 0.25},
		{"erfenis", 0.2}, {"claim uw", 0.2}, {"claim je", 0.2},
	},
}

// cueSame maps cues that name the same thing as another cue of their
// category to it, so that a text counts them once, as it counts a repeated
// cue once. A service's notice names a second factor as "two-factor
// authentication (2FA)", or "multi-factor authentication (MFA)", twice
// to the same reader: one fact, which alone had weighed 0.4 of the
// credential cap of 0.5 and, with a deadline's words, raised npm's real
// "enable 2FA" notice to a lock above warn. Every name of one thing weighs
// the largest of their weights (sameWeights), so the order they come in
// does not matter.
var cueSame = map[string]string{
	"2fa": "two factor", "multi factor": "two factor", "mfa": "two factor",
	"ssn": "social security number",
}

// cueReports names cues that stand for a thing a text may offer or report:
// followed by one of these words, the cue is the report ("a survey of
// 1,000 renters", "the survey finds", "survey results": a poll that a
// release, a pitch or a story describes), not the bait ("take our
// survey", "complete the survey to claim your reward"), and counts for
// nothing. Words, not phrases: the next word alone decides. So too for
// the import charges a customs-fee lure demands: followed by "prepaid",
// "paid", "included", "covered" or "waived" they are settled, what a
// shipper's own notice reports ("duties and taxes prepaid", "DDP: duties
// and taxes paid by sender", "import duties included"; after "are",
// "have been" or "already" too), not a charge asked of the reader ("pay
// the duties and taxes", "duties and taxes of $23.50 are due", "duties
// and taxes paid by the recipient"). "No duties or taxes to pay" names no
// cue at all.
var cueReports = map[string]reportCue{
	"survey": {words: []string{"of", "finds", "found", "shows", "showed", "results", "says", "said",
		"suggests", "suggested", "reveals", "revealed", "respondents", "data", "report", "conducted"}},
	"duties and taxes": settledCharge, "customs duties": settledCharge, "customs duty": settledCharge,
	"import duties": settledCharge, "import duty": settledCharge,
	"remaining fee": dueReport, "remaining fees": dueReport, "remaining charge": dueReport, "remaining charges": dueReport,
}

// dueCues name a charge still due ("pay the remaining fee"): beside one,
// an import charge a text calls settled ("customs duties prepaid") counts
// after all, as beside a reward (intentScan.hit): the customs-fee lure
// settles the duties to ask for a small fee left.
var dueCues = map[string]bool{"remaining fee": true, "remaining fees": true, "remaining charge": true, "remaining charges": true}

// voidCues are readings of a cue's words that say nothing of what the
// cue names: a charge still due denied ("no remaining fees").
// Weightless, a void cue ending at a word drops every cue ending there
// (cueIndex.match: they are its tails, as no cue holds a void one,
// TestCuesWellFormed), and is dropped itself: a denied charge neither
// asks a payment nor makes settled import charges count (intentScan.hit).
var voidCues = map[string]bool{"no remaining fee": true, "no remaining fees": true, "no remaining charge": true, "no remaining charges": true}

// dueReport is the cueReports entry of the cues of dueCues: a charge
// left that the text puts on a third party ("any remaining fees are
// billed to the shipper"), or calls waived, is a report, not a charge
// asked of the reader (cueIndex.reportedTo reads dueAux, then one of
// words, then for billedWords "to" or "by", "the" or "our", and a word
// of thirdPayers); "the remaining charges are paid" still asks it.
var dueReport = reportCue{words: []string{"waived", "prepaid", "billed", "charged", "paid", "covered", "invoiced"}}

// dueAux may stand between a charge left and the word that settles it
// ("any remaining fees will be billed to the shipper").
var dueAux = hashSet("are", "is", "will", "be", "been", "have", "has", "already", "all", "and", "charges", "fees", "taxes")

// billedWords settle a charge left only with the payer named after
// them ("paid by the sender"); "waived" and "prepaid" settle it alone.
var billedWords = hashSet("billed", "charged", "paid", "covered", "invoiced")

// thirdPayers, after "billed to" or "paid by", put a charge left on
// someone other than the reader.
var thirdPayers = hashSet("shipper", "sender", "seller", "merchant", "vendor", "retailer", "store", "shop", "us")

// reportCue is what makes a cue of cueReports a report: words, one of
// which next after the cue does it, and settled, which says the cue is
// an import charge those words settle, read further (cueIndex.reported:
// settledAux before the word, readerPayers after "paid by"). The flag is
// read, never the identity of the words' slice, so a copy of
// settledCharge is as settled as settledCharge.
type reportCue struct {
	words   []string
	settled bool
}

// settledCharge: settledWords, next after an import charge's name, say
// it is paid or none is asked (cueReports).
var settledCharge = reportCue{words: settledWords, settled: true}

var settledWords = []string{"prepaid", "paid", "included", "covered", "waived"}

// cueIndex finds cues by the FNV-1a hash of their lowercase words joined
// by single spaces. One open-addressed table, keyed by the hash itself,
// holds both the cues and the hashes of the first one or two words of
// longer cues (prefixes), so each word costs one probe, mostly of an empty
// slot. It answers exactly as two maps keyed by the same hashes would.
type cueIndex struct {
	keys []uint64 // 0: empty slot (no phrase or prefix hashes to 0)
	vals []cueSlot
	mask uint64
	// reports: for a cue id of cueReports, the hashes of the words that,
	// next after it, make it a report
	reports map[int]map[uint64]bool
	// settled: the cue ids of import charges whose report words are
	// settledWords, read with settledAux and readerPayers
	settled map[int]bool
}

// cueSlot is what one hash stands for: a cue, a prefix of longer cues, or both.
type cueSlot struct {
	ref    cueRef
	cue    bool
	prefix bool
}

type cueRef struct {
	cat  int
	id   int // the cue's place in intentCues, for its phrase
	once int // what a text counts once: id, or the id of the cue it names the same as (cueSame)
	w    float64
	// reward: the cue holds out a reward (rewardCue), which makes a
	// reported cue the bait after all
	reward bool
	// reported: the next word made the cue a report (cueReports); it
	// counts only beside a reward (intentScan.hit), or, for an import
	// charge settled (settled), beside a charge still due (due)
	reported bool
	// settled: the cue is an import charge its report settles
	// (reportCue.settled); due: the cue names a charge still due (dueCues)
	settled, due bool
	// void: the cue denies a charge still due (voidCues)
	void bool
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(lower(s[i]))) * fnvPrime
	}
	return h
}

func newCueIndex() cueIndex {
	n := 0
	for _, cs := range intentCues {
		n += len(cs)
	}
	if n > 64*len(intentScan{}.seen) {
		panic("scoring: more cues than intentScan.seen holds") // a build defect
	}
	cues, prefix := cueMaps()
	size := 64
	for size < 4*(len(cues)+len(prefix)) {
		size *= 2
	}
	x := cueIndex{keys: make([]uint64, size), vals: make([]cueSlot, size), mask: uint64(size - 1)}
	for h, r := range cues {
		s := x.slot(h)
		x.vals[s].ref, x.vals[s].cue = r, true
	}
	for h := range prefix {
		x.vals[x.slot(h)].prefix = true
	}
	x.reports = cueReportHashes()
	x.settled = settledCueIDs(cueReports, cueIDs())
	return x
}

// settledCueIDs are the ids (ids: cueIDs) of the cues of reports whose
// report settles an import charge (reportCue.settled).
func settledCueIDs(reports map[string]reportCue, ids map[string]int) map[int]bool {
	out := map[int]bool{}
	for cue, r := range reports {
		if id, ok := ids[cue]; ok && r.settled {
			out[id] = true
		}
	}
	return out
}

// cueReportHashes maps the id of each cue of cueReports to the hashes of
// its report words. A name there that is no cue is a build defect.
func cueReportHashes() map[int]map[uint64]bool {
	ids := cueIDs()
	out := map[int]map[uint64]bool{}
	for cue, r := range cueReports {
		id, ok := ids[cue]
		if !ok {
			panic("scoring: cueReports names a phrase that is no cue: " + cue)
		}
		out[id] = map[uint64]bool{}
		for _, w := range r.words {
			out[id][fnvString(fnvOffset, w)] = true
		}
	}
	return out
}

// reported: the cue r, ending where text[j:] starts, is followed by a word
// that makes it a report (cueReports).
func (x *cueIndex) reported(r cueRef, text string, j int) bool {
	ok, _ := x.reportedTo(r, text, j)
	return ok
}

// readToEnd is the reach (reportedTo) of a reading that met the text's end.
const readToEnd = 1<<31 - 1

// reportedTo is reported, and how far it read: the end of the last word
// it read, j when it read none (no cue of cueReports), readToEnd when it
// looked past the text's last word. An import charge's report reads up
// to 8 words ahead ("customs duties have been paid by the recipient"),
// which a window sharing the cue's words must share too (ctxScan).
func (x *cueIndex) reportedTo(r cueRef, text string, j int) (bool, int) {
	words, ok := x.reports[r.id]
	if !ok {
		return false, j
	}
	reach := j
	next := func(j int) (int, int, uint64) {
		for j < len(text) && !wordStart(text, j) {
			j++
		}
		k, h := hashWord(text, j)
		if reach = k; k == j {
			reach = readToEnd
		}
		return j, k, h
	}
	j, k, h := next(j)
	if r.due {
		for n := 0; n < 4 && k > j && dueAux[h]; n++ { // "any remaining fees will be billed to the shipper"
			j, k, h = next(k)
		}
		if k <= j || !words[h] {
			return false, reach
		}
		if !billedWords[h] {
			return true, reach // "waived", "prepaid"
		}
		if j, k, h = next(k); k <= j || h != fnvString(fnvOffset, "to") && h != fnvString(fnvOffset, "by") {
			return false, reach
		}
		if j, k, h = next(k); k > j && (h == fnvString(fnvOffset, "the") || h == fnvString(fnvOffset, "our")) {
			j, k, h = next(k)
		}
		return k > j && thirdPayers[h], reach
	}
	if !x.settled[r.id] {
		return k > j && words[h], reach
	}
	for n := 0; n < 4 && k > j && settledAux[h]; n++ { // "import duties and taxes have been paid"
		j, k, h = next(k)
	}
	if k <= j || !words[h] {
		return false, reach
	}
	// "paid by you", "covered by the recipient": a charge put on the reader
	if j, k, h = next(k); k > j && h == fnvString(fnvOffset, "by") {
		if j, k, h = next(k); k > j && h == fnvString(fnvOffset, "the") {
			j, k, h = next(k)
		}
		return !(k > j && readerPayers[h]), reach
	}
	return true, reach
}

// settledAux may stand between an import charge's name and the word that
// settles it ("duties and taxes are prepaid", "have been paid", "already
// paid", "import duties and taxes included").
var settledAux = hashSet("are", "is", "were", "was", "have", "has", "been", "already", "fully", "all", "and", "taxes", "tax", "vat", "fees")

// readerPayers, after "paid by" or "covered by", put an import charge on
// the reader: what a customs-fee lure says ("duties and taxes paid by the
// recipient"), not a shipper's "paid by sender".
var readerPayers = hashSet("you", "recipient", "recipients", "receiver", "consignee", "buyer", "customer", "addressee", "importer")

func hashSet(words ...string) map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range words {
		m[fnvString(fnvOffset, w)] = true
	}
	return m
}

// cueIDs maps each cue's phrase to its place in intentCues.
func cueIDs() map[string]int {
	ids, id := map[string]int{}, 0
	for _, cs := range intentCues {
		for _, c := range cs {
			ids[c.phrase] = id
			id++
		}
	}
	return ids
}

// cueMaps are the cues by the hash of their phrase, and the hashes of the
// first one or two words of longer cues (prefixes).
func cueMaps() (map[uint64]cueRef, map[uint64]bool) {
	cues, prefix := map[uint64]cueRef{}, map[uint64]bool{}
	eachCue(func(phrase string, r cueRef) {
		cues[fnvString(fnvOffset, phrase)] = r
		words := strings.Split(phrase, " ")
		for n := 1; n < len(words); n++ {
			prefix[fnvString(fnvOffset, strings.Join(words[:n], " "))] = true
		}
	})
	return cues, prefix
}

// eachCue calls fn with every cue's phrase and what a scan counts for it:
// its place, the cue it counts once with (cueSame) and its weight, which
// for names of one thing is the largest of theirs (sameWeights).
func eachCue(fn func(phrase string, r cueRef)) {
	ids := cueIDs()
	group := sameWeights(ids)
	id := 0
	for cat, cs := range intentCues {
		for _, c := range cs {
			once, w := id, c.w
			if same, ok := cueSame[c.phrase]; ok {
				once = ids[same]
			}
			if gw, ok := group[once]; ok {
				w = gw
			}
			fn(c.phrase, cueRef{cat: cat, id: id, once: once, w: w, reward: rewardCue(cat, c.phrase),
				settled: cueReports[c.phrase].settled, due: dueCues[c.phrase], void: voidCues[c.phrase]})
			id++
		}
	}
}

// rewardCue: the cue phrase of category cat holds out a reward: a lure
// cue that no next word makes a report (cueReports), or a gift card (a
// payment cue, the gift-card scam's, and the usual reward for a survey).
// Beside one, a survey "of 5 questions" is the bait, not a poll reported
// ("a survey of 5 questions ... $100 gift card").
func rewardCue(cat int, phrase string) bool {
	if cat == intentLure {
		_, reports := cueReports[phrase]
		return !reports
	}
	return phrase == "gift card" || phrase == "gift cards"
}

// sameWeights maps the id (ids: cueIDs) of each cue that others name the
// same as (cueSame) to the largest weight among it and them. A name in cueSame
// that is no cue is a build defect.
func sameWeights(ids map[string]int) map[int]float64 {
	weights := map[string]float64{}
	for _, cs := range intentCues {
		for _, c := range cs {
			weights[c.phrase] = c.w
		}
	}
	out := map[int]float64{}
	for name, same := range cueSame {
		w, ok1 := weights[name]
		sw, ok2 := weights[same]
		if !ok1 || !ok2 {
			panic("scoring: cueSame names a phrase that is no cue: " + name + " -> " + same)
		}
		out[ids[same]] = max(out[ids[same]], w, sw)
	}
	return out
}

// slot returns the slot of h, claiming an empty one when h is new.
func (x *cueIndex) slot(h uint64) uint64 {
	if h == 0 {
		panic("scoring: a cue hashes to 0") // the empty-slot marker; a build defect
	}
	i := cueProbe(h) & x.mask
	for x.keys[i] != 0 && x.keys[i] != h {
		i = (i + 1) & x.mask
	}
	x.keys[i] = h
	return i
}

// find returns what h stands for, or nil.
func (x *cueIndex) find(h uint64) *cueSlot {
	for i := cueProbe(h) & x.mask; ; i = (i + 1) & x.mask {
		switch x.keys[i] {
		case h:
			if h != 0 {
				return &x.vals[i]
			}
			return nil
		case 0:
			return nil
		}
	}
}

// cueProbe mixes the high bits of a hash into the low ones for the slot.
func cueProbe(h uint64) uint64 { return h ^ h>>29 ^ h>>47 }

// intentScan accumulates the cues found in texts.
type intentScan struct {
	seen [16]uint64 // cue ids already counted (newCueIndex checks they fit)
	w    [nIntents]float64
	cue  [nIntents]string // the strongest cue per category, for the reason
	best [nIntents]float64
	// a reported cue waiting for a reward (hit), and whether one came;
	// a settled import charge waiting for a reward or a charge still due,
	// and whether one came
	heldCue, heldSettled cueRef
	held, settledHeld    bool
	rewarded, due        bool
}

// wordLower maps a word byte (ASCII letter or digit) to its lowercase form
// and every other byte to 0.
var wordLower = func() (t [256]byte) {
	for c := range 256 {
		if isWordByte(byte(c)) {
			t[c] = lower(byte(c))
		}
	}
	return t
}()

// latin1Fold maps the second byte of a letter of Latin-1 in UTF-8 (U+00C0
// to U+00FF, first byte 0xC3) to its lowercase base letters ("ü" to "u",
// "é" to "e", "ß" to "ss"); the signs × and ÷ map to none.
var latin1Fold = func() (t [64][2]byte) {
	const upper = "a a a a a a aec e e e e i i i i d n o o o o o --o u u u u y thss"
	for i := range 32 {
		p := upper[2*i : 2*i+2]
		if p == "--" {
			continue
		}
		t[i] = [2]byte{p[0], p[1]}
		if t[i][1] == ' ' {
			t[i][1] = 0
		}
		t[32+i] = t[i]
	}
	t[32+31] = [2]byte{'y', 0} // ÿ (ß has no lowercase twin at U+00FF)
	return t
}()

// latinAFold maps a letter of Latin Extended-A (U+0100 to U+017F) to its
// lowercase base letters, as its canonical decomposition (NFD) gives them
// ("č" to "c", "ő" to "o"), or as it reads where it has none ("ł" to
// "l", "œ" to "oe"); 0 for the few that read as no Latin letter.
var latinAFold = func() (t [128][2]byte) {
	extra := map[rune]string{0x110: "d", 0x111: "d", 0x126: "h", 0x127: "h", 0x131: "i", 0x132: "ij", 0x133: "ij",
		0x13F: "l", 0x140: "l", 0x141: "l", 0x142: "l", 0x152: "oe", 0x153: "oe", 0x166: "t", 0x167: "t", 0x17F: "s"}
	for i := range t {
		r := rune(0x100 + i)
		f, ok := extra[r]
		if d := norm.NFD.String(string(r)); !ok && wordLower[d[0]] != 0 {
			f = string(wordLower[d[0]])
		}
		copy(t[i][:], f)
	}
	return t
}()

// wordAt reads the word character at text[i]: an ASCII letter or digit,
// or a letter of Latin-1 or Latin Extended-A in UTF-8 (two bytes), folded
// to its lowercase base letters a and b (b is 0 for one letter), or a
// combining accent (U+0300 to U+036F), which folds to none (a is 0). n
// is its length in bytes, 0 when text[i] starts no word character. So
// "Überweisung" is the word "uberweisung", and "réinitialiser" is
// "reinitialiser" whether its "é" is one letter (NFC) or "e" and an
// accent (NFD), where they were split at the accented letter; letters
// beyond those still split words.
func wordAt(text string, i int) (n int, a, b byte) {
	c := text[i]
	if c < 0x80 {
		if l := wordLower[c]; l != 0 {
			return 1, l, 0
		}
		return 0, 0, 0
	}
	if c < 0xC3 || c > 0xCD || i+1 >= len(text) || text[i+1] < 0x80 || text[i+1] > 0xBF {
		return 0, 0, 0
	}
	var f [2]byte
	switch c2 := text[i+1]; {
	case c == 0xC3:
		f = latin1Fold[c2-0x80]
	case c == 0xC4 || c == 0xC5:
		f = latinAFold[int(c-0xC4)<<6|int(c2-0x80)]
	case c == 0xCC || c == 0xCD && c2 <= 0xAF:
		return 2, 0, 0 // U+0300 to U+036F
	}
	if f[0] == 0 {
		return 0, 0, 0
	}
	return 2, f[0], f[1]
}

// wordStart reports whether text[i] starts a word: a word character
// other than a combining accent, which only goes on with a word (an accent
// after a space or a letter of another script joins no words).
func wordStart(text string, i int) bool {
	n, a, _ := wordAt(text, i)
	return n > 0 && a != 0
}

// wordGoesOn reports whether a word that reached text[i] goes on there.
func wordGoesOn(text string, i int) bool {
	n, _, _ := wordAt(text, i)
	return n > 0
}

// hashWord reads the word that starts at text[i] and returns where it ends
// and the FNV-1a hash of its folded bytes, as cues are hashed.
func hashWord(text string, i int) (int, uint64) {
	return foldWord(uint64(fnvOffset), text, i)
}

// fnvWord continues h with the folded bytes of word (word characters only).
func fnvWord(h uint64, word string) uint64 {
	_, h = foldWord(h, word, 0)
	return h
}

func foldWord(h uint64, text string, i int) (int, uint64) {
	for i < len(text) {
		n, a, b := wordAt(text, i)
		if n == 0 {
			break
		}
		if a != 0 {
			h = (h ^ uint64(a)) * fnvPrime
		}
		if b != 0 {
			h = (h ^ uint64(b)) * fnvPrime
		}
		i += n
	}
	return i, h
}

// scan reads text word by word and matches 1-, 2- and 3-word cues. It does
// not allocate.
func (s *intentScan) scan(x cueIndex, text string) {
	var open [2]uint64 // hashes of open prefixes ending at the previous word
	nOpen := 0
	for i := 0; i < len(text); {
		for i < len(text) && !wordStart(text, i) {
			i++
		}
		j, h := hashWord(text, i)
		if j == i {
			break
		}
		open, nOpen = s.word(&x, text, i, j, h, open, nOpen)
		i = j
	}
}

// word counts the cues ending at one word, text[i:j], given the open
// prefixes before it and the word's own hash, and returns the prefixes
// open after it. A cue the next word makes a report counts only beside
// a reward (hit).
func (s *intentScan) word(x *cueIndex, text string, i, j int, h uint64, open [2]uint64, nOpen int) ([2]uint64, int) {
	m := x.match(text[i:j], h, open, nOpen)
	for _, r := range m.hits[:m.nHits] {
		r.reported = x.reported(r, text, j)
		s.hit(r)
	}
	return m.next, m.nNext
}

// wordMatch is what one word does to a scan: the cues that end at it (at
// most one per open prefix and one for the word alone) and the prefixes
// open after it.
type wordMatch struct {
	hits  [3]cueRef
	nHits int
	next  [2]uint64
	nNext int
}

// voided drops all of m's hits when one is a cue of voidCues: the others
// are its tails ("remaining fees" of "no remaining fees").
func (m *wordMatch) voided() {
	for _, r := range m.hits[:m.nHits] {
		if r.void {
			m.nHits = 0
			return
		}
	}
}

// match finds the cues ending at one word, given the open prefixes before
// it and the word's own hash, and the prefixes open after it.
func (x *cueIndex) match(word string, h uint64, open [2]uint64, nOpen int) (m wordMatch) {
	if e := x.find(h); e != nil {
		if e.cue {
			m.hits[m.nHits] = e.ref
			m.nHits++
		}
		if e.prefix {
			m.next[m.nNext] = h
			m.nNext++
		}
	}
	for _, h := range open[:nOpen] {
		if h != fnvOffset {
			h = (h ^ ' ') * fnvPrime
		}
		h = fnvWord(h, word)
		e := x.find(h)
		if e == nil {
			continue
		}
		if e.cue {
			m.hits[m.nHits] = e.ref
			m.nHits++
		}
		if m.nNext < len(m.next) && e.prefix {
			m.next[m.nNext] = h
			m.nNext++
		}
	}
	m.voided()
	return m
}

// hit counts the cue c once. A reported cue (cueReports: "a survey of
// 1,000 renters") waits, uncounted, for a reward (rewardCue) anywhere in
// the text, in either order: "a survey of 5 questions ... $100 gift
// card" holds the survey out as the bait.
//
// A settled import charge ("customs duties prepaid") waits so too, for
// a reward or a charge still due (dueCues: "pay the remaining fee"),
// in a place of its own.
func (s *intentScan) hit(c cueRef) {
	if c.reward && !s.rewarded {
		s.rewarded = true
		if s.held {
			s.held = false
			s.count(s.heldCue)
		}
	}
	if (c.reward || c.due && !c.reported) && !s.due {
		s.due = true
		if s.settledHeld {
			s.settledHeld = false
			s.count(s.heldSettled)
		}
	}
	switch {
	case c.reported && c.settled && !s.due:
		s.settledHeld, s.heldSettled = true, c
		return
	case c.reported && !c.settled && !s.rewarded:
		s.held, s.heldCue = true, c
		return
	}
	s.count(c)
}

// count adds the cue c to the scan, once.
func (s *intentScan) count(c cueRef) {
	if s.seen[c.once/64]&(1<<(c.once%64)) != 0 {
		return
	}
	s.seen[c.once/64] |= 1 << (c.once % 64)
	s.w[c.cat] += c.w
	if c.w > s.best[c.cat] {
		s.best[c.cat] = c.w
		s.cue[c.cat] = phraseOf(c.cat, c.id)
	}
}

func phraseOf(cat, id int) string {
	for c := range cat {
		id -= len(intentCues[c])
	}
	return intentCues[cat][id].phrase
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// intentEvidence turns the cues of the link text and (at half weight) of
// the subject into one piece of evidence per category.
func intentEvidence(mult float64, link, subj *intentScan) []evid {
	return appendIntentEvidence(nil, mult, link, subj)
}

// appendIntentEvidence appends intentEvidence to out.
func appendIntentEvidence(out []evid, mult float64, link, subj *intentScan) []evid {
	for c := range nIntents {
		w := min(intentCaps[c], link.w[c]+0.5*subj.w[c]) * mult
		if w <= 0 {
			continue
		}
		cue := link.cue[c]
		if cue == "" || subj.best[c]*0.5 > link.best[c] {
			cue = subj.cue[c]
		}
		out = append(out, evid{code: intentCodes[c], w: w, cls: classIntent, a: strings.TrimSpace(cue)})
	}
	return out
}
