package scoring

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// intentRow is a sentence and the intent evidence its text (as a link's
// text, at full weight) and the message's subject should give.
type intentRow struct {
	name, text, subject string
	want                map[string]float64
}

func checkIntentRows(t *testing.T, rows []intentRow) {
	t.Helper()
	x := data().cues
	for _, tc := range rows {
		var l, s intentScan
		l.scan(x, tc.text)
		s.scan(x, tc.subject)
		got := map[string]float64{}
		for _, e := range intentEvidence(1, &l, &s) {
			got[e.code] = round3(e.w)
			if e.a == "" {
				t.Errorf("%s: %s has no cue in its sentence", tc.name, e.code)
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: intent = %v, want %v", tc.name, got, tc.want)
			continue
		}
		for c, w := range tc.want {
			if !near(got[c], w) {
				t.Errorf("%s: %s = %v, want %v", tc.name, c, got[c], w)
			}
		}
	}
}

// The sentences below were written for these tests from general knowledge
// of how lures and ordinary business mail are worded in each language.

func TestIntentPortuguese(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "verify your account", text: "Prezado cliente, verifique sua conta para evitar o bloqueio.",
			want: map[string]float64{CodeIntentCredentials: 0.5, CodeIntentExtortion: 0.3}},
		{name: "account blocked, with ã and ç", text: "Sua conta foi bloqueada por atividade suspeita. Faça login e confirme sua identificação.",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "update your registration", text: "Atualização cadastral obrigatória: atualize seu cadastro até hoje",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "suspicious transactions, with õ", text: "Identificamos transações suspeitas no seu cartão",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "overdue boleto", text: "Seu boleto vencido está disponível, evite juros",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "pending debt", text: "Consta um débito pendente em seu nome",
			want: map[string]float64{CodeIntentPayment: 0.25}},
		{name: "tax refund", text: "Receita Federal: sua restituição está liberada",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "package held for an import fee", text: "Sua encomenda retida aguarda o pagamento da taxa de importação",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "CPF threat", text: "Seu CPF irregular será cancelado. Regularize sua situação nas próximas 24 horas",
			want: map[string]float64{CodeIntentExtortion: 0.5}},
		{name: "prize", text: "Parabéns, você ganhou um prêmio no sorteio",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "shared document", text: "Ana compartilhou um documento com você",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "a supplier's real invoice", text: "Prezados, segue em anexo a nota fiscal nº 1234 referente ao pedido 567. O boleto vence em 10/12. Dados bancários: Banco do Brasil, agência 1234, conta 5678-9. Atenciosamente, Financeiro",
			want: map[string]float64{CodeIntentPayment: 0.3, CodeIntentCredentials: 0.1}},
		{name: "a colleague's meeting note", text: "Oi pessoal, a reunião de amanhã foi remarcada para as 15h. Segue a pauta; confirmem presença, por favor.",
			want: map[string]float64{}},
		{name: "a shop's order confirmation", text: "Obrigado pela sua compra! Seu pedido foi confirmado e será enviado em até 2 dias úteis.",
			want: map[string]float64{}},
		{name: "a shop's Multibanco reference: 'será cancelada' counts, as in the customs-fee lure", text: "Obrigado pela sua encomenda. Pague por Multibanco: a referência é válida por 72 horas; após esse prazo, a sua encomenda será cancelada automaticamente.",
			want: map[string]float64{CodeIntentExtortion: 0.2}},
		{name: "subscription cancelled unless the payment data are updated", text: "Sua assinatura será cancelada: atualize seus dados de pagamento",
			want: map[string]float64{CodeIntentExtortion: 0.2, CodeIntentCredentials: 0.3, CodeIntentPayment: 0.15}},
		{name: "customs charges, as Portugal writes them", text: "A sua encomenda aguarda o pagamento de taxas aduaneiras",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a Portuguese shop's shipping label", text: "Resumo da encomenda: 2 resmas de papel. Taxa de envio: 3,99 EUR",
			want: map[string]float64{CodeIntentPayment: 0.1}},
		{name: "account cancelled", text: "A sua conta será cancelada hoje",
			want: map[string]float64{CodeIntentExtortion: 0.2, CodeIntentCredentials: 0.1}},
		{name: "the tax portal's name reads as the invoice word, kept: lures name the portal too", text: "Portal e-Fatura: consulte as despesas comunicadas pelos comerciantes",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "an e-invoice's bill, as a utility's lure words it", text: "A sua fatura eletrónica já está disponível",
			want: map[string]float64{CodeIntentPayment: 0.2}},
	})
}

