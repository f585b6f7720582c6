# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Italiano
# The picker's accessible name and tooltip.
language-current = Lingua: { $language }
# The label above the language picker.
language-label = Lingua

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, completato
step-welcome = Benvenuto
step-address = Il tuo indirizzo
step-password = Password
step-test = Test di connessione
step-export = La tua app di posta
step-done = Fatto

appearance = Aspetto
# The appearance picker's accessible name and tooltip.
appearance-current = Aspetto: { $appearance }
theme-system = Sistema
theme-light = Chiaro
theme-dark = Scuro

back = Indietro
next = Avanti
close = Chiudi

# Errors that belong to no step.
app-task-failed = Impossibile avviare un’attività in background ({ $task }): { $error }
app-no-addresses = Impossibile elencare gli indirizzi di rete di questo computer: { $error }
app-folder-no-home = Non c’è una cartella Inizio a cui ~ possa riferirsi
app-folder-empty = Scrivi la cartella in cui salvare
app-folder-relative = Scrivi il percorso completo della cartella, partendo dalla radice (per esempio { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Salva il file di impostazioni
app-dialog-pick-folder = Scegli una cartella per i file di impostazioni
app-dialog-thunderbird-folder = Scegli la cartella del programma Thunderbird

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Qui non si può mostrare alcuna finestra di dialogo per i file: non c’è né un portale desktop con selettore di file né zenity
app-program-failed = Impossibile avviare { $program }: { $error }
app-window-failed = Non è stato possibile aprire la finestra dell’assistente: { $reason }. La riga di comando funziona comunque: apri un terminale ed esegui icloud-mail-wizard --help
