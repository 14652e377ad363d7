# A mid-size company in Spain with a Lisbon office:
# lucia.ferrer@lumbre-ing.example (Lumbre Ingeniería S.L., Madrid, with
# Lumbre Engenharia, Lda. in Lisbon; internal domain lumbre-ing.example).
# Lucía coordinates the office and finance for both sites, so her mail is
# Spanish and Portuguese, of the kinds that look most like phishing:
# bank notices (transfers, "verifique", "cuenta"/"conta"), order and
# shipping notices (Correos, CTT, SEUR, an office-supplies shop whose
# genuine "pending payment" notice says the order "será cancelado" unless
# the transfer arrives), the tax offices (the Agencia Tributaria through
# DEHú, the Autoridade Tributária's Portal das Finanças and e-Fatura),
# invoices and payment reminders from known suppliers (PDFs, Holded,
# InvoiceXpress), Microsoft 365 and Google Workspace, colleagues' shares,
# newsletters, and the password resets and codes she asked for. Charsets
# as such mail comes: mostly UTF-8, some ISO-8859-1/-15 (Outlook on
# Windows), quoted-printable, base64 and 8bit, RFC 2047 encoded words.
import datetime, random, sys
from gen_common import Box, pdf, ew, who, enc_body, part, attach, multi, alt_cs as alt

rng = random.Random(25)
from gen_common import UTC, start, split, end  # the learn and test windows
DOM = "lumbre-ing.example"
OWNER = "lucia.ferrer@" + DOM
R = lambda: rng.randint(10000, 99999)
eur = lambda lo, hi: "%d,%02d" % (rng.randint(lo, hi), rng.randint(0, 99))


class IberiaBox(Box):
    """Box whose bodies may hold raw 8-bit bytes (ISO-8859-1/-15 parts)."""
    open_kw = dict(encoding="utf-8", errors="surrogateescape", newline="")


b = IberiaBox("iberia", OWNER, start)

def send(when, frm, subj, body, ct, cte=None, cs_subj="utf-8", enc="Q", to=None, **kw):
    extra = list(kw.pop("extra", []))
    if cte:
        extra.append(("Content-Transfer-Encoding", cte))
    return b.add(when, frm, to or LUCIA, ew(subj, cs_subj, enc), body, ct, extra=extra, **kw)

def plain(when, frm, subj, text, cs="utf-8", cte="8bit", **kw):
    return send(when, frm, subj, enc_body(text, cs, cte), "text/plain; charset=%s" % cs, cte=cte, cs_subj=cs, **kw)

LUCIA = who("Lucía Ferrer", OWNER)
SIG_ES = "\n--\nLucía Ferrer\nCoordinadora de Oficina y Administración\nLumbre Ingeniería S.L. | Calle de Alcalá 214 | 28028 Madrid\nhttps://www.lumbre-ing.example\n"
SIG_PT = "\n--\nLucía Ferrer\nCoordenadora de Escritório e Administração\nLumbre Engenharia, Lda. | Av. da República 50 | 1050-196 Lisboa\nhttps://www.lumbre-ing.example/pt\n"
TENANT = "lumbreing"

COLL_ES = [("Javier Moreno", "javier.moreno@" + DOM), ("Marta Giménez", "marta.gimenez@" + DOM), ("Álvaro Núñez", "alvaro.nunez@" + DOM),
           ("Ignacio Salvatierra", "ignacio.salvatierra@" + DOM), ("Carmen Ruiz", "carmen.ruiz@" + DOM)]
COLL_PT = [("João Carvalho", "joao.carvalho@" + DOM), ("Inês Figueiredo", "ines.figueiredo@" + DOM), ("Rui Gonçalves", "rui.goncalves@" + DOM)]
CEO = COLL_ES[3]
# customers and suppliers: (person, address, company, site, language)
PARTNERS = [("Pablo Herrero", "pherrero@construcciones-tajo.example", "Construcciones Tajo S.A.", "https://www.construcciones-tajo.example", "es"),
            ("Ane Etxeberria", "ane.etxeberria@aceros-nervion.example", "Aceros del Nervión S.L.", "https://aceros-nervion.example", "es"),
            ("Sofia Marques", "sofia.marques@metalurgica-sado.example", "Metalúrgica do Sado, S.A.", "https://www.metalurgica-sado.example", "pt"),
            ("Pedro Antunes", "pedro.antunes@atlantico-obras.example", "Atlântico Obras, Lda.", "https://atlantico-obras.example/clientes", "pt")]
# suppliers who invoice by mail with a PDF: (company, billing address, language, charset, cte)
BILLERS = [("Papelería Castellana S.L.", "facturas@papeleria-castellana.example", "es", "utf-8", "quoted-printable"),
           ("Limpiezas Moncloa S.L.", "administracion@limpiezas-moncloa.example", "es", "iso-8859-1", "quoted-printable"),
           ("Informática Ribeira, Lda.", "faturacao@informatica-ribeira.example", "pt", "utf-8", "base64"),
           ("Transportes Lusitânia, Lda.", "contabilidade@transportes-lusitania.example", "pt", "iso-8859-15", "8bit")]
SHOP = "ofimarket.example"
threads = []

# --- ordinary correspondence ---------------------------------------------------
def colleague(when):
    if rng.random() < 0.65:
        name, addr = rng.choice(COLL_ES)
        q = rng.choice(["¿puedes revisar las notas de gastos de la semana? Están en la carpeta: https://%s.sharepoint.com/sites/Administracion/Documentos%%20compartidos/Gastos" % TENANT,
                        "el viernes cierra la cafetería, lo tienes en la intranet: https://intranet.lumbre-ing.example/noticias",
                        "te paso el listado de facturas pendientes de cobro a día de hoy.",
                        "¿me confirmas si ya se ha hecho la transferencia a Aceros del Nervión? El proveedor pregunta.",
                        "el plazo de pago con Construcciones Tajo es a 60 días, ¿verdad?",
                        "el calendario de vacaciones de 2027 está en el canal de Teams: https://teams.microsoft.com/l/channel/19%%3a%d%%40thread.tacv2/General" % R(),
                        "ha llegado el presupuesto de la nueva impresora, revisa si entra en el presupuesto del trimestre.",
                        "verifica por favor los datos bancarios del nuevo cliente antes de dar de alta la cuenta en el ERP."])
        m = plain(when, who(name, addr), rng.choice(["Una consulta", "Facturas pendientes", "Gastos", "Transferencia Aceros", "Impresora", "Info"]),
                  "Hola Lucía:\n\n%s\n\nGracias,\n%s\n" % (q, name.split()[0]), cs=rng.choice(["utf-8", "utf-8", "iso-8859-1"]), cte=rng.choice(["8bit", "quoted-printable"]))
    else:
        name, addr = rng.choice(COLL_PT)
        q = rng.choice(["podes validar as despesas da semana? Estão aqui: https://%s.sharepoint.com/sites/Lisboa/Documentos%%20Partilhados/Despesas" % TENANT,
                        "chegou o extrato do Millennium, digitalizo amanhã.",
                        "já recebemos o pagamento da Metalúrgica do Sado da fatura de outubro?",
                        "a reunião de equipa passa para quinta às 15h.",
                        "o mapa de férias de dezembro está aqui: https://intranet.lumbre-ing.example/pt/ferias",
                        "confirma-me os dados bancários da Atlântico Obras, por favor, para a transferência de sexta."])
        m = plain(when, who(name, addr), rng.choice(["Pergunta rápida", "Despesas", "Pagamento recebido?", "Reunião", "Férias"]),
                  "Olá Lucía,\n\n%s\n\nObrigado e bom dia,\n%s\n" % (q, name.split()[0]), cs="iso-8859-15" if rng.random() < 0.3 else "utf-8",
                  cte="quoted-printable")
    threads.append((m, addr, name, "es" if addr in [a for _, a in COLL_ES] else "pt"))

