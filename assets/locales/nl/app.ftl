# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Nederlands
# The picker's accessible name and tooltip.
language-current = Taal: { $language }
# The label above the language picker.
language-label = Taal

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, voltooid
step-welcome = Welkom
step-address = Je adres
step-password = Wachtwoord
step-test = Verbindingstest
step-export = Je mail-app
step-done = Klaar

appearance = Weergave
# The appearance picker's accessible name and tooltip.
appearance-current = Weergave: { $appearance }
theme-system = Systeem
theme-light = Licht
theme-dark = Donker

back = Vorige
next = Volgende
close = Sluiten

# Errors that belong to no step.
app-task-failed = Een achtergrondtaak kon niet starten ({ $task }): { $error }
app-no-addresses = De netwerkadressen van deze computer konden niet worden opgevraagd: { $error }
app-folder-no-home = Er is geen thuismap waar ~ voor kan staan
app-folder-empty = Typ de map om in op te slaan
app-folder-relative = Typ het volledige pad van de map, vanaf het begin (bijvoorbeeld { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Instellingenbestand bewaren
app-dialog-pick-folder = Kies een map voor de instellingenbestanden
app-dialog-thunderbird-folder = Kies de programmamap van Thunderbird

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Hier kan geen bestandsvenster worden getoond: er is geen desktopportaal met bestandskiezer en geen zenity
app-program-failed = { $program } kon niet worden gestart: { $error }
app-window-failed = Het venster van de assistent kon niet worden geopend: { $reason }. De opdrachtregel werkt nog wel: open een terminal en voer icloud-mail-wizard --help uit
