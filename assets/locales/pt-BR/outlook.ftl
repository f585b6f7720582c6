# The Outlook steps and the Outlook sheet.

## As edições do Outlook (botões de opção do assistente, títulos da folha).

outlook-edition-new = Novo Outlook para Windows
outlook-edition-classic = Outlook clássico para Windows
outlook-edition-mac = Outlook para Mac

## Os passos. Entre parênteses: o rótulo em inglês, onde o rótulo em português não foi confirmado.

outlook-new-open = Abra `Configurações > Contas > Contas de email` (Settings > Accounts > Email accounts) e escolha `Adicionar conta` (Add account).
outlook-new-type = Digite `{ $email }` e escolha `Continuar` (Continue).
outlook-new-icloud = Quando o Outlook oferecer `iCloud`, mantenha essa opção e cole sua senha específica de app (não a senha da sua Conta Apple). Escolha `Continuar` (Continue).
outlook-new-server-settings = Se o Outlook pedir as configurações do servidor, preencha-as com os dados da tabela: IMAP, com os nomes de usuário e as portas indicados nela.
outlook-new-intro-custom-domain = O tipo de conta iCloud do Outlook inicia sessão com o endereço que você digita, mas o seu endereço inicia sessão com outro, então configure a conta como IMAP:
outlook-new-intro-other-settings = O tipo de conta iCloud do Outlook usa as configurações documentadas do iCloud, e as suas são diferentes (veja a tabela), então configure a conta como IMAP:
outlook-new-imap = Digite `{ $email }`, depois escolha `Configuração avançada` (Advanced setup) ou `Escolher provedor` (Choose provider) e então `IMAP`.
outlook-new-incoming = Entrada: nome de usuário `{ $username }`, sua senha específica de app, servidor `{ $host }`, porta `{ $port }`, `{ $encryption }`.
outlook-new-outgoing = Saída: nome de usuário `{ $username }`, a mesma senha, servidor `{ $host }`, porta `{ $port }`, `{ $encryption }`.
outlook-new-continue = Escolha `Continuar` (Continue).

outlook-classic-open = Abra `Arquivo > Adicionar Conta` (File > Add Account).
outlook-classic-type = Digite `{ $email }`, abra `Opções avançadas` (Advanced options), marque `Permita que eu configure minha conta manualmente` (Let me set up my account manually) e escolha `Conectar` (Connect).
outlook-classic-imap = Escolha `IMAP`.
outlook-classic-incoming = Email de entrada: servidor `{ $host }`, porta `{ $port }`, método de criptografia `{ $encryption }`. Deixe `Exigir logon usando Autenticação de Senha Segura (SPA)` (Require logon using Secure Password Authentication (SPA)) desmarcado.
outlook-classic-outgoing = Email de saída: servidor `{ $host }`, porta `{ $port }`, método de criptografia `{ $encryption }`. Deixe SPA desmarcado.
outlook-classic-password = Escolha `Avançar` (Next) e cole sua senha específica de app quando o Outlook pedir.
outlook-classic-account-settings =
    Depois abra `Arquivo > Configurações de Conta > Configurações de Conta` (File > Account Settings > Account Settings) e clique duas vezes na conta. { $username_is_address ->
        [yes] Confira se `Nome de Usuário` (User Name) é `{ $username }`.
       *[no] Altere `Nome de Usuário` (User Name) para `{ $username }`.
    } Em `Mais Configurações > Servidor de Saída` (More Settings > Outgoing Server), marque `Meu servidor de saída (SMTP) requer autenticação` (My outgoing server (SMTP) requires authentication){ $same_username ->
        [yes] {" "}com `Usar as mesmas config. do servidor de entrada de emails` (Use same settings as my incoming mail server).
       *[no] , escolha `Fazer logon usando` (Log on using), nome de usuário `{ $smtp_username }` e sua senha específica de app.
    }

outlook-mac-open = Abra `Outlook > Configurações > Contas` (Outlook > Settings > Accounts), escolha `+` e `Nova Conta` (New Account).
outlook-mac-type = Digite `{ $email }` e escolha `IMAP/POP` quando o Outlook pedir o provedor.
outlook-mac-account = Tipo `IMAP`, nome de usuário IMAP `{ $username }` e sua senha específica de app.
outlook-mac-incoming = Servidor de entrada `{ $host }`: marque `Usar SSL para conectar` (Use SSL to connect) e `Substituir porta padrão` (Override default port), porta `{ $port }`.
outlook-mac-outgoing =
    Nome de usuário SMTP `{ $username }` e sua senha específica de app; servidor de saída `{ $host }`: marque `Substituir porta padrão` (Override default port), porta `{ $port }`, e marque `Usar SSL para conectar` (Use SSL to connect). { $security ->
        [starttls] No Outlook para Mac, essa caixa significa "criptografar a conexão": na porta 587 o Outlook criptografa com STARTTLS, que é o que o iCloud espera ali.
       *[tls] Nesta porta a conexão é criptografada com SSL/TLS desde o primeiro byte.
    }
