# The app-specific password step and the keychain.

password-heading = Dein app-spezifisches Passwort
password-intro = Andere Mail-Apps als die von Apple melden sich bei iCloud mit einem app-spezifischen Passwort an: einem Passwort nur für eine App, das du jederzeit widerrufen kannst. Das Passwort deines Apple Account funktioniert hier nicht.
password-make-heading = So erstellst du eines
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Melde dich mit deinem Apple Account bei { $site } an
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Öffne „Anmelden und Sicherheit“ > „App-spezifische Passwörter“
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Wähle „App-spezifisches Passwort erstellen“ (oder +), benenne es nach deiner Mail-App und kopiere das angezeigte Passwort
# A button that opens Apple's account site in the browser.
password-open-site = { $site } öffnen
password-field = App-spezifisches Passwort
password-show = Zeigen
password-hide = Verbergen
password-toggle-hint = Passwort zeigen oder verbergen
password-shape-ok = Die Form stimmt: vier Gruppen aus je vier Buchstaben
password-paste-hint = Füge es so ein, wie Apple es anzeigt; Leerzeichen und Großbuchstaben spielen keine Rolle

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = es wurde kein Passwort eingegeben
password-shape-digits = es enthält Ziffern, app-spezifische Passwörter bestehen aber nur aus Buchstaben: Das sieht nach dem Passwort deines Apple Account aus
password-shape-other = es enthält andere Zeichen als Buchstaben und Bindestriche: Das sieht nach dem Passwort deines Apple Account aus
password-shape-length = es hat { $letters } Buchstaben, ein app-spezifisches Passwort hat aber genau { $expected }
password-shape-grouping = die Buchstaben müssen in { $groups } Gruppen zu je { $group_len } stehen, getrennt durch Bindestriche

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Ein Passwort für { $login } ist in { $location } gespeichert
keychain-use-saved = Gespeichertes Passwort verwenden
keychain-forget = Vergessen
keychain-remember = Im Schlüsselbund des Systems merken
keychain-looking = Suche nach einem Schlüsselbund des Systems …
keychain-remember-hint = Wird beim Klick auf „Weiter“ in { $location } gespeichert, damit der Assistent es beim nächsten Mal anbieten kann
keychain-saved-notice = Dein app-spezifisches Passwort ist für { $login } in { $location } gespeichert
keychain-removed-notice = Das für { $login } gespeicherte Passwort wurde aus { $location } entfernt

# In the dative: they follow "in" and "aus".
keychain-location-macos = dem macOS-Schlüsselbund
keychain-location-windows = der Windows-Anmeldeinformationsverwaltung
keychain-location-secret-service = dem Secret-Service-Schlüsselbund
keychain-location-memory = dem Arbeitsspeicher (bis das Programm endet)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = der Schlüsselbund des Systems konnte das Passwort nicht suchen: { $detail }; { $consequence }
keychain-failed-save = der Schlüsselbund des Systems konnte das Passwort nicht speichern: { $detail }; { $consequence }
keychain-failed-load = der Schlüsselbund des Systems konnte das Passwort nicht lesen: { $detail }; { $consequence }
keychain-failed-forget = der Schlüsselbund des Systems konnte das Passwort nicht entfernen: { $detail }; { $consequence }
keychain-no-session-bus = hier ist kein Schlüsselbund des Systems verfügbar (es läuft kein D-Bus-Sitzungsbus, wie auf einem Rechner ohne Bildschirm oder über SSH: { $detail })
keychain-no-secret-service = hier ist kein Schlüsselbund des Systems verfügbar (nichts auf dem D-Bus-Sitzungsbus bietet den Secret Service an, etwa GNOME Keyring oder KWallet: { $detail })
keychain-locked = der Schlüsselbund des Systems ist gesperrt (oder hat keine Standardsammlung) und wurde nicht geöffnet ({ $detail })
keychain-no-answer = der Schlüsselbund des Systems hat nicht innerhalb von { $seconds } Sekunden geantwortet (vielleicht wartet er auf eine Entsperrabfrage)
keychain-not-working = der Schlüsselbund des Systems funktioniert nicht ({ $detail })
keychain-consequence-probe = Passwörter können hier nicht gemerkt werden, daher fragt der Assistent jedes Mal danach
keychain-consequence-save = das Passwort wurde nicht gespeichert, und der Assistent fragt beim nächsten Mal wieder danach
keychain-consequence-load = es konnte kein gespeichertes Passwort gelesen werden, daher musst du es erneut eingeben
keychain-consequence-forget = es wurde nichts entfernt

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = für diesen Account ist nichts gespeichert
keychain-detail-not-text = der gespeicherte Wert ist kein Text
keychain-detail-bad-format = der gespeicherte Wert hat nicht das erwartete Format
keychain-detail-ambiguous = { $count } Einträge passen zu diesem Account; entferne die überzähligen in der Schlüsselbundverwaltung
keychain-detail-too-long = das Attribut „{ $what }“ ist länger, als der Schlüsselbund erlaubt ({ $limit } Zeichen)
keychain-detail-invalid = das Attribut „{ $what }“ ist ungültig: { $why }
keychain-detail-no-thread = dafür konnte kein Thread gestartet werden: { $error }
keychain-detail-stopped = die Schlüsselbund-Bibliothek wurde unerwartet beendet