def partner_mail(when):
    name, addr, comp, site, lang = rng.choice(PARTNERS)
    if lang == "es":
        m = plain(when, who(name, addr), rng.choice(["Entrega semana %d" % rng.randint(44, 49), "Su pedido %d" % R(), "Consulta sobre la oferta", "Fecha de entrega", "Factura rectificativa"]),
                  "Estimada Lucía:\n\nte adjunto los detalles que comentamos. Tienes nuestro catálogo actualizado en %s/catalogo\n\nUn saludo,\n%s\n%s\n" % (site, name, comp),
                  cs=rng.choice(["iso-8859-1", "utf-8", "utf-8"]), cte=rng.choice(["8bit", "quoted-printable"]))
    else:
        m = plain(when, who(name, addr, "iso-8859-1"), rng.choice(["A vossa encomenda n.º %d" % R(), "Orçamento revisto", "Data de entrega", "Questão sobre a fatura"]),
                  "Bom dia, Lucía,\n\nna sequência da nossa conversa telefónica, tem as informações no nosso site: %s\n\nCom os melhores cumprimentos,\n%s\n%s\n" % (site, name, comp),
                  cs=rng.choice(["iso-8859-1", "utf-8"]), cte="quoted-printable")
    threads.append((m, addr, name, lang))

def lucia_reply(when):
    if not threads:
        return
    m, addr, name, lang = rng.choice(threads)
    txt = {"es": "Hola:\n\ngracias, me encargo.\n\nUn saludo,\nLucía" + SIG_ES,
           "pt": "Olá,\n\nobrigada, trato disso.\n\nCumprimentos,\nLucía" + SIG_PT}[lang]
    plain(when, LUCIA, "RE: su mensaje" if lang == "es" else "RE: a sua mensagem", txt, cte="quoted-printable", to=who(name, addr), irt=m, rcpts=[addr])

def lucia_writes(when):
    name, addr, comp, site, lang = rng.choice(PARTNERS)
    plain(when, LUCIA, "Datos de facturación" if lang == "es" else "Dados de faturação",
          "Buenos días:\n\nles recuerdo nuestros datos de facturación.\n" + SIG_ES if lang == "es" else "Bom dia,\n\nrelembro os nossos dados de faturação.\n" + SIG_PT,
          cte="quoted-printable", to=who(name, addr), rcpts=[addr])

# --- newsletters ---------------------------------------------------------------
def newsletter(when, kind):
    n = R()
    if kind == "camara":
        html = ('<p>Cámara de Comercio de Madrid &ndash; Boletín</p><p><a href="https://camaramadrid-news.us12.list-manage.com/track/click?u=7c2e&id=%d&e=1a9">Jornada: Verifactu y la factura electrónica obligatoria</a></p>'
                '<p><a href="https://camaramadrid-news.us12.list-manage.com/track/click?u=7c2e&id=%d&e=1a9">Ayudas a la digitalización de pymes 2027</a></p>'
                '<p><a href="https://camaramadrid-news.us12.list-manage.com/unsubscribe?u=7c2e&id=cd">Darse de baja</a></p>') % (n, n + 1)
        body, ct = alt("Boletín de la Cámara\nJornada: Verifactu y la factura electrónica obligatoria\n", html, "utf-8", "quoted-printable")
        send(when, who("Cámara de Comercio de Madrid", "boletin@camara-madrid.example"), "Boletín: Verifactu, ayudas a la digitalización y agenda", body, ct,
             mailfrom="bounce-mc.us12_456.%d-lucia.ferrer=lumbre-ing.example@mail212.suw11.mcdlv.net" % n,
             extra=[("List-Unsubscribe", "<https://camaramadrid-news.us12.list-manage.com/unsubscribe?u=7c2e&id=cd>")])
    elif kind == "aicep":
        html = ('<p>Câmara de Comércio Luso-Espanhola &ndash; Newsletter</p><p><a href="https://r.sp1-brevo.net/mk/cl/f/sh/%dPt/Lx%d">Webinar: faturação eletrónica em Portugal e Espanha</a></p>'
                '<p><a href="https://r.sp1-brevo.net/mk/cl/f/sh/%dQt/Lx%d">Missão empresarial a Madrid</a></p>'
                '<p><a href="https://r.sp1-brevo.net/mk/un/sh/%dRt">Cancelar subscrição</a></p>') % (n, n, n, n, n)
        body, ct = alt("Newsletter da Câmara Luso-Espanhola\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Câmara de Comércio Luso-Espanhola", "newsletter@cc-lusoespanhola.example", "iso-8859-1"), "Newsletter: faturação eletrónica, missão a Madrid", body, ct,
             cs_subj="iso-8859-1", mailfrom="bounces-%d@sendibm3.com" % n, extra=[("List-Unsubscribe", "<https://r.sp1-brevo.net/mk/un/sh/%dRt>" % n)])
    elif kind == "prensa":
        html = ('<p>Diario Económico &ndash; Resumen de la mañana</p><p><a href="https://t.diario-economico.example/c/%d/a1?u=lferrer">El Euríbor baja por tercer mes consecutivo</a></p>'
                '<p><a href="https://t.diario-economico.example/c/%d/a2?u=lferrer">Hacienda amplía el plazo de Verifactu</a></p>'
                '<p><img src="https://t.diario-economico.example/o/%d.gif"></p><p><a href="https://www.diario-economico.example/newsletters/baja">Darse de baja</a></p>') % (n, n, n)
        body, ct = alt("Diario Económico - Resumen\n", html, "iso-8859-15", "quoted-printable")
        send(when, who("Diario Económico", "newsletters@diario-economico.example", "iso-8859-15"), "Resumen de la mañana: Euríbor, Verifactu", body, ct, cs_subj="iso-8859-15",
             extra=[("List-Unsubscribe", "<https://www.diario-economico.example/newsletters/baja>")])
    else:  # Portuguese business news
        html = ('<p>Jornal de Negócios Lisboa &ndash; Edição da manhã</p><p><a href="https://news.negocios-lisboa.example/c/eJx%d">IRC: o que muda em 2027</a></p>'
                '<p><a href="https://news.negocios-lisboa.example/c/eJy%d">Ver no browser</a> | <a href="https://news.negocios-lisboa.example/u/eJz%d">Anular subscrição</a></p>') % (n, n, n)
        body, ct = alt("Jornal de Negócios Lisboa\n", html)
        send(when, who("Jornal de Negócios Lisboa", "newsletter@negocios-lisboa.example"), "Edição da manhã: IRC em 2027", body, ct)

