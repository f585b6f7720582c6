# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Richtet den Account für iCloud Mail ein (IMAP und SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = iCloud-Mail-Einstellungen für { $email } (enthält das app-spezifische Passwort: gib diese Datei nicht weiter)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = iCloud-Mail-Einstellungen für { $email } (ohne Passwort; Mail fragt nach dem app-spezifischen Passwort)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = Der QR-Code enthält dann dein app-spezifisches Passwort: Wer ihn sieht oder fotografiert, kann dein Passwort lesen und auf deine E-Mails zugreifen. Zeig ihn nur deinem eigenen Smartphone, und druck oder speichere ihn nicht.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird für Android würde diesen QR-Code ablehnen: { $reason }
android-qr-json = das JSON des QR-Codes konnte nicht geschrieben werden: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Öffne diesen Link in Safari
serve-safari-text = Dieser Browser kann die Mail-Einstellungen nur herunterladen, aber nicht installieren. Kopiere die Adresse dieser Seite und öffne sie in Safari (auf einem iPhone oder iPad), um das Profil zu installieren. Der Link funktioniert weiterhin.
# An error page: the link's address is wrong.
serve-not-found = Nicht gefunden
# An error page: the profile was already downloaded through this link.
serve-link-used = Dieser Link wurde schon benutzt; erstelle im Assistenten einen neuen
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Methode nicht erlaubt

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = ein Client ohne User-Agent
serve-event-wrong-browser = { $client } kann keine Profile installieren; er wurde gebeten, den Link in Safari zu öffnen
serve-event-served = heruntergeladen von { $client }
serve-event-expired = niemand hat das Profil rechtzeitig heruntergeladen; beendet
serve-event-cancelled = abgebrochen; beendet
serve-event-failed = Fehler im Server: { $reason }
serve-thread-stopped = der Server-Thread wurde unerwartet beendet

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = es konnte kein Zufallstoken erzeugt werden: { $reason }
serve-error-bind = { $address } lässt sich nicht öffnen: { $reason }
serve-error-start = der HTTP-Server konnte nicht starten: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Autoconfig-Site für { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Veröffentliche die Dateien dieses Ordners, damit Mail-Apps die Einstellungen von iCloud für
    jede Adresse auf { $domain } finden. Thunderbird fragt diese beiden Adressen ab, in dieser
    Reihenfolge (eine genügt):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = Autodiscover von Outlook (und Thunderbird als Ausweichlösung) fragt diese Adressen ab:
site-readme-post =
    Outlook schickt dorthin eine POST-Anfrage, die manche statischen Hosts ablehnen; neuere
    Outlook-Versionen sollen Autodiscover für IMAP-Accounts ohnehin überspringen, daher sind
    die Autoconfig-Dateien am wichtigsten.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Eine statische Datei gilt für jede Adresse auf { $domain }, und sie nennt nur einen Benutzernamen:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Bei eigenen Domains von iCloud+ meldest du dich mit der primären iCloud-Adresse an, nicht mit
    der Adresse auf { $domain }. Die Dateien stimmen für alle, die sich als { $login } anmelden
    ({ $accounts ->
        [one] { $accounts } Account
       *[other] { $accounts } Accounts
    } angegeben). Wer auf { $domain } eine andere primäre iCloud-Adresse hat, braucht eine
    eigene Thunderbird-Datei (icloud-mail-wizard thunderbird install, oder export --format
    thunderbird) statt dieser Site.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    Das Passwort steht nie in diesen Dateien: Die Mail-App fragt nach dem app-spezifischen
    Passwort (account.apple.com > Anmelden und Sicherheit > App-spezifische Passwörter).
site-readme-made-by = Erstellt mit iCloud Mail Wizard.
