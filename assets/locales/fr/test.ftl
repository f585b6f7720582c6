# The connection test step, its diagnoses and findings.

test-heading = Test de connexion
test-intro = L’assistant se connecte aux serveurs de messagerie d’iCloud de toutes les façons documentées par Apple, en même temps, et garde ce qui fonctionne depuis ce réseau. Rien n’est envoyé, sauf si vous demandez un message de test.
test-progress = Vérification… { $done } sur { $total } terminées
test-cancelled = Le test a été annulé. Relancez-le, ou ignorez-le pour continuer
test-not-run = Lancez le test, ou ignorez-le si vous voulez seulement les fichiers de réglages
test-all-work = La réception et l’envoi fonctionnent tous les deux depuis ce réseau
test-some-work = Seules certaines connexions ont fonctionné ; les lignes ci-dessous expliquent pourquoi
test-none-work = Aucune connexion n’a fonctionné ; les lignes ci-dessous expliquent pourquoi et quoi faire

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, partie nom
test-check-imap-full-address = IMAP { $port }, adresse complète
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = En attente
test-row-checking = Vérification…
test-row-cancelled = Annulé

# Buttons.
test-cancel = Annuler
test-run = Lancer le test
test-skip = Ignorer le test
test-retry = Réessayer

test-send-message = M’envoyer un message de test
test-send-hint = Facultatif : envoie un message à { $address } et le supprime dès son arrivée
test-sending = Envoi d’un message de test à { $address } et attente de son arrivée…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = Le message de test a été envoyé et est arrivé après { $duration }{ $removal ->
        [removed] { "\u00A0" }; il a été supprimé
        [flagged] { "\u00A0" }; il est marqué comme supprimé
       *[none] { "" }
    }
