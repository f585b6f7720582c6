# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (pt-BR),
# Thunderbird for Android's from thunderbird-android (values-pt-rBR). Labels not confirmed carry
# the English label in parentheses.

## The mail app step

apps-heading = Onde você vai ler seus e-mails?
apps-address-invalid = O endereço não é mais válido: volte para corrigi-lo
apps-intro = Marque cada app ou dispositivo que você usa. Cada um mostra o que fazer, em ordem, e o botão que faz isso.
apps-no-dialogs = { $reason }. Os arquivos são salvos nesta pasta em vez disso
apps-folder-label = Pasta
apps-saving = Salvando…
apps-skip = Pular esta etapa
apps-skip-hint = As configurações estão na próxima página de qualquer forma
apps-copy = Copiar
apps-saved = Salvo
apps-open-folder = Abrir pasta
apps-open-folder-name = Abrir a pasta de { $name }
apps-file-detail = { $kind ->
    [folder] Pasta
   *[file] Arquivo
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = No seu app, adicione uma conta do tipo `IMAP` (o iCloud não tem POP).
apps-other-values = Digite os valores da próxima página: cada um tem um botão para copiar. A senha é a sua senha específica de app, para os dois servidores.

## Thunderbird for Android

apps-android-import = No Thunderbird para Android, toque em `Importar configurações` na tela de boas-vindas (se já houver contas: `Configurações > Importar configurações`).
apps-android-scan = Toque em `Ler código QR` (Scan QR code) e aponte a câmera para este código; depois toque em `Importar`.
apps-android-password = Digite sua senha específica de app como `Senha do servidor de recebimento` e deixe `Usar a mesma senha para o servidor de envio` ativado.
apps-android-qr-name = Código QR para o Thunderbird para Android
apps-android-with-password = Colocar a senha no código na tela
apps-android-k9 = O K-9 Mail não importa códigos QR: use nele os valores da próxima página
apps-android-save = Salvar o código para imprimir
apps-android-save-hover = PNG e SVG, nunca com a senha

## iPhone, iPad and Mac

apps-apple-question = O dispositivo está conectado à Conta Apple dona desta caixa de correio?
apps-apple-same = Sim, a mesma Conta Apple
apps-apple-other = Não: outra Conta Apple, ou nenhuma
apps-apple-switch = Então o iCloud Mail é só uma chave, e um perfil adicionaria a mesma caixa de correio uma segunda vez:
apps-apple-switch-iphone = iPhone ou iPad: `Ajustes > [seu nome] > iCloud > iCloud Mail`, e ative `Usar neste iPhone` (Use on this iPhone) (ou iPad).
apps-apple-switch-mac = Mac: `Ajustes do Sistema > [seu nome] > iCloud > iCloud Mail`, e ative-o.
apps-apple-get-it-there = Salve o perfil abaixo e leve-o ao dispositivo: por AirDrop, por e-mail para um endereço que o dispositivo lê, ou abrindo-o a partir de uma página web no Safari.
apps-apple-install-iphone = iPhone ou iPad: abra `Ajustes`, toque em `Perfil Baixado` (Profile Downloaded) e instale-o em até 8 minutos.
apps-apple-install-mac = Mac: abra o arquivo e depois instale-o em `Ajustes do Sistema > Privacidade e Segurança > Perfis` (macOS mais recente: `Geral > Gerenciamento de Dispositivos` (General > Device Management)).
apps-apple-shows-signed = O dispositivo mostra `{ $trust }`: o perfil está assinado como { $subject } ("Assinar perfis", em "Suporte técnico"). Depois, o Mail pede sua senha específica de app.
apps-apple-shows-unsigned = O dispositivo mostra `Não Assinado` (Not Signed): este perfil não está assinado, e isso é esperado. Depois, o Mail pede sua senha específica de app.
apps-apple-with-password = Colocar a senha no perfil da Apple
apps-apple-password-hint = Qualquer pessoa que obtiver o perfil pode ler a senha: deixe isto desativado, a menos que você mesmo o instale agora
apps-signing-does-not-encrypt = Assinar não criptografa: a senha em um perfil assinado é tão legível quanto em um não assinado (a Apple diz que senhas só devem ir em perfis criptografados)
apps-apple-save = Salvar o perfil da Apple

## Send to iPhone or iPad

apps-send-heading = Ou envie para um iPhone ou iPad nesta rede
apps-send-scan = No telefone, abra a Câmera, aponte para este código e toque no link: o Safari baixa o perfil. O link funciona uma vez, por 10 minutos.
apps-send-qr-name = Código QR do link para a câmera do iPhone
apps-send-copy-link = Copiar o link
apps-send-waiting = Aguardando o telefone…
apps-send-stop = Parar
apps-send-wrong-browser = { $client } não consegue instalar perfis: abra o link no Safari
apps-send-downloaded = Baixado por { $client }
apps-send-install = No telefone, abra `Ajustes`, toque em `Perfil Baixado` (Profile Downloaded) e instale-o em até 8 minutos.
apps-send-expired = Ninguém baixou o perfil em 10 minutos
apps-send-stopped = Parado
apps-send-no-address = Este computador não tem um endereço que um telefone alcance: conecte-o à rede em que o telefone está
apps-send-address-label = O endereço pelo qual o telefone alcança este computador
apps-send-same-network = O telefone precisa estar na mesma rede que este computador
apps-send-button = Enviar para iPhone ou iPad
apps-send-again = Enviar de novo

## Outlook and the help desk

apps-outlook-which = Qual Outlook?
apps-outlook-save = Salvar a folha para imprimir
apps-helpdesk-intro = Todos os arquivos desta conta, em uma pasta:
apps-helpdesk-site-hint = O site autoconfig atende todos os endereços em { $domain } e indica um único login ({ $login }): pessoas do domínio com outro endereço principal do iCloud precisam do próprio arquivo do Thunderbird
apps-helpdesk-password = O perfil da Apple vai conter a senha (marcado acima)
apps-helpdesk-save = Salvar todos os arquivos

## Thunderbird on this computer

thunderbird-add-account = No Thunderbird, abra `≡ > Configurações de contas > Ações de contas > Adicionar conta de email`, digite seu nome, `{ $email }` e sua senha específica de app, e escolha `Continuar`.
thunderbird-knows-icloud = O Thunderbird conhece o iCloud: não precisa de arquivo.
thunderbird-fills-in = Ele preenche sozinho o servidor de recebimento `{ $imap }` como `{ $imap_user }` e o de envio `{ $smtp }` como `{ $smtp_user }`. Se mostrar outros valores, escolha `Configurar manualmente` e digite estes.
thunderbird-guess-warning = O Thunderbird vai supor os valores documentados do iCloud, mas esta rede precisa dos valores acima: corrija-os em "Configurar manualmente" ou deixe-os prontos para o Thunderbird
thunderbird-custom-domain = O Thunderbird encontraria o iCloud pelos registros de e-mail de { $domain } e entraria como { $local }, o que o iCloud recusa: você entra como { $login }. Um arquivo na pasta do programa do Thunderbird tem prioridade e tem o login certo.
thunderbird-set-up = Configurar o Thunderbird neste computador
thunderbird-set-up-hint = Coloca { $file } na pasta isp da pasta do programa do Thunderbird
thunderbird-installed = O arquivo de configuração do Thunderbird está no lugar: { $path }
thunderbird-needs-admin = A pasta do programa do Thunderbird exige direitos de administrador. O arquivo foi salvo como { $file }; para colocá-lo no lugar, execute isto em { $shell ->
    [powershell] um PowerShell aberto com "Executar como administrador"
   *[terminal] um terminal
}:
thunderbird-copy-command = Copiar o comando de administrador
thunderbird-manual-hint = Ou, no Thunderbird, escolha "Configurar manualmente" e digite os valores da próxima página
thunderbird-choose-folder = Escolher a pasta do programa do Thunderbird…
thunderbird-folder-label = Pasta do programa do Thunderbird
thunderbird-use-folder = Usar esta pasta
thunderbird-error-not-found = nenhuma instalação do Thunderbird encontrada (procurado em { $folders }); se o Thunderbird estiver instalado em outro lugar, indique a pasta do programa (a que tem o application.ini)
thunderbird-error-not-thunderbird = { $folder } não tem nenhum programa Thunderbird (nem um application.ini que cite o Thunderbird, nem omni.ja ao lado de um programa thunderbird)
thunderbird-error-read-only = O Thunderbird em { $folder } é uma instalação { $kind }, cuja pasta do programa é uma imagem somente leitura que não aceita um arquivo de configuração; digite as configurações à mão no Thunderbird ("Configurar manualmente") ou publique um site autoconfig para o domínio
thunderbird-error-needs-admin = gravar { $file } exige direitos de administrador
thunderbird-error-export = não foi possível criar o arquivo do Thunderbird
thunderbird-error-copy-failed = gravar { $file } exige direitos de administrador, e salvar uma cópia falhou: { $reason }

## Saving files

apps-save-error-write = não foi possível gravar { $path }: { $reason }
apps-save-error-export = não foi possível criar o arquivo { $format }

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird neste computador
delivery-android = Thunderbird para Android ou K-9 Mail
delivery-apple-mail = Mail no iPhone, iPad ou Mac
delivery-other-app = Outro app de e-mail
delivery-help-desk = Suporte técnico: todos os arquivos
delivery-pending-nothing-chosen = Escolha onde você vai ler seus e-mails, ou pule esta etapa
delivery-pending-thunderbird = Configure o Thunderbird, ou pule esta etapa
delivery-pending-apple-question = Diga se o dispositivo usa esta Conta Apple, ou pule esta etapa
delivery-pending-profile = Salve o perfil da Apple, ou pule esta etapa
delivery-pending-outlook = Escolha seu Outlook, ou pule esta etapa
delivery-pending-files = Salve os arquivos, ou pule esta etapa

## What each file is

format-thunderbird-title = Arquivo de configuração do Thunderbird
format-thunderbird-description = Vai na pasta isp dentro da pasta do programa do Thunderbird, com o nome do domínio
format-mobileconfig-title = Perfil de configuração da Apple
format-mobileconfig-description = Baixado em um iPhone ou iPad, ele espera em Ajustes > Perfil Baixado; no Mac, abra-o e instale-o em Ajustes do Sistema > Perfis
format-outlook-title = Folha de configuração do Outlook
format-outlook-description = Uma página para imprimir com as etapas para cada edição do Outlook
format-autoconfig-site-title = Site autoconfig para o seu domínio
format-autoconfig-site-description = Publicado nos servidores web do seu domínio, permite que o Thunderbird e o Outlook encontrem as configurações de cada endereço do domínio
format-autodiscover-title = XML de Autodiscover do Outlook
format-autodiscover-description = Para servidores que respondem às solicitações de Autodiscover do Outlook
format-android-qr-title = Código QR para o Thunderbird para Android
format-android-qr-description = Lido no Thunderbird para Android (Importar configurações), ele adiciona a conta; o app pede a senha

## Done

done-heading = Suas configurações do iCloud Mail
done-address-invalid = O endereço não é mais válido: volte para corrigi-lo
done-intro = Para configurar um app de e-mail à mão, ou para ditar as configurações para alguém, use estes valores. Cada valor tem um botão para copiar.
done-basis-tested = Estas configurações funcionaram no teste de conexão
done-basis-partly-tested = Estas configurações usam o que funcionou no teste de conexão e os valores documentados do iCloud para o resto
done-basis-documented = Estas são as configurações documentadas do iCloud
done-copied = { $value } copiado para a área de transferência
done-also = Além disso
done-also-password = Senha: sua senha específica de app (a das etapas anteriores), para os dois servidores
done-also-authentication = Autenticação: senha normal; os dois servidores precisam dela, e "Autenticação de Senha Segura (SPA)" fica desativada
done-also-sent-folder = Pasta de itens enviados: "{ $folder }"
done-server = Servidor
done-port = Porta
done-security = Segurança
done-username = Nome de usuário
done-copy-server = Copiar o servidor { $protocol }
done-copy-port = Copiar a porta { $protocol }
done-copy-security = Copiar a segurança { $protocol }
done-copy-username = Copiar o nome de usuário { $protocol }

# The settings table's two rows.
done-row-incoming = Entrada (IMAP)
done-row-outgoing = Saída (SMTP)
