# The connection test step, its diagnoses and findings.

test-heading = Test di connessione
test-intro = L’assistente accede ai server di posta di iCloud in tutti i modi documentati da Apple, contemporaneamente, e tiene ciò che funziona da questa rete. Non viene inviato niente, a meno che tu non chieda un messaggio di prova.
test-progress = Verifica in corso… { $done } di { $total } completate
test-cancelled = Il test è stato annullato. Ripetilo, oppure saltalo per andare avanti
test-not-run = Esegui il test, oppure saltalo se vuoi solo i file di impostazioni
test-all-work = Ricezione e invio funzionano entrambi da questa rete
test-some-work = Solo alcuni accessi hanno funzionato; le righe qui sotto spiegano perché
test-none-work = Nessun accesso ha funzionato; le righe qui sotto spiegano perché e cosa fare

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, parte del nome
test-check-imap-full-address = IMAP { $port }, indirizzo completo
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = In attesa
test-row-checking = Verifica in corso…
test-row-cancelled = Annullata

# Buttons.
test-cancel = Annulla
test-run = Esegui il test
test-skip = Salta il test
test-retry = Riprova

test-send-message = Inviami un messaggio di prova
test-send-hint = Facoltativo: invia un messaggio a { $address } e lo elimina appena arriva
test-sending = Invio di un messaggio di prova a { $address } e attesa del suo arrivo…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = Il messaggio di prova è stato inviato ed è arrivato dopo { $duration }{ $removal ->
        [removed] ; è stato di nuovo eliminato
        [flagged] ; è contrassegnato come eliminato
       *[none] { "" }
    }
