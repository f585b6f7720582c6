# The Outlook steps and the Outlook sheet.

## Les éditions d'Outlook (boutons radio de l'assistant, titres de la fiche).

outlook-edition-new = Nouvel Outlook pour Windows
outlook-edition-classic = Outlook classique pour Windows
outlook-edition-mac = Outlook pour Mac

## Les étapes. Entre parenthèses : le libellé anglais, là où le libellé français n'est pas confirmé.

outlook-new-open = Ouvrez `Paramètres > Comptes > Comptes de messagerie` (Settings > Accounts > Email accounts) et choisissez `Ajouter un compte`.
outlook-new-type = Saisissez `{ $email }` et choisissez `Continuer`.
outlook-new-icloud = Si Outlook propose `iCloud`, gardez ce choix et collez votre mot de passe pour app (pas le mot de passe de votre compte Apple). Choisissez `Continuer`.
outlook-new-server-settings = Si Outlook demande plutôt les paramètres du serveur, reprenez ceux du tableau : IMAP, avec les noms d’utilisateur et les ports qui y figurent.
outlook-new-intro-custom-domain = Le type de compte iCloud d’Outlook se connecte avec l’adresse saisie, alors que votre adresse se connecte avec une autre : configurez donc le compte en IMAP :
outlook-new-intro-other-settings = Le type de compte iCloud d’Outlook utilise les réglages documentés d’iCloud, et les vôtres diffèrent (voir le tableau) : configurez donc le compte en IMAP :
outlook-new-imap = Saisissez `{ $email }`, puis choisissez `Configuration avancée` (Advanced setup) ou `Choisir un fournisseur` (Choose provider), puis `IMAP`.
outlook-new-incoming = Entrant : nom d’utilisateur `{ $username }`, votre mot de passe pour app, serveur `{ $host }`, port `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Sortant : nom d’utilisateur `{ $username }`, le même mot de passe, serveur `{ $host }`, port `{ $port }`, `{ $encryption }`.
outlook-new-continue = Choisissez `Continuer`.

outlook-classic-open = Ouvrez `Fichier > Ajouter un compte`.
outlook-classic-type = Saisissez `{ $email }`, ouvrez `Options avancées`, cochez `Configurer mon compte manuellement` et choisissez `Connexion`.
outlook-classic-imap = Choisissez `IMAP`.
outlook-classic-incoming = Courrier entrant : serveur `{ $host }`, port `{ $port }`, méthode de chiffrement `{ $encryption }`. Laissez `Exiger l'authentification par mot de passe sécurisé (SPA) lors de la connexion` (Require logon using Secure Password Authentication (SPA)) décoché.
outlook-classic-outgoing = Courrier sortant : serveur `{ $host }`, port `{ $port }`, méthode de chiffrement `{ $encryption }`. Laissez SPA décoché.
outlook-classic-password = Choisissez `Suivant` et collez votre mot de passe pour app quand Outlook le demande.
outlook-classic-account-settings =
    Ouvrez ensuite `Fichier > Paramètres du compte > Paramètres du compte` et double-cliquez sur le compte. { $username_is_address ->
        [yes] Vérifiez que `Nom d'utilisateur` est `{ $username }`.
       *[no] Remplacez `Nom d'utilisateur` par `{ $username }`.
    } Sous `Paramètres supplémentaires > Serveur sortant`, cochez `Mon serveur sortant (SMTP) requiert une authentification`{ $same_username ->
        [yes] {" "}avec `Utiliser les mêmes paramètres que mon serveur de courrier entrant`.
       *[no] , choisissez `Se connecter à l'aide de` (Log on using), nom d’utilisateur `{ $smtp_username }` et votre mot de passe pour app.
    }

outlook-mac-open = Ouvrez `Outlook > Paramètres > Comptes` (Outlook > Settings > Accounts), choisissez `+` puis `Nouveau compte`.
outlook-mac-type = Saisissez `{ $email }` et choisissez `IMAP/POP` quand Outlook demande le fournisseur.
outlook-mac-account = Type `IMAP`, nom d’utilisateur IMAP `{ $username }` et votre mot de passe pour app.
outlook-mac-incoming = Serveur entrant `{ $host }` : cochez `Utiliser SSL pour se connecter` et `Remplacer le port par défaut` (Override default port), port `{ $port }`.
outlook-mac-outgoing =
    Nom d’utilisateur SMTP `{ $username }` et votre mot de passe pour app ; serveur sortant `{ $host }` : cochez `Remplacer le port par défaut` (Override default port), port `{ $port }`, puis cochez `Utiliser SSL pour se connecter`. { $security ->
        [starttls] Dans Outlook pour Mac, cette case signifie « chiffrer la connexion » : sur le port 587, Outlook chiffre avec STARTTLS, ce qu’iCloud attend sur ce port.
       *[tls] Sur ce port, la connexion est chiffrée en SSL/TLS dès le premier octet.
    }