# --- invoices and reminders ----------------------------------------------------
def invoice(when, i, kind="factura"):
    comp, bill, lang, cs, cte = BILLERS[i]
    n, amt = R(), eur(120, 6800)
    if lang == "es":
        nr = "F2026-%d" % n
        if kind == "factura":
            subj, txt = "Factura %s" % nr, "Estimado cliente:\n\nle adjuntamos la factura %s por importe de %s EUR.\nForma de pago: transferencia bancaria a 30 días a la cuenta ES91 2100 0418 4502 0005 1332.\n\nAtentamente,\nAdministración\n%s\n" % (nr, amt, comp)
        elif kind == "recordatorio":
            subj, txt = "Recordatorio: factura %s pendiente de pago" % nr, "Estimado cliente:\n\nsegún nuestros registros, la factura %s por importe de %s EUR, con vencimiento el 31/10/2026, está pendiente de pago. Le rogamos que realice la transferencia a la mayor brevedad.\nSi ya ha efectuado el pago, le rogamos que ignore este mensaje.\n\nAtentamente,\nAdministración\n%s\n" % (nr, amt, comp)
        else:
            subj, txt = "Segundo aviso: factura %s vencida" % nr, "Estimado cliente:\n\na pesar de nuestro recordatorio anterior, la factura %s (%s EUR) sigue impagada. Le rogamos regularice el pago en un plazo de 7 días.\n\nAdministración\n%s\n" % (nr, amt, comp)
        doc = pdf([comp, subj, "Importe: %s EUR" % amt, "IBAN ES91 2100 0418 4502 0005 1332", "Pago a 30 dias."])
        fname = "Factura_%s.pdf" % nr
    else:
        nr = "FT 2026/%d" % n
        if kind == "factura":
            subj, txt = "Fatura %s" % nr, "Exmos. Senhores,\n\nsegue em anexo a fatura %s no valor de %s EUR, a pagar a 30 dias por transferência bancária.\n\nCom os melhores cumprimentos,\nContabilidade\n%s\n" % (nr, amt, comp)
        elif kind == "recordatorio":
            subj, txt = "Lembrete: fatura %s vencida" % nr, "Exmos. Senhores,\n\nsalvo erro da nossa parte, a fatura %s no valor de %s EUR encontra-se vencida e por liquidar. Agradecemos o pagamento com a maior brevidade.\nSe o pagamento já foi efetuado, por favor ignore esta mensagem.\n\nCom os melhores cumprimentos,\nContabilidade\n%s\n" % (nr, amt, comp)
        else:
            subj, txt = "Segundo aviso - fatura %s em atraso" % nr, "Exmos. Senhores,\n\napesar do nosso lembrete, a fatura %s (%s EUR) continua em atraso. Solicitamos a regularização no prazo de 8 dias.\n\nContabilidade\n%s\n" % (nr, amt, comp)
        doc = pdf([comp, subj, "Valor: %s EUR" % amt, "IBAN PT50 0033 0000 4553 1234 5670 5", "Pagamento a 30 dias."])
        fname = "Fatura_%s.pdf" % nr.replace(" ", "_").replace("/", "-")
    body, ct = multi("mixed", [part("text/plain", txt, cs, cte), attach("application/pdf", fname, doc)], "r%d" % n)
    send(when, who("%s Administración" % comp if lang == "es" else "%s Contabilidade" % comp, bill, cs), subj, body, ct, cs_subj=cs)

def holded(when, kind="factura"):
    n = R()
    if kind == "factura":
        html = ('<p>Hola,</p><p>Estudio Gráfico Retiro te ha enviado la factura F%d por importe de %s EUR.</p>'
                '<p><a href="https://app.holded.com/public/invoice/%dab3">Ver factura</a></p>'
                '<p>Un saludo,<br>Estudio Gráfico Retiro</p><p>Enviado con <a href="https://www.holded.com/es">Holded</a></p>') % (n, eur(150, 1900), n)
        body, ct = alt("Factura F%d de Estudio Gráfico Retiro\n" % n, html)
        send(when, who("Estudio Gráfico Retiro", "no-reply@holded.com"), "Factura F%d de Estudio Gráfico Retiro" % n, body, ct,
             reply_to="hola@estudio-retiro.example", mailfrom="bounce@mail.holded.com")
    elif kind == "reset":  # the reset Lucía asked for (Holded runs the Madrid office's small expenses)
        html = ('<p>Hola Lucía,</p><p>Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de Holded.</p>'
                '<p><a href="https://app.holded.com/reset-password?token=%dHx2">Restablecer contraseña</a></p>'
                '<p>Este enlace caduca en 60 minutos. Si no has solicitado el cambio, ignora este correo: tu contraseña no cambiará.</p><p>El equipo de Holded</p>') % n
        body, ct = alt("Restablecer contraseña: https://app.holded.com/reset-password?token=%dHx2\n" % n, html)
        send(when, "Holded <no-reply@holded.com>", "Restablece tu contraseña de Holded", body, ct, mailfrom="bounce@mail.holded.com")
    else:  # a sign-in code
        html = ('<p>Hola Lucía,</p><p>Tu código de verificación para iniciar sesión en Holded es:</p><p><b>%06d</b></p>'
                '<p>El código caduca en 10 minutos. Si no has intentado iniciar sesión, cambia tu contraseña.</p>'
                '<p><a href="https://help.holded.com/es/articles/seguridad">Centro de ayuda</a></p>') % rng.randint(0, 999999)
        body, ct = alt("Tu código de verificación de Holded\n", html)
        send(when, "Holded <no-reply@holded.com>", "Tu código de verificación de Holded", body, ct, mailfrom="bounce@mail.holded.com")