test-message-sent = Il messaggio di prova è stato inviato{ $removal ->
        [removed] ; è stato di nuovo eliminato
        [flagged] ; è contrassegnato come eliminato
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = Il messaggio di prova non è arrivato ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = connessione { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = saluto { $duration }
test-timing-login = accesso { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = durante la ricerca del nome del server
diagnosis-phase-connect = durante la connessione
diagnosis-phase-tls = durante l’handshake TLS
diagnosis-phase-greeting = in attesa del saluto del server
diagnosis-phase-starttls = durante il passaggio a TLS (STARTTLS)
diagnosis-phase-auth = durante l’accesso
diagnosis-phase-logout = durante la disconnessione

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = L’accesso { $protocol } funziona come { $username } su { $host }
diagnosis-dns = Il nome del server { $server } non è stato trovato. Controlla la connessione a internet; succede anche con una rete che consente di navigare solo dopo una pagina di accesso.
diagnosis-refused = La connessione a { $host } è stata rifiutata oppure la rete non è raggiungibile. Forse un firewall o il tuo provider blocca questa porta. Prova un’altra rete per distinguere i due casi.
diagnosis-refused-587 = La connessione a { $host } è stata rifiutata oppure la rete non è raggiungibile. Forse un firewall o il tuo provider blocca questa porta. Le reti bloccano spesso la 587: usa invece la porta 465 con SSL/TLS.
diagnosis-timeout-resolve = La ricerca di { $server } ha richiesto troppo tempo: il servizio dei nomi (DNS) della rete non risponde. Controlla la connessione o prova un’altra rete.
diagnosis-timeout-connect = La connessione a { $host } è scaduta ({ $phase }: { $detail }). Probabilmente la porta è bloccata da un firewall o dalla tua rete. Prova un’altra rete per distinguere i due casi.
diagnosis-timeout-connect-587 = La connessione a { $host } è scaduta ({ $phase }: { $detail }). Probabilmente la porta è bloccata da un firewall o dalla tua rete. Le reti bloccano spesso la 587: usa invece la porta 465 con SSL/TLS.
diagnosis-timeout-greeting = { $host } ha accettato la connessione ma non ha salutato in tempo. Se questa porta si aspetta TLS fin dall’inizio (465 o 993), scegli SSL/TLS invece di STARTTLS.
diagnosis-timeout = { $host } ha smesso di rispondere { $phase }. Il server o la rete sono troppo lenti o trattengono la connessione; riprova più tardi o su un’altra rete.
diagnosis-cert-untrusted = Il certificato di sicurezza di { $host } non è firmato da un’autorità di cui questo computer si fida (potrebbe essere autofirmato, oppure un dispositivo della rete sta intercettando la connessione). Non inserire la password su questa rete finché il problema non è risolto; i veri server di iCloud presentano certificati validi. Dettagli: { $detail }.
diagnosis-cert-wrong-host = Il certificato di sicurezza di { $host } appartiene a un altro nome di server. Non inserire la password su questa rete finché il problema non è risolto; i veri server di iCloud presentano certificati validi. Dettagli: { $detail }.
diagnosis-cert-expired = Il certificato di sicurezza di { $host } è scaduto o non è ancora valido (controlla che data e ora di questo computer siano giuste). Non inserire la password su questa rete finché il problema non è risolto; i veri server di iCloud presentano certificati validi. Dettagli: { $detail }.
diagnosis-cert-refused = Il certificato di sicurezza di { $host } è stato rifiutato. Non inserire la password su questa rete finché il problema non è risolto; i veri server di iCloud presentano certificati validi. Dettagli: { $detail }.
diagnosis-tls-not-tls = { $host } non ha risposto con TLS. Se è una porta STARTTLS (587 per SMTP), scegli STARTTLS invece di SSL/TLS; per SSL/TLS usa la porta 465 (SMTP) o 993 (IMAP).
diagnosis-tls-failed = Non è stato possibile stabilire la connessione cifrata con { $host }. Forse qualcosa nella rete interferisce con la cifratura.
diagnosis-no-starttls = { $host } non offre STARTTLS, quindi la password non può essere inviata in modo sicuro. iCloud lo offre sempre: qualcosa nella tua rete (un antivirus o un firewall che analizza la posta) lo sta togliendo. Prova la porta 465 con SSL/TLS.
diagnosis-protocol = { $host } ha risposto qualcosa che non è il { $protocol } atteso. Controlla nome del server e porta; forse risponde un proxy o un captive portal al posto di iCloud.
diagnosis-closed = { $host } ha chiuso la connessione { $phase }. Il server o qualcosa nella rete l’ha interrotta; riprova e controlla che porta e sicurezza ({ $security }) siano giuste.
diagnosis-cancelled = La verifica è stata annullata.
# $text is the server's own reply.
diagnosis-server-said = Il server ha detto: "{ $text }"
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = Il server ha rifiutato l’accesso come { $username }. Qui iCloud accetta solo una password specifica per l’app, mai la password del tuo Account Apple: creane una su { $page } > “Accesso e sicurezza” > “Password specifiche per le app” (App-Specific Passwords) > Genera (Generate) e incollala.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = La password inserita non ha il formato di una password specifica per l’app: { $reason }.
diagnosis-auth-full-address = Alcuni account richiedono l’indirizzo completo come nome utente IMAP; viene verificato anche questo.
diagnosis-auth-changed = Se di recente hai cambiato la password del tuo Account Apple, le password specifiche per l’app precedenti hanno smesso di funzionare.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = nome utente IMAP { $username } (parte del nome dell’indirizzo)
basis-imap-full-address = nome utente IMAP { $username } (indirizzo completo)
basis-smtp = porta SMTP { $port } con { $security }
basis-tested = I file usano ciò che ha funzionato nel test: { $found }
basis-partly-tested = I file usano ciò che il test ha trovato ({ $found }) e le impostazioni documentate di iCloud per il resto
basis-failed-test = I file usano le impostazioni documentate di iCloud, che sono quelle giuste per iCloud: una volta risolto il problema, funzioneranno
basis-untested = Il test è stato saltato, quindi i file usano le impostazioni documentate di iCloud

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Scrivi il tuo indirizzo email per andare avanti
blocker-bad-address = L’indirizzo non è ancora valido: { $reason }
blocker-domain-checking = Verifico dove va la posta di { $domain }…
blocker-domain-not-confirmed = La posta di { $domain } non è su iCloud: cambia o conferma l’indirizzo
blocker-provider-address = Gli indirizzi { $domain } sono di { $provider }: inserisci il tuo indirizzo @icloud.com
blocker-no-login = Scrivi il tuo indirizzo iCloud principale per andare avanti
blocker-bad-login = L’indirizzo iCloud principale non è ancora valido: { $reason }
blocker-no-password = Incolla la tua password specifica per l’app per andare avanti
blocker-bad-password = Controlla la password: { $reason }
blocker-checks-not-run = Esegui il test di connessione, oppure saltalo, per andare avanti
blocker-checks-running = Attendi che le verifiche finiscano, oppure annullale
blocker-checks-cancelled = Le verifiche sono state annullate: ripetile o saltale
blocker-last-step = Questo è l’ultimo passaggio

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Messaggio di prova dell’assistente iCloud Mail
test-email-body = Questo messaggio è stato inviato dall’assistente iCloud Mail per verificare che invio e ricezione funzionino. L’assistente lo elimina appena arriva.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = il messaggio di prova non è arrivato nella posta in arrivo (INBOX) entro { $seconds } s
