# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Configure le compte iCloud Mail (IMAP et SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = Réglages iCloud Mail pour { $email } (contient le mot de passe pour app : gardez ce fichier pour vous)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = Réglages iCloud Mail pour { $email } (sans mot de passe ; Mail demande le mot de passe pour app)
# The profile's name in Settings.
profile-display-name = iCloud Mail : { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = Le code QR contiendra votre mot de passe pour app : toute personne qui peut le voir ou le photographier peut lire votre mot de passe et utiliser votre messagerie. Ne le montrez qu’à votre propre téléphone, et ne l’imprimez pas et ne l’enregistrez pas.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = Thunderbird pour Android refuserait ce code QR : { $reason }
android-qr-json = impossible d’écrire le JSON du code QR : { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Ouvrez ce lien dans Safari
serve-safari-text = Ce navigateur peut seulement télécharger les réglages de messagerie, pas les installer. Copiez l’adresse de cette page et ouvrez-la dans Safari (sur un iPhone ou un iPad) pour installer le profil. Le lien fonctionne toujours.
# An error page: the link's address is wrong.
serve-not-found = Introuvable
# An error page: the profile was already downloaded through this link.
serve-link-used = Ce lien a déjà servi ; créez-en un nouveau dans l’assistant
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Méthode non autorisée

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = un client sans user-agent
serve-event-wrong-browser = { $client } ne peut pas installer de profils ; il a été invité à ouvrir le lien dans Safari
serve-event-served = téléchargé par { $client }
serve-event-expired = personne n’a téléchargé le profil à temps ; arrêté
serve-event-cancelled = annulé ; arrêté
serve-event-failed = le serveur a échoué : { $reason }
serve-thread-stopped = le fil d’exécution du serveur s’est arrêté de façon inattendue

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = impossible de créer un jeton aléatoire : { $reason }
serve-error-bind = impossible d’écouter sur { $address } : { $reason }
serve-error-start = impossible de démarrer le serveur HTTP : { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Site autoconfig pour { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Publiez les fichiers de ce dossier pour que les apps de messagerie trouvent les réglages
    d’iCloud pour chaque adresse de { $domain }. Thunderbird interroge ces deux adresses, dans
    cet ordre (une seule suffit) :
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = L’Autodiscover d’Outlook (et Thunderbird, en dernier recours) interroge :
site-readme-post =
    Outlook y envoie une requête POST, que certains hébergeurs statiques refusent ; les versions
    récentes d’Outlook ignoreraient de toute façon Autodiscover pour les comptes IMAP, donc ce
    sont les fichiers autoconfig qui comptent le plus.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Un seul fichier statique sert toutes les adresses de { $domain }, et il indique un seul nom d’utilisateur :
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Avec un domaine personnalisé iCloud+, on se connecte avec l’adresse iCloud principale, pas
    avec l’adresse de { $domain }. Les fichiers conviennent aux personnes qui se connectent en
    tant que { $login } ({ $accounts ->
        [one] { $accounts } compte indiqué
       *[other] { $accounts } comptes indiqués
    }). Toute personne de { $domain } qui a une autre adresse iCloud principale a besoin de
    son propre fichier Thunderbird (icloud-mail-wizard thunderbird install, ou export --format
    thunderbird) au lieu de ce site.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    Le mot de passe ne figure jamais dans ces fichiers : l’app de messagerie demande le mot de
    passe pour app (account.apple.com > Connexion et sécurité > Mots de passe pour applications).
site-readme-made-by = Créé avec iCloud Mail Wizard.