outlook-mac-add = Choisissez `Ajouter un compte`.

## La fiche Outlook imprimable (un fichier HTML).

sheet-title = Réglages iCloud Mail pour { $email }
sheet-editions = Configurer Outlook : nouvel Outlook pour Windows, Outlook classique pour Windows et Outlook pour Mac
sheet-editions-for = Configurer Outlook : nouvel Outlook pour Windows, Outlook classique pour Windows et Outlook pour Mac, préparé pour { $name }
sheet-editions-by = Configurer Outlook : nouvel Outlook pour Windows, Outlook classique pour Windows et Outlook pour Mac, préparé par { $org }
sheet-editions-for-by = Configurer Outlook : nouvel Outlook pour Windows, Outlook classique pour Windows et Outlook pour Mac, préparé pour { $name } par { $org }
sheet-app-password = Il vous faut un `mot de passe pour app` : le mot de passe de votre compte Apple ne fonctionnera pas. Créez-en un sur `{ $site } > Connexion et sécurité > Mots de passe pour applications` > Générer un mot de passe pour application. Il ressemble à `xxxx-xxxx-xxxx-xxxx` (16 lettres). L’identification à deux facteurs doit être activée pour votre compte Apple.
sheet-your-settings = Vos réglages
sheet-row-email = Adresse e-mail
sheet-row-name = Votre nom
sheet-row-account-type = Type de compte
sheet-row-incoming-server = Serveur de courrier entrant
sheet-row-incoming-port = Port entrant
sheet-row-incoming-encryption = Chiffrement entrant
sheet-row-incoming-username = Nom d’utilisateur entrant
sheet-row-outgoing-server = Serveur de courrier sortant (SMTP)
sheet-row-outgoing-port = Port sortant
sheet-row-outgoing-encryption = Chiffrement sortant
sheet-row-outgoing-username = Nom d’utilisateur sortant
sheet-row-password = Mot de passe (les deux serveurs)
sheet-row-spa = Authentification par mot de passe sécurisé (SPA)
sheet-row-smtp-auth = Le serveur sortant requiert une authentification
sheet-row-sent-folder = Dossier des messages envoyés
sheet-value-password = votre mot de passe pour app
sheet-value-spa = Désactivée (laisser décoché)
sheet-value-yes = Oui
sheet-traps = Pièges fréquents
sheet-trap-password = Une erreur de connexion signifie presque toujours que le mot de passe du compte Apple a été utilisé au lieu d’un mot de passe pour app. Changer le mot de passe de votre compte Apple révoque tous les mots de passe pour app ; créez-en alors un nouveau.
sheet-trap-username-same = Utilisez `{ $username }` comme nom d’utilisateur pour les deux serveurs.
sheet-trap-username-different = Les deux serveurs utilisent des noms d’utilisateur différents : `{ $imap_username }` pour le courrier entrant et `{ $smtp_username }` pour le courrier sortant.
sheet-trap-custom-domain = Votre adresse `{ $email }` est sur votre propre domaine, mais iCloud se connecte avec votre adresse iCloud principale, pas avec elle.
sheet-trap-starttls = Le port `{ $port }` utilise `STARTTLS`, pas SSL/TLS ; là où une app vous laisse le choix, SSL/TLS sur ce port échoue avec des erreurs comme « wrong version number ». Si votre réseau le bloque, utilisez plutôt le port `465` avec `SSL/TLS`.
sheet-trap-tls = Le courrier sortant utilise le port `{ $port }` avec `SSL/TLS` dès le premier octet, pas STARTTLS. (Le port 587 documenté par iCloud exige STARTTLS ; le port `{ $port }` sert aux réseaux qui bloquent le 587.)
sheet-trap-spa = Laissez l’authentification par mot de passe sécurisé (SPA) désactivée : iCloud ne la prend pas en charge.
sheet-trap-folders = iCloud range le courrier envoyé dans le dossier `{ $sent }` et le courrier supprimé dans `Deleted Messages`.
sheet-footer = Valeurs tirées de la documentation d’Apple, `{ $url }`. Créé avec l’Assistant iCloud Mail.
