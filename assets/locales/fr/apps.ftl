# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (fr), Thunderbird
# for Android's from thunderbird-android (values-fr). iOS labels not confirmed carry the English
# label in parentheses.

## The mail app step

apps-heading = Où lirez-vous vos e-mails ?
apps-address-invalid = L’adresse n’est plus valide : revenez en arrière pour la corriger
apps-intro = Cochez chaque app ou appareil que vous utilisez. Pour chacun, vous verrez dans l’ordre ce qu’il faut faire, et le bouton qui le fait.
apps-no-dialogs = { $reason }. Les fichiers sont enregistrés dans ce dossier à la place
apps-folder-label = Dossier
apps-saving = Enregistrement…
apps-skip = Passer cette étape
apps-skip-hint = Les réglages sont de toute façon sur la page suivante
apps-copy = Copier
apps-saved = Enregistré
apps-open-folder = Ouvrir le dossier
apps-open-folder-name = Ouvrir le dossier de { $name }
apps-file-detail = { $kind ->
    [folder] Dossier
   *[file] Fichier
} { $name } : { $title }. { $description }

## Another mail app

apps-other-add = Dans votre app, ajoutez un compte de type `IMAP` (iCloud ne propose pas POP).
apps-other-values = Saisissez les valeurs de la page suivante : chacune a un bouton pour la copier. Le mot de passe est votre mot de passe pour app, pour les deux serveurs.

## Thunderbird for Android

apps-android-import = Dans Thunderbird pour Android, touchez `Importer les paramètres` sur l’écran d’accueil (si des comptes existent déjà : `Paramètres > Importer les paramètres`).
apps-android-scan = Touchez `Scanner le code QR` (Scan QR code) et pointez l’appareil photo vers ce code, puis touchez `Importation`.
apps-android-password = Saisissez votre mot de passe pour app comme `Mot de passe du serveur entrant` et laissez `Utiliser le même mot de passe pour le serveur sortant` activé.
apps-android-qr-name = Code QR pour Thunderbird pour Android
apps-android-with-password = Mettre le mot de passe dans le code affiché
apps-android-k9 = K-9 Mail ne sait pas importer de code QR : utilisez-y les valeurs de la page suivante
apps-android-save = Enregistrer le code pour l’imprimer
apps-android-save-hover = PNG et SVG, jamais avec le mot de passe

## iPhone, iPad and Mac

apps-apple-question = L’appareil est-il connecté au compte Apple auquel appartient cette boîte aux lettres ?
apps-apple-same = Oui, le même compte Apple
apps-apple-other = Non : un autre compte Apple, ou aucun
apps-apple-switch = Alors iCloud Mail n’est qu’un interrupteur, et un profil ajouterait une seconde fois la même boîte aux lettres :
apps-apple-switch-iphone = iPhone ou iPad : `Réglages > [votre nom] > iCloud > iCloud Mail`, puis activez `Utiliser sur cet iPhone` (Use on this iPhone) (ou iPad).
apps-apple-switch-mac = Mac : `Réglages Système > [votre nom] > iCloud > iCloud Mail`, puis activez-le.
apps-apple-get-it-there = Enregistrez le profil ci-dessous et transférez-le sur l’appareil : par AirDrop, par e-mail à une adresse que l’appareil relève, ou en l’ouvrant depuis une page web dans Safari.
apps-apple-install-iphone = iPhone ou iPad : ouvrez `Réglages`, touchez `Profil téléchargé` (Profile Downloaded) et installez-le dans les 8 minutes.
apps-apple-install-mac = Mac : ouvrez le fichier, puis installez-le dans `Réglages Système > Confidentialité et sécurité > Profils` (macOS plus récent : `Général > Gestion des appareils` (General > Device Management)).
apps-apple-shows-signed = L’appareil affiche `{ $trust }` : le profil est signé par { $subject } (« Signer les profils », sous « Assistance »). Mail demande ensuite votre mot de passe pour app.
apps-apple-shows-unsigned = L’appareil affiche `Non signé` (Not Signed) : ce profil n’est pas signé, et c’est normal. Mail demande ensuite votre mot de passe pour app.
apps-apple-with-password = Mettre le mot de passe dans le profil Apple
apps-apple-password-hint = Toute personne qui obtient le profil peut lire le mot de passe : laissez cette option désactivée, sauf si vous l’installez vous-même tout de suite
apps-signing-does-not-encrypt = Signer ne chiffre pas : le mot de passe d’un profil signé est aussi lisible que dans un profil non signé (selon Apple, les mots de passe n’ont leur place que dans des profils chiffrés)
apps-apple-save = Enregistrer le profil Apple

