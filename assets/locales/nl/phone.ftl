# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Stelt de account voor iCloud Mail in (IMAP en SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = iCloud Mail-instellingen voor { $email } (bevat het app-specifieke wachtwoord: deel dit bestand met niemand)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = iCloud Mail-instellingen voor { $email } (zonder wachtwoord; Mail vraagt om het app-specifieke wachtwoord)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = De QR-code bevat dan je app-specifieke wachtwoord: iedereen die de code kan zien of fotograferen, kan je wachtwoord lezen en je mail gebruiken. Laat de code alleen aan je eigen telefoon zien, en druk hem niet af en bewaar hem niet.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird voor Android zou deze QR-code weigeren: { $reason }
android-qr-json = kan de JSON van de QR-code niet schrijven: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Open deze link in Safari
serve-safari-text = Deze browser kan de mailinstellingen alleen downloaden, niet installeren. Kopieer het adres van deze pagina en open het in Safari (op een iPhone of iPad) om het profiel te installeren. De link werkt nog steeds.
# An error page: the link's address is wrong.
serve-not-found = Niet gevonden
# An error page: the profile was already downloaded through this link.
serve-link-used = Deze link is al gebruikt; maak een nieuwe in de assistent
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Methode niet toegestaan

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = een client zonder user-agent
serve-event-wrong-browser = { $client } kan geen profielen installeren; er is gevraagd de link in Safari te openen
serve-event-served = gedownload door { $client }
serve-event-expired = niemand heeft het profiel op tijd gedownload; gestopt
serve-event-cancelled = geannuleerd; gestopt
serve-event-failed = fout in de server: { $reason }
serve-thread-stopped = de serverthread is onverwacht gestopt

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = kan geen willekeurig token maken: { $reason }
serve-error-bind = kan niet luisteren op { $address }: { $reason }
serve-error-start = kan de HTTP-server niet starten: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Autoconfig-site voor { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Publiceer de bestanden in deze map, zodat mail-apps de instellingen van iCloud vinden voor
    elk adres op { $domain }. Thunderbird vraagt deze twee adressen op, in deze volgorde (één
    is genoeg):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = Autodiscover van Outlook (en Thunderbird, als terugvaloptie) vraagt op:
site-readme-post =
    Outlook stuurt daar een POST-verzoek heen, wat sommige statische hosts weigeren; recente
    versies van Outlook slaan Autodiscover voor IMAP-accounts naar verluidt toch over, dus de
    autoconfig-bestanden zijn het belangrijkst.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Eén statisch bestand dient elk adres op { $domain }, en het noemt één gebruikersnaam:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Met een eigen domein van iCloud+ log je in met het primaire iCloud-adres, niet met het
    adres op { $domain }. De bestanden kloppen voor wie inlogt als { $login }
    ({ $accounts ->
        [one] { $accounts } account opgegeven
       *[other] { $accounts } accounts opgegeven
    }). Wie op { $domain } een ander primair iCloud-adres heeft, heeft een eigen
    Thunderbird-bestand nodig (icloud-mail-wizard thunderbird install, of export --format
    thunderbird) in plaats van deze site.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    Het wachtwoord staat nooit in deze bestanden: de mail-app vraagt om het app-specifieke
    wachtwoord, dat je maakt op account.apple.com > Inloggen en beveiliging (Sign-In and
    Security) > App-specifieke wachtwoorden (App-Specific Passwords).
site-readme-made-by = Gemaakt met iCloud Mail Wizard.