outlook-mac-add = Escolha `Adicionar Conta` (Add Account).

## A folha do Outlook para imprimir (um arquivo HTML).

sheet-title = Configurações do iCloud Mail para { $email }
sheet-editions = Configurar o Outlook: novo Outlook para Windows, Outlook clássico para Windows e Outlook para Mac
sheet-editions-for = Configurar o Outlook: novo Outlook para Windows, Outlook clássico para Windows e Outlook para Mac, preparado para { $name }
sheet-editions-by = Configurar o Outlook: novo Outlook para Windows, Outlook clássico para Windows e Outlook para Mac, preparado por { $org }
sheet-editions-for-by = Configurar o Outlook: novo Outlook para Windows, Outlook clássico para Windows e Outlook para Mac, preparado para { $name } por { $org }
sheet-app-password = Você precisa de uma `senha específica de app`: a senha da sua Conta Apple não vai funcionar. Crie uma em `{ $site } > Início de Sessão e Segurança > Senhas Específicas de App` (App-Specific Passwords) > Gerar (Generate). Ela tem este formato: `xxxx-xxxx-xxxx-xxxx` (16 letras). A autenticação de dois fatores precisa estar ativada na sua Conta Apple.
sheet-your-settings = Suas configurações
sheet-row-email = Endereço de email
sheet-row-name = Seu nome
sheet-row-account-type = Tipo de conta
sheet-row-incoming-server = Servidor de entrada de emails
sheet-row-incoming-port = Porta de entrada
sheet-row-incoming-encryption = Criptografia de entrada
sheet-row-incoming-username = Nome de usuário de entrada
sheet-row-outgoing-server = Servidor de saída de emails (SMTP)
sheet-row-outgoing-port = Porta de saída
sheet-row-outgoing-encryption = Criptografia de saída
sheet-row-outgoing-username = Nome de usuário de saída
sheet-row-password = Senha (os dois servidores)
sheet-row-spa = Autenticação de Senha Segura (SPA)
sheet-row-smtp-auth = O servidor de saída requer autenticação
sheet-row-sent-folder = Pasta de emails enviados
sheet-value-password = sua senha específica de app
sheet-value-spa = Desativada (deixe desmarcado)
sheet-value-yes = Sim
sheet-traps = Armadilhas comuns
sheet-trap-password = Um erro de login quase sempre significa que foi usada a senha da Conta Apple em vez de uma senha específica de app. Alterar a senha da sua Conta Apple revoga todas as senhas específicas de app; nesse caso, crie uma nova.
sheet-trap-username-same = Use `{ $username }` como nome de usuário nos dois servidores.
sheet-trap-username-different = Os dois servidores usam nomes de usuário diferentes: `{ $imap_username }` para os emails recebidos e `{ $smtp_username }` para os enviados.
sheet-trap-custom-domain = Seu endereço `{ $email }` está no seu próprio domínio, mas o iCloud inicia sessão com seu endereço principal do iCloud, não com ele.
sheet-trap-starttls = A porta `{ $port }` usa `STARTTLS`, não SSL/TLS; quando um app deixa você escolher, SSL/TLS nesta porta falha com erros como "wrong version number". Se a sua rede bloquear essa porta, use a porta `465` com `SSL/TLS`.
sheet-trap-tls = Os emails enviados usam a porta `{ $port }` com `SSL/TLS` desde o primeiro byte, não STARTTLS. (A porta 587 documentada pelo iCloud precisa de STARTTLS; a porta `{ $port }` é para redes que bloqueiam a 587.)
sheet-trap-spa = Deixe a Autenticação de Senha Segura (SPA) desativada: o iCloud não oferece suporte a ela.
sheet-trap-folders = O iCloud guarda os emails enviados na pasta `{ $sent }` e os apagados em `Deleted Messages`.
sheet-footer = Valores da documentação da Apple, `{ $url }`. Feito com o Assistente do iCloud Mail.
