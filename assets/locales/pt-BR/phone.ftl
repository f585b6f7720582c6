# Thunderbird for Android's QR code, the Apple profile's display texts and the pages served to a phone.

## The Apple configuration profile: what the iPhone, iPad or Mac shows about it in Settings.

# The mail account's description in the profile; usually left as it is.
profile-account-description = iCloud Mail ({ $email })
# The mail payload's description, shown when the profile's details are opened.
profile-mail-payload-description = Configura a conta do iCloud Mail (IMAP e SMTP)
# The profile's description when the app-specific password is inside it.
profile-description-with-password = Configurações do iCloud Mail para { $email } (inclui a senha específica de app: não compartilhe este arquivo)
# The profile's description without a password. "Mail" is Apple's Mail app, which keeps its name in every language.
profile-description-without-password = Configurações do iCloud Mail para { $email } (sem senha; o Mail pede a senha específica de app)
# The profile's name in Settings.
profile-display-name = iCloud Mail: { $email }

## Thunderbird for Android's QR code.

# Shown before the password goes into the QR code on screen.
android-password-warning = O código QR vai conter sua senha específica de app: qualquer pessoa que puder vê-lo ou fotografá-lo poderá ler sua senha e usar seu e-mail. Mostre-o apenas ao seu próprio celular, e não o imprima nem o salve.

# Shown when the QR code cannot be made; $reason names the value (in English).
android-qr-rejected = O Thunderbird para Android recusaria este código QR: { $reason }
android-qr-json = não foi possível gravar o JSON do código QR: { $reason }

## The pages the phone's browser gets when it opens the link to the profile.

# The title of the page for browsers that cannot install a profile (Firefox, DuckDuckGo, Android).
serve-safari-title = Abra este link no Safari
serve-safari-text = Este navegador só consegue baixar as configurações de e-mail, não instalá-las. Copie o endereço desta página e abra-o no Safari (em um iPhone ou iPad) para instalar o perfil. O link continua funcionando.
# An error page: the link's address is wrong.
serve-not-found = Não encontrado
# An error page: the profile was already downloaded through this link.
serve-link-used = Este link já foi usado; crie um novo no assistente
# An error page, for requests other than GET and HEAD.
serve-method-not-allowed = Método não permitido

## What the server reports about the phones that asked ($client is an address and the browser's name).

serve-client-without-user-agent = um cliente sem user-agent
serve-event-wrong-browser = { $client } não consegue instalar perfis; foi pedido que ele abrisse o link no Safari
serve-event-served = baixado por { $client }
serve-event-expired = ninguém baixou o perfil a tempo; parado
serve-event-cancelled = cancelado; parado
serve-event-failed = o servidor falhou: { $reason }
serve-thread-stopped = a thread do servidor parou inesperadamente

## Why the server for the phone could not start ($reason is the system's own words).

serve-error-random = não foi possível criar um token aleatório: { $reason }
serve-error-bind = não é possível escutar em { $address }: { $reason }
serve-error-start = não foi possível iniciar o servidor HTTP: { $reason }

## The README.txt of the autoconfig site for a custom domain, read by whoever publishes it. Keep the lines under about 90 characters.

site-readme-title = Site de configuração automática para { $domain } (iCloud Mail)
# Followed by the two addresses, one a line.
site-readme-publish =
    Publique os arquivos desta pasta para que os apps de e-mail encontrem as configurações do
    iCloud para todos os endereços em { $domain }. O Thunderbird consulta estes dois endereços,
    nesta ordem (basta um):
# Followed by the two Autodiscover addresses.
site-readme-autodiscover = O Autodiscover do Outlook (e o Thunderbird, como alternativa) consulta:
site-readme-post =
    O Outlook envia ali uma requisição POST, que alguns hosts estáticos recusam; segundo relatos,
    as versões recentes do Outlook ignoram o Autodiscover para contas IMAP de qualquer forma,
    então os arquivos de configuração automática são os que mais importam.
# Followed by the login (the primary iCloud address).
site-readme-one-login = Um único arquivo estático atende todos os endereços em { $domain }, e ele indica um só nome de usuário:
# The commands in parentheses are typed as they are: keep them in English.
site-readme-primary-address =
    Com um domínio personalizado do iCloud+, a sessão é iniciada com o endereço principal do
    iCloud, não com o endereço em { $domain }. Os arquivos servem para quem inicia sessão como
    { $login } ({ $accounts ->
        [one] { $accounts } conta informada
       *[other] { $accounts } contas informadas
    }). Quem tiver em { $domain } outro endereço principal do iCloud precisa do próprio
    arquivo do Thunderbird (icloud-mail-wizard thunderbird install, ou export --format
    thunderbird) em vez deste site.
# The labels after account.apple.com are Apple's, as account.apple.com shows them in your language.
site-readme-password =
    A senha nunca está nestes arquivos: o app de e-mail pede a senha específica de app, que você
    cria em account.apple.com > Início de Sessão e Segurança > Senhas Específicas de App
    (App-Specific Passwords).
site-readme-made-by = Criado com o iCloud Mail Wizard.