def invoicexpress(when, kind="fatura"):
    n = R()
    if kind == "fatura":
        html = ('<p>Exmos. Senhores,</p><p>Junto enviamos a fatura FT 2026/%d da Gráfica Alfama, Lda. no valor de %s EUR.</p>'
                '<p><a href="https://graficaalfama.app.invoicexpress.com/documents/%d.pdf">Ver fatura</a></p>'
                '<p>Com os melhores cumprimentos,<br>Gráfica Alfama</p><p>Documento processado por programa certificado n.º 2400/AT</p>') % (n, eur(90, 1200), n)
        body, ct = alt("Fatura FT 2026/%d da Gráfica Alfama\n" % n, html, "utf-8", "base64")
        send(when, who("Gráfica Alfama, Lda.", "no-reply@invoicexpress.com"), "Fatura FT 2026/%d - Gráfica Alfama, Lda." % n, body, ct, reply_to="geral@grafica-alfama.example")
    else:  # a password recovery Lucía asked for (the Lisbon office issues its invoices there)
        html = ('<p>Olá Lucía,</p><p>Recebemos um pedido de recuperação da palavra-passe da sua conta InvoiceXpress.</p>'
                '<p><a href="https://lumbre.app.invoicexpress.com/users/password/edit?reset_password_token=%dPx">Definir nova palavra-passe</a></p>'
                '<p>Se não fez este pedido, ignore este email. A sua palavra-passe não será alterada.</p><p>Equipa InvoiceXpress</p>') % n
        body, ct = alt("Recuperação de palavra-passe\n", html)
        send(when, "InvoiceXpress <no-reply@invoicexpress.com>", "Recuperação de palavra-passe", body, ct)

# --- banks ---------------------------------------------------------------------
def santander(when, kind):
    n = R()
    if kind == "transferencia":
        html = ('<p>Estimado cliente:</p><p>Le informamos de que se ha recibido una transferencia en su cuenta terminada en %04d por importe de %s EUR. Ordenante: %s.</p>'
                '<p>Puede consultar el detalle de la operación en su banca online: <a href="https://www.bancosantander.es/particulares">bancosantander.es</a></p>'
                '<p>Banco Santander nunca le pedirá sus claves por correo electrónico.</p>') % (rng.randint(0, 9999), eur(800, 24000), rng.choice(["CONSTRUCCIONES TAJO SA", "ACEROS DEL NERVION SL", "METALURGICA DO SADO SA"]))
        body, ct = alt("Transferencia recibida\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Banco Santander", "avisos@bancosantander.es"), "Aviso: transferencia recibida", body, ct)
    elif kind == "buzon":
        html = ('<p>Estimado cliente:</p><p>Tiene un nuevo documento disponible en su buzón de correspondencia: extracto de cuenta %s.</p>'
                '<p>Acceda como siempre a su banca online para consultarlo: <a href="https://www.bancosantander.es/particulares">www.bancosantander.es</a></p>') % rng.choice(["septiembre", "octubre", "noviembre"])
        body, ct = alt("Nuevo documento en su buzón\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Banco Santander", "avisos@bancosantander.es"), "Nuevo documento en su buzón de correspondencia", body, ct)
    elif kind == "emitida":  # a transfer Lucía made, to check: "verifique"
        html = ('<p>Estimado cliente:</p><p>Se ha emitido una transferencia desde su cuenta terminada en 4521 por importe de %s EUR a favor de ACEROS DEL NERVION SL.</p>'
                '<p>Verifique que los datos de la operación son correctos. Si no reconoce esta operación, llame al 915 123 123.</p>'
                '<p><a href="https://www.bancosantander.es/particulares/ayuda">Ayuda y contacto</a></p>') % eur(1200, 9000)
        body, ct = alt("Transferencia emitida\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Banco Santander", "avisos@bancosantander.es"), "Aviso: transferencia emitida", body, ct)
    else:  # she changed her access key at the branch
        html = ('<p>Estimado cliente:</p><p>Le confirmamos que la clave de acceso a su banca online se ha modificado correctamente el %s.</p>'
                '<p>Si no ha sido usted, llame inmediatamente al 915 123 123 o acuda a su oficina.</p>'
                '<p><a href="https://www.bancosantander.es/particulares/seguridad">Consejos de seguridad</a></p>') % "18/11/2026"
        body, ct = alt("Clave de acceso modificada\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Banco Santander", "avisos@bancosantander.es"), "Su clave de acceso ha sido modificada", body, ct)

def millennium(when, kind):
    if kind == "transferencia":
        html = ('<p>Caro Cliente,</p><p>Informamos que foi efetuada uma transferência SEPA da sua conta n.º ****%04d no valor de %s EUR para %s.</p>'
                '<p>Pode consultar o comprovativo no Millennium bcp online: <a href="https://ind.millenniumbcp.pt/pt/Particulares/Pages/Welcome.aspx">millenniumbcp.pt</a></p>'
                '<p>O Millennium bcp nunca lhe pede códigos ou dados de acesso por email.</p>') % (rng.randint(0, 9999), eur(300, 9000), rng.choice(["TRANSPORTES LUSITANIA LDA", "INFORMATICA RIBEIRA LDA"]))
        body, ct = alt("Transferência efetuada\n", html)
        send(when, who("Millennium bcp", "millenniumbcp@millenniumbcp.pt"), "Comprovativo de transferência", body, ct)
    elif kind == "extrato":
        html = ('<p>Caro Cliente,</p><p>O extrato da sua conta referente a %s já está disponível.</p>'
                '<p>Aceda ao Millennium bcp online para o consultar: <a href="https://ind.millenniumbcp.pt/pt/Particulares/Pages/Welcome.aspx">millenniumbcp.pt</a></p>') % rng.choice(["setembro", "outubro", "novembro"])
        body, ct = alt("Extrato disponível\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Millennium bcp", "millenniumbcp@millenniumbcp.pt"), "O seu extrato já está disponível", body, ct)
    else:  # she changed the office's mobile number at the branch
        html = ('<p>Caro Cliente,</p><p>O número de telemóvel associado à sua conta foi alterado em 12/11/2026. Este número passa a receber os códigos de autenticação das suas operações.</p>'
                '<p>Se não reconhece esta alteração, contacte-nos de imediato pelo 707 50 24 24.</p>'
                '<p><a href="https://ind.millenniumbcp.pt/pt/Particulares/Pages/Seguranca.aspx">Dicas de segurança</a></p>')
        body, ct = alt("Alteração de dados\n", html)
        send(when, who("Millennium bcp", "millenniumbcp@millenniumbcp.pt"), "Alteração do número de telemóvel", body, ct)