func TestIntentSpanish(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "verify your account", text: "Estimado cliente: verifique su cuenta para evitar la suspensión.",
			want: map[string]float64{CodeIntentCredentials: 0.5, CodeIntentExtortion: 0.3}},
		{name: "account suspended, with ñ and ó", text: "Su cuenta ha sido suspendida. Inicie sesión y actualice sus datos; necesitará su contraseña.",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "unusual activity", text: "Hemos detectado actividad inusual en tu cuenta",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "tax refund", text: "Agencia Tributaria: tiene un reembolso de impuestos pendiente",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "customs fee", text: "Correos: su paquete retenido requiere el pago de gastos de aduana (1,99 €)",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "returned direct debit", text: "Le informamos de un recibo devuelto",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "deadline", text: "Último aviso: su cuenta será cerrada en las próximas 48 horas",
			want: map[string]float64{CodeIntentExtortion: 0.5, CodeIntentCredentials: 0.1}},
		{name: "prize", text: "¡Enhorabuena! Has ganado un premio en nuestro sorteo",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "a changed bank account", text: "Le rogamos que a partir de ahora use nuestros nuevos datos bancarios",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a colleague's meeting note", text: "Hola a todos, os paso el acta de la reunión del martes. Revisad los puntos pendientes y comentadme antes del viernes.",
			want: map[string]float64{}},
		{name: "a supplier's invoice", text: "Adjuntamos la factura nº 2024-118. Forma de pago: transferencia bancaria a 30 días. Datos bancarios: IBAN ES91 2100 0418 4502 0005 1332.",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a shop's order confirmation", text: "Gracias por tu pedido. Gastos de envío gratuitos; lo recibirás en 48 horas.",
			want: map[string]float64{CodeIntentPayment: 0.1}},
		{name: "a shop's order paid by transfer: 'será cancelado' counts, as in the customs-fee lure", text: "Hemos recibido tu pedido n.º 1234. Tu pedido será cancelado si no recibimos la transferencia en 7 días.",
			want: map[string]float64{CodeIntentPayment: 0.15, CodeIntentExtortion: 0.2}},
		{name: "card cancelled", text: "Su tarjeta será cancelada: confirme sus datos hoy",
			want: map[string]float64{CodeIntentExtortion: 0.2, CodeIntentCredentials: 0.3}},
		{name: "mailbox cancelled", text: "Su cuenta de correo será cancelada en 24 horas",
			want: map[string]float64{CodeIntentExtortion: 0.2, CodeIntentCredentials: 0.1}},
		{name: "e-invoicing as a topic reads as the invoice word, kept: the bill's lure says the same", text: "Jornada informativa: Verifactu y la factura electrónica en 2026",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "a utility's e-invoice, as its lure words it", text: "Su factura electrónica de mayo ya está disponible",
			want: map[string]float64{CodeIntentPayment: 0.2}},
		{name: "e-invoicing named as a process is no invoice", text: "Webinar: facturación electrónica obligatoria para autónomos",
			want: map[string]float64{}},
	})
}

func TestIntentItalian(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "account suspended, with è and à", text: "Il tuo account è stato sospeso: verifica la tua identità entro 24 ore",
			want: map[string]float64{CodeIntentCredentials: 0.5, CodeIntentExtortion: 0.25}},
		{name: "update your data", text: "Gentile cliente, aggiorna i tuoi dati per riattivare la carta",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "card blocked", text: "La sua carta è stata bloccata per accesso non autorizzato",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "parcel held", text: "Poste Italiane: il pacco è in giacenza, paga le spese doganali",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "tax refund", text: "Agenzia delle Entrate: hai diritto al rimborso fiscale",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "deadline with ù and ò", text: "Ultimo avviso: il servizio sarà disattivato, però può evitare il blocco",
			want: map[string]float64{CodeIntentExtortion: 0.5}},
		{name: "prize with ì", text: "Congratulazioni, sei stato selezionato: così riscatta il premio",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "a newsletter", text: "Le novità di dicembre: tre ricette per le feste, il calendario degli eventi e le nostre offerte. Per non ricevere più questa newsletter clicca qui.",
			want: map[string]float64{}},
		{name: "a supplier's invoice", text: "In allegato la fattura n. 45/2024. Modalità di pagamento: bonifico bancario a 30 giorni. Coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456.",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "a colleague's meeting note", text: "Ciao a tutti, la riunione di giovedì è spostata alle 11. Vi mando il verbale in allegato.",
			want: map[string]float64{}},
	})
}

