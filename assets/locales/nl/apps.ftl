# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (nl), Thunderbird
# for Android's from thunderbird-android (values-nl; its welcome button reads
# "Importinstellingen"). iOS labels not confirmed carry the English label in parentheses.

## The mail app step

apps-heading = Waar lees je je e-mail?
apps-address-invalid = Het adres is niet meer geldig: ga terug om het te verbeteren
apps-intro = Vink elke app of elk apparaat aan dat je gebruikt. Bij elk zie je op volgorde wat je moet doen, en de ene knop die het doet.
apps-no-dialogs = { $reason }. Bestanden worden in plaats daarvan in deze map bewaard
apps-folder-label = Map
apps-saving = Bewaren…
apps-skip = Deze stap overslaan
apps-skip-hint = De instellingen staan hoe dan ook op de volgende pagina
apps-copy = Kopiëren
apps-saved = Bewaard
apps-open-folder = Map openen
apps-open-folder-name = De map van { $name } openen
apps-file-detail = { $kind ->
    [folder] Map
   *[file] Bestand
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = Voeg in je app een account toe van het type `IMAP` (iCloud heeft geen POP).
apps-other-values = Typ de waarden van de volgende pagina: elke waarde heeft een kopieerknop. Het wachtwoord is je app-specifiek wachtwoord, voor beide servers.

## Thunderbird for Android

apps-android-import = Tik in Thunderbird voor Android op het welkomstscherm op `Importinstellingen` (als er al accounts zijn: `Instellingen > Instellingen importeren`).
apps-android-scan = Tik op `QR-code scannen` en richt de camera op deze code, tik daarna op `Importeren`.
apps-android-password = Typ je app-specifiek wachtwoord als `Wachtwoord inkomende server` en laat `Gebruik hetzelfde wachtwoord voor de uitgaande server` aan.
apps-android-qr-name = QR-code voor Thunderbird voor Android
apps-android-with-password = Het wachtwoord in de code op het scherm zetten
apps-android-k9 = K-9 Mail kan geen QR-code importeren: gebruik daar de waarden van de volgende pagina
apps-android-save = De code bewaren om af te drukken
apps-android-save-hover = PNG en SVG, nooit met het wachtwoord

## iPhone, iPad and Mac

apps-apple-question = Is het apparaat ingelogd met de Apple Account waar deze mailbox bij hoort?
apps-apple-same = Ja, dezelfde Apple Account
apps-apple-other = Nee: een andere Apple Account, of niet ingelogd
apps-apple-switch = Dan is iCloud Mail gewoon een schakelaar, en een profiel zou dezelfde mailbox een tweede keer toevoegen:
apps-apple-switch-iphone = iPhone of iPad: `Instellingen > [je naam] > iCloud > iCloud Mail`, en zet `Gebruik op deze iPhone` (Use on this iPhone) aan (of iPad).
apps-apple-switch-mac = Mac: `Systeeminstellingen > [je naam] > iCloud > iCloud Mail`, en zet het aan.
apps-apple-get-it-there = Bewaar het profiel hieronder en zet het op het apparaat: via AirDrop, per e-mail naar een adres dat het apparaat leest, of door het in Safari vanaf een webpagina te openen.
apps-apple-install-iphone = iPhone of iPad: open `Instellingen`, tik op `Profiel gedownload` (Profile Downloaded) en installeer het binnen 8 minuten.
apps-apple-install-mac = Mac: open het bestand en installeer het daarna in `Systeeminstellingen > Privacy en beveiliging > Profielen` (nieuwere macOS: `Algemeen > Apparaatbeheer` (General > Device Management)).
apps-apple-shows-signed = Het apparaat toont `{ $trust }`: het profiel is ondertekend als { $subject } (‘Profielen ondertekenen’, onder ‘Helpdesk’). Mail vraagt daarna om je app-specifiek wachtwoord.
apps-apple-shows-unsigned = Het apparaat toont `Niet ondertekend` (Not Signed): dit profiel is niet ondertekend, en dat is zo bedoeld. Mail vraagt daarna om je app-specifiek wachtwoord.
apps-apple-with-password = Het wachtwoord in het Apple-profiel zetten
apps-apple-password-hint = Iedereen die het profiel krijgt, kan het wachtwoord lezen: laat dit uit, tenzij je het meteen zelf installeert
apps-signing-does-not-encrypt = Ondertekenen versleutelt niet: het wachtwoord in een ondertekend profiel is net zo leesbaar als in een niet-ondertekend profiel (volgens Apple horen wachtwoorden alleen in versleutelde profielen)
apps-apple-save = Het Apple-profiel bewaren

## Send to iPhone or iPad

apps-send-heading = Of stuur het naar een iPhone of iPad op dit netwerk
apps-send-scan = Open op de telefoon de Camera, richt die op deze code en tik op de link: Safari downloadt het profiel. De link werkt één keer, 10 minuten lang.
apps-send-qr-name = QR-code van de link voor de camera van de iPhone
apps-send-copy-link = De link kopiëren
apps-send-waiting = Wachten op de telefoon…
apps-send-stop = Stoppen
apps-send-wrong-browser = { $client } kan geen profielen installeren: open de link in Safari
apps-send-downloaded = Gedownload door { $client }
apps-send-install = Open op de telefoon `Instellingen`, tik op `Profiel gedownload` (Profile Downloaded) en installeer het binnen 8 minuten.
apps-send-expired = Niemand heeft het profiel binnen 10 minuten gedownload
apps-send-stopped = Gestopt
apps-send-no-address = Deze computer heeft geen adres dat een telefoon kan bereiken: verbind hem met het netwerk waar de telefoon op zit
apps-send-address-label = Het adres waarop de telefoon deze computer bereikt
apps-send-same-network = De telefoon moet op hetzelfde netwerk zitten als deze computer
apps-send-button = Naar iPhone of iPad sturen
apps-send-again = Opnieuw sturen

## Outlook and the help desk

apps-outlook-which = Welke Outlook?
apps-outlook-save = Het afdrukbare blad bewaren
apps-helpdesk-intro = Alle bestanden voor dit account, in één map:
apps-helpdesk-site-hint = De autoconfig-site bedient elk adres op { $domain } en noemt één login ({ $login }): mensen op het domein met een ander primair iCloud-adres hebben een eigen Thunderbird-bestand nodig
apps-helpdesk-password = Het Apple-profiel zal het wachtwoord bevatten (hierboven aangevinkt)
apps-helpdesk-save = Alle bestanden bewaren

## Thunderbird on this computer

thunderbird-add-account = Open in Thunderbird `≡ > Accountinstellingen > Accountacties > E-mailaccount toevoegen`, typ je naam, `{ $email }` en je app-specifiek wachtwoord, en kies `Doorgaan`.
thunderbird-knows-icloud = Thunderbird kent iCloud: er is geen bestand nodig.
thunderbird-fills-in = Het vult zelf inkomend `{ $imap }` als `{ $imap_user }` en uitgaand `{ $smtp }` als `{ $smtp_user }` in. Toont het andere waarden, kies dan `Handmatig configureren` en typ deze.
thunderbird-guess-warning = Thunderbird gaat uit van de gedocumenteerde waarden van iCloud, maar dit netwerk heeft die hierboven nodig: verbeter ze onder ‘Handmatig configureren’, of zet ze klaar voor Thunderbird
thunderbird-custom-domain = Thunderbird zou iCloud vinden via de mailrecords van { $domain } en dan inloggen als { $local }, wat iCloud weigert: jij logt in als { $login }. Een bestand in de programmamap van Thunderbird gaat voor en heeft de juiste login.
thunderbird-set-up = Thunderbird op deze computer instellen
thunderbird-set-up-hint = Zet { $file } in de map isp van de programmamap van Thunderbird
thunderbird-installed = Het instellingenbestand van Thunderbird staat op zijn plek: { $path }
thunderbird-needs-admin = De programmamap van Thunderbird vraagt beheerdersrechten. Het bestand is bewaard als { $file }; om het op zijn plek te zetten, voer je dit uit in { $shell ->
    [powershell] PowerShell, geopend met ‘Als administrator uitvoeren’
   *[terminal] een terminal
}:
thunderbird-copy-command = De beheerdersopdracht kopiëren
thunderbird-manual-hint = Of kies in Thunderbird ‘Handmatig configureren’ en typ de waarden van de volgende pagina
thunderbird-choose-folder = Programmamap van Thunderbird kiezen…
thunderbird-folder-label = Programmamap van Thunderbird
thunderbird-use-folder = Deze map gebruiken
thunderbird-error-not-found = geen installatie van Thunderbird gevonden (gezocht in { $folders }); als Thunderbird ergens anders staat, geef dan de programmamap op (die met application.ini)
thunderbird-error-not-thunderbird = { $folder } bevat geen Thunderbird-programma (geen application.ini die Thunderbird noemt, en geen omni.ja naast een programma thunderbird)
thunderbird-error-read-only = Thunderbird in { $folder } is een { $kind }-installatie, waarvan de programmamap een alleen-lezen image is die geen instellingenbestand kan opnemen; voer de instellingen met de hand in Thunderbird in (‘Handmatig configureren’) of publiceer een autoconfig-site voor het domein
thunderbird-error-needs-admin = voor het schrijven van { $file } zijn beheerdersrechten nodig
thunderbird-error-export = kon het Thunderbird-bestand niet maken
thunderbird-error-copy-failed = voor het schrijven van { $file } zijn beheerdersrechten nodig, en een kopie bewaren is mislukt: { $reason }

## Saving files

apps-save-error-write = kon { $path } niet schrijven: { $reason }
apps-save-error-export = kon het bestand { $format } niet maken

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird op deze computer
delivery-android = Thunderbird voor Android of K-9 Mail
delivery-apple-mail = Mail op iPhone, iPad of Mac
delivery-other-app = Een andere mail-app
delivery-help-desk = Helpdesk: alle bestanden
delivery-pending-nothing-chosen = Kies waar je je e-mail leest, of sla deze stap over
delivery-pending-thunderbird = Stel Thunderbird in, of sla deze stap over
delivery-pending-apple-question = Geef aan of het apparaat deze Apple Account gebruikt, of sla deze stap over
delivery-pending-profile = Bewaar het Apple-profiel, of sla deze stap over
delivery-pending-outlook = Kies je Outlook, of sla deze stap over
delivery-pending-files = Bewaar de bestanden, of sla deze stap over

## What each file is

format-thunderbird-title = Thunderbird-instellingenbestand
format-thunderbird-description = Gaat in de map isp in de programmamap van Thunderbird, genoemd naar het domein
format-mobileconfig-title = Apple-configuratieprofiel
format-mobileconfig-description = Gedownload op een iPhone of iPad wacht het in Instellingen > Profiel gedownload; open het op een Mac en installeer het in Systeeminstellingen > Profielen
format-outlook-title = Outlook-instellingenblad
format-outlook-description = Een afdrukbare pagina met de stappen voor elke editie van Outlook
format-autoconfig-site-title = Autoconfig-site voor je domein
format-autoconfig-site-description = Gepubliceerd op de webservers van je domein laat het Thunderbird en Outlook de instellingen voor elk adres op het domein vinden
format-autodiscover-title = Outlook Autodiscover-XML
format-autodiscover-description = Voor servers die Autodiscover-verzoeken van Outlook beantwoorden
format-android-qr-title = QR-code voor Thunderbird voor Android
format-android-qr-description = Gescand in Thunderbird voor Android (Instellingen importeren) voegt het de account toe; de app vraagt om het wachtwoord

## Done

done-heading = Je iCloud Mail-instellingen
done-address-invalid = Het adres is niet meer geldig: ga terug om het te verbeteren
done-intro = Gebruik deze waarden om een mail-app met de hand in te stellen, of om de instellingen aan iemand voor te lezen. Elke waarde heeft een kopieerknop.
done-basis-tested = Deze instellingen werkten in de verbindingstest
done-basis-partly-tested = Deze instellingen gebruiken wat in de verbindingstest werkte en voor de rest de gedocumenteerde waarden van iCloud
done-basis-documented = Dit zijn de gedocumenteerde instellingen van iCloud
done-copied = { $value } naar het klembord gekopieerd
done-also = Verder
done-also-password = Wachtwoord: je app-specifiek wachtwoord (dat uit de vorige stappen), voor beide servers
done-also-authentication = Authenticatie: normaal wachtwoord; beide servers hebben het nodig, en ‘Beveiligde wachtwoordverificatie (SPA)’ blijft uit
done-also-sent-folder = Map voor verzonden e-mail: ‘{ $folder }’
done-server = Server
done-port = Poort
done-security = Beveiliging
done-username = Gebruikersnaam
done-copy-server = { $protocol }-server kopiëren
done-copy-port = { $protocol }-poort kopiëren
done-copy-security = { $protocol }-beveiliging kopiëren
done-copy-username = { $protocol }-gebruikersnaam kopiëren

# The settings table's two rows.
done-row-incoming = Inkomend (IMAP)
done-row-outgoing = Uitgaand (SMTP)
