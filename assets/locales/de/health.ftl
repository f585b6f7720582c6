# The help desk's check of a custom domain's DNS records.

health-heading = DNS-Einträge von { $domain }
health-intro = Ob E-Mails für { $domain } bei iCloud ankommen und von dort versendet werden dürfen: die Einträge, die „Eigene E-Mail-Domain“ von iCloud+ braucht, so wie das DNS sie jetzt liefert
health-check = Einträge von { $domain } prüfen
health-check-again = Erneut prüfen
health-asking = DNS wird abgefragt …
health-failed = Die Einträge konnten nicht geprüft werden: { $reason }
health-asked = Abgefragt: { $servers }
health-record = { $kind } ({ $name }): { $status } – { $note }
health-found = Gefunden: { $records }
health-expected = Erwartet: { $expected }
health-copy = Kopieren
health-copy-name = { $kind }-Eintrag kopieren

health-kind-verification = Bestätigung
health-status-ok = ok
health-status-missing = fehlt
health-status-wrong = falsch
health-status-advice = Empfehlung
health-status-error = Fehler

health-summary-incomplete = Nicht alle Einträge von { $domain } konnten abgefragt werden: Der Bericht ist unvollständig
health-summary-no-domain = { $domain } existiert nicht (NXDOMAIN): Prüfe die Schreibweise oder veröffentliche diese Einträge, sobald die Domain registriert ist
health-summary-ready = E-Mails für { $domain } kommen wie eingerichtet bei iCloud an und werden von dort versendet
health-summary-problems = { $count ->
    [one] { $count } Eintragsart
   *[other] Eintragsarten
} für { $domain } zu korrigieren: { $kinds }

health-mx-expected-hosts = Nur MX-Einträge für { $hosts } und { $last }
health-mx-expected = Nur MX-Einträge für { $host }
health-mx-no-such-domain = { $domain } existiert nicht (NXDOMAIN)
health-mx-none = { $domain } hat keine MX-Einträge: E-Mails dafür können iCloud nicht erreichen
health-mx-ok = E-Mails für die Domain kommen bei iCloud an
health-mx-elsewhere = Kein MX-Eintrag zeigt auf iCloud: E-Mails für die Domain gehen woandershin; ersetze diese Einträge durch die von iCloud
health-mx-remove = { $remove } entfernen (dorthin gesendete E-Mails erreichen iCloud nicht)
health-mx-add = { $add } hinzufügen
health-mx-remove-add = { $remove } entfernen (dorthin gesendete E-Mails erreichen iCloud nicht); { $add } hinzufügen
health-spf-expected = genau ein SPF-Eintrag ({ $record }) mit { $include } oder { $redirect }
health-spf-missing = kein SPF-Eintrag: Empfänger halten über iCloud gesendete E-Mails womöglich für gefälscht
health-spf-ok = iCloud darf E-Mails für die Domain versenden
health-spf-no-icloud = Der SPF-Eintrag schließt iCloud nicht ein: Ersetze ihn durch diesen
health-spf-many = { $count } SPF-Einträge: Bei mehr als einem schlägt SPF für jeden Absender fehl; ersetze sie durch diesen einen
health-dkim-ok = Die Signaturen von iCloud für die Domain lassen sich prüfen
health-dkim-elsewhere = Der DKIM-Name zeigt woandershin: Über iCloud gesendete E-Mails bestehen DKIM nicht
health-dkim-missing = { $name } hat keinen CNAME: Über iCloud gesendete E-Mails bestehen DKIM nicht
health-verification-expected = ein TXT-Eintrag { $record } mit dem Token, den iCloud für diese Domain anzeigt
health-verification-ok = Die Domain trägt ein Bestätigungstoken von iCloud
health-verification-missing = iCloud kann nicht bestätigen, dass die Domain dir gehört: Ersetze { $token } durch den Wert unter „iCloud-Einstellungen“ (iCloud Settings) > „Eigene E-Mail-Domain“
health-dmarc-expected = ein DMARC-Eintrag ({ $record }), Richtlinie { $quarantine } oder { $reject }, sobald SPF und DKIM ok sind
health-dmarc-missing = kein DMARC-Eintrag: Empfänger entscheiden allein, was mit E-Mails geschieht, die die Domain fälschen (optional, nach Wahl des Domain-Inhabers)
health-dmarc-ok = Richtlinie { $policy }: E-Mails, die die Domain fälschen, werden nicht als echt zugestellt
health-dmarc-none = Richtlinie { $none } meldet nur: E-Mails, die die Domain fälschen, werden weiter zugestellt; erwäge { $quarantine }, sobald SPF und DKIM ok sind
health-dmarc-no-policy = Der DMARC-Eintrag hat keine gültige Richtlinie (p={ $none }, { $quarantine } oder { $reject }), deshalb ignorieren Empfänger ihn
health-dmarc-many = { $count } DMARC-Einträge: Empfänger ignorieren DMARC, wenn es mehr als einen gibt; behalte einen

## DNS-Abfragen ohne Antwort und die abgefragten Nameserver.

dns-asked-server = Nameserver { $servers }
dns-asked-system = die Nameserver des Systems ({ $servers })
dns-lookup-failed = { $record }-Abfrage für { $name }: { $failure }
dns-no-such-domain = die Domain existiert nicht (NXDOMAIN)
dns-no-records = keine solchen Einträge (der Name existiert, hat aber keine dieses Typs)
dns-timed-out = keine Antwort innerhalb von { $limit }
dns-cancelled = abgebrochen
dns-server-error = der Nameserver antwortete { $code }
dns-network = { $server } ist nicht erreichbar: { $detail }
dns-bad-reply = unlesbare Antwort von { $server }: { $detail }
dns-bad-name = kein Domainname: { $name }
dns-no-servers = kein Nameserver zum Abfragen
dns-config-read = die Nameserver des Systems konnten nicht aus { $path } gelesen werden: { $detail }
dns-config-parse = { $path } ist nicht lesbar: { $detail }
dns-config-no-servers = auf diesem Computer ist kein Nameserver eingerichtet
dns-config-unsupported = die Nameserver des Systems können hier nicht gelesen werden: { $detail }
dns-config-bad-server = Nameserver { $server } ist nicht nutzbar: { $reason }