test-message-sent = Le message de test a été envoyé{ $removal ->
        [removed] { "\u00A0" }; il a été supprimé
        [flagged] { "\u00A0" }; il est marqué comme supprimé
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = Le message de test n’est pas passé ({ $phase }) : { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = connexion { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = accueil { $duration }
test-timing-login = identification { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = lors de la recherche du nom du serveur
diagnosis-phase-connect = lors de la connexion
diagnosis-phase-tls = lors de la négociation TLS
diagnosis-phase-greeting = en attendant l’accueil du serveur
diagnosis-phase-starttls = lors du passage à TLS (STARTTLS)
diagnosis-phase-auth = lors de l’identification
diagnosis-phase-logout = lors de la déconnexion

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = La connexion { $protocol } fonctionne en tant que { $username } sur { $host }
diagnosis-dns = Le nom de serveur { $server } est introuvable. Vérifiez votre connexion Internet ; un réseau qui n’autorise la navigation qu’après une page de connexion peut aussi en être la cause.
diagnosis-refused = La connexion à { $host } a été refusée ou le réseau est inaccessible. Un pare-feu ou votre fournisseur bloque peut-être ce port. Essayez un autre réseau pour faire la différence.
diagnosis-refused-587 = La connexion à { $host } a été refusée ou le réseau est inaccessible. Un pare-feu ou votre fournisseur bloque peut-être ce port. Les réseaux bloquent souvent le 587 : utilisez plutôt le port 465 avec SSL/TLS.
diagnosis-timeout-resolve = La recherche de { $server } a pris trop de temps : le service de noms du réseau (DNS) ne répond pas. Vérifiez votre connexion ou essayez un autre réseau.
diagnosis-timeout-connect = La connexion à { $host } a expiré ({ $phase } : { $detail }). Le port est probablement bloqué par un pare-feu ou par votre réseau. Essayez un autre réseau pour faire la différence.
diagnosis-timeout-connect-587 = La connexion à { $host } a expiré ({ $phase } : { $detail }). Le port est probablement bloqué par un pare-feu ou par votre réseau. Les réseaux bloquent souvent le 587 : utilisez plutôt le port 465 avec SSL/TLS.
diagnosis-timeout-greeting = { $host } a accepté la connexion mais n’a pas envoyé son accueil à temps. Si ce port attend TLS dès le départ (465 ou 993), choisissez SSL/TLS au lieu de STARTTLS.
diagnosis-timeout = { $host } a cessé de répondre { $phase }. Le serveur ou le réseau est trop lent ou retient la connexion ; réessayez plus tard ou sur un autre réseau.
diagnosis-cert-untrusted = Le certificat de sécurité de { $host } n’est pas signé par une autorité à laquelle cet ordinateur fait confiance (il est peut-être auto-signé, ou un appareil du réseau intercepte la connexion). N’entrez pas votre mot de passe sur ce réseau tant que ce n’est pas résolu ; les vrais serveurs d’iCloud présentent des certificats valides. Détails : { $detail }.
diagnosis-cert-wrong-host = Le certificat de sécurité de { $host } appartient à un autre nom de serveur. N’entrez pas votre mot de passe sur ce réseau tant que ce n’est pas résolu ; les vrais serveurs d’iCloud présentent des certificats valides. Détails : { $detail }.
diagnosis-cert-expired = Le certificat de sécurité de { $host } a expiré ou n’est pas encore valide (vérifiez que la date et l’heure de cet ordinateur sont justes). N’entrez pas votre mot de passe sur ce réseau tant que ce n’est pas résolu ; les vrais serveurs d’iCloud présentent des certificats valides. Détails : { $detail }.
diagnosis-cert-refused = Le certificat de sécurité de { $host } a été refusé. N’entrez pas votre mot de passe sur ce réseau tant que ce n’est pas résolu ; les vrais serveurs d’iCloud présentent des certificats valides. Détails : { $detail }.
diagnosis-tls-not-tls = { $host } n’a pas répondu en TLS. S’il s’agit d’un port STARTTLS (587 pour SMTP), choisissez STARTTLS au lieu de SSL/TLS ; pour SSL/TLS, utilisez le port 465 (SMTP) ou 993 (IMAP).
diagnosis-tls-failed = La connexion chiffrée avec { $host } n’a pas pu être établie. Quelque chose sur le réseau perturbe peut-être le chiffrement.
diagnosis-no-starttls = { $host } ne propose pas STARTTLS, le mot de passe ne peut donc pas être envoyé en sécurité. iCloud le propose toujours : quelque chose sur votre réseau (un antivirus ou un pare-feu qui analyse le courrier) le retire. Essayez le port 465 avec SSL/TLS.
diagnosis-protocol = { $host } a répondu autre chose que du { $protocol } attendu. Vérifiez le nom du serveur et le port ; un proxy ou un portail captif répond peut-être à la place d’iCloud.
diagnosis-closed = { $host } a fermé la connexion { $phase }. Le serveur ou un élément du réseau l’a coupée ; réessayez, et vérifiez que le port et la sécurité ({ $security }) sont corrects.
diagnosis-cancelled = La vérification a été annulée.
# $text is the server's own reply.
diagnosis-server-said = Le serveur a répondu : « { $text } »
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = Le serveur a refusé la connexion en tant que { $username }. iCloud n’accepte ici qu’un mot de passe pour app, jamais le mot de passe de votre compte Apple : créez-en un sur { $page } > « Connexion et sécurité » > « Mots de passe pour applications » > « Générer un mot de passe pour application », puis collez-le.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = Le mot de passe saisi n’a pas le format d’un mot de passe pour app : { $reason }.
diagnosis-auth-full-address = Certains comptes ont besoin de l’adresse complète comme nom d’utilisateur IMAP ; c’est vérifié aussi.
diagnosis-auth-changed = Si vous avez récemment changé le mot de passe de votre compte Apple, les anciens mots de passe pour app ne fonctionnent plus.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = nom d’utilisateur IMAP { $username } (partie nom de l’adresse)
basis-imap-full-address = nom d’utilisateur IMAP { $username } (adresse complète)
basis-smtp = port SMTP { $port } avec { $security }
basis-tested = Les fichiers utilisent ce qui a fonctionné pendant le test : { $found }
basis-partly-tested = Les fichiers utilisent ce que le test a trouvé ({ $found }) et les réglages documentés d’iCloud pour le reste
basis-failed-test = Les fichiers utilisent les réglages documentés d’iCloud, qui sont les bons pour iCloud : une fois le problème résolu, ils fonctionneront
basis-untested = Le test a été ignoré, les fichiers utilisent donc les réglages documentés d’iCloud

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Saisissez votre adresse e-mail pour continuer
blocker-bad-address = L’adresse n’est pas encore valide : { $reason }
blocker-domain-checking = Vérification de la destination du courrier pour { $domain }…
blocker-domain-not-confirmed = Le courrier de { $domain } n’est pas chez iCloud : modifiez ou confirmez l’adresse
blocker-provider-address = Les adresses { $domain } appartiennent à { $provider } : saisissez votre adresse @icloud.com
blocker-no-login = Saisissez votre adresse iCloud principale pour continuer
blocker-bad-login = L’adresse iCloud principale n’est pas encore valide : { $reason }
blocker-no-password = Collez votre mot de passe pour app pour continuer
blocker-bad-password = Vérifiez le mot de passe : { $reason }
blocker-checks-not-run = Lancez le test de connexion, ou ignorez-le, pour continuer
blocker-checks-running = Attendez la fin des vérifications, ou annulez-les
blocker-checks-cancelled = Les vérifications ont été annulées : relancez-les ou ignorez-les
blocker-last-step = C’est la dernière étape

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Message de test de l’assistant iCloud Mail
test-email-body = Ce message a été envoyé par l’assistant iCloud Mail pour vérifier que l’envoi et la réception fonctionnent. L’assistant le supprime dès son arrivée.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = le message de test n’est pas arrivé dans la boîte de réception (INBOX) en { $seconds } s
