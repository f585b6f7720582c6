# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = l’indirizzo è vuoto
address-error-space = l’indirizzo contiene uno spazio; gli indirizzi non hanno spazi
address-error-control-character = l’indirizzo contiene un carattere di controllo invisibile
address-error-missing-at = nell’indirizzo manca la @; dovrebbe essere come nome@icloud.com
# $count is 2 or more.
address-error-multiple-at = l’indirizzo contiene { $count ->
    [one] { $count } simbolo @
   *[other] { $count } simboli @
  }; deve averne esattamente uno
address-error-empty-local-part = prima della @ non c’è niente; dovrebbe essere come nome@icloud.com
address-error-local-part-too-long = la parte prima della @ è lunga { $len } caratteri; ne sono consentiti al massimo { $max }
# $found is the character, in quotes: '"'
address-error-local-part-character = la parte prima della @ contiene { $found }, che non può comparire negli indirizzi email
address-error-local-part-dots = la parte prima della @ ha un punto fuori posto (all’inizio, alla fine o due di seguito)
address-error-empty-domain = dopo la @ non c’è niente; aggiungi il dominio, ad esempio icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = il dominio { $quoted } non ha un punto; intendevi { $domain }.com?
address-error-domain-too-long = il dominio è lungo { $len } caratteri; ne sono consentiti al massimo { $max }
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = la parte { $label } del dominio non è valida: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = il dominio contiene lettere non ASCII; inserisci la sua forma xn-- (punycode), che trovi presso il registrar del tuo dominio
address-error-too-long = l’indirizzo è lungo { $len } caratteri; ne sono consentiti al massimo { $max }

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = è vuota (due punti di seguito, o un punto all’inizio)
address-label-too-long = è più lunga di { $max } caratteri
address-label-characters = sono consentiti solo lettere, cifre e trattini
address-label-hyphen = non può iniziare o finire con un trattino
address-label-numeric-ending = l’ultima parte di un dominio non può essere un numero

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = indirizzo email: { $reason }
address-input-login = indirizzo di accesso: { $reason }
address-settings-provider-address = { $email } è un indirizzo di { $provider } ({ $domain }), mai un indirizzo iCloud Mail; indica il tuo indirizzo che termina con @icloud.com, @me.com o @mac.com
address-settings-missing-primary-login = { $email } è su un dominio personalizzato ({ $domain }); iCloud Mail accede con il tuo indirizzo iCloud principale (quello che termina con @icloud.com, @me.com o @mac.com), quindi indica anche quell’indirizzo per l’accesso
address-settings-login-not-icloud = l’indirizzo di accesso { $login } non è un indirizzo iCloud; deve terminare con @icloud.com, @me.com o @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] il nome è lungo
   *[organization] l’organizzazione è lunga
  } { $chars } caratteri; ne sono consentiti al massimo { $max }
address-settings-label-control-character = { $field ->
    [name] il nome
   *[organization] l’organizzazione
  } contiene un carattere di controllo invisibile o un segno di direzione del testo; rimuovilo e riprova

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } è uno dei domini di iCloud
domain-custom = { $domain } è un dominio personalizzato di iCloud+: la sua posta arriva su iCloud
domain-custom-mixed = { $domain } è un dominio personalizzato di iCloud+, ma alcuni dei suoi server di posta non sono di iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = La posta per { $domain } va a { $provider }, non a iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = La posta per { $domain } passa per { $provider }, un servizio di filtro, e non va a iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = La posta per { $domain } va a un altro provider ({ $host }), non a iCloud
domain-provider-address = Gli indirizzi { $domain } sono di { $provider }, mai di iCloud Mail
domain-no-such-domain = { $domain } non esiste: nessuna email può arrivarci
domain-no-mail = { $domain } non ha server di posta (nessun record MX): la sua posta non va a iCloud
domain-unchecked-timed-out = Impossibile verificare { $domain }: la ricerca ha richiesto troppo tempo
domain-unchecked = Impossibile verificare { $domain }

## Paragraphs under that headline.

domain-custom-login = Le app di posta accedono a un dominio personalizzato con il tuo indirizzo iCloud Mail principale (quello @icloud.com), non con questo indirizzo. Inseriscilo qui sotto.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = La posta inviata a { $hosts } non arriva a iCloud. Chi gestisce { $domain } può controllarne i record con: icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud non riceve la posta per { $domain }, quindi i server di iCloud non possono mostrarla.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Un Account Apple creato con un altro indirizzo (Gmail, Outlook o qualsiasi altro) non rende quell’indirizzo un indirizzo iCloud Mail. Il tuo indirizzo iCloud Mail è quello @icloud.com creato quando hai attivato iCloud Mail. Per trovarlo su un iPhone: Impostazioni > [il tuo nome] > iCloud > Mail di iCloud.
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Se { $domain } sta passando a iCloud proprio ora (iCloud+ con un dominio email personalizzato), puoi continuare.
domain-check-spelling = Controlla come è scritto l’indirizzo.
domain-no-mail-setting-up = Se { $domain } è in fase di configurazione per iCloud+, i suoi record MX potrebbero non essere ancora pubblicati; puoi continuare.
# $reason is a technical error message, in English.
domain-unchecked-details = Non si sa se iCloud riceve la posta per { $domain } ({ $reason }). Puoi continuare.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Questo indirizzo è comunque su iCloud (il dominio sta passando a iCloud)
domain-confirm-setting-up = Usa comunque questo indirizzo (il dominio è in fase di configurazione)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Intendevi un indirizzo @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Intendevi { $address }?

## Step 1: Welcome.

welcome-heading = Configura iCloud Mail nella tua app di posta
welcome-intro = Questo assistente fa funzionare iCloud Mail in Thunderbird, Outlook, l’app Mail di un iPhone o iPad, o qualsiasi altra app di posta. Verifica il tuo indirizzo e la tua password con i server di posta di iCloud, trova le impostazioni che funzionano da questa rete e salva file di impostazioni pronti all’uso.
# A heading above a list of three things.
welcome-you-need = Ti servono
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Il tuo indirizzo iCloud Mail (o l’indirizzo del tuo dominio, se usi iCloud+ con un dominio email personalizzato)
welcome-need-apple-account = Il tuo Account Apple, con l’autenticazione a due fattori attiva, per creare una password specifica per l’app
welcome-need-time = Circa cinque minuti
welcome-password-stays = La tua password resta su questo computer. Va solo ai server di posta di iCloud, e nel portachiavi del sistema se chiedi all’assistente di ricordarla.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Premi Avanti (o Invio) per iniziare

## Step 2: the address.

address-heading = Il tuo indirizzo email
address-intro = L’indirizzo con cui invii e ricevi la posta di iCloud Mail.
address-email-label = Indirizzo email
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = nome@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Ad esempio jane.doe@icloud.com, o jane@tuodominio.it
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Un indirizzo iCloud, sul dominio di Apple { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Verifica di dove va la posta per { $domain }…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = Usa { $address }
address-login-label = Indirizzo iCloud principale
address-login-hint = iCloud accede con il tuo indirizzo iCloud principale (che termina con @icloud.com, @me.com o @mac.com), mai con un indirizzo del tuo dominio
# $login is the primary iCloud address.
address-signs-in-as = Accede come { $login }
address-name-label = Il tuo nome (facoltativo)
address-name-hint = Visibile alle persone a cui scrivi
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Mario Rossi
