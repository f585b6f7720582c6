# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = die Adresse ist leer
address-error-space = die Adresse enthält ein Leerzeichen; Adressen haben keine Leerzeichen
address-error-control-character = die Adresse enthält ein unsichtbares Steuerzeichen
address-error-missing-at = der Adresse fehlt das @; sie sollte so aussehen: name@icloud.com
# $count is 2 or more.
address-error-multiple-at = die Adresse hat { $count ->
    [one] { $count } @-Zeichen
   *[other] { $count } @-Zeichen
  }; sie sollte genau eins haben
address-error-empty-local-part = vor dem @ steht nichts; die Adresse sollte so aussehen: name@icloud.com
address-error-local-part-too-long = der Teil vor dem @ ist { $len } Zeichen lang; erlaubt sind höchstens { $max }
# $found is the character, in quotes: '"'
address-error-local-part-character = der Teil vor dem @ enthält { $found }, das in E-Mail-Adressen nicht vorkommen darf
address-error-local-part-dots = der Teil vor dem @ hat einen Punkt an der falschen Stelle (am Anfang, am Ende oder zwei hintereinander)
address-error-empty-domain = nach dem @ steht nichts; ergänze die Domain, zum Beispiel icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = die Domain { $quoted } hat keinen Punkt; meintest du { $domain }.com?
address-error-domain-too-long = die Domain ist { $len } Zeichen lang; erlaubt sind höchstens { $max }
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = der Domain-Teil { $label } ist ungültig: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = die Domain enthält Buchstaben außerhalb von ASCII; gib ihre Punycode-Form ein (sie beginnt mit xn--), die dir dein Domain-Anbieter anzeigt
address-error-too-long = die Adresse ist { $len } Zeichen lang; erlaubt sind höchstens { $max }

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = er ist leer (zwei Punkte hintereinander oder ein Punkt am Anfang)
address-label-too-long = er ist länger als { $max } Zeichen
address-label-characters = erlaubt sind nur Buchstaben, Ziffern und Bindestriche
address-label-hyphen = er darf nicht mit einem Bindestrich beginnen oder enden
address-label-numeric-ending = der letzte Teil einer Domain darf keine Zahl sein

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = E-Mail-Adresse: { $reason }
address-input-login = Anmeldeadresse: { $reason }
address-settings-provider-address = { $email } ist eine Adresse von { $provider } ({ $domain }), nie eine iCloud Mail-Adresse; gib deine Adresse an, die auf @icloud.com, @me.com oder @mac.com endet
address-settings-missing-primary-login = { $email } liegt auf einer eigenen Domain ({ $domain }); iCloud Mail meldet sich mit deiner primären iCloud-Adresse an (der auf @icloud.com, @me.com oder @mac.com), gib diese Adresse also auch als Anmeldeadresse an
address-settings-login-not-icloud = die Anmeldeadresse { $login } ist keine iCloud-Adresse; sie muss auf @icloud.com, @me.com oder @mac.com enden
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] der Name
   *[organization] die Organisation
  } ist { $chars } Zeichen lang; erlaubt sind höchstens { $max }
address-settings-label-control-character = { $field ->
    [name] der Name
   *[organization] die Organisation
  } enthält ein unsichtbares Steuerzeichen oder eine Textrichtungsmarke; entferne das Zeichen und versuche es noch einmal

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } ist eine der eigenen Domains von iCloud
domain-custom = { $domain } ist eine eigene Domain bei iCloud+, deren E-Mails zu iCloud gehen
domain-custom-mixed = { $domain } ist eine eigene Domain bei iCloud+, aber einige ihrer Mailserver gehören nicht zu iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = E-Mails an { $domain } gehen zu { $provider }, nicht zu iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = E-Mails an { $domain } laufen über den Filterdienst { $provider } und nicht zu iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = E-Mails an { $domain } gehen zu einem anderen Anbieter ({ $host }), nicht zu iCloud
domain-provider-address = Adressen bei { $domain } sind Adressen von { $provider }, nie iCloud Mail-Adressen
domain-no-such-domain = { $domain } existiert nicht: Dort kann keine E-Mail ankommen
domain-no-mail = { $domain } hat keine Mailserver (keine MX-Einträge): E-Mails an diese Domain gehen nicht zu iCloud
domain-unchecked-timed-out = { $domain } konnte nicht geprüft werden: Die Abfrage hat zu lange gedauert
domain-unchecked = { $domain } konnte nicht geprüft werden

