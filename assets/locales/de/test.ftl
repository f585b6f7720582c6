# The connection test step, its diagnoses and findings.

test-heading = Verbindungstest
test-intro = Der Assistent meldet sich gleichzeitig auf allen von Apple dokumentierten Wegen bei den Mail-Servern von iCloud an und behält, was in diesem Netzwerk funktioniert. Es wird nichts gesendet, außer du bittest um eine Testnachricht.
test-progress = Prüfe … { $done } von { $total } erledigt
test-cancelled = Der Test wurde abgebrochen. Wiederhole ihn oder überspringe ihn, um weiterzumachen
test-not-run = Starte den Test oder überspringe ihn, wenn du nur die Einstellungsdateien möchtest
test-all-work = Empfangen und Senden funktionieren beide in diesem Netzwerk
test-some-work = Nur einige Anmeldungen haben funktioniert; die Zeilen unten sagen, warum
test-none-work = Keine Anmeldung hat funktioniert; die Zeilen unten sagen, warum und was zu tun ist

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, Namensteil
test-check-imap-full-address = IMAP { $port }, volle Adresse
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = Wartet
test-row-checking = Prüfe …
test-row-cancelled = Abgebrochen

# Buttons.
test-cancel = Abbrechen
test-run = Test starten
test-skip = Test überspringen
test-retry = Wiederholen

test-send-message = Mir eine Testnachricht senden
test-send-hint = Optional: sendet eine Nachricht an { $address } und löscht sie, sobald sie ankommt
test-sending = Sende eine Testnachricht an { $address } und warte auf sie …
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = Die Testnachricht wurde gesendet und kam nach { $duration } an{ $removal ->
        [removed] ; sie wurde wieder gelöscht
        [flagged] ; sie ist als gelöscht markiert
       *[none] { "" }
    }
