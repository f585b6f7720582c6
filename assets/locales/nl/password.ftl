# The app-specific password step and the keychain.

password-heading = Je app-specifieke wachtwoord
password-intro = Andere mail-apps dan die van Apple loggen bij iCloud in met een app-specifiek wachtwoord: een wachtwoord voor één app, dat je op elk moment kunt intrekken. Het wachtwoord van je Apple Account werkt hier niet.
password-make-heading = Zo maak je er een
# $site is Apple's account site, e.g. account.apple.com.
password-make-sign-in = Log in op { $site } met je Apple Account
# Apple's own labels on account.apple.com in this language: the section, then the item.
password-make-open = Open 'Inloggen en beveiliging' (Sign-In and Security) > 'App-specifieke wachtwoorden' (App-Specific Passwords)
# "Generate" and "+" are what Apple's page shows.
password-make-generate = Kies Genereer (Generate) of +, noem het naar je mail-app en kopieer het wachtwoord dat verschijnt
# A button that opens Apple's account site in the browser.
password-open-site = { $site } openen
password-field = App-specifiek wachtwoord
password-show = Toon
password-hide = Verberg
password-toggle-hint = Wachtwoord tonen of verbergen
password-shape-ok = De vorm klopt: vier groepen van vier letters
password-paste-hint = Plak het zoals Apple het toont; spaties en hoofdletters maken niet uit

## Why a typed password is not an app-specific one. Each starts in lower case: the wizard puts it
## after a colon or makes its first letter a capital.

password-shape-empty = er is geen wachtwoord ingevoerd
password-shape-digits = het bevat cijfers, maar app-specifieke wachtwoorden bestaan alleen uit letters: dit lijkt op het wachtwoord van je Apple Account
password-shape-other = het bevat andere tekens dan letters en streepjes: dit lijkt op het wachtwoord van je Apple Account
password-shape-length = het heeft { $letters } letters, maar een app-specifiek wachtwoord heeft er precies { $expected }
password-shape-grouping = de letters moeten in { $groups } groepen van { $group_len } staan, gescheiden door streepjes

## The system keychain. $location is one of the keychain-location-* texts; $login an address.

keychain-saved-for = Er is een wachtwoord voor { $login } bewaard in { $location }
keychain-use-saved = Bewaard wachtwoord gebruiken
keychain-forget = Vergeten
keychain-remember = Onthouden in de sleutelhanger van het systeem
keychain-looking = Zoeken naar een sleutelhanger van het systeem…
keychain-remember-hint = Wordt in { $location } bewaard als je op Volgende drukt, zodat de assistent het de volgende keer kan aanbieden
keychain-saved-notice = Je app-specifieke wachtwoord is voor { $login } bewaard in { $location }
keychain-removed-notice = Het voor { $login } bewaarde wachtwoord is verwijderd uit { $location }

# They follow "in" and "uit".
keychain-location-macos = de macOS-sleutelhanger
keychain-location-windows = Windows Referentiebeheer
keychain-location-secret-service = de Secret Service-sleutelhanger
keychain-location-memory = het geheugen (tot het programma stopt)

## Keychain failures, in lower case (made a sentence by the wizard). $detail is the system's own
## text, in English; $reason one of the reasons below; $consequence one of the consequences.

keychain-unavailable = { $reason }; { $consequence }
keychain-failed-probe = de sleutelhanger van het systeem kon het wachtwoord niet opzoeken: { $detail }; { $consequence }
keychain-failed-save = de sleutelhanger van het systeem kon het wachtwoord niet bewaren: { $detail }; { $consequence }
keychain-failed-load = de sleutelhanger van het systeem kon het wachtwoord niet lezen: { $detail }; { $consequence }
keychain-failed-forget = de sleutelhanger van het systeem kon het wachtwoord niet verwijderen: { $detail }; { $consequence }
keychain-no-session-bus = er is hier geen sleutelhanger van het systeem beschikbaar (er draait geen D-Bus-sessiebus, zoals op een computer zonder scherm of via SSH: { $detail })
keychain-no-secret-service = er is hier geen sleutelhanger van het systeem beschikbaar (niets op de D-Bus-sessiebus biedt de Secret Service aan, zoals GNOME Keyring of KWallet: { $detail })
keychain-locked = de sleutelhanger van het systeem is vergrendeld (of heeft geen standaardverzameling) en werd niet geopend ({ $detail })
keychain-no-answer = de sleutelhanger van het systeem antwoordde niet binnen { $seconds } seconden (misschien wacht hij op een ontgrendelvraag)
keychain-not-working = de sleutelhanger van het systeem werkt niet ({ $detail })
keychain-consequence-probe = wachtwoorden kunnen hier niet onthouden worden, dus de assistent vraagt er elke keer om
keychain-consequence-save = het wachtwoord is niet bewaard, en de assistent vraagt er de volgende keer weer om
keychain-consequence-load = er kon geen bewaard wachtwoord gelezen worden, dus je moet het opnieuw invoeren
keychain-consequence-forget = er is niets verwijderd

## What went wrong with one saved entry, after a colon. $what is the keyring's own name for an
## attribute, in English; $why and $error the system's text, in English.

keychain-detail-nothing-saved = er is niets bewaard voor dit account
keychain-detail-not-text = de bewaarde waarde is geen tekst
keychain-detail-bad-format = de bewaarde waarde heeft niet de verwachte vorm
keychain-detail-ambiguous = { $count } items passen bij dit account; verwijder de overbodige in het sleutelhangerbeheer
keychain-detail-too-long = het kenmerk '{ $what }' is langer dan de sleutelhanger toestaat ({ $limit } tekens)
keychain-detail-invalid = het kenmerk '{ $what }' is ongeldig: { $why }
keychain-detail-no-thread = er kon geen thread voor worden gestart: { $error }
keychain-detail-stopped = de sleutelhangerbibliotheek is onverwacht gestopt