func TestIntentDutch(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "verify your account", text: "Beste klant, verifieer uw account binnen 24 uur",
			want: map[string]float64{CodeIntentCredentials: 0.5, CodeIntentExtortion: 0.25}},
		{name: "account blocked, with ë", text: "Uw account is tijdelijk geblokkeerd wegens ongebruikelijke activiteit. Verifiëren kan via de link.",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "update your details", text: "Werk uw gegevens bij om blokkering te voorkomen",
			want: map[string]float64{CodeIntentCredentials: 0.3, CodeIntentExtortion: 0.3}},
		{name: "card expires", text: "Uw bankpas verloopt binnenkort, vraag direct een nieuwe aan",
			want: map[string]float64{CodeIntentCredentials: 0.3}},
		{name: "tax refund", text: "Belastingdienst: u heeft recht op een belastingteruggave",
			want: map[string]float64{CodeIntentPayment: 0.3}},
		{name: "customs fee", text: "PostNL: uw pakket wacht op betaling van de douanekosten",
			want: map[string]float64{CodeIntentPayment: 0.35}},
		{name: "debt collector", text: "Laatste waarschuwing: betaal het openstaand bedrag of wij schakelen een incassobureau in",
			want: map[string]float64{CodeIntentExtortion: 0.5, CodeIntentPayment: 0.25}},
		{name: "prize", text: "Gefeliciteerd, u bent geselecteerd als winnaar",
			want: map[string]float64{CodeIntentLure: 0.35}},
		{name: "an order confirmation", text: "Bedankt voor je bestelling! Je betaling is ontvangen en we verzenden je pakket morgen. Verzendkosten: gratis.",
			want: map[string]float64{CodeIntentPayment: 0.25, CodeIntentLure: 0.1}},
		{name: "a colleague's meeting note", text: "Hoi allemaal, het overleg van donderdag is goed verlopen. De notulen staan op de gedeelde schijf.",
			want: map[string]float64{}},
		{name: "a postponed meeting is no suspended account", text: "De vergadering is opgeschort tot na de zomer.",
			want: map[string]float64{}},
	})
}

// TestWordFoldsRomanceLetters checks that the accented letters of
// Portuguese, Spanish and Italian cues read as their base letters inside a
// word, composed (NFC) or decomposed (NFD), lower or upper case.
func TestWordFoldsRomanceLetters(t *testing.T) {
	for _, l := range []struct{ letter, base string }{
		{"ç", "c"}, {"ã", "a"}, {"õ", "o"}, {"ñ", "n"}, {"à", "a"}, {"è", "e"}, {"ì", "i"}, {"ò", "o"}, {"ù", "u"},
		{"á", "a"}, {"é", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"}, {"â", "a"}, {"ê", "e"}, {"ô", "o"}, {"ë", "e"},
	} {
		want := fnvString(fnvOffset, "ab"+l.base+"cd")
		for _, form := range []string{l.letter, strings.ToUpper(l.letter), norm.NFD.String(l.letter), norm.NFD.String(strings.ToUpper(l.letter))} {
			word := "ab" + form + "cd"
			end, h := hashWord(word+" x", 0)
			if end != len(word) || h != want {
				t.Errorf("%q reads as %d bytes, hash %x; want %d, the hash of %q", word, end, h, len(word), "ab"+l.base+"cd")
			}
		}
	}
}

// TestIntentShares checks each language's words for a file or folder
// shared with the reader, as sharing services word their notices (the
// phrasing a shared-document lure copies), and that ordinary mail about
// sharing something does not read as one.
func TestIntentShares(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "English: a folder", text: "Ann Lee shared a folder with you",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "English: thanks for sharing", text: "Thanks for sharing your slides with the team yesterday",
			want: map[string]float64{}},
		{name: "Portugal: a file shared with you", text: "A Marta partilhou um ficheiro consigo",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Portugal: a folder", text: "O Rui partilhou uma pasta consigo: Projetos 2026",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Portugal: a document, and its label", text: "A Ana partilhou um documento. Documento partilhado consigo",
			want: map[string]float64{CodeIntentDownload: 0.3}},
		{name: "Portugal: thanks for sharing", text: "Obrigado por partilhar as suas ideias na reunião de ontem.",
			want: map[string]float64{}},
		{name: "Brazil: a folder", text: "Carlos compartilhou uma pasta com você",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Brazil: shared with you", text: "João compartilhou com você a planilha de custos",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "Spain: SharePoint's share", text: "Lucía ha compartido un archivo contigo",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Spain: a document", text: "Pedro ha compartido un documento contigo",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Latin America: a file, a folder", text: "Ana compartió un archivo contigo. Luis compartió una carpeta contigo",
			want: map[string]float64{CodeIntentDownload: 0.3}},
		{name: "Spanish: shared with you, named between", text: "María compartió contigo «Presupuesto 2026»",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "Spanish: formal", text: "Se ha compartido con usted el siguiente elemento",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "Spanish: thanks for sharing", text: "Gracias por compartir el informe con nosotros; lo revisamos el lunes.",
			want: map[string]float64{}},
		{name: "French: a file shared with you", text: "Claire Martin a partagé un fichier avec vous",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "French: a document, a folder", text: "Paul a partagé un document avec vous. Julie a partagé un dossier avec vous",
			want: map[string]float64{CodeIntentDownload: 0.3}},
		{name: "French: thanks for sharing", text: "Merci d'avoir partagé vos remarques lors de la réunion.",
			want: map[string]float64{}},
		{name: "German: shared with you", text: "Jonas Weber hat das Dokument „Angebot Q3“ mit Ihnen geteilt",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "German: informal", text: "Lena hat einen Ordner mit dir geteilt",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "German: OneDrive's share", text: "Jonas Weber hat eine Datei für Sie freigegeben",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "German: thanks for sharing", text: "Vielen Dank, dass Sie Ihre Erfahrungen mit uns geteilt haben.",
			want: map[string]float64{}},
		{name: "German: informed is no share", text: "Wie wir Ihnen bereits mitgeteilt haben, ist das Büro am Freitag geschlossen.",
			want: map[string]float64{}},
		{name: "Italian: a file shared with you", text: "Marco ha condiviso un file con te",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Italian: a folder", text: "Giulia ha condiviso una cartella con te",
			want: map[string]float64{CodeIntentDownload: 0.25}},
		{name: "Italian: thanks for sharing", text: "Grazie per aver condiviso le slide con noi.",
			want: map[string]float64{}},
		{name: "Dutch: shared with you", text: "Jan heeft een bestand met u gedeeld",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "Dutch: with jou", text: "Sanne heeft een map met jou gedeeld",
			want: map[string]float64{CodeIntentDownload: 0.2}},
		{name: "Dutch: thanks for sharing", text: "Bedankt dat je je ervaringen met ons hebt gedeeld.",
			want: map[string]float64{}},
	})
}

