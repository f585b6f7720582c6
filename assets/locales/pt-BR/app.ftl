# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Português (Brasil)
# The picker's accessible name and tooltip.
language-current = Idioma: { $language }
# The label above the language picker.
language-label = Idioma

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, concluído
step-welcome = Boas-vindas
step-address = Seu endereço
step-password = Senha
step-test = Teste de conexão
step-export = Seu app de e-mail
step-done = Concluído

appearance = Aparência
# The appearance picker's accessible name and tooltip.
appearance-current = Aparência: { $appearance }
theme-system = Sistema
theme-light = Claro
theme-dark = Escuro

back = Voltar
next = Avançar
close = Fechar

# Errors that belong to no step.
app-task-failed = Não foi possível iniciar uma tarefa em segundo plano ({ $task }): { $error }
app-no-addresses = Não foi possível listar os endereços de rede deste computador: { $error }
app-folder-no-home = Não há pasta pessoal para ~ representar
app-folder-empty = Digite a pasta onde salvar
app-folder-relative = Digite o caminho completo da pasta, a partir da raiz (por exemplo { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Salvar o arquivo de configuração
app-dialog-pick-folder = Escolher uma pasta para os arquivos de configuração
app-dialog-thunderbird-folder = Escolher a pasta do programa Thunderbird

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Nenhuma janela de arquivos pode ser mostrada aqui: não há portal da área de trabalho com seletor de arquivos nem zenity
app-program-failed = Não foi possível iniciar { $program }: { $error }
app-window-failed = Não foi possível abrir a janela do assistente: { $reason }. A linha de comando continua funcionando: abra um terminal e execute icloud-mail-wizard --help
