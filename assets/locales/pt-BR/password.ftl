# The app-specific password step and the keychain.

password-heading = Sua senha específica de app
password-intro = Apps de e-mail que não são da Apple iniciam sessão no iCloud com uma senha específica de app: uma senha criada para um único app, que você pode revogar a qualquer momento. A senha da sua Conta Apple não funciona aqui.
password-make-heading = Para criar uma
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Inicie sessão em { $site } com sua Conta Apple
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Abra "Início de Sessão e Segurança" > "Senhas Específicas de App" (App-Specific Passwords)
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Escolha Gerar (Generate) ou +, dê a ela o nome do seu app de e-mail e copie a senha exibida
# A button that opens Apple's account site in the browser.
password-open-site = Abrir { $site }
password-field = Senha específica de app
password-show = Mostrar
password-hide = Ocultar
password-toggle-hint = Mostrar ou ocultar a senha
password-shape-ok = O formato está certo: quatro grupos de quatro letras
password-paste-hint = Cole como a Apple mostra; espaços e maiúsculas não importam

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = nenhuma senha foi digitada
password-shape-digits = ela contém números, mas senhas específicas de app têm apenas letras: parece a senha da sua Conta Apple
password-shape-other = ela contém caracteres que não são letras nem hifens: parece a senha da sua Conta Apple
password-shape-length = ela tem { $letters } letras, mas uma senha específica de app tem exatamente { $expected }
password-shape-grouping = as letras devem vir em { $groups } grupos de { $group_len }, separados por hifens

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Há uma senha para { $login } salva em { $location }
keychain-use-saved = Usar a senha salva
keychain-forget = Esquecer
keychain-remember = Lembrar no chaveiro do sistema
keychain-looking = Procurando um chaveiro do sistema…
keychain-remember-hint = Salva em { $location } quando você clicar em Avançar, para que o assistente possa oferecê-la da próxima vez
keychain-saved-notice = Sua senha específica de app está salva em { $location } para { $login }
keychain-removed-notice = A senha salva para { $login } foi removida de { $location }

# They follow "em" and "de", without an article.
keychain-location-macos = Chaveiro do macOS
keychain-location-windows = Gerenciador de Credenciais do Windows
keychain-location-secret-service = chaveiro Secret Service
keychain-location-memory = memória (até o programa fechar)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = o chaveiro do sistema não conseguiu procurar a senha: { $detail }; { $consequence }
keychain-failed-save = o chaveiro do sistema não conseguiu salvar a senha: { $detail }; { $consequence }
keychain-failed-load = o chaveiro do sistema não conseguiu ler a senha: { $detail }; { $consequence }
keychain-failed-forget = o chaveiro do sistema não conseguiu remover a senha: { $detail }; { $consequence }
keychain-no-session-bus = nenhum chaveiro do sistema está disponível aqui (nenhum barramento de sessão D-Bus está em execução, como numa máquina sem tela ou via SSH: { $detail })
keychain-no-secret-service = nenhum chaveiro do sistema está disponível aqui (nada no barramento de sessão D-Bus oferece o Secret Service, como GNOME Keyring ou KWallet: { $detail })
keychain-locked = o chaveiro do sistema está bloqueado (ou não tem coleção padrão) e não foi aberto ({ $detail })
keychain-no-answer = o chaveiro do sistema não respondeu em { $seconds } segundos (talvez esteja esperando um pedido de desbloqueio)
keychain-not-working = o chaveiro do sistema não está funcionando ({ $detail })
keychain-consequence-probe = as senhas não podem ser lembradas aqui, então o assistente vai pedi-las toda vez
keychain-consequence-save = a senha não foi salva, e o assistente vai pedi-la de novo da próxima vez
keychain-consequence-load = nenhuma senha salva pôde ser lida, então é preciso digitá-la de novo
keychain-consequence-forget = nada foi removido

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = não há nada salvo para esta conta
keychain-detail-not-text = o valor salvo não é texto
keychain-detail-bad-format = o valor salvo não está no formato esperado
keychain-detail-ambiguous = { $count } entradas correspondem a esta conta; remova as que sobram no gerenciador do chaveiro
keychain-detail-too-long = o atributo "{ $what }" é mais longo do que o chaveiro permite ({ $limit } caracteres)
keychain-detail-invalid = o atributo "{ $what }" é inválido: { $why }
keychain-detail-no-thread = não foi possível iniciar uma thread para isso: { $error }
keychain-detail-stopped = a biblioteca do chaveiro parou inesperadamente
