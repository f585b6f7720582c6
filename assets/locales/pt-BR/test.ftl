# The connection test step, its diagnoses and findings.

test-heading = Teste de conexão
test-intro = O assistente inicia sessão nos servidores de e-mail do iCloud de todas as formas que a Apple documenta, ao mesmo tempo, e fica com o que funciona nesta rede. Nada é enviado, a menos que você peça uma mensagem de teste.
test-progress = Verificando… { $done } de { $total } concluídas
test-cancelled = O teste foi cancelado. Tente de novo ou pule o teste para continuar
test-not-run = Faça o teste ou pule-o se você só quer os arquivos de configuração
test-all-work = Receber e enviar funcionam nesta rede
test-some-work = Só alguns inícios de sessão funcionaram; as linhas abaixo explicam por quê
test-none-work = Nenhum início de sessão funcionou; as linhas abaixo explicam por quê e o que fazer

# A check row's title. The name part is "jane" of "jane@icloud.com".
test-check-imap-name-part = IMAP { $port }, parte do nome
test-check-imap-full-address = IMAP { $port }, endereço completo
# $security is SSL/TLS or STARTTLS.
test-check-smtp = SMTP { $port }, { $security }
test-row-waiting = Aguardando
test-row-checking = Verificando…
test-row-cancelled = Cancelada

# Buttons.
test-cancel = Cancelar
test-run = Fazer o teste
test-skip = Pular o teste
test-retry = Tentar de novo

test-send-message = Enviar uma mensagem de teste para mim
test-send-hint = Opcional: envia uma mensagem para { $address } e a apaga assim que ela chegar
test-sending = Enviando uma mensagem de teste para { $address } e aguardando a chegada…
# $removal: removed (deleted again), flagged (only marked as deleted), none (not found).
test-message-arrived = A mensagem de teste foi enviada e chegou após { $duration }{ $removal ->
        [removed] ; ela foi apagada de novo
        [flagged] ; ela está marcada como apagada
       *[none] { "" }
    }
test-message-sent = A mensagem de teste foi enviada{ $removal ->
        [removed] ; ela foi apagada de novo
        [flagged] ; ela está marcada como apagada
       *[none] { "" }
    }
# $phase is one of the diagnosis-phase-* texts; $detail the error, in English.
test-message-failed = A mensagem de teste não chegou ({ $phase }): { $detail }

# How long each part of a check took: "connect 12 ms · TLS 30 ms · greeting 5 ms · login 80 ms".
test-timing-connect = conexão { $duration }
test-timing-tls = TLS { $duration }
test-timing-greeting = saudação { $duration }
test-timing-login = início de sessão { $duration }
test-duration-under-ms = <1 ms
test-duration-ms = { $ms } ms
test-duration-s = { $seconds } s
# The decimal separator in "1.5 s".
test-decimal-separator = ,

## What each phase of a check is, after "during" or in parentheses.

diagnosis-phase-resolve = ao procurar o nome do servidor
diagnosis-phase-connect = ao conectar
diagnosis-phase-tls = durante o handshake TLS
diagnosis-phase-greeting = ao esperar a saudação do servidor
diagnosis-phase-starttls = ao mudar para TLS (STARTTLS)
diagnosis-phase-auth = ao iniciar sessão
diagnosis-phase-logout = ao encerrar sessão

## Diagnoses: what happened and what to do next. $host is server:port, $server a server name,
## $protocol IMAP or SMTP, $security SSL/TLS or STARTTLS, $detail the system's text in English.

