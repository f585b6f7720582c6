# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Configura l’account iCloud Mail (IMAP e SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = Impostazioni di iCloud Mail per { $email } (contiene la password specifica per l’app: non condividere questo file)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = Impostazioni di iCloud Mail per { $email } (senza password; Mail chiede la password specifica per l’app)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = Il codice QR conterrà la tua password specifica per l’app: chiunque possa vederlo o fotografarlo può leggere la password e usare la tua posta. Mostralo solo al tuo telefono, e non stamparlo né salvarlo.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird per Android rifiuterebbe questo codice QR: { $reason }
android-qr-json = impossibile scrivere il JSON del codice QR: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Apri questo link in Safari
serve-safari-text = Questo browser può solo scaricare le impostazioni di posta, non installarle. Copia l’indirizzo di questa pagina e aprilo in Safari (su iPhone o iPad) per installare il profilo. Il link funziona ancora.
# An error page: the link's address is wrong.
serve-not-found = Non trovato
# An error page: the profile was already downloaded through this link.
serve-link-used = Questo link è già stato usato; creane uno nuovo nell’assistente
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Metodo non consentito

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = un client senza user-agent
serve-event-wrong-browser = { $client } non può installare profili; gli è stato chiesto di aprire il link in Safari
serve-event-served = scaricato da { $client }
serve-event-expired = nessuno ha scaricato il profilo in tempo; interrotto
serve-event-cancelled = annullato; interrotto
serve-event-failed = errore del server: { $reason }
serve-thread-stopped = il thread del server si è interrotto inaspettatamente

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = impossibile creare un token casuale: { $reason }
serve-error-bind = impossibile mettersi in ascolto su { $address }: { $reason }
serve-error-start = impossibile avviare il server HTTP: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Sito di autoconfigurazione per { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Pubblica i file di questa cartella perché le app di posta trovino le impostazioni di iCloud
    per ogni indirizzo su { $domain }. Thunderbird interroga questi due indirizzi, in
    quest’ordine (ne basta uno):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = L’Autodiscover di Outlook (e Thunderbird, come ripiego) interroga:
site-readme-post =
    Outlook vi invia una richiesta POST, che alcuni hosting statici rifiutano; pare che le
    versioni recenti di Outlook saltino comunque Autodiscover per gli account IMAP, quindi i
    file di autoconfigurazione sono i più importanti.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Un solo file statico serve ogni indirizzo su { $domain }, e indica un solo nome utente:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Con un dominio personalizzato di iCloud+ si accede con l’indirizzo iCloud principale, non
    con l’indirizzo su { $domain }. I file sono giusti per chi accede come { $login }
    ({ $accounts ->
        [one] { $accounts } account indicato
       *[other] { $accounts } account indicati
    }). Chi su { $domain } ha un altro indirizzo iCloud principale ha bisogno di un proprio
    file di Thunderbird (icloud-mail-wizard thunderbird install, oppure export --format
    thunderbird) invece di questo sito.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    La password non è mai in questi file: l’app di posta chiede la password specifica per l’app,
    che si crea su account.apple.com > Accesso e sicurezza > Password specifiche per le app
    (App-Specific Passwords).
site-readme-made-by = Creato con iCloud Mail Wizard.