// TestIntentUnusualSignIn checks each language's twin of "unusual
// sign-in", as account providers title their alerts (and lures copy
// them), and that ordinary mail about a session or a registration does
// not read as one.
func TestIntentUnusualSignIn(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "English", text: "Unusual sign-in activity",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "Spanish", text: "Hemos detectado un inicio de sesión inusual en su cuenta",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "Spanish: a session that is no sign-in", text: "La sesión de formación del jueves pasa al aula 3.",
			want: map[string]float64{}},
		{name: "Spanish: an unusually long session", text: "Fue una sesión inusualmente larga, pero cerramos el presupuesto.",
			want: map[string]float64{}},
		{name: "Portugal", text: "Atividade de início de sessão invulgar",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "Portugal: unusual activity and access", text: "Detetámos atividade invulgar e um acesso invulgar",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "Brazil", text: "Detectamos um login incomum na sua conta",
			want: map[string]float64{CodeIntentCredentials: 0.5}},
		{name: "Portuguese: a meeting that is no sign-in", text: "A sessão de esclarecimento terá uma duração invulgar, de três horas.",
			want: map[string]float64{}},
		{name: "French", text: "Activité de connexion inhabituelle sur votre compte",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "French: a connection that is no sign-in", text: "Nous avons une connexion en train à Lyon pour la réunion.",
			want: map[string]float64{}},
		{name: "German", text: "Ungewöhnliche Anmeldeaktivität für Ihr Konto",
			want: map[string]float64{CodeIntentCredentials: 0.45}},
		{name: "German: a registration that is no sign-in", text: "Ihre Anmeldung zum Seminar ist eingegangen.",
			want: map[string]float64{}},
		{name: "Italian", text: "Attività di accesso insolita",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "Italian: an unusual access to a site", text: "Rilevato un accesso insolito al tuo account",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "Italian: an access to the building", text: "L'accesso al cantiere è dal cancello nord.",
			want: map[string]float64{}},
		{name: "Dutch", text: "Ongebruikelijke aanmeldingsactiviteit voor uw account",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "Dutch: the short form", text: "Ongebruikelijke aanmelding gedetecteerd",
			want: map[string]float64{CodeIntentCredentials: 0.35}},
		{name: "Dutch: a registration that is no sign-in", text: "Bedankt voor uw aanmelding voor de nieuwsbrief.",
			want: map[string]float64{}},
	})
}