diagnosis-ok = O início de sessão { $protocol } funciona como { $username } em { $host }
diagnosis-dns = O nome de servidor { $server } não foi encontrado. Verifique sua conexão com a internet; uma rede que só libera a navegação depois de uma página de login também causa isso.
diagnosis-refused = A conexão com { $host } foi recusada ou a rede está inacessível. Um firewall ou seu provedor pode estar bloqueando esta porta. Tente outra rede para distinguir os dois casos.
diagnosis-refused-587 = A conexão com { $host } foi recusada ou a rede está inacessível. Um firewall ou seu provedor pode estar bloqueando esta porta. Muitas redes bloqueiam a 587: use a porta 465 com SSL/TLS.
diagnosis-timeout-resolve = Procurar { $server } demorou demais: o serviço de nomes (DNS) da rede não está respondendo. Verifique sua conexão ou tente outra rede.
diagnosis-timeout-connect = A conexão com { $host } esgotou o tempo ({ $phase }: { $detail }). A porta provavelmente está bloqueada por um firewall ou pela sua rede. Tente outra rede para distinguir os dois casos.
diagnosis-timeout-connect-587 = A conexão com { $host } esgotou o tempo ({ $phase }: { $detail }). A porta provavelmente está bloqueada por um firewall ou pela sua rede. Muitas redes bloqueiam a 587: use a porta 465 com SSL/TLS.
diagnosis-timeout-greeting = { $host } aceitou a conexão, mas não enviou a saudação a tempo. Se esta porta espera TLS desde o início (465 ou 993), escolha SSL/TLS em vez de STARTTLS.
diagnosis-timeout = { $host } parou de responder { $phase }. O servidor ou a rede está lento demais ou está segurando a conexão; tente de novo mais tarde ou em outra rede.
diagnosis-cert-untrusted = O certificado de segurança de { $host } não é assinado por uma autoridade em que este computador confia (pode ser autoassinado, ou um dispositivo da rede está interceptando a conexão). Não digite sua senha nesta rede até resolver isso; os servidores reais do iCloud apresentam certificados válidos. Detalhes: { $detail }.
diagnosis-cert-wrong-host = O certificado de segurança de { $host } pertence a outro nome de servidor. Não digite sua senha nesta rede até resolver isso; os servidores reais do iCloud apresentam certificados válidos. Detalhes: { $detail }.
diagnosis-cert-expired = O certificado de segurança de { $host } expirou ou ainda não é válido (verifique se a data e a hora deste computador estão certas). Não digite sua senha nesta rede até resolver isso; os servidores reais do iCloud apresentam certificados válidos. Detalhes: { $detail }.
diagnosis-cert-refused = O certificado de segurança de { $host } foi recusado. Não digite sua senha nesta rede até resolver isso; os servidores reais do iCloud apresentam certificados válidos. Detalhes: { $detail }.
diagnosis-tls-not-tls = { $host } não respondeu com TLS. Se esta é uma porta STARTTLS (587 para SMTP), escolha STARTTLS em vez de SSL/TLS; para SSL/TLS use a porta 465 (SMTP) ou 993 (IMAP).
diagnosis-tls-failed = Não foi possível estabelecer a conexão criptografada com { $host }. Algo na rede pode estar interferindo na criptografia.
diagnosis-no-starttls = { $host } não oferece STARTTLS, então a senha não pode ser enviada com segurança. O iCloud sempre oferece: algo na sua rede (um antivírus ou um firewall que verifica e-mails) está removendo. Tente a porta 465 com SSL/TLS.
diagnosis-protocol = { $host } respondeu algo que não é o { $protocol } esperado. Verifique o nome do servidor e a porta; um proxy ou um portal cativo pode estar respondendo no lugar do iCloud.
diagnosis-closed = { $host } fechou a conexão { $phase }. O servidor ou algo na rede a derrubou; tente de novo e verifique se a porta e a segurança ({ $security }) estão certas.
diagnosis-cancelled = A verificação foi cancelada.
# $text is the server's own reply.
diagnosis-server-said = O servidor disse: "{ $text }"
# $page is Apple's account page (account.apple.com/account/manage); then Apple's labels on it.
diagnosis-auth = O servidor recusou o início de sessão como { $username }. Aqui o iCloud só aceita uma senha específica de app, nunca a senha da sua Conta Apple: crie uma em { $page } > "Início de Sessão e Segurança" > "Senhas Específicas de App" (App-Specific Passwords) > Gerar (Generate) e cole-a.
# $reason is one of the password-shape-* texts.
diagnosis-auth-shape = A senha digitada não está no formato de uma senha específica de app: { $reason }.
diagnosis-auth-full-address = Algumas contas precisam do endereço completo como nome de usuário IMAP; isso também é verificado.
diagnosis-auth-changed = Se você mudou a senha da sua Conta Apple recentemente, as senhas específicas de app antigas pararam de funcionar.

## What the exported files are based on. $found lists the findings, e.g.
## "IMAP username jane (name part of the address), SMTP port 465 with SSL/TLS".

basis-imap-name-part = nome de usuário IMAP { $username } (parte do nome do endereço)
basis-imap-full-address = nome de usuário IMAP { $username } (endereço completo)
basis-smtp = porta SMTP { $port } com { $security }
basis-tested = Os arquivos usam o que funcionou no teste: { $found }
basis-partly-tested = Os arquivos usam o que o teste encontrou ({ $found }) e a configuração documentada do iCloud para o resto
basis-failed-test = Os arquivos usam a configuração documentada do iCloud, que é a certa para o iCloud: assim que o problema for resolvido, eles vão funcionar
basis-untested = O teste foi pulado, então os arquivos usam a configuração documentada do iCloud

## Why Next is disabled, shown beside it. $reason is an error, in lower case.

blocker-no-address = Digite seu endereço de e-mail para continuar
blocker-bad-address = O endereço ainda não é válido: { $reason }
blocker-domain-checking = Verificando para onde vão os e-mails de { $domain }…
blocker-domain-not-confirmed = Os e-mails de { $domain } não estão no iCloud: altere ou confirme o endereço
blocker-provider-address = Endereços do { $domain } são do { $provider }: digite seu endereço @icloud.com
blocker-no-login = Digite seu endereço principal do iCloud para continuar
blocker-bad-login = O endereço principal do iCloud ainda não é válido: { $reason }
blocker-no-password = Cole sua senha específica de app para continuar
blocker-bad-password = Verifique a senha: { $reason }
blocker-checks-not-run = Faça o teste de conexão, ou pule-o, para continuar
blocker-checks-running = Espere as verificações terminarem, ou cancele-as
blocker-checks-cancelled = As verificações foram canceladas: tente de novo ou pule-as
blocker-last-step = Esta é a última etapa

## The test message sent to the person's own address (deleted again once it arrives).

test-email-subject = Mensagem de teste do assistente do iCloud Mail
test-email-body = Esta mensagem foi enviada pelo assistente do iCloud Mail para verificar se o envio e o recebimento funcionam. O assistente a apaga assim que ela chegar.
# After "The test message did not make it (logging in):".
test-detail-not-arrived = a mensagem de teste não chegou à caixa de entrada (INBOX) em { $seconds } s