## Send to iPhone or iPad

apps-send-heading = Ou envoyez-le à un iPhone ou iPad sur ce réseau
apps-send-scan = Sur le téléphone, ouvrez l’Appareil photo, pointez-le vers ce code et touchez le lien : Safari télécharge le profil. Le lien fonctionne une seule fois, pendant 10 minutes.
apps-send-qr-name = Code QR du lien pour l’appareil photo de l’iPhone
apps-send-copy-link = Copier le lien
apps-send-waiting = En attente du téléphone…
apps-send-stop = Arrêter
apps-send-wrong-browser = { $client } ne peut pas installer de profils : ouvrez plutôt le lien dans Safari
apps-send-downloaded = Téléchargé par { $client }
apps-send-install = Sur le téléphone, ouvrez `Réglages`, touchez `Profil téléchargé` (Profile Downloaded) et installez-le dans les 8 minutes.
apps-send-expired = Personne n’a téléchargé le profil en 10 minutes
apps-send-stopped = Arrêté
apps-send-no-address = Cet ordinateur n’a aucune adresse qu’un téléphone pourrait joindre : connectez-le au réseau du téléphone
apps-send-address-label = L’adresse à laquelle le téléphone joint cet ordinateur
apps-send-same-network = Le téléphone doit être sur le même réseau que cet ordinateur
apps-send-button = Envoyer à l’iPhone ou l’iPad
apps-send-again = Envoyer à nouveau

## Outlook and the help desk

apps-outlook-which = Quel Outlook ?
apps-outlook-save = Enregistrer la fiche imprimable
apps-helpdesk-intro = Tous les fichiers de ce compte, dans un seul dossier :
apps-helpdesk-site-hint = Le site autoconfig sert toutes les adresses de { $domain } et indique un seul identifiant ({ $login }) : les personnes du domaine ayant une autre adresse iCloud principale ont besoin de leur propre fichier Thunderbird
apps-helpdesk-password = Le profil Apple contiendra le mot de passe (coché plus haut)
apps-helpdesk-save = Enregistrer tous les fichiers

## Thunderbird on this computer

thunderbird-add-account = Dans Thunderbird, ouvrez `≡ > Paramètres des comptes > Gestion des comptes > Ajouter un compte de messagerie`, saisissez votre nom, `{ $email }` et votre mot de passe pour app, puis choisissez `Continuer`.
thunderbird-knows-icloud = Thunderbird connaît iCloud : aucun fichier n’est nécessaire.
thunderbird-fills-in = Il remplit tout seul le serveur entrant `{ $imap }` avec `{ $imap_user }` et le serveur sortant `{ $smtp }` avec `{ $smtp_user }`. S’il affiche d’autres valeurs, choisissez `Configuration manuelle` et saisissez celles-ci.
thunderbird-guess-warning = Thunderbird supposera les valeurs documentées d’iCloud, mais ce réseau a besoin de celles ci-dessus : corrigez-les dans « Configuration manuelle », ou mettez-les en place pour Thunderbird
thunderbird-custom-domain = Thunderbird trouverait iCloud grâce aux enregistrements de messagerie de { $domain }, puis se connecterait en tant que { $local }, ce qu’iCloud refuse : vous vous connectez en tant que { $login }. Un fichier dans le dossier du programme Thunderbird passe en premier et contient le bon identifiant.
thunderbird-set-up = Configurer Thunderbird sur cet ordinateur
thunderbird-set-up-hint = Place { $file } dans le dossier isp du dossier du programme Thunderbird
thunderbird-installed = Le fichier de réglages de Thunderbird est en place : { $path }
thunderbird-needs-admin = Le dossier du programme Thunderbird demande des droits d’administrateur. Le fichier est enregistré sous { $file } ; pour le mettre en place, exécutez ceci dans { $shell ->
    [powershell] PowerShell ouvert avec « Exécuter en tant qu’administrateur »
   *[terminal] un terminal
} :
thunderbird-copy-command = Copier la commande d’administrateur
thunderbird-manual-hint = Ou, dans Thunderbird, choisissez « Configuration manuelle » et saisissez les valeurs de la page suivante
thunderbird-choose-folder = Choisir le dossier du programme Thunderbird…
thunderbird-folder-label = Dossier du programme Thunderbird
thunderbird-use-folder = Utiliser ce dossier
thunderbird-error-not-found = aucune installation de Thunderbird trouvée (recherche dans { $folders }) ; si Thunderbird est installé ailleurs, indiquez le dossier de son programme (celui qui contient application.ini)
thunderbird-error-not-thunderbird = { $folder } ne contient aucun programme Thunderbird (ni application.ini nommant Thunderbird, ni omni.ja à côté d’un programme thunderbird)
thunderbird-error-read-only = Thunderbird dans { $folder } est une installation { $kind }, dont le dossier du programme est une image en lecture seule qui ne peut pas recevoir de fichier de réglages ; saisissez les réglages à la main dans Thunderbird (« Configuration manuelle ») ou publiez un site autoconfig pour le domaine
thunderbird-error-needs-admin = l’écriture de { $file } demande des droits d’administrateur
thunderbird-error-export = impossible de produire le fichier Thunderbird
thunderbird-error-copy-failed = l’écriture de { $file } demande des droits d’administrateur, et l’enregistrement d’une copie a échoué : { $reason }

