# The help desk's check of a custom domain's DNS records.

health-heading = DNS-records van { $domain }
health-intro = Of mail voor { $domain } bij iCloud aankomt en daar vandaan mag vertrekken: de records die het eigen e-maildomein van iCloud+ nodig heeft, zoals de DNS ze nu geeft
health-check = Records van { $domain } controleren
health-check-again = Opnieuw controleren
health-asking = DNS wordt bevraagd…
health-failed = De records konden niet worden gecontroleerd: { $reason }
health-asked = Bevraagd: { $servers }
health-record = { $kind } ({ $name }): { $status } — { $note }
health-found = Gevonden: { $records }
health-expected = Verwacht: { $expected }
health-copy = Kopieer
health-copy-name = Kopieer het { $kind }-record

health-kind-verification = Verificatie
health-status-ok = ok
health-status-missing = ontbreekt
health-status-wrong = onjuist
health-status-advice = advies
health-status-error = fout

health-summary-incomplete = Niet elk record van { $domain } kon worden opgevraagd: het rapport is onvolledig
health-summary-no-domain = { $domain } bestaat niet (NXDOMAIN): controleer de spelling, of publiceer deze records zodra het domein geregistreerd is
health-summary-ready = Mail voor { $domain } komt aan bij iCloud en vertrekt daar zoals ingesteld
health-summary-problems = { $count ->
    [one] { $count } soort record
   *[other] Soorten records
} te herstellen voor { $domain }: { $kinds }

health-mx-expected-hosts = Alleen MX-records voor { $hosts } en { $last }
health-mx-expected = Alleen MX-records voor { $host }
health-mx-no-such-domain = { $domain } bestaat niet (NXDOMAIN)
health-mx-none = { $domain } heeft geen MX-records: mail ervoor kan iCloud niet bereiken
health-mx-ok = mail voor het domein komt aan bij iCloud
health-mx-elsewhere = geen MX-record wijst naar iCloud: mail voor het domein gaat ergens anders heen; vervang deze records door die van iCloud
health-mx-remove = verwijder { $remove } (mail die daarheen gaat, bereikt iCloud niet)
health-mx-add = voeg { $add } toe
health-mx-remove-add = verwijder { $remove } (mail die daarheen gaat, bereikt iCloud niet); voeg { $add } toe
health-spf-expected = precies één SPF-record ({ $record }) met { $include } of { $redirect }
health-spf-missing = geen SPF-record: ontvangers kunnen mail die via iCloud is verstuurd als vervalst beschouwen
health-spf-ok = iCloud mag mail voor het domein versturen
health-spf-no-icloud = het SPF-record bevat iCloud niet: vervang het door dit record
health-spf-many = { $count } SPF-records: met meer dan één faalt SPF voor elke afzender; vervang ze door dit ene record
health-dkim-ok = de handtekeningen van iCloud voor het domein kunnen worden gecontroleerd
health-dkim-elsewhere = de DKIM-naam wijst ergens anders heen: mail die via iCloud is verstuurd, faalt voor DKIM
health-dkim-missing = { $name } heeft geen CNAME: mail die via iCloud is verstuurd, faalt voor DKIM
health-verification-expected = een TXT-record { $record } met de token die iCloud voor dit domein toont
health-verification-ok = het domein heeft een verificatietoken van iCloud
health-verification-missing = iCloud kan niet bevestigen dat het domein van jou is: vervang { $token } door de waarde die staat bij iCloud-instellingen (iCloud Settings) > Eigen e-maildomein (Custom Email Domain)
health-dmarc-expected = één DMARC-record ({ $record }), beleid { $quarantine } of { $reject } zodra SPF en DKIM ok zijn
health-dmarc-missing = geen DMARC-record: ontvangers beslissen zelf wat ze doen met mail die het domein vervalst (optioneel, de keuze van de eigenaar van het domein)
health-dmarc-ok = beleid { $policy }: mail die het domein vervalst, wordt niet als echt afgeleverd
health-dmarc-none = beleid { $none } rapporteert alleen: mail die het domein vervalst, wordt nog steeds afgeleverd; overweeg { $quarantine } zodra SPF en DKIM ok zijn
health-dmarc-no-policy = het DMARC-record heeft geen geldig beleid (p={ $none }, { $quarantine } of { $reject }), dus ontvangers negeren het
health-dmarc-many = { $count } DMARC-records: ontvangers negeren DMARC als er meer dan één is; houd er één

## DNS-opzoekingen zonder antwoord, en de gevraagde naamservers.

dns-asked-server = naamserver { $servers }
dns-asked-system = de naamservers van het systeem ({ $servers })
dns-lookup-failed = { $record }-opzoeking voor { $name }: { $failure }
dns-no-such-domain = het domein bestaat niet (NXDOMAIN)
dns-no-records = geen records van dit type (de naam bestaat, maar heeft er geen)
dns-timed-out = geen antwoord binnen { $limit }
dns-cancelled = geannuleerd
dns-server-error = de naamserver antwoordde { $code }
dns-network = { $server } is niet bereikbaar: { $detail }
dns-bad-reply = onleesbaar antwoord van { $server }: { $detail }
dns-bad-name = geen domeinnaam: { $name }
dns-no-servers = geen naamserver om te vragen
dns-config-read = de naamservers van het systeem konden niet worden gelezen uit { $path }: { $detail }
dns-config-parse = { $path } is onleesbaar: { $detail }
dns-config-no-servers = op deze computer is geen naamserver ingesteld
dns-config-unsupported = de naamservers van het systeem kunnen hier niet worden gelezen: { $detail }
dns-config-bad-server = naamserver { $server } is niet bruikbaar: { $reason }
