# The help desk's check of a custom domain's DNS records.

health-heading = Record DNS di { $domain }
health-intro = Se la posta per { $domain } arriva a iCloud e può partire da lì: i record di cui ha bisogno il dominio email personalizzato di iCloud+, così come il DNS li restituisce adesso
health-check = Controlla i record di { $domain }
health-check-again = Controlla di nuovo
health-asking = Interrogazione del DNS…
health-failed = Non è stato possibile controllare i record: { $reason }
health-asked = Interrogati: { $servers }
health-record = { $kind } ({ $name }): { $status } — { $note }
health-found = Trovati: { $records }
health-expected = Previsto: { $expected }
health-copy = Copia
health-copy-name = Copia il record { $kind }

health-kind-verification = Verifica
health-status-ok = ok
health-status-missing = mancante
health-status-wrong = errato
health-status-advice = consiglio
health-status-error = errore

health-summary-incomplete = Non è stato possibile consultare tutti i record di { $domain }: il rapporto è incompleto
health-summary-no-domain = { $domain } non esiste (NXDOMAIN): controlla come è scritto, oppure pubblica questi record quando sarà registrato
health-summary-ready = La posta per { $domain } arriva a iCloud e parte da lì come configurato
health-summary-problems = { $count ->
    [one] { $count } tipo di record da correggere
   *[other] Tipi di record da correggere
} per { $domain }: { $kinds }

health-mx-expected-hosts = Solo record MX per { $hosts } e { $last }
health-mx-expected = Solo record MX per { $host }
health-mx-no-such-domain = { $domain } non esiste (NXDOMAIN)
health-mx-none = { $domain } non ha record MX: la posta per questo dominio non può arrivare a iCloud
health-mx-ok = la posta per il dominio arriva a iCloud
health-mx-elsewhere = nessun record MX punta a iCloud: la posta per il dominio va altrove; sostituisci questi record con quelli di iCloud
health-mx-remove = rimuovi { $remove } (la posta inviata lì non arriva a iCloud)
health-mx-add = aggiungi { $add }
health-mx-remove-add = rimuovi { $remove } (la posta inviata lì non arriva a iCloud); aggiungi { $add }
health-spf-expected = esattamente un record SPF ({ $record }) con { $include } o { $redirect }
health-spf-missing = nessun record SPF: i destinatari potrebbero considerare falsa la posta inviata tramite iCloud
health-spf-ok = iCloud può inviare posta per il dominio
health-spf-no-icloud = il record SPF non include iCloud: sostituiscilo con questo
health-spf-many = { $count } record SPF: con più di uno, SPF fallisce per ogni mittente; sostituiscili con questo record unico
health-dkim-ok = le firme di iCloud per il dominio si possono verificare
health-dkim-elsewhere = il nome DKIM punta altrove: la posta inviata tramite iCloud non supera DKIM
health-dkim-missing = { $name } non ha un CNAME: la posta inviata tramite iCloud non supera DKIM
health-verification-expected = un record TXT { $record } con il token che iCloud mostra per questo dominio
health-verification-ok = il dominio ha un token di verifica di iCloud
health-verification-missing = iCloud non può confermare che il dominio è tuo: sostituisci { $token } con il valore mostrato in Impostazioni di iCloud (iCloud Settings) > Dominio email personalizzato (Custom Email Domain)
health-dmarc-expected = un record DMARC ({ $record }), con criterio { $quarantine } o { $reject } quando SPF e DKIM sono ok
health-dmarc-missing = nessun record DMARC: i destinatari decidono da soli cosa fare della posta che falsifica il dominio (facoltativo, a scelta del proprietario del dominio)
health-dmarc-ok = criterio { $policy }: la posta che falsifica il dominio non viene consegnata come autentica
health-dmarc-none = il criterio { $none } fa solo rapporti: la posta che falsifica il dominio viene ancora consegnata; valuta { $quarantine } quando SPF e DKIM sono ok
health-dmarc-no-policy = il record DMARC non ha un criterio valido (p={ $none }, { $quarantine } o { $reject }), quindi i destinatari lo ignorano
health-dmarc-many = { $count } record DMARC: i destinatari ignorano DMARC quando ce n’è più di uno; tienine uno

## Ricerche DNS senza risposta e i server DNS interrogati.

dns-asked-server = il server DNS { $servers }
dns-asked-system = i server DNS del sistema ({ $servers })
dns-lookup-failed = ricerca { $record } per { $name }: { $failure }
dns-no-such-domain = il dominio non esiste (NXDOMAIN)
dns-no-records = nessun record di questo tipo (il nome esiste, ma non ne ha)
dns-timed-out = nessuna risposta entro { $limit }
dns-cancelled = annullata
dns-server-error = il server DNS ha risposto { $code }
dns-network = impossibile raggiungere { $server }: { $detail }
dns-bad-reply = risposta illeggibile da { $server }: { $detail }
dns-bad-name = non è un nome di dominio: { $name }
dns-no-servers = nessun server DNS da interrogare
dns-config-read = impossibile leggere i server DNS del sistema da { $path }: { $detail }
dns-config-parse = impossibile interpretare { $path }: { $detail }
dns-config-no-servers = su questo computer non è configurato nessun server DNS
dns-config-unsupported = qui non è possibile leggere i server DNS del sistema: { $detail }
dns-config-bad-server = il server DNS { $server } non è utilizzabile: { $reason }
