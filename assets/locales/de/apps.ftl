# Where will you read your mail? The mail app step, Thunderbird, saving files, and Done.
#
# Labels of other apps between backticks: Thunderbird's from thunderbird-l10n (de), Thunderbird
# for Android's from thunderbird-android (values-de), iOS's "Profil geladen" from Apple's
# support article HT209435 (de).

## The mail app step

apps-heading = Wo liest du deine E-Mails?
apps-address-invalid = Die Adresse ist nicht mehr gültig: Geh zurück und korrigiere sie
apps-intro = Hake jede App und jedes Gerät an, das du nutzt. Zu jedem siehst du der Reihe nach, was zu tun ist, und die eine Taste, die es erledigt.
apps-no-dialogs = { $reason }. Dateien werden stattdessen in diesem Ordner gespeichert
apps-folder-label = Ordner
apps-saving = Wird gespeichert …
apps-skip = Diesen Schritt überspringen
apps-skip-hint = Die Einstellungen stehen so oder so auf der nächsten Seite
apps-copy = Kopieren
apps-saved = Gespeichert
apps-open-folder = Ordner öffnen
apps-open-folder-name = Den Ordner von { $name } öffnen
apps-file-detail = { $kind ->
    [folder] Ordner
   *[file] Datei
} { $name }: { $title }. { $description }

## Another mail app

apps-other-add = Füge in deiner App ein Konto vom Typ `IMAP` hinzu (iCloud bietet kein POP).
apps-other-values = Gib die Werte von der nächsten Seite ein: Jeder hat eine Kopieren-Taste. Das Passwort ist dein app-spezifisches Passwort, für beide Server.

## Thunderbird for Android

apps-android-import = Tippe in Thunderbird für Android auf dem Willkommensbildschirm auf `Einstellungen importieren` (wenn schon Konten da sind: `Einstellungen > Einstellungen importieren`).
apps-android-scan = Tippe auf `QR-Code scannen` (Scan QR code) und richte die Kamera auf diesen Code, dann tippe auf `Importieren`.
apps-android-password = Gib dein app-spezifisches Passwort als `Passwort des Posteingangsservers` ein und lass `Gleiches Passwort für den Postausgangsserver verwenden` eingeschaltet.
apps-android-qr-name = QR-Code für Thunderbird für Android
apps-android-with-password = Passwort in den Code auf dem Bildschirm aufnehmen
apps-android-k9 = K-9 Mail kann keinen QR-Code importieren: Nimm dort die Werte von der nächsten Seite
apps-android-save = Code zum Drucken speichern
apps-android-save-hover = PNG und SVG, nie mit dem Passwort

## iPhone, iPad and Mac

apps-apple-question = Ist das Gerät mit dem Apple Account angemeldet, dem dieses Postfach gehört?
apps-apple-same = Ja, mit demselben Apple Account
apps-apple-other = Nein: mit einem anderen Apple Account oder gar nicht angemeldet
apps-apple-switch = Dann ist iCloud Mail nur ein Schalter, und ein Profil würde dasselbe Postfach ein zweites Mal hinzufügen:
apps-apple-switch-iphone = iPhone oder iPad: `Einstellungen > [dein Name] > iCloud > iCloud Mail`, und schalte `Auf diesem iPhone verwenden` (Use on this iPhone) ein (oder iPad).
apps-apple-switch-mac = Mac: `Systemeinstellungen > [dein Name] > iCloud > iCloud Mail`, und schalte es ein.
apps-apple-get-it-there = Speichere das Profil unten und bring es auf das Gerät: per AirDrop, per E-Mail an eine Adresse, die das Gerät abruft, oder von einer Webseite in Safari.
apps-apple-install-iphone = iPhone oder iPad: Öffne `Einstellungen`, tippe auf `Profil geladen` und installiere es innerhalb von 8 Minuten.
apps-apple-install-mac = Mac: Öffne die Datei und installiere sie dann unter `Systemeinstellungen > Datenschutz & Sicherheit > Profile` (neueres macOS: `Allgemein > Geräteverwaltung` (General > Device Management)).
apps-apple-shows-signed = Das Gerät zeigt `{ $trust }`: Das Profil ist als { $subject } signiert („Profile signieren“ unter „Helpdesk“). Mail fragt dann nach deinem app-spezifischen Passwort.
apps-apple-shows-unsigned = Das Gerät zeigt `Nicht signiert` (Not Signed): Dieses Profil ist nicht signiert, und das ist so erwartet. Mail fragt dann nach deinem app-spezifischen Passwort.
apps-apple-with-password = Passwort in das Apple-Profil aufnehmen
apps-apple-password-hint = Wer das Profil bekommt, kann das Passwort lesen: Lass das aus, außer du installierst es gleich selbst
apps-signing-does-not-encrypt = Signieren verschlüsselt nicht: Das Passwort in einem signierten Profil ist genauso lesbar wie in einem unsignierten (laut Apple gehören Passwörter nur in verschlüsselte Profile)
apps-apple-save = Apple-Profil speichern

