# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Português (Brasil)
# The picker's accessible name and tooltip.
language-current = Idioma: { $language }
# The label above the language picker.
language-label = Idioma

app-title = Assistente do iCloud Mail
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
theme-system = Sistema
theme-light = Claro
theme-dark = Escuro

back = Voltar
next = Avançar
close = Fechar
