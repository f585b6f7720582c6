# The Outlook steps and the Outlook sheet.

## De uitgaven van Outlook (keuzerondjes in de assistent, kopjes op het blad).

outlook-edition-new = Nieuwe Outlook voor Windows
outlook-edition-classic = Klassieke Outlook voor Windows
outlook-edition-mac = Outlook voor Mac

## De stappen. Tussen haakjes: het Engelse label, waar het Nederlandse niet bevestigd is.

outlook-new-open = Open `Instellingen > Accounts > E-mailaccounts` (Settings > Accounts > Email accounts) en kies `Account toevoegen` (Add account).
outlook-new-type = Typ `{ $email }` en kies `Doorgaan` (Continue).
outlook-new-icloud = Als Outlook `iCloud` aanbiedt, houd dat aan en plak je app-specifieke wachtwoord (niet het wachtwoord van je Apple Account). Kies `Doorgaan` (Continue).
outlook-new-server-settings = Vraagt Outlook in plaats daarvan om serverinstellingen, vul ze dan in uit de tabel: IMAP, met de gebruikersnamen en poorten die daar staan.
outlook-new-intro-custom-domain = Het iCloud-accounttype van Outlook logt in met het adres dat je typt, maar jouw adres logt in met een ander adres. Stel het account daarom in als IMAP:
outlook-new-intro-other-settings = Het iCloud-accounttype van Outlook gebruikt de gedocumenteerde instellingen van iCloud, en die van jou wijken daarvan af (zie de tabel). Stel het account daarom in als IMAP:
outlook-new-imap = Typ `{ $email }`, kies dan `Geavanceerde installatie` (Advanced setup) of `Provider kiezen` (Choose provider) en daarna `IMAP`.
outlook-new-incoming = Inkomend: gebruikersnaam `{ $username }`, je app-specifieke wachtwoord, server `{ $host }`, poort `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Uitgaand: gebruikersnaam `{ $username }`, hetzelfde wachtwoord, server `{ $host }`, poort `{ $port }`, `{ $encryption }`.
outlook-new-continue = Kies `Doorgaan` (Continue).

outlook-classic-open = Open `Bestand > Account toevoegen` (File > Add Account).
outlook-classic-type = Typ `{ $email }`, open `Geavanceerde opties` (Advanced options), vink `Ik wil mijn account handmatig instellen` (Let me set up my account manually) aan en kies `Verbinding maken` (Connect).
outlook-classic-imap = Kies `IMAP`.
outlook-classic-incoming = Inkomende e-mail: server `{ $host }`, poort `{ $port }`, versleutelingsmethode `{ $encryption }`. Laat `Aanmelden met beveiligde wachtwoordverificatie (SPA) vereisen` (Require logon using Secure Password Authentication (SPA)) uitgevinkt.
outlook-classic-outgoing = Uitgaande e-mail: server `{ $host }`, poort `{ $port }`, versleutelingsmethode `{ $encryption }`. Laat SPA uitgevinkt.
outlook-classic-password = Kies `Volgende` (Next) en plak je app-specifieke wachtwoord als Outlook erom vraagt.
outlook-classic-account-settings =
    Open daarna `Bestand > Accountinstellingen > Accountinstellingen` (File > Account Settings > Account Settings) en dubbelklik op het account. { $username_is_address ->
        [yes] Controleer of bij `Gebruikersnaam` (User Name) `{ $username }` staat.
       *[no] Zet `Gebruikersnaam` (User Name) op `{ $username }`.
    } Vink onder `Meer instellingen > Server voor uitgaande e-mail` (More Settings > Outgoing Server) de optie `Voor de server voor uitgaande e-mail (SMTP) is verificatie vereist` (My outgoing server (SMTP) requires authentication) aan{ $same_username ->
        [yes] {" "}met `Dezelfde instellingen als voor de server voor inkomende e-mail gebruiken` (Use same settings as my incoming mail server).
       *[no] , kies `Aanmelden met` (Log on using), gebruikersnaam `{ $smtp_username }` en je app-specifieke wachtwoord.
    }

outlook-mac-open = Open `Outlook > Instellingen > Accounts` (Outlook > Settings > Accounts), kies `+` en `Nieuw account` (New Account).
outlook-mac-type = Typ `{ $email }` en kies `IMAP/POP` als naar de provider wordt gevraagd.
outlook-mac-account = Type `IMAP`, IMAP-gebruikersnaam `{ $username }` en je app-specifieke wachtwoord.
outlook-mac-incoming = Server voor inkomende e-mail `{ $host }`: vink `SSL gebruiken om verbinding te maken` (Use SSL to connect) en `Standaardpoort negeren` (Override default port) aan, poort `{ $port }`.
outlook-mac-outgoing =
    SMTP-gebruikersnaam `{ $username }` en je app-specifieke wachtwoord; server voor uitgaande e-mail `{ $host }`: vink `Standaardpoort negeren` (Override default port) aan, poort `{ $port }`, en vink `SSL gebruiken om verbinding te maken` (Use SSL to connect) aan. { $security ->
        [starttls] In Outlook voor Mac betekent dit vakje 'de verbinding versleutelen': op poort 587 versleutelt Outlook met STARTTLS, en dat is precies wat iCloud daar verwacht.
       *[tls] Op deze poort is de verbinding vanaf de eerste byte met SSL/TLS versleuteld.
    }
outlook-mac-add = Kies `Account toevoegen` (Add Account).

## Het afdrukbare Outlook-blad (een HTML-bestand).

sheet-title = iCloud Mail-instellingen voor { $email }
sheet-editions = Outlook instellen: nieuwe Outlook voor Windows, klassieke Outlook voor Windows en Outlook voor Mac
sheet-editions-for = Outlook instellen: nieuwe Outlook voor Windows, klassieke Outlook voor Windows en Outlook voor Mac, opgesteld voor { $name }
sheet-editions-by = Outlook instellen: nieuwe Outlook voor Windows, klassieke Outlook voor Windows en Outlook voor Mac, opgesteld door { $org }
sheet-editions-for-by = Outlook instellen: nieuwe Outlook voor Windows, klassieke Outlook voor Windows en Outlook voor Mac, opgesteld voor { $name } door { $org }
sheet-app-password = Je hebt een `app-specifiek wachtwoord` nodig: het wachtwoord van je Apple Account werkt niet. Maak er een aan op `{ $site } > Inloggen en beveiliging > App-specifieke wachtwoorden` > Genereer (Generate). Het ziet eruit als `xxxx-xxxx-xxxx-xxxx` (16 letters). Twee-factor-authenticatie moet aanstaan voor je Apple Account.
sheet-your-settings = Je instellingen
sheet-row-email = E-mailadres
sheet-row-name = Je naam
sheet-row-account-type = Accounttype
sheet-row-incoming-server = Server voor inkomende e-mail
sheet-row-incoming-port = Poort inkomend
sheet-row-incoming-encryption = Versleuteling inkomend
sheet-row-incoming-username = Gebruikersnaam inkomend
sheet-row-outgoing-server = Server voor uitgaande e-mail (SMTP)
sheet-row-outgoing-port = Poort uitgaand
sheet-row-outgoing-encryption = Versleuteling uitgaand
sheet-row-outgoing-username = Gebruikersnaam uitgaand
sheet-row-password = Wachtwoord (beide servers)
sheet-row-spa = Beveiligde wachtwoordverificatie (SPA)
sheet-row-smtp-auth = Uitgaande server vereist verificatie
sheet-row-sent-folder = Map voor verzonden e-mail
sheet-value-password = je app-specifieke wachtwoord
sheet-value-spa = Uit (niet aanvinken)
sheet-value-yes = Ja
sheet-traps = Veelvoorkomende valkuilen
sheet-trap-password = Een inlogfout betekent bijna altijd dat het wachtwoord van het Apple Account is gebruikt in plaats van een app-specifiek wachtwoord. Als je het wachtwoord van je Apple Account wijzigt, worden alle app-specifieke wachtwoorden ingetrokken; maak dan een nieuw aan.
sheet-trap-username-same = Gebruik `{ $username }` als gebruikersnaam voor beide servers.
sheet-trap-username-different = De twee servers gebruiken verschillende gebruikersnamen: `{ $imap_username }` voor inkomende e-mail en `{ $smtp_username }` voor uitgaande e-mail.
sheet-trap-custom-domain = Je adres `{ $email }` staat op je eigen domein, maar iCloud logt in met je primaire iCloud-adres, niet met dit adres.
sheet-trap-starttls = Poort `{ $port }` gebruikt `STARTTLS`, geen SSL/TLS; waar een app je laat kiezen, mislukt SSL/TLS op deze poort met fouten zoals 'wrong version number'. Als je netwerk deze poort blokkeert, gebruik dan poort `465` met `SSL/TLS`.
sheet-trap-tls = Uitgaande e-mail gebruikt poort `{ $port }` met `SSL/TLS` vanaf de eerste byte, geen STARTTLS. (De door iCloud gedocumenteerde poort 587 heeft STARTTLS nodig; poort `{ $port }` is voor netwerken die 587 blokkeren.)
sheet-trap-spa = Laat beveiligde wachtwoordverificatie (SPA) uit: iCloud ondersteunt dit niet.
sheet-trap-folders = iCloud bewaart verzonden e-mail in de map `{ $sent }` en verwijderde e-mail in `Deleted Messages`.
sheet-footer = Waarden uit de documentatie van Apple, `{ $url }`. Gemaakt met iCloud Mail-assistent.