## Saving files

apps-save-error-write = impossible d’écrire { $path } : { $reason }
apps-save-error-export = impossible de produire le fichier { $format }

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird sur cet ordinateur
delivery-android = Thunderbird pour Android ou K-9 Mail
delivery-apple-mail = Mail sur iPhone, iPad ou Mac
delivery-other-app = Une autre app de messagerie
delivery-help-desk = Assistance : tous les fichiers
delivery-pending-nothing-chosen = Choisissez où vous lirez vos e-mails, ou passez cette étape
delivery-pending-thunderbird = Configurez Thunderbird, ou passez cette étape
delivery-pending-apple-question = Indiquez si l’appareil utilise ce compte Apple, ou passez cette étape
delivery-pending-profile = Enregistrez le profil Apple, ou passez cette étape
delivery-pending-outlook = Choisissez votre Outlook, ou passez cette étape
delivery-pending-files = Enregistrez les fichiers, ou passez cette étape

## What each file is

format-thunderbird-title = Fichier de réglages Thunderbird
format-thunderbird-description = Va dans le dossier isp du dossier du programme Thunderbird, nommé d’après le domaine
format-mobileconfig-title = Profil de configuration Apple
format-mobileconfig-description = Téléchargé sur un iPhone ou un iPad, il attend dans Réglages > Profil téléchargé ; sur un Mac, ouvrez-le et installez-le dans Réglages Système > Profils
format-outlook-title = Fiche de réglages Outlook
format-outlook-description = Une page imprimable avec les étapes pour chaque édition d’Outlook
format-autoconfig-site-title = Site autoconfig pour votre domaine
format-autoconfig-site-description = Publié sur les serveurs web de votre domaine, il permet à Thunderbird et Outlook de trouver les réglages de chaque adresse du domaine
format-autodiscover-title = XML Autodiscover pour Outlook
format-autodiscover-description = Pour les serveurs qui répondent aux requêtes Autodiscover d’Outlook
format-android-qr-title = Code QR pour Thunderbird pour Android
format-android-qr-description = Scanné dans Thunderbird pour Android (Importer les paramètres), il ajoute le compte ; l’app demande le mot de passe

## Done

done-heading = Vos réglages iCloud Mail
done-address-invalid = L’adresse n’est plus valide : revenez en arrière pour la corriger
done-intro = Pour configurer une app de messagerie à la main, ou pour lire les réglages à quelqu’un, utilisez ces valeurs. Chaque valeur a un bouton pour la copier.
done-basis-tested = Ces réglages ont fonctionné lors du test de connexion
done-basis-partly-tested = Ces réglages reprennent ce qui a fonctionné lors du test de connexion et les valeurs documentées d’iCloud pour le reste
done-basis-documented = Ce sont les réglages documentés d’iCloud
done-copied = { $value } copié dans le presse-papiers
done-also = Et aussi
done-also-password = Mot de passe : votre mot de passe pour app (celui des étapes précédentes), pour les deux serveurs
done-also-authentication = Authentification : mot de passe normal ; les deux serveurs en ont besoin, et « Authentification par mot de passe sécurisé (SPA) » reste désactivée
done-also-sent-folder = Dossier des messages envoyés : « { $folder } »
done-server = Serveur
done-port = Port
done-security = Sécurité
done-username = Nom d’utilisateur
done-copy-server = Copier le serveur { $protocol }
done-copy-port = Copier le port { $protocol }
done-copy-security = Copier la sécurité { $protocol }
done-copy-username = Copier le nom d’utilisateur { $protocol }

# The settings table's two rows.
done-row-incoming = Entrant (IMAP)
done-row-outgoing = Sortant (SMTP)
