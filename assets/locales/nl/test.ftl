# The connection test step, its diagnoses and findings.

test-heading = Verbindingstest
test-intro = De assistent logt tegelijk op alle door Apple beschreven manieren in op de mailservers van iCloud en houdt wat vanaf dit netwerk werkt. Er wordt niets verstuurd, tenzij je om een testbericht vraagt.
test-progress = Controleren… { $done } van { $total } klaar
test-cancelled = De test is geannuleerd. Probeer hem opnieuw, of sla hem over om verder te gaan
test-not-run = Voer de test uit, of sla hem over als je alleen de instellingenbestanden wilt
test-all-work = Ontvangen en versturen werken allebei vanaf dit netwerk
test-some-work = Maar een deel van de aanmeldingen werkte; de rijen hieronder zeggen waarom
test-none-work = Geen enkele aanmelding werkte; de rijen hieronder zeggen waarom en wat je kunt doen

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, naamdeel
test-check-imap-full-address = IMAP { $port }, volledig adres
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = Wacht
test-row-checking = Controleren…
test-row-cancelled = Geannuleerd

# Buttons.
test-cancel = Annuleer
test-run = Voer de test uit
test-skip = Sla de test over
test-retry = Opnieuw

test-send-message = Stuur mij een testbericht
test-send-hint = Optioneel: stuurt een bericht naar { $address } en verwijdert het zodra het aankomt
test-sending = Testbericht naar { $address } versturen en erop wachten…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = Het testbericht is verstuurd en kwam na { $duration } aan{ $removal ->
        [removed] ; het is weer verwijderd
        [flagged] ; het is gemarkeerd als verwijderd
       *[none] { "" }
    }
