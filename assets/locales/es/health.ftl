# The help desk's check of a custom domain's DNS records.

health-heading = Registros DNS de { $domain }
health-intro = Si el correo para { $domain } llega a iCloud y puede salir de él: los registros que necesita el dominio de correo personalizado de iCloud+, tal como los responde ahora el DNS
health-check = Comprobar los registros de { $domain }
health-check-again = Volver a comprobar
health-asking = Consultando el DNS…
health-failed = No se pudieron comprobar los registros: { $reason }
health-asked = Consultado: { $servers }
health-record = { $kind } ({ $name }): { $status } — { $note }
health-found = Encontrado: { $records }
health-expected = Esperado: { $expected }
health-copy = Copiar
health-copy-name = Copiar el registro { $kind }

health-kind-verification = Verificación
health-status-ok = ok
health-status-missing = falta
health-status-wrong = incorrecto
health-status-advice = consejo
health-status-error = error

health-summary-incomplete = No se pudieron consultar todos los registros de { $domain }: el informe está incompleto
health-summary-no-domain = { $domain } no existe (NXDOMAIN): revisa cómo está escrito o publica estos registros cuando esté registrado
health-summary-ready = El correo para { $domain } llega a iCloud y sale de él según lo configurado
health-summary-problems = { $count ->
    [one] { $count } tipo de registro que corregir
   *[other] Tipos de registro que corregir
} en { $domain }: { $kinds }

health-mx-expected-hosts = Solo registros MX de { $hosts } y { $last }
health-mx-expected = Solo registros MX de { $host }
health-mx-no-such-domain = { $domain } no existe (NXDOMAIN)
health-mx-none = { $domain } no tiene registros MX: el correo para él no puede llegar a iCloud
health-mx-ok = el correo para el dominio llega a iCloud
health-mx-elsewhere = ningún registro MX apunta a iCloud: el correo para el dominio va a otro sitio; sustituye estos registros por los de iCloud
health-mx-remove = quita { $remove } (el correo enviado allí no llega a iCloud)
health-mx-add = añade { $add }
health-mx-remove-add = quita { $remove } (el correo enviado allí no llega a iCloud); añade { $add }
health-spf-expected = exactamente un registro SPF ({ $record }) con { $include } o { $redirect }
health-spf-missing = no hay registro SPF: los destinatarios pueden tomar por falsificado el correo enviado a través de iCloud
health-spf-ok = iCloud puede enviar correo para el dominio
health-spf-no-icloud = el registro SPF no incluye iCloud: sustitúyelo por este
health-spf-many = { $count } registros SPF: con más de uno, SPF falla para todos los remitentes; sustitúyelos por este único registro
health-dkim-ok = las firmas de iCloud para el dominio se pueden comprobar
health-dkim-elsewhere = el nombre DKIM apunta a otro sitio: el correo enviado a través de iCloud no supera DKIM
health-dkim-missing = { $name } no tiene CNAME: el correo enviado a través de iCloud no supera DKIM
health-verification-expected = un registro TXT { $record } con el token que iCloud muestra para este dominio
health-verification-ok = el dominio tiene un token de verificación de iCloud
health-verification-missing = iCloud no puede confirmar que el dominio es tuyo: sustituye { $token } por el valor que aparece en Configuración de iCloud (iCloud Settings) > Dominio de correo personalizado (Custom Email Domain)
health-dmarc-expected = un registro DMARC ({ $record }), con la política { $quarantine } o { $reject } cuando SPF y DKIM estén bien
health-dmarc-missing = no hay registro DMARC: los destinatarios deciden por su cuenta qué hacer con el correo que suplanta el dominio (opcional, a elección del propietario del dominio)
health-dmarc-ok = política { $policy }: el correo que suplanta el dominio no se entrega como auténtico
health-dmarc-none = la política { $none } solo informa: el correo que suplanta el dominio se sigue entregando; plantéate { $quarantine } cuando SPF y DKIM estén bien
health-dmarc-no-policy = el registro DMARC no tiene una política válida (p={ $none }, { $quarantine } o { $reject }), así que los destinatarios lo ignoran
health-dmarc-many = { $count } registros DMARC: los destinatarios ignoran DMARC cuando hay más de uno; deja solo uno

## Consultas DNS sin respuesta y los servidores de nombres consultados.

dns-asked-server = el servidor de nombres { $servers }
dns-asked-system = los servidores de nombres del sistema ({ $servers })
dns-lookup-failed = consulta { $record } de { $name }: { $failure }
dns-no-such-domain = el dominio no existe (NXDOMAIN)
dns-no-records = no hay registros de este tipo (el nombre existe, pero no tiene ninguno)
dns-timed-out = sin respuesta en { $limit }
dns-cancelled = cancelada
dns-server-error = el servidor de nombres respondió { $code }
dns-network = no se pudo contactar con { $server }: { $detail }
dns-bad-reply = respuesta ilegible de { $server }: { $detail }
dns-bad-name = no es un nombre de dominio: { $name }
dns-no-servers = no hay ningún servidor de nombres al que preguntar
dns-config-read = no se pudieron leer los servidores de nombres del sistema en { $path }: { $detail }
dns-config-parse = no se pudo entender { $path }: { $detail }
dns-config-no-servers = este ordenador no tiene ningún servidor de nombres configurado
dns-config-unsupported = aquí no se pueden leer los servidores de nombres del sistema: { $detail }
dns-config-bad-server = el servidor de nombres { $server } no se puede usar: { $reason }
