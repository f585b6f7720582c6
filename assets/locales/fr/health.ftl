# The help desk's check of a custom domain's DNS records.

health-heading = Enregistrements DNS de { $domain }
health-intro = Si le courrier pour { $domain } arrive sur iCloud et peut en partir : les enregistrements dont a besoin le domaine de messagerie personnalisé d’iCloud+, tels que le DNS les donne maintenant
health-check = Vérifier les enregistrements de { $domain }
health-check-again = Vérifier à nouveau
health-asking = Interrogation du DNS…
health-failed = Les enregistrements n’ont pas pu être vérifiés : { $reason }
health-asked = Interrogé : { $servers }
health-record = { $kind } ({ $name }) : { $status } — { $note }
health-found = Trouvé : { $records }
health-expected = Attendu : { $expected }
health-copy = Copier
health-copy-name = Copier l’enregistrement { $kind }

health-kind-verification = Vérification
health-status-ok = ok
health-status-missing = absent
health-status-wrong = incorrect
health-status-advice = conseil
health-status-error = erreur

health-summary-incomplete = Certains enregistrements de { $domain } n’ont pas pu être consultés : le rapport est incomplet
health-summary-no-domain = { $domain } n’existe pas (NXDOMAIN) : vérifiez l’orthographe, ou publiez ces enregistrements une fois le domaine enregistré
health-summary-ready = Le courrier pour { $domain } arrive sur iCloud et en part comme configuré
health-summary-problems = { $count ->
    [one] { $count } type d’enregistrement à corriger
   *[other] Types d’enregistrement à corriger
} pour { $domain } : { $kinds }

health-mx-expected-hosts = Uniquement des enregistrements MX pour { $hosts } et { $last }
health-mx-expected = Uniquement des enregistrements MX pour { $host }
health-mx-no-such-domain = { $domain } n’existe pas (NXDOMAIN)
health-mx-none = { $domain } n’a aucun enregistrement MX : le courrier pour ce domaine ne peut pas arriver sur iCloud
health-mx-ok = le courrier pour le domaine arrive sur iCloud
health-mx-elsewhere = aucun enregistrement MX ne pointe vers iCloud : le courrier pour le domaine va ailleurs ; remplacez ces enregistrements par ceux d’iCloud
health-mx-remove = supprimez { $remove } (le courrier envoyé là n’arrive pas sur iCloud)
health-mx-add = ajoutez { $add }
health-mx-remove-add = supprimez { $remove } (le courrier envoyé là n’arrive pas sur iCloud) ; ajoutez { $add }
health-spf-expected = exactement un enregistrement SPF ({ $record }) avec { $include } ou { $redirect }
health-spf-missing = aucun enregistrement SPF : les destinataires risquent de considérer le courrier envoyé via iCloud comme falsifié
health-spf-ok = iCloud peut envoyer du courrier pour le domaine
health-spf-no-icloud = l’enregistrement SPF n’inclut pas iCloud : remplacez-le par celui-ci
health-spf-many = { $count } enregistrements SPF : avec plus d’un, SPF échoue pour tous les expéditeurs ; remplacez-les par cet enregistrement unique
health-dkim-ok = les signatures d’iCloud pour le domaine peuvent être vérifiées
health-dkim-elsewhere = le nom DKIM pointe ailleurs : le courrier envoyé via iCloud échoue à DKIM
health-dkim-missing = { $name } n’a pas de CNAME : le courrier envoyé via iCloud échoue à DKIM
health-verification-expected = un enregistrement TXT { $record } avec le jeton qu’iCloud affiche pour ce domaine
health-verification-ok = le domaine porte un jeton de vérification iCloud
health-verification-missing = iCloud ne peut pas confirmer que le domaine vous appartient : remplacez { $token } par la valeur affichée dans Réglages iCloud (iCloud Settings) > Domaine de messagerie personnalisé
health-dmarc-expected = un enregistrement DMARC ({ $record }), avec la politique { $quarantine } ou { $reject } une fois SPF et DKIM corrects
health-dmarc-missing = aucun enregistrement DMARC : les destinataires décident seuls du sort du courrier qui usurpe le domaine (facultatif, au choix du propriétaire du domaine)
health-dmarc-ok = politique { $policy } : le courrier qui usurpe le domaine n’est pas distribué comme authentique
health-dmarc-none = la politique { $none } ne fait que signaler : le courrier qui usurpe le domaine est toujours distribué ; envisagez { $quarantine } une fois SPF et DKIM corrects
health-dmarc-no-policy = l’enregistrement DMARC n’a pas de politique valide (p={ $none }, { $quarantine } ou { $reject }), les destinataires l’ignorent donc
health-dmarc-many = { $count } enregistrements DMARC : les destinataires ignorent DMARC quand il y en a plus d’un ; n’en gardez qu’un

## Recherches DNS restées sans réponse, et les serveurs de noms interrogés.

dns-asked-server = le serveur de noms { $servers }
dns-asked-system = les serveurs de noms du système ({ $servers })
dns-lookup-failed = recherche { $record } pour { $name } : { $failure }
dns-no-such-domain = le domaine n’existe pas (NXDOMAIN)
dns-no-records = aucun enregistrement de ce type (le nom existe, mais n’en a aucun)
dns-timed-out = pas de réponse en { $limit }
dns-cancelled = annulée
dns-server-error = le serveur de noms a répondu { $code }
dns-network = impossible de joindre { $server } : { $detail }
dns-bad-reply = réponse illisible de { $server } : { $detail }
dns-bad-name = pas un nom de domaine : { $name }
dns-no-servers = aucun serveur de noms à interroger
dns-config-read = impossible de lire les serveurs de noms du système dans { $path } : { $detail }
dns-config-parse = { $path } est illisible : { $detail }
dns-config-no-servers = aucun serveur de noms n’est configuré sur cet ordinateur
dns-config-unsupported = les serveurs de noms du système ne peuvent pas être lus ici : { $detail }
dns-config-bad-server = le serveur de noms { $server } n’est pas utilisable : { $reason }
