# The help desk's check of a custom domain's DNS records.

health-heading = Registros DNS de { $domain }
health-intro = Se o e-mail para { $domain } chega ao iCloud e pode sair dele: os registros de que o domínio de e-mail personalizado do iCloud+ precisa, como o DNS os responde agora
health-check = Verificar os registros de { $domain }
health-check-again = Verificar de novo
health-asking = Consultando o DNS…
health-failed = Não foi possível verificar os registros: { $reason }
health-asked = Consultado: { $servers }
health-record = { $kind } ({ $name }): { $status } — { $note }
health-found = Encontrado: { $records }
health-expected = Esperado: { $expected }
health-copy = Copiar
health-copy-name = Copiar o registro { $kind }

health-kind-verification = Verificação
health-status-ok = ok
health-status-missing = ausente
health-status-wrong = incorreto
health-status-advice = sugestão
health-status-error = erro

health-summary-incomplete = Nem todos os registros de { $domain } puderam ser consultados: o relatório está incompleto
health-summary-no-domain = { $domain } não existe (NXDOMAIN): confira a grafia, ou publique estes registros quando ele estiver registrado
health-summary-ready = O e-mail para { $domain } chega ao iCloud e sai dele como configurado
health-summary-problems = { $count ->
    [one] { $count } tipo de registro a corrigir
   *[other] Tipos de registro a corrigir
} em { $domain }: { $kinds }

health-mx-expected-hosts = Apenas registros MX para { $hosts } e { $last }
health-mx-expected = Apenas registros MX para { $host }
health-mx-no-such-domain = { $domain } não existe (NXDOMAIN)
health-mx-none = { $domain } não tem registros MX: o e-mail para ele não consegue chegar ao iCloud
health-mx-ok = o e-mail para o domínio chega ao iCloud
health-mx-elsewhere = nenhum registro MX aponta para o iCloud: o e-mail para o domínio vai para outro lugar; substitua estes registros pelos do iCloud
health-mx-remove = remova { $remove } (o e-mail enviado para lá não chega ao iCloud)
health-mx-add = adicione { $add }
health-mx-remove-add = remova { $remove } (o e-mail enviado para lá não chega ao iCloud); adicione { $add }
health-spf-expected = exatamente um registro SPF ({ $record }) com { $include } ou { $redirect }
health-spf-missing = nenhum registro SPF: os destinatários podem considerar falsificado o e-mail enviado pelo iCloud
health-spf-ok = o iCloud pode enviar e-mails pelo domínio
health-spf-no-icloud = o registro SPF não inclui o iCloud: substitua-o por este
health-spf-many = { $count } registros SPF: com mais de um, o SPF falha para todos os remetentes; substitua-os por este registro único
health-dkim-ok = as assinaturas do iCloud para o domínio podem ser verificadas
health-dkim-elsewhere = o nome DKIM aponta para outro lugar: o e-mail enviado pelo iCloud não passa no DKIM
health-dkim-missing = { $name } não tem CNAME: o e-mail enviado pelo iCloud não passa no DKIM
health-verification-expected = um registro TXT { $record } com o token que o iCloud mostra para este domínio
health-verification-ok = o domínio tem um token de verificação do iCloud
health-verification-missing = o iCloud não consegue confirmar que o domínio é seu: substitua { $token } pelo valor mostrado em Ajustes do iCloud (iCloud Settings) > Domínio de E-mail Personalizado (Custom Email Domain)
health-dmarc-expected = um registro DMARC ({ $record }), com a política { $quarantine } ou { $reject } quando SPF e DKIM estiverem ok
health-dmarc-missing = nenhum registro DMARC: os destinatários decidem sozinhos o que fazer com e-mails que falsificam o domínio (opcional, a critério do dono do domínio)
health-dmarc-ok = política { $policy }: e-mails que falsificam o domínio não são entregues como autênticos
health-dmarc-none = a política { $none } apenas relata: e-mails que falsificam o domínio continuam sendo entregues; considere { $quarantine } quando SPF e DKIM estiverem ok
health-dmarc-no-policy = o registro DMARC não tem uma política válida (p={ $none }, { $quarantine } ou { $reject }), por isso os destinatários o ignoram
health-dmarc-many = { $count } registros DMARC: os destinatários ignoram o DMARC quando há mais de um; mantenha só um

## Consultas DNS sem resposta e os servidores DNS consultados.

dns-asked-server = o servidor DNS { $servers }
dns-asked-system = os servidores DNS do sistema ({ $servers })
dns-lookup-failed = consulta { $record } de { $name }: { $failure }
dns-no-such-domain = o domínio não existe (NXDOMAIN)
dns-no-records = nenhum registro desse tipo (o nome existe, mas não tem nenhum)
dns-timed-out = sem resposta em { $limit }
dns-cancelled = cancelada
dns-server-error = o servidor DNS respondeu { $code }
dns-network = não foi possível alcançar { $server }: { $detail }
dns-bad-reply = resposta ilegível de { $server }: { $detail }
dns-bad-name = não é um nome de domínio: { $name }
dns-no-servers = nenhum servidor DNS para consultar
dns-config-read = não foi possível ler os servidores DNS do sistema em { $path }: { $detail }
dns-config-parse = não foi possível entender { $path }: { $detail }
dns-config-no-servers = este computador não tem nenhum servidor DNS configurado
dns-config-unsupported = os servidores DNS do sistema não podem ser lidos aqui: { $detail }
dns-config-bad-server = o servidor DNS { $server } não pode ser usado: { $reason }