## Paragraphs under that headline.

domain-custom-login = Mail-Apps melden sich bei einer eigenen Domain mit deiner primären iCloud Mail-Adresse an (der auf @icloud.com), nicht mit dieser Adresse. Gib sie unten ein.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = E-Mails an { $hosts } kommen nicht bei iCloud an. Wer { $domain } verwaltet, kann die Einträge so prüfen: icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud empfängt keine E-Mails für { $domain }, daher können die Server von iCloud sie nicht anzeigen.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Ein Apple Account, der mit einer anderen Adresse (Gmail, Outlook oder einer beliebigen anderen) erstellt wurde, macht diese Adresse nicht zu einer iCloud Mail-Adresse. Deine iCloud Mail-Adresse ist die auf @icloud.com, die beim Aktivieren von iCloud Mail erstellt wurde. So findest du sie auf einem iPhone: Einstellungen > [dein Name] > iCloud > iCloud Mail.
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Wenn { $domain } gerade zu iCloud umzieht („Eigene E-Mail-Domain“ bei iCloud+), kannst du fortfahren.
domain-check-spelling = Prüfe die Schreibweise der Adresse.
domain-no-mail-setting-up = Wenn { $domain } gerade für iCloud+ eingerichtet wird, sind die MX-Einträge vielleicht noch nicht veröffentlicht; du kannst fortfahren.
# $reason is a technical error message, in English.
domain-unchecked-details = Ob iCloud E-Mails für { $domain } empfängt, ist nicht bekannt ({ $reason }). Du kannst fortfahren.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Diese Adresse ist trotzdem bei iCloud (die Domain zieht gerade zu iCloud um)
domain-confirm-setting-up = Diese Adresse trotzdem verwenden (die Domain wird gerade eingerichtet)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Meintest du eine Adresse mit @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Meintest du { $address }?

## Step 1: Welcome.

welcome-heading = iCloud Mail in deiner Mail-App einrichten
welcome-intro = Dieser Assistent bringt iCloud Mail in Thunderbird, Outlook, der Mail-App auf einem iPhone oder iPad oder jeder anderen Mail-App zum Laufen. Er prüft deine Adresse und dein Passwort bei den Mailservern von iCloud, findet die Einstellungen, die in diesem Netzwerk funktionieren, und speichert fertige Einstellungsdateien.
# A heading above a list of three things.
welcome-you-need = Du brauchst
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Deine iCloud Mail-Adresse (oder die Adresse deiner eigenen Domain, wenn du „Eigene E-Mail-Domain“ von iCloud+ nutzt)
welcome-need-apple-account = Deinen Apple Account mit aktivierter Zwei-Faktor-Authentifizierung, um ein app-spezifisches Passwort zu erstellen
welcome-need-time = Etwa fünf Minuten
welcome-password-stays = Dein Passwort bleibt auf diesem Computer. Es geht nur an die Mailserver von iCloud und in den Schlüsselbund des Systems, wenn der Assistent es sich merken soll.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Drücke „Weiter“ (oder die Eingabetaste), um zu beginnen

## Step 2: the address.

address-heading = Deine E-Mail-Adresse
address-intro = Die Adresse, mit der du über iCloud Mail E-Mails sendest und empfängst.
address-email-label = E-Mail-Adresse
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = name@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Zum Beispiel jane.doe@icloud.com oder jane@deinedomain.de
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Eine iCloud-Adresse auf Apples eigener Domain { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Prüfe, wohin E-Mails an { $domain } gehen …
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = { $address } verwenden
address-login-label = Primäre iCloud-Adresse
address-login-hint = iCloud meldet dich mit deiner primären iCloud-Adresse an (auf @icloud.com, @me.com oder @mac.com), nie mit einer Adresse deiner eigenen Domain
# $login is the primary iCloud address.
address-signs-in-as = Meldet sich an als { $login }
address-name-label = Dein Name (optional)
address-name-hint = Wird den Personen angezeigt, denen du schreibst
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Erika Mustermann