test-message-sent = Die Testnachricht wurde gesendet{ $removal ->
        [removed] ; sie wurde wieder gelöscht
        [flagged] ; sie ist als gelöscht markiert
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = Die Testnachricht ist nicht angekommen ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = Verbinden { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = Begrüßung { $duration }
test-timing-login = Anmelden { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = beim Nachschlagen des Servernamens
diagnosis-phase-connect = beim Verbinden
diagnosis-phase-tls = beim TLS-Handshake
diagnosis-phase-greeting = beim Warten auf die Begrüßung des Servers
diagnosis-phase-starttls = beim Wechsel zu TLS (STARTTLS)
diagnosis-phase-auth = beim Anmelden
diagnosis-phase-logout = beim Abmelden

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = Die { $protocol }-Anmeldung als { $username } bei { $host } funktioniert
diagnosis-dns = Der Servername { $server } wurde nicht gefunden. Prüfe deine Internetverbindung; auch ein Netzwerk, das erst nach einer Anmeldeseite im Browser surfen lässt, führt dazu.
diagnosis-refused = Die Verbindung zu { $host } wurde abgelehnt, oder das Netzwerk ist nicht erreichbar. Eine Firewall oder dein Anbieter blockiert vielleicht diesen Port. Probiere ein anderes Netzwerk, um beides zu unterscheiden.
diagnosis-refused-587 = Die Verbindung zu { $host } wurde abgelehnt, oder das Netzwerk ist nicht erreichbar. Eine Firewall oder dein Anbieter blockiert vielleicht diesen Port. Netzwerke blockieren oft 587: Nimm stattdessen Port 465 mit SSL/TLS.
diagnosis-timeout-resolve = Das Nachschlagen von { $server } hat zu lange gedauert: Der Namensdienst (DNS) des Netzwerks antwortet nicht. Prüfe deine Verbindung oder probiere ein anderes Netzwerk.
diagnosis-timeout-connect = Die Verbindung zu { $host } hat zu lange gedauert ({ $phase }: { $detail }). Wahrscheinlich blockiert eine Firewall oder dein Netzwerk den Port. Probiere ein anderes Netzwerk, um beides zu unterscheiden.
diagnosis-timeout-connect-587 = Die Verbindung zu { $host } hat zu lange gedauert ({ $phase }: { $detail }). Wahrscheinlich blockiert eine Firewall oder dein Netzwerk den Port. Netzwerke blockieren oft 587: Nimm stattdessen Port 465 mit SSL/TLS.
diagnosis-timeout-greeting = { $host } hat die Verbindung angenommen, aber nicht rechtzeitig begrüßt. Wenn dieser Port TLS von Anfang an erwartet (465 oder 993), wähle SSL/TLS statt STARTTLS.
diagnosis-timeout = { $host } hat { $phase } nicht mehr geantwortet. Der Server oder das Netzwerk ist zu langsam oder hält die Verbindung fest; versuche es später oder in einem anderen Netzwerk noch einmal.
diagnosis-cert-untrusted = Das Sicherheitszertifikat von { $host } ist von keiner Stelle signiert, der dieser Computer vertraut (es ist vielleicht selbst signiert, oder ein Gerät im Netzwerk fängt die Verbindung ab). Gib in diesem Netzwerk kein Passwort ein, bis das gelöst ist; die echten Server von iCloud haben gültige Zertifikate. Details: { $detail }.
diagnosis-cert-wrong-host = Das Sicherheitszertifikat von { $host } gehört zu einem anderen Servernamen. Gib in diesem Netzwerk kein Passwort ein, bis das gelöst ist; die echten Server von iCloud haben gültige Zertifikate. Details: { $detail }.
diagnosis-cert-expired = Das Sicherheitszertifikat von { $host } ist abgelaufen oder noch nicht gültig (prüfe, ob Datum und Uhrzeit dieses Computers stimmen). Gib in diesem Netzwerk kein Passwort ein, bis das gelöst ist; die echten Server von iCloud haben gültige Zertifikate. Details: { $detail }.
diagnosis-cert-refused = Das Sicherheitszertifikat von { $host } wurde abgelehnt. Gib in diesem Netzwerk kein Passwort ein, bis das gelöst ist; die echten Server von iCloud haben gültige Zertifikate. Details: { $detail }.
diagnosis-tls-not-tls = { $host } hat nicht mit TLS geantwortet. Wenn das ein STARTTLS-Port ist (587 bei SMTP), wähle STARTTLS statt SSL/TLS; für SSL/TLS nimm Port 465 (SMTP) oder 993 (IMAP).
diagnosis-tls-failed = Die verschlüsselte Verbindung zu { $host } konnte nicht aufgebaut werden. Vielleicht stört etwas im Netzwerk die Verschlüsselung.
diagnosis-no-starttls = { $host } bietet kein STARTTLS an, daher kann das Passwort nicht sicher gesendet werden. iCloud bietet es immer an: Etwas in deinem Netzwerk (ein Virenschutz oder eine Firewall, die Mails prüft) entfernt es. Probiere Port 465 mit SSL/TLS.
diagnosis-protocol = { $host } hat nicht wie erwartet mit { $protocol } geantwortet. Prüfe Servername und Port; vielleicht antwortet ein Proxy oder eine Anmeldeseite des Netzwerks statt iCloud.
diagnosis-closed = { $host } hat die Verbindung { $phase } geschlossen. Der Server oder etwas im Netzwerk hat sie getrennt; versuche es noch einmal und prüfe, ob Port und Sicherheit ({ $security }) stimmen.
diagnosis-cancelled = Die Prüfung wurde abgebrochen.
# $text is the server's own reply.
diagnosis-server-said = Der Server sagte: „{ $text }“
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = Der Server hat die Anmeldung als { $username } abgelehnt. iCloud akzeptiert hier nur ein app-spezifisches Passwort, nie das Passwort deines Apple Account: Erstelle eines unter { $page } > „Anmelden und Sicherheit“ > „App-spezifische Passwörter“ > „App-spezifisches Passwort erstellen“ und füge es ein.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = Das eingegebene Passwort hat nicht das app-spezifische Format: { $reason }.
diagnosis-auth-full-address = Manche Accounts brauchen die volle Adresse als IMAP-Benutzername; das wird auch geprüft.
diagnosis-auth-changed = Wenn du das Passwort deines Apple Account kürzlich geändert hast, funktionieren ältere app-spezifische Passwörter nicht mehr.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = IMAP-Benutzername { $username } (Namensteil der Adresse)
basis-imap-full-address = IMAP-Benutzername { $username } (volle Adresse)
basis-smtp = SMTP-Port { $port } mit { $security }
basis-tested = Die Dateien nutzen, was im Test funktioniert hat: { $found }
basis-partly-tested = Die Dateien nutzen, was der Test gefunden hat ({ $found }), und für den Rest die von iCloud dokumentierten Einstellungen
basis-failed-test = Die Dateien nutzen die von iCloud dokumentierten Einstellungen, die für iCloud richtig sind: Sobald das Problem gelöst ist, funktionieren sie
basis-untested = Der Test wurde übersprungen, daher nutzen die Dateien die von iCloud dokumentierten Einstellungen

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Gib deine E-Mail-Adresse ein, um weiterzumachen
blocker-bad-address = Die Adresse ist noch nicht gültig: { $reason }
blocker-domain-checking = Prüfe, wohin Mails für { $domain } gehen …
blocker-domain-not-confirmed = Mails für { $domain } liegen nicht bei iCloud: Ändere oder bestätige die Adresse
blocker-provider-address = Adressen bei { $domain } gehören zu { $provider }: Gib deine Adresse auf @icloud.com ein
blocker-no-login = Gib deine primäre iCloud-Adresse ein, um weiterzumachen
blocker-bad-login = Die primäre iCloud-Adresse ist noch nicht gültig: { $reason }
blocker-no-password = Füge dein app-spezifisches Passwort ein, um weiterzumachen
blocker-bad-password = Prüfe das Passwort: { $reason }
blocker-checks-not-run = Starte den Verbindungstest oder überspringe ihn, um weiterzumachen
blocker-checks-running = Warte, bis die Prüfungen fertig sind, oder brich sie ab
blocker-checks-cancelled = Die Prüfungen wurden abgebrochen: Wiederhole oder überspringe sie
blocker-last-step = Das ist der letzte Schritt

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Testnachricht vom iCloud-Mail-Assistenten
test-email-body = Diese Nachricht hat der iCloud-Mail-Assistent gesendet, um zu prüfen, ob Senden und Empfangen funktionieren. Der Assistent löscht sie, sobald sie ankommt.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = die Testnachricht ist nicht innerhalb von { $seconds } s im Posteingang (INBOX) angekommen
