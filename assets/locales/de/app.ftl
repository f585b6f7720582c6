# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Deutsch
# The picker's accessible name and tooltip.
language-current = Sprache: { $language }
# The label above the language picker.
language-label = Sprache

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, erledigt
step-welcome = Willkommen
step-address = Deine Adresse
step-password = Passwort
step-test = Verbindungstest
step-export = Deine Mail-App
step-done = Fertig

appearance = Darstellung
# The appearance picker's accessible name and tooltip.
appearance-current = Darstellung: { $appearance }
theme-system = System
theme-light = Hell
theme-dark = Dunkel

back = Zurück
next = Weiter
close = Schließen

# Errors that belong to no step.
app-task-failed = Eine Hintergrundaufgabe konnte nicht starten ({ $task }): { $error }
app-no-addresses = Die Netzwerkadressen dieses Computers konnten nicht ermittelt werden: { $error }
app-folder-no-home = Es gibt keinen Benutzerordner, für den ~ stehen könnte
app-folder-empty = Gib den Ordner ein, in den gespeichert werden soll
app-folder-relative = Gib den vollständigen Pfad des Ordners ein, von oben beginnend (zum Beispiel { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Einstellungsdatei speichern
app-dialog-pick-folder = Ordner für die Einstellungsdateien wählen
app-dialog-thunderbird-folder = Programmordner von Thunderbird wählen

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Hier kann kein Dateidialog angezeigt werden: Es gibt weder ein Desktop-Portal mit Dateiauswahl noch zenity
app-program-failed = { $program } konnte nicht gestartet werden: { $error }
app-window-failed = Das Fenster des Assistenten konnte nicht geöffnet werden: { $reason }. Die Kommandozeile funktioniert trotzdem: Öffne ein Terminal und führe icloud-mail-wizard --help aus