test-message-sent = Het testbericht is verstuurd{ $removal ->
        [removed] ; het is weer verwijderd
        [flagged] ; het is gemarkeerd als verwijderd
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = Het testbericht kwam niet aan ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = verbinden { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = begroeting { $duration }
test-timing-login = inloggen { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = tijdens het opzoeken van de servernaam
diagnosis-phase-connect = tijdens het verbinden
diagnosis-phase-tls = tijdens de TLS-handshake
diagnosis-phase-greeting = tijdens het wachten op de begroeting van de server
diagnosis-phase-starttls = tijdens het overschakelen naar TLS (STARTTLS)
diagnosis-phase-auth = tijdens het inloggen
diagnosis-phase-logout = tijdens het uitloggen

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = Inloggen via { $protocol } werkt als { $username } op { $host }
diagnosis-dns = De servernaam { $server } is niet gevonden. Controleer je internetverbinding; een netwerk dat pas na een inlogpagina internet toelaat, veroorzaakt dit ook.
diagnosis-refused = De verbinding met { $host } is geweigerd of het netwerk is onbereikbaar. Een firewall of je provider blokkeert misschien deze poort. Probeer een ander netwerk om die twee uit elkaar te houden.
diagnosis-refused-587 = De verbinding met { $host } is geweigerd of het netwerk is onbereikbaar. Een firewall of je provider blokkeert misschien deze poort. Netwerken blokkeren vaak 587: gebruik in plaats daarvan poort 465 met SSL/TLS.
diagnosis-timeout-resolve = Het opzoeken van { $server } duurde te lang: de naamdienst (DNS) van het netwerk antwoordt niet. Controleer je verbinding of probeer een ander netwerk.
diagnosis-timeout-connect = Verbinden met { $host } duurde te lang ({ $phase }: { $detail }). De poort wordt waarschijnlijk geblokkeerd door een firewall of je netwerk. Probeer een ander netwerk om die twee uit elkaar te houden.
diagnosis-timeout-connect-587 = Verbinden met { $host } duurde te lang ({ $phase }: { $detail }). De poort wordt waarschijnlijk geblokkeerd door een firewall of je netwerk. Netwerken blokkeren vaak 587: gebruik in plaats daarvan poort 465 met SSL/TLS.
diagnosis-timeout-greeting = { $host } nam de verbinding aan maar begroette niet op tijd. Als deze poort vanaf het begin TLS verwacht (465 of 993), kies dan SSL/TLS in plaats van STARTTLS.
diagnosis-timeout = { $host } antwoordde niet meer { $phase }. De server of het netwerk is te traag of houdt de verbinding vast; probeer het later opnieuw of op een ander netwerk.
diagnosis-cert-untrusted = Het beveiligingscertificaat van { $host } is niet ondertekend door een instantie die deze computer vertrouwt (het is misschien zelfondertekend, of een apparaat in het netwerk onderschept de verbinding). Voer op dit netwerk geen wachtwoord in tot dit is opgelost; de echte servers van iCloud hebben geldige certificaten. Details: { $detail }.
diagnosis-cert-wrong-host = Het beveiligingscertificaat van { $host } hoort bij een andere servernaam. Voer op dit netwerk geen wachtwoord in tot dit is opgelost; de echte servers van iCloud hebben geldige certificaten. Details: { $detail }.
diagnosis-cert-expired = Het beveiligingscertificaat van { $host } is verlopen of nog niet geldig (controleer of de datum en tijd van deze computer kloppen). Voer op dit netwerk geen wachtwoord in tot dit is opgelost; de echte servers van iCloud hebben geldige certificaten. Details: { $detail }.
diagnosis-cert-refused = Het beveiligingscertificaat van { $host } is geweigerd. Voer op dit netwerk geen wachtwoord in tot dit is opgelost; de echte servers van iCloud hebben geldige certificaten. Details: { $detail }.
diagnosis-tls-not-tls = { $host } antwoordde niet met TLS. Als dit een STARTTLS-poort is (587 voor SMTP), kies dan STARTTLS in plaats van SSL/TLS; gebruik voor SSL/TLS poort 465 (SMTP) of 993 (IMAP).
diagnosis-tls-failed = De versleutelde verbinding met { $host } kon niet worden opgezet. Misschien verstoort iets in het netwerk de versleuteling.
diagnosis-no-starttls = { $host } biedt geen STARTTLS aan, dus het wachtwoord kan niet veilig worden verstuurd. iCloud biedt het altijd aan: iets in je netwerk (een virusscanner of een firewall die mail controleert) haalt het weg. Probeer poort 465 met SSL/TLS.
diagnosis-protocol = { $host } antwoordde iets anders dan het verwachte { $protocol }. Controleer de servernaam en de poort; misschien antwoordt een proxy of een inlogpagina van het netwerk in plaats van iCloud.
diagnosis-closed = { $host } sloot de verbinding { $phase }. De server of iets in het netwerk verbrak haar; probeer het opnieuw en controleer of de poort en de beveiliging ({ $security }) kloppen.
diagnosis-cancelled = De controle is geannuleerd.
# $text is the server's own reply.
diagnosis-server-said = De server zei: '{ $text }'
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = De server weigerde het inloggen als { $username }. iCloud accepteert hier alleen een app-specifiek wachtwoord, nooit het wachtwoord van je Apple Account: maak er een op { $page } > 'Inloggen en beveiliging' (Sign-In and Security) > 'App-specifieke wachtwoorden' (App-Specific Passwords) > Genereer (Generate) en plak het.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = Het ingevoerde wachtwoord heeft niet de vorm van een app-specifiek wachtwoord: { $reason }.
diagnosis-auth-full-address = Sommige accounts hebben het volledige adres nodig als IMAP-gebruikersnaam; dat wordt ook gecontroleerd.
diagnosis-auth-changed = Als je het wachtwoord van je Apple Account onlangs hebt gewijzigd, werken oudere app-specifieke wachtwoorden niet meer.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = IMAP-gebruikersnaam { $username } (naamdeel van het adres)
basis-imap-full-address = IMAP-gebruikersnaam { $username } (volledig adres)
basis-smtp = SMTP-poort { $port } met { $security }
basis-tested = De bestanden gebruiken wat in de test werkte: { $found }
basis-partly-tested = De bestanden gebruiken wat de test vond ({ $found }) en voor de rest de door iCloud beschreven instellingen
basis-failed-test = De bestanden gebruiken de door iCloud beschreven instellingen, die voor iCloud kloppen: zodra het probleem is opgelost, werken ze
basis-untested = De test is overgeslagen, dus de bestanden gebruiken de door iCloud beschreven instellingen

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Typ je e-mailadres om verder te gaan
blocker-bad-address = Het adres is nog niet geldig: { $reason }
blocker-domain-checking = Controleren waar mail voor { $domain } heen gaat…
blocker-domain-not-confirmed = Mail voor { $domain } staat niet bij iCloud: wijzig of bevestig het adres
blocker-provider-address = Adressen bij { $domain } zijn van { $provider }: voer je @icloud.com-adres in
blocker-no-login = Typ je primaire iCloud-adres om verder te gaan
blocker-bad-login = Het primaire iCloud-adres is nog niet geldig: { $reason }
blocker-no-password = Plak je app-specifieke wachtwoord om verder te gaan
blocker-bad-password = Controleer het wachtwoord: { $reason }
blocker-checks-not-run = Voer de verbindingstest uit, of sla hem over, om verder te gaan
blocker-checks-running = Wacht tot de controles klaar zijn, of annuleer ze
blocker-checks-cancelled = De controles zijn geannuleerd: probeer ze opnieuw of sla ze over
blocker-last-step = Dit is de laatste stap

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Testbericht van de iCloud Mail-assistent
test-email-body = Dit bericht is verstuurd door de iCloud Mail-assistent om te controleren of versturen en ontvangen allebei werken. De assistent verwijdert het zodra het aankomt.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = het testbericht kwam niet binnen { $seconds } s aan in de inbox (INBOX)