// TestIntentMoneyRequest: a payment service's request for money, whose
// only payment words are "money request" or their twins in the other
// languages the payment cues cover, asks for a payment; money named
// without a request does not.
func TestIntentMoneyRequest(t *testing.T) {
	pay := func(w float64) map[string]float64 { return map[string]float64{CodeIntentPayment: w} }
	checkIntentRows(t, []intentRow{
		{name: "a money request", subject: "Irene Vasquez sent you a money request", want: pay(0.125)},
		{name: "a request for money", text: "You have a new request for money from Irene Vasquez", want: pay(0.25)},
		{name: "requested money", text: "Irene Vasquez requested money from you", want: pay(0.25)},
		{name: "German", text: "Irene Vasquez hat eine Geldanforderung an Sie gesendet", want: pay(0.25)},
		{name: "German, a demand for payment", text: "Sie haben eine Zahlungsaufforderung erhalten", want: pay(0.2)},
		{name: "French", text: "Vous avez reçu une demande d'argent de Irene Vasquez", want: pay(0.25)},
		{name: "Spanish", text: "Irene Vasquez te ha enviado una solicitud de dinero", want: pay(0.25)},
		{name: "Portuguese", text: "Você recebeu uma solicitação de dinheiro de Irene Vasquez", want: pay(0.25)},
		{name: "Portuguese, a request", text: "Irene Vasquez enviou um pedido de dinheiro", want: pay(0.25)},
		{name: "Italian", text: "Hai ricevuto una richiesta di denaro da Irene Vasquez", want: pay(0.25)},
		{name: "Dutch", text: "Irene Vasquez heeft een verzoek om geld gestuurd", want: pay(0.25)},
		{name: "Dutch, a payment request", text: "Je hebt een betaalverzoek ontvangen van Irene", want: pay(0.2)},

		{name: "money without a request", text: "Save money on your next order and request a catalogue", want: map[string]float64{}},
		{name: "a request about money matters", text: "My request: money is tight, can we move the lunch?", want: map[string]float64{}},
	})
}

// TestIntentSurvey: "survey" is a lure's cue as bait, an invitation to
// take one, and none where the next word makes it a poll a release, a
// pitch or a story reports (cueReports); a survey scam reads as a lure
// by its reward as well.
func TestIntentSurvey(t *testing.T) {
	checkIntentRows(t, []intentRow{
		{name: "a pitch reporting a poll", text: "Orbi Robotics just released a survey of 1,000 local renters.",
			want: map[string]float64{}},
		{name: "a story on a poll's findings", text: "The annual Survey finds rents up 9%; see the survey-results page.",
			want: map[string]float64{}},
		{name: "an invitation to take a survey", text: "Please take our survey about your visit.",
			want: map[string]float64{CodeIntentLure: 0.1}},
		{name: "a survey at the end of the text", text: "Tell us how we did: survey",
			want: map[string]float64{CodeIntentLure: 0.1}},
		{name: "a report and an invitation", text: "Our survey of members is open: take the survey now.",
			want: map[string]float64{CodeIntentLure: 0.1}},
		{name: "a survey scam", text: "Complete our survey to claim your reward",
			want: map[string]float64{CodeIntentLure: 0.35}},
	})
}

// TestReportedSurveyReward: a survey the next word makes a report ("a
// survey of 1,000 renters", "the survey finds") holds out nothing, unless
// the text offers a reward for it, before or after ("a survey of 5
// questions ... $100 gift card"): then it is the bait (intentScan.hit).
func TestReportedSurveyReward(t *testing.T) {
	for _, tc := range []struct {
		text string
		lure bool
	}{
		{"Our client released a survey of 1,000 local renters last week.", false},
		{"The survey finds that 40% of renters moved this year.", false},
		{"Complete a survey of 5 questions and receive a $100 gift card.", true},
		{"Receive a $100 gift card: complete a survey of 5 questions.", true},
		{"A survey of 5 questions. Your reward is waiting.", true},
		{"Our survey of 1,000 renters found rents up 9%.", false},
	} {
		var s intentScan
		s.scan(data().cues, tc.text)
		if got := s.w[intentLure] > 0; got != tc.lure {
			t.Errorf("%q: lure weight %.2f, want a lure %v", tc.text, s.w[intentLure], tc.lure)
		}
	}
}
