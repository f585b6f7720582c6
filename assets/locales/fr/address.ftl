# Welcome and Address steps, and what a domain's DNS says.

## Why a typed address is not valid. Shown under the field (with a capital first letter) and
## after "The address is not valid yet:", so each starts in lower case where the language allows.

address-error-empty = l’adresse est vide
address-error-space = l’adresse contient un espace ; une adresse n’a pas d’espaces
address-error-control-character = l’adresse contient un caractère de contrôle invisible
address-error-missing-at = l’adresse n’a pas de @ ; elle doit ressembler à nom@icloud.com
# $count is 2 or more.
address-error-multiple-at = l’adresse contient { $count ->
    [one] { $count } signe @
   *[other] { $count } signes @
  } ; elle doit en avoir exactement un
address-error-empty-local-part = rien ne précède le @ ; l’adresse doit ressembler à nom@icloud.com
address-error-local-part-too-long = la partie avant le @ fait { $len } caractères ; { $max } au maximum sont autorisés
# $found is the character, in quotes: '"'
address-error-local-part-character = la partie avant le @ contient { $found }, un caractère interdit dans les adresses e-mail
address-error-local-part-dots = la partie avant le @ a un point mal placé (au début, à la fin ou deux à la suite)
address-error-empty-domain = rien ne suit le @ ; ajoutez le domaine, par exemple icloud.com
# $quoted is the domain in quotes ("icloud"), $domain the same without them.
address-error-domain-without-dot = le domaine { $quoted } n’a pas de point ; vouliez-vous dire { $domain }.com ?
address-error-domain-too-long = le domaine fait { $len } caractères ; { $max } au maximum sont autorisés
# $label is one part of the domain, in quotes ("icl_oud"); $reason one of the address-label- texts below.
address-error-bad-domain-label = la partie { $label } du domaine n’est pas valide : { $reason }
# punycode: the ASCII form of a domain with accented letters (xn--exmple-cua.com).
address-error-non-ascii-domain = le domaine contient des lettres non ASCII ; saisissez sa forme en xn-- (punycode), qu’indique votre bureau d’enregistrement de domaine
address-error-too-long = l’adresse fait { $len } caractères ; { $max } au maximum sont autorisés

## What is wrong with one part of a domain: the end of address-error-bad-domain-label.

address-label-empty = elle est vide (deux points à la suite, ou un point au début)
address-label-too-long = elle dépasse { $max } caractères
address-label-characters = seuls les lettres, les chiffres et les traits d’union sont autorisés
address-label-hyphen = elle ne peut ni commencer ni finir par un trait d’union
address-label-numeric-ending = la dernière partie d’un domaine ne peut pas être un nombre

## Why the typed fields do not make an account.

# $reason is one of the address-error- texts.
address-input-email = adresse e-mail : { $reason }
address-input-login = identifiant : { $reason }
address-settings-provider-address = { $email } est une adresse { $provider } ({ $domain }), jamais une adresse iCloud Mail ; indiquez votre adresse qui se termine par @icloud.com, @me.com ou @mac.com
address-settings-missing-primary-login = { $email } est sur un domaine personnalisé ({ $domain }) ; iCloud Mail se connecte avec votre adresse iCloud principale (celle qui se termine par @icloud.com, @me.com ou @mac.com), indiquez donc aussi cette adresse comme identifiant
address-settings-login-not-icloud = l’identifiant { $login } n’est pas une adresse iCloud ; il doit se terminer par @icloud.com, @me.com ou @mac.com
# $field is "name" (the sender name) or "organization".
address-settings-label-too-long = { $field ->
    [name] le nom
   *[organization] l’organisation
  } fait { $chars } caractères ; { $max } au maximum sont autorisés
address-settings-label-control-character = { $field ->
    [name] le nom
   *[organization] l’organisation
  } contient un caractère de contrôle invisible ou une marque de sens d’écriture ; supprimez-le et réessayez

## Where a domain's mail goes, as its MX records (the DNS records naming its mail servers) tell.
## $domain is the domain of the typed address (example.com).

domain-own = { $domain } est l’un des domaines d’iCloud
domain-custom = { $domain } est un domaine personnalisé iCloud+ : son courrier arrive sur iCloud
domain-custom-mixed = { $domain } est un domaine personnalisé iCloud+, mais certains de ses serveurs de messagerie ne sont pas ceux d’iCloud
# $provider is a company name (Google, Microsoft 365, ...).
domain-provider-mailbox = Le courrier pour { $domain } arrive chez { $provider }, pas sur iCloud
# $provider is a spam-filtering company (Proofpoint, Mimecast, ...) that passes mail on.
domain-provider-filter = Le courrier pour { $domain } passe par { $provider }, un service de filtrage, et n’arrive pas sur iCloud
# $host is a mail server's host name (mail.example.org).
domain-provider-other = Le courrier pour { $domain } arrive chez un autre fournisseur ({ $host }), pas sur iCloud
domain-provider-address = Les adresses { $domain } sont des adresses { $provider }, jamais des adresses iCloud Mail
domain-no-such-domain = { $domain } n’existe pas : aucun e-mail ne peut y arriver
domain-no-mail = { $domain } n’a aucun serveur de messagerie (aucun enregistrement MX) : son courrier n’arrive pas sur iCloud
domain-unchecked-timed-out = { $domain } n’a pas pu être vérifié : la recherche a pris trop de temps
domain-unchecked = { $domain } n’a pas pu être vérifié

## Paragraphs under that headline.

