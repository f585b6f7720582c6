# The app-specific password step and the keychain.

password-heading = La tua password specifica per l’app
password-intro = Le app di posta diverse da quelle di Apple accedono a iCloud con una password specifica per l’app: una password creata per una sola app, che puoi revocare in qualsiasi momento. La password del tuo Account Apple qui non funziona.
password-make-heading = Per crearne una
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Accedi a { $site } con il tuo Account Apple
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Apri “Accesso e sicurezza” > “Password specifiche per le app” (App-Specific Passwords)
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Scegli Genera (Generate) o +, dalle il nome della tua app di posta e copia la password che appare
# A button that opens Apple's account site in the browser.
password-open-site = Apri { $site }
password-field = Password specifica per l’app
password-show = Mostra
password-hide = Nascondi
password-toggle-hint = Mostra o nascondi la password
password-shape-ok = Il formato è giusto: quattro gruppi di quattro lettere
password-paste-hint = Incollala come la mostra Apple; spazi e maiuscole non contano

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = non è stata inserita nessuna password
password-shape-digits = contiene cifre, ma le password specifiche per l’app hanno solo lettere: sembra la password del tuo Account Apple
password-shape-other = contiene caratteri diversi da lettere e trattini: sembra la password del tuo Account Apple
password-shape-length = ha { $letters } lettere, ma una password specifica per l’app ne ha esattamente { $expected }
password-shape-grouping = le lettere devono essere in { $groups } gruppi da { $group_len }, separati da trattini

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Una password per { $login } è salvata in { $location }
keychain-use-saved = Usa la password salvata
keychain-forget = Dimenticala
keychain-remember = Ricorda nel portachiavi di sistema
keychain-looking = Ricerca di un portachiavi di sistema…
keychain-remember-hint = Salvata in { $location } quando premi Avanti, così l’assistente può proporla la prossima volta
keychain-saved-notice = La tua password specifica per l’app è salvata in { $location } per { $login }
keychain-removed-notice = La password salvata per { $login } è stata rimossa da { $location }

# They follow "in" and "da", without an article.
keychain-location-macos = Portachiavi di macOS
keychain-location-windows = Gestione credenziali di Windows
keychain-location-secret-service = portachiavi Secret Service
keychain-location-memory = memoria (fino alla chiusura del programma)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = il portachiavi di sistema non è riuscito a cercare la password: { $detail }; { $consequence }
keychain-failed-save = il portachiavi di sistema non è riuscito a salvare la password: { $detail }; { $consequence }
keychain-failed-load = il portachiavi di sistema non è riuscito a leggere la password: { $detail }; { $consequence }
keychain-failed-forget = il portachiavi di sistema non è riuscito a rimuovere la password: { $detail }; { $consequence }
keychain-no-session-bus = qui non è disponibile nessun portachiavi di sistema (non è attivo nessun bus di sessione D-Bus, come su una macchina senza schermo o via SSH: { $detail })
keychain-no-secret-service = qui non è disponibile nessun portachiavi di sistema (niente sul bus di sessione D-Bus fornisce il Secret Service, come GNOME Keyring o KWallet: { $detail })
keychain-locked = il portachiavi di sistema è bloccato (o non ha una raccolta predefinita) e non è stato aperto ({ $detail })
keychain-no-answer = il portachiavi di sistema non ha risposto entro { $seconds } secondi (forse attende una richiesta di sblocco)
keychain-not-working = il portachiavi di sistema non funziona ({ $detail })
keychain-consequence-probe = qui le password non possono essere ricordate, quindi l’assistente le chiederà ogni volta
keychain-consequence-save = la password non è stata salvata, e l’assistente la chiederà di nuovo la prossima volta
keychain-consequence-load = non è stato possibile leggere nessuna password salvata, quindi va inserita di nuovo
keychain-consequence-forget = non è stato rimosso niente

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = per questo account non è salvato niente
keychain-detail-not-text = il valore salvato non è testo
keychain-detail-bad-format = il valore salvato non ha il formato previsto
keychain-detail-ambiguous = { $count } voci corrispondono a questo account; rimuovi quelle in più nel gestore del portachiavi
keychain-detail-too-long = l’attributo “{ $what }” è più lungo di quanto consente il portachiavi ({ $limit } caratteri)
keychain-detail-invalid = l’attributo “{ $what }” non è valido: { $why }
keychain-detail-no-thread = non è stato possibile avviare un thread per farlo: { $error }
keychain-detail-stopped = la libreria del portachiavi si è fermata in modo imprevisto
