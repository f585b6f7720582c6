# The app-specific password step and the keychain.

password-heading = Votre mot de passe pour app
password-intro = Les apps de messagerie autres que celles d’Apple se connectent à iCloud avec un mot de passe pour app : un mot de passe créé pour une seule app, que vous pouvez révoquer à tout moment. Le mot de passe de votre compte Apple ne fonctionne pas ici.
password-make-heading = Pour en créer un
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Connectez-vous sur { $site } avec votre compte Apple
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Ouvrez « Connexion et sécurité » > « Mots de passe pour applications »
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Choisissez « Générer un mot de passe pour application » (ou +), donnez-lui le nom de votre app de messagerie, puis copiez le mot de passe affiché
# A button that opens Apple's account site in the browser.
password-open-site = Ouvrir { $site }
password-field = Mot de passe pour app
password-show = Afficher
password-hide = Masquer
password-toggle-hint = Afficher ou masquer le mot de passe
password-shape-ok = La forme est correcte : quatre groupes de quatre lettres
password-paste-hint = Collez-le tel qu’Apple l’affiche ; les espaces et les majuscules n’ont pas d’importance

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = aucun mot de passe n’a été saisi
password-shape-digits = il contient des chiffres, alors qu’un mot de passe pour app ne contient que des lettres : on dirait le mot de passe de votre compte Apple
password-shape-other = il contient d’autres caractères que des lettres et des tirets : on dirait le mot de passe de votre compte Apple
password-shape-length = il contient { $letters } lettres, alors qu’un mot de passe pour app en a exactement { $expected }
password-shape-grouping = les lettres doivent former { $groups } groupes de { $group_len }, séparés par des tirets

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Un mot de passe pour { $login } est enregistré dans { $location }
keychain-use-saved = Utiliser le mot de passe enregistré
keychain-forget = L’oublier
keychain-remember = Mémoriser dans le trousseau du système
keychain-looking = Recherche d’un trousseau du système…
keychain-remember-hint = Enregistré dans { $location } quand vous appuyez sur Suivant, pour que l’assistant puisse le proposer la prochaine fois
keychain-saved-notice = Votre mot de passe pour app est enregistré dans { $location } pour { $login }
keychain-removed-notice = Le mot de passe enregistré pour { $login } n’est plus dans { $location }

# They follow "dans".
keychain-location-macos = le trousseau macOS
keychain-location-windows = le Gestionnaire d’identification Windows
keychain-location-secret-service = le trousseau Secret Service
keychain-location-memory = la mémoire (jusqu’à la fermeture du programme)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason } ; { $consequence }
keychain-failed-probe = le trousseau du système n’a pas pu chercher le mot de passe : { $detail } ; { $consequence }
keychain-failed-save = le trousseau du système n’a pas pu enregistrer le mot de passe : { $detail } ; { $consequence }
keychain-failed-load = le trousseau du système n’a pas pu lire le mot de passe : { $detail } ; { $consequence }
keychain-failed-forget = le trousseau du système n’a pas pu supprimer le mot de passe : { $detail } ; { $consequence }
keychain-no-session-bus = aucun trousseau du système n’est disponible ici (aucun bus de session D-Bus ne tourne, comme sur une machine sans écran ou via SSH : { $detail })
keychain-no-secret-service = aucun trousseau du système n’est disponible ici (rien sur le bus de session D-Bus ne fournit le Secret Service, comme GNOME Keyring ou KWallet : { $detail })
keychain-locked = le trousseau du système est verrouillé (ou n’a pas de collection par défaut) et n’a pas été ouvert ({ $detail })
keychain-no-answer = le trousseau du système n’a pas répondu en { $seconds } secondes (il attend peut-être une demande de déverrouillage)
keychain-not-working = le trousseau du système ne fonctionne pas ({ $detail })
keychain-consequence-probe = les mots de passe ne peuvent pas être mémorisés ici, l’assistant les demandera donc à chaque fois
keychain-consequence-save = le mot de passe n’a pas été enregistré, et l’assistant le redemandera la prochaine fois
keychain-consequence-load = aucun mot de passe enregistré n’a pu être lu, il faut donc le saisir à nouveau
keychain-consequence-forget = rien n’a été supprimé

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = rien n’est enregistré pour ce compte
keychain-detail-not-text = la valeur enregistrée n’est pas du texte
keychain-detail-bad-format = la valeur enregistrée n’a pas le format attendu
keychain-detail-ambiguous = { $count } entrées correspondent à ce compte ; supprimez celles en trop dans le gestionnaire du trousseau
keychain-detail-too-long = l’attribut « { $what } » est plus long que ce que le trousseau autorise ({ $limit } caractères)
keychain-detail-invalid = l’attribut « { $what } » n’est pas valide : { $why }
keychain-detail-no-thread = impossible de démarrer un fil d’exécution pour cela : { $error }
keychain-detail-stopped = la bibliothèque du trousseau s’est arrêtée de façon inattendue