# --- shops and carriers --------------------------------------------------------
def shop(when, kind):
    n = R()
    if kind == "pedido":
        html = ('<p>Hola Lucía,</p><p>Gracias por tu pedido n.º %d en Ofimarket. Resumen: papel A4 (10 cajas), tóner, archivadores.</p>'
                '<p>Total: %s EUR (IVA incluido). Forma de pago: tarjeta.</p>'
                '<p><a href="https://www.ofimarket.example/mi-cuenta/pedidos/%d">Ver mi pedido</a></p><p>Ofimarket &ndash; Material de oficina</p>') % (n, eur(60, 900), n)
        body, ct = alt("Pedido %d confirmado\n" % n, html)
        send(when, who("Ofimarket", "pedidos@" + SHOP), "Confirmación de tu pedido n.º %d" % n, body, ct)
    elif kind == "enviado":
        html = ('<p>Hola Lucía,</p><p>Tu pedido n.º %d ha salido de nuestro almacén con SEUR. Número de envío: %d%d.</p>'
                '<p><a href="https://www.ofimarket.example/mi-cuenta/pedidos/%d/seguimiento">Seguir mi envío</a></p><p>Ofimarket</p>') % (n, n, R(), n)
        body, ct = alt("Pedido enviado\n", html)
        send(when, who("Ofimarket", "pedidos@" + SHOP), "Tu pedido n.º %d ha sido enviado" % n, body, ct)
    else:  # an order paid by bank transfer: the shop's genuine "pending payment" notice
        html = ('<p>Hola Lucía,</p><p>Hemos recibido tu pedido n.º %d por importe de %s EUR. Has elegido pago por transferencia bancaria.</p>'
                '<p>Datos bancarios: Ofimarket S.L., IBAN ES76 0049 1500 0512 3456 7892. Indica el número de pedido como concepto.</p>'
                '<p>Tu pedido será cancelado si no recibimos la transferencia en un plazo de 7 días.</p>'
                '<p><a href="https://www.ofimarket.example/mi-cuenta/pedidos/%d">Ver mi pedido</a></p><p>Ofimarket &ndash; Material de oficina</p>') % (n, eur(120, 1400), n)
        body, ct = alt("Pedido %d pendiente de pago\n" % n, html)
        send(when, who("Ofimarket", "pedidos@" + SHOP), "Pedido n.º %d: pendiente de pago" % n, body, ct)

def parcel(when, kind):
    n = R()
    if kind == "correos":
        code = "PQ4B7A%d%dES" % (n, R() % 1000)
        html = ('<p>Hola,</p><p>Tu envío %s está en camino y se entregará hoy.</p>'
                '<p><a href="https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=%s">Sigue tu envío</a></p>'
                '<p>Correos</p>') % (code, code)
        body, ct = alt("Tu envío %s llega hoy\n" % code, html, "iso-8859-1", "quoted-printable")
        send(when, "Correos <notificaciones@correos.es>", "Tu envío llega hoy", body, ct)
    elif kind == "correos-oficina":
        code = "PQ4B7A%d%dES" % (n, R() % 1000)
        html = ('<p>Hola,</p><p>No hemos podido entregar tu envío %s porque no había nadie en la dirección. Puedes recogerlo en la oficina de Correos de Calle de Alcalá 180 a partir de mañana.</p>'
                '<p>Recógelo antes de 15 días naturales; de lo contrario, será devuelto al remitente.</p>'
                '<p><a href="https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=%s">Consulta tu envío</a></p><p>Correos</p>') % (code, code)
        body, ct = alt("Tu envío está en la oficina\n", html, "iso-8859-1", "quoted-printable")
        send(when, "Correos <notificaciones@correos.es>", "Tu envío está disponible en oficina", body, ct)
    elif kind == "ctt":
        code = "RT%dPT" % (n * 100 + rng.randint(0, 99))
        html = ('<p>Olá,</p><p>A sua encomenda %s será entregue hoje entre as 10h e as 13h.</p>'
                '<p><a href="https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=%s">Seguir encomenda</a></p><p>CTT &ndash; Correios de Portugal</p>') % (code, code)
        body, ct = alt("A sua encomenda será entregue hoje\n", html)
        send(when, "CTT <noreply@ctt.pt>", "A sua encomenda chega hoje", body, ct)
    else:  # seur
        code = "%d%d" % (n, R())
        html = ('<p>Hola,</p><p>Tu envío %s de %s llega hoy. Si no vas a estar, puedes cambiar la entrega.</p>'
                '<p><a href="https://www.seur.com/livetracking/?segOnlineIdentificador=%s">Ver mi envío</a> | <a href="https://www.seur.com/livetracking/?segOnlineIdentificador=%s&amp;opcion=cambiar">Cambiar entrega</a></p>'
                '<p>SEUR</p>') % (code, rng.choice(["Ofimarket", "Würth España", "RS Components"]), code, code)
        body, ct = alt("Tu envío llega hoy\n", html)
        send(when, "SEUR <noreply@seur.com>", "Tu envío llega hoy", body, ct)

