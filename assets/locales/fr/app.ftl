# The window, the step list, the Back/Next bar and the language picker.

# The language's own name, in the language picker.
language-name = Français
# The picker's accessible name and tooltip.
language-current = Langue : { $language }
# The label above the language picker.
language-label = Langue

# The product's name, as the window title and the menu entry show it: not translated.
app-title = iCloud Mail Wizard
# The side list of steps: "3. Password".
step-numbered = { $number }. { $title }
# A finished step's accessible name.
step-numbered-complete = { $number }. { $title }, terminé
step-welcome = Bienvenue
step-address = Votre adresse
step-password = Mot de passe
step-test = Test de connexion
step-export = Votre app de messagerie
step-done = Terminé

appearance = Apparence
# The appearance picker's accessible name and tooltip.
appearance-current = Apparence : { $appearance }
theme-system = Système
theme-light = Clair
theme-dark = Sombre

back = Retour
next = Suivant
close = Fermer

# Errors that belong to no step.
app-task-failed = Impossible de lancer une tâche en arrière-plan ({ $task }) : { $error }
app-no-addresses = Impossible de lister les adresses réseau de cet ordinateur : { $error }
app-folder-no-home = Il n’y a pas de dossier personnel auquel ~ peut renvoyer
app-folder-empty = Saisissez le dossier où enregistrer
app-folder-relative = Saisissez le chemin complet du dossier, en partant de la racine (par exemple { $example })

# Titles of the system's file dialogs.
app-dialog-save-file = Enregistrer le fichier de réglages
app-dialog-pick-folder = Choisir un dossier pour les fichiers de réglages
app-dialog-thunderbird-folder = Choisir le dossier du programme Thunderbird

# The desktop: file dialogs and the file manager.
app-no-file-dialogs = Aucune boîte de dialogue de fichiers ne peut s’afficher ici : il n’y a ni portail de bureau avec sélecteur de fichiers, ni zenity
app-program-failed = Impossible de lancer { $program } : { $error }
app-window-failed = La fenêtre de l’assistant n’a pas pu s’ouvrir : { $reason }. La ligne de commande fonctionne quand même : ouvrez un terminal et lancez icloud-mail-wizard --help
