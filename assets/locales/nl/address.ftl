# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = het adres is leeg
address-error-space = het adres bevat een spatie; adressen hebben geen spaties
address-error-control-character = het adres bevat een onzichtbaar stuurteken
address-error-missing-at = het adres heeft geen @; het moet eruitzien als naam@icloud.com
# $count is 2 or more.
address-error-multiple-at = het adres heeft { $count ->
    [one] { $count } @-teken
   *[other] { $count } @-tekens
  }; het moet er precies één hebben
address-error-empty-local-part = er staat niets vóór de @; het adres moet eruitzien als naam@icloud.com
address-error-local-part-too-long = het deel vóór de @ is { $len } tekens lang; er zijn er hoogstens { $max } toegestaan
# $found is the character, in quotes: '"'
address-error-local-part-character = het deel vóór de @ bevat { $found }, dat niet in e-mailadressen mag staan
address-error-local-part-dots = het deel vóór de @ heeft een punt op de verkeerde plek (aan het begin, aan het eind of twee achter elkaar)
address-error-empty-domain = er staat niets na de @; voeg het domein toe, bijvoorbeeld icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = het domein { $quoted } heeft geen punt; bedoel je { $domain }.com?
address-error-domain-too-long = het domein is { $len } tekens lang; er zijn er hoogstens { $max } toegestaan
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = het domeindeel { $label } is niet geldig: { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = het domein bevat letters buiten ASCII; typ de punycode-vorm (die begint met xn--), die je domeinregistrar laat zien
address-error-too-long = het adres is { $len } tekens lang; er zijn er hoogstens { $max } toegestaan

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = het is leeg (twee punten achter elkaar, of een punt aan het begin)
address-label-too-long = het is langer dan { $max } tekens
address-label-characters = alleen letters, cijfers en koppeltekens zijn toegestaan
address-label-hyphen = het mag niet met een koppelteken beginnen of eindigen
address-label-numeric-ending = het laatste deel van een domein mag geen getal zijn

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = e-mailadres: { $reason }
address-input-login = inlogadres: { $reason }
address-settings-provider-address = { $email } is een adres van { $provider } ({ $domain }), nooit een iCloud Mail-adres; geef je adres op dat eindigt op @icloud.com, @me.com of @mac.com
address-settings-missing-primary-login = { $email } staat op een eigen domein ({ $domain }); iCloud Mail logt in met je primaire iCloud-adres (dat eindigt op @icloud.com, @me.com of @mac.com), dus geef dat adres ook op als inlogadres
address-settings-login-not-icloud = het inlogadres { $login } is geen iCloud-adres; het moet eindigen op @icloud.com, @me.com of @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] de naam
   *[organization] de organisatie
  } is { $chars } tekens lang; er zijn er hoogstens { $max } toegestaan
address-settings-label-control-character = { $field ->
    [name] de naam
   *[organization] de organisatie
  } bevat een onzichtbaar stuurteken of tekstrichtingsteken; verwijder het en probeer het opnieuw

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } is een van de eigen domeinen van iCloud
domain-custom = { $domain } is een eigen domein bij iCloud+: de e-mail ervan gaat naar iCloud
domain-custom-mixed = { $domain } is een eigen domein bij iCloud+, maar sommige van de mailservers ervan zijn niet van iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = E-mail voor { $domain } gaat naar { $provider }, niet naar iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = E-mail voor { $domain } gaat via { $provider }, een filterdienst, en niet naar iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = E-mail voor { $domain } gaat naar een andere provider ({ $host }), niet naar iCloud
domain-provider-address = Adressen bij { $domain } zijn adressen van { $provider }, nooit iCloud Mail-adressen
domain-no-such-domain = { $domain } bestaat niet: er kan geen e-mail aankomen
domain-no-mail = { $domain } heeft geen mailservers (geen MX-records): de e-mail ervan gaat niet naar iCloud
domain-unchecked-timed-out = { $domain } kon niet worden gecontroleerd: het opzoeken duurde te lang
domain-unchecked = { $domain } kon niet worden gecontroleerd