# --- tax offices and public portals --------------------------------------------
def portal(when, kind):
    if kind == "dehu":
        html = ('<p>Estimado/a titular:</p><p>Le informamos de que tiene una notificación de la Agencia Estatal de Administración Tributaria pendiente de comparecencia '
                'en la Dirección Electrónica Habilitada única (DEHú), dirigida a LUMBRE INGENIERIA SL.</p>'
                '<p>Puede acceder con su certificado electrónico en <a href="https://dehu.redsara.es">dehu.redsara.es</a>. Dispone de 10 días naturales para acceder; transcurrido ese plazo se entenderá rechazada.</p>'
                '<p>Este mensaje es un aviso; no responda a este correo.</p>')
        body, ct = alt("Aviso de notificación en DEHú\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("DEHú - Notificaciones", "no-reply@dehu.redsara.es"), "Aviso de puesta a disposición de notificación", body, ct)
    elif kind == "aeat":
        html = ('<p>Agencia Tributaria</p><p>Se ha presentado correctamente la declaración del modelo 303 (IVA, autoliquidación) del período 3T 2026. Número de justificante: 303%d.</p>'
                '<p>Puede consultarla en la Sede electrónica: <a href="https://sede.agenciatributaria.gob.es/Sede/todas-gestiones/impuestos-tasas/iva.html">sede.agenciatributaria.gob.es</a></p>') % R()
        body, ct = alt("Presentación de declaración\n", html, "utf-8", "quoted-printable")
        send(when, who("Agencia Tributaria", "no-reply@correo.aeat.es"), "Justificante de presentación modelo 303", body, ct)
    elif kind == "financas":
        html = ('<p>Exmo(a). Senhor(a),</p><p>Tem uma nova mensagem na sua caixa postal eletrónica (ViaCTT): Notificação - Imposto sobre o Valor Acrescentado.</p>'
                '<p>Para consultar, aceda ao Portal das Finanças: <a href="https://www.portaldasfinancas.gov.pt/at/html/index.html">portaldasfinancas.gov.pt</a></p>'
                '<p>Autoridade Tributária e Aduaneira</p>')
        body, ct = alt("Nova mensagem na caixa postal eletrónica\n", html, "iso-8859-1", "quoted-printable")
        send(when, who("Portal das Finanças", "noreply@at.gov.pt"), "Nova mensagem na sua caixa postal eletrónica", body, ct)
    else:  # efatura: invoices pending verification (the genuine e-Fatura reminder)
        html = ('<p>Exmo(a). Senhor(a),</p><p>Existem faturas comunicadas ao seu NIF que aguardam a sua verificação no portal e-Fatura. '
                'Verifique as faturas pendentes até 25 de fevereiro para que as despesas sejam consideradas.</p>'
                '<p><a href="https://faturas.portaldasfinancas.gov.pt/">faturas.portaldasfinancas.gov.pt</a></p><p>Autoridade Tributária e Aduaneira</p>')
        body, ct = alt("Faturas pendentes\n", html)
        send(when, who("e-Fatura", "noreply@at.gov.pt"), "e-Fatura: faturas pendentes de verificação", body, ct)

# --- Microsoft 365 and Google Workspace ----------------------------------------
def ms365(when, kind):
    if kind == "factura":
        html = ('<p>Su factura de Microsoft 365 Empresa Estándar está disponible.</p><p><a href="https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list">Ver factura</a></p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a></p>')
        body, ct = alt("Su factura está disponible\n", html)
        send(when, "Microsoft <microsoft-noreply@microsoft.com>", "Su factura de Microsoft está disponible", body, ct)
    elif kind == "code":
        html = ('<p>Cuenta Microsoft</p><p>Código de seguridad</p><p>Use el siguiente código de seguridad para la cuenta Microsoft lu*****@lumbre-ing.example.</p>'
                '<p>Código de seguridad: <b>%d</b></p><p>Si no reconoce la cuenta Microsoft lu*****@lumbre-ing.example, puede hacer clic aquí para quitar su dirección de correo electrónico de esa cuenta.</p>'
                '<p>Gracias,<br>El equipo de cuentas Microsoft</p><p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a></p>') % rng.randint(100000, 999999)
        body, ct = alt("Código de seguridad\n", html)
        send(when, "Equipo de cuentas Microsoft <account-security-noreply@accountprotection.microsoft.com>", "Código de seguridad de la cuenta Microsoft", body, ct)
    elif kind == "share-es":
        name, addr = rng.choice(COLL_ES)
        n = R()
        html = ('<p>%s ha compartido un archivo contigo.</p><p><a href="https://%s.sharepoint.com/:x:/s/Administracion/Eb%dQ?e=Xy12">Presupuesto_2027.xlsx</a></p>'
                '<p><a href="https://%s.sharepoint.com/:x:/s/Administracion/Eb%dQ?e=Xy12">Abrir</a></p><p>Este vínculo solo funciona para los destinatarios directos de este mensaje.</p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaración de privacidad</a></p>') % (name, TENANT, n, TENANT, n)
        body, ct = alt("%s ha compartido un archivo contigo.\n" % name, html)
        send(when, who("%s (a través de SharePoint)" % name, "no-reply@sharepointonline.com"), "%s ha compartido \"Presupuesto_2027\" contigo" % name, body, ct, reply_to=who(name, addr))
    else:  # share-pt
        name, addr = rng.choice(COLL_PT)
        n = R()
        html = ('<p>%s partilhou um ficheiro consigo.</p><p><a href="https://%s.sharepoint.com/:x:/s/Lisboa/Ec%dR?e=Pt34">Mapa_de_ferias_2027.xlsx</a></p>'
                '<p><a href="https://%s.sharepoint.com/:x:/s/Lisboa/Ec%dR?e=Pt34">Abrir</a></p><p>Esta ligação só funciona para os destinatários diretos desta mensagem.</p>'
                '<p><a href="https://go.microsoft.com/fwlink/?LinkId=521839">Declaração de Privacidade</a></p>') % (name, TENANT, n, TENANT, n)
        body, ct = alt("%s partilhou um ficheiro consigo.\n" % name, html)
        send(when, who("%s (através do SharePoint)" % name, "no-reply@sharepointonline.com"), "%s partilhou \"Mapa_de_ferias_2027\" consigo" % name, body, ct, reply_to=who(name, addr))

def google(when, kind):
    n = R()
    if kind == "share":
        name, addr, comp, site, lang = PARTNERS[0]
        html = ('<p>%s ha compartido una hoja de cálculo</p><p>%s (%s) te ha invitado a <b>editar</b> la siguiente hoja de cálculo:</p>'
                '<p><a href="https://docs.google.com/spreadsheets/d/1Es%dTj/edit?usp=sharing_eil_m">Planificación obra Getafe</a></p>'
                '<p><a href="https://docs.google.com/spreadsheets/d/1Es%dTj/edit?usp=sharing_eip_m">Abrir</a></p><p>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, EE. UU.</p>') % (name, name, addr, n, n)
        body, ct = alt("%s ha compartido una hoja de cálculo\n" % name, html)
        send(when, who("%s (a través de Hojas de cálculo de Google)" % name, "drive-shares-dm-noreply@google.com"), "Hoja de cálculo compartida contigo: \"Planificación obra Getafe\"", body, ct, reply_to=who(name, addr))
    elif kind == "alert":
        html = ('<p>Nuevo inicio de sesión en Windows</p><p>lucia.ferrer@lumbre-ing.example</p><p>Hemos detectado un nuevo inicio de sesión en tu cuenta de Google desde un dispositivo Windows. '
                'Si has sido tú, no tienes que hacer nada. Si no, te ayudaremos a proteger tu cuenta.</p>'
                '<p><a href="https://accounts.google.com/AccountChooser?Email=lucia.ferrer@lumbre-ing.example&continue=https://myaccount.google.com/alert/nt/%d">Consultar actividad</a></p>'
                '<p>También puedes ver la actividad de seguridad en https://myaccount.google.com/notifications</p>') % n
        body, ct = alt("Nuevo inicio de sesión en Windows\n", html)
        send(when, "Google <no-reply@accounts.google.com>", "Alerta de seguridad", body, ct)
    else:  # Google Calendar invitation from the Portuguese customer
        name, addr, comp, site, lang = PARTNERS[2]
        html = ('<p>%s convidou-o para o seguinte evento.</p><p><b>Reunião trimestral Sado / Lumbre</b><br>quinta, 19 nov. 2026 10:00 – 11:00 (WET)</p>'
                '<p>Participar com o Google Meet: <a href="https://meet.google.com/pqt-ruvx-%03d">meet.google.com/pqt-ruvx-%03d</a></p>'
                '<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Pt%d&rst=1">Sim</a> <a href="https://calendar.google.com/calendar/event?action=RESPOND&eid=Pt%d&rst=2">Não</a></p>'
                '<p>Convite do <a href="https://calendar.google.com/calendar/">Google Calendar</a></p>') % (name, n % 1000, n % 1000, n, n)
        ics = ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nBEGIN:VEVENT\nSUMMARY:Reunião trimestral Sado / Lumbre\n"
               "ORGANIZER;CN=%s:mailto:%s\nDESCRIPTION:Participar com o Google Meet: https://meet.google.com/pqt-ruvx-%03d\nEND:VEVENT\nEND:VCALENDAR" % (name, addr, n % 1000))
        body, ct = multi("alternative", [part("text/plain", "Participar: https://meet.google.com/pqt-ruvx-%03d\n" % (n % 1000)), part("text/html", html, "utf-8", "quoted-printable"),
                                         part("text/calendar; method=REQUEST", ics)], "g%d" % n)
        send(when, who(name, addr), "Convite: Reunião trimestral Sado / Lumbre @ qui 19 nov 2026 10:00 - 11:00 (WET) (lucia.ferrer@lumbre-ing.example)", body, ct,
             extra=[("Sender", "Google Calendar <calendar-notification@google.com>")], mailfrom="calendar-notification@google.com")