## Send to iPhone or iPad

apps-send-heading = Oder schick es an ein iPhone oder iPad in diesem Netzwerk
apps-send-scan = Öffne auf dem Telefon die Kamera, richte sie auf diesen Code und tippe auf den Link: Safari lädt das Profil. Der Link funktioniert einmal, 10 Minuten lang.
apps-send-qr-name = QR-Code des Links für die Kamera des iPhone
apps-send-copy-link = Link kopieren
apps-send-waiting = Warte auf das Telefon …
apps-send-stop = Stoppen
apps-send-wrong-browser = { $client } kann keine Profile installieren: Öffne den Link stattdessen in Safari
apps-send-downloaded = Geladen von { $client }
apps-send-install = Öffne auf dem Telefon `Einstellungen`, tippe auf `Profil geladen` und installiere es innerhalb von 8 Minuten.
apps-send-expired = Niemand hat das Profil innerhalb von 10 Minuten geladen
apps-send-stopped = Gestoppt
apps-send-no-address = Dieser Computer hat keine Adresse, die ein Telefon erreichen kann: Verbinde ihn mit dem Netzwerk, in dem das Telefon ist
apps-send-address-label = Die Adresse, unter der das Telefon diesen Computer erreicht
apps-send-same-network = Das Telefon muss im selben Netzwerk sein wie dieser Computer
apps-send-button = An iPhone oder iPad senden
apps-send-again = Erneut senden

## Outlook and the help desk

apps-outlook-which = Welches Outlook?
apps-outlook-save = Druckbares Blatt speichern
apps-helpdesk-intro = Alle Dateien für dieses Konto, in einen Ordner:
apps-helpdesk-site-hint = Die Autoconfig-Website bedient jede Adresse unter { $domain } und nennt einen Login ({ $login }): Wer in der Domain eine andere primäre iCloud-Adresse hat, braucht eine eigene Thunderbird-Datei
apps-helpdesk-password = Das Apple-Profil wird das Passwort enthalten (oben angehakt)
apps-helpdesk-save = Alle Dateien speichern

## Thunderbird on this computer

thunderbird-add-account = Öffne in Thunderbird `≡ > Konten-Einstellungen > Konten-Aktionen > E-Mail-Konto hinzufügen`, gib deinen Namen, `{ $email }` und dein app-spezifisches Passwort ein und wähle `Weiter`.
thunderbird-knows-icloud = Thunderbird kennt iCloud: Es braucht keine Datei.
thunderbird-fills-in = Es trägt selbst eingehend `{ $imap }` als `{ $imap_user }` und ausgehend `{ $smtp }` als `{ $smtp_user }` ein. Zeigt es andere Werte, wähle `Manuell einrichten` und gib diese ein.
thunderbird-guess-warning = Thunderbird wird die dokumentierten Werte von iCloud annehmen, dieses Netzwerk braucht aber die oben genannten: Korrigiere sie unter „Manuell einrichten“ oder leg sie für Thunderbird bereit
thunderbird-custom-domain = Thunderbird würde iCloud über die Mail-Einträge von { $domain } finden und sich dann als { $local } anmelden, was iCloud ablehnt: Du meldest dich als { $login } an. Eine Datei im Programmordner von Thunderbird hat Vorrang und enthält den richtigen Login.
thunderbird-set-up = Thunderbird auf diesem Computer einrichten
thunderbird-set-up-hint = Legt { $file } in den Ordner „isp“ im Programmordner von Thunderbird
thunderbird-installed = Die Einstellungsdatei von Thunderbird liegt bereit: { $path }
thunderbird-needs-admin = Der Programmordner von Thunderbird braucht Administratorrechte. Die Datei ist als { $file } gespeichert; um sie an ihren Platz zu legen, führe dies in { $shell ->
    [powershell] PowerShell aus, geöffnet mit „Als Administrator ausführen“
   *[terminal] einem Terminal aus
}:
thunderbird-copy-command = Den Administrator-Befehl kopieren
thunderbird-manual-hint = Oder wähle in Thunderbird „Manuell einrichten“ und gib die Werte von der nächsten Seite ein
thunderbird-choose-folder = Programmordner von Thunderbird wählen …
thunderbird-folder-label = Programmordner von Thunderbird
thunderbird-use-folder = Diesen Ordner verwenden
thunderbird-error-not-found = Keine Thunderbird-Installation gefunden (gesucht in { $folders }); ist Thunderbird woanders installiert, gib seinen Programmordner an (den mit application.ini)
thunderbird-error-not-thunderbird = { $folder } enthält kein Thunderbird-Programm (keine application.ini, die Thunderbird nennt, und keine omni.ja neben einem Programm namens thunderbird)
thunderbird-error-read-only = Thunderbird in { $folder } ist eine { $kind }-Installation, deren Programmordner ein schreibgeschütztes Abbild ist, das keine Einstellungsdatei aufnehmen kann; gib die Einstellungen in Thunderbird von Hand ein („Manuell einrichten“) oder veröffentliche eine Autoconfig-Website für die Domain
thunderbird-error-needs-admin = Zum Schreiben von { $file } sind Administratorrechte nötig
thunderbird-error-export = Die Thunderbird-Datei konnte nicht erstellt werden
thunderbird-error-copy-failed = Zum Schreiben von { $file } sind Administratorrechte nötig, und eine Kopie zu speichern ist fehlgeschlagen: { $reason }