domain-custom-login = Les apps de messagerie se connectent à un domaine personnalisé avec votre adresse iCloud Mail principale (celle en @icloud.com), et non avec cette adresse. Saisissez-la ci-dessous.
# $hosts is a list of mail servers' host names. "icloud-mail-wizard domain check" is a command: do not translate it.
domain-custom-elsewhere = Le courrier envoyé à { $hosts } n’arrive pas sur iCloud. La personne qui gère { $domain } peut vérifier ses enregistrements avec : icloud-mail-wizard domain check { $domain }
domain-other-not-received = iCloud ne reçoit pas le courrier de { $domain }, les serveurs d’iCloud ne peuvent donc pas l’afficher.
# "Settings > [your name] > iCloud > iCloud Mail" is the path in the iPhone's Settings app: use the labels iOS shows in your language.
domain-apple-account-elsewhere = Un compte Apple créé avec une autre adresse (Gmail, Outlook ou toute autre) ne fait pas de cette adresse une adresse iCloud Mail. Votre adresse iCloud Mail est celle en @icloud.com créée lors de l’activation d’iCloud Mail. Pour la trouver sur un iPhone : Réglages > [votre nom] > iCloud > Mail iCloud.
# "iCloud+ custom email domain" is Apple's name for the feature (Custom Email Domain).
domain-other-moving = Si { $domain } est en train de passer sur iCloud (Domaine de messagerie personnalisé d’iCloud+), vous pouvez continuer.
domain-check-spelling = Vérifiez l’orthographe de l’adresse.
domain-no-mail-setting-up = Si { $domain } est en cours de configuration pour iCloud+, ses enregistrements MX ne sont peut-être pas encore publiés ; vous pouvez continuer.
# $reason is a technical error message, in English.
domain-unchecked-details = On ne sait pas si iCloud reçoit le courrier de { $domain } ({ $reason }). Vous pouvez continuer.

## Check boxes that let the person go on with an address whose mail is not at iCloud.

domain-confirm-moving = Cette adresse est quand même sur iCloud (le domaine est en train de passer sur iCloud)
domain-confirm-setting-up = Utiliser quand même cette adresse (le domaine est en cours de configuration)

## Shown first when the connection test fails for an address on such a domain.
## $headline is one of the domain- sentences above (it has no final full stop).

# $explanation is domain-apple-account-elsewhere.
domain-login-hint-elsewhere = { $headline }. { $explanation }
# $suggested is one of iCloud's domains (icloud.com) that the typed domain looks like a typo of.
domain-login-hint-typo = { $headline }. Vouliez-vous dire une adresse en @{ $suggested } ?
domain-login-hint = { $headline }.

## A typo of iCloud's domains.

# $address is the typed address with the domain corrected (jane@icloud.com).
domain-did-you-mean = Vouliez-vous dire { $address } ?

## Step 1: Welcome.

welcome-heading = Configurer iCloud Mail dans votre app de messagerie
welcome-intro = Cet assistant fait fonctionner iCloud Mail dans Thunderbird, Outlook, l’app Mail d’un iPhone ou d’un iPad, ou toute autre app de messagerie. Il vérifie votre adresse et votre mot de passe auprès des serveurs de messagerie d’iCloud, trouve les réglages qui fonctionnent depuis ce réseau et enregistre des fichiers de réglages prêts à l’emploi.
# A heading above a list of three things.
welcome-you-need = Il vous faut
# "iCloud+ Custom Email Domain" is Apple's name for the feature.
welcome-need-address = Votre adresse iCloud Mail (ou l’adresse de votre propre domaine, si vous utilisez la fonctionnalité Domaine de messagerie personnalisé d’iCloud+)
welcome-need-apple-account = Votre compte Apple, avec l’identification à deux facteurs activée, pour créer un mot de passe pour app
welcome-need-time = Environ cinq minutes
welcome-password-stays = Votre mot de passe reste sur cet ordinateur. Il n’est envoyé qu’aux serveurs de messagerie d’iCloud, et au trousseau du système si vous demandez à l’assistant de le mémoriser.
# "Next" is the button at the bottom of the window (the "next" message); Enter is the key.
welcome-press-next = Appuyez sur Suivant (ou sur Entrée) pour commencer

## Step 2: the address.

address-heading = Votre adresse e-mail
address-intro = L’adresse avec laquelle vous envoyez et recevez vos e-mails iCloud Mail.
address-email-label = Adresse e-mail
# The example inside the empty address fields; "name" is the word the address-error- texts use (name@icloud.com).
address-email-placeholder = nom@icloud.com
# Under the empty field. Keep jane.doe@icloud.com; "yourdomain.com" may become a domain that reads naturally in your language.
address-email-example = Par exemple jane.doe@icloud.com, ou jane@votredomaine.fr
# $domain is icloud.com, me.com or mac.com.
address-icloud-own = Une adresse iCloud, sur le domaine d’Apple { $domain }
# While the DNS is asked about the domain.
address-checking-domain = Vérification de la destination du courrier pour { $domain }…
# The button that puts the corrected address (jane@icloud.com) in the field.
address-use-suggestion = Utiliser { $address }
address-login-label = Adresse iCloud principale
address-login-hint = iCloud se connecte avec votre adresse iCloud principale (qui se termine par @icloud.com, @me.com ou @mac.com), jamais avec une adresse de votre propre domaine
# $login is the primary iCloud address.
address-signs-in-as = Se connecte en tant que { $login }
address-name-label = Votre nom (facultatif)
address-name-hint = Visible par les personnes à qui vous écrivez
# The example inside the empty name field: a common placeholder name in your language.
address-name-placeholder = Marie Dupont