def teams_invite(when, org=None, subj="Cierre mensual"):
    name, addr = org or rng.choice(COLL_ES)
    n = rng.randint(100, 999)
    html = ('<p>Hola a todos:</p><p>repasamos el cierre del mes.</p><hr><p><b>Reunión de Microsoft Teams</b></p>'
            '<p><a href="https://teams.microsoft.com/l/meetup-join/19%%3ameeting_Es%d%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22l1%%22%%7d">Unirse a la reunión ahora</a></p>'
            '<p>Id. de reunión: 382 114 %d<br>Código de acceso: Kt4%d</p><p><a href="https://aka.ms/JoinTeamsMeeting?omkt=es-ES">Ayuda</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=l1">Opciones de reunión</a></p><hr>') % (n, n, n)
    ics = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nBEGIN:VEVENT\nSUMMARY;LANGUAGE=es-ES:%s\nORGANIZER;CN=%s:mailto:%s\nEND:VEVENT\nEND:VCALENDAR" % (subj, name, addr)
    body, ct = multi("alternative", [part("text/html", html, "utf-8", "quoted-printable"), part("text/calendar; method=REQUEST", ics, "utf-8", "base64")], "t%d" % n)
    send(when, who(name, addr), subj, body, ct)

def payslip(when, month):
    doc = pdf(["Lumbre Ingenieria S.L.", "Nomina %s 2026" % month, "Lucia Ferrer, n.o empleado 0217", "Liquido a percibir: ver detalle"])
    body, ct = multi("mixed", [part("text/plain", "Hola Lucía:\n\nte adjuntamos la nómina de %s. La contraseña del PDF es, como siempre, tu DNI sin letra.\n\nUn saludo,\nRecursos Humanos\n" % month, "utf-8", "quoted-printable"),
                               attach("application/pdf", "Nomina_%s_2026.pdf" % month, doc)], "p%d" % R())
    send(when, who("Recursos Humanos Lumbre", "rrhh@" + DOM), "Nómina de %s 2026" % month, body, ct)

# --- the learn and test windows ------------------------------------------------
day = start
month_names = {8: "agosto", 9: "septiembre", 10: "octubre", 11: "noviembre"}
while day < end:
    wd = day.weekday()
    at = lambda: day + datetime.timedelta(hours=rng.uniform(7, 18))
    if wd < 5:
        for _ in range(rng.randint(0, 3)): colleague(at())
        for _ in range(rng.randint(0, 2)): partner_mail(at())
        if rng.random() < 0.8: lucia_reply(at())
        if rng.random() < 0.05: lucia_writes(at())
        if rng.random() < 0.35: invoice(at(), rng.randrange(len(BILLERS)))
        if rng.random() < 0.06: invoice(at(), rng.randrange(len(BILLERS)), rng.choice(["recordatorio", "aviso"]))
        if rng.random() < 0.07: holded(at())
        if rng.random() < 0.06: invoicexpress(at())
        if rng.random() < 0.25: santander(at(), "transferencia")
        if rng.random() < 0.1: santander(at(), "emitida")
        if rng.random() < 0.15: millennium(at(), "transferencia")
        if rng.random() < 0.12: shop(at(), rng.choice(["pedido", "pedido", "enviado", "transferencia"]))
        if rng.random() < 0.25: parcel(at(), rng.choice(["correos", "correos", "ctt", "seur", "correos-oficina"]))
        if rng.random() < 0.08: ms365(at(), "share-es")
        if rng.random() < 0.05: ms365(at(), "share-pt")
        if rng.random() < 0.08: teams_invite(at())
        if rng.random() < 0.04: google(at(), "share")
        if rng.random() < 0.04: portal(at(), rng.choice(["dehu", "aeat", "financas", "efatura"]))
    if day.day == 2:
        ms365(at(), "factura")
        santander(at(), "buzon")
        millennium(at(), "extrato")
    if day.day == 28 and day.month in month_names:
        payslip(at(), month_names[day.month])
    if wd == 1: newsletter(at(), "camara")
    if wd == 3: newsletter(at(), rng.choice(["prensa", "aicep"]))
    if wd == 4 and rng.random() < 0.5: newsletter(at(), "negocios")
    day += datetime.timedelta(days=1)