## Saving files

apps-save-error-write = { $path } konnte nicht geschrieben werden: { $reason }
apps-save-error-export = Die Datei { $format } konnte nicht erstellt werden

## The choices, and what Next waits for

delivery-thunderbird-here = Thunderbird auf diesem Computer
delivery-android = Thunderbird für Android oder K-9 Mail
delivery-apple-mail = Mail auf iPhone, iPad oder Mac
delivery-other-app = Eine andere Mail-App
delivery-help-desk = Helpdesk: alle Dateien
delivery-pending-nothing-chosen = Wähle, wo du deine E-Mails liest, oder überspringe diesen Schritt
delivery-pending-thunderbird = Richte Thunderbird ein oder überspringe diesen Schritt
delivery-pending-apple-question = Gib an, ob das Gerät diesen Apple Account nutzt, oder überspringe diesen Schritt
delivery-pending-profile = Speichere das Apple-Profil oder überspringe diesen Schritt
delivery-pending-outlook = Wähle dein Outlook oder überspringe diesen Schritt
delivery-pending-files = Speichere die Dateien oder überspringe diesen Schritt

## What each file is

format-thunderbird-title = Einstellungsdatei für Thunderbird
format-thunderbird-description = Kommt in den Ordner „isp“ im Programmordner von Thunderbird, benannt nach der Domain
format-mobileconfig-title = Apple-Konfigurationsprofil
format-mobileconfig-description = Auf iPhone oder iPad geladen, wartet es unter „Einstellungen > Profil geladen“; auf dem Mac öffne es und installiere es unter „Systemeinstellungen > Profile“
format-outlook-title = Einstellungsblatt für Outlook
format-outlook-description = Eine druckbare Seite mit den Schritten für jede Outlook-Ausgabe
format-autoconfig-site-title = Autoconfig-Website für deine Domain
format-autoconfig-site-description = Auf den Webservern deiner Domain veröffentlicht, lässt sie Thunderbird und Outlook die Einstellungen für jede Adresse der Domain finden
format-autodiscover-title = Outlook-Autodiscover-XML
format-autodiscover-description = Für Server, die Autodiscover-Anfragen von Outlook beantworten
format-android-qr-title = QR-Code für Thunderbird für Android
format-android-qr-description = In Thunderbird für Android gescannt („Einstellungen importieren“), fügt er das Konto hinzu; die App fragt nach dem Passwort

## Done

done-heading = Deine Einstellungen für iCloud Mail
done-address-invalid = Die Adresse ist nicht mehr gültig: Geh zurück und korrigiere sie
done-intro = Um eine Mail-App von Hand einzurichten oder jemandem die Einstellungen vorzulesen, nimm diese Werte. Jeder Wert hat eine Kopieren-Taste.
done-basis-tested = Diese Einstellungen haben im Verbindungstest funktioniert
done-basis-partly-tested = Diese Einstellungen nutzen, was im Verbindungstest funktioniert hat, und für den Rest die dokumentierten Werte von iCloud
done-basis-documented = Das sind die dokumentierten Einstellungen von iCloud
done-copied = { $value } in die Zwischenablage kopiert
done-also = Außerdem
done-also-password = Passwort: dein app-spezifisches Passwort (das aus den vorigen Schritten), für beide Server
done-also-authentication = Authentifizierung: Passwort, normal; beide Server brauchen sie, und „Gesicherte Kennwortauthentifizierung (SPA)“ bleibt aus
done-also-sent-folder = Ordner für gesendete E-Mails: „{ $folder }“
done-server = Server
done-port = Port
done-security = Sicherheit
done-username = Benutzername
done-copy-server = { $protocol }-Server kopieren
done-copy-port = { $protocol }-Port kopieren
done-copy-security = { $protocol }-Sicherheit kopieren
done-copy-username = { $protocol }-Benutzernamen kopieren

# The settings table's two rows.
done-row-incoming = Eingehend (IMAP)
done-row-outgoing = Ausgehend (SMTP)