## Paragraphs under that headline.

domain-custom-login = Mail-apps loggen bij een eigen domein in met je primaire iCloud Mail-adres (het adres op @icloud.com), niet met dit adres. Vul het hieronder in.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = E-mail naar { $hosts } komt niet aan bij iCloud. Wie { $domain } beheert, kan de records controleren met: icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud ontvangt geen e-mail voor { $domain }, dus de servers van iCloud kunnen die niet tonen.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Een Apple Account dat met een ander adres is gemaakt (Gmail, Outlook of een ander), maakt van dat adres geen iCloud Mail-adres. Je iCloud Mail-adres is het @icloud.com-adres dat werd gemaakt toen iCloud Mail werd ingeschakeld. Zo vind je het op een iPhone: Instellingen > [je naam] > iCloud > iCloud Mail (Settings > [your name] > iCloud > iCloud Mail).
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Als { $domain } nu naar iCloud verhuist (iCloud+ met een eigen e-maildomein), kun je doorgaan.
domain-check-spelling = Controleer de spelling van het adres.
domain-no-mail-setting-up = Als { $domain } nu voor iCloud+ wordt ingesteld, zijn de MX-records misschien nog niet gepubliceerd; je kunt doorgaan.
# $reason is a technical error message, in English.
domain-unchecked-details = Het is niet bekend of iCloud e-mail voor { $domain } ontvangt ({ $reason }). Je kunt doorgaan.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Dit adres staat toch op iCloud (het domein verhuist naar iCloud)
domain-confirm-setting-up = Dit adres toch gebruiken (het domein wordt ingesteld)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Bedoel je een adres op @{ $suggested }?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Bedoel je { $address }?

## Step 1: Welcome.

welcome-heading = iCloud Mail instellen in je mail-app
welcome-intro = Deze assistent laat iCloud Mail werken in Thunderbird, Outlook, de Mail-app op een iPhone of iPad, of elke andere mail-app. Hij controleert je adres en wachtwoord bij de mailservers van iCloud, zoekt de instellingen die vanaf dit netwerk werken en bewaart kant-en-klare instellingenbestanden.
# A heading above a list of three things.
welcome-you-need = Je hebt nodig
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Je iCloud Mail-adres (of het adres op je eigen domein, als je iCloud+ met een eigen e-maildomein gebruikt)
welcome-need-apple-account = Je Apple Account, met twee-factor-authenticatie ingeschakeld, om een app-specifiek wachtwoord te maken
welcome-need-time = Ongeveer vijf minuten
welcome-password-stays = Je wachtwoord blijft op deze computer. Het gaat alleen naar de mailservers van iCloud, en naar de sleutelhanger van het systeem als je de assistent vraagt het te onthouden.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Druk op Volgende (of Enter) om te beginnen

## Step 2: the address.

address-heading = Je e-mailadres
address-intro = Het adres waarmee je via iCloud Mail e-mail verstuurt en ontvangt.
address-email-label = E-mailadres
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = naam@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Bijvoorbeeld jane.doe@icloud.com, of jane@jouwdomein.nl
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Een iCloud-adres, op het eigen domein { $domain } van Apple
# While the DNS is asked about the domain.
address-checking-domain = Controleren waar e-mail voor { $domain } naartoe gaat…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = { $address } gebruiken
address-login-label = Primair iCloud-adres
address-login-hint = iCloud logt in met je primaire iCloud-adres (dat eindigt op @icloud.com, @me.com of @mac.com), nooit met een adres op je eigen domein
# $login is the primary iCloud address.
address-signs-in-as = Logt in als { $login }
address-name-label = Je naam (optioneel)
address-name-hint = Te zien voor de mensen aan wie je schrijft
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Jan Jansen