# each biller, portal and service seen in the learn window (as a year of mail would have)
for i in range(len(BILLERS)):
    invoice(start + datetime.timedelta(days=2 + i, hours=9), i)
    invoice(start + datetime.timedelta(days=30 + i, hours=9), i)
for k, kind in enumerate(["dehu", "aeat", "financas", "efatura"]):
    portal(start + datetime.timedelta(days=10 + 7 * k, hours=8), kind)
for k, kind in enumerate(["correos", "ctt", "seur", "correos-oficina"]):
    parcel(start + datetime.timedelta(days=3 + 9 * k, hours=11), kind)
for k, kind in enumerate(["pedido", "enviado", "transferencia"]):
    shop(start + datetime.timedelta(days=8 + 11 * k, hours=12), kind)
santander(start + datetime.timedelta(days=6, hours=9), "emitida")
ms365(start + datetime.timedelta(days=20, hours=7), "code")
google(start + datetime.timedelta(days=25, hours=7), "invite")
holded(start + datetime.timedelta(days=5, hours=10))
holded(start + datetime.timedelta(days=40, hours=10), "code")
invoicexpress(start + datetime.timedelta(days=12, hours=10))

# test window: what she asked for, and first contacts she expects
T = split + datetime.timedelta(hours=8)
def on(d, h=0): return T + datetime.timedelta(days=d, hours=h)
holded(on(1, 1), "reset")
holded(on(1, 2), "code")
invoicexpress(on(3, 2), "reset")
ms365(on(2, 2), "code")
google(on(3, 4), "alert")
google(on(8, 2), "invite")
google(on(11, 2), "share")
santander(on(16, 1), "clave")
millennium(on(10, 3), "telemovel")
for k, kind in enumerate(["dehu", "aeat", "financas", "efatura"]):
    portal(on(2 + 3 * k, 5), kind)
for i, kind in [(0, "recordatorio"), (1, "aviso"), (2, "recordatorio"), (3, "aviso")]:
    invoice(on(4 + i * 2, 3), i, kind)
shop(on(5, 6), "transferencia")
parcel(on(6, 4), "correos-oficina")
# CTT's genuine customs notice for a parcel from the UK (the charges are paid on ctt.pt)
html = ('<p>Olá,</p><p>A sua encomenda RR%dGB, proveniente do Reino Unido, está sujeita a desalfandegamento. '
        'O valor a pagar de IVA, imposto de importação e taxa de apresentação à alfândega é de 21,47 EUR.</p>'
        '<p>Pode pagar online no site dos CTT ou no momento da entrega.</p>'
        '<p><a href="https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RR%dGB">Consultar e pagar</a></p><p>CTT &ndash; Correios de Portugal</p>') % (R(), R())
send(on(7, 2), "CTT <noreply@ctt.pt>", "Encomenda a aguardar pagamento de direitos aduaneiros", *alt("Encomenda a aguardar desalfandegamento\n", html, "utf-8", "quoted-printable"))
# a new supplier's first quote (PDF) after Lucía asked for it on the phone
doc = pdf(["Climatizacion Henares S.L.", "Presupuesto P-2026-418", "Mantenimiento anual climatizacion oficinas, 2.340,00 EUR + IVA", "Valido hasta 31/12/2026"], ["https://www.climatizacion-henares.example/condiciones"])
body, ct = multi("mixed", [part("text/plain", "Buenos días, Lucía:\n\ncomo hablamos por teléfono, le adjunto nuestro presupuesto para el mantenimiento. Nuestras condiciones generales: https://www.climatizacion-henares.example/condiciones\n\nUn saludo,\nRaúl Sanz\nClimatización Henares S.L.\n", "iso-8859-1", "quoted-printable"),
                           attach("application/pdf", "Presupuesto_P-2026-418.pdf", doc)], "n1")
send(on(5, 3), who("Raúl Sanz", "raul.sanz@climatizacion-henares.example", "iso-8859-1"), "Presupuesto mantenimiento climatización", body, ct, cs_subj="iso-8859-1")
# a new Portuguese customer's first mail, with a WeTransfer link
body, ct = alt("Bom dia, Lucía,\n\nenvio os desenhos por WeTransfer: https://we.tl/t-Pt7qR3nX\n\nCumprimentos,\nCatarina Lopes\nLopes & Filhos Construções\n",
               '<p>Bom dia, Lucía,</p><p>na sequência da reunião na feira, envio os desenhos da estrutura por WeTransfer: <a href="https://we.tl/t-Pt7qR3nX">https://we.tl/t-Pt7qR3nX</a></p>'
               '<p>O nosso site: <a href="https://www.lopesfilhos-construcoes.example">lopesfilhos-construcoes.example</a></p><p>Cumprimentos,<br>Catarina Lopes<br>Lopes &amp; Filhos Construções</p>', "iso-8859-15", "quoted-printable")
send(on(12, 2), who("Catarina Lopes", "catarina.lopes@lopesfilhos-construcoes.example", "iso-8859-15"), "Desenhos estrutura ref. LF-88", body, ct, cs_subj="iso-8859-15")
# an event invitation from an association new here
html = ('<p>Estimada Lucía:</p><p>Tenemos el placer de invitarle a la jornada «Verifactu: qué cambia en la facturación de las pymes», el 3 de diciembre en Madrid.</p>'
        '<p>La asistencia es gratuita, pero las plazas son limitadas. <a href="https://www.asociacion-administrativos.example/eventos/verifactu-2026/inscripcion">Inscríbase aquí</a></p>'
        '<p>Asociación de Profesionales de la Administración de Empresas</p><p><a href="https://www.asociacion-administrativos.example/baja">Darse de baja</a></p>')
send(on(9, 4), who("Asociación de Profesionales de la Administración", "eventos@asociacion-administrativos.example"), "Invitación: jornada Verifactu, 3 de diciembre", *alt("Invitación jornada Verifactu\n", html))
# a new colleague in Lisbon
plain(on(13, 1), who("Tiago Mendes", "tiago.mendes@" + DOM), "Novo no escritório de Lisboa",
      "Olá Lucía,\n\ncomecei esta semana no escritório de Lisboa. O documento de acolhimento está aqui: https://%s.sharepoint.com/sites/Lisboa/Acolhimento\n\nAté breve,\nTiago\n" % TENANT, cte="quoted-printable")
teams_invite(on(15, 1), CEO, "Presupuesto 2027")
ms365(on(14, 2), "share-pt")
ms365(on(4, 2), "share-es")
b.write(sys.argv[1], split)
print(len(b.msgs))
